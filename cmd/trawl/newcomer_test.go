package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/pipeline"
)

func TestMain_NoArgumentsPrintsUsage(t *testing.T) {
	r := runTrawl(t)
	if r.code != 0 || !strings.Contains(r.stdout, "Usage: trawl <command>") || !strings.Contains(r.stdout, "demo") {
		t.Errorf("bare trawl: exit %d, stdout %q; want the usage", r.code, r.stdout)
	}
}

func TestMain_Version(t *testing.T) {
	r := runTrawl(t, "--version")
	for _, want := range []string{"trawl ", "commit ", "date ", extract.ExtractorVersion, "go-trafilatura v"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--version output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 0 {
		t.Errorf("--version exit %d", r.code)
	}
}

// jsonLines checks that every stderr line is a JSON object and returns them.
func jsonLines(t *testing.T, stderr string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("stderr line is not JSON: %q", line)
		}
		out = append(out, rec)
	}
	return out
}

func TestRun_JSONLogsAndSummary(t *testing.T) {
	cfg := sampleConfig(t, "0s")
	db := filepath.Join(t.TempDir(), "t.db")
	r := runTrawl(t, "run", "--config", cfg, "--db", db, "--log-format", "json", "--json", "--no-progress")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var sum pipeline.Summary
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatalf("--json stdout is not a summary: %v\n%s", err, r.stdout)
	}
	if sum.RunID != 1 || sum.Status != "ok" || len(sum.Sources) != 2 || sum.Seconds <= 0 {
		t.Errorf("summary %+v", sum)
	}
	msgs := map[string]map[string]any{}
	for _, rec := range jsonLines(t, r.stderr) {
		msgs[rec["msg"].(string)] = rec
	}
	if msgs["run started"] == nil || msgs["run finished"] == nil {
		t.Errorf("no run start and summary records in:\n%s", r.stderr)
	}
	if w := msgs["contact is still the shipped default: set contact: in the sources file to your own page or mailbox, so site owners reach you, not trawl's authors"]; w == nil {
		t.Errorf("no warning about the shipped contact in:\n%s", r.stderr)
	}

	// The final error of a failing command is a JSON record too.
	missing := filepath.Join(t.TempDir(), "missing.db")
	r = runTrawl(t, "stats", "--db", missing, "--log-format", "json")
	recs := jsonLines(t, r.stderr)
	last := recs[len(recs)-1]
	if r.code != exitUsage || last["level"] != "ERROR" || last["exit_code"] != float64(exitUsage) || !strings.Contains(last["err"].(string), missing) {
		t.Errorf("stats on a missing database: exit %d, last record %v", r.code, last)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("stats created the missing database")
	}
}

// An error about a page with no URL ends cleanly; one with a URL says it once.
func TestExtract_ErrorsEndCleanly(t *testing.T) {
	const page = "<html><body><nav><a href=\"/\">Home</a></nav></body></html>"
	r := runTrawlWithInput(t, page, "extract", "-")
	if r.code == 0 || strings.TrimSpace(r.stderr) != "trawl: stdin: extract: no article on page" {
		t.Errorf("exit %d, stderr %q; want the clean message naming stdin", r.code, r.stderr)
	}
	const u = "https://news.example/a?id=1"
	r = runTrawlWithInput(t, page, "extract", "--url", u, "-")
	if r.code == 0 || strings.Count(r.stderr, u) != 1 || strings.HasSuffix(strings.TrimSpace(r.stderr), ":") {
		t.Errorf("exit %d, stderr %q; want the URL named once", r.code, r.stderr)
	}
}
