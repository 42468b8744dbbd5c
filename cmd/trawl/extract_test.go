package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/samplesites"
)

// TestExtract_CommandOnCorpus runs `trawl extract` on every gold page, with
// site rules and with --no-rules (the generic path alone, no archive to
// learn from), and checks the JSON contract of DESIGN.md.
func TestExtract_CommandOnCorpus(t *testing.T) {
	gold, err := evaluation.ReadGold("../../testdata/gold/forum.jsonl", "../../testdata/gold/pib.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]evaluation.Gold{}
	for _, g := range gold {
		byID[g.ID] = g
	}
	for _, name := range samplesites.Names() {
		site, err := samplesites.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range site.Routes {
			g, ok := byID[r.Gold]
			if !ok {
				continue
			}
			file := filepath.Join("..", "..", "samplesites", "sites", name, r.File)
			for _, mode := range []struct {
				name  string
				args  []string
				minF1 float64
			}{
				{"rules", nil, 0.99},
				{"no-rules", []string{"--no-rules"}, 0.95},
			} {
				t.Run(g.ID+"/"+mode.name, func(t *testing.T) {
					args := append([]string{"extract", "--url", g.URL}, mode.args...)
					res := runTrawl(t, append(args, file)...)
					if res.code != 0 {
						t.Fatalf("exit %d: %s", res.code, res.stderr)
					}
					var out extractOutput
					if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
						t.Fatalf("output is not the JSON contract: %v\n%s", err, res.stdout)
					}
					if _, _, f := evaluation.WordF1(out.Text, g.Text); f < mode.minF1 {
						t.Errorf("body word F1 %.4f < %.2f", f, mode.minF1)
					}
					if len(out.Published) < 10 || out.Published[:10] != g.Published {
						t.Errorf("published %q, want the day %s", out.Published, g.Published)
					}
					if out.Title != g.Title {
						t.Errorf("title %q, want %q", out.Title, g.Title)
					}
					if len(out.Entities) == 0 {
						t.Fatal("no entities")
					}
					for _, e := range out.Entities {
						if e.Start < 0 || e.End > len(out.Text) || out.Text[e.Start:e.End] != e.Text {
							t.Fatalf("entity %+v: offsets do not give its text", e)
						}
					}
				})
			}
		}
	}
}
