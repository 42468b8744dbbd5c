package extract_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

// goldScores are the metrics of GUIDELINES.md "Scoring" that the annotator
// is held to; evaluation/ holds the full scorer.
type goldScores struct {
	tp, nGold, nPred   map[string]int
	moneyGold, moneyOK int
	canonN, canonOK    int
}

func (s goldScores) f1(label string) float64 {
	tp, g, p := 0, 0, 0
	for l := range s.nGold {
		if label == "" || l == label {
			tp, g, p = tp+s.tp[l], g+s.nGold[l], p+s.nPred[l]
		}
	}
	for l := range s.nPred {
		if _, ok := s.nGold[l]; !ok && (label == "" || l == label) {
			p += s.nPred[l]
		}
	}
	if g+p == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(g+p)
}

func scoreGold(t *testing.T, a *extract.Annotator, golds []evaluation.Gold) goldScores {
	t.Helper()
	s := goldScores{tp: map[string]int{}, nGold: map[string]int{}, nPred: map[string]int{}}
	type key struct {
		start, end int
		label      string
	}
	for _, g := range golds {
		published, _ := time.Parse("2006-01-02", g.Published)
		pred := a.Annotate(g.Text, published)
		byKey := map[key]extract.Entity{}
		for _, p := range pred {
			s.nPred[p.Label]++
			byKey[key{p.Start, p.End, p.Label}] = p
		}
		for _, e := range g.Entities {
			s.nGold[e.Label]++
			p, ok := byKey[key{e.Start, e.End, e.Label}]
			if ok {
				s.tp[e.Label]++
				delete(byKey, key{e.Start, e.End, e.Label})
				s.canonN++
				if strings.EqualFold(p.Canonical, e.Canonical) {
					s.canonOK++
				}
			}
			if e.Label != "MONEY" {
				continue
			}
			s.moneyGold++
			for _, p := range pred {
				if p.Label == "MONEY" && p.Start < e.End && e.Start < p.End && p.Currency == e.Currency &&
					p.Value != nil && e.Value != nil && abs(*p.Value-*e.Value) < 0.005*abs(*e.Value) {
					s.moneyOK++
					break
				}
			}
		}
	}
	return s
}

func abs(x float64) float64 { return max(x, -x) }

// TestAnnotator_Gold holds the annotator to the bar on the gold
// articles: strict mention F1 ≥ 0.90 overall and ≥ 0.85 per label, MONEY
// value accuracy ≥ 0.98, canonical accuracy ≥ 0.90.
func TestAnnotator_Gold(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/gold/*.jsonl")
	golds, err := evaluation.ReadGold(paths...)
	if err != nil || len(golds) == 0 {
		t.Fatalf("gold: %d articles, %v", len(golds), err)
	}
	a, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := scoreGold(t, a, golds)
	if f := s.f1(""); f < 0.90 {
		t.Errorf("strict mention F1 %.3f, want ≥ 0.90", f)
	}
	for _, l := range extract.Labels {
		f := s.f1(l)
		t.Logf("%-8s F1 %.3f (gold %d, predicted %d, right %d)", l, f, s.nGold[l], s.nPred[l], s.tp[l])
		if f < 0.85 {
			t.Errorf("%s strict F1 %.3f, want ≥ 0.85", l, f)
		}
	}
	if acc := float64(s.moneyOK) / float64(s.moneyGold); acc < 0.98 {
		t.Errorf("money value accuracy %.3f (%d/%d), want ≥ 0.98", acc, s.moneyOK, s.moneyGold)
	}
	if acc := float64(s.canonOK) / float64(s.canonN); acc < 0.90 {
		t.Errorf("canonical accuracy %.3f (%d/%d), want ≥ 0.90", acc, s.canonOK, s.canonN)
	}
	t.Logf("overall F1 %.3f, money %d/%d, canonical %d/%d", s.f1(""), s.moneyOK, s.moneyGold, s.canonOK, s.canonN)
}

// TestAnnotator_WrittenSets holds the annotator on the sets written for it
// (testdata/written*/README.md says how each was kept apart). Money must
// be exact but for one amount in written2's news: "$" in a text about
// Canada's budget is Canadian, which trawl does not read from the context.
func TestAnnotator_WrittenSets(t *testing.T) {
	a, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		file        string
		minF1       float64
		moneyMisses int
	}{
		{"written/news", 0.90, 0},
		{"written/defence", 0.90, 0},
		{"written2/news", 0.87, 1},
		{"written2/defence", 0.90, 0},
		{"written3/defence", 0.88, 0}, // development: its programme errors were read
		{"written4/news", 0.86, 2},    // held out: measured, its errors never read
		{"written4/defence", 0.89, 0},
		{"written7/news", 0.76, 6}, // held out as written4
		{"written7/defence", 0.86, 1},
		// development articles (their errors were read): one written5
		// story set in Darwin writes "$" for the Australian dollar and
		// names the U.S. once, which trawl reads as USD (README: money)
		{"written5/news", 0.89, 0},
		{"written5/defence", 0.87, 1},
		{"written6/news", 0.84, 0},
		{"written6/defence", 0.91, 0},
		{"written8/news", 0.89, 0},
		{"written8/defence", 0.92, 0},
		{"written9/news", 0.86, 0},
		{"written9/defence", 0.89, 0},
		{"written10/news", 0.86, 0},
		{"written10/defence", 0.92, 0},
		{"written11/news", 0.85, 0},
		{"written11/defence", 0.87, 0},
		{"written12/news", 0.87, 0},
		{"written12/defence", 0.89, 0},
		// "the R600 it traded at" (after an article, as a road's number
		// is)
		{"written13/news", 0.80, 1},
		{"written13/defence", 0.83, 0},
		// the defence set's money errors are unread
		{"written14/news", 0.84, 0},
		{"written14/defence", 0.88, 2},
		{"written15/news", 0.88, 0},
		{"written15/defence", 0.90, 0},
		{"written16/news", 0.85, 0},
		{"written16/defence", 0.88, 0},
		// the session's unseen set after its end measure (its money
		// errors read after it; one "$" the text also writes "US$" for,
		// in a story of Argentina, is read as its peso)
		{"written17/news", 0.84, 0},
		{"written17/defence", 0.90, 1},
		// the later sets, each unseen for one round and then development,
		// about 0.02 under annotate/27's figures
		{"written18/news", 0.88, 1},
		{"written18/defence", 0.93, 1},
		{"written19/news", 0.86, 1},
		{"written19/defence", 0.93, 1},
		{"written20/news", 0.86, 1},
		{"written20/defence", 0.92, 0},
		{"written21/news", 0.87, 0},
		{"written21/defence", 0.92, 0},
		{"written22/news", 0.89, 0},
		{"written22/defence", 0.92, 0},
		// annotate/27's unseen set: measured only, its entity errors unread
		{"written23/news", 0.79, 0},
		{"written23/defence", 0.87, 0},
		// written26's news: a bare "$" in stories of Timor-Leste that name
		// Australia more, and of New Zealand without naming it
		{"written24/news", 0.85, 1},
		{"written24/defence", 0.91, 1},
		{"written25/news", 0.83, 2},
		{"written25/defence", 0.90, 1},
		{"written26/news", 0.83, 17},
		{"written26/defence", 0.87, 0},
		{"written27/news", 0.79, 0},
		{"written27/defence", 0.92, 0},
		// round 35's unseen sets: measured only, their entity errors
		// unread; written29's money errors read after the end measure,
		// one left: a bare "$" beside "L$" in a story of Liberia that the
		// United States paid for
		{"written28/news", 0.85, 0},
		{"written28/defence", 0.87, 0},
		{"written29/news", 0.79, 0},
		{"written29/defence", 0.93, 1},
	} {
		t.Run(set.file, func(t *testing.T) {
			golds, err := evaluation.ReadGold("../testdata/" + set.file + ".jsonl")
			if err != nil || len(golds) == 0 {
				t.Fatalf("%s: %d articles, %v", set.file, len(golds), err)
			}
			s := scoreGold(t, a, golds)
			t.Logf("overall F1 %.3f, money %d/%d", s.f1(""), s.moneyOK, s.moneyGold)
			if f := s.f1(""); f < set.minF1 {
				t.Errorf("strict mention F1 %.3f, want ≥ %.2f", f, set.minF1)
			}
			if s.moneyOK < s.moneyGold-set.moneyMisses {
				t.Errorf("money value and currency right for %d of %d amounts, want all but %d", s.moneyOK, s.moneyGold, set.moneyMisses)
			}
		})
	}
}
