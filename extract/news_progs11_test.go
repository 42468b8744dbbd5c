package extract

import "testing"

// TestNewsProgs11_Rules: each rule of news_progs11.go on sentences written
// for the test, with the cases it must leave alone.
func TestNewsProgs11_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two listed rivers before procurement modifiers and a plural programme's noun",
			"The ministry funds the Narew and Wisła air defence programmes.",
			[]string{"PROGRAM Narew", "PROGRAM Wisła"}},
		{"a codename of two unknown words before a plan's noun after an owner's 's",
			"Finland's Silver Rampart border fortification plan was approved.",
			[]string{"GPE Finland", "PROGRAM Silver Rampart"}},
		{"a listed place read as a codename is the programme again alone",
			"Officials praised the Oder shipbuilding programme. Under Oder, the navy gets two corvettes.",
			[]string{"PROGRAM Oder", "PROGRAM Oder"}},
		{"months before a plan's noun are no codenames",
			"The March and April procurement plans were merged.",
			nil},
		{"a maker's name before a programme's noun stays the maker's",
			"The Boeing fighter programme and the Airbus tanker programme slipped.",
			[]string{"ORG Boeing", "ORG Airbus"}},
		{"a country or a lone word of no list before a plan's noun is no codename",
			"The Texas border plan drew protests, and the Trump border plan too.",
			[]string{"GPE Texas"}},
		{"a body's head in the name makes it the body's",
			"The Quell Party and Tessan Union reform plans stalled.",
			[]string{"ORG Quell Party", "ORG Tessan Union"}},
		{"a place's head in the name makes it the place's",
			"The Tessan Bay border plan was shelved.",
			[]string{"LOC Tessan Bay"}},
		{"a design's number before a programme's noun is no codename",
			"The KF-21 programme needs money.",
			[]string{"PLATFORM KF-21"}},
		{"a name before 'contract vehicle' after an agency's 's",
			"The MDA's SHIELD contract vehicle has many awardees.",
			[]string{"ORG MDA", "PROGRAM SHIELD"}},
		{"a long form a body owns, with its acronym, is the body's programme",
			"The Space Development Agency's Proliferated Warfighter Space Architecture (PWSA) grows. PWSA needs launches.",
			[]string{"ORG Space Development Agency", "PROGRAM Proliferated Warfighter Space Architecture -> PWSA", "PROGRAM PWSA", "PROGRAM PWSA"}},
		{"an owned long form with 'and' inside is a concept",
			"NATO's Integrated Air and Missile Defence (IAMD) covers drones.",
			[]string{"ORG NATO -> North Atlantic Treaty Organization", "PROGRAM Integrated Air and Missile Defence -> IAMD", "PROGRAM IAMD"}},
		{"an owned long form a body's head ends stays a body",
			"NATO's Allied Rapid Reaction Corps (ARRC) moved.",
			[]string{"ORG NATO -> North Atlantic Treaty Organization", "ORG Allied Rapid Reaction Corps", "ORG ARRC -> Allied Rapid Reaction Corps"}},
		{"a count and a doctrine's head open a doctrine's name",
			"Tokyo eased the Three Principles on Transfer of Defense Equipment and Technology and kept the Three Non-Nuclear Principles.",
			[]string{"GPE Tokyo", "PROGRAM Three Principles on Transfer of Defense Equipment and Technology", "PROGRAM Three Non-Nuclear Principles"}},
		{"a count before no doctrine's head is left alone",
			"The Three Rivers Authority met.",
			[]string{"ORG Three Rivers Authority"}},
		{"a listed programme 'for' a country is one name",
			"The budget funds Golden Dome for America.",
			[]string{"PROGRAM Golden Dome for America"}},
	})
}
