package extract

import "testing"

// TestNewsPlaces9_Rules: each rule of news_places9.go on sentences written
// for the test, with the cases it must leave alone.
func TestNewsPlaces9_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a landmark's head, 'of' and a name are one site",
			"Visitors queued at the Palace of Quorvel and the Tower of Tessbury, near the Pyramids of Velmora.",
			[]string{"LOC Palace of Quorvel", "LOC Tower of Tessbury", "LOC Pyramids of Velmora"}},
		{"the name may hold 'of the' and a body's name",
			"Students protested outside the Palace of the Orvanian National Congress.",
			[]string{"LOC Palace of the Orvanian National Congress"}},
		{"a church of a country is a body, no site",
			"The Church of Scotland said it would appeal.",
			[]string{"ORG Church of Scotland"}},
		{"'Greater' and a city, listed or not, is a metropolitan region",
			"Rents in Greater Quorvel and Greater London rose again.",
			[]string{"LOC Greater Quorvel", "LOC Greater London"}},
		{"a plural kind noun of a city's parts opening a sentence stays out of its names",
			"Barangays Quorvel and Tessbury Heights were flooded. Wards Velmora East and Orvane North share a station.",
			[]string{"LOC Quorvel", "LOC Tessbury Heights", "LOC Velmora East", "LOC Orvane North"}},
		{"a singular 'Ward' is a surname as often",
			"Ward Quorvel said the plan was late.",
			[]string{"PERSON Ward Quorvel"}},
		{"a name that bursts or goes over its banks is a river",
			"The Tarvo burst its banks, and rain pushed the Tessbury and the Velmo Tuan over their banks.",
			[]string{"LOC Tarvo", "LOC Tessbury", "LOC Velmo Tuan"}},
		{"a team that loses its banks' backing is no river",
			"The bank said the Quorvel Group lost its banks' support.",
			[]string{"ORG Quorvel Group"}},
		{"a ward's, a launch complex's, a terminal's or a pad's number is in its name",
			"Voters in Ward 12 met; the rocket left Launch Complex 39A, and passengers at Terminal 5 waited.",
			[]string{"LOC Ward 12", "LOC Launch Complex 39A", "LOC Terminal 5"}},
		{"'Khlong' opens a canal's name",
			"Crews dredged Khlong Quorvel and Khlong Tess Bura before the rains.",
			[]string{"LOC Khlong Quorvel", "LOC Khlong Tess Bura"}},
		{"'the districts of' in a city's dateline lead lists the city's districts",
			"JAKARTA — Cases rose in the eastern districts of Quorvela, Tessu Wira and Velmoraya, city officials said.",
			[]string{"GPE JAKARTA -> Jakarta", "LOC Quorvela", "LOC Tessu Wira", "LOC Velmoraya"}},
		{"without a city a country's districts keep their label",
			"Kenya's districts of Quorvela were cut off.",
			[]string{"GPE Kenya", "GPE Quorvela"}},
		{"a river's part and 'crosses the' read a river",
			"Farmers walked the riverbeds of the Quorvel; a ferry crosses the Tessbury.",
			[]string{"LOC Quorvel", "LOC Tessbury"}},
		{"a city's part named again is that part",
			"NAIROBI — Floods cut off homes in Quorvani and Tesswe on Sunday.\n\nThe minister visited Quorvani on Tuesday. Farmers near Tesswe lost crops.",
			[]string{"GPE NAIROBI -> Nairobi", "LOC Quorvani", "LOC Tesswe", "LOC Quorvani", "LOC Tesswe"}},
		{"a part's name that speaks stays a person; a capitals dateline stays the town",
			"NAIROBI — Floods cut off homes in Quorvani and Tesswe on Sunday.\n\nQuorvani said the minister was late.",
			[]string{"GPE NAIROBI -> Nairobi", "LOC Quorvani", "LOC Tesswe", "PERSON Quorvani"}},
		{"a capitals dateline stays the town where its bridge is named",
			"HARLOW BRIDGE — Rain fell.\n\nThe Harlow Bridge was shut.",
			[]string{"GPE HARLOW BRIDGE -> Harlow Bridge", "LOC Harlow Bridge"}},
	})
}
