package main

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/evaluation/peer"
	"github.com/trawl/trawl/extract"
)

var goldFiles = []string{filepath.Join("..", "..", "testdata", "gold", "forum.jsonl"), filepath.Join("..", "..", "testdata", "gold", "pib.jsonl")}

// asJSON turns v into the generic form a JSON reader sees, for comparison.
func asJSON(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEval_JSONFiguresEqualTheEvaluationPackage(t *testing.T) {
	r := runTrawl(t, append([]string{"eval", "--json", "--peer", "prose"}, goldFiles...)...)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var out struct {
		Mode     string `json:"mode"`
		Articles int    `json:"articles"`
		Systems  []struct {
			Name   string          `json:"name"`
			Report json.RawMessage `json:"report"`
		} `json:"systems"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, r.stdout)
	}

	golds, err := evaluation.ReadGold(goldFiles...)
	if err != nil {
		t.Fatal(err)
	}
	nGold := 0
	for _, g := range golds {
		nGold += len(g.Entities)
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	taggers := map[string]evaluation.Tagger{
		"trawl": func(_ context.Context, g evaluation.Gold) ([]extract.Entity, error) {
			return an.Annotate(g.Text, extract.ParseDate(g.Published)), nil
		},
		"prose": func(ctx context.Context, g evaluation.Gold) ([]extract.Entity, error) {
			return peer.Prose(ctx, g.Text)
		},
	}
	if out.Mode != "corpus" || out.Articles != len(golds) || len(out.Systems) != 2 {
		t.Fatalf("mode %q, %d articles, %d systems; want corpus, %d, 2", out.Mode, out.Articles, len(out.Systems), len(golds))
	}
	for _, sys := range out.Systems {
		t.Run(sys.Name, func(t *testing.T) {
			tag, ok := taggers[sys.Name]
			if !ok {
				t.Fatalf("unexpected system %q", sys.Name)
			}
			docs, err := evaluation.Predict(context.Background(), golds, tag)
			if err != nil {
				t.Fatal(err)
			}
			want := evaluation.ScoreEntities(docs, evaluation.ScoreOptions{})
			if want.Overall.Strict.NGold != nGold {
				t.Errorf("scored %d gold mentions, the files hold %d", want.Overall.Strict.NGold, nGold)
			}
			var got any
			if err := json.Unmarshal(sys.Report, &got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, asJSON(t, want)) {
				t.Errorf("trawl eval printed\n%s\nthe package computes\n%v", sys.Report, asJSON(t, want))
			}
		})
	}
}

func TestEval_TableListsErrorsWithSentences(t *testing.T) {
	dir := t.TempDir()
	// "committee" is no person: whatever the annotator does, it is a miss.
	gold := writeFile(t, dir, "tiny.jsonl", `{"id": "t-1", "site": "test", "published": "2025-01-02", "text": "The committee met on Tuesday. It approved $5 million.", "entities": [`+
		`{"start": 4, "end": 13, "label": "PERSON", "text": "committee", "canonical": "committee"},`+
		`{"start": 42, "end": 52, "label": "MONEY", "text": "$5 million", "canonical": "USD 5000000", "value": 5000000, "currency": "USD"}]}`+"\n")
	r := runTrawl(t, "eval", "--errors", gold)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"tiny.jsonl (1 articles, corpus scoring)", "PERSON", "MONEY", "overall",
		"money trawl: value and currency right", `t-1 missed PERSON [4:13] "committee"`, "The committee met on Tuesday."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestEval_UNERScoresThreeLabels(t *testing.T) {
	line := `{"id": "u-1", "site": "SITE", "text": "Angela Merkel met officials of Siemens in Berlin near the Alps.", "entities": [` +
		`{"start": 0, "end": 13, "label": "PERSON", "text": "Angela Merkel", "canonical": "Angela Merkel"},` +
		`{"start": 31, "end": 38, "label": "ORG", "text": "Siemens", "canonical": "Siemens"},` +
		`{"start": 42, "end": 48, "label": "GPE", "text": "Berlin", "canonical": "Berlin"},` +
		`{"start": 58, "end": 62, "label": "GPE", "text": "Alps", "canonical": "Alps"}]}` + "\n"
	cases := []struct {
		name, site string
		flags      []string
		mode       string
		labels     []string // nil: the corpus's own, whatever was seen
	}{
		{"recognised by site", "uner-en-test", nil, "uner", []string{"PERSON", "ORG", "GPE"}},
		{"forced by flag", "news", []string{"--uner"}, "uner", []string{"PERSON", "ORG", "GPE"}},
		{"corpus gold", "news", nil, "corpus", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			gold := writeFile(t, t.TempDir(), "u.jsonl", strings.Replace(line, "SITE", tc.site, 1))
			r := runTrawl(t, append([]string{"eval", "--json", "--peer", "prose", gold}, tc.flags...)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			var out struct {
				Mode    string `json:"mode"`
				Systems []struct {
					Name   string `json:"name"`
					Report struct {
						Labels []struct{ Label string } `json:"labels"`
					} `json:"report"`
				} `json:"systems"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
				t.Fatal(err)
			}
			if out.Mode != tc.mode || len(out.Systems) != 2 {
				t.Fatalf("mode %q with %d systems, want %s with 2", out.Mode, len(out.Systems), tc.mode)
			}
			for _, sys := range out.Systems {
				var labels []string
				for _, l := range sys.Report.Labels {
					labels = append(labels, l.Label)
				}
				if tc.labels != nil && !reflect.DeepEqual(labels, tc.labels) {
					t.Errorf("%s: labels %v, want %v", sys.Name, labels, tc.labels)
				}
				if tc.labels == nil && !slices.Contains(labels, "GPE") {
					t.Errorf("%s: labels %v lack the gold's GPE", sys.Name, labels)
				}
			}
		})
	}
}

func TestEval_BadGoldNamesFileAndArticle(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, content string
		want          []string
	}{
		{"offsets miss the text", `{"id": "g-7", "text": "India and Ohio", "entities": [{"start": 9, "end": 14, "label": "GPE", "text": "Ohio"}]}` + "\n",
			[]string{"bad.jsonl", "g-7", "entity 0", `" Ohio"`}},
		{"bad JSON", `{"id": "g-1", "text": "x", "entities": []}` + "\n" + `{"id": "g-2", "text": ` + "\n", []string{"bad.jsonl:2"}},
		{"duplicate id", `{"id": "g-1", "text": "x"}` + "\n" + `{"id": "g-1", "text": "y"}` + "\n", []string{"bad.jsonl", `"g-1"`, "already used"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			gold := writeFile(t, dir, "bad.jsonl", tc.content)
			r := runTrawl(t, "eval", gold)
			if r.code != exitUsage {
				t.Fatalf("exit %d on bad gold, want %d; stdout %s", r.code, exitUsage, r.stdout)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr %q lacks %q", r.stderr, w)
				}
			}
		})
	}
}

// TestEval_PeerNeedsItsBuild: a binary built without -tags prose does not
// link prose's entity model, and says how to get it.
func TestEval_PeerNeedsItsBuild(t *testing.T) {
	if _, linked := peers["prose"]; linked {
		t.Skip("this test binary was built with -tags prose; TestEval_* above run the peer")
	}
	_, err := (&evalCmd{Gold: goldFiles[:1], Peer: "prose"}).evaluate(context.Background())
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != exitUsage || !strings.Contains(err.Error(), "go build -tags prose") {
		t.Errorf("eval --peer prose without the peer: %v, want a usage error naming the build tag", err)
	}
}
