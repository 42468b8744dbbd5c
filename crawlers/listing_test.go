package crawlers_test

import (
	"testing"

	"github.com/trawl/trawl/crawlers"
)

// A listing of one page (an index of questions or documents) needs only its
// articles pattern: its links are fetched, and nothing else is followed.
func TestCrawl_ListingOfOnePageNeedsNoFollow(t *testing.T) {
	srv := testServer(t, route{
		"/questions/": text(`<a href="/q/1">first</a> <a href="/q/2">second</a> <a href="/questions/?page=2">more</a> <a href="/about">about</a>`),
		"/q/1":        text("<p>one</p>"),
		"/q/2":        text("<p>two</p>"),
		"/about":      text("<p>about</p>"),
	})
	src := source("listing", srv.URL, "/questions/")
	src.Articles = `/q/\d+$`
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	for _, k := range []string{srv.URL + "/q/1", srv.URL + "/q/2"} {
		if ps := res.byKey(k); len(ps) != 1 || !ps[0].Article {
			t.Errorf("%s: emitted %d times, want once as an article", k, len(ps))
		}
	}
	if len(res.byKey(srv.URL+"/questions?page=2")) != 0 || len(res.byKey(srv.URL+"/about")) != 0 {
		t.Errorf("pages %v; want the index and its two articles only", keys(res.pages))
	}
}
