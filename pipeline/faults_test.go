package pipeline

import (
	"bytes"
	"context"
	"database/sql"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/samplesites"
	"github.com/trawl/trawl/storage"
)

func TestRun_MarksDeadRunsInterrupted(t *testing.T) {
	s := serveSites(t)
	e := newEnv(t, s.config(t))
	e.opts.Only = []string{"pib"}
	// A run whose process was killed: started, never finished.
	dead, err := e.store.StartRun(context.Background(), []string{"pib"})
	if err != nil {
		t.Fatal(err)
	}
	sum := e.run(t)
	if len(sum.Interrupted) != 1 || sum.Interrupted[0] != dead {
		t.Errorf("summary names interrupted runs %v, want [%d]", sum.Interrupted, dead)
	}
	db := e.store.DB()
	if n := count(t, db, `SELECT count(*) FROM runs WHERE id = ? AND status = ? AND finished_at IS NULL`, dead, storage.RunInterrupted); n != 1 {
		t.Errorf("the dead run is not marked interrupted with an unknown finish time")
	}
	if n := count(t, db, `SELECT count(*) FROM runs WHERE id = ? AND status = 'ok'`, sum.RunID); n != 1 {
		t.Errorf("the new run did not finish ok")
	}
}

// failWrites makes SQLite refuse inserts into table for URLs containing
// part: a save that fails for good, whatever the reason.
func failWrites(t *testing.T, db *sql.DB, table, part string) {
	t.Helper()
	_, err := db.Exec(`CREATE TRIGGER fail_` + table + ` BEFORE INSERT ON ` + table +
		` WHEN instr(NEW.url, '` + part + `') > 0 BEGIN SELECT RAISE(ABORT, 'injected write failure'); END`)
	if err != nil {
		t.Fatal(err)
	}
}

func TestRun_FailedSavesAreRecordedNotFatal(t *testing.T) {
	const (
		noArticle = "/2025/09/japan-widens-security-web-with-philippines-australia/"
		noPage    = "/2025/11/india-u-s-sign-10-year-defense-framework-as-engine-deal-lands/"
	)
	s := serveSites(t)
	e := newEnv(t, s.config(t))
	e.opts.Only = []string{"forum"}
	db := e.store.DB()
	failWrites(t, db, "articles", noArticle)
	failWrites(t, db, "pages", noPage)
	sum, err := Run(context.Background(), e.opts)
	if err != nil {
		t.Fatalf("Run: %v; single failed saves must not fail the run", err)
	}
	if n := count(t, db, `SELECT count(*) FROM runs WHERE id = ? AND status = 'ok'`, sum.RunID); n != 1 {
		t.Errorf("run status is not ok")
	}
	for _, path := range []string{noArticle, noPage} {
		u := s.forum.URL + path
		if n := count(t, db, `SELECT count(*) FROM run_errors WHERE run_id = ? AND url = ? AND message LIKE '%injected write failure%'`, sum.RunID, u); n == 0 {
			t.Errorf("%s: failed save not in run_errors", path)
		}
		inSummary := false
		for _, pe := range sum.Errors {
			inSummary = inSummary || (pe.URL == u && strings.Contains(pe.Message, "injected write failure"))
		}
		if !inSummary {
			t.Errorf("%s: failed save not in the summary", path)
		}
		if n := count(t, db, `SELECT count(*) FROM articles WHERE url = ?`, u); n != 0 {
			t.Errorf("%s: an article was stored", path)
		}
	}
	if n := count(t, db, `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.id = a.page_id)`); n != 0 {
		t.Errorf("%d articles stored without their page", n)
	}
	f := sum.Sources[0]
	if f.NewArticles != 6 || f.ArticleFailed != 2 || f.Failed != "" {
		t.Errorf("forum: %d new, %d failed, failed %q; want 6 new, 2 failed and the source standing", f.NewArticles, f.ArticleFailed, f.Failed)
	}
}

// redesign serves the site's gold article pages rewritten by change, as
// if the site had changed its layout.
func redesign(t *testing.T, srv *samplesites.Server, change func([]byte) []byte) int {
	t.Helper()
	routes := srv.Site().GoldRoutes()
	for _, r := range routes {
		b, err := srv.Site().File(r)
		if err != nil {
			t.Fatal(err)
		}
		srv.Set(r, change(b))
	}
	return len(routes)
}

func TestRun_StaleRulesFallBackAndSaySo(t *testing.T) {
	s := serveSites(t)
	// The body's container is renamed: forum.yaml's selector finds nothing.
	n := redesign(t, s.forum, func(b []byte) []byte {
		return bytes.ReplaceAll(b, []byte("entry-content"), []byte("post-body"))
	})
	e := newEnv(t, s.config(t))
	sum := e.run(t)
	if sum.Failed() {
		t.Fatalf("a source failed: %+v", sum.Sources)
	}
	forum, pib := sum.Sources[0], sum.Sources[1]
	if forum.RulesFailed < n || forum.RulesPages != forum.RulesFailed || forum.StaleRules != "forum" {
		t.Errorf("forum: rules failed on %d of %d pages, stale %q; want all %d+ and \"forum\"", forum.RulesFailed, forum.RulesPages, forum.StaleRules, n)
	}
	if pib.RulesFailed != 0 || pib.StaleRules != "" {
		t.Errorf("pib's rules flagged: %+v", pib)
	}
	if forum.NewArticles != 8 {
		t.Errorf("forum: %d articles stored, want the 8 the generic extractor reads", forum.NewArticles)
	}
	short := count(t, e.store.DB(), `SELECT count(*) FROM articles WHERE source = 'forum' AND length(text) < 500`)
	if short != 0 {
		t.Errorf("%d forum articles under 500 bytes from the generic extractor", short)
	}
}

func TestRun_SourceWhoseArticlesAllFailFails(t *testing.T) {
	s := serveSites(t)
	n := redesign(t, s.forum, func([]byte) []byte {
		return []byte(`<!doctype html><html><head><title>Maintenance</title></head><body></body></html>`)
	})
	e := newEnv(t, s.config(t))
	sum := e.run(t)
	forum, pib := sum.Sources[0], sum.Sources[1]
	if !sum.Failed() || forum.Failed == "" || forum.ArticleFailed != forum.ArticlePages || forum.ArticlePages < n {
		t.Errorf("forum: %d of %d article pages failed, failed %q; want the source failed", forum.ArticleFailed, forum.ArticlePages, forum.Failed)
	}
	if pib.Failed != "" {
		t.Errorf("pib failed too: %s", pib.Failed)
	}
	if c := count(t, e.store.DB(), `SELECT count(*) FROM runs WHERE id = ? AND status = 'source_failed'`, sum.RunID); c != 1 {
		t.Errorf("run status is not source_failed")
	}
}

func TestRun_GzipBombIsRecordedAsTooLarge(t *testing.T) {
	const tenGiB = 10 << 30
	bomb := httptest.NewServer(samplesites.GzipBomb(tenGiB, func(h http.Header) { h.Set("Content-Type", "application/xml") }))
	t.Cleanup(bomb.Close)
	cfg, err := configs.Parse("bomb sources", []byte(`sources:
  - name: bomb
    kind: sitemap
    start: [`+bomb.URL+`/sitemap.xml.gz]
    delay: 0s
    max_body_size: 1048576
`))
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, cfg)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	sum := e.run(t)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 256<<20 {
		t.Errorf("the run allocated %d MiB for one 1 MiB-capped body", alloc>>20)
	}
	db := e.store.DB()
	u := bomb.URL + "/sitemap.xml.gz"
	if n := count(t, db, `SELECT count(*) FROM run_errors WHERE run_id = ? AND url = ? AND message LIKE '%exceeds max_body_size%'`, sum.RunID, u); n != 1 {
		t.Errorf("the bomb is not recorded as too large in run_errors")
	}
	if n := count(t, db, `SELECT count(*) FROM runs WHERE id = ? AND status = 'source_failed'`, sum.RunID); n != 1 {
		t.Errorf("the run did not finish as source_failed")
	}
}

// TestAnalyse_PanicIsThePagesError: a panic while analysing one page (here
// a nil annotator's) comes back as that page's error, naming it, so a run
// records it and goes on to the next page.
func TestAnalyse_PanicIsThePagesError(t *testing.T) {
	page := "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>" +
		strings.Repeat("<p>The harbour at Kessel reopened on Monday after a week of repairs to the outer wall, the port authority said in a statement.</p>", 8) +
		"</article></body></html>"
	const url = "https://news.example/2026/harbour"
	_, err := Analyse(context.Background(), nil, nil, nil, "k1", url, []byte(page), time.Now())
	if err == nil || !strings.Contains(err.Error(), url) || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("Analyse with a panicking annotator: err = %v, want an internal error naming %s", err, url)
	}
}
