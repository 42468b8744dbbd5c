package main

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// trawlBin is the command built once for every test that runs it as cron does.
var trawlBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "trawl-bin")
	if err != nil {
		panic(err)
	}
	trawlBin = filepath.Join(dir, "trawl")
	// with the prose peer, so that eval --peer prose is tested too
	if out, err := exec.Command("go", "build", "-tags", "prose", "-o", trawlBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building trawl: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is one finished run of the binary.
type result struct {
	code           int
	stdout, stderr string
}

func runTrawl(t testing.TB, args ...string) result {
	t.Helper()
	cmd := exec.Command(trawlBin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "TRAWL_DB=", "TRAWL_CONFIG=")
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errb.String()}
}

func openDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func scalar(t testing.TB, db *sql.DB, q string) string {
	t.Helper()
	var s string
	if err := db.QueryRow(q).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s
}

func writeFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRun_BadConfigExits2NamingFileAndLine(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, yaml string
		want       []string
	}{
		{"malformed", "sources:\n  - name: a\n    kind: rss\n    start: [https://a.example/]\n    max_pages: many\n", []string{"bad.yaml", "line 5"}},
		{"unknown kind", "sources:\n  - name: telegraph\n    kind: carrier-pigeon\n    start: [https://a.example/]\n", []string{"bad.yaml:2", "telegraph", "carrier-pigeon"}},
		{"rules naming no file", "sources:\n  - name: a\n    kind: rss\n    start: [https://a.example/]\n  - name: b\n    kind: rss\n    start: [https://b.example/]\n    rules: nosuch\n", []string{"bad.yaml:5", `"b"`, "nosuch"}},
		{"negative timeout", "sources:\n  - name: a\n    kind: rss\n    start: [https://a.example/]\n    timeout: -1s\n", []string{"bad.yaml:2", "timeout"}},
		{"bad gazetteer folder", "gazetteer_dir: nope\nsources:\n  - name: a\n    kind: rss\n    start: [https://a.example/]\n", []string{"nope", "gazetteer"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := writeFile(t, dir, "bad.yaml", tc.yaml)
			r := runTrawl(t, "run", "--config", cfg, "--db", filepath.Join(dir, "t.db"))
			if r.code != exitUsage {
				t.Fatalf("exit %d, want %d; stderr: %s", r.code, exitUsage, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q lacks %q", r.stderr, w)
				}
			}
		})
	}
	t.Run("unknown source", func(t *testing.T) {
		cfg := writeFile(t, dir, "ok.yaml", "sources:\n  - name: a\n    kind: rss\n    start: [http://127.0.0.1:1/feed]\n")
		r := runTrawl(t, "run", "--config", cfg, "--db", filepath.Join(dir, "t.db"), "--source", "nope")
		if r.code != exitUsage || !strings.Contains(r.stderr, "nope") {
			t.Errorf("exit %d, stderr %q; want 2 naming the source", r.code, r.stderr)
		}
	})
}

func TestDemo_StoresAllSampleArticles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	r := runTrawl(t, "demo", "--db", db)
	if r.code != 0 {
		t.Fatalf("demo exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	h := openDB(t, db)
	if n := scalar(t, h, `SELECT count(*) FROM articles`); n != "17" {
		t.Errorf("demo stored %s articles, want 17", n)
	}
	for src, want := range map[string]string{"demo-forum": "8", "demo-pib": "9"} {
		if n := scalar(t, h, `SELECT count(*) FROM articles WHERE source = '`+src+`'`); n != want {
			t.Errorf("%s: %s articles, want %s", src, n, want)
		}
	}
	if n := scalar(t, h, `SELECT count(*) FROM articles WHERE lang = 'hi'`); n != "1" {
		t.Errorf("%s Hindi articles, want 1", n)
	}
	if n := scalar(t, h, `SELECT count(DISTINCT label) FROM entities`); n != "7" {
		t.Errorf("entities carry %s labels, want all 7", n)
	}
	if !strings.Contains(r.stdout, "SELECT") {
		t.Errorf("demo prints no example queries:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "404") || !strings.Contains(r.stdout, "500") || !strings.Contains(r.stdout, "deliberate") {
		t.Errorf("demo does not say its 404 and 500 are deliberate:\n%s", r.stdout)
	}
	// The demo's full-text query stems: "drone" finds articles about drones.
	if n := scalar(t, h, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'drone'`); n == "0" {
		t.Error("MATCH 'drone' finds nothing in the demo database")
	}
}
