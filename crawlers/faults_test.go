package crawlers_test

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/trawl/trawl/crawlers"
)

func TestCrawl_RedirectLoopIsAnError(t *testing.T) {
	var srv *httptest.Server
	srv = testServer(t, route{
		"/feed": xmlFeed(func() string { return feedOf(srv.URL+"/a", srv.URL+"/self", srv.URL+"/ok") }),
		"/a":    func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusFound) },
		"/b": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/a?utm_source=loop", http.StatusFound)
		},
		"/self": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/self/", http.StatusMovedPermanently)
		},
		"/ok": text("<p>ok</p>"),
	})
	res := crawl(t, source("rss", srv.URL, "/feed"), crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	for _, path := range []string{"/a", "/self"} {
		var got []crawlers.Page
		for _, p := range res.pages {
			if p.URL == srv.URL+path {
				got = append(got, p)
			}
		}
		if len(got) != 1 || !errors.Is(got[0].Err, crawlers.ErrRedirectLoop) {
			t.Errorf("%s: %d pages emitted (%+v), want one redirect-loop error", path, len(got), got)
			continue
		}
		if msg := got[0].Err.Error(); !strings.Contains(msg, srv.URL+path) {
			t.Errorf("%s: error %q does not name the linked URL", path, msg)
		}
	}
	requireArticle(t, res.one(t, srv.URL+"/ok"))
}

// cut returns doc up to (not including) the first occurrence of marker, as
// a download broken off there would.
func cut(doc, marker string) string { return doc[:strings.Index(doc, marker)] }

func TestCrawl_TruncatedDocumentsKeepEntriesBeforeTheBreak(t *testing.T) {
	var srv *httptest.Server
	urlset := func(paths ...string) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range paths {
			fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>2026-01-02</lastmod></url>", srv.URL, p)
		}
		return b.String() + "</urlset>"
	}
	atom := func(paths ...string) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>`)
		for _, p := range paths {
			fmt.Fprintf(&b, `<entry><title>x</title><link href="%s%s"/><id>%s</id></entry>`, srv.URL, p, p)
		}
		return b.String() + "</feed>"
	}
	srv = testServer(t, route{
		"/rss": xmlFeed(func() string {
			return cut(feedOf(srv.URL+"/r1", srv.URL+"/r2", srv.URL+"/r3"), "/r3")
		}),
		"/atom": xmlFeed(func() string { return cut(atom("/a1", "/a2", "/a3"), `/a3"/>`) }),
		"/sitemap": xmlFeed(func() string {
			return cut(urlset("/s1", "/s2", "/s3"), "2026-01-02</lastmod></url><url><loc>"+srv.URL+"/s3")
		}),
		"/empty": xmlFeed(func() string { return cut(feedOf(srv.URL+"/e1"), "<item>") + "<item><title>x" }),
	})
	for _, p := range []string{"/r1", "/r2", "/r3", "/a1", "/a2", "/a3", "/s1", "/s2", "/s3", "/e1"} {
		srv.Config.Handler.(*http.ServeMux).HandleFunc(p, text("<p>article</p>"))
	}

	t.Run("rss, atom and sitemap", func(t *testing.T) {
		for _, tc := range []struct{ kind, start, keep, lost string }{
			{"rss", "/rss", "/r1 /r2", "/r3"},
			{"rss", "/atom", "/a1 /a2", "/a3"},
			{"sitemap", "/sitemap", "/s1", "/s2 /s3"},
		} {
			res := crawl(t, source(tc.kind, srv.URL, tc.start), crawlers.Options{})
			if res.err != nil {
				t.Errorf("%s: Crawl %v, want the entries before the break to count", tc.start, res.err)
			}
			doc := res.one(t, srv.URL+tc.start)
			if !errors.Is(doc.Err, crawlers.ErrTruncated) {
				t.Errorf("%s: Err %v, want ErrTruncated recorded", tc.start, doc.Err)
			}
			for _, p := range strings.Fields(tc.keep) {
				requireArticle(t, res.one(t, srv.URL+p))
			}
			for _, p := range strings.Fields(tc.lost) {
				if n := len(res.byKey(srv.URL + p)); n != 0 {
					t.Errorf("%s: %s past the break was fetched", tc.start, p)
				}
			}
		}
	})
	t.Run("no complete entry: the source fails", func(t *testing.T) {
		res := crawl(t, source("rss", srv.URL, "/empty"), crawlers.Options{})
		if !errors.Is(res.err, crawlers.ErrSourceFailed) {
			t.Errorf("Crawl %v, want ErrSourceFailed", res.err)
		}
		if doc := res.one(t, srv.URL+"/empty"); doc.Err == nil || errors.Is(doc.Err, crawlers.ErrTruncated) {
			t.Errorf("Err %v, want a parse error with nothing kept", doc.Err)
		}
	})
}

func TestCrawl_SelfReferencingSitemapIndexFetchedOnce(t *testing.T) {
	var srv *httptest.Server
	var served atomic.Int32
	index := func() string {
		// A cache buster makes every answer list a new spelling of itself.
		return `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
			`<sitemap><loc>` + srv.URL + `/sitemap_index.xml</loc></sitemap>` +
			fmt.Sprintf(`<sitemap><loc>%s/sitemap_index.xml?ver=%d</loc></sitemap>`, srv.URL, served.Add(1)) +
			`<sitemap><loc>` + srv.URL + `/sitemap_index.xml?utm_source=self</loc></sitemap>` +
			`<sitemap><loc>` + strings.Replace(srv.URL, "http://", "https://", 1) + `/sitemap_index.xml</loc></sitemap>` +
			`<sitemap><loc>` + srv.URL + `/posts.xml</loc></sitemap></sitemapindex>`
	}
	srv = testServer(t, route{
		"/sitemap_index.xml": xmlFeed(index),
		"/posts.xml": xmlFeed(func() string {
			return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>` +
				srv.URL + `/a</loc></url><url><loc>` + srv.URL + `/sitemap_index.xml</loc></url></urlset>`
		}),
		"/a": text("<p>a</p>"),
	})
	src := source("sitemap", srv.URL, "/sitemap_index.xml")
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	if n := served.Load(); n != 1 {
		t.Errorf("the sitemap index was fetched %d times, want once", n)
	}
	requireArticle(t, res.one(t, srv.URL+"/a"))
	if res.stats.Requests > 4 {
		t.Errorf("%d requests for an index, one sitemap and one article", res.stats.Requests)
	}
}

// serveOn starts a test server on a given loopback address.
func serveOn(t *testing.T, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s (a second loopback address): %v", addr, err)
	}
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: h}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

func TestCrawl_RobotsRedirects(t *testing.T) {
	var otherHits atomic.Int32
	other := serveOn(t, "127.0.0.2:0", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		otherHits.Add(1)
		fmt.Fprint(w, "User-agent: *\nDisallow: /\n")
	}))
	var robotsTo atomic.Value // where /robots.txt redirects
	var srv *httptest.Server
	srv = testServer(t, route{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, robotsTo.Load().(string), http.StatusFound)
		},
		"/robots-moved.txt": func(w http.ResponseWriter, _ *http.Request) {
			fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
		},
		"/hop/": func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusFound)
		},
		"/feed":    xmlFeed(func() string { return feedOf(srv.URL+"/private", srv.URL+"/public") }),
		"/private": text("<p>private</p>"),
		"/public":  text("<p>public</p>"),
	})
	for _, tc := range []struct {
		name, to string
		allowed  []string
		refused  string // in the recorded error; "" when followed
	}{
		{"other host", other.URL + "/robots.txt", nil, "allowed_domains"},
		{"allowed but internal", other.URL + "/robots.txt", []string{"127.0.0.1", "127.0.0.2"}, "internal address 127.0.0.2"},
		{"metadata endpoint", "http://169.254.169.254/latest/meta-data/", []string{"127.0.0.1", "169.254.169.254"}, "internal address 169.254.169.254"},
		{"six redirects", srv.URL + "/hop/1", nil, "more than 5 redirects"},
		{"same host", srv.URL + "/robots-moved.txt", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			otherHits.Store(0)
			robotsTo.Store(tc.to)
			src := source("rss", srv.URL, "/feed")
			src.AllowedDomains = tc.allowed
			res := crawl(t, src, crawlers.Options{})
			if res.err != nil {
				t.Fatal(res.err)
			}
			if otherHits.Load() != 0 {
				t.Errorf("the other loopback host was requested")
			}
			robots := res.byKey(srv.URL + "/robots.txt")
			if tc.refused == "" {
				if len(robots) != 0 {
					t.Errorf("a followed redirect was recorded: %v", robots[0].Err)
				}
				if len(res.byKey(srv.URL+"/private")) != 0 {
					t.Errorf("/private was fetched: the moved robots.txt was not obeyed")
				}
				requireArticle(t, res.one(t, srv.URL+"/public"))
				return
			}
			if len(robots) != 1 || !errors.Is(robots[0].Err, crawlers.ErrOffDomainRedirect) ||
				!strings.Contains(robots[0].Err.Error(), tc.refused) || robots[0].Status != http.StatusFound {
				t.Fatalf("robots.txt pages %+v, want one refused redirect (%s) with status 302", robots, tc.refused)
			}
			// A robots.txt that cannot be read is no rules at all (RFC 9309).
			requireArticle(t, res.one(t, srv.URL+"/private"))
		})
	}
}
