package crawlers_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"net/http"
	"runtime"
	"testing"

	"github.com/trawl/trawl/crawlers"
)

// bombMember is one gzip member holding 64 MiB of zeros (about 64 KB on the
// wire). Gzip members concatenate into one valid stream, so a handler can
// send 10 GiB of inflated zeros without ever holding, or compressing, more
// than this.
func bombMember(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	zero := make([]byte, 1<<20)
	for range 64 {
		zw.Write(zero)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// serveBomb writes members until 10 GiB of zeros are announced or the
// client hangs up.
func serveBomb(member []byte, header func(http.Header)) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		header(w.Header())
		for range (10 << 30) / (64 << 20) {
			if _, err := w.Write(member); err != nil {
				return
			}
		}
	}
}

func TestCrawl_GzipBombsAreBounded(t *testing.T) {
	member := bombMember(t)
	srv := testServer(t, map[string]http.HandlerFunc{
		// A sitemap known only by its name.
		"/sitemap.xml.gz": serveBomb(member, func(h http.Header) { h.Set("Content-Type", "application/xml") }),
		// A body that says it is an archive, without Content-Encoding.
		"/sitemap-gzip": serveBomb(member, func(h http.Header) { h.Set("Content-Type", "application/gzip") }),
		// Content-Encoding the client never asked for (it did not send
		// Accept-Encoding: the transport's own inflating is off).
		"/sitemap-encoded": serveBomb(member, func(h http.Header) {
			h.Set("Content-Type", "application/xml")
			h.Set("Content-Encoding", "gzip")
		}),
	})
	paths := []string{"/sitemap.xml.gz", "/sitemap-gzip", "/sitemap-encoded"}
	src := source("sitemap", srv.URL, paths...)
	src.MaxBodySize = 1 << 20

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	res := crawl(t, src, crawlers.Options{Transport: &http.Transport{DisableCompression: true}})
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
	// Unbounded, each bomb alone would allocate 10 GiB; bounded, each costs
	// a few copies of max_body_size.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
		t.Errorf("the crawl allocated %d MiB for three 1 MiB-capped bodies", alloc>>20)
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
