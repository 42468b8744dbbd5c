package extract

import "testing"

func TestAnnotator_R31platDesignatorMark(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a designator's block after a service's possessive", "The Tarvo Air Force's KX-16 Block 70 fighters took over the alert.",
			[]string{"ORG Tarvo Air Force", "PLATFORM KX-16 Block 70"}},
		{"a designator's batch after a possessive", "The Kessel Navy's KT-31 Batch 2 frigates sailed.",
			[]string{"ORG Kessel Navy", "PLATFORM KT-31 Batch 2"}},
		{"a flight's number is no version", "The KX-16 Flight 7 landed at the base.",
			[]string{"PLATFORM KX-16"}},
	})
}

func TestAnnotator_R31platGluedMark(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a mark glued to its numeral", "The vehicle is the 19th of 152 KV90 MkIV ordered.",
			[]string{"PLATFORM KV90 MkIV"}},
		{"a mark and its number after a stop", "The army will buy the Kessel Tarvo Mk. 2 howitzer.",
			[]string{"PLATFORM Kessel Tarvo Mk. 2"}},
		{"a mark and its numeral after a hyphen", "The Tarvo Mk-II rifle was shown.",
			[]string{"PLATFORM Tarvo Mk-II"}},
		{"a mark in lower case is no mark", "The Tarvo Mkmore rifle was shown.",
			[]string{"PLATFORM Tarvo Mkmore"}},
		{"name words before the mark", "Kessel Tarvo MkIV was shown.",
			[]string{"PLATFORM Kessel Tarvo MkIV"}},
		{"a body before the mark is left", "Kessel Systems MkIV was shown.",
			nil},
	})
}

func TestAnnotator_R31platHeadMark(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a head word, a block and its number", "The ship fired an Evolved Kessel Missile Block 2 in the trial.",
			[]string{"PLATFORM Evolved Kessel Missile Block 2"}},
		{"a head word, a batch and its numeral", "The yard builds the Tarvo Patrol Vessel Batch II for the navy.",
			[]string{"PLATFORM Tarvo Patrol Vessel Batch II"}},
		{"a flight's number after a head is a flight", "The Kessel Rocket Flight 7 failed.",
			[]string{"PLATFORM Kessel Rocket"}},
		{"a block of flats has no head", "The council sold Tarvo Court Block 2 last year.",
			nil},
	})
}

func TestAnnotator_R31platDesignatorNumeralName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a designator, a title's word and a numeral", "The wing received the KC-390J Sky King II tanker.",
			[]string{"PLATFORM KC-390J Sky King II"}},
		{"a designator, one word and a numeral", "The air force ordered an XR-7 Storm II jet.",
			[]string{"PLATFORM XR-7 Storm II"}},
		{"no designator: a ruler stays a person", "The ship was named for King Tarvo II.",
			[]string{"PERSON Tarvo II"}},
	})
}

func TestAnnotator_R31platMakerFamilyNumber(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a maker, a family and a number before a ship's noun", "The design came from the Tarvo KESTA 9814 frigate completed in 2020.",
			[]string{"PLATFORM Tarvo KESTA 9814"}},
		{"no craft's noun after the number", "The Tarvo KESTA 9814 report was revised.",
			nil},
		{"a year is no design's number", "The Tarvo KESTA 2020 frigate sailed.",
			[]string{"ORG KESTA"}},
	})
}

func TestAnnotator_R31platBracketCountry(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a country in brackets after a programme", "The work is paid from Foreign Military Sales (Peru) funds.",
			[]string{"PROGRAM Foreign Military Sales", "GPE Peru"}},
		{"a short name in brackets stays the programme's", "The Kessel Growth Programme (Novo Tarvo) began.",
			[]string{"PROGRAM Kessel Growth Programme", "PROGRAM Novo Tarvo"}},
	})
}

func TestAnnotator_R31platCountedShipList(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"three names and three vessels", "It joins Tarvel, Orvane and Kessimo, the three KPV 58 vessels delivered since 2023.",
			[]string{"PLATFORM Tarvel", "PLATFORM Orvane", "PLATFORM Kessimo", "PLATFORM KPV 58"}},
		{"two names and two ships", "Orvane and Tarvel, the two ships built at home, sailed.",
			[]string{"PLATFORM Orvane", "PLATFORM Tarvel"}},
		{"the count differs from the list", "It joins Tarvel, Orvane and Kessimo, the two vessels delivered.",
			nil},
		{"a list shorter than the count", "It joins Tarvel and Orvane, the three vessels delivered.",
			nil},
		{"no craft's noun after the count", "It joins Tarvel, Orvane and Kessimo, the three towns nearby.",
			nil},
	})
}

func TestAnnotator_R31platTitledScheme(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a fund's sentence-shaped name", "The board has launched a fund, Visit Past the Tarvo, to pay for guides.",
			[]string{"PROGRAM Visit Past the Tarvo"}},
		{"a campaign's name over a place's reading", "The ministry started a campaign, Keep Tarvo Out of the Sea, last year.",
			[]string{"PROGRAM Keep Tarvo Out of the Sea"}},
		{"a scheme's name after an opening phrase", "Under the scheme, Homes for the Kessel, buyers pay less.",
			[]string{"PROGRAM Homes for the Kessel"}},
		{"two bodies joined by and are a list", "The money came from the fund, Kessel Bank and Tarvo Holdings, last year.",
			[]string{"ORG Kessel Bank", "ORG Tarvo Holdings"}},
		{"no small word: a name in apposition", "Under the plan, Tarvo Kessel, the minister, agreed.",
			[]string{"PERSON Tarvo Kessel"}},
	})
}

func TestAnnotator_R31platProgramOfPlace(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a corridor of an isthmus", "The navy guards the Kessel Corridor of the Isthmus of Tarvo, a rail project.",
			[]string{"PROGRAM Kessel Corridor of the Isthmus of Tarvo"}},
		{"a plan of a gulf", "The Security Plan of the Gulf of Orvane was signed.",
			[]string{"PROGRAM Security Plan of the Gulf of Orvane"}},
		{"one of is programHeadOf's", "The Action Plan of the Tarvo Region was adopted.",
			[]string{"PROGRAM Action Plan of the Tarvo Region"}},
		{"an inner of after no place's head is left", "The Security Plan of the Bank of Orvane was signed.",
			[]string{"PROGRAM Security Plan", "GPE Orvane"}},
	})
}

func TestAnnotator_R31platArticleHyphenModel(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a hyphenated maker and its model after a", "The airline flies a Kessel-Tarvo Islander for short strips.",
			[]string{"PLATFORM Kessel-Tarvo Islander"}},
		{"at the end of a list", "The fleet adds two jets and a Kessel-Tarvo Ranger.",
			[]string{"PLATFORM Kessel-Tarvo Ranger"}},
		{"a noun after the name: a modifier", "She met a Jean-Paul Brandt fan at the cafe.",
			[]string{"PERSON Jean-Paul Brandt"}},
		{"no article: a person", "Jean-Paul Brandt flew to the island.",
			[]string{"PERSON Jean-Paul Brandt"}},
	})
}
