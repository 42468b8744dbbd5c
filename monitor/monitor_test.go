package monitor

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trawl/trawl/pipeline"
	"github.com/trawl/trawl/storage"
)

func openStore(t *testing.T) (*storage.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "trawl.db")
	st, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestMount_HealthzAndMetricsFollowTheDatabase(t *testing.T) {
	ctx := context.Background()
	st, _ := openStore(t)
	mux := http.NewServeMux()
	Mount(mux, st)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	code, body := fetch(t, srv.URL+"/healthz")
	if code != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Fatalf("healthz: %d %s", code, body)
	}
	// A run recorded by another process (cron) shows on the next scrape.
	run, err := st.StartRun(ctx, []string{"forum"})
	if err != nil {
		t.Fatal(err)
	}
	w := st.NewWriter(ctx, storage.WriterOptions{})
	w.RecordError(storage.RunError{RunID: run, Source: "forum", URL: "https://f.example/x", Status: 503, Message: "down"})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	sum := map[string]any{"sources": []map[string]any{{"name": "forum", "fetched": 12, "new_articles": 4}}}
	if err := st.FinishRun(ctx, run, "ok", sum); err != nil {
		t.Fatal(err)
	}
	code, body = fetch(t, srv.URL+"/metrics")
	if code != 200 {
		t.Fatalf("metrics: %d", code)
	}
	for _, want := range []string{
		"trawl_pages_fetched_total 12",
		`trawl_page_errors_total{kind="http_5xx"} 1`,
		`trawl_last_run_status{status="ok"} 1`,
		`trawl_runs_total{status="ok"} 1`,
		"trawl_last_run_errors 1",
		"trawl_database_up 1",
		"trawl_last_success_timestamp_seconds ",
		"go_goroutines ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	code, body = fetch(t, srv.URL+"/healthz")
	var h struct {
		Status  string
		LastRun storage.RunReport `json:"last_run"`
	}
	if err := json.Unmarshal([]byte(body), &h); err != nil || code != 200 || h.LastRun.ID != run || h.LastRun.Fetched != 12 {
		t.Errorf("healthz after a run: %d %s (%v)", code, body, err)
	}
	st.Close()
	if code, _ := fetch(t, srv.URL+"/healthz"); code != http.StatusServiceUnavailable {
		t.Errorf("healthz with the database closed: %d, want 503", code)
	}
}

func TestSchedule_NoOverlapAndLockRespected(t *testing.T) {
	_, db := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	var started, running, overlapped, ran atomic.Int32
	done, err := Schedule(ctx, "@every 1s", func(ctx context.Context) error {
		started.Add(1)
		if running.Add(1) > 1 {
			overlapped.Add(1)
		}
		defer running.Add(-1)
		release, err := pipeline.Lock(db) // as trawl run does
		if err != nil {
			return err
		}
		defer release()
		ran.Add(1)
		time.Sleep(1500 * time.Millisecond) // longer than the tick
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(3200 * time.Millisecond)
	// Now a "cron run" holds the lock: scheduled jobs must not run.
	hold, err := pipeline.Lock(db)
	for err != nil { // a scheduled job may hold it right now
		time.Sleep(100 * time.Millisecond)
		hold, err = pipeline.Lock(db)
	}
	ranBefore := ran.Load()
	time.Sleep(2200 * time.Millisecond)
	if ran.Load() != ranBefore {
		t.Errorf("a scheduled job ran while another process held the lock")
	}
	hold()
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("scheduler did not stop")
	}
	if overlapped.Load() != 0 {
		t.Errorf("%d scheduled jobs overlapped", overlapped.Load())
	}
	if ranBefore < 1 || started.Load() < 2 {
		t.Errorf("%d jobs ran, %d started; want the schedule to fire", ranBefore, started.Load())
	}
	if _, err := Schedule(context.Background(), "every tuesday", func(context.Context) error { return nil }); err == nil {
		t.Error("a bad schedule was accepted")
	}
}

func TestDoctor_SaysPlainlyWhatIsWrong(t *testing.T) {
	site := func(h http.HandlerFunc) string {
		s := httptest.NewServer(h)
		t.Cleanup(s.Close)
		return s.URL
	}
	ok := site(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<rss/>") })
	forbidden := site(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(http.StatusForbidden)
	})
	limited := site(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			w.WriteHeader(http.StatusTooManyRequests)
		}
	})
	robots := site(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow: /\n") })
	dir := t.TempDir()
	cfg := filepath.Join(dir, "sources.yaml")
	yaml := "contact: https://example.org\nsources:\n"
	for name, u := range map[string]string{"ok": ok, "forbidden": forbidden, "limited": limited, "robots": robots, "closed": "http://127.0.0.1:1"} {
		yaml += fmt.Sprintf("  - name: %s\n    kind: rss\n    start: [%s/feed]\n", name, u)
	}
	if err := os.WriteFile(cfg, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	_, db := openStore(t)
	byCheck := map[string]Finding{}
	for _, f := range Doctor(context.Background(), DoctorOptions{Config: cfg, DB: db, Timeout: 5 * time.Second}) {
		byCheck[f.Check] = f
	}
	want := map[string]struct{ sev, says string }{
		"config":           {OK, "5 sources"},
		"database":         {OK, "integrity ok"},
		"schema":           {OK, "current"},
		"lock":             {OK, "free"},
		"source ok":        {OK, "HTTP 200"},
		"source forbidden": {Fail, "refuses us (403"},
		"source limited":   {Warn, "429"},
		"source robots":    {Fail, "robots.txt disallows"},
		"source closed":    {Fail, "connection refused"},
	}
	for check, w := range want {
		f, ok := byCheck[check]
		if !ok || f.Severity != w.sev || !strings.Contains(f.Detail, w.says) {
			t.Errorf("%s: %+v, want %s saying %q", check, f, w.sev, w.says)
		}
	}
	if _, ok := byCheck["network"]; ok {
		t.Error("reported offline while sites answered")
	}

	// A bad config names file and line; a held lock is a run in progress.
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("sources:\n  - name: x\n    kind: pigeon\n    start: [http://127.0.0.1:1/]\n"), 0o644) //nolint:errcheck
	release, err := pipeline.Lock(db)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	byCheck = map[string]Finding{}
	for _, f := range Doctor(context.Background(), DoctorOptions{Config: bad, DB: db, Offline: true}) {
		byCheck[f.Check] = f
	}
	if f := byCheck["config"]; f.Severity != Fail || !strings.Contains(f.Detail, "bad.yaml:2") {
		t.Errorf("bad config: %+v, want FAIL naming bad.yaml:2", f)
	}
	if f := byCheck["lock"]; !strings.Contains(f.Detail, "in progress") {
		t.Errorf("held lock: %+v", f)
	}
}
