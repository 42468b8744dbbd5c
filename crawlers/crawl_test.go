package crawlers_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/crawlers"
	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/samplesites"
)

const testUA = "trawl-test/1.0 (+https://example.invalid/contact)"

// serve starts a bundled sample site on loopback.
func serve(t testing.TB, name string) *samplesites.Server {
	t.Helper()
	site, err := samplesites.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := samplesites.Serve(site)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return srv
}

// source is a source over base with test timings: no delay, quick timeout.
func source(kind, base string, start ...string) configs.Source {
	src := configs.Source{Name: "test-" + kind, Kind: kind, Retries: 2, Timeout: 5 * time.Second}
	for _, s := range start {
		src.Start = append(src.Start, base+s)
	}
	return src
}

// crawlResult is what one Crawl emitted.
type crawlResult struct {
	pages []crawlers.Page
	stats crawlers.Stats
	err   error
}

func crawl(t testing.TB, src configs.Source, opts crawlers.Options) crawlResult {
	t.Helper()
	if opts.UserAgent == "" {
		opts.UserAgent = testUA
	}
	if opts.RetryBackoff == 0 {
		opts.RetryBackoff = time.Millisecond
	}
	var res crawlResult
	var inEmit atomic.Int32
	res.stats, res.err = crawlers.Crawl(context.Background(), src, opts, func(p crawlers.Page) {
		if inEmit.Add(1) != 1 {
			t.Errorf("emit called concurrently")
		}
		res.pages = append(res.pages, p)
		inEmit.Add(-1)
	})
	return res
}

// byKey returns the emitted pages whose identity key is that of rawURL.
func (r crawlResult) byKey(rawURL string) []crawlers.Page {
	var out []crawlers.Page
	for _, p := range r.pages {
		if p.Key == crawlers.Key(rawURL) {
			out = append(out, p)
		}
	}
	return out
}

// one returns the single page emitted for rawURL, failing otherwise.
func (r crawlResult) one(t *testing.T, rawURL string) crawlers.Page {
	t.Helper()
	ps := r.byKey(rawURL)
	if len(ps) != 1 {
		t.Fatalf("%d pages emitted for %s, want 1", len(ps), rawURL)
	}
	return ps[0]
}

func goldURLs(t *testing.T, srv *samplesites.Server, file string) []string {
	t.Helper()
	gold, err := evaluation.ReadGold(file)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, g := range gold {
		out = append(out, string(srv.Rewrite([]byte(g.URL))))
	}
	if len(out) == 0 {
		t.Fatalf("no gold in %s", file)
	}
	return out
}

func requireArticle(t *testing.T, p crawlers.Page) {
	t.Helper()
	if !p.Article || p.Err != nil || p.Status != http.StatusOK || len(p.Body) == 0 {
		t.Errorf("%s: Article=%v Err=%v Status=%d body %d bytes; want an article page with a body",
			p.URL, p.Article, p.Err, p.Status, len(p.Body))
	}
}

func TestCrawl_WordPressForum(t *testing.T) {
	srv := serve(t, "forum")
	src := source("wordpress", srv.URL, "/feed/", "/sitemap.xml", "/category/features/")
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatalf("Crawl: %v", res.err)
	}

	t.Run("gold articles", func(t *testing.T) {
		for _, u := range goldURLs(t, srv, "../testdata/gold/forum.jsonl") {
			requireArticle(t, res.one(t, u))
		}
	})
	t.Run("404 link is a page error", func(t *testing.T) {
		u := srv.URL + "/2024/12/quad-partners-chart-risks-to-undersea-cables/"
		p := res.one(t, u)
		if p.URL != u || p.Status != http.StatusNotFound || !errors.Is(p.Err, crawlers.ErrStatus) || p.Article {
			t.Errorf("404 page: URL %s Status %d Err %v Article %v", p.URL, p.Status, p.Err, p.Article)
		}
		if !strings.Contains(p.Err.Error(), u) {
			t.Errorf("error %q does not name the URL", p.Err)
		}
	})
	t.Run("redirect target emitted once", func(t *testing.T) {
		if n := srv.Requested("/2025/04/tiger-triumph-2025-begins/"); n != 1 {
			t.Errorf("redirecting path requested %d times, want 1", n)
		}
		target := srv.URL + "/2025/04/india-u-s-forces-rehearse-disaster-response-in-tiger-triumph-exercise/"
		requireArticle(t, res.one(t, target))
		if n := srv.Requested("/2025/04/india-u-s-forces-rehearse-disaster-response-in-tiger-triumph-exercise/"); n != 1 {
			t.Errorf("redirect target requested %d times, want 1", n)
		}
	})
	t.Run("listings, feeds and sitemaps are not articles", func(t *testing.T) {
		for _, path := range []string{"/feed/", "/sitemap.xml", "/post-sitemap.xml", "/category/features/", "/category/features/page/2/"} {
			p := res.one(t, srv.URL+path)
			if p.Article || p.Err != nil || len(p.Body) == 0 {
				t.Errorf("%s: Article=%v Err=%v body %d bytes", path, p.Article, p.Err, len(p.Body))
			}
		}
	})
	t.Run("nothing requested twice", func(t *testing.T) {
		for _, path := range srv.Paths() {
			if n := srv.Requested(path); n != 1 {
				t.Errorf("%s requested %d times", path, n)
			}
		}
	})
	t.Run("user agent sent", func(t *testing.T) {
		for _, r := range srv.Requests() {
			if ua := r.Header.Get("User-Agent"); ua != testUA {
				t.Errorf("%s sent User-Agent %q", r.Path, ua)
			}
		}
	})
	t.Run("stats match pages", func(t *testing.T) {
		var errs, articles int
		for _, p := range res.pages {
			if p.Err != nil {
				errs++
			}
			if p.Article {
				articles++
			}
		}
		s := res.stats
		if s.Errors != errs || s.Articles != articles || s.Fetched+s.Errors+s.NotModified != len(res.pages) {
			t.Errorf("stats %+v do not match %d pages (%d errors, %d articles)", s, len(res.pages), errs, articles)
		}
		if articles != 8 {
			t.Errorf("%d articles, want the 8 posts the site has", articles)
		}
	})
}

func TestCrawl_PIB(t *testing.T) {
	srv := serve(t, "pib")
	src := source("pib", srv.URL, "/RssMain.aspx?ModId=6&Lang=1&Regid=3", "/allRel.aspx")
	src.Retries = 2
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatalf("Crawl: %v", res.err)
	}
	t.Run("gold releases and the Hindi twin", func(t *testing.T) {
		urls := append(goldURLs(t, srv, "../testdata/gold/pib.jsonl"), srv.URL+"/PressReleasePage.aspx?PRID=2171391")
		for _, u := range urls {
			requireArticle(t, res.one(t, u))
		}
	})
	t.Run("500 release fails after bounded retries", func(t *testing.T) {
		p := res.one(t, srv.URL+"/PressReleasePage.aspx?PRID=2171260")
		if p.Status != http.StatusInternalServerError || !errors.Is(p.Err, crawlers.ErrStatus) {
			t.Errorf("Status %d Err %v, want a 500 error", p.Status, p.Err)
		}
		if n := srv.Requested("/PressReleasePage.aspx?PRID=2171260"); n != src.Retries+1 {
			t.Errorf("requested %d times, want %d (1 + %d retries)", n, src.Retries+1, src.Retries)
		}
		if res.stats.Retries != src.Retries {
			t.Errorf("Stats.Retries = %d, want %d", res.stats.Retries, src.Retries)
		}
	})
	t.Run("pagination followed", func(t *testing.T) {
		if n := srv.Requested("/allRel.aspx?reg=3&lang=1&page=2"); n != 1 {
			t.Errorf("page 2 requested %d times", n)
		}
		if n := srv.Requested("/allRel.aspx"); n != 1 {
			t.Errorf("allRel.aspx requested %d times (page 2 links back to it)", n)
		}
	})
	t.Run("undeclared UTF-8 stays UTF-8", func(t *testing.T) {
		p := res.one(t, srv.URL+"/PressReleasePage.aspx?PRID=2141912")
		if !bytes.Contains(p.Body, []byte("₹")) || bytes.Contains(p.Body, []byte("â‚¹")) {
			t.Errorf("2141912 (no charset anywhere) lost its ₹ signs")
		}
	})
}

// isArticlePath tells the forum's post paths, /YYYY/MM/slug/.
func isArticlePath(p string) bool { return forumPost.MatchString(p) }

var forumPost = regexp.MustCompile(`^/\d{4}/\d{2}/[^/]+/$`)

// archive is an Archive filled from a previous crawl's pages.
type archive map[string]crawlers.Page

func (a archive) Validators(key string) (string, string) {
	return a[key].Header.Get("ETag"), a[key].Header.Get("Last-Modified")
}

func (a archive) Body(key string, _ int) []byte { return a[key].Body }

func TestCrawl_ConditionalGET(t *testing.T) {
	srv := serve(t, "forum")
	srv.Validators = true
	src := source("wordpress", srv.URL, "/feed/", "/category/features/")
	first := crawl(t, src, crawlers.Options{})
	if first.err != nil {
		t.Fatal(first.err)
	}
	arch := archive{}
	for _, p := range first.pages {
		if p.Err == nil {
			arch[p.Key] = p
		}
	}
	before := len(srv.Requests())
	second := crawl(t, src, crawlers.Options{Archive: arch})
	if second.err != nil {
		t.Fatal(second.err)
	}
	if second.stats.NotModified != first.stats.Articles || first.stats.Articles == 0 {
		t.Errorf("second run: %d not modified, want all %d articles", second.stats.NotModified, first.stats.Articles)
	}
	conditionals := 0
	for _, r := range srv.Requests()[before:] {
		conditional := r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != ""
		_, archived := arch[crawlers.Key(srv.URL+r.Path)]
		want := isArticlePath(r.Path) && archived
		if conditional != want {
			t.Errorf("%s: conditional=%v, want %v", r.Path, conditional, want)
		}
		if conditional {
			conditionals++
		}
	}
	if conditionals == 0 {
		t.Errorf("no conditional request in the second run")
	}
	for _, p := range second.pages {
		switch {
		case p.Article && (!p.NotModified || len(p.Body) != 0 || p.Status != http.StatusNotModified):
			t.Errorf("%s: article NotModified=%v status %d body %d", p.URL, p.NotModified, p.Status, len(p.Body))
		case !p.Article && p.Err == nil && (p.NotModified || len(p.Body) == 0):
			t.Errorf("%s: listing page not fetched in full", p.URL)
		}
	}
}

func TestCrawl_NotModifiedPageLinksFromArchive(t *testing.T) {
	srv := serve(t, "forum")
	srv.Validators = true
	src := source("wordpress", srv.URL, "/feed/")
	first := crawl(t, src, crawlers.Options{})
	if first.err != nil {
		t.Fatal(first.err)
	}
	// The archived copy of one article links to a language twin that no
	// feed or listing names; the live page answers 304.
	const twin = "/2026/03/micron-sanand-hi/"
	srv.Set(samplesites.Route{Path: twin, ContentType: "text/html; charset=utf-8"}, []byte("<p>twin</p>"))
	arch := archive{}
	for _, p := range first.pages {
		if p.Err == nil {
			arch[p.Key] = p
		}
	}
	micron := crawlers.Key(srv.URL + "/2026/03/micron-opens-sanand-chip-plant-anchoring-indias-bid-for-trusted-supply-chains/")
	p := arch[micron]
	p.Body = append(p.Body, `<link rel="alternate" hreflang="hi" href="`+srv.URL+twin+`">`...)
	arch[micron] = p
	second := crawl(t, src, crawlers.Options{Archive: arch})
	if second.err != nil {
		t.Fatal(second.err)
	}
	if got := second.one(t, srv.URL+twin); !got.Article || got.Err != nil {
		t.Errorf("twin linked from the archived copy of a 304 page: %+v", got)
	}
}

func TestCrawl_RobotsDisallowed(t *testing.T) {
	srv := serve(t, "forum")
	srv.Set(samplesites.Route{Path: "/robots.txt", ContentType: "text/plain"},
		[]byte("User-agent: *\nDisallow: /2025/09/\nDisallow: /2025/04/tiger-triumph-2025-begins/\n"))
	src := source("wordpress", srv.URL, "/feed/", "/sitemap.xml", "/category/features/")
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	for _, r := range srv.Requests() {
		if strings.HasPrefix(r.Path, "/2025/09/") || strings.HasPrefix(r.Path, "/2025/04/tiger-triumph-2025-begins/") {
			t.Errorf("disallowed %s was requested", r.Path)
		}
	}
	if len(res.byKey(srv.URL+"/2025/09/japan-widens-security-web-with-philippines-australia/")) != 0 {
		t.Errorf("a page was emitted for the disallowed article")
	}
	if res.stats.Disallowed == 0 {
		t.Errorf("Stats.Disallowed = 0")
	}
	requireArticle(t, res.one(t, srv.URL+"/2025/11/india-u-s-sign-10-year-defense-framework-as-engine-deal-lands/"))
}

func TestCrawl_NewArticleBetweenRuns(t *testing.T) {
	srv := serve(t, "forum")
	src := source("wordpress", srv.URL, "/feed/", "/category/features/")
	newPath := "/2026/04/quad-coast-guards-share-maritime-picture/"
	newURL := "https://ipdefenseforum.com" + newPath
	first := crawl(t, src, crawlers.Options{})
	if first.err != nil || len(first.byKey(srv.URL+newPath)) != 0 {
		t.Fatalf("first run: err %v, new article already there", first.err)
	}

	site := srv.Site()
	feed, err := site.File(samplesites.Route{File: "feed.xml"})
	if err != nil {
		t.Fatal(err)
	}
	item := "<item><title>Quad coast guards</title><link>" + newURL + "</link></item>"
	feed = bytes.Replace(feed, []byte("<item>"), []byte(item+"<item>"), 1)
	srv.Set(samplesites.Route{Path: "/feed/", ContentType: "application/rss+xml; charset=UTF-8"}, feed)
	listing, err := site.File(samplesites.Route{File: "category/features.html"})
	if err != nil {
		t.Fatal(err)
	}
	listing = bytes.Replace(listing, []byte("</body>"), []byte(`<a href="`+newURL+`">Quad</a></body>`), 1)
	srv.Set(samplesites.Route{Path: "/category/features/", ContentType: "text/html; charset=UTF-8"}, listing)
	srv.Set(samplesites.Route{Path: newPath, ContentType: "text/html; charset=UTF-8"},
		[]byte("<html><body><article><p>Coast guards of the Quad now share one maritime picture.</p></article></body></html>"))

	second := crawl(t, src, crawlers.Options{})
	if second.err != nil {
		t.Fatal(second.err)
	}
	requireArticle(t, second.one(t, srv.URL+newPath))
	if n := srv.Requested("/feed/"); n != 2 {
		t.Errorf("feed requested %d times over two runs, want 2", n)
	}
}

// handler is a test server route.
type route map[string]http.HandlerFunc

func testServer(t *testing.T, routes route) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func feedOf(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>`)
	for _, l := range links {
		fmt.Fprintf(&b, "<item><title>x</title><link>%s</link></item>", l)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func text(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

func xmlFeed(body func() string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprint(w, body())
	}
}

func TestCrawl_Retries(t *testing.T) {
	var srv *httptest.Server
	var hits sync.Map
	count := func(path string) int {
		n, _ := hits.LoadOrStore(path, new(atomic.Int32))
		return int(n.(*atomic.Int32).Add(1))
	}
	srv = testServer(t, route{
		"/feed": xmlFeed(func() string {
			return feedOf(srv.URL+"/busy", srv.URL+"/busy-date", srv.URL+"/later", srv.URL+"/slow")
		}),
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			if count(r.URL.Path) == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			text("<p>ok</p>")(w, r)
		},
		"/busy-date": func(w http.ResponseWriter, r *http.Request) {
			if count(r.URL.Path) == 1 {
				w.Header().Set("Retry-After", time.Now().Add(2*time.Second).UTC().Format(http.TimeFormat))
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			text("<p>ok</p>")(w, r)
		},
		"/later": func(w http.ResponseWriter, r *http.Request) {
			count(r.URL.Path)
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		},
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			if count(r.URL.Path) == 1 {
				time.Sleep(700 * time.Millisecond) // past the source timeout
			}
			text("<p>ok</p>")(w, r)
		},
	})
	src := source("rss", srv.URL, "/feed")
	src.Timeout = 300 * time.Millisecond
	start := time.Now()
	res := crawl(t, src, crawlers.Options{})
	elapsed := time.Since(start)
	if res.err != nil {
		t.Fatal(res.err)
	}
	t.Run("429 with Retry-After seconds", func(t *testing.T) {
		requireArticle(t, res.one(t, srv.URL+"/busy"))
	})
	t.Run("503 with Retry-After date", func(t *testing.T) {
		requireArticle(t, res.one(t, srv.URL+"/busy-date"))
	})
	t.Run("Retry-After waited", func(t *testing.T) {
		if elapsed < time.Second {
			t.Errorf("crawl took %s; Retry-After: 1 was not honoured", elapsed)
		}
	})
	t.Run("Retry-After beyond the cap fails at once", func(t *testing.T) {
		p := res.one(t, srv.URL+"/later")
		if p.Status != http.StatusTooManyRequests || p.Err == nil || !strings.Contains(p.Err.Error(), "Retry-After") {
			t.Errorf("Status %d Err %v", p.Status, p.Err)
		}
		if elapsed > 30*time.Second {
			t.Errorf("crawl took %s: waited out a long Retry-After", elapsed)
		}
	})
	t.Run("timeout retried", func(t *testing.T) {
		requireArticle(t, res.one(t, srv.URL+"/slow"))
	})
}

func TestCrawl_OffDomainRedirect(t *testing.T) {
	var otherHits atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { otherHits.Add(1) }))
	t.Cleanup(other.Close)
	otherURL := strings.Replace(other.URL, "127.0.0.1", "localhost", 1) // another host, still loopback
	var srv *httptest.Server
	srv = testServer(t, route{
		"/feed": xmlFeed(func() string { return feedOf(srv.URL + "/away") }),
		"/away": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, otherURL+"/landing", http.StatusFound)
		},
	})
	res := crawl(t, source("rss", srv.URL, "/feed"), crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	p := res.one(t, srv.URL+"/away")
	if !errors.Is(p.Err, crawlers.ErrOffDomainRedirect) || p.Status != http.StatusFound {
		t.Fatalf("Status %d Err %v, want a refused redirect", p.Status, p.Err)
	}
	if msg := p.Err.Error(); !strings.Contains(msg, srv.URL+"/away") || !strings.Contains(msg, otherURL+"/landing") {
		t.Errorf("error %q does not name both URLs", msg)
	}
	if otherHits.Load() != 0 {
		t.Errorf("the off-domain host was requested")
	}
}

func TestCrawl_OversizedBody(t *testing.T) {
	big := strings.Repeat("<p>padding</p>", 1000)
	var srv *httptest.Server
	srv = testServer(t, route{
		"/feed": xmlFeed(func() string { return feedOf(srv.URL+"/big", srv.URL+"/big-chunked", srv.URL+"/small") }),
		"/big":  text(big),
		"/big-chunked": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for range 10 {
				fmt.Fprint(w, big[:len(big)/10])
				w.(http.Flusher).Flush() // no Content-Length: the cap must catch it while reading
			}
		},
		"/small": text("<p>small</p>"),
	})
	src := source("rss", srv.URL, "/feed")
	src.MaxBodySize = 4096
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	for _, path := range []string{"/big", "/big-chunked"} {
		p := res.one(t, srv.URL+path)
		if !errors.Is(p.Err, crawlers.ErrTooLarge) || p.Article || len(p.Body) != 0 || p.Status != http.StatusOK {
			t.Errorf("%s: Err %v Article %v body %d status %d, want a size error", path, p.Err, p.Article, len(p.Body), p.Status)
		}
	}
	requireArticle(t, res.one(t, srv.URL+"/small"))
}

func TestCrawl_Windows1252(t *testing.T) {
	srv := serve(t, "forum")
	path := "/2025/03/startups-take-center-stage-in-india-u-s-defense-innovation-bridge/"
	src := source("listing", srv.URL, path)
	src.Articles, src.Follow = `/\d{4}/\d{2}/`, `/page/\d+/`
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	p := res.one(t, srv.URL+path)
	for _, want := range []string{"\u2019", "\u201c", "é"} {
		if !bytes.Contains(p.Body, []byte(want)) {
			t.Errorf("body lacks %q decoded from windows-1252", want)
		}
	}
	if bytes.ContainsRune(p.Body, '\uFFFD') {
		t.Errorf("body holds replacement characters")
	}
	if got := p.Header.Get("Content-Type"); !strings.Contains(got, "windows-1252") {
		t.Errorf("Header Content-Type %q: the original header should be kept", got)
	}
}

func TestCrawl_MaxPages(t *testing.T) {
	srv := serve(t, "forum")
	src := source("wordpress", srv.URL, "/feed/", "/sitemap.xml", "/category/features/")
	src.MaxPages = 3
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	articles := 0
	for _, r := range srv.Requests() {
		if isArticlePath(r.Path) {
			articles++
		}
	}
	if articles != 3 {
		t.Errorf("%d article URLs requested, want max_pages=3", articles)
	}
	if res.stats.Skipped == 0 {
		t.Errorf("Stats.Skipped = 0 with more articles than max_pages")
	}
}

func TestCrawl_MaxDepth(t *testing.T) {
	var srv *httptest.Server
	chain := func(n int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			text(fmt.Sprintf(`<a href="%s/a/%d">next</a>`, srv.URL, n+1))(w, r)
		}
	}
	srv = testServer(t, route{"/start": chain(0), "/a/1": chain(1), "/a/2": chain(2), "/a/3": chain(3)})
	src := source("listing", srv.URL, "/start")
	src.Articles, src.Follow, src.MaxDepth = `/a/\d+$`, `/nothing/`, 2
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	if len(res.byKey(srv.URL+"/a/2")) != 1 || len(res.byKey(srv.URL+"/a/3")) != 0 {
		t.Errorf("pages emitted %v; want /a/1 and /a/2 only (depth 2)", keys(res.pages))
	}
}

func TestCrawl_PaginationIsNotDepth(t *testing.T) {
	var srv *httptest.Server
	// Listing page n links to its article and to page n+1, up to page 6.
	page := func(n int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			next := ""
			if n < 6 {
				next = fmt.Sprintf(`<a href="%s/news/page/%d">older</a>`, srv.URL, n+1)
			}
			text(fmt.Sprintf(`<a href="%s/a/%d">story</a>%s`, srv.URL, n, next))(w, r)
		}
	}
	routes := route{"/news/": page(1)}
	for n := 1; n <= 6; n++ {
		routes[fmt.Sprintf("/news/page/%d", n)] = page(n)
		routes[fmt.Sprintf("/a/%d", n)] = text("<p>story</p>")
	}
	srv = testServer(t, routes)
	src := source("listing", srv.URL, "/news/")
	src.Articles, src.Follow, src.MaxDepth = `/a/\d+$`, `/news/page/\d+$`, 1
	src.MaxPages = 4
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	articles := 0
	for _, p := range res.pages {
		if p.Article {
			articles++
		}
	}
	// Depth 1 still reaches page 4's article; max_pages bounds both the
	// articles and the listing pages.
	if articles != 4 || len(res.byKey(srv.URL+"/news/page/6")) != 0 {
		t.Errorf("%d articles from %v; want 4 articles and pagination stopped by max_pages", articles, keys(res.pages))
	}
}

func keys(ps []crawlers.Page) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Key)
	}
	return out
}

func TestCrawl_DuplicateSpellings(t *testing.T) {
	var srv *httptest.Server
	var hits atomic.Int32
	srv = testServer(t, route{
		"/feed": xmlFeed(func() string {
			return feedOf(srv.URL+"/story/", srv.URL+"/story?utm_source=rss&utm_medium=feed", srv.URL+"/story/#comments", srv.URL+"/story")
		}),
		"/story/": func(w http.ResponseWriter, r *http.Request) { hits.Add(1); text("<p>story</p>")(w, r) },
		"/story":  func(w http.ResponseWriter, r *http.Request) { hits.Add(1); text("<p>story</p>")(w, r) },
	})
	res := crawl(t, source("rss", srv.URL, "/feed"), crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	if hits.Load() != 1 || len(res.byKey(srv.URL+"/story")) != 1 {
		t.Errorf("story fetched %d times, emitted %d times; want once", hits.Load(), len(res.byKey(srv.URL+"/story")))
	}
}

func TestCrawl_CancelReturnsPromptly(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	var srv *httptest.Server
	srv = testServer(t, route{
		"/feed": xmlFeed(func() string { return feedOf(srv.URL+"/hang/1", srv.URL+"/hang/2", srv.URL+"/hang/3") }),
		"/hang/": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		},
	})
	src := source("rss", srv.URL, "/feed")
	src.Timeout = time.Minute
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	var emitted atomic.Int32
	_, err := crawlers.Crawl(ctx, src, crawlers.Options{UserAgent: testUA}, func(crawlers.Page) { emitted.Add(1) })
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Crawl returned %s after cancel", d-200*time.Millisecond)
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if emitted.Load() != 1 {
		t.Errorf("%d pages emitted, want the feed only (cancelled fetches are not page errors)", emitted.Load())
	}
}

func TestCrawl_SourceFailed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String()
	ln.Close()
	srv := testServer(t, route{
		"/gone":   http.NotFound,
		"/broken": xmlFeed(func() string { return `<?xml version="1.0"?><rss><channel><item>` }),
		"/binary": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write([]byte{0, 1, 2, 3})
		},
		"/ok": xmlFeed(func() string { return feedOf() }),
	})
	tests := []struct {
		name   string
		start  []string
		failed bool
	}{
		{"nothing listens", []string{closed + "/feed"}, true},
		{"404, broken feed and binary", []string{srv.URL + "/gone", srv.URL + "/broken", srv.URL + "/binary"}, true},
		{"one good start is enough", []string{srv.URL + "/gone", srv.URL + "/ok"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := source("rss", "", tt.start...)
			src.Retries = 0
			res := crawl(t, src, crawlers.Options{})
			if got := errors.Is(res.err, crawlers.ErrSourceFailed); got != tt.failed {
				t.Fatalf("err = %v, want ErrSourceFailed: %v", res.err, tt.failed)
			}
			if tt.failed && !strings.Contains(res.err.Error(), tt.start[0]) {
				t.Errorf("error %q does not name the start URL", res.err)
			}
		})
	}
}

func TestCrawl_UnknownHostRSSAndSitemap(t *testing.T) {
	var srv *httptest.Server
	srv = testServer(t, route{
		// Names that say nothing: kinds and content decide.
		"/data": xmlFeed(func() string {
			return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>` +
				`<entry><title>a</title><link href="` + srv.URL + `/news/one"/><id>1</id></entry></feed>`
		}),
		"/index.php": xmlFeed(func() string {
			return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
				`<sitemap><loc>` + srv.URL + `/maps/1</loc></sitemap></sitemapindex>`
		}),
		"/maps/1": xmlFeed(func() string {
			return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
				`<url><loc>` + srv.URL + `/news/two</loc></url><url><loc> ` + srv.URL + `/news/three </loc></url></urlset>`
		}),
		"/news/": text("<html><body><p>news</p></body></html>"),
	})
	tests := []struct {
		kind, start string
		articles    []string
	}{
		{"rss", "/data", []string{"/news/one"}},
		{"sitemap", "/index.php", []string{"/news/two", "/news/three"}},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			res := crawl(t, source(tt.kind, srv.URL, tt.start), crawlers.Options{})
			if res.err != nil {
				t.Fatal(res.err)
			}
			for _, a := range tt.articles {
				requireArticle(t, res.one(t, srv.URL+a))
			}
			if res.stats.Articles != len(tt.articles) {
				t.Errorf("%d articles, want %d", res.stats.Articles, len(tt.articles))
			}
		})
	}
}

func TestCrawl_RedirectIntoDisallowedPath(t *testing.T) {
	var srv *httptest.Server
	var private atomic.Int32
	srv = testServer(t, route{
		"/robots.txt": func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n") },
		"/feed":       xmlFeed(func() string { return feedOf(srv.URL+"/moved", srv.URL+"/open") }),
		"/moved": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/private/story", http.StatusMovedPermanently)
		},
		"/private/": func(w http.ResponseWriter, r *http.Request) { private.Add(1); text("<p>secret</p>")(w, r) },
		"/open":     text("<p>open</p>"),
	})
	res := crawl(t, source("rss", srv.URL, "/feed"), crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	if private.Load() != 0 {
		t.Errorf("the disallowed redirect target was requested")
	}
	p := res.one(t, srv.URL+"/private/story")
	if p.URL != srv.URL+"/moved" || !errors.Is(p.Err, crawlers.ErrDisallowed) {
		t.Errorf("URL %s Err %v, want the redirect refused by robots.txt", p.URL, p.Err)
	}
	requireArticle(t, res.one(t, srv.URL+"/open"))
}

func TestCrawl_Politeness(t *testing.T) {
	t.Run("delay between requests to a host", func(t *testing.T) {
		srv := serve(t, "pib")
		src := source("pib", srv.URL, "/RssMain.aspx?ModId=6&Lang=1&Regid=3")
		src.Delay, src.Parallelism, src.Retries = 40*time.Millisecond, 1, 0
		if res := crawl(t, src, crawlers.Options{}); res.err != nil {
			t.Fatal(res.err)
		}
		var last time.Time
		n := 0
		for _, r := range srv.Requests() {
			if r.Path == "/robots.txt" {
				continue // fetched by the robots check, before the limit rule
			}
			if gap := r.At.Sub(last); !last.IsZero() && gap < src.Delay {
				t.Errorf("%s came %s after the previous request, want >= %s", r.Path, gap, src.Delay)
			}
			last = r.At
			n++
		}
		if n < 5 {
			t.Fatalf("only %d requests", n)
		}
	})
	t.Run("parallelism bounds requests in flight", func(t *testing.T) {
		var inFlight, peak atomic.Int32
		var srv *httptest.Server
		srv = testServer(t, route{
			"/feed": xmlFeed(func() string {
				var links []string
				for i := range 8 {
					links = append(links, fmt.Sprintf("%s/p/%d", srv.URL, i))
				}
				return feedOf(links...)
			}),
			"/p/": func(w http.ResponseWriter, r *http.Request) {
				n := inFlight.Add(1)
				defer inFlight.Add(-1)
				for p := peak.Load(); n > p; p = peak.Load() {
					if peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(30 * time.Millisecond)
				text("<p>x</p>")(w, r)
			},
		})
		src := source("rss", srv.URL, "/feed")
		src.Parallelism = 2
		res := crawl(t, src, crawlers.Options{})
		if res.err != nil || res.stats.Articles != 8 {
			t.Fatalf("err %v, %d articles", res.err, res.stats.Articles)
		}
		if p := peak.Load(); p != 2 {
			t.Errorf("peak %d requests in flight, want parallelism 2", p)
		}
	})
}

func TestCrawl_RobotsCrawlDelay(t *testing.T) {
	var srv *httptest.Server
	var mu sync.Mutex
	var at []time.Time
	article := func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		at = append(at, time.Now())
		mu.Unlock()
		text("<p>story</p>")(w, r)
	}
	srv = testServer(t, route{
		"/robots.txt": func(w http.ResponseWriter, _ *http.Request) {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 0.3\nDisallow: /private/\n")
		},
		"/feed": xmlFeed(func() string {
			return feedOf(srv.URL+"/a/1", srv.URL+"/a/2", srv.URL+"/a/3", srv.URL+"/private/a/4")
		}),
		"/a/":         article,
		"/private/a/": article,
	})
	src := source("rss", srv.URL, "/feed")
	src.Delay = 0
	res := crawl(t, src, crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(at) != 3 {
		t.Fatalf("%d article requests, want 3 (the private one is disallowed)", len(at))
	}
	sort.Slice(at, func(i, j int) bool { return at[i].Before(at[j]) })
	for i := 1; i < len(at); i++ {
		if gap := at[i].Sub(at[i-1]); gap < 250*time.Millisecond {
			t.Errorf("requests %d and %d %v apart; robots.txt asks for 0.3 s", i-1, i, gap)
		}
	}
}

func TestCrawl_RSSSourceDiscoversFeedFromHomePage(t *testing.T) {
	srv := serve(t, "forum")
	res := crawl(t, source("rss", srv.URL, "/"), crawlers.Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	if srv.Requested("/feed/") != 1 {
		t.Errorf("the feed the home page announces was requested %d times, want 1", srv.Requested("/feed/"))
	}
	// The feed carries the newest six of the eight gold articles.
	found := 0
	for _, u := range goldURLs(t, srv, "../testdata/gold/forum.jsonl") {
		if ps := res.byKey(u); len(ps) == 1 && ps[0].Article {
			found++
		}
	}
	if found != 6 {
		t.Errorf("%d gold articles via the discovered feed, want its 6", found)
	}
}
