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
