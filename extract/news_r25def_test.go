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
