package extract

import "testing"

func TestAnnotator_R26EditionTail(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an agreement's term", "The fund is agreed by the parties behind the Danish Kessel Agreement 2024-2033, and the ships too.",
			[]string{"PROGRAM Danish Kessel Agreement 2024-2033"}},
		{"an exercise's edition in capitals", "The ninth Joint Military Exercise KESSELAN-2026 commenced today.",
			[]string{"PROGRAM KESSELAN-2026 -> KESSELAN"}},
		{"a word glued after the year: left alone", "The Danish Kessel Agreement 2024-built ships sailed.",
			[]string{"PROGRAM Danish Kessel Agreement 2024"}},
	})
}

func TestAnnotator_R26ExerciseAndHost(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Tarvolan", Label: "PROGRAM", Canonical: "Tarvolan"})
	checkSpans(t, a, []spanCase{
		{"an exercise and its host", "Next year's Tarvolan Finland exercise will bring tanks ashore.",
			[]string{"PROGRAM Tarvolan Finland"}},
		{"no exercise's noun: two names", "Tarvolan Finland will bring tanks ashore.",
			[]string{"PROGRAM Tarvolan", "GPE Finland"}},
	})
}

func TestAnnotator_R26EditionOfName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an edition of a person-shaped name", "Orvania is in talks about hosting a larger edition of Karim Tarvolek in 2028.",
			[]string{"GPE Orvania", "PROGRAM Karim Tarvolek"}},
		{"an author's possessive", "She read an edition of Karim Tarvolek's letters.",
			[]string{"PERSON Karim Tarvolek"}},
		{"no edition's noun", "Orvania is in talks with Karim Tarvolek.",
			[]string{"GPE Orvania", "PERSON Karim Tarvolek"}},
	})
}

func TestAnnotator_R26CalibreGun(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Kessel Morrow", Label: "PLATFORM", Canonical: "Kessel Morrow"})
	checkSpans(t, a, []spanCase{
		{"a gun and its calibre", "The frigate will carry a Tarvo Kessel 76 mm gun and launchers.",
			[]string{"PLATFORM Tarvo Kessel 76 mm"}},
		{"the calibre's number read with the model", "The frigate will carry a Kessel Morrow 76 mm gun.",
			[]string{"PLATFORM Kessel Morrow 76 mm"}},
		{"glued calibre", "The frigate will carry a Kessel Morrow 30mm cannon.",
			[]string{"PLATFORM Kessel Morrow 30mm"}},
		{"no gun's noun after it", "The frigate will carry a Tarvo Kessel 76 mm round.",
			[]string{"PLATFORM Tarvo Kessel"}},
	})
}

func TestAnnotator_R26SiteAfterName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a training ground", "The army plans to fire them at the Karim Tarvolek training ground in 2027.",
			[]string{"LOC Karim Tarvolek"}},
		{"barracks", "The battery moved to the Karim Tarvolek barracks.",
			[]string{"LOC Karim Tarvolek"}},
		{"no site's noun", "The army praised the Karim Tarvolek training plan.",
			[]string{"PERSON Karim Tarvolek"}},
		{"a name no rule read before ranges", "The minister spoke at the Orvikta ranges outside the town.",
			[]string{"LOC Orvikta"}},
		{"a combat training center", "The exercise ran at the Tarvelun combat training center in May.",
			[]string{"LOC Tarvelun"}},
		{"a team is no site", "He met the Tarvelun training team.",
			nil},
	})
}

func TestAnnotator_R26SiteTown(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a training node and its town", "The exercise commenced today at the Combined Training Node, Tarvelek, in Orvania.",
			[]string{"LOC Combined Training Node", "GPE Tarvelek", "GPE Orvania"}},
		{"a range and its town", "The missile was fired from the Combined Test Range, Kesselpur, off the coast.",
			[]string{"LOC Combined Test Range", "GPE Kesselpur"}},
		{"no site's head", "The talks opened at the Joint Training Council, Tarvelek, in Orvania.",
			[]string{"ORG Joint Training Council", "GPE Orvania"}},
		{"a lower-case word after the comma", "The exercise commenced at the Combined Training Node, which opened in 2020.",
			[]string{"LOC Combined Training Node"}},
	})
}

func TestAnnotator_R26Cues(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"landing craft by their hull symbols", "The yard builds six craft, LCAC 140 through LCAC 145, for the navy.",
			[]string{"PLATFORM LCAC 140", "PLATFORM LCAC 145"}},
		{"a connector's kind and its initials", "The navy ordered six Heavy Lift Connector (HLC) craft. The HLC will carry tanks.",
			[]string{"PLATFORM Heavy Lift Connector", "PLATFORM HLC -> Heavy Lift Connector", "PLATFORM HLC -> Heavy Lift Connector"}},
		{"plural ranges", "Firings were held at the Tarvo Field Firing Ranges in Orvania.",
			[]string{"LOC Tarvo Field Firing Ranges", "GPE Orvania"}},
	})
}

func TestAnnotator_R26NameBeforeVehicle(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Tarvolek", Label: "ORG", Canonical: "Tarvolek"})
	checkSpans(t, a, []spanCase{
		{"a person-shaped name before a vehicle's kind", "Convoy protection was shown with the Karim Tarvolek protected vehicle.",
			[]string{"PLATFORM Karim Tarvolek"}},
		{"a country's adjective stays out", "Convoy protection was shown with the Finnish Karim protected vehicle.",
			[]string{"PLATFORM Karim"}},
		{"a body's name before a vehicle's kind", "Crews fired the guns of Tarvolek infantry fighting vehicles.",
			[]string{"PLATFORM Tarvolek"}},
		{"a maker's head keeps the body", "Kessel Defence armoured vehicles arrived.",
			[]string{"ORG Kessel Defence"}},
		{"no vehicle's noun", "Tarvolek armoured the trucks.",
			[]string{"ORG Tarvolek"}},
	})
}

func TestAnnotator_R26HeadlineKindCut(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the name alone", "MOD SIGNS CONTRACT FOR 59 TARVOLEK LIGHT TANKS\n\nThe ministry signed a contract.",
			[]string{"PLATFORM TARVOLEK -> Tarvolek"}},
		{"not a headline", "The army ordered 59 Tarvolek Light Tanks.",
			[]string{"PLATFORM Tarvolek Light Tanks -> Tarvolek Light Tank"}},
	})
}

func TestAnnotator_R26PlaceWordPlatform(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Tarvel", Label: "GPE", Canonical: "Tarvel"})
	checkSpans(t, a, []spanCase{
		{"a place's word and a common word", "The navy extended the Tarvel Eye coastal surveillance system. The navies should connect Tarvel Eye to the radars.",
			[]string{"PLATFORM Tarvel Eye", "PLATFORM Tarvel Eye"}},
		{"a headline in capitals", "TARVEL EYE SYSTEM GROWS",
			[]string{"GPE TARVEL -> Tarvel"}},
		{"a place alone", "The navy of Tarvel extended the coastal surveillance system.",
			[]string{"GPE Tarvel"}},
	})
}

func TestAnnotator_R26BarracksSite(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"barracks named after a person", "The battery moved to Karim Tarvolek Barracks in May.",
			[]string{"LOC Karim Tarvolek Barracks"}},
		{"a board of the cantonment stays a body", "The Kessel Cantonment Board met.",
			[]string{"ORG Kessel Cantonment Board"}},
		{"a person alone", "The battery moved with Karim Tarvolek in May.",
			[]string{"PERSON Karim Tarvolek"}},
	})
}

func TestAnnotator_R26HyphenKind(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a kind joined by hyphens", "The navy ordered six Ship-to-Shore Connector (SSC) craft. The SSC carries tanks.",
			[]string{"PLATFORM Ship-to-Shore Connector", "PLATFORM SSC -> Ship-to-Shore Connector", "PLATFORM SSC -> Ship-to-Shore Connector"}},
		{"no initials: no definition", "The navy ordered a Ship-to-Shore Connector for the dock.",
			nil},
	})
}

func TestAnnotator_R26RomanEdition(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a year and a numeral after names", "Kessel Shield 2026-II and Tarvo Lance 2025-I followed.",
			[]string{"PROGRAM Kessel Shield 2026-II", "PROGRAM Tarvo Lance 2025-I"}},
		{"a word glued after the numeral", "Tarvo Lance 2025-II-built ships sailed.",
			[]string{"PERSON Tarvo Lance"}},
		{"a year range: no numeral", "Karim Tarvolek 2025-2026 was a good season.",
			[]string{"PERSON Karim Tarvolek"}},
	})
}
