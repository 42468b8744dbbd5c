package review

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
	"github.com/trawl/trawl/synth"
)

// hostile is scraped text that would run script if a page echoed it raw.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>`

func testServer(t *testing.T, users *Users) (*Server, *storage.Store) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "review.db")
	st, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := synth.Fill(ctx, st, 200, 10); err != nil {
		t.Fatal(err)
	}
	text := "Officials said " + hostile + " met <a href=\"javascript:alert(3)\">Evil Corp</a> for Rs 5 crore. Evil Corp denied it."
	i := strings.Index(text, "Evil Corp")
	j := strings.LastIndex(text, "Evil Corp")
	k := strings.Index(text, "Rs 5 crore")
	v, usd := 5e7, 6e5
	w := st.NewWriter(ctx, storage.WriterOptions{})
	res := <-w.SaveArticle(storage.ArticleRecord{
		PageKey: "hostile", Source: "evil",
		Article: extract.Article{URL: "javascript:alert(4)", Title: "Title " + hostile, Byline: "By " + hostile, Published: "2025-03-04", Text: text},
		Entities: []extract.Entity{
			{Start: i, End: i + 9, Label: "ORG", Text: "Evil Corp", Canonical: "Evil Corp " + hostile},
			{Start: j, End: j + 9, Label: "ORG", Text: "Evil Corp", Canonical: "Evil Corp " + hostile},
			{Start: k, End: k + 10, Label: "MONEY", Text: "Rs 5 crore", Canonical: "INR 50000000", Value: &v, Currency: "INR", USD: &usd},
		},
		ExtractorVersion: "t",
	})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rd, err := storage.OpenReader(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rd.Close() })
	s, err := New(Options{Store: st, Reader: rd, Reviewer: "ana", Users: users})
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

func get(t *testing.T, h http.Handler, path string, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func post(t *testing.T, h http.Handler, path string, form url.Values, site string, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("POST", path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", site)
	req.Header.Set("X-Requested-With", "review.js")
	for _, c := range cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func id(t *testing.T, st *storage.Store, q string, args ...any) string {
	t.Helper()
	var s string
	if err := st.DB().QueryRow(q, args...).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s
}

// liveMarkup returns the first element of page that could run script: a
// script other than ours, an img, an on* attribute, a javascript: link.
func liveMarkup(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "img" || n.Data == "iframe" {
				found = "<" + n.Data + ">"
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(a.Key, "on"):
					found = a.Key + "=" + a.Val
				case (a.Key == "href" || a.Key == "src") && strings.HasPrefix(v, "javascript:"):
					found = a.Key + "=" + a.Val
				case n.Data == "script" && !(a.Key == "src" && a.Val == "/static/review.js") && a.Key != "defer":
					found = "script " + a.Key + "=" + a.Val
				}
			}
			if n.Data == "script" && n.FirstChild != nil {
				found = "inline script " + n.FirstChild.Data
			}
		}
		for c := n.FirstChild; c != nil && found == ""; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

func TestServer_HostileArticleRendersInert(t *testing.T) {
	s, st := testServer(t, nil)
	entity := id(t, st, `SELECT id FROM entities WHERE canonical LIKE 'Evil Corp%'`)
	article := id(t, st, `SELECT id FROM articles WHERE key = 'hostile'`)
	for _, p := range []string{"/", "/?source=evil", "/entity/" + entity, "/article/" + article, "/money?currency=INR", "/search?q=alert", "/search?q=Evil", "/runs"} {
		rec := get(t, s, p)
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Errorf("%s: %d %s", p, rec.Code, body)
			continue
		}
		if m := liveMarkup(t, body); m != "" {
			t.Errorf("%s: live markup from the article: %q", p, m)
		}
		if strings.Contains(p, "evil") || strings.Contains(p, entity) || strings.Contains(p, article) || strings.Contains(p, "Evil") {
			if !strings.Contains(body, "Evil Corp") {
				t.Errorf("%s: the page does not show the hostile article's entity", p)
			}
		}
		for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options"} {
			if rec.Header().Get(h) == "" {
				t.Errorf("%s: no %s header", p, h)
			}
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP %q", p, csp)
		}
	}
	// The escaped text is there: the article shows what was scraped.
	if body := get(t, s, "/article/"+article).Body.String(); !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("article page does not show the scraped text escaped")
	}
}

func TestServer_DecisionsAndCrossSiteRefusal(t *testing.T) {
	s, st := testServer(t, nil)
	top := id(t, st, `SELECT id FROM entities WHERE status = 'pending' AND label != 'MONEY' ORDER BY mentions DESC LIMIT 1`)
	if rec := post(t, s, "/entity/"+top+"/accept", nil, "cross-site"); rec.Code != http.StatusForbidden {
		t.Errorf("cross-site accept: %d, want 403", rec.Code)
	}
	if got := id(t, st, `SELECT status FROM entities WHERE id = ?`, top); got != "pending" {
		t.Fatalf("a cross-site request changed the status to %s", got)
	}
	if rec := post(t, s, "/entity/"+top+"/accept", nil, "same-origin"); rec.Code != http.StatusNoContent {
		t.Fatalf("accept: %d %s", rec.Code, rec.Body)
	}
	if got := id(t, st, `SELECT status || ' ' || (SELECT reviewer FROM reviews ORDER BY id DESC LIMIT 1) FROM entities WHERE id = ?`, top); got != "accepted ana" {
		t.Errorf("after accept: %s, want accepted by ana", got)
	}
	// The queue moves on: the accepted entity is no longer first.
	if body := get(t, s, "/").Body.String(); strings.Contains(body, `data-id="`+top+`"`) {
		t.Error("accepted entity still in the pending queue")
	}
	if rec := post(t, s, "/entity/"+top+"/relabel", url.Values{"label": {"NOPE"}}, "same-origin"); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("relabel to a bad label: %d, want 422", rec.Code)
	}
	if rec := post(t, s, "/undo", nil, "same-origin"); rec.Code != http.StatusNoContent {
		t.Fatalf("undo: %d %s", rec.Code, rec.Body)
	}
	if got := id(t, st, `SELECT status FROM entities WHERE id = ?`, top); got != "pending" {
		t.Errorf("after undo: %s, want pending", got)
	}
}

func TestServer_SignInRequiredWithUsers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "users")
	if err := AddUser(path, "bea", "correct horse"); err != nil {
		t.Fatal(err)
	}
	users, err := LoadUsers(path)
	if err != nil {
		t.Fatal(err)
	}
	s, st := testServer(t, users)
	if rec := get(t, s, "/"); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/login" {
		t.Fatalf("GET / unsigned: %d to %q, want 303 to /login", rec.Code, rec.Header().Get("Location"))
	}
	top := id(t, st, `SELECT id FROM entities ORDER BY mentions DESC LIMIT 1`)
	if rec := post(t, s, "/entity/"+top+"/accept", nil, "same-origin"); rec.Code != http.StatusUnauthorized {
		t.Errorf("unsigned decision: %d, want 401", rec.Code)
	}
	if rec := post(t, s, "/login", url.Values{"name": {"bea"}, "password": {"wrong password"}}, "same-origin"); len(rec.Result().Cookies()) != 0 {
		t.Error("a wrong password got a session")
	}
	rec := post(t, s, "/login", url.Values{"name": {"bea"}, "password": {"correct horse"}}, "same-origin")
	cookies := rec.Result().Cookies()
	if len(cookies) != 1 || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode {
		t.Fatalf("session cookies %+v, want one HttpOnly SameSite=Strict", cookies)
	}
	if rec := get(t, s, "/", cookies...); rec.Code != 200 {
		t.Errorf("signed-in GET /: %d", rec.Code)
	}
	if rec := post(t, s, "/entity/"+top+"/accept", nil, "same-origin", cookies...); rec.Code != http.StatusNoContent {
		t.Fatalf("signed-in accept: %d %s", rec.Code, rec.Body)
	}
	if got := id(t, st, `SELECT reviewer FROM reviews ORDER BY id DESC LIMIT 1`); got != "bea" {
		t.Errorf("decision logged for %q, want the signed-in bea", got)
	}
}

// TestServer_PagesAnswerWhileAWriterHoldsTheLock: a run's open write
// transaction (the Writer's batch) does not block or fail the pages.
func TestServer_PagesAnswerWhileAWriterHoldsTheLock(t *testing.T) {
	s, st := testServer(t, nil)
	tx, err := st.DB().Begin() // IMMEDIATE: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // only held
	if _, err := tx.Exec(`INSERT INTO sources(name, kind) VALUES ('busy', 'rss')`); err != nil {
		t.Fatal(err)
	}
	entity := id(t, st, `SELECT id FROM entities ORDER BY mentions DESC LIMIT 1`)
	for _, p := range []string{"/", "/entity/" + entity, "/money", "/search?q=synthetic", "/runs"} {
		start := time.Now()
		rec := get(t, s, p)
		if rec.Code != 200 || time.Since(start) > 2*time.Second {
			t.Errorf("%s during a write: %d after %v: %.200s", p, rec.Code, time.Since(start), rec.Body)
		}
	}
}
