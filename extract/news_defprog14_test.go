package extract

import "testing"

// TestNewsDefprog14_Rules: each rule of news_defprog14.go on sentences
// written for the test, with the cases they must leave alone.
func TestNewsDefprog14_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an acronym before its long form, under a programme's word",
			"The navy works with its neighbours under the vision of KESTREL (Kessel and Eastern Security Through Regional Engagement and Liaison), which builds on older plans.",
			[]string{"PROGRAM KESTREL", "PROGRAM Kessel and Eastern Security Through Regional Engagement and Liaison -> KESTREL"}},
		{"an acronym before its long form with no programme's word is left",
			"Brandt said KESTREL (Kessel and Eastern Security Through Regional Engagement and Liaison) was busy.",
			[]string{"PERSON Brandt"}},
		{"a country's abbreviation before a programme's own name",
			"Training was paid for by the U.S. Global Peace Operations Initiative (GPOI) last year.",
			[]string{"GPE U.S. -> United States", "PROGRAM Global Peace Operations Initiative -> GPOI", "PROGRAM GPOI"}},
		{"a short programme's name keeps its country",
			"India Semiconductor Mission grants were paid, and the European Peace Facility paid too.",
			[]string{"PROGRAM India Semiconductor Mission -> ISM", "PROGRAM European Peace Facility -> EPF"}},
		{"a command numbered after No., and its short form in brackets",
			"The jets belong to Combat Air Command No. 1 (CACOM 1) at Tarvel Air Base.",
			[]string{"ORG Combat Air Command No. 1", "ORG CACOM 1 -> Combat Air Command No. 1", "LOC Tarvel Air Base"}},
		{"air forces' base prefixes",
			"Helicopters flew from RNZAF Base Auckland and RAAF Base Tindal, and a tanker from PAF Base Masroor.",
			[]string{"LOC RNZAF Base Auckland", "LOC RAAF Base Tindal", "LOC PAF Base Masroor"}},
		{"a hyphened pair of countries before an exercise is two places",
			"The Kenya-Tanzania joint exercise Ushirikiano Imara 2026 began.",
			[]string{"GPE Kenya", "GPE Tanzania", "PROGRAM Ushirikiano Imara 2026"}},
		{"an exercise named again by its one word",
			"The army hosted Exercise Tarvelock 2026 in May. Tarvelock drew special forces from 30 countries.",
			[]string{"PROGRAM Exercise Tarvelock 2026 -> Tarvelock", "PROGRAM Tarvelock"}},
		{"a programme's acronym at its end, named again alone",
			"The 2026 edition of Exercise Orvane SEAWOLF ended. Officers said SEAWOLF had grown.",
			[]string{"PROGRAM Exercise Orvane SEAWOLF", "PROGRAM SEAWOLF -> Exercise Orvane SEAWOLF"}},
		{"a force with no country inside a title is no body",
			"Chief of Defence Force Air Marshal Tarvo Brandt spoke, and Defence Cabinet Secretary Ilsa Brandt agreed.",
			[]string{"PERSON Tarvo Brandt", "PERSON Ilsa Brandt"}},
	})
}
