package extract

import "testing"

func TestAnnotator_R23BracketHulls(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a navy's letters and figures", "The navy sent the frigate HMAS Tarvo (FFH 156) and the dock HMAS Kessel (L01).",
			[]string{"PLATFORM HMAS Tarvo", "PLATFORM FFH 156 -> HMAS Tarvo", "PLATFORM HMAS Kessel", "PLATFORM L01 -> HMAS Kessel"}},
		{"a boat's letters", "The boats HMCS Orvane (SSK 871) and HMCS Vessa (SSK 872) stayed in port.",
			[]string{"PLATFORM HMCS Orvane", "PLATFORM SSK 871 -> HMCS Orvane", "PLATFORM HMCS Vessa", "PLATFORM SSK 872 -> HMCS Vessa"}},
		{"a vessel's noun before a bare number", "The carrier Kessel (18) sailed east.",
			[]string{"PLATFORM Kessel", "PLATFORM 18 -> Kessel"}},
		{"a year in brackets is no hull", "The carrier Kessel (2019) sailed east.",
			[]string{"PLATFORM Kessel"}},
		{"no ship: a jet's variant", "The air force flew the Kessel jet (KJ 4) over the city.",
			[]string{"PLATFORM Kessel"}},
	})
}

func TestAnnotator_R23AuxHullNumbers(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two oilers", "The contract covers two oilers, T-AO 216 and T-AO 217, for the fleet.",
			[]string{"PLATFORM T-AO 216", "PLATFORM T-AO 217"}},
		{"a survey ship's class", "It will build two T-AGOS 25 class ships.",
			[]string{"PLATFORM T-AGOS 25"}},
		{"letters no navy writes after T-", "The T-XR 40 grade steel rose.",
			nil},
	})
}

func TestAnnotator_R23KindRun(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a kind with its acronym", "The navy will buy four Landing Platform Docks (LPD) and six Multi-Role Combat Vessels (MRCVs).",
			[]string{"PLATFORM Landing Platform Docks", "PLATFORM LPD -> Landing Platform Docks",
				"PLATFORM Multi-Role Combat Vessels", "PLATFORM MRCVs -> Multi-Role Combat Vessels"}},
		{"a family of vehicles", "Kessel Motors won a deal for the Family of Medium Tactical Vehicles.",
			[]string{"ORG Kessel Motors", "PLATFORM Family of Medium Tactical Vehicles -> Family of Medium Tactical Vehicle"}},
		{"a demonym opens no such name", "The French Coastal Patrol Vessels sailed in May.",
			nil},
		{"a kind before a ship's name", "Its latest Fast Patrol Vessel, KRI Kessel, sailed.",
			[]string{"PLATFORM KRI Kessel"}},
		{"a variant's word after it", "It ordered three Littoral Mission Ship Batch 2 vessels.",
			[]string{"PLATFORM Littoral Mission Ship Batch 2"}},
		{"a service's ships", "Two Coast Guard Ships sailed, and the Armoured Recovery Vehicles stayed.",
			[]string{"ORG Coast Guard Ships"}},
		{"a list's item alone on its line", "The council approved:\n\nMine Counter Measure Vessels;\n\nnew radars.",
			nil},
	})
}

func TestAnnotator_R23SensorsAndAppositions(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a radar's kind after its code", "The frigates carry the KX-STAR active electronically scanned array radar.",
			[]string{"PLATFORM KX-STAR -> Kx-Star"}},
		{"a sonar's kind after its code", "The OLMA-NG hull-mounted sonar was tested.",
			[]string{"PLATFORM OLMA-NG -> Olma-Ng"}},
		{"a code after a platform's noun and the", "The firm showed a drone, the KV-C, and a missile, the KCM-01, at the fair.",
			[]string{"PLATFORM KV-C", "PLATFORM KCM-01"}},
		{"a code before a verb is no kind", "The KX-STAR team said the array was ready.",
			nil},
	})
}

func TestAnnotator_R23InstituteHeads(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a conference's institute", "Tarvo Brandt of the Conference of Kessel Associations Institute said so.",
			[]string{"PERSON Tarvo Brandt", "ORG Conference of Kessel Associations Institute"}},
		{"a conference alone stays a programme", "The Conference of the Parties met in May.",
			[]string{"PROGRAM Conference of the Parties"}},
		{"a standing unit with its number", "The ships joined Standing Kessel Mine Countermeasures Group 1 (SKMCMG1) in May.",
			[]string{"ORG Standing Kessel Mine Countermeasures Group 1", "ORG SKMCMG1 -> Standing Kessel Mine Countermeasures Group 1"}},
		{"a long title in -ing stays a programme", "Transforming the Orvane Relationship Using Strategic Technology (TORUST) began.",
			[]string{"PROGRAM Transforming the Orvane Relationship Using Strategic Technology -> TORUST", "PROGRAM TORUST"}},
	})
}
