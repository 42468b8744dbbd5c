package extract

import "testing"

// TestNewsLoc14_Passes: the pass of round 14 (loc14) over a document's
// mentions, on sentences written for the test, with the cases it must
// leave alone.
func TestNewsLoc14_Passes(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a guessed name or a District after a listed city's possessive is the city's part",
			"Rents rose in Taipei's Quorvani District and in San Francisco's Financial District.",
			[]string{"GPE Taipei", "LOC Quorvani District", "GPE San Francisco", "LOC Financial District"}},
		{"a country's possessive keeps its province",
			"Storms hit Japan's Okinawa on Monday.",
			[]string{"GPE Japan", "GPE Okinawa"}},
		{"New York City's boroughs",
			"Rents rose fastest in Queens, the Bronx and Manhattan last year.",
			[]string{"LOC Queens", "LOC Bronx -> The Bronx", "LOC Manhattan"}},
		{"a group of islands that is no country",
			"Ferries to the Shetland Islands and the Solomon Islands were cancelled.",
			[]string{"LOC Shetland Islands", "GPE Solomon Islands"}},
		{"a guessed place that a company runs",
			"Strikes spread to Tessvik, operated by Tarvo Gold, and to Mirova, run by Kessel Resources; Brandt Mining, operator of Quorvelta, agreed.",
			[]string{"LOC Tessvik", "ORG Tarvo Gold", "LOC Mirova", "ORG Kessel Resources", "ORG Brandt Mining", "LOC Quorvelta"}},
		{"an owner owns a brand as often as a place: the label the other rules give stays",
			"Kessel Ltd, owner of Quorvix, returned to profit.",
			[]string{"ORG Kessel Ltd", "GPE Quorvix"}},
	})
}

// TestNewsLoc14_StoryDistrict: "the X district" is a city's part in a
// story set in one city, and keeps districtRule's GPE elsewhere.
func TestNewsLoc14_StoryDistrict(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"in a city's story",
			"RIYADH — Malls in the Quorvani district reported higher sales, the chamber said.",
			[]string{"GPE RIYADH -> Riyadh", "LOC Quorvani"}},
		{"with no city's story",
			"Police patrolled the Orvane district after the vote.",
			[]string{"GPE Orvane"}},
	})
}

// TestNewsLoc14_Rules: the chunk rule and the venues, libraries and
// launch sites of round 14.
func TestNewsLoc14_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a numbered line in a text about trains",
			"Trains on Line 4 of the metro stopped, and Line 10 will open next year.",
			[]string{"LOC Line 4", "LOC Line 10"}},
		{"no train, no line",
			"Line 4 of the contract sets the price.",
			nil},
		{"a guessed body after a score and 'at the' is the ground",
			"Orvania beat Tarvo United 3-1 at the KesselArena on Saturday.",
			[]string{"GPE Orvania", "ORG Tarvo United", "LOC KesselArena"}},
		{"a guessed body between an owner and 'headquarters' is the site",
			"Reporters met at the company's Tarvo Exchange Complex headquarters.",
			[]string{"LOC Tarvo Exchange Complex"}},
		{"a city's library is a building; the Library of Congress a body",
			"The Library of Leeds will lend e-books, and the Library of Congress will too.",
			[]string{"LOC Library of Leeds", "ORG Library of Congress"}},
		{"a launch site after a launch's word and 'from'; a country stays",
			"The satellite launched from Vandenberg in March, and the first launch from Scotland is due next year.",
			[]string{"LOC Vandenberg", "GPE Scotland"}},
		{"a listed town after 'from' a site 'to'",
			"Charter jets flew from Jomo Kenyatta International Airport to Lagos.",
			[]string{"LOC Jomo Kenyatta International Airport", "GPE Lagos"}},
	})
}
