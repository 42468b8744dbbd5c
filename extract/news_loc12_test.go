package extract

import "testing"

// TestNewsLoc12_Rules: each rule of round 12 (loc12) on places in general
// news, on sentences written for the test, with the cases it must leave
// alone.
func TestNewsLoc12_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a site's kind noun after its name, a word of its kind between",
			"Output at the Quorvel copper mine fell, the Tesswe dry port was shut and lava reached the Velmora power station.",
			[]string{"LOC Quorvel", "LOC Tesswe", "LOC Velmora"}},
		{"observatories, stations, dams and glaciers by their kind noun",
			"Astronomers at the Quorvel Kessan observatories, engineers at the Tesswe station and guides on the Velmora glacier agreed; the Orvane hydroelectric dam held.",
			[]string{"LOC Quorvel Kessan", "LOC Tesswe", "LOC Velmora", "LOC Orvane"}},
		{"a listed town, body or people's word before the noun keeps its own",
			"Trains left the Leeds station, the Chevron terminal stayed open and the Russian gas field was sold.",
			[]string{"GPE Leeds", "ORG Chevron"}},
		{"a building's or a home's noun and 'in' or 'at' before unknown places: a city's parts",
			"Hotels in Quorvani and Tesswe were full. The bank moved staff to a campus in Velmoraya, and a hospital in Orvesk, Lagos, took the injured.",
			[]string{"LOC Quorvani", "LOC Tesswe", "LOC Velmoraya", "LOC Orvesk", "GPE Lagos"}},
		{"a plant or an office stands in a town; a town's, a country's or a unit's name after the list",
			"The firm built a plant in Quorvani and an office in Tesswe. Schools in Velmoraya district shut, flats in Orvesk, Kenya, flooded, homes in Quorvel were lost and the town of Kessilo said hotels in Kessilo were full.",
			[]string{"GPE Quorvani", "GPE Tesswe", "GPE Velmoraya", "GPE Orvesk", "GPE Kenya", "GPE Quorvel", "GPE Kessilo", "GPE Kessilo"}},
		{"a sentence that names a town ranges over towns; two buildings' places do not",
			"Rain cut roads near Quorvani, and clinics in Tesswe closed. Patients went to the hospital in Velmoraya and to a clinic in Orvesk.",
			[]string{"GPE Quorvani", "GPE Tesswe", "LOC Velmoraya", "LOC Orvesk"}},
		{"a town's name before a resource's word names the field or the mine; a coast by its noun",
			"Output at the Groningen gas field fell, the firm's Leeds coal mine shut and ships waited off the Quorvel coast.",
			[]string{"LOC Groningen", "LOC Leeds", "LOC Quorvel"}},
		{"a country before a resource's word keeps its label",
			"The Norway gas field and the Leeds terminal were sold.",
			[]string{"GPE Norway", "GPE Leeds"}},
		{"a compass adjective before a listed city or state is a part of it or the land around it",
			"Mortgage holders in Western Sydney, Inner Melbourne and Northern Virginia will pay more.",
			[]string{"LOC Western Sydney", "LOC Inner Melbourne", "LOC Northern Virginia"}},
		{"a listed unit of that shape and a country are no part (as before)",
			"Western Australia, Northern Ireland and Eastern Ukraine voted.",
			[]string{"GPE Western Australia", "GPE Northern Ireland", "GPE Eastern Ukraine"}},
		{"a mountain, a crescent and an oval by their heads",
			"Hikers climbed Quorvel Mountain, the embassy on Tesswe Crescent shut and the side played at the Velmora Oval.",
			[]string{"LOC Quorvel Mountain", "LOC Tesswe Crescent", "LOC Velmora Oval"}},
		{"a site named after a ruler, a saint or a leader, up to the chunk's connector",
			"Flights left King Quorvel International Airport, jets left Prince Tesswe Air Base and patients went to the Queen Velmora University Hospital in Glasgow and Kessel Park.",
			[]string{"LOC King Quorvel International Airport", "LOC Prince Tesswe Air Base", "LOC Queen Velmora University Hospital", "GPE Glasgow", "LOC Kessel Park"}},
		{"a title before a person's name stays out of it",
			"King Charles visited Kessel Park, and President Quorvel Tesswe met him.",
			[]string{"PERSON Charles", "LOC Kessel Park", "PERSON Quorvel Tesswe"}},
		{"an airbase and a point by their heads; a town and a site in one chunk are two",
			"Jets left Quorvel Airbase for Tesswe Point, and work will be done in Velmora and Kessel Point.",
			[]string{"LOC Quorvel Airbase", "LOC Tesswe Point", "GPE Velmora", "LOC Kessel Point"}},
		{"after an owner a works' noun makes the name its place; after 'the' the firm's",
			"Volvo will cut jobs at its Quorvel plant, the carmaker's Tesswe factory will close and the Velmora refinery was sold.",
			[]string{"ORG Volvo", "LOC Quorvel", "LOC Tesswe"}},
		{"a city's airport by 'International' after 'through'; a city's side by its head",
			"Travellers through Dubai International waited, and residents of the Upper Quorvel Side complained.",
			[]string{"LOC Dubai International", "LOC Upper Quorvel Side"}},
		{"a possessive before 'Peak' is a mountain's name, before 'Town' a town's",
			"Tourists drove along Quorvel's Peak and on to Tesswe's Town, and Velmora Peak was closed.",
			[]string{"LOC Quorvel's Peak", "GPE Tesswe's Town", "LOC Velmora Peak"}},
	})
}
