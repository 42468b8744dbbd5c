package extract

import "testing"

// TestNewsLoc13_Rules: each rule of round 13 (loc13) on places in general
// news, on sentences written for the test, with the cases it must leave
// alone.
func TestNewsLoc13_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a place's short form after 'the'",
			"Investors in Asia and the Gulf bought the bonds, Kessel Bank surprised the City with a buyback and senators returned to the Capitol on Monday.",
			[]string{"LOC Asia", "LOC Gulf", "ORG Kessel Bank", "LOC City", "LOC Capitol"}},
		{"a short form with 'of', a name or 'class' after it is left to the other rules",
			"Boats sailed along the Gulf Coast, and the navy's City class frigates sailed too.",
			[]string{"LOC Gulf Coast", "PLATFORM City"}},
		{"a hospital's head opening its name, after 'the'",
			"She was treated at the Hospital for Tropical Diseases in London and later at the Hospital de Clínicas.",
			[]string{"LOC Hospital for Tropical Diseases", "GPE London", "LOC Hospital de Clínicas"}},
		{"a sports club's ground after 'at'",
			"Orvania won by six wickets at Tarvo Sports Club on Sunday and will play at Kessel Country Club next week.",
			[]string{"GPE Orvania", "LOC Tarvo Sports Club", "LOC Kessel Country Club"}},
		{"a road ending in 'Way', a person's name in it",
			"Protesters marched along Tarvo Brandt Way and gathered on Shehu Shagari Way and Ahmadu Bello Way; the United Way gave food.",
			[]string{"LOC Tarvo Brandt Way", "LOC Shehu Shagari Way", "LOC Ahmadu Bello Way", "ORG United Way -> United Way Worldwide"}},
	})
}

// TestNewsLoc13_Passes: the passes over a document's mentions.
func TestNewsLoc13_Passes(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a guessed place after a word of posting or training and 'at' is a base",
			"Pilots began training at Quorvelsund in Sweden, and the jets of No. 4 Squadron at Tessweholm will follow.",
			[]string{"LOC Quorvelsund", "GPE Sweden", "ORG No. 4 Squadron", "LOC Tessweholm"}},
		{"'based at' and 'training in' keep a town's label",
			"The cutter will be based at Quorvelsund, and its crews are training in Tessweholm.",
			[]string{"GPE Quorvelsund", "GPE Tessweholm"}},
	})
}
