package storage

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/extract"
)

func page(key, body string, status int) PageRecord {
	return PageRecord{
		Source: "forum", URL: key, FinalURL: key, Key: key, Status: status,
		ContentType: "text/html; charset=utf-8", FetchedAt: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC),
		Body: []byte(body), Article: true,
	}
}

func savePages(t *testing.T, s *Store, ps ...PageRecord) []SaveResult {
	t.Helper()
	w := s.NewWriter(context.Background(), WriterOptions{})
	var chans []<-chan SaveResult
	for _, p := range ps {
		chans = append(chans, w.SavePage(p))
	}
	var out []SaveResult
	for _, c := range chans {
		out = append(out, <-c)
	}
	w.Close()
	return out
}

func storedBody(t *testing.T, s *Store, key string) string {
	t.Helper()
	var gz []byte
	var sum string
	var size int
	if err := s.DB().QueryRow(`SELECT body, sha256, body_size FROM pages WHERE key = ?`, key).Scan(&gz, &sum, &size); err != nil {
		t.Fatal(err)
	}
	body, err := decompressBody(gz, MaxBodySize)
	if err != nil {
		t.Fatal(err)
	}
	if len(body) != size {
		t.Errorf("body_size %d, body %d bytes", size, len(body))
	}
	if got := fmt.Sprintf("%x", sha256.Sum256(body)); got != sum {
		t.Errorf("sha256 %s, body hashes to %s", sum, got)
	}
	return string(body)
}

func TestWriter_SavePage(t *testing.T) {
	const key = "https://ipdefenseforum.com/2024/10/x/"
	later := time.Date(2025, 4, 1, 10, 0, 0, 0, time.UTC)
	orig := page(key, "<html>v1 ü</html>", 200)
	orig.ETag, orig.LastModified = `"v1"`, "Sat, 01 Mar 2025 10:00:00 GMT"

	tests := []struct {
		name     string
		second   func() PageRecord
		outcome  Outcome
		body     string
		etag     string
		fetched  time.Time
		status   int
		wantFail bool
	}{
		{"same body", func() PageRecord { p := orig; p.FetchedAt = later; return p }, OutcomeUnchanged, "<html>v1 ü</html>", `"v1"`, later, 200, false},
		{"changed body", func() PageRecord {
			p := page(key, "<html>v2</html>", 200)
			p.ETag, p.FetchedAt = `"v2"`, later
			return p
		}, OutcomeUpdated, "<html>v2</html>", `"v2"`, later, 200, false},
		{"304 keeps the body", func() PageRecord {
			return PageRecord{Source: "forum", URL: key, FinalURL: key, Key: key, Status: 304, NotModified: true, FetchedAt: later}
		}, OutcomeUnchanged, "<html>v1 ü</html>", `"v1"`, later, 200, false},
		{"304 with a new validator", func() PageRecord {
			return PageRecord{Source: "forum", URL: key, Key: key, Status: 304, ETag: `"v1b"`, FetchedAt: later}
		}, OutcomeUnchanged, "<html>v1 ü</html>", `"v1b"`, later, 200, false},
		{"error answer keeps the good copy", func() PageRecord {
			p := page(key, "<html>Service Unavailable</html>", 503)
			p.FetchedAt = later
			return p
		}, OutcomeUnchanged, "<html>v1 ü</html>", `"v1"`, orig.FetchedAt, 200, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			first := savePages(t, s, orig)[0]
			if first.Err != nil || first.Outcome != OutcomeNew {
				t.Fatalf("first save %+v", first)
			}
			res := savePages(t, s, tt.second())[0]
			if res.Err != nil || res.Outcome != tt.outcome || res.ID != first.ID {
				t.Fatalf("second save %+v, want %s with id %d", res, tt.outcome, first.ID)
			}
			if got := storedBody(t, s, key); got != tt.body {
				t.Errorf("body %q, want %q", got, tt.body)
			}
			var etag, fetched string
			var status int
			s.DB().QueryRow(`SELECT etag, fetched_at, status FROM pages WHERE key = ?`, key).Scan(&etag, &fetched, &status)
			if etag != tt.etag || fetched != formatTime(tt.fetched) || status != tt.status {
				t.Errorf("etag %s fetched_at %s status %d, want %s %s %d", etag, fetched, status, tt.etag, formatTime(tt.fetched), tt.status)
			}
			if n := count(t, s, `SELECT count(*) FROM pages`); n != 1 {
				t.Errorf("%d pages, want 1", n)
			}
		})
	}
}

func TestWriter_SavePage_Refusals(t *testing.T) {
	tests := []struct {
		name string
		p    PageRecord
		want string
	}{
		{"304 of an unknown page", PageRecord{URL: "https://a.example/new", Key: "https://a.example/new", Status: 304, NotModified: true}, "https://a.example/new"},
		{"no key", PageRecord{URL: "https://a.example/nokey", Status: 200}, "https://a.example/nokey"},
		{"too large", PageRecord{URL: "https://a.example/big", Key: "big", Status: 200, Body: make([]byte, MaxBodySize+1)}, "limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			res := savePages(t, s, tt.p)[0]
			if res.Err == nil || !strings.Contains(res.Err.Error(), tt.want) {
				t.Errorf("error %v, want one mentioning %q", res.Err, tt.want)
			}
			if n := count(t, s, `SELECT count(*) FROM pages`); n != 0 {
				t.Errorf("%d pages stored", n)
			}
		})
	}
}

func TestStore_Validators(t *testing.T) {
	s, _ := openTest(t)
	const etag, lm = `W/"abc"`, "Mon, 03 Mar 2025 08:00:00 GMT"
	feed := page("k-feed", "x", 200)
	feed.Article = false
	stored := page("k-stored", "x", 200)
	unextracted := page("k-unextracted", "x", 200)
	gone := page("k-404", "not found", 404)
	for _, p := range []*PageRecord{&feed, &stored, &unextracted, &gone} {
		p.ETag, p.LastModified = etag, lm
	}
	savePages(t, s, feed, stored, unextracted, gone)
	saveAll(t, s, ArticleRecord{PageKey: "k-stored", Source: "forum", Article: extract.Article{URL: "k-stored", Text: "text"}, ExtractorVersion: "v"})
	for _, tt := range []struct{ key, etag, lm string }{
		{"k-feed", etag, lm},
		{"k-stored", etag, lm},
		{"k-unextracted", "", ""}, // archived, article never stored: a 304 would hide it
		{"k-404", "", ""},         // no good copy to revalidate
		{"unknown", "", ""},
	} {
		t.Run(tt.key, func(t *testing.T) {
			etag, lm := s.Validators(tt.key)
			if etag != tt.etag || lm != tt.lm {
				t.Errorf("Validators(%s) = %q, %q; want %q, %q", tt.key, etag, lm, tt.etag, tt.lm)
			}
		})
	}
}

func TestStore_EachPage(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	var ps []PageRecord
	want := map[string]string{}
	// More than one chunk, mixed with pages EachPage must skip.
	for i := range 3*eachPageChunk + 5 {
		key := fmt.Sprintf("https://a.example/%d", i)
		body := fmt.Sprintf("<p>page %d</p>", i)
		p := page(key, body, 200)
		switch i % 5 {
		case 1:
			p.Article = false // a listing page
		case 2:
			p.Status = 404
		default:
			want[key] = body
		}
		ps = append(ps, p)
	}
	savePages(t, s, ps...)
	got := map[string]string{}
	var last int64
	err := s.EachPage(ctx, func(p ArchivedPage) error {
		if p.ID <= last {
			t.Errorf("page %d after %d: not in id order", p.ID, last)
		}
		last = p.ID
		if p.Source != "forum" || p.FetchedAt.IsZero() || p.Status != 200 {
			t.Errorf("page %s: %+v", p.Key, p)
		}
		got[p.Key] = string(p.Body)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Errorf("%d pages, want %d", len(got), len(want))
	}
	for k, b := range want {
		if got[k] != b {
			t.Errorf("%s: body %q, want %q", k, got[k], b)
		}
	}

	t.Run("error stops the walk", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := s.EachPage(ctx, func(ArchivedPage) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("err %v after %d calls", err, n)
		}
	})
}

func TestStore_SiteSiblings(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mk := func(u, body string, status int, article bool) PageRecord {
		p := page(u, body, status)
		p.Article = article
		return p
	}
	savePages(t, s,
		mk("https://News.Example:8443/a", "A", 200, true),
		mk("https://news.example/b", "B", 200, true),
		mk("https://news.example/listing", "L", 200, false),
		mk("https://news.example/gone", "G", 404, true),
		mk("https://other.example/c", "C", 200, true),
		mk("https://news.example/d", "D", 200, true),
	)
	tests := []struct {
		host, except string
		limit        int
		want         []string
	}{
		{"news.example", "", 2, []string{"A", "B"}},
		{"NEWS.example", "", 10, []string{"A", "B", "D"}},
		{"news.example", "https://news.example/b", 10, []string{"A", "D"}},
		{"other.example", "", 10, []string{"C"}},
		{"none.example", "", 10, nil},
		{"news.example", "", 0, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%s/%d", tt.host, tt.except, tt.limit), func(t *testing.T) {
			got, err := s.SiteSiblings(ctx, tt.host, tt.except, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if !bytes.Equal(got[i], []byte(tt.want[i])) {
					t.Errorf("sibling %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestDecompressBody_RefusesBombs(t *testing.T) {
	gzipped := func(n int) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(make([]byte, n))
		zw.Close()
		return buf.Bytes()
	}
	if _, err := decompressBody(gzipped(MaxBodySize), MaxBodySize); err != nil {
		t.Errorf("a body at the limit: %v", err)
	}
	if _, err := decompressBody(gzipped(MaxBodySize+1), MaxBodySize); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("a body past the limit: %v", err)
	}
	if _, err := decompressBody(gzipped(2000), 1000); err == nil || !strings.Contains(err.Error(), "1000-byte limit") {
		t.Errorf("a body past a source's smaller limit: %v", err)
	}
	if _, err := decompressBody(gzipped(1000), 1<<40); err != nil {
		t.Errorf("a limit above MaxBodySize: %v", err)
	}
	if _, err := decompressBody([]byte("not gzip"), MaxBodySize); err == nil {
		t.Error("garbage decompressed without error")
	}
}

func TestWriter_ArticleLinksToItsPage(t *testing.T) {
	for _, pageFirst := range []bool{true, false} {
		t.Run(fmt.Sprintf("page first %v", pageFirst), func(t *testing.T) {
			s, _ := openTest(t)
			rec := goldRecords(t)[0]
			p := page(rec.PageKey, "<html></html>", 200)
			w := s.NewWriter(context.Background(), WriterOptions{})
			var pc, ac <-chan SaveResult
			if pageFirst {
				pc, ac = w.SavePage(p), w.SaveArticle(rec)
			} else {
				ac, pc = w.SaveArticle(rec), w.SavePage(p)
			}
			pr, ar := <-pc, <-ac
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if n := count(t, s, `SELECT count(*) FROM articles WHERE id = ? AND page_id = ?`, ar.ID, pr.ID); n != 1 {
				t.Errorf("article %d not linked to page %d", ar.ID, pr.ID)
			}
		})
	}
}

func TestStore_BodyOfArchivedPage(t *testing.T) {
	s, _ := openTest(t)
	savePages(t, s, page("https://news.example/a", "<p>archived</p>", 200), page("https://news.example/gone", "missing", 404))
	if got := string(s.Body("https://news.example/a", 1000)); got != "<p>archived</p>" {
		t.Errorf("Body = %q, want the archived page", got)
	}
	if got := s.Body("https://news.example/a", 10); got != nil {
		t.Errorf("Body past the source's limit = %q, want nil", got)
	}
	for _, key := range []string{"https://news.example/gone", "https://news.example/never"} {
		if got := s.Body(key, 1000); got != nil {
			t.Errorf("Body(%s) = %q, want nil", key, got)
		}
	}
}
