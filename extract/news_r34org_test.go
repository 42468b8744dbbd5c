package extract

import "testing"

func TestAnnotator_R34orgNamedBodyInitials(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a heading's acronym spells the body named on the line before",
			"KESSEL DEFENCE BOARD\n\nKDB SIGNS CONTRACT\n\nThe Kessel Defence Board signed it.",
			[]string{"ORG KESSEL DEFENCE BOARD -> Kessel Defence Board", "ORG KDB -> Kessel Defence Board", "ORG Kessel Defence Board"}},
		{"a function word's initial counts",
			"KESSEL BOARD OF WORKS\n\nKBOW SIGNS CONTRACT\n\nThe board signed it.",
			[]string{"ORG KESSEL BOARD OF WORKS -> Kessel Board of Works", "ORG KBOW -> Kessel Board of Works"}},
		{"a known word far from the name it spells stays a word",
			"The Southern Energy Trust met on Monday and weighed the budget for the next four years in full. Engineers will SET the dials.",
			[]string{"ORG Southern Energy Trust"}},
	})
}

func TestAnnotator_R34orgPostOfBody(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a commander's title before of the is no part of the body",
			"He met the Commander General of the Tarvonia Navy, Admiral Anna Brandt.",
			[]string{"ORG Tarvonia Navy", "PERSON Anna Brandt"}},
		{"Staff after Chief of is the post's",
			"He met the Chief of Staff of the Navy on Monday.",
			[]string{"ORG Navy"}},
		{"a body's head before of stays in the name",
			"The General Staff of the Tarvonia Army met.",
			[]string{"ORG General Staff of the Tarvonia Army"}},
	})
}

func TestAnnotator_R34orgUnionLocals(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a union's name, Local and a number are its branch",
			"Drivers at the depot belong to Kessel Drivers Local 417, which backed the deal.",
			[]string{"ORG Kessel Drivers Local 417"}},
		{"a name read with Local in it goes on through the number",
			"Drivers belong to Orvane Haulers Local 417, which backed the deal.",
			[]string{"ORG Orvane Haulers Local 417"}},
		{"Local and a number alone name a branch",
			"Members at Local 88 voted on Monday.",
			[]string{"ORG Local 88"}},
		{"Local opening a sentence with no number is no branch",
			"Local officials in Tarvonia said so.",
			[]string{"GPE Tarvonia"}},
		{"Local opening a sentence before a number is no branch",
			"Local 5 percent levies rose.",
			nil},
	})
}

func TestAnnotator_R34orgTradeNamedBodies(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name that a trade in goods ends is a firm's",
			"The mine would open next year, and Tarsk Gold is seeking partners for its project.",
			[]string{"ORG Tarsk Gold"}},
		{"a name that Government ends is a body's",
			"Its premier said the Velmark Government would ask the court to rule.",
			[]string{"ORG Velmark Government"}},
		{"a name that a fleet's unit ends is a body's",
			"The Korvan Flotilla, based at Orvik, sailed.",
			[]string{"ORG Korvan Flotilla", "GPE Orvik"}},
		{"a given name before the trade's word keeps a person",
			"The mine would open next year, and Anna Gold is seeking partners for her project.",
			[]string{"PERSON Anna Gold"}},
		{"a title before the name keeps a person",
			"Its premier said Mr Velmark Gold would ask the court to rule.",
			[]string{"PERSON Velmark Gold"}},
	})
}

func TestAnnotator_R34orgCampusBodies(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a university's name, at and a place name one campus",
			"Students at the University of Tarvonia at Orvik built it.",
			[]string{"ORG University of Tarvonia at Orvik"}},
		{"a comma and a place that ends the clause name one campus",
			"It was run with the University of Tarvonia, Orvik.",
			[]string{"ORG University of Tarvonia, Orvik"}},
		{"a place that a list goes on from stays apart",
			"Teams from the University of Tarvonia, Orvik and the port came.",
			[]string{"ORG University of Tarvonia", "GPE Orvik"}},
		{"a place's possessive after at stays apart",
			"The University of Tarvonia met at Orvik's hall.",
			[]string{"ORG University of Tarvonia", "GPE Orvik"}},
	})
}
