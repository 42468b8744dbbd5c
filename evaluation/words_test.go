package evaluation

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/trawl/trawl/internal/shareddata"
)

func TestWordF1_Scores(t *testing.T) {
	tests := []struct {
		name      string
		got, want string
		p, r, f   float64
	}{
		{"identical", "India and the U.S.", "india AND the u.s.", 1, 1, 1},
		{"both empty", "", "  ", 1, 1, 1},
		{"nothing extracted", "", "some words", 0, 0, 0},
		{"nothing expected", "some words", "", 0, 0, 0},
		{"extra words cost precision", "a b c d", "a b", 0.5, 1, 2.0 / 3},
		{"missing words cost recall", "a b", "a b c d", 1, 0.5, 2.0 / 3},
		{"multisets count repeats", "a a a b", "a b b b", 0.5, 0.5, 0.5},
		{"unicode words", "रक्षा मंत्रालय ₹1.05 lakh", "रक्षा मंत्रालय 1 05 lakh", 1, 1, 1},
		{"punctuation is not a word", "— ‘“ *** ”", "", 1, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, r, f := WordF1(tc.got, tc.want)
			if !near(p, tc.p) || !near(r, tc.r) || !near(f, tc.f) {
				t.Errorf("WordF1(%q, %q) = %.3f %.3f %.3f, want %.3f %.3f %.3f", tc.got, tc.want, p, r, f, tc.p, tc.r, tc.f)
			}
		})
	}
}

func TestShingleScore_EdgeCases(t *testing.T) {
	tests := []struct {
		name      string
		got, want string
		p, r      float64
		exact     bool
	}{
		{"identical", "one two three four five", "one, two; three four five", 1, 1, true},
		{"both empty", "", "", 1, 1, true},
		{"empty prediction", "", "one two three four five", 0, 0, false},
		{"short texts are one shingle", "one two", "one two", 1, 1, true},
		{"case matters", "One two three four", "one two three four", 0, 0, false},
		// truth 5 tokens = 2 shingles; prediction adds one token = 3 shingles.
		{"extra token", "one two three four five six", "one two three four five", 2.0 / 3, 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ShingleScore(tc.got, tc.want)
			if !near(s.Precision, tc.p) || !near(s.Recall, tc.r) || s.Exact != tc.exact {
				t.Errorf("ShingleScore(%q, %q) = %+v, want P %.3f R %.3f exact %v", tc.got, tc.want, s, tc.p, tc.r, tc.exact)
			}
		})
	}
}

func TestSummarize_SkipsPagesWithoutCounts(t *testing.T) {
	pages := []PageScore{
		ShingleScore("a b c d e", "a b c d e"), // P 1, R 1
		ShingleScore("", "a b c d e"),          // counts for recall only: R 0
		ShingleScore("", ""),                   // counts for neither
	}
	s := Summarize(pages)
	if !near(s.Precision, 1) || !near(s.Recall, 0.5) || !near(s.F1, 2.0/3) || !near(s.Accuracy, 2.0/3) {
		t.Errorf("Summarize = %+v, want P 1, R 0.5, F1 0.667, accuracy 0.667", s)
	}
}

// The scorer must reproduce the benchmark's published go-trafilatura figures
// from the published outputs (README: F1 0.960, P 0.940, R 0.980, accuracy 0.287).
func TestSummarize_ReproducesPublishedGoTrafilatura(t *testing.T) {
	dir := shareddata.Path(t, "datasets", "article-extraction-benchmark")
	pages, err := ReadBenchmark(dir)
	if err != nil {
		t.Fatal(err)
	}
	pred, err := ReadBenchOutput(filepath.Join(dir, "reference-outputs", "go_trafilatura.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 181 {
		t.Errorf("benchmark has %d pages, want 181", len(pages))
	}
	scores := make([]PageScore, 0, len(pages))
	for _, p := range pages {
		scores = append(scores, ShingleScore(pred[p.ID], p.Body))
	}
	s := Summarize(scores)
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"F1", s.F1, 0.960}, {"precision", s.Precision, 0.940}, {"recall", s.Recall, 0.980}, {"accuracy", s.Accuracy, 0.287}} {
		if math.Abs(c.got-c.want) > 0.0005 {
			t.Errorf("%s = %.4f, want %.3f (published)", c.name, c.got, c.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
