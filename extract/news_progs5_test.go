package extract

import (
	"testing"
	"time"
)

// TestNewsProgs5_Rules: each rule of news_progs5.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsProgs5_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name, a hyphen and a serial of digits and capitals is a craft",
			"The agency launched Marlow-2B, Tessfield-14A and KELSAT-7C last spring.",
			[]string{"PLATFORM Marlow-2B", "PLATFORM Tessfield-14A", "PLATFORM KELSAT-7C"}},
		{"a name in capitals no list knows and a designator are one platform",
			"The navy chose the VELDA K-400 design over the KORAL X2.",
			[]string{"PLATFORM VELDA K-400", "PLATFORM KORAL X2"}},
		{"a known acronym before a designator stays apart",
			"NASA flew the X-59 over Texas.",
			[]string{"ORG NASA -> National Aeronautics and Space Administration", "PLATFORM X-59", "GPE Texas"}},
		{"the first word of a platform's name, alone later, is the platform",
			"The Quorvel Strike Missile was tested at sea; the Quorvel flew 300 km.",
			[]string{"PLATFORM Quorvel Strike Missile", "PLATFORM Quorvel"}},
		{"the name alone with no article is no platform's (here what it says it will build reads it as a company's)",
			"The Tessfield KX-3 drone flew; Tessfield said it would build more, and the Tessfield will fly again.",
			[]string{"PLATFORM Tessfield KX-3", "ORG Tessfield", "PLATFORM Tessfield"}},
		{"the last word of a platform's name, alone later, is the platform too",
			"The KX-9 Quorvel flew at dawn; the Quorvel carried four missiles.",
			[]string{"PLATFORM KX-9 Quorvel", "PLATFORM Quorvel"}},
		{"the word alone before the long name is not read back, nor a common word",
			"Quorvel said the Quorvel Strike Missile worked; the Strike team cheered.",
			[]string{"PERSON Quorvel", "PLATFORM Quorvel Strike Missile"}},
		{"a listed platform's plural after an operator's verb, or listed after a platform",
			"The air force flew its Rafales over the city, and the navy bought F-35s and Apaches.",
			[]string{"PLATFORM Rafale", "PLATFORM F-35", "PLATFORM Apache"}},
		{"an expo is an event, no programme",
			"The Harlow Defence Expo opened on Monday.",
			nil},
		{"a rank and a name after a vessel's noun name the ship",
			"The frigate Admiral Quorvel sailed, and the cruiser General Tessfield stayed in port.",
			[]string{"PLATFORM Admiral Quorvel", "PLATFORM General Tessfield"}},
		{"a rank and a name with no vessel's noun before them stay a title and a person",
			"Admiral Quorvel Hale met General Tessfield.",
			[]string{"PERSON Quorvel Hale", "PERSON Tessfield"}},
		{"a phase and its number stay outside the programme after of",
			"Phase II of the Harlow Metro Project opens next year; Tranche 3 of the Orvane Housing Scheme follows.",
			[]string{"PROGRAM Harlow Metro Project", "PROGRAM Orvane Housing Scheme"}},
		{"a name before probe in a sentence about space is the craft",
			"The Quorvel probe flew past Jupiter, and the Tessfield probes left orbit.",
			[]string{"PLATFORM Quorvel", "LOC Jupiter", "PLATFORM Tessfield"}},
		{"a probe with no other word of space is an inquiry",
			"The Quorvel probe found no wrongdoing.",
			nil},
		{"an exercise or an operation named with a site's head word stays a programme",
			"Exercise Harbor Gate and Operation Kessel Hill ended.",
			[]string{"PROGRAM Exercise Harbor Gate", "PROGRAM Operation Kessel Hill"}},
		{"a name with an apposition that ends on a platform's noun is a platform",
			"The Quorvel, a long-range cruise missile, hit the target; the Tessfield, a light tank built for hills, did not.",
			[]string{"PLATFORM Quorvel", "PLATFORM Tessfield"}},
		{"an apposition whose platform's noun is only a modifier is no platform's",
			"Quorvel, a fighter pilot, and Tessfield, a town of 8,000, waited.",
			[]string{"PERSON Quorvel", "GPE Tessfield"}},
		{"names listed after a platform's noun and such as, like or including are platforms",
			"The army showed missiles such as Quorvel, Tessfield and Marlow, and drones like the Velmar. Tanks such as the Brisk were sent.",
			[]string{"PLATFORM Quorvel", "PLATFORM Tessfield", "PLATFORM Marlow", "PLATFORM Velmar", "PLATFORM Brisk"}},
		{"an aircraft family's mark in title case takes its variant's number too",
			"The Boeing 737 Max 8 and a 737 Max 9 were grounded.",
			[]string{"PLATFORM Boeing 737 Max 8", "PLATFORM 737 Max 9"}},
		{"a name after a place's preposition and for before another name: a place and what is held there",
			"Ministers met in Quorvel for the Tessfield Climate Summit, at the Institute for the Study of Marlow.",
			[]string{"GPE Quorvel", "PROGRAM Tessfield Climate Summit", "ORG Institute for the Study of Marlow"}},
		{"a sentence opening with a kind of craft and its noun names none; a name that is a common word still does",
			"Cargo ships were stuck. Combat drones flew. Budget carriers cut fares. Quorvel drones struck a depot.",
			[]string{"PLATFORM Quorvel"}},
	})
	// whatever else the names are read as, they are no craft
	for _, text := range []string{
		"Cases of Tessfield-19 rose, and Marlow-2bis was sold.", // digits alone; lower case after them
		"The Velda-2B3 plan was dropped.",
		"The Patriots won, and fans cheered the Apaches.",         // a plural with no count or operator's verb: a team's
		"The firm uses systems such as Quorvel and Tessfield.",    // a noun too broad for a list
		"Carriers such as Quorvel and Norwegian cut their fares.", // airlines; a demonym                       // a digit after the capitals
	} {
		for _, e := range a.Annotate(text, time.Time{}) {
			if e.Label == "PLATFORM" {
				t.Errorf("Annotate(%q): PLATFORM %q", text, e.Text)
			}
		}
	}
}
