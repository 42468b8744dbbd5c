package extract

import "testing"

func TestCompoundPlace(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"compound street, square and park names after prepositions",
			"Protesters gathered on Marktplatz and marched along Kaiserallee to Stadtpark.",
			[]string{"LOC Marktplatz", "LOC Kaiserallee", "LOC Stadtpark"}},
		{"Nordic streets, squares and a hospital",
			"Traffic was closed on Vesterbrogade and Kongensgatan, and the injured were taken to Amtssygehus.",
			[]string{"LOC Vesterbrogade", "LOC Kongensgatan", "LOC Amtssygehus"}},
		{"a kind's word written apart after a name",
			"Fans walked from Kessel Stadion to Orvik Torv before the match.",
			[]string{"LOC Kessel Stadion", "LOC Orvik Torv"}},
		{"surnames and given names that end as places stay people",
			"Coach Anna Baumgarten thanked Lars Steinweg and Southgate after the draw.",
			[]string{"PERSON Anna Baumgarten", "PERSON Lars Steinweg", "PERSON Southgate"}},
		{"an Italian surname ending as a Finnish market does stays a person",
			"Sartori scored twice and Marco Sartori praised the arcade.",
			[]string{"PERSON Sartori -> Marco Sartori", "PERSON Marco Sartori"}},
	})
}
