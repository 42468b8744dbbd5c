package evaluation

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
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

// writeBench writes a benchmark folder of pages given as id → truth.
func writeBench(t *testing.T, truth map[string]map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	for id := range truth {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		fmt.Fprintf(zw, "<html><body><p>%s</p></body></html>", id)
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	js, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), js, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRunBenchmark_CountsDays(t *testing.T) {
	dir := writeBench(t, map[string]map[string]string{
		"a": {"url": "https://example.org/a", "articleBody": "alpha", "datePublished": "2025-03-04"},
		"b": {"url": "https://example.org/b", "articleBody": "beta", "datePublished": "2025-03-05"},
		"c": {"url": "https://example.org/c", "articleBody": "gamma", "datePublished": "2025-03-06"},
		"d": {"url": "https://example.org/d", "articleBody": "delta"}, // no day: not counted
	})
	pages, err := ReadBenchmark(dir)
	if err != nil {
		t.Fatal(err)
	}
	given := map[string]string{"https://example.org/a": "2025-03-04", "https://example.org/b": "2025-03-04", "https://example.org/d": "2025-01-01"}
	ex := func(u string, _ []byte) (Extraction, error) { return Extraction{Body: "x", Date: given[u]}, nil }
	runs, err := RunBenchmark(pages, ex)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := runs[0].Dates, (DateScore{Pages: 3, Right: 1, Wrong: 1, None: 1}); got != want {
		t.Errorf("dates = %+v, want %+v", got, want)
	}
}

func TestReadBenchmark_RejectsMalformedDay(t *testing.T) {
	dir := writeBench(t, map[string]map[string]string{
		"a": {"url": "https://example.org/a", "articleBody": "alpha", "datePublished": "4 March 2025"},
	})
	_, err := ReadBenchmark(dir)
	if err == nil || !strings.Contains(err.Error(), "page a") || !strings.Contains(err.Error(), "ground-truth.json") {
		t.Errorf("ReadBenchmark = %v, want an error naming the file and page a", err)
	}
}
