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

func TestSiteShortForms(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an airport's and a stadium's name alone after the whole name",
			"Flights left Kessel Orvik Airport late. Orvik handled nine million passengers, and Tarvo Stadium was full before Tarvo fell silent.",
			[]string{"LOC Kessel Orvik Airport", "LOC Orvik", "LOC Tarvo Stadium", "LOC Tarvo"}},
		{"modifiers between the name and the head are skipped",
			"Crowds filled Varga International Stadium, and Varga was loud.",
			[]string{"LOC Varga International Stadium", "LOC Varga"}},
	})
}

func TestResidentsOf(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the names after residents of are places, each of a list one",
			"Residents of Tarvo Heath and Orvik packed the hall, and villagers of Kesselby complained.",
			[]string{"GPE Tarvo Heath", "GPE Orvik", "GPE Kesselby"}},
		{"a listed place keeps its label; a given name first stays a person's",
			"Residents of London met the tenants of Anna Kessel.",
			[]string{"GPE London", "PERSON Anna Kessel"}},
	})
}
