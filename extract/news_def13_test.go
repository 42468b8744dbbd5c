package extract

import "testing"

// TestNewsDef13_Rules: each rule of news_def13.go on sentences written for
// the test, with the cases they must leave alone.
func TestNewsDef13_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name before a hull code in brackets, near a vessel's noun, is a ship's; named again alone it stays one",
			"The navy launched its third submarine, Tarvo Brandt (S-83), on Monday. Tarvo Brandt is the boat the yard promised.",
			[]string{"PLATFORM Tarvo Brandt", "PLATFORM S-83", "PLATFORM Tarvo Brandt"}},
		{"a politician's party and state in brackets hold no hull code",
			"Senator Tarvo Brandt (R-Texas) said the navy needed more ships.",
			[]string{"PERSON Tarvo Brandt", "GPE Texas"}},
		{"a year in brackets is no hull code",
			"The boat was named after Tarvo Brandt (1901) by the navy.",
			[]string{"PERSON Tarvo Brandt"}},
		{"a bare pennant number in brackets after a prefixed ship",
			"The frigate INS Kessel (331) sailed with the fleet.",
			[]string{"PLATFORM INS Kessel", "PLATFORM 331 -> INS Kessel"}},
		{"a variant's word takes its number after a platform",
			"The corvettes carry the Exocet MM40 Block 3 missile.",
			[]string{"PLATFORM Exocet MM40 Block 3"}},
		{"a designator and the popular name after it are one platform",
			"A C-130J Hercules landed at the base.",
			[]string{"PLATFORM C-130J Hercules"}},
		{"schemes closed by Shield or Watch; a platform noun after makes a system",
			"Ministers backed the Orvanian Air Shield and Northern Flank Watch, while the Kessel Shield interceptor flew.",
			[]string{"PROGRAM Orvanian Air Shield", "PROGRAM Northern Flank Watch", "PLATFORM Kessel Shield"}},
		{"a body named with Rights Watch is no scheme",
			"Orvane Rights Watch said the strikes hit homes.",
			[]string{"ORG Orvane Rights Watch"}},
		{"a resolution by its number, and a section before a programme's noun",
			"Funds under Resolution 2719 and the Section 333 train-and-equip programme were cut, but Section 12 of the act stands.",
			[]string{"PROGRAM Resolution 2719", "PROGRAM Section 333"}},
		{"the number sign before a numbered unit, read alone first",
			"The first squadron to convert, No. 3 Squadron, will move north.",
			[]string{"ORG No. 3 Squadron"}},
		{"a class before an offshore or coastal vessel, whatever else the name is",
			"The navy will field a Krabi-class offshore patrol vessel and two Kessel-class coastal patrol boats.",
			[]string{"PLATFORM Krabi", "PLATFORM Kessel"}},
		{"a designator with slashed variants and its popular name",
			"The F/A-18C/D Hornet fleet will retire.",
			[]string{"PLATFORM F/A-18C/D Hornet"}},
		{"a platform by its designator of a body: two names",
			"A UH-60 Black Hawk of the Orvane National Guard flew the crew out.",
			[]string{"PLATFORM UH-60 Black Hawk -> Black Hawk", "ORG Orvane National Guard"}},
		{"a designator and its described name closed by Vehicle or System; a generic kind stays outside",
			"The army tested the XK40 Tracked Assault Vehicle and the M270 Multiple Launch Rocket System, and flew an MQ-9B Remotely Piloted Aircraft.",
			[]string{"PLATFORM XK40 Tracked Assault Vehicle", "PLATFORM M270 Multiple Launch Rocket System", "PLATFORM MQ-9B"}},
	})
}
