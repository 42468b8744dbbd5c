package extract

import "testing"

func TestAnnotator_R19BodyPost(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two-word bank before governor", "Kessel Pank governor Tarvo Brandt warned of slower growth.",
			[]string{"ORG Kessel Pank", "PERSON Tarvo Brandt"}},
		{"modifiers before the post", "The fares rose. Orvane general manager Tarvo Brandt said routes would be cut.",
			[]string{"ORG Orvane", "PERSON Tarvo Brandt"}},
		{"acronym opening the sentence", "TKFA president Marta Orlenko said tickets would not rise.",
			[]string{"ORG TKFA", "PERSON Marta Orlenko"}},
		{"a state keeps its reading", "Texas governor Greg Abbott signed the bill.",
			[]string{"GPE Texas", "PERSON Greg Abbott"}},
		{"a common word opening the sentence is a title", "Regional governor Tarvo Brandt opened the plant.",
			[]string{"PERSON Tarvo Brandt"}},
		{"a title after a possessive", "Its president Tarvo Brandt resigned.",
			[]string{"PERSON Tarvo Brandt"}},
	})
}

func TestAnnotator_R19NumberedCraft(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a pair of satellites", "The agency operates two satellites, Kelspace-1 and Kelspace-2, over the ocean.",
			[]string{"PLATFORM Kelspace-1", "PLATFORM Kelspace-2"}},
		{"a rocket and a later mention with no craft's noun",
			"The rocket, Orvan-2, is larger than the Orvan-1 that flew in May. The firm spent $30 million on Orvan-2 last year.",
			[]string{"PLATFORM Orvan-2", "PLATFORM Orvan-1", "MONEY $30 million -> USD 30000000", "PLATFORM Orvan-2"}},
		{"no craft in the sentence", "Talks on the Tarvo-2 accord resumed in Brindlemoor on Monday.",
			[]string{"PROGRAM Tarvo-2", "GPE Brindlemoor"}},
		{"a code in capitals with digits", "COVID-19 vaccines were flown in by aircraft on Monday.", nil},
		{"an exercise keeps its reading", "The navy sailed for Exercise Kessel-26 with three frigates.",
			[]string{"PROGRAM Exercise Kessel-26"}},
	})
}

func TestAnnotator_R19OrgRegionArm(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body's arm in a region", "The study is by Kessel Bank Europe, the local arm of Kessel Bank.",
			[]string{"ORG Kessel Bank Europe", "ORG Kessel Bank"}},
		{"a preposition between them", "Kessel Bank in Europe hired 200 people.",
			[]string{"ORG Kessel Bank", "LOC Europe"}},
		{"a possessive between them", "Kessel Bank's Europe office hired 200 people.",
			[]string{"ORG Kessel Bank", "LOC Europe"}},
		{"a list", "Kessel Bank, Germany and France signed the deal.",
			[]string{"ORG Kessel Bank", "GPE Germany", "GPE France"}},
	})
}

func TestAnnotator_R19FundManager(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"after a person's role, then its last word alone",
			"The fund was backed by activist investor Kessel Asset Management last year. Management warned of cuts.",
			[]string{"ORG Kessel Asset Management"}},
		{"a given name first", "The fund was backed by activist investor Dana Investment Management last year.",
			[]string{"ORG Dana Investment Management"}},
		{"a minister's portfolio", "The Minister of Disaster Management, Tarvo Brandt, spoke on Monday.",
			[]string{"PERSON Tarvo Brandt"}},
	})
}

func TestAnnotator_R19CraftAfterDeed(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"flies its small", "The firm still flies its small Tarvon from New Zealand.",
			[]string{"PLATFORM Tarvon", "GPE New Zealand"}},
		{"flew its", "Orvane Cosmos, which flew its Kesselbaan on a suborbital test in 2024, is preparing an orbital attempt.",
			[]string{"ORG Orvane Cosmos", "PLATFORM Kesselbaan"}},
		{"a craft's noun after the name", "The company launched its second Orvan rocket from the coast.",
			[]string{"PLATFORM Orvan"}},
		{"a body's head ends the name", "The navy fielded its Kessel Group near the strait.",
			[]string{"ORG Kessel Group"}},
		{"launched the, a programme's", "The ministry launched the Tarvo Awards in May.", nil},
	})
}
