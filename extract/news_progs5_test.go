package extract

import "testing"

// TestNewsProgs5_WrittenSet scores the annotator on the programme and
// platform sentences of round 5 (strict: same span and label) and holds a
// floor on PROGRAM, PLATFORM and overall.
func TestNewsProgs5_WrittenSet(t *testing.T) {
	a := newTestAnnotator(t)
	for _, set := range []struct {
		path  string
		floor float64
	}{
		// held out from the rules' writing, scored at the start and the
		// end of round 5: a guard only
		{"testdata/news_progs5_holdout.txt", 0.85},
	} {
		t.Run(set.path, func(t *testing.T) {
			per := scoreMarked(t, a, set.path, "PROGRAM", "PLATFORM")
			all := logMarked(t, per)
			for _, l := range []string{"PROGRAM", "PLATFORM"} {
				if f := per[l].f1(); f < set.floor {
					t.Errorf("%s F1 %.3f, want at least %.2f", l, f, set.floor)
				}
			}
			if all.f1() < set.floor {
				t.Errorf("overall F1 %.3f, want at least %.2f", all.f1(), set.floor)
			}
		})
	}
}
