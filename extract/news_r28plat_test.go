package extract

import "testing"

func TestAnnotator_R28OtherNavyPrefix(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a prefix and a Spanish name before a hull number with a space", "The navy's new patrol vessel ROU Isla de Tarvo (OPV 11) sailed into port on Tuesday.",
			[]string{"PLATFORM ROU Isla de Tarvo", "PLATFORM OPV 11 -> ROU Isla de Tarvo"}},
		{"the same prefix before two names", "The navy keeps two patrol boats at sea. NRTL Kessel and NRTL Orvane logged 212 days between them.",
			[]string{"PLATFORM NRTL Kessel", "PLATFORM NRTL Orvane"}},
		{"a prefix the lists hold as a firm's, before a hull code", "The corvette BAE Tarvel (CM-11) returned to service after a refit.",
			[]string{"PLATFORM BAE Tarvel", "PLATFORM CM-11 -> BAE Tarvel"}},
		{"a listed prefix before a name joined by de and a hull number", "The navy's group was led by FS Tarvo de Kessel (R91) on Monday.",
			[]string{"PLATFORM FS Tarvo de Kessel", "PLATFORM R91 -> FS Tarvo de Kessel"}},
		{"a bare pennant number", "The navy retired the frigate ROU Kessel (01) in 2025.",
			[]string{"PLATFORM ROU Kessel", "PLATFORM 01 -> ROU Kessel"}},
		{"a base's prefix after a place's preposition", "The navy's frigates are based at CFB Tarvo and CFB Kessel.",
			[]string{"LOC CFB Tarvo", "LOC CFB Kessel"}},
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
		{"a plan past its year", "The Build-up Plan 2032+ of the armed forces funds new jets.",
			[]string{"PROGRAM Build-up Plan 2032+"}},
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
		{"a common word's family after its model", "The first Lynx KX41 vehicle arrived. The 47th Lynx of 218 ordered is new, and from today the Lynx is ours.",
			[]string{"PLATFORM Lynx KX41", "PLATFORM Lynx", "PLATFORM Lynx"}},
		{"a maker the lists hold stays a body", "The Boeing 737 MAX 10 flew. Boeing said the MAX was safe.",
			[]string{"PLATFORM Boeing 737 MAX 10", "ORG Boeing", "PLATFORM MAX"}},
		{"a longer name is left", "A Lynx KX41 was shown. The Lynx Tank Company bought it.",
			[]string{"PLATFORM Lynx KX41", "ORG Lynx Tank Company"}},
		{"another model's number after the family is left", "A Lynx KX41 was shown, and a Lynx 2 followed.",
			[]string{"PLATFORM Lynx KX41"}},
		{"a common word without an article is the word's", "The Lynx KX41 flew. Lynx and foxes live in the hills.",
			[]string{"PLATFORM Lynx KX41"}},
		{"no model before", "The lynx was seen. A Lynx of the zoo escaped.",
			nil},
	})
}

func TestAnnotator_R28PlanNamed(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plan before a club's listed name", "On land, Tarvo’s Plan Fénix security strategy has put soldiers in prisons.",
			[]string{"PROGRAM Plan Fénix"}},
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
		{"a capability's name and its initials", "The nations fly jets under the Strategic Airlift Capability (SAC).",
			[]string{"PROGRAM Strategic Airlift Capability -> SAC", "PROGRAM SAC"}},
		{"a capability's group is a body", "The Capability Acquisition Group bought them.",
			[]string{"ORG Capability Acquisition Group"}},
	})
}
