package extract_test

import (
	"flag"
	"os"
	"testing"
	"time"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/internal/shareddata"
)

var aebDir = flag.String("aeb", "", "article-extraction-benchmark folder (default: datasets/ in $TRAWL_SHARED or ../shared)")

// benchmarkDir finds the article-extraction benchmark: -aeb, else the
// shared data (package shareddata), skipping the test when it is absent.
func benchmarkDir(t *testing.T) string {
	if *aebDir != "" {
		return *aebDir
	}
	return shareddata.Path(t, "datasets", "article-extraction-benchmark")
}

// generic is the generic extractor as the benchmark command runs it.
func generic(pageURL string, page []byte) (string, error) {
	a, err := extract.Extract(extract.Input{URL: pageURL, HTML: page, FetchedAt: time.Now()})
	return a.Text, err
}

func TestExtract_BenchmarkBeatsGoTrafilatura(t *testing.T) {
	pages, err := evaluation.ReadBenchmark(benchmarkDir(t))
	if err != nil {
		t.Fatal(err)
	}
	runs, err := evaluation.RunBenchmark(pages, generic, extract.TrafilaturaBaseline)
	if err != nil {
		t.Fatal(err)
	}
	ours, base := runs[0].Summary, runs[1].Summary
	t.Logf("generic:       F1 %.4f P %.4f R %.4f accuracy %.3f, %.1f pages/s", ours.F1, ours.Precision, ours.Recall, ours.Accuracy, runs[0].PagesPerSecond())
	t.Logf("go-trafilatura F1 %.4f P %.4f R %.4f accuracy %.3f, %.1f pages/s", base.F1, base.Precision, base.Recall, base.Accuracy, runs[1].PagesPerSecond())
	if os.Getenv("AEB_VERBOSE") != "" {
		for i, p := range runs[0].Pages {
			b := runs[1].Pages[i].Score
			t.Logf("%s P %.3f R %.3f | base P %.3f R %.3f %s", p.ID[:8], p.Score.Precision, p.Score.Recall, b.Precision, b.Recall, p.URL)
		}
	}
	if ours.F1 < 0.965 {
		t.Errorf("generic extractor F1 = %.4f, want ≥ 0.965", ours.F1)
	}
	if ours.F1 <= base.F1 {
		t.Errorf("generic extractor F1 = %.4f, not above go-trafilatura's %.4f in the same run", ours.F1, base.F1)
	}
}
