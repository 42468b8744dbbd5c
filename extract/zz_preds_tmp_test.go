package extract_test

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/jdkato/prose/v3"
	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

func TestZZWritePreds(t *testing.T) {
	in, out := os.Getenv("PRED_IN"), os.Getenv("PRED_OUT")
	if in == "" {
		t.Skip()
	}
	golds, err := evaluation.ReadGold(in)
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create(out)
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, g := range golds {
		p, _ := time.Parse("2006-01-02", g.Published)
		ents := a.Annotate(g.Text, p)
		enc.Encode(map[string]any{"id": g.ID, "entities": ents})
	}
}

func TestZZWriteProsePreds(t *testing.T) {
	in, out := os.Getenv("PROSE_IN"), os.Getenv("PROSE_OUT")
	if in == "" {
		t.Skip()
	}
	golds, _ := evaluation.ReadGold(in)
	f, _ := os.Create(out)
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, g := range golds {
		doc, _ := prose.NewDocument(g.Text)
		var ents []extract.Entity
		for _, e := range doc.Entities() {
			ents = append(ents, extract.Entity{Start: e.Start, End: e.End(), Label: e.Label, Text: e.Text})
		}
		enc.Encode(map[string]any{"id": g.ID, "entities": ents})
	}
}
