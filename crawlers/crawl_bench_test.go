package crawlers_test

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/trawl/trawl/crawlers"
)

// BenchmarkCrawl_Forum crawls the forum sample site on loopback and, as the
// baseline, fetches the same URLs with plain sequential net/http GETs: the
// difference is what discovery, politeness, decoding and link extraction
// cost (or save, with parallelism 2).
func BenchmarkCrawl_Forum(b *testing.B) {
	srv := serve(b, "forum")
	src := source("wordpress", srv.URL, "/feed/", "/sitemap.xml", "/category/features/")
	first := crawl(b, src, crawlers.Options{})
	if first.err != nil {
		b.Fatal(first.err)
	}
	var urls []string
	for _, r := range srv.Requests() {
		urls = append(urls, srv.URL+r.Path)
	}
	pages := len(first.pages)

	b.Run("baseline=sequential-net-http", func(b *testing.B) {
		client := &http.Client{}
		for b.Loop() {
			for _, u := range urls {
				resp, err := client.Get(u)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body) //nolint:errcheck // only timing
				resp.Body.Close()
			}
		}
		b.ReportMetric(float64(len(urls)*b.N)/b.Elapsed().Seconds(), "requests/s")
	})
	b.Run("crawl", func(b *testing.B) {
		opts := crawlers.Options{UserAgent: testUA}
		for b.Loop() {
			n := 0
			if _, err := crawlers.Crawl(context.Background(), src, opts, func(crawlers.Page) { n++ }); err != nil {
				b.Fatal(err)
			}
			if n != pages {
				b.Fatalf("%d pages, want %d", n, pages)
			}
		}
		b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		b.ReportMetric(float64(len(urls)*b.N)/b.Elapsed().Seconds(), "requests/s")
	})
}
