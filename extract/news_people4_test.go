package extract

import "testing"

// On the sentences written for round 4 (testdata/news_people4*.txt), the
// people and places found hold a floor (strict mentions); the misses are
// logged. The sets are written for trawl, not taken from any corpus.
func TestAnnotator_NewsPeople4Sentences(t *testing.T) {
	a := newTestAnnotator(t)
	for _, set := range []struct {
		path  string
		min   int
		floor float64
	}{
		// held out from the rules' writing: a lower floor, a guard only
		{"testdata/news_people4_holdout.txt", 60, 0.85},
	} {
		t.Run(set.path, func(t *testing.T) {
			per := scoreMarked(t, a, set.path)
			var all markedCounts
			for _, l := range Labels {
				all = all.add(per[l])
				if per[l].gold+per[l].pred > 0 {
					t.Logf("%-8s gold %3d pred %3d right %3d F1 %.3f", l, per[l].gold, per[l].pred, per[l].tp, per[l].f1())
				}
			}
			t.Logf("overall  gold %3d pred %3d right %3d F1 %.3f", all.gold, all.pred, all.tp, all.f1())
			if all.gold < set.min || all.f1() < set.floor {
				t.Errorf("F1 %.3f on %d gold mentions, want >= %.2f on %d or more", all.f1(), all.gold, set.floor, set.min)
			}
		})
	}
}
