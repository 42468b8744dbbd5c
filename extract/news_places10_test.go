package extract

import "testing"

// TestNewsPlaces10_Rules: each rule of news_places10.go on sentences written
// for the test, with the cases it must leave alone.
func TestNewsPlaces10_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a dateline city's story names its suburbs beside it, past the lead",
			"DHAKA — Rain fell all night.\n\nThe council said roads in Quorvani and Tesswe would be rebuilt.\n\nA school in Velmoraya stayed shut.",
			[]string{"GPE DHAKA -> Dhaka", "LOC Quorvani", "LOC Tesswe", "LOC Velmoraya"}},
		{"a byline may come before the dateline",
			"By staff reporters\n\nLAGOS, Nigeria — Power returned on Sunday.\n\nTraders near Quorvani said the market had lost a week.",
			[]string{"GPE LAGOS -> Lagos", "GPE Nigeria", "LOC Quorvani"}},
		{"without a dateline, the city the story names most",
			"Nairobi's water company raised prices. Nairobi has had no rain for a month.\n\nTaps ran dry at Quorvani and Tesswe on Friday.",
			[]string{"GPE Nairobi", "GPE Nairobi", "LOC Quorvani", "LOC Tesswe"}},
		{"a capital's dateline on a national story names the country's towns",
			"NAIROBI — Floods hit Mombasa and Kisumu on Monday.\n\nHomes in Quorvani were lost.",
			[]string{"GPE NAIROBI -> Nairobi", "GPE Mombasa", "GPE Kisumu", "GPE Quorvani"}},
		{"a name the story calls a town or a port is one",
			"DHAKA — Rain fell.\n\nThe town of Quorvani flooded. Boats waited at the port of Tesswe, and a ferry sank near Tesswe.\n\nA school in Quorvani shut.",
			[]string{"GPE DHAKA -> Dhaka", "GPE Quorvani", "GPE Tesswe", "GPE Tesswe", "GPE Quorvani"}},
		{"a name placed in another place, or with a country's unit noun, is a town",
			"DHAKA — Rain fell.\n\nA bridge near Quorvani, India, fell. Crops in Tesswe district rotted, and clinics in Velmoraya regency closed.",
			[]string{"GPE DHAKA -> Dhaka", "GPE Quorvani", "GPE India", "GPE Tesswe", "GPE Velmoraya"}},
		{"a sentence that names another town names towns",
			"DHAKA — Rain fell.\n\nRoads in Quorvani and Sylhet were shut.",
			[]string{"GPE DHAKA -> Dhaka", "GPE Quorvani", "GPE Sylhet"}},
		{"'from' names where people come from; a site's 'near' its town",
			"DHAKA — Rain fell.\n\nBuses from Quorvani were late. Jets left Kessel Air Base, near Tesswe.",
			[]string{"GPE DHAKA -> Dhaka", "GPE Quorvani", "LOC Kessel Air Base", "GPE Tesswe"}},
		{"two compass words after 'the' are a country's region, over a list's subdivision",
			"Tourism in the North East fell, and the South West and the Northeast grew.",
			[]string{"LOC North East", "LOC South West", "LOC Northeast"}},
		{"a longer name or no 'the' is another place's",
			"He moved to the North East Province. North East said it would appeal.",
			[]string{"GPE North East Province", "GPE North East"}},
		{"a name after a building's noun and 'on' is a street",
			"Reporters waited outside the court building on Quorvel Tessan, and rents for flats on Velmoraya rose.",
			[]string{"LOC Quorvel Tessan", "LOC Velmoraya"}},
		{"no building's noun before 'on': a person stays one",
			"An attack on Quorvel Tessan was condemned.",
			[]string{"PERSON Quorvel Tessan"}},
		{"a name after 'on the banks of', a side's 'bank of' or 'the river' is a river",
			"A mill on the banks of Quorvel Water closed; a hall stands on the northern bank of the Tesswe, and birds nest along the river Velmora.",
			[]string{"LOC Quorvel Water", "LOC Tesswe", "LOC Velmora"}},
		{"the banks of a country are its lenders",
			"The banks of Switzerland lent more.",
			[]string{"GPE Switzerland"}},
		{"streets by a head in English or an opener in other languages",
			"Crowds filled Nevsky Prospekt, Calea Quorvana, Rua Tesswe and Jalan Velmora, and runners finished on the Quorvel Esplanade after a lap of Tesswe Boulevard.",
			[]string{"LOC Nevsky Prospekt", "LOC Calea Quorvana", "LOC Rua Tesswe", "LOC Jalan Velmora", "LOC Quorvel Esplanade", "LOC Tesswe Boulevard"}},
	})
}
