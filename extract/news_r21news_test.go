package extract

import "testing"

func TestAnnotator_R21StreetCompass(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an avenue and its part of town", "Crews painted bus lanes on Kessel Avenue North last week.",
			[]string{"LOC Kessel Avenue North"}},
		{"two streets with their compass words", "Traffic was slow on Tarvo Street West and Orvane Road South.",
			[]string{"LOC Tarvo Street West", "LOC Orvane Road South"}},
		{"an abbreviated quarter", "The shop stands on Kessel Avenue NW near the park.",
			[]string{"LOC Kessel Avenue NW"}},
		{"no compass word", "Crews painted bus lanes on Kessel Avenue last week.",
			[]string{"LOC Kessel Avenue"}},
	})
}

func TestAnnotator_R21NumberFirstLine(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a line with its number first", "Work near the 2 Line station began, and trains ran late.",
			[]string{"LOC 2 Line"}},
		{"two lines", "The 1 Line and the 3 Line will share a station.",
			[]string{"LOC 1 Line", "LOC 3 Line"}},
		{"no railway in the text", "The 2 Line was the one the poet cut from the draft.",
			nil},
	})
}

func TestAnnotator_R21NamedSiteNouns(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a listed town's name for a mine", "The company will pause the Leeds mine for four months.",
			[]string{"LOC Leeds"}},
		{"a mine opening a sentence", "The Tarvomere mine closed in May.",
			[]string{"LOC Tarvomere"}},
		{"an unknown depot", "New lorries will be based at the Orvikstad depot.",
			[]string{"LOC Orvikstad"}},
		{"a listed town's depot is in the town", "New lorries will be based at the Leeds depot.",
			[]string{"GPE Leeds"}},
		{"a listed town's terminal", "Ships queued at the Leeds terminal.",
			[]string{"GPE Leeds"}},
		{"a hydropower station", "Work on the Tarvomere hydropower station will end in 2029.",
			[]string{"LOC Tarvomere"}},
		{"a country's field", "Output from the Norway field rose.",
			[]string{"GPE Norway"}},
	})
}

func TestAnnotator_R21PlaceListPersons(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a listed town and person-shaped names", "Fares between Leeds, Tarvo Vang and Orvik Lumas rose by a third.",
			[]string{"GPE Leeds", "GPE Tarvo Vang", "GPE Orvik Lumas"}},
		{"a given name stays a person", "The charity works in Leeds and Maria Brandt helps it.",
			[]string{"GPE Leeds", "PERSON Maria Brandt"}},
		{"a person's verb ends the list", "The mayor spoke in Leeds and Orvik Brandt said he agreed.",
			[]string{"GPE Leeds", "PERSON Orvik Brandt"}},
		{"pairs of a person and a place", "Voters backed Ana Brandt in Leeds and Orvik Lumas in Tarvomere.",
			[]string{"PERSON Ana Brandt", "GPE Leeds", "PERSON Orvik Lumas", "GPE Tarvomere"}},
		{"a country is no town", "Flights between France, Tarvo Vang and Orvik Lumas rose.",
			[]string{"GPE France", "PERSON Tarvo Vang", "PERSON Orvik Lumas"}},
	})
}

func TestAnnotator_R21OrdinalStreet(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an ordinal street", "The toll applies below 60th Street in Kessel Heights.",
			[]string{"LOC 60th Street", "LOC Kessel Heights"}},
		{"two streets at a corner", "The shop at 42nd Street and Tarvo Avenue closed.",
			[]string{"LOC 42nd Street", "LOC Tarvo Avenue"}},
		{"a bridge named for the street", "The 3rd Street Bridge reopened.",
			[]string{"LOC 3rd Street Bridge"}},
		{"a rank", "Orvane finished in 3rd Place again.",
			[]string{"PERSON Orvane"}},
	})
}

func TestAnnotator_R21PlaceNotSide(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a side travels to a city", "Arsenal beat Chelsea 2-0, and Arsenal travel to Leeds on Sunday.",
			[]string{"ORG Arsenal", "ORG Chelsea", "ORG Arsenal", "GPE Leeds"}},
		{"a city's derby", "Chelsea beat Fulham 2-1 in a tense London derby.",
			[]string{"ORG Chelsea", "ORG Fulham", "GPE London"}},
		{"the city's club still plays", "Arsenal beat Leeds 2-0 on Sunday.",
			[]string{"ORG Arsenal", "ORG Leeds"}},
	})
}

func TestAnnotator_R21PublicHouse(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a parliament's building", "Tarvo Brandt told reporters at Parliament House on Monday.",
			[]string{"PERSON Tarvo Brandt", "LOC Parliament House"}},
		{"a council's building with the", "The leader told the meeting at the Council House that the plan had passed.",
			[]string{"LOC Council House"}},
		{"the president's office speaks", "The White House said the talks would go on.",
			[]string{"ORG White House"}},
		{"no preposition", "Council House owes its name to the old town.",
			nil},
	})
}

func TestAnnotator_R21PronounI(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the pronoun after a road", `"Every time I drive down Kessel Road I see broken windows," she said.`,
			[]string{"LOC Kessel Road"}},
		{"a ruler's numeral", "Queen Elizabeth I visited the town in 1575.",
			[]string{"PERSON Elizabeth I"}},
	})
}
