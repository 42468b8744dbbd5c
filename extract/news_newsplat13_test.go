package extract

import "testing"

// TestNewsPlat13_Rules: each rule of news_newsplat13.go and the benefit
// programmes' list, on sentences written for the test, with the cases they
// must leave alone.
func TestNewsPlat13_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a station's module by its name, a town's name and a kind word between",
			"Crew moved the samples from the Columbus module to the Kibo laboratory module.",
			[]string{"PLATFORM Columbus", "PLATFORM Kibo"}},
		{"a demonym before module is no name",
			"Crew moved into the Chinese module last week.",
			nil},
		{"a craft named and described after a comma",
			"The company is building Kessel, a medium rocket it will fly in 2028, and Orvane, an uncrewed cargo spacecraft.",
			[]string{"PLATFORM Kessel", "PLATFORM Orvane"}},
		{"a person's trade or a company after the craft's noun is none",
			"Tarvo Brandt, a rocket engineer, and Kessel, a satellite maker, spoke.",
			[]string{"PERSON Tarvo Brandt", "ORG Kessel"}},
		{"an airliner family's mark alone takes its variant's number",
			"Boeing delivered the 737 MAX 8 first; the smaller MAX 7 and the larger MAX 10 await approval.",
			[]string{"ORG Boeing", "PLATFORM 737 MAX 8", "PLATFORM MAX 7", "PLATFORM MAX 10"}},
		{"a surname and the mission the person flew on",
			"Ilsa Brandt trained for a year. Samples flown by Brandt on Kessel Mission 4 came back.",
			[]string{"PERSON Ilsa Brandt", "PERSON Brandt -> Ilsa Brandt", "PROGRAM Kessel Mission 4"}},
		{"a mission to a body in space; a mission to a state is an office",
			"The Kessel Mission to the Asteroid Belt and the Orvania Mission to Mars were delayed, the U.S. Mission to the United Nations said.",
			[]string{"PROGRAM Kessel Mission to the Asteroid Belt", "PROGRAM Orvania Mission to Mars", "PROGRAM U.S. Mission", "ORG United Nations"}},
		{"benefit programmes by name and acronym",
			"Cuts to Medicaid and SNAP will hit families, while WIC clinics, Head Start and Bolsa Família payments carry on.",
			[]string{"PROGRAM Medicaid", "PROGRAM SNAP", "PROGRAM WIC", "PROGRAM Head Start", "PROGRAM Bolsa Família"}},
	})
}
