package main

import (
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/trawl/trawl/samplesites"
)

// sampleConfig serves both sample sites and writes a sources file for them
// with the given per-host delay.
func sampleConfig(t testing.TB, delay string) string {
	t.Helper()
	all, err := samplesites.ServeAll(nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(all.Close)
	return writeFile(t, t.TempDir(), "sources.yaml", all.SourcesYAML("", delay))
}

func startTrawl(t testing.TB, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(trawlBin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// waitRows polls the database until table holds at least n rows.
func waitRows(t testing.TB, db, table string, n int, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		h := openDB(t, db)
		var got int
		if err := h.QueryRow(`SELECT count(*) FROM ` + table).Scan(&got); err == nil && got >= n {
			return
		}
	}
	t.Fatalf("fewer than %d rows in %s of %s after %v", n, table, db, limit)
}

func checkComplete(t testing.TB, db string) {
	t.Helper()
	h := openDB(t, db)
	if s := scalar(t, h, `PRAGMA integrity_check`); s != "ok" {
		t.Fatalf("integrity_check: %s", s)
	}
	if n := scalar(t, h, `SELECT count(*) FROM articles`); n != "17" {
		t.Errorf("%s articles, want 17", n)
	}
	if n := scalar(t, h, `SELECT count(*) - count(DISTINCT key) FROM articles`); n != "0" {
		t.Errorf("%s duplicate articles", n)
	}
	if n := scalar(t, h, `SELECT count(*) - count(DISTINCT key) FROM pages`); n != "0" {
		t.Errorf("%s duplicate pages", n)
	}
}

func TestRun_ConcurrentRunExits3(t *testing.T) {
	cfg := sampleConfig(t, "300ms")
	db := filepath.Join(t.TempDir(), "trawl.db")
	first := startTrawl(t, "run", "--config", cfg, "--db", db)
	// A run row exists once the first run holds the lock; its crawl then
	// takes seconds at this delay.
	waitRows(t, db, "runs", 1, 60*time.Second)
	second := runTrawl(t, "run", "--config", cfg, "--db", db)
	if second.code != exitLocked {
		t.Errorf("second run exit %d, want %d; stderr: %s", second.code, exitLocked, second.stderr)
	}
	if err := first.Wait(); err != nil {
		t.Fatalf("first run: %v", err)
	}
	checkComplete(t, db)
}

func TestRun_KilledRunThenRerunCompletes(t *testing.T) {
	cfg := sampleConfig(t, "150ms")
	db := filepath.Join(t.TempDir(), "trawl.db")
	victim := startTrawl(t, "run", "--config", cfg, "--db", db)
	waitRows(t, db, "articles", 3, 60*time.Second)
	if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	victim.Wait() //nolint:errcheck // killed on purpose
	h := openDB(t, db)
	if s := scalar(t, h, `PRAGMA integrity_check`); s != "ok" {
		t.Fatalf("after SIGKILL, integrity_check: %s", s)
	}
	if n := scalar(t, h, `SELECT count(*) FROM articles`); n == "17" {
		t.Fatal("the killed run had already stored everything; kill it earlier")
	}
	r := runTrawl(t, "run", "--config", cfg, "--db", db)
	if r.code != 0 {
		t.Fatalf("re-run exit %d: %s", r.code, r.stderr)
	}
	checkComplete(t, db)
}
