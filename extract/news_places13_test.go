package extract

import "testing"

// TestNewsPlaces13_Rules: each rule of news_places13.go (and resolve's
// commonTail) on sentences
// written for the test, with the cases it must leave alone.
func TestNewsPlaces13_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town whose mayor or outskirts the text speaks of",
			"Tarvoborg’s mayor, Anna Lind, spoke. Floods reached Kesselby's outskirts.",
			[]string{"GPE Tarvoborg", "PERSON Anna Lind", "GPE Kesselby"}},
		{"a given name or a common word owns no town's residents",
			"Grace's residents left, and Harbour's residents stayed.",
			nil},
		{"unknown names in a list with a listed city after 'such as' or 'including'",
			"The jets will serve routes such as Oulu, Kessavik and Tarvomaa, and cities including Lisbon and Orvapur.",
			[]string{"GPE Oulu", "GPE Kessavik", "GPE Tarvomaa", "GPE Lisbon", "GPE Orvapur"}},
		{"a list after 'such as' with no listed place names no places: firms are firms",
			"Firms such as Kessavik and Tarvomaa bid.",
			[]string{"ORG Kessavik", "ORG Tarvomaa"}},
		{"a name of unknown words that ends in a common word names no person with nothing said of it",
			"Stewards closed Kessmarkt End.", // "the Kessmarkt End" is a stand (namedEnd, news_r33fac.go)
			nil},
		{"the same shape is a person's when the surname comes back alone",
			"Velko Sinner was elected in May. Sinner thanked voters.",
			[]string{"PERSON Velko Sinner", "PERSON Sinner -> Velko Sinner"}},
		{"a lone unknown name after 'around' is a place",
			"Buses will run around Kessavik from April.",
			[]string{"GPE Kessavik"}},
	})
}
