package pipeline

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

// A start URL that fails is reported once in each place: one log record,
// one summary entry, one run_errors row; the source's failure and the run's
// start and end records do not repeat it. A start URL robots.txt refuses
// counts as a failed page too.
func TestRun_FailedURLReportedOncePerPlace(t *testing.T) {
	s := serveSites(t)
	for _, r := range s.pib.Site().Routes {
		if r.Path == "/robots.txt" {
			s.pib.Set(r, []byte("User-agent: *\nDisallow: /private/\n"))
		}
	}
	missing, blocked := s.pib.URL+"/no-such-feed.xml", s.pib.URL+"/private/feed.xml"
	cfg := s.config(t)
	cfg.Sources[1].Start = []string{missing, blocked}
	e := newEnv(t, cfg)
	var logs bytes.Buffer
	e.opts.Logger = slog.New(slog.NewJSONHandler(&logs, nil))
	e.opts.Only = []string{cfg.Sources[1].Name}
	sum := e.run(t)

	if !sum.Failed() || strings.Contains(sum.Sources[0].Failed, s.pib.URL) {
		t.Errorf("source failure %q: want one that does not repeat the start URLs", sum.Sources[0].Failed)
	}
	for _, u := range []string{missing, blocked} {
		inSummary := 0
		for _, pe := range sum.Errors {
			if pe.URL == u {
				inSummary++
			}
		}
		rows := count(t, e.store.DB(), `SELECT count(*) FROM run_errors WHERE url = ?`, u)
		inLogs := strings.Count(logs.String(), `"url":"`+u+`"`)
		if inSummary != 1 || rows != 1 || inLogs != 1 {
			t.Errorf("%s: %d summary entries, %d run_errors rows, %d log records; want 1 each\n%s", u, inSummary, rows, inLogs, logs.String())
		}
	}
	var started, finished map[string]any
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q", line)
		}
		switch rec["msg"] {
		case "run started":
			started = rec
		case "run finished":
			finished = rec
		}
	}
	if started == nil || started["run_id"] != float64(sum.RunID) {
		t.Errorf("run start record %v, want one with run_id %d", started, sum.RunID)
	}
	if finished == nil || finished["status"] != "source_failed" || finished["errors"] != float64(2) || finished["duration_s"] == nil {
		t.Errorf("run finished record %v, want status source_failed, 2 errors and a duration in seconds", finished)
	}
}
