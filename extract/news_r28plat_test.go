package extract

import "testing"

func TestAnnotator_R28OtherNavyPrefix(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a prefix and a Spanish name before a hull number with a space", "The navy's new patrol vessel RNO Isla de Tarvo (OPV 17) sailed into port on Tuesday.",
			[]string{"PLATFORM RNO Isla de Tarvo", "PLATFORM OPV 17 -> RNO Isla de Tarvo"}},
		{"the same prefix before two names", "The navy keeps two patrol boats at sea. NKTL Kessel and NKTL Orvane logged 180 days between them.",
			[]string{"PLATFORM NKTL Kessel", "PLATFORM NKTL Orvane"}},
		{"a prefix the lists hold as a firm's, before a hull code", "The corvette ABB Tarvel (CM-17) returned to service after a refit.",
			[]string{"PLATFORM ABB Tarvel", "PLATFORM CM-17 -> ABB Tarvel"}},
		{"a listed prefix before a name joined by de and a hull number", "The navy's group was led by FS Tarvo de Kessel (R47) on Monday.",
			[]string{"PLATFORM FS Tarvo de Kessel", "PLATFORM R47 -> FS Tarvo de Kessel"}},
		{"a bare pennant number", "The navy retired the frigate RNO Kessel (01) in 2025.",
			[]string{"PLATFORM RNO Kessel", "PLATFORM 01 -> RNO Kessel"}},
		{"a base's prefix after a place's preposition", "The navy's frigates are based at KFB Tarvo and KFB Kessel.",
			nil},
		{"one name and no hull number", "The navy said KRX Tarvo would sail in May.",
			nil},
		{"a noun after the name makes the body's", "The navy has three frigates; KRX Kessel sailed in May. The KRX Tarvel unit trained with police.",
			[]string{"PLATFORM KRX Kessel"}},
		{"no ships spoken of", "The firms ZKT Tarvo and ZKT Kessel merged last year.",
			nil},
	})
}

func TestAnnotator_R28EditionMarks(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a Roman edition after the exercise's name in capitals", "The 13th edition of the joint exercise TARVO-XIII began today.",
			[]string{"PROGRAM TARVO-XIII -> Tarvo-Xiii"}},
		{"a plan past its year", "The Kessel Defence Plan 2035+ of the armed forces funds new jets.",
			[]string{"PROGRAM Kessel Defence Plan 2035+"}},
		{"an upgraded model", "The Tarvo-X+ missile was tested.",
			[]string{"PLATFORM Tarvo-X+"}},
		{"a sum goes on past the mark", "The Kessel Plan 2030+Orvane was signed.",
			[]string{"PROGRAM Kessel Plan 2030"}},
		{"no name before the mark", "The 2+2 dialogue met on Monday.",
			nil},
	})
}

func TestAnnotator_R28FamilyAlone(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a common word's family after its model", "The first Jackal KX41 vehicle arrived. The 12th Jackal of 90 ordered is new, and from today the Jackal is ours.",
			[]string{"PLATFORM Jackal KX41", "PLATFORM Jackal", "PLATFORM Jackal"}},
		{"a maker stays a body", "The Tecnam 410 Kessel flew. Tecnam said the Kessel was safe.",
			[]string{"PLATFORM Tecnam 410 Kessel", "ORG Tecnam", "PLATFORM Kessel"}},
		{"a longer name is left", "A Jackal KX41 was shown. The Jackal Tank Company bought it.",
			[]string{"PLATFORM Jackal KX41", "ORG Jackal Tank Company"}},
		{"another model's number after the family is left", "A Jackal KX41 was shown, and a Jackal 2 followed.",
			[]string{"PLATFORM Jackal KX41"}},
		{"a common word without an article is the word's", "The Jackal KX41 flew. Jackal and foxes live in the hills.",
			[]string{"PLATFORM Jackal KX41"}},
		{"no model before", "The lynx was seen. A Jackal of the zoo escaped.",
			nil},
	})
}

func TestAnnotator_R28PlanNamed(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plan before a club's listed name", "On land, Tarvo’s Plan Kastrioti security strategy has put soldiers in prisons.",
			[]string{"PROGRAM Plan Kastrioti"}},
		{"a plan before an unknown name", "The Plan Kessel security strategy put soldiers in ports.",
			[]string{"PROGRAM Plan Kessel"}},
		{"a body's listed name", "Plan International said it would help.",
			[]string{"ORG Plan International"}},
		{"a common word after the plan", "The Plan Fails, the headline said.",
			nil},
	})
}

func TestAnnotator_R28Capability(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a capability's name and its initials", "The nations fly jets under the Orvane Airlift Capability (OAC).",
			[]string{"PROGRAM Orvane Airlift Capability -> OAC", "PROGRAM OAC"}},
		{"a capability's group is a body", "The Capability Kessel Group bought them.",
			[]string{"ORG Capability Kessel Group"}},
	})
}
