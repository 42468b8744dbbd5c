package main

import (
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/storage"
	"github.com/trawl/trawl/synth"
)

// synthDB fills a database with synthetic articles and mentions.
func synthDB(t testing.TB, articles, mentions int) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "synth.db")
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := synth.Fill(ctx, st, articles, mentions); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestExport_CommandWritesWhatTheDatabaseHolds(t *testing.T) {
	db := synthDB(t, 60, 8)
	h := openDB(t, db)
	want := scalar(t, h, `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
		JOIN articles a ON a.id = m.article_id WHERE e.status != 'rejected' AND a.duplicate_of IS NULL AND e.label = 'ORG'`)
	r := runTrawl(t, "export", "--db", db, "--what", "mentions", "--label", "ORG")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strconv.Itoa(len(recs) - 1); got != want || want == "0" {
		t.Errorf("%s ORG mentions on stdout, the database holds %s", got, want)
	}
	out := filepath.Join(t.TempDir(), "m.parquet")
	if r := runTrawl(t, "export", "--db", db, "--what", "mentions", "--format", "parquet", "--out", out, "--cursor", "c"); r.code != 0 {
		t.Fatalf("parquet with a cursor: exit %d: %s", r.code, r.stderr)
	}
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Errorf("no parquet file: %v", err)
	}
	for _, bad := range [][]string{
		{"--what", "mentions", "--status", "maybe"},
		{"--what", "mentions", "--format", "parquet"}, // no stdout for parquet
		{"--what", "graph", "--format", "csv"},
		{"--what", "mentions", "--since", "last week"},
	} {
		if r := runTrawl(t, append([]string{"export", "--db", db}, bad...)...); r.code != exitUsage {
			t.Errorf("%q: exit %d, want %d (%s)", bad, r.code, exitUsage, r.stderr)
		}
	}
}

// TestExport_MemoryFlat is the README's export figure: a mentions export to
// each format from a synthetic database, its rate, and peak resident memory
// of the trawl process, which must stay under 200 MB. The default size is
// small so `go test ./...` stays quick; the README's figure is
// TRAWL_EXPORT_ARTICLES=100000 (1,000,000 mentions).
func TestExport_MemoryFlat(t *testing.T) {
	articles := 2000
	if v := os.Getenv("TRAWL_EXPORT_ARTICLES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("TRAWL_EXPORT_ARTICLES=%q: %v", v, err)
		}
		articles = n
	}
	const perArticle = 10
	fill := time.Now()
	db := synthDB(t, articles, perArticle)
	t.Logf("filled %d articles, %d mentions in %v", articles, articles*perArticle, time.Since(fill).Round(time.Second))

	// Baseline: the bare SQL scan of the same rows in this process, no
	// sentences, no encoding; once to warm the page cache, and again after
	// the exports, in the same conditions as they ran.
	want, _ := bareScan(t, db)
	type result struct {
		format       string
		took         time.Duration
		size, peakMB float64
	}
	var results []result
	for _, format := range []string{"csv", "jsonl", "parquet"} {
		out := filepath.Join(t.TempDir(), "mentions."+format)
		start := time.Now()
		cmd := startTrawl(t, "export", "--db", db, "--what", "mentions", "--format", format, "--out", out)
		peak := watchPeakRSS(cmd.Process.Pid)
		if err := cmd.Wait(); err != nil {
			t.Fatalf("export %s: %v", format, err)
		}
		took := time.Since(start)
		peakMB, _ := peak()
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, result{format, took, float64(st.Size()) / 1e6, peakMB})
		if peakMB >= 200 {
			t.Errorf("%s export: peak resident memory %.0f MB, want under 200 MB", format, peakMB)
		}
		if format == "csv" {
			if n := countRecords(t, out); n != want+1 {
				t.Errorf("csv holds %d records, want %d rows and a header", n, want)
			}
		}
	}
	_, base := bareScan(t, db)
	t.Logf("baseline: bare SQL scan of %d mentions: %.0f rows/s", want, base)
	for _, r := range results {
		rate := float64(want) / r.took.Seconds()
		t.Logf("%s: %d mentions in %v: %.0f rows/s (×%.2f of the bare scan), %.0f MB file, peak RSS %.0f MB",
			r.format, want, r.took.Round(time.Millisecond), rate, rate/base, r.size, r.peakMB)
	}
}

// bareScan reads the default mentions export's rows with plain SQL and
// returns how many there are and the rate.
func bareScan(t *testing.T, db string) (int, float64) {
	h := openDB(t, db)
	start := time.Now()
	rows, err := h.Query(`SELECT m.id, m.article_id, m.entity_id, e.label, e.canonical, e.status, m.text, m.start, m."end",
		a.url, a.published, a.source, m.extractor_version FROM mentions m JOIN entities e ON e.id = m.entity_id
		JOIN articles a ON a.id = m.article_id WHERE e.status != 'rejected' AND a.duplicate_of IS NULL`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var n int
	var cols [13]any
	ptrs := make([]any, len(cols))
	for i := range cols {
		ptrs[i] = &cols[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return n, float64(n) / time.Since(start).Seconds()
}

// countRecords counts a CSV file's records, reading one at a time.
func countRecords(t *testing.T, path string) int {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.ReuseRecord = true
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		n++
	}
}
