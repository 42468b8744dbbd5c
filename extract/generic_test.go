package extract_test

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/internal/shareddata"
)

var aebDir = flag.String("aeb", "", "article-extraction-benchmark folder (default: datasets/ in $TRAWL_SHARED or ../shared)")

// benchmarkDir finds the article-extraction benchmark: -aeb, else the
// shared data (package shareddata), skipping the test when it is absent.
func benchmarkDir(t testing.TB) string {
	if *aebDir != "" {
		return *aebDir
	}
	return shareddata.Path(t, "datasets", "article-extraction-benchmark")
}

func TestExtract_BenchmarkBeatsGoTrafilatura(t *testing.T) {
	pages, err := evaluation.ReadBenchmark(benchmarkDir(t))
	if err != nil {
		t.Fatal(err)
	}
	runs, err := evaluation.RunBenchmark(pages, evaluation.Generic, evaluation.Trafilatura)
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
	// The title, byline and date lines go to their own fields, not the body;
	// beyond those the generic path takes nothing out that go-trafilatura
	// keeps unless the other extractors and the page's structure agree.
	if ours.Recall < base.Recall-0.002 {
		t.Errorf("generic extractor recall = %.4f, below go-trafilatura's %.4f", ours.Recall, base.Recall)
	}
	if ours.F1 <= base.F1 {
		t.Errorf("generic extractor F1 = %.4f, not above go-trafilatura's %.4f in the same run", ours.F1, base.F1)
	}
}

// TestExtract_GenericDropsOnlyAgreedBoilerplate: a related-stories box and a
// share bar beside the article go; the article's paragraphs stay, a short
// one and one with links in it among them.
func TestExtract_GenericDropsOnlyAgreedBoilerplate(t *testing.T) {
	keep := []string{
		"The coast guard commissioned two patrol vessels at the southern port on Monday, adding range to its offshore surveillance fleet.",
		"Both ships were built at a private yard and carry a helicopter deck, a rigid inflatable boat and a remote weapon station.",
		"It was quiet.",
		`Officials said <a href="/fleet">the fleet plan</a> calls for eight more hulls by the end of the decade, subject to <a href="/budget">funding</a>.`,
		"The vessels will be based in the east and patrol the exclusive economic zone, the fishing grounds and the approaches to the islands.",
	}
	related := []string{"Navy tests a new sonar", "Shipyard wins frigate order", "Coast guard opens a new air station", "Patrol aircraft arrive"}
	var body strings.Builder
	for _, p := range keep {
		body.WriteString("<p>" + p + "</p>\n")
	}
	var links strings.Builder
	for i, r := range related {
		links.WriteString(fmt.Sprintf(`<li><a href="/news/%d">%s</a> <span>2 days ago</span></li>`, i, r))
	}
	page := `<html><head><title>Two patrol vessels commissioned</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Two patrol vessels commissioned</h1>` + body.String() + `
<div class="share-bar"><a href="https://x.example/share">Share on X</a> <a href="mailto:?">Email this story</a></div>
<section class="related-posts"><h3>Related stories</h3><ul>` + links.String() + `</ul></section>
</article></main><footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer></body></html>`
	a, err := extract.Extract(extract.Input{URL: "https://news.example/patrol-vessels", HTML: []byte(page), FetchedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range keep {
		if p = stripTags(p); !strings.Contains(a.Text, p) {
			t.Errorf("text lacks %q:\n%s", p, a.Text)
		}
	}
	for _, r := range append(related, "Share on X", "About us") {
		if strings.Contains(a.Text, r) {
			t.Errorf("text keeps boilerplate %q:\n%s", r, a.Text)
		}
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

func stripTags(s string) string { return tagRE.ReplaceAllString(s, "") }
