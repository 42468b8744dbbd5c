package storage

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/trawl/trawl/extract"
)

// analystQueries are the examples the README gives analysts; they must keep
// running against the schema and find what they promise in the gold set.
var analystQueries = []struct {
	name  string
	query string
}{
	{"articles mentioning a word, newest first", `
SELECT a.published, a.source, a.title
FROM articles_fts f JOIN articles a ON a.id = f.rowid
WHERE articles_fts MATCH 'drone*' AND a.duplicate_of IS NULL
ORDER BY a.published DESC LIMIT 5`},
	{"most mentioned organisations", `
SELECT canonical, mentions, articles FROM entities
WHERE label = 'ORG' AND status != 'rejected' ORDER BY mentions DESC LIMIT 5`},
	{"largest rupee amounts", `
SELECT a.published, am.text, am.value, am.value_max, am.usd, a.title
FROM amounts am JOIN articles a ON a.id = am.article_id
WHERE am.currency = 'INR'
ORDER BY am.value DESC LIMIT 5`},
	{"people in articles that name a platform", `
SELECT p.canonical AS person, count(DISTINCT m.article_id) AS articles
FROM mentions m
JOIN entities p ON p.id = m.entity_id AND p.label = 'PERSON'
WHERE m.article_id IN (
  SELECT m2.article_id FROM mentions m2 JOIN entities e2 ON e2.id = m2.entity_id
  WHERE e2.label = 'PLATFORM')
GROUP BY p.id ORDER BY articles DESC LIMIT 5`},
	{"mentions in context", `
SELECT e.label, e.canonical, m.text,
  CAST(substr(CAST(a.text AS BLOB), m.start + 1, m."end" - m.start) AS TEXT) AS at_offsets
FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id
WHERE e.canonical = 'India' LIMIT 3`}, // start/end are byte offsets: cut the text as a BLOB,
}

func TestSchema_AnalystQueries(t *testing.T) {
	s, _ := openTest(t)
	saveAll(t, s, goldRecords(t)...)
	for _, q := range analystQueries {
		t.Run(q.name, func(t *testing.T) {
			rows, err := s.DB().QueryContext(context.Background(), q.query)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			out, err := formatRows(rows)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) == 0 {
				t.Fatal("no rows on the gold set")
			}
			t.Logf("%s\n%s", strings.TrimSpace(q.query), strings.Join(out, "\n"))
		})
	}
	// The offsets a mention stores cut its own text out of the article.
	if n := count(t, s, `SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE substr(CAST(a.text AS BLOB), m.start + 1, m."end" - m.start) != CAST(m.text AS BLOB)`); n != 0 {
		t.Errorf("%d mentions whose byte offsets do not cut out their text", n)
	}
}

func formatRows(rows *sql.Rows) ([]string, error) {
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	out := []string{strings.Join(cols, " | ")}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		cells := make([]string, len(vals))
		for i, v := range vals {
			cells[i] = fmt.Sprint(v)
		}
		out = append(out, strings.Join(cells, " | "))
	}
	if len(out) == 1 {
		return nil, rows.Err()
	}
	return out, rows.Err()
}

// Search stems English, so the singular finds the plural; migration 5
// rebuilds an index made before it with the new tokenizer.
func TestSchema_SearchStemsAndMigrationRebuildsOldIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, sub, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO articles(source, url, key, title, text, content_hash, extracted_at)
		VALUES ('s', 'u', 'k', 'Navy tests', 'Two unmanned drones flew over the harbour.', 'h', '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	const search = `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`
	var before int
	if err := db.QueryRow(search, "drone").Scan(&before); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if before != 0 {
		t.Fatalf("before migration 5 'drone' matched %d rows; the test no longer shows the change", before)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, q := range []string{"drone", "drone*", "drones", "harbour", "test"} {
		if n := count(t, s, search, q); n != 1 {
			t.Errorf("MATCH %q after migration: %d rows, want 1", q, n)
		}
	}
	if n := count(t, s, search, "submarine"); n != 0 {
		t.Errorf("MATCH submarine: %d rows, want 0", n)
	}
	// New articles are indexed stemmed by the recreated triggers.
	saveAll(t, s, ArticleRecord{PageKey: "k2", Source: "s", Article: extract.Article{URL: "u2", Title: "Fleet", Text: "The navy droned on about submarines."}})
	if n := count(t, s, search, "submarine"); n != 1 {
		t.Errorf("MATCH submarine after a new article: %d rows, want 1", n)
	}
}
