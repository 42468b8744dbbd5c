package main

import (
	"encoding/csv"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestServe_ScheduleHealthMetricsAndExports runs `trawl serve --schedule`
// with sign-in: it crawls the sample sites on its own, answers /healthz and
// /metrics without sign-in, and serves exports to a signed-in tool (HTTP
// Basic) but not to anyone else.
func TestServe_ScheduleHealthMetricsAndExports(t *testing.T) {
	dir := t.TempDir()
	db, users := filepath.Join(dir, "trawl.db"), filepath.Join(dir, "users")
	add := exec.Command(trawlBin, "user", "add", "analyst", "--users", users)
	add.Stdin = strings.NewReader("s3cret-pass\n")
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("user add: %v\n%s", err, out)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	serve := exec.Command(trawlBin, "serve", "--db", db, "--config", sampleConfig(t, "0s"), "--addr", addr,
		"--users", users, "--schedule", "@every 1s")
	serve.Env = append(os.Environ(), "TRAWL_DB=", "TRAWL_CONFIG=")
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		serve.Process.Signal(os.Interrupt) //nolint:errcheck // it may have exited
		serve.Wait()                       //nolint:errcheck // checked below when it matters
	}()
	waitRows(t, db, "articles", 17, 60*time.Second)
	base := "http://" + addr
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path, user, password string) (int, string) {
		t.Helper()
		req, err := http.NewRequest(http.MethodGet, base+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if user != "" {
			req.SetBasicAuth(user, password)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, body := get("/healthz", "", ""); code != 200 || !strings.Contains(body, `"last_run"`) {
		t.Errorf("healthz: %d %s", code, body)
	}
	if code, body := get("/metrics", "", ""); code != 200 || !strings.Contains(body, "trawl_articles 17") {
		t.Errorf("metrics: %d, trawl_articles 17 missing", code)
	}
	const path = "/export/mentions.csv?label=PLATFORM&since=2025-01-01"
	for _, who := range [][2]string{{"", ""}, {"analyst", "wrong"}, {"mallory", "s3cret-pass"}} {
		if code, _ := get(path, who[0], who[1]); code == 200 {
			t.Errorf("export to %q: 200 without a valid sign-in", who[0])
		}
	}
	code, body := get(path, "analyst", "s3cret-pass")
	if code != 200 {
		t.Fatalf("export with sign-in: %d %s", code, body)
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := scalar(t, openDB(t, db), `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
		JOIN articles a ON a.id = m.article_id WHERE e.label = 'PLATFORM' AND e.status != 'rejected'
		AND a.duplicate_of IS NULL AND substr(a.published, 1, 10) >= '2025-01-01'`)
	if got := strconv.Itoa(len(recs) - 1); got != want || want == "0" {
		t.Errorf("export over HTTP: %s rows, the database holds %s", got, want)
	}
	if err := serve.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := serve.Wait(); err != nil {
		t.Errorf("serve after SIGINT: %v", err)
	}
	if n := scalar(t, openDB(t, db), `SELECT count(*) FROM runs WHERE status = 'running'`); n != "0" {
		t.Errorf("%s runs left running after serve stopped", n)
	}
}
