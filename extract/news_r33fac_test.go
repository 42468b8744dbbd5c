package extract

import "testing"

func TestAnnotator_R33FacilityName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a state's capitol", "Lawmakers met at the Vermont State Capitol on Monday.",
			[]string{"LOC Vermont State Capitol"}},
		{"a navy's yard after a listed place", "Engineers at the Saskatchewan Navy Yard built it.",
			[]string{"LOC Saskatchewan Navy Yard"}},
		{"a marine sanctuary after a listed place", "Fishing is banned in the Nebraska National Marine Sanctuary now.",
			[]string{"LOC Nebraska National Marine Sanctuary"}},
		{"an installation defined by its initials", "Live firing takes place at the Umbria Missile Firing Installation (UMFI) on the coast.",
			[]string{"LOC Umbria Missile Firing Installation", "LOC UMFI -> Umbria Missile Firing Installation"}},
		{"a museum where something is said", "She spoke at the Brandt-Orvane Museum in May.",
			[]string{"LOC Brandt-Orvane Museum"}},
		{"a yard of no navy: left alone", "Police from Kessovik Yard said.",
			[]string{"GPE Kessovik Yard"}},
		{"a director at a museum: the body's", "A director at the Kessovik Museum said it.",
			[]string{"ORG Kessovik Museum"}},
		{"a museum that acts: the body's", "The Kessovik Museum lent two paintings.",
			[]string{"ORG Kessovik Museum"}},
		{"a museum and a library: one body", "Funds go to the Tarvosh Museum and Library.",
			[]string{"ORG Tarvosh Museum and Library"}},
	})
}

func TestAnnotator_R33UsHighway(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the abbreviation and a road's number", "Road crews said $310 million goes to U.S. 97 through Kessovik and traffic will ease.",
			[]string{"MONEY $310 million -> USD 310000000", "LOC U.S. 97"}},
		{"a figure after the abbreviation: left alone", "Road crews said U.S. 20 percent tariffs hurt traffic.",
			[]string{"GPE U.S. -> United States"}},
		{"no road in the text: left alone", "The U.S. 97 through the talks was a surprise.",
			[]string{"GPE U.S. -> United States"}},
	})
}

func TestAnnotator_R33NamedEnd(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a ground's stand", "The late goal sent the Brandvik End into a roar.",
			[]string{"LOC Brandvik End"}},
		{"a compass point and a lower-case word before", "Work on the smaller South End plant begins.",
			[]string{"LOC South End"}},
		{"a common word before the head: left alone", "Results fell at the Year End.",
			nil},
		{"no article before: left alone", "Brandvik End was not a stand.",
			[]string{"PERSON Brandvik End"}},
	})
}

func TestAnnotator_R33StreetWorks(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a street's plant", "Crews said the Kessovik Road plant gets a new line.",
			[]string{"LOC Kessovik Road"}},
		{"a street's factory after its", "The firm shut its Tarvosh Avenue factory in May.",
			[]string{"LOC Tarvosh Avenue"}},
		{"no street's head: the firm's plant, left to the rules", "Crews said the Kessovik plant gets a new line.",
			[]string{"ORG Kessovik"}},
	})
}

func TestAnnotator_R33SiteCentresRoadsShortNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a transit centre", "Commuters use the Kessovik Transit Center daily.",
			[]string{"LOC Kessovik Transit Center"}},
		{"a treatment plant's control centre", "Upgrades to the Tarvosh Water Pollution Control Centre start.",
			[]string{"LOC Tarvosh Water Pollution Control Centre"}},
		{"a body's centre of a field: left alone", "The Kessovik Management Center said.",
			[]string{"ORG Kessovik Management Center"}},
		{"a drive after a road's preposition", "Traffic off Tarvosh Drive stopped.",
			[]string{"LOC Tarvosh Drive"}},
		{"a given name and the head: a person", "Anna Drive said it.",
			[]string{"PERSON Anna Drive"}},
		{"a space centre's name alone after a preposition opening the sentence", "Engineers at the Holloway Space Flight Center built it. At Holloway, the lander waits.",
			[]string{"LOC Holloway Space Flight Center", "LOC Holloway"}},
		{"a space centre's name alone that a surname's list reads", "Engineers at the Pemberton Space Flight Center built it. Labs and Pemberton together employ many.",
			[]string{"LOC Pemberton Space Flight Center", "LOC Pemberton"}},
		{"a person of the text bears the name: left a person", "Engineers at the Pemberton Space Flight Center built it. At Pemberton, Tom Pemberton waits.",
			[]string{"LOC Pemberton Space Flight Center", "PERSON Pemberton -> Tom Pemberton", "PERSON Tom Pemberton"}},
	})
}
