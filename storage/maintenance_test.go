package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/trawl/trawl/extract"
)

func TestStore_BackupDuringWrites(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	// A writer keeps committing pages while the backup runs.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		w := s.NewWriter(ctx, WriterOptions{BatchSize: 8})
		defer w.Close()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			<-w.SavePage(page(fmt.Sprintf("https://a.example/%d", i), fmt.Sprintf("<p>page %d</p>", i), 200))
		}
	})
	waitFor(t, func() bool { return count(t, s, `SELECT count(*) FROM pages`) >= 50 })
	backup := filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	after := count(t, s, `SELECT count(*) FROM pages`)
	close(stop)
	wg.Wait()

	b, err := Open(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var check string
	if err := b.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("backup integrity_check: %q, %v", check, err)
	}
	n := count(t, b, `SELECT count(*) FROM pages`)
	if n < 50 || n > after {
		t.Errorf("backup holds %d pages; the source had at least 50 before and %d after", n, after)
	}
	// Every page in the copy is whole: its body reads back.
	if got := count(t, b, `SELECT count(*) FROM pages WHERE body IS NULL OR body_size = 0`); got != 0 {
		t.Errorf("%d pages without their body in the backup", got)
	}
	if err := s.Backup(ctx, backup); !errors.Is(err, fs.ErrExist) {
		t.Errorf("backup over an existing file: %v, want fs.ErrExist", err)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition not met in 10s")
}

func TestStore_PruneKeepsArticlesAndValidators(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	old, fresh := page("https://a.example/old", "<p>old</p>", 200), page("https://a.example/new", "<p>new</p>", 200)
	old.ETag, old.FetchedAt = `"v1"`, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	fresh.FetchedAt = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	savePages(t, s, old, fresh)
	w := s.NewWriter(ctx, WriterOptions{})
	if res := <-w.SaveArticle(ArticleRecord{PageKey: old.Key, Source: "forum", Article: extract.Article{URL: old.URL, Text: "Old news."}}); res.Err != nil {
		t.Fatal(res.Err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := s.Prune(ctx, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), true)
	if err != nil {
		t.Fatal(err)
	}
	if r.Pages != 1 || r.Bytes != int64(len("<p>old</p>")) {
		t.Errorf("pruned %+v, want the one old page", r)
	}
	if s.Body(old.Key, 1<<20) != nil || string(s.Body(fresh.Key, 1<<20)) != "<p>new</p>" {
		t.Error("prune dropped the wrong body")
	}
	if etag, _ := s.Validators(old.Key); etag != `"v1"` {
		t.Errorf("validators after prune: %q, want the ETag kept for conditional GET", etag)
	}
	if n := count(t, s, `SELECT count(*) FROM articles WHERE key = ? AND text = 'Old news.'`, old.Key); n != 1 {
		t.Error("prune lost the article")
	}
	var seen []string
	if err := s.EachPage(ctx, func(p ArchivedPage) error { seen = append(seen, p.Key); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 || seen[0] != fresh.Key {
		t.Errorf("reprocess walk after prune: %q, want only the page with a body", seen)
	}
}

func TestInspect_ReadsWithoutChanging(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	h, err := Inspect(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if h.Integrity != "ok" || h.Version != h.LatestVersion || h.LatestVersion < 7 || h.Size == 0 || h.FreeDisk == 0 {
		t.Errorf("health %+v", h)
	}
	s.Close()
	if _, err := Inspect(ctx, filepath.Join(t.TempDir(), "missing.db")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing database: %v", err)
	}
}

func TestStore_PageFailuresRetriedThenGivenUp(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	run, err := s.StartRun(ctx, []string{"forum"})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	fail := func(u string, at time.Time, article bool) {
		w := s.NewWriter(ctx, WriterOptions{})
		w.RecordError(RunError{RunID: run, Source: "forum", URL: u, Status: 503, Message: "unavailable", At: at, Article: article})
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	due := func(at time.Time) []string {
		urls, err := s.DueRetries(ctx, "forum", 7*24*time.Hour, at)
		if err != nil {
			t.Fatal(err)
		}
		return urls
	}
	fail("https://a.example/story", t0, true)
	fail("https://a.example/feed", t0, false) // listings are fetched every run anyway
	if got := due(t0.Add(30 * time.Minute)); len(got) != 0 {
		t.Errorf("due after 30 minutes: %q, want none (first pause 1h)", got)
	}
	if got := due(t0.Add(time.Hour)); len(got) != 1 || got[0] != "https://a.example/story" {
		t.Errorf("due after an hour: %q, want the story", got)
	}
	fail("https://a.example/story", t0.Add(time.Hour), true) // second failure: pause 2h
	if got := due(t0.Add(2 * time.Hour)); len(got) != 0 {
		t.Errorf("due 1h after the second failure: %q, want none", got)
	}
	if got := due(t0.Add(3 * time.Hour)); len(got) != 1 {
		t.Errorf("due 2h after the second failure: %q", got)
	}
	if got := due(t0.Add(8 * 24 * time.Hour)); len(got) != 0 {
		t.Errorf("due after 8 days: %q, want it given up", got)
	}
	fs, err := s.PageFailures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Tries != 2 || fs[0].GivenUp.IsZero() || fs[0].Status != 503 {
		t.Errorf("failures %+v, want the story given up after 2 tries", fs)
	}

	// A page that is gone is given up at once.
	w := s.NewWriter(ctx, WriterOptions{})
	w.RecordError(RunError{RunID: run, Source: "forum", URL: "https://a.example/gone", Status: 404, Message: "not found", At: t0, Article: true})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := due(t0.Add(48 * time.Hour)); len(got) != 0 {
		t.Errorf("a 404 page is retried: %q", got)
	}

	// A page fetched again leaves the list.
	fail("https://a.example/later", t0, true)
	p := page("https://a.example/later", "<p>back</p>", 200)
	savePages(t, s, p)
	if n := count(t, s, `SELECT count(*) FROM page_failures WHERE url = ?`, p.URL); n != 0 {
		t.Errorf("a fetched page still listed as failing")
	}
}

func TestRetryPause_DoublesToADay(t *testing.T) {
	for tries, want := range map[int]time.Duration{1: time.Hour, 2: 2 * time.Hour, 3: 4 * time.Hour, 5: 16 * time.Hour, 6: 24 * time.Hour, 20: 24 * time.Hour} {
		if got := retryPause(tries); got != want {
			t.Errorf("pause after %d tries = %v, want %v", tries, got, want)
		}
	}
}

func TestStore_RunReportsAndGauges(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	g, err := s.ReadGauges(ctx)
	if err != nil || g.LastRun != nil {
		t.Fatalf("gauges of an empty database: %+v, %v", g, err)
	}
	run, err := s.StartRun(ctx, []string{"forum", "pib"})
	if err != nil {
		t.Fatal(err)
	}
	w := s.NewWriter(ctx, WriterOptions{})
	w.RecordError(RunError{RunID: run, Source: "pib", URL: "https://p.example/x", Status: 429, Message: "slow down"})
	w.RecordError(RunError{RunID: run, Source: "pib", URL: "https://p.example/y", Message: "connection refused"})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	summary := map[string]any{"sources": []map[string]any{
		{"name": "forum", "fetched": 7, "not_modified": 4, "new_articles": 3, "updated_articles": 1, "duplicates": 1},
		{"name": "pib", "fetched": 2, "new_articles": 0, "failed": "no start URL could be fetched"},
	}}
	if err := s.FinishRun(ctx, run, "source_failed", summary); err != nil {
		t.Fatal(err)
	}
	reps, err := s.RunReports(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	r := reps[0]
	if len(reps) != 1 || r.Fetched != 9 || r.NotModified != 4 || r.NewArticles != 3 || r.Updated != 1 || r.Duplicates != 1 || r.Errors != 2 ||
		r.Failed != "pib: no start URL could be fetched" || r.Status != "source_failed" {
		t.Errorf("report %+v", r)
	}
	if g, err = s.ReadGauges(ctx); err != nil {
		t.Fatal(err)
	}
	if g.PagesFetched != 9 || g.ErrorsByKind["http_429"] != 1 || g.ErrorsByKind["no_response"] != 1 ||
		g.Runs["source_failed"] != 1 || g.LastRun == nil || g.LastRun.ID != run || !g.LastSuccessAt.IsZero() {
		t.Errorf("gauges %+v", g)
	}
}

func TestChangeTracking_Triggers(t *testing.T) {
	s, _ := openTest(t)
	seq := func() int64 {
		n, err := s.ChangeSeq(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	changed := func(table string, id int64) int64 {
		var n int64
		if err := s.DB().QueryRow(`SELECT changed FROM `+table+` WHERE id = ?`, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	exec := func(q string, args ...any) sql.Result {
		res, err := s.DB().Exec(q, args...)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	res := exec(`INSERT INTO entities(label, canonical) VALUES ('ORG', 'A'), ('ORG', 'B')`)
	b, _ := res.LastInsertId()
	if changed("entities", b) != seq() || seq() != 2 {
		t.Errorf("after two inserts: entity changed %d, seq %d", changed("entities", b), seq())
	}
	exec(`UPDATE entities SET status = 'accepted' WHERE id = ?`, b-1)
	if changed("entities", b-1) != 3 || seq() != 3 {
		t.Errorf("a status change did not move the entity to the new sequence: %d, seq %d", changed("entities", b-1), seq())
	}
}
