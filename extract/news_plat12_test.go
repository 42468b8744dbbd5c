package extract

import "testing"

// TestNewsPlat12_Rules: each rule of news_plat12.go, the edits of round 12
// to shared rules (platformShortForm, findAmpersandFirms) and the cue words
// it added, on sentences written for the test, with the cases they must
// leave alone.
func TestNewsPlat12_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a unit by its number in figures, with and without No., with a word of its arm",
			"Jets of No. 14 Squadron and No 6 Squadron landed, and 805 Squadron embarked, while 4 Wing and 16 Air Assault Brigade trained.",
			[]string{"ORG No. 14 Squadron", "ORG No 6 Squadron", "ORG 805 Squadron", "ORG 4 Wing", "ORG 16 Air Assault Brigade"}},
		{"a count before a plural or a lower-case word, and a year, name no unit",
			"The air force flew 12 squadrons and three Squadron leaders, and in 2026 Squadron numbers fell.",
			nil},
		{"a league's numbered division is no unit",
			"Harlow finished 2 Division matches in the league and won the 3 Division title.",
			[]string{"PERSON Harlow"}},
		{"a directorate general and its field, with a hyphen and with for, fields joined by and",
			"The Directorate General of Naval Armament and the Directorate-General for Defence Industry and Space signed.",
			[]string{"ORG Directorate General of Naval Armament", "ORG Directorate-General for Defence Industry and Space"}},
		{"and the after the field opens another name",
			"The Directorate General of Quorvel Trials and the Tessfield Navy met.",
			[]string{"ORG Directorate General of Quorvel Trials", "ORG Tessfield Navy"}},
		{"common words with a firm's head after an ampersand are a firm; a field is none",
			"Quorvel Shipbuilders & Engineers and Marlow Brothers & Sons won the order, while Research & Development spending rose.",
			[]string{"ORG Quorvel Shipbuilders & Engineers", "ORG Marlow Brothers & Sons"}},
		{"an ampersand between two trades before a company's head",
			"Officials at Tessfield Fabrication & Repair Company said the hull was ready.",
			[]string{"ORG Tessfield Fabrication & Repair Company"}},
		{"a group's initials before its listed company; listed initials are read by their lists",
			"The deal went to HD Hyundai Heavy Industries, and the UK Ministry of Defence and NATO chose the design.",
			[]string{"ORG HD Hyundai Heavy Industries", "ORG UK Ministry of Defence", "ORG NATO -> North Atlantic Treaty Organization"}},
		{"a range's letters before a weapon's acronym",
			"The army fields the MR-SAM, the LR-SAM and QR-SAM batteries, and the XR-UAV flew.",
			[]string{"PLATFORM MR-SAM", "PLATFORM LR-SAM", "PLATFORM QR-SAM", "PLATFORM XR-UAV"}},
		{"a ship's name with a hyphenated syllable in lower case",
			"The ROKS Quorvel Yeong-sil and ROKS Tessfield Chang-ho sailed, while ROKS Marlow returned.",
			[]string{"PLATFORM ROKS Quorvel Yeong-sil", "PLATFORM ROKS Tessfield Chang-ho", "PLATFORM ROKS Marlow"}},
		{"a name and its Mk mark with a numeral or a number; a ruler's numeral stays a person's",
			"The Quorvel Mk II and the Tessfield Mk 3 howitzers fired; Henry VIII and Pope Leo XIV did not.",
			[]string{"PLATFORM Quorvel Mk II", "PLATFORM Tessfield Mk 3", "PERSON Henry VIII", "PERSON Leo XIV"}},
		{"a listed name read as a person's before its Mk mark",
			"The Caesar Mk II gun was shown.",
			[]string{"PLATFORM Caesar Mk II"}},
		{"a satellite family's other number after a platform of the family; unknown families and a virus are none",
			"The navy launched KESAT-7R to replace KESAT-7, which had served since 2013, and NOVSAT-3. COVID-19 and SARS-2 spread.",
			[]string{"PLATFORM KESAT-7R", "PLATFORM KESAT-7"}},
		{"a listed designator and name with a variant's word that a list reads as an outlet",
			"The army bought AH-64E Apache Guardian helicopters.",
			[]string{"PLATFORM AH-64E Apache Guardian"}},
		{"sensors and protection systems named before their words of kind",
			"The Quorvel weapon locating radar and the Tessfield low-level transportable radar tracked shells, and a Marlow active protection system saved the tank.",
			[]string{"PLATFORM Quorvel", "PLATFORM Tessfield", "PLATFORM Marlow"}},
		{"the name after a designator named again alone, common words or two words, in the plural too",
			"The army's K9A1 Quorvel howitzers arrived; the Quorvels are fast. The K3 Black Tessfield tank followed, and the Black Tessfield fired.",
			[]string{"PLATFORM K9A1 Quorvel", "PLATFORM Quorvel", "PLATFORM K3 Black Tessfield", "PLATFORM Black Tessfield"}},
		{"a common word named after a designator is no platform without an article",
			"The KF-21 Thunder flew. Thunder and rain hit the base later.",
			[]string{"PLATFORM KF-21 Thunder"}},
	})
}
