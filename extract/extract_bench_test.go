package extract_test

import (
	"testing"

	"github.com/trawl/trawl/extract"
)

// BenchmarkExtract measures pages per second on the corpus pages: the
// generic extractor against unmodified go-trafilatura (the baseline), and
// the site rules.
func BenchmarkExtract(b *testing.B) {
	pages := corpusPages(b, true)
	all := siteRules(b)
	cases := []struct {
		name string
		run  func(p corpusPage) error
	}{
		{"baseline-go-trafilatura", func(p corpusPage) error {
			_, err := extract.TrafilaturaBaseline(p.url, p.html)
			return err
		}},
		{"generic", func(p corpusPage) error {
			_, err := extract.Extract(extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt})
			return err
		}},
		{"site-rules", func(p corpusPage) error {
			_, err := extract.Extract(extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt, Rules: all[p.site]})
			return err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				if err := c.run(pages[n%len(pages)]); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
