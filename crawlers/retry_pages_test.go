package crawlers_test

import (
	"net/http"
	"testing"

	"github.com/trawl/trawl/crawlers"
)

// TestCrawl_RetryFetchesEarlierFailures: article URLs that failed in an
// earlier run are fetched as articles even when no listing links them any
// more, and one that fails again is marked for another retry.
func TestCrawl_RetryFetchesEarlierFailures(t *testing.T) {
	srv := testServer(t, route{
		"/start":   text(`<p>nothing linked</p>`),
		"/a/old":   text(`<p>back again</p>`),
		"/a/flaky": func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) },
	})
	src := source("listing", srv.URL, "/start")
	src.Articles, src.Follow, src.Retries = `/a/\w+$`, `/nothing/`, 0
	res := crawl(t, src, crawlers.Options{Retry: []string{srv.URL + "/a/old", srv.URL + "/a/flaky"}})
	if res.err != nil {
		t.Fatal(res.err)
	}
	if p := res.one(t, srv.URL+"/a/old"); !p.Article || p.Err != nil {
		t.Errorf("retried page: Article %v, Err %v; want an article", p.Article, p.Err)
	}
	if p := res.one(t, srv.URL+"/a/flaky"); p.Err == nil || !p.FailedArticle {
		t.Errorf("failing retried page: Err %v, FailedArticle %v; want a failed article", p.Err, p.FailedArticle)
	}
}
