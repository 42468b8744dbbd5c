package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

func openTest(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "trawl.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// count runs a query returning one integer.
func count(t testing.TB, s *Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// goldRecords turns the gold articles into article records keyed by URL.
func goldRecords(t testing.TB) []ArticleRecord {
	t.Helper()
	golds, err := evaluation.ReadGold(filepath.Join("..", "testdata", "gold", "forum.jsonl"), filepath.Join("..", "testdata", "gold", "pib.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []ArticleRecord
	for _, g := range golds {
		out = append(out, ArticleRecord{
			PageKey:          g.URL,
			Source:           g.Site,
			Article:          extract.Article{URL: g.URL, Title: g.Title, Byline: g.Byline, Published: g.Published, Text: g.Text, Lang: "en"},
			Entities:         g.Entities,
			ExtractorVersion: "test-1",
			ExtractedAt:      time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		})
	}
	return out
}

// saveAll writes records through one writer and returns their results.
func saveAll(t testing.TB, s *Store, recs ...ArticleRecord) []SaveResult {
	t.Helper()
	w := s.NewWriter(context.Background(), WriterOptions{})
	chans := make([]<-chan SaveResult, len(recs))
	for i, r := range recs {
		chans[i] = w.SaveArticle(r)
	}
	out := make([]SaveResult, len(recs))
	for i, c := range chans {
		out[i] = <-c
		if out[i].Err != nil {
			t.Fatalf("save %s: %v", recs[i].PageKey, out[i].Err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

var schemaTables = []string{"sources", "runs", "run_errors", "pages", "articles", "articles_fts",
	"entities", "aliases", "mentions", "amounts", "reviews"}

func TestOpen_MigratesFromEmpty(t *testing.T) {
	s, _ := openTest(t)
	for _, table := range schemaTables {
		t.Run(table, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM sqlite_master WHERE name = ?`, table); n != 1 {
				t.Errorf("table %s: %d entries in sqlite_master, want 1", table, n)
			}
		})
	}
	if v := count(t, s, `SELECT max(version_id) FROM goose_db_version`); v < 1 {
		t.Errorf("goose version %d, want >= 1", v)
	}
}

func TestOpen_PragmasOnEveryConnection(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	// Hold several connections at once so the pool must open new ones.
	var conns []interface{ Close() error }
	for i := range 3 {
		c, err := s.DB().Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var mode string
		var fk, busy int
		if err := c.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&busy); err != nil {
			t.Fatal(err)
		}
		if mode != "wal" || fk != 1 || busy < 1000 {
			t.Errorf("connection %d: journal_mode=%s foreign_keys=%d busy_timeout=%d", i, mode, fk, busy)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

func TestOpen_ReopenIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	saveAll(t, s, goldRecords(t)[:2]...)
	version := count(t, s, `SELECT max(version_id) FROM goose_db_version`)
	rows := count(t, s, `SELECT count(*) FROM goose_db_version`)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		s2, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen %d: %v", i, err)
		}
		if got := count(t, s2, `SELECT count(*) FROM articles`); got != 2 {
			t.Errorf("reopen %d: %d articles, want 2", i, got)
		}
		if got := count(t, s2, `SELECT max(version_id) FROM goose_db_version`); got != version {
			t.Errorf("reopen %d: version %d, want %d", i, got, version)
		}
		if got := count(t, s2, `SELECT count(*) FROM goose_db_version`); got != rows {
			t.Errorf("reopen %d: %d goose rows, want %d (migrations ran again)", i, got, rows)
		}
		s2.Close()
	}
}

func TestOpen_BadPath(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"", "a?b.db", filepath.Join(t.TempDir(), "missing", "dir", "x.db")} {
		t.Run(path, func(t *testing.T) {
			s, err := Open(ctx, path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", path)
			}
			if path != "" && !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name the path", err)
			}
		})
	}
}

// A reader in one Store while another Store's writer commits must see no
// SQLITE_BUSY: WAL lets them run side by side, the busy timeout covers the
// rest.
func TestStore_ReaderWhileWriterWrites(t *testing.T) {
	ctx := context.Background()
	writer, path := openTest(t)
	reader, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	recs := goldRecords(t)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	readErr := make(chan error, 1)
	reads := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := reader.Stats(ctx); err != nil {
				readErr <- err
				return
			}
			if _, err := reader.ReviewAliases(ctx); err != nil {
				readErr <- err
				return
			}
			reads++
		}
	}()
	w := writer.NewWriter(ctx, WriterOptions{BatchSize: 4})
	var chans []<-chan SaveResult
	for round := range 5 {
		for _, r := range recs {
			r.PageKey = fmt.Sprintf("%s#%d", r.PageKey, round)
			chans = append(chans, w.SaveArticle(r))
		}
	}
	for _, c := range chans {
		if res := <-c; res.Err != nil {
			t.Errorf("write: %v", res.Err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	close(stop)
	wg.Wait()
	select {
	case err := <-readErr:
		t.Fatalf("reader: %v", err)
	default:
	}
	if reads == 0 {
		t.Fatal("reader never ran")
	}
	if got, want := count(t, reader, `SELECT count(*) FROM articles`), 5*len(recs); got != want {
		t.Errorf("reader sees %d articles, want %d", got, want)
	}
}

func TestStore_SchemaEnforcesForeignKeys(t *testing.T) {
	s, _ := openTest(t)
	_, err := s.DB().Exec(`INSERT INTO mentions(article_id, entity_id, start, "end", text, label) VALUES (999, 999, 0, 1, 'x', 'ORG')`)
	if err == nil {
		t.Fatal("a mention of a missing article was accepted")
	}
}

func TestOpen_ConcurrentOpensOfANewFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	const n = 4
	errs := make(chan error, n)
	for range n {
		go func() {
			s, err := Open(context.Background(), path)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("concurrent open of a new database: %v", err)
		}
	}
}
