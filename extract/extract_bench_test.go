package extract_test

import (
	"testing"
	"time"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

// benchPage is one page a benchmark extracts.
type benchPage struct {
	url, site string
	html      []byte
}

// BenchmarkExtract measures pages per second: the generic extractor against
// unmodified go-trafilatura (fallback on, the baseline) in the same run, on
// the corpus pages and, when the article-extraction benchmark is at hand
// (-aeb, TRAWL_SHARED or ../shared; without it the benchmark skips), on its 181 distinct pages of as many
// sites; and the site rules on the corpus pages.
func BenchmarkExtract(b *testing.B) {
	var corpus []benchPage
	for _, p := range corpusPages(b, true) {
		corpus = append(corpus, benchPage{url: p.url, site: p.site, html: p.html})
	}
	var aeb []benchPage
	if pages, err := evaluation.ReadBenchmark(benchmarkDir(b)); err == nil {
		for _, p := range pages {
			h, err := p.HTML()
			if err != nil {
				b.Fatal(err)
			}
			aeb = append(aeb, benchPage{url: p.URL, html: h})
		}
	} else {
		b.Logf("article-extraction benchmark pages left out: %v", err)
	}
	all := siteRules(b)
	baseline := func(p benchPage) error {
		_, _, err := extract.TrafilaturaBaseline(p.url, p.html)
		return err
	}
	generic := func(p benchPage) error {
		_, err := extract.Extract(extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt})
		return err
	}
	rules := func(p benchPage) error {
		_, err := extract.Extract(extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt, Rules: all[p.site]})
		return err
	}
	// The generic path and its baseline run page by page in turn, so load
	// from other work on the machine falls on both alike.
	for _, set := range []struct {
		name  string
		pages []benchPage
	}{{"corpus", corpus}, {"aeb", aeb}} {
		if len(set.pages) == 0 {
			continue
		}
		b.Run(set.name+"/generic-vs-go-trafilatura", func(b *testing.B) {
			var tGeneric, tBase time.Duration
			n := 0
			for b.Loop() {
				p := set.pages[n%len(set.pages)]
				start := time.Now()
				_ = baseline(p) // a page without an article is a result too
				mid := time.Now()
				_ = generic(p)
				tBase, tGeneric = tBase+mid.Sub(start), tGeneric+time.Since(mid)
				n++
			}
			b.ReportMetric(float64(n)/tGeneric.Seconds(), "generic-pages/s")
			b.ReportMetric(float64(n)/tBase.Seconds(), "go-trafilatura-pages/s")
			b.ReportMetric(tBase.Seconds()/tGeneric.Seconds(), "speedup")
		})
	}
	b.Run("corpus/site-rules", func(b *testing.B) {
		n := 0
		for b.Loop() {
			if err := rules(corpus[n%len(corpus)]); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	})
}
