package peer

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

func TestProse_OffsetsAndLabels(t *testing.T) {
	golds, err := evaluation.ReadGold(filepath.Join("..", "..", "testdata", "gold", "forum.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]int{}
	for _, g := range golds {
		ents, err := Prose(context.Background(), g.Text)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if g.Text[e.Start:e.End] != e.Text {
				t.Fatalf("%s: prose entity %+v: offsets give %q", g.ID, e, g.Text[e.Start:e.End])
			}
			labels[e.Label]++
		}
	}
	for l := range labels {
		if !slices.Contains(extract.Labels, l) {
			t.Errorf("label %q is not ours", l)
		}
	}
	if labels["PERSON"] == 0 || labels["GPE"] == 0 {
		t.Errorf("prose should find people and places in the forum gold: %v", labels)
	}
}
