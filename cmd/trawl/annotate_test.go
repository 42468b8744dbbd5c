package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/trawl/trawl/extract"
)

// runTrawlWithInput runs the built binary with stdin.
func runTrawlWithInput(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(trawlBin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return result{ee.ExitCode(), out.String(), errb.String()}
	}
	if err != nil {
		t.Fatal(err)
	}
	return result{0, out.String(), errb.String()}
}

// findMoney returns the MONEY entity spanning surface in text, checking that
// every entity's offsets give its text.
func findMoney(t *testing.T, text string, ents []extract.Entity, surface string) *extract.Entity {
	t.Helper()
	var found *extract.Entity
	for i, e := range ents {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
			t.Errorf("entity %+v: offsets do not give its text", e)
			continue
		}
		if e.Label == "MONEY" && e.Text == surface {
			found = &ents[i]
		}
	}
	if found == nil {
		t.Fatalf("no MONEY %q among %+v", surface, ents)
	}
	return found
}

func checkValue(t *testing.T, e *extract.Entity, value float64, currency string) {
	t.Helper()
	if e.Value == nil || *e.Value != value || e.Currency != currency {
		t.Errorf("%q: value %v %s, want %v %s", e.Text, e.Value, e.Currency, value, currency)
	}
}

func TestAnnotate_PlainTextFindsMoneyWithValue(t *testing.T) {
	text := "The Defence Ministry signed a contract worth $2.75 billion with General Atomics on Tuesday.\n"
	r := runTrawlWithInput(t, text, "annotate", "--published", "2025-07-14")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var out struct {
		Entities []extract.Entity `json:"entities"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("output %q: %v", r.stdout, err)
	}
	checkValue(t, findMoney(t, text, out.Entities, "$2.75 billion"), 2.75e9, "USD")
}

func TestAnnotate_JSONLKeepsIDsAndOrder(t *testing.T) {
	in := `{"id": "a", "text": "Parliament approved Rs 1,000 crore for the navy."}` + "\n\n" +
		`{"id": "b", "text": "Nothing to see here.", "published": "2024-01-02"}` + "\n" +
		`{"id": "c", "text": "The U.S. Army ordered 300,000 dollars of spare parts."}` + "\n"
	r := runTrawlWithInput(t, in, "annotate", "--jsonl")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 lines, got %q", r.stdout)
	}
	var got []annotation
	for i, l := range lines {
		var row annotation
		if err := json.Unmarshal([]byte(l), &row); err != nil || row.ID == nil {
			t.Fatalf("line %d %q: %v", i+1, l, err)
		}
		if !strings.Contains(l, `"entities":[`) {
			t.Errorf("line %d: entities should be a list, even empty: %s", i+1, l)
		}
		got = append(got, row)
	}
	for i, id := range []string{"a", "b", "c"} {
		if *got[i].ID != id {
			t.Errorf("line %d: id %q, want %q", i+1, *got[i].ID, id)
		}
	}
	checkValue(t, findMoney(t, "Parliament approved Rs 1,000 crore for the navy.", got[0].Entities, "Rs 1,000 crore"), 1e10, "INR")
	checkValue(t, findMoney(t, "The U.S. Army ordered 300,000 dollars of spare parts.", got[2].Entities, "300,000 dollars"), 3e5, "USD")
}

func TestAnnotate_BadLinesAreSkippedAndNamed(t *testing.T) {
	const good = `{"id": "ok", "text": "Parliament approved Rs 1,000 crore for the navy."}`
	cases := []struct {
		name, bad string
		want      []string
	}{
		{"bad JSON", `{"id": "b", "text": "broken`, []string{"stdin:2", "bad JSON"}},
		{"no text", `{"id": "a"}`, []string{"stdin:2", `"text"`}},
		{"no id", `{"text": "a"}`, []string{"stdin:2", `"id"`}},
		{"not an object", `["a", "b"]`, []string{"stdin:2"}},
		{"bad date", `{"id": "a", "text": "x", "published": "last week"}`, []string{"stdin:2", "last week"}},
		{"too long", `{"id": "long", "text": "` + strings.Repeat("a", maxHTML) + `"}`, []string{"stdin:2", "line too long"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// good, bad, blank, good without a final newline
			r := runTrawlWithInput(t, good+"\n"+tc.bad+"\n\n"+good, "annotate", "--jsonl")
			if r.code != 1 {
				t.Errorf("exit %d, want 1 (some lines failed)", r.code)
			}
			for _, w := range append(tc.want, "1 of 3 lines failed") {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q lacks %q", r.stderr, w)
				}
			}
			lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
			if len(lines) != 2 {
				t.Fatalf("stdout has %d lines, want the 2 good ones annotated: %q", len(lines), r.stdout)
			}
			for i, l := range lines {
				var row annotation
				if err := json.Unmarshal([]byte(l), &row); err != nil || row.ID == nil || *row.ID != "ok" || len(row.Entities) == 0 {
					t.Errorf("output line %d = %q (%v), want the good line annotated", i+1, l, err)
				}
			}
		})
	}
}
