package extract

import "testing"

// TestNewsPlat10_Rules: each rule of news_plat10.go, and the cue words it
// added, on sentences written for the test, with the cases it must leave
// alone.
func TestNewsPlat10_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a jetliner number of the 7x7 scheme with a variant, in the plural too, without its maker",
			"The airline ordered 20 777-9s and took the 737-800 off the route.",
			[]string{"PLATFORM 777-9", "PLATFORM 737-800"}},
		{"a 7x7 number before a craft's noun; a count, a fleet and another number are none",
			"It will retire its 757 jets and the 767 fleet, and cut 747 jobs and 320 flights.",
			[]string{"PLATFORM 757"}},
		{"a score or a cricket total is no model",
			"Sri Lanka were 245-8 at tea, and the side won 3-1.",
			[]string{"GPE Sri Lanka"}},
		{"a family name, its number and a series of hundreds after the hyphen; a maker before it stays inside",
			"The carrier flies the Dash 8-400 and leases two Quorvel 9-300s, and a De Havilland Dash 8-200 landed.",
			[]string{"PLATFORM Dash 8-400", "PLATFORM Quorvel 9-300", "PLATFORM De Havilland Dash 8-200"}},
		{"a numbered part, a range and a score with no series of hundreds are no model",
			"Chapter 11-100 of the Tessfield 8-12 report covers ages 8-100 and the 4-3 win.",
			nil},
		{"the number of a family's variant after its mark, in the plural",
			"The airline ordered twenty Boeing 737 MAX 8s and three 737 MAX 10s.",
			[]string{"PLATFORM Boeing 737 MAX 8", "PLATFORM 737 MAX 10"}},
		{"names listed after a plural vessel's noun, with and without a comma",
			"The frigates Quorvel, Tessfield and Marlow sailed, and the rovers Velmar and Harrow Star landed.",
			[]string{"PLATFORM Quorvel", "PLATFORM Tessfield", "PLATFORM Marlow", "PLATFORM Velmar", "PLATFORM Harrow Star"}},
		{"one name after a plural vessel's noun may open a clause, a list after a comma lists no vessel (the name read as before); carriers are airlines too",
			"The frigates Britain sent were old, ships escort tankers, and Quorvel Sentry patrols began, and the carriers Tessfield Air and Marlow Airways cut fares.",
			[]string{"GPE Britain -> United Kingdom", "PERSON Quorvel Sentry", "ORG Tessfield Air", "ORG Marlow Airways"}},
		{"a cargo's word before carrier makes a merchant ship's noun, over a road's and a person's label",
			"The car carrier Quorvel Highway burned, and the bulk carrier Tessfield Star ran aground.",
			[]string{"PLATFORM Quorvel Highway", "PLATFORM Tessfield Star"}},
		{"a cutter and a minehunter are vessels",
			"The cutter Quorvel Bay seized cocaine, and the minehunter Tessfield cleared the channel.",
			[]string{"PLATFORM Quorvel Bay", "PLATFORM Tessfield"}},
		{"a laser is a weapon's noun",
			"The navy fired the Quorvel Beam laser at a drone.",
			[]string{"PLATFORM Quorvel Beam"}},
		{"a 7x7 number in the plural is a model; a decade is none",
			"The airline flies A350s and 787s, as it did in the 1990s.",
			[]string{"PLATFORM A350", "PLATFORM 787"}},
		{"a demonym and a name with a model's number are a flag and a missile, no programme's edition",
			"The Iranian Quorvel-110 and the Tessfield missiles were shown, and the European Marlow Shield-2 began.",
			[]string{"PLATFORM Quorvel-110", "PLATFORM Tessfield", "PROGRAM European Marlow Shield-2"}},
		{"a plural possessive ends the owner's name before a craft's name and noun",
			"Harlow Systems' Tarvel and Kessel drones flew, and Quorvel Machines' Velmar lander landed.",
			[]string{"ORG Harlow Systems", "PLATFORM Tarvel", "PLATFORM Kessel", "ORG Quorvel Machines", "PLATFORM Velmar"}},
		{"a spaceship is a craft's noun",
			"The company's Quorvel spaceships will fly in 2027.",
			[]string{"PLATFORM Quorvel"}},
		{"a name an ordinal counts or a company owns, near a launch's words, is the craft",
			"Quorvel Space put its 12th Tessfield into orbit with a weather satellite, and SpaceX's Velmar landed on the pad.",
			[]string{"ORG Quorvel Space", "PLATFORM Tessfield", "ORG SpaceX", "PLATFORM Velmar"}},
		{"a surname, a person named so and a name far from any launch stay out",
			"NASA's Harlow launched a review of the rocket, and its 12th Marlow was a hit; the 82nd Airborne trained.",
			[]string{"ORG NASA -> National Aeronautics and Space Administration", "PERSON Harlow", "PERSON Marlow"}},
	})
}
