package extract

import "testing"

func TestAnnotator_R25KindLongForm(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a kind of ship and its initials", "The navy ordered three Fleet Support Ships (FSS) from the yard. The FSS will carry fuel.",
			[]string{"PLATFORM Fleet Support Ships", "PLATFORM FSS -> Fleet Support Ships", "PLATFORM FSS -> Fleet Support Ships"}},
		{"a kind of helicopter", "The Light Utility Helicopter (LUH) flew from the deck of the frigate.",
			[]string{"PLATFORM Light Utility Helicopter", "PLATFORM LUH -> Light Utility Helicopter"}},
		{"a service's ships stay a body's", "The Coast Guard Ships (CGS) sailed from Tarvo.",
			[]string{"ORG Coast Guard Ships", "ORG CGS -> Coast Guard Ships", "GPE Tarvo"}},
		{"no kind: a body", "The Tarvo Supervisory Service (TSS) fined the bank.",
			[]string{"ORG Tarvo Supervisory Service", "ORG TSS -> Tarvo Supervisory Service"}},
	})
}

func TestAnnotator_R25KindAcrossAnd(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"one kind across and", "The Army ordered Lower Tier Air and Missile Defense Sensor radars from Kessel Systems.",
			[]string{"ORG Army", "PLATFORM Lower Tier Air and Missile Defense Sensor", "ORG Kessel Systems"}},
		{"two kinds stay apart", "The Army ordered Heavy Transport Vehicles and Light Utility Helicopter units.",
			[]string{"ORG Army", "PLATFORM Heavy Transport Vehicles -> Heavy Transport Vehicle", "PLATFORM Light Utility Helicopter"}},
		{"no craft's noun after it", "The Upper Tier Air and Missile Defense Sensor was tested.",
			[]string{"PLATFORM Missile Defense Sensor"}},
	})
}

func TestAnnotator_R25UnlistedShipPrefix(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a prefix in naval text", "The frigate KVS Tarvoghar sailed for the exercise with two corvettes.",
			[]string{"PLATFORM KVS Tarvoghar"}},
		{"after a ship's class", "The navy commissioned the Kilo-class UMS Orvane Tarvasu in 2020.",
			[]string{"PLATFORM Kilo", "PLATFORM UMS Orvane Tarvasu"}},
		{"no naval text", "ZBS Tarvoghar reported on the election in Tarvo.",
			[]string{"GPE Tarvo"}},
		{"a body's head after it", "The navy sent KVS Northern Command to the port.",
			[]string{"ORG KVS Northern Command"}},
	})
}

func TestAnnotator_R25NumberedPlan(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a goal and its year", "The boats meet Forces Goal 2030, the armed forces' plan.",
			[]string{"PROGRAM Forces Goal 2030"}},
		{"an ambition's level", "The move to Level of Ambition 2 was agreed.",
			[]string{"PROGRAM Level of Ambition 2"}},
		{"a paper's year", "The Defence White Paper 2024 sets out the force.",
			[]string{"PROGRAM Defence White Paper 2024"}},
		{"no number after the head", "The Forces Goal was set in 2030.",
			nil},
		{"one word alone", "He scored a Goal 2 minutes in.",
			nil},
	})
}

func TestAnnotator_R25AlliedProgramme(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"initials open the programme", "The works are paid by the KTO Security Investment Programme.",
			[]string{"PROGRAM KTO Security Investment Programme"}},
		{"a possessive keeps two", "The works are paid by KTO's Innovation Fund.",
			[]string{"ORG KTO", "PROGRAM Innovation Fund"}},
	})
}

func TestAnnotator_R25CapitalsExercise(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the name alone, and again later", "The Tarvo-Kessel Joint Military Exercise ORVANE began today. The aim of ORVANE is to train.",
			[]string{"PROGRAM ORVANE", "PROGRAM ORVANE"}},
		{"no capitals: left alone", "The Joint Military Exercise Kessel began today.",
			nil},
		{"a headline in capitals: left alone", "JOINT MILITARY EXERCISE ORVANE BEGINS",
			nil},
	})
}

func TestAnnotator_R25ModelMark(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a model, its number and a mark", "The contract covers three long-range Tarvo Master 400 Alpha radars.",
			[]string{"PLATFORM Tarvo Master 400 Alpha"}},
		{"a mark after one word", "The army bought the Kessel 200 Mk2 from Tarvo.",
			[]string{"PLATFORM Kessel 200 Mk2", "GPE Tarvo"}},
		{"a count before a craft", "The army bought 36 Kessel jets in 2026.",
			[]string{"PLATFORM Kessel"}},
	})
}

func TestAnnotator_R25HullNumbered(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a research ship's name and number", "The exercise comes after the 2023 call of Orvania's Tarvo Lin 6, a research ship, and the survey vessels.",
			[]string{"GPE Orvania", "PLATFORM Tarvo Lin 6"}},
		{"a count of months", "Tarvo Lin 6 months later left the ships.",
			[]string{"PERSON Tarvo Lin"}},
		{"no ships in the sentence", "Tarvo Lin scored 6, and the team won.",
			[]string{"PERSON Tarvo Lin"}},
		{"an exercise's edition", "The navy sent ships for the exercise Tarvo Lin 42.",
			[]string{"PROGRAM Tarvo Lin 42"}},
	})
}

func TestAnnotator_R25HostedExercise(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an exercise and its host opening a sentence", "The exercise KESTREX began. KESTREX Norway began in 2017.",
			[]string{"PROGRAM KESTREX", "PROGRAM KESTREX Norway"}},
		{"not opening a sentence", "The exercise KESTREX began. In 2017 KESTREX Norway sailed.",
			[]string{"PROGRAM KESTREX", "PROGRAM KESTREX", "GPE Norway"}},
	})
}

func TestAnnotator_R25CommonLaw(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a law and its initials", "The rest came from the Military Programming Law (MPL). Later the MPL paid.",
			[]string{"PROGRAM Military Programming Law -> MPL", "PROGRAM MPL", "PROGRAM MPL"}},
		{"a law of common words", "The Senate passed the Reserved Copper Law in 2019.",
			[]string{"ORG Senate", "PROGRAM Reserved Copper Law"}},
		{"a name in it: left alone", "The Senate passed the Reserved Tarvo Law in 2019.",
			[]string{"ORG Senate"}},
		{"one word before the law: a school", "He studied at Kessel Law in Tarvo.",
			[]string{"ORG Kessel Law", "GPE Tarvo"}},
	})
}

func TestAnnotator_R25KindBeforeShip(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a kind before two ships", "The yard delivered the Diving Support Vessels INS Tarvoghar and INS Kessabar in 2025.",
			[]string{"PLATFORM INS Tarvoghar", "PLATFORM INS Kessabar"}},
		{"a kind before an unlisted prefix", "The navy's Fast Patrol Vessel KVS Tarvoghar docked with two frigates.",
			[]string{"PLATFORM KVS Tarvoghar"}},
		{"no ship after the kind", "The Coast Guard Ships sailed.",
			[]string{"ORG Coast Guard Ships"}},
	})
}

func TestAnnotator_R25AdministrationOf(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a state's administration", "The Administration of National Defence said on Wednesday.",
			[]string{"ORG Administration of National Defence"}},
		{"a president's administration: no body's name", "The Administration of President Tarvo said.",
			[]string{"PERSON Tarvo"}},
	})
}

func TestAnnotator_R25SingularUses(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plural's initials, then one", "The navy launched six Multi-Role Combat Vessels (MRCVs) this year. The first MRCV was built around drones.",
			[]string{"PLATFORM Multi-Role Combat Vessels", "PLATFORM MRCVs -> Multi-Role Combat Vessels", "PLATFORM MRCV -> Multi-Role Combat Vessels"}},
		{"no plural: the initials alone", "The navy launched six Multi-Role Combat Vessels (MRCV) this year. The first KMRC was built around drones.",
			[]string{"PLATFORM Multi-Role Combat Vessels", "PLATFORM MRCV -> Multi-Role Combat Vessels", "ORG KMRC"}},
	})
}

func TestAnnotator_R25VisionOf(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a policy's name in capitals", "Admiral Tarvo said the ships would operate in keeping with the vision of KESSELTAR.",
			[]string{"PERSON Tarvo", "PROGRAM KESSELTAR"}},
		{"a listed body", "It reflects the policy of NATO in the region.",
			[]string{"ORG NATO -> North Atlantic Treaty Organization"}},
		{"a person's vision", "It reflects the vision of Tarvo Kessel.",
			[]string{"PERSON Tarvo Kessel"}},
	})
}
