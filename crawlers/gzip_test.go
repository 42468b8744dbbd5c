package crawlers_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"net/http"
	"runtime"
	"testing"

	"github.com/trawl/trawl/crawlers"
	"github.com/trawl/trawl/samplesites"
)

func TestCrawl_GzipBombsAreBounded(t *testing.T) {
	const tenGiB = 10 << 30
	srv := testServer(t, map[string]http.HandlerFunc{
		// A sitemap known only by its name.
		"/sitemap.xml.gz": samplesites.GzipBomb(tenGiB, func(h http.Header) { h.Set("Content-Type", "application/xml") }),
		// A body that says it is an archive, without Content-Encoding.
		"/sitemap-gzip": samplesites.GzipBomb(tenGiB, func(h http.Header) { h.Set("Content-Type", "application/gzip") }),
		// Content-Encoding gzip, asked for or not.
		"/sitemap-encoded": samplesites.GzipBomb(tenGiB, func(h http.Header) {
			h.Set("Content-Type", "application/xml")
			h.Set("Content-Encoding", "gzip")
		}),
	})
	paths := []string{"/sitemap.xml.gz", "/sitemap-gzip", "/sitemap-encoded"}
	src := source("sitemap", srv.URL, paths...)
	src.MaxBodySize = 1 << 20
	for _, tc := range []struct {
		name      string
		transport http.RoundTripper
	}{
		// The standard transport asks for gzip and inflates it itself.
		{"transport inflates", nil},
		// Content-Encoding the client never asked for.
		{"unasked encoding", &http.Transport{DisableCompression: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			res := crawl(t, src, crawlers.Options{Transport: tc.transport})
			runtime.ReadMemStats(&after)

			if !errors.Is(res.err, crawlers.ErrSourceFailed) {
				t.Errorf("Crawl error %v, want the source failed (no start URL could be read)", res.err)
			}
			for _, p := range paths {
				pg := res.one(t, srv.URL+p)
				if !errors.Is(pg.Err, crawlers.ErrTooLarge) || pg.Status != http.StatusOK || len(pg.Body) != 0 {
					t.Errorf("%s: status %d, %d bytes, Err %v; want it recorded as too large", p, pg.Status, len(pg.Body), pg.Err)
				}
			}
			// Unbounded, each bomb alone would allocate 10 GiB; bounded, each
			// costs a few copies of max_body_size.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
				t.Errorf("the crawl allocated %d MiB for three 1 MiB-capped bodies", alloc>>20)
			}
		})
	}
}

func TestCrawl_GzipSitemapWithinLimit(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	var srv = testServer(t, map[string]http.HandlerFunc{
		"/sitemap.xml.gz": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(gz.Bytes())
		},
		"/a": text("<p>a</p>"),
	})
	zw.Write([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>` +
		srv.URL + `/a</loc></url></urlset>`))
	zw.Close()
	res := crawl(t, source("sitemap", srv.URL, "/sitemap.xml.gz"), crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	requireArticle(t, res.one(t, srv.URL+"/a"))
}
