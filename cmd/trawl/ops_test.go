package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/samplesites"
)

// TestBackup_DuringARun is the acceptance test: a backup taken
// while `trawl run` writes opens, passes integrity_check, and holds what was
// committed when it was taken.
func TestBackup_DuringARun(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "trawl.db")
	sites, err := samplesites.ServeAll(nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sites.Close)
	for _, s := range sites {
		s.Validators = true // ETag and Last-Modified, and 304 when they match
	}
	cfg := writeFile(t, dir, "sources.yaml", sites.SourcesYAML("", "150ms"))
	run := startTrawl(t, "run", "--config", cfg, "--db", db, "--no-progress")
	waitRows(t, db, "articles", 3, 60*time.Second)
	backup := filepath.Join(dir, "backup.db")
	r := runTrawl(t, "backup", "--db", db, backup)
	if r.code != 0 {
		t.Fatalf("backup exit %d: %s", r.code, r.stderr)
	}
	if run.ProcessState != nil {
		t.Fatal("the run ended before the backup; the test proves nothing")
	}
	if err := run.Wait(); err != nil {
		t.Fatalf("run: %v", err)
	}
	b := openDB(t, backup)
	if s := scalar(t, b, `PRAGMA integrity_check`); s != "ok" {
		t.Fatalf("backup integrity_check: %s", s)
	}
	if s := scalar(t, b, `SELECT count(*) FROM pragma_foreign_key_check`); s != "0" {
		t.Errorf("backup has %s dangling references", s)
	}
	n, _ := strconv.Atoi(scalar(t, b, `SELECT count(*) FROM articles`))
	if n < 3 || n > 17 {
		t.Errorf("backup holds %d articles; 3 or more were stored before it, 17 after the run", n)
	}
	// Every article in the copy has its mentions: no half-written article.
	if s := scalar(t, b, `SELECT count(*) FROM articles a WHERE text != '' AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)`); s != "0" {
		t.Errorf("%s articles in the backup lack their mentions", s)
	}
	if r := runTrawl(t, "backup", "--db", db, backup); r.code == 0 {
		t.Error("backup over an existing file succeeded")
	}
	checkComplete(t, db)

	// The runs listing shows the run; prune drops bodies and keeps articles.
	r = runTrawl(t, "runs", "--db", db)
	if r.code != 0 || !strings.Contains(r.stdout, " ok ") {
		t.Errorf("runs: exit %d\n%s", r.code, r.stdout)
	}
	// The sample sites answer some article pages with 404 (given up at
	// once) and 500 (retried on later runs).
	r = runTrawl(t, "runs", "--db", db, "--failures")
	if r.code != 0 || !strings.Contains(r.stdout, "GIVEN UP") || !strings.Contains(r.stdout, "retry ") || !strings.Contains(r.stdout, " 500 ") {
		t.Errorf("runs --failures: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runTrawl(t, "prune", "--db", db, "--archive-older-than", "0d")
	if r.code != exitUsage {
		t.Errorf("prune 0d: exit %d, want %d", r.code, exitUsage)
	}
	// Sleep past the fetch times so a one-second age covers every page:
	// times are stored to the second, so a page fetched at 12:00:00.9 and a
	// cutoff of 12:00:00.2 (one second before a prune at 12:00:01.2) read
	// the same second; two seconds always part them (this raced under load).
	time.Sleep(2100 * time.Millisecond)
	if r = runTrawl(t, "prune", "--db", db, "--archive-older-than", "1s", "--vacuum"); r.code != 0 {
		t.Fatalf("prune exit %d: %s", r.code, r.stderr)
	}
	h := openDB(t, db)
	if s := scalar(t, h, `SELECT count(*) FROM pages WHERE body IS NOT NULL`); s != "0" {
		t.Errorf("%s bodies left after prune", s)
	}
	checkComplete(t, db) // articles and mentions stay

	// A run after the prune still asks conditionally: unchanged pages
	// answer 304 and nothing is lost.
	r = runTrawl(t, "run", "--config", cfg, "--db", db, "--no-progress")
	if r.code != 0 {
		t.Fatalf("run after prune: exit %d: %s", r.code, r.stderr)
	}
	if n := scalar(t, openDB(t, db), `SELECT sum(json_extract(value, '$.not_modified')) FROM runs, json_each(runs.summary, '$.sources') WHERE runs.id = (SELECT max(id) FROM runs)`); n == "0" || n == "" {
		t.Errorf("run after prune: %s pages not modified, want conditional GETs answered 304\n%s", n, r.stdout)
	}
	checkComplete(t, db)
}

func TestDoctor_ExitsNonZeroOnProblems(t *testing.T) {
	dir := t.TempDir()
	cfg := writeFile(t, dir, "sources.yaml", "sources:\n  - name: x\n    kind: rss\n    start: [http://127.0.0.1:1/feed]\n")
	r := runTrawl(t, "doctor", "--config", cfg, "--db", filepath.Join(dir, "t.db"))
	if r.code == 0 || !strings.Contains(r.stdout, "connection refused") || !strings.Contains(r.stdout, "does not exist yet") {
		t.Errorf("doctor: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	good := sampleConfig(t, "0s")
	if r := runTrawl(t, "doctor", "--config", good, "--db", filepath.Join(dir, "t.db")); r.code != 0 {
		t.Errorf("doctor on the sample sites: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
