package extract

import "testing"

// TestNewsPlaces8_Rules: each rule of news_places8.go on sentences written
// for the test, with the cases it must leave alone.
func TestNewsPlaces8_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"unknown places after 'In <city>,' and a place's preposition are the city's parts",
			"In Chennai, the flooding was worst in Velmora and Tessakulam.",
			[]string{"GPE Chennai", "LOC Velmora", "LOC Tessakulam"}},
		{"unknown places after '<city>'s' are the city's parts",
			"Traffic in Nairobi's eastern estates slowed near Quorvani and Tesswe.",
			[]string{"GPE Nairobi", "LOC Quorvani", "LOC Tesswe"}},
		{"a kind noun before the list makes its names parts, a listed city's too",
			"The worst-hit wards were Velmora, Soweto and Tessbury.",
			[]string{"LOC Velmora", "LOC Soweto", "LOC Tessbury"}},
		{"townships such as, suburbs of",
			"Townships such as Quorvane and suburbs of Tessmoor were cut off.",
			[]string{"LOC Quorvane", "LOC Tessmoor"}},
		{"a kind noun after the list",
			"Cholera spread in Velmoru and Quorvesi local government areas.",
			[]string{"LOC Velmoru", "LOC Quorvesi"}},
		{"a dateline city sets its lead paragraph",
			"NAIROBI — Floods cut off homes in Quorvani and Tesswe on Sunday.",
			[]string{"GPE NAIROBI -> Nairobi", "LOC Quorvani", "LOC Tesswe"}},
		{"places of their own by an apposition stay GPE",
			"In Jakarta, schools shut in Velmoraya and Tessjati, towns on the city's edge.",
			[]string{"GPE Jakarta", "GPE Velmoraya", "GPE Tessjati"}},
		{"without a city's setting an unknown place stays GPE",
			"Farmers in Velmoraya said the rain had not come.",
			[]string{"GPE Velmoraya"}},
		{"a country or a state opening the sentence sets no city",
			"In Kenya, floods hit homes in Velmoraya. In Gujarat, roads to Tessjati closed.",
			[]string{"GPE Kenya", "GPE Velmoraya", "GPE Gujarat", "GPE Tessjati"}},
		{"the dateline's lead only: a later paragraph keeps its towns",
			"NAIROBI — Rain fell on Sunday.\n\nFarmers near Velmoraya said crops were lost.",
			[]string{"GPE NAIROBI -> Nairobi", "GPE Velmoraya"}},
		{"a hospital, an infirmary, a medical centre or a market after a place's preposition is a place",
			"Patients went to the Quorvale General Hospital, to Tessbury Royal Infirmary and to the Velmont Medical Centre; traders at Quorvan Market stayed shut.",
			[]string{"LOC Quorvale General Hospital", "LOC Tessbury Royal Infirmary", "LOC Velmont Medical Centre", "LOC Quorvan Market"}},
		{"a hospital that speaks stays an organisation",
			"Quorvale General Hospital said it had cancelled operations.",
			[]string{"ORG Quorvale General Hospital"}},
		{"a stream's head after a place's preposition is a stream; a given name's is a person's",
			"Walkers follow the path beside Quorvel Water and along Tessbury Brook with Emma Brook.",
			[]string{"LOC Quorvel Water", "LOC Tessbury Brook", "PERSON Emma Brook"}},
		{"two sites joined by 'and' are two places",
			"Crowds filled Quorvel Heath and Tessbury Park on Sunday.",
			[]string{"LOC Quorvel Heath", "LOC Tessbury Park"}},
	})
}
