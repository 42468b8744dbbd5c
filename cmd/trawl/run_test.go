package main

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
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
	h = openDB(t, db)
	if s := scalar(t, h, `SELECT status || ' ' || COALESCE(finished_at, 'unknown') FROM runs ORDER BY id LIMIT 1`); s != "interrupted unknown" {
		t.Errorf("the killed run is %q, want interrupted with its finish time unknown", s)
	}
	if !strings.Contains(r.stdout, "marked interrupted") {
		t.Errorf("the summary does not say an earlier run was marked interrupted:\n%s", r.stdout)
	}
}

func TestRun_SignalsExit130And143(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			cfg := sampleConfig(t, "300ms")
			db := filepath.Join(t.TempDir(), "trawl.db")
			cmd := startTrawl(t, "run", "--config", cfg, "--db", db)
			waitRows(t, db, "pages", 2, 60*time.Second)
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.code {
				t.Fatalf("exit %v, want code %d", err, tc.code)
			}
			h := openDB(t, db)
			if s := scalar(t, h, `SELECT status FROM runs`); s != "cancelled" {
				t.Errorf("run status %q, want cancelled", s)
			}
			if n := scalar(t, h, `SELECT count(*) FROM pages`); n == "0" {
				t.Errorf("nothing fetched was stored")
			}
		})
	}
}

func TestRun_DatabaseFailureExits4(t *testing.T) {
	cfg := sampleConfig(t, "0s")
	dir := t.TempDir()
	notDB := writeFile(t, dir, "notes.db", "these are notes, not a database\n"+strings.Repeat("x", 4096))
	r := runTrawl(t, "run", "--config", cfg, "--db", notDB)
	if r.code != exitDatabase || !strings.Contains(r.stderr, notDB) {
		t.Errorf("run on a file that is not a database: exit %d, stderr %q; want %d naming the file", r.code, r.stderr, exitDatabase)
	}
	r = runTrawl(t, "stats", "--db", notDB)
	if r.code != exitDatabase {
		t.Errorf("stats on a file that is not a database: exit %d, want %d", r.code, exitDatabase)
	}
}
