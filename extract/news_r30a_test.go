package extract

import "testing"

func TestAnnotator_R30aModifierWord(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a prefix joined to a platform's noun", "Anti-submarine warfare drills involved two Kessel Marine tugs.",
			nil},
		{"another prefix in a bullet", "The plan lists:\n\n- Counter-drone tactics using the radar.",
			nil},
		{"a compass adjective after an article", "The skies are guarded by a Western fighter with local pilots.",
			nil},
		{"a family's name before -class stays", "The Tarvo-class frigate sailed on Monday.",
			[]string{"PLATFORM Tarvo"}},
		{"a name before the noun stays", "The navy fired Orvane missiles at the target.",
			[]string{"PLATFORM Orvane"}},
		{"a prefix before a capitalised word is a name's", "The Trans-Kessel pipeline opened.",
			nil},
	})
}

// The mission kinds added to programModifiers in round 30 (cues.txt).
func TestAnnotator_R30aMissionKind(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a designator before a rideshare mission", "The satellite was one of 92 payloads on the Tarvo-17 rideshare mission.",
			[]string{"PROGRAM Tarvo-17"}},
		{"a designator before a crewed mission", "The crew flew on the Tarvo-17 crewed mission.",
			[]string{"PROGRAM Tarvo-17"}},
		{"a craft's noun after the kind stays a platform", "The Orvane uncrewed aircraft flew.",
			[]string{"PLATFORM Orvane"}},
	})
}
