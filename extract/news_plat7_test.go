package extract

import "testing"

// TestNewsPlat7_Rules: each rule of news_plat7.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsPlat7_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name before what a craft does and its noun is the craft, with its number",
			"Japan's rocket carried the Quorvel navigation satellite, and the airline will buy a Marlow 7000 business jet.",
			[]string{"GPE Japan", "PLATFORM Quorvel", "PLATFORM Marlow 7000"}},
		{"a demonym before the name is a flag, no part of it",
			"The Israeli Quorvel 3 interceptor hit the target.",
			[]string{"PLATFORM Quorvel 3"}},
		{"trains and cars are vehicles; a maker before its products' noun stays the company",
			"Toyota sold more Quorvel cars and Velmar bullet trains, while Airbus helicopters and Tesla cars sold well.",
			[]string{"ORG Toyota", "PLATFORM Quorvel", "PLATFORM Velmar", "ORG Airbus", "ORG Tesla"}},
		{"a warship after carrier; an airline's word before carrier or in the name makes no ship",
			"The navy sent the carrier Quorvel to the gulf, while the budget carrier Tessfield cut fares and the carrier Marlow Air added routes.",
			[]string{"PLATFORM Quorvel", "ORG Marlow Air"}},
		{"with no warship's word near, carrier is an airline's",
			"Passengers said the carrier Velmar flew on time.",
			[]string{"ORG Velmar"}},
		{"a train after a name is where it goes; trains in the plural are a model",
			"Riders slept on the Quorvel train, and the operator bought Velmar trains.",
			[]string{"PLATFORM Velmar"}},
		{"a guessed name listed with a platform gives way, and a free designation is taken",
			"The RIM-7 and Quorvel sold, and the RIM-8 and QX-2 flew.",
			[]string{"PLATFORM RIM-7", "PLATFORM Quorvel", "PLATFORM RIM-8", "PLATFORM QX-2"}},
		{"a ship named after a person keeps its particles",
			"The navy fielded the carrier Jean de Quorvel with its jets.",
			[]string{"PLATFORM Jean de Quorvel"}},
		{"a ship and the platform it carries, joined by with, are two",
			"The navy sailed the carrier Quorvel with F-35B jets.",
			[]string{"PLATFORM Quorvel", "PLATFORM F-35B"}},
		{"a vessel in apposition after its noun, over a city's label",
			"A Yasen-M submarine, the Kazan, fired a missile.",
			[]string{"PLATFORM Yasen-M", "PLATFORM Kazan"}},
		{"a vessel before its place in a class",
			"The yard delivered Tessfield, the sixth Marlow boat, in May.",
			[]string{"PLATFORM Tessfield", "PLATFORM Marlow"}},
		{"a royal title opens a ship's name after a vessel's noun",
			"The liner Queen Tessfield 2 left port.",
			[]string{"PLATFORM Queen Tessfield 2"}},
		{"names listed with a platform are platforms, a free run and a type number too",
			"The Quorvel and the Tessfield Shadow missiles flew, and Type 75 ships and a Type 71 and the Quennix-II sailed.",
			[]string{"PLATFORM Quorvel", "PLATFORM Tessfield Shadow", "PLATFORM Type 75", "PLATFORM Type 71", "PLATFORM Quennix-II"}},
		{"a person who speaks and a listed company keep their labels in such a list",
			"The F-35 and Varga said it worked; the F-16 and Boeing were named.",
			[]string{"PLATFORM F-35", "PERSON Varga", "PLATFORM F-16", "ORG Boeing"}},
	})
}
