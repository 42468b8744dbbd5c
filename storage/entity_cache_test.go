package storage

import (
	"context"
	"testing"

	"github.com/trawl/trawl/extract"
)

// TestWriter_EntityCacheFollowsDecisionsAndRollbacks: the writer's cache of
// resolved names never outlives a decision made by another process (the UI)
// during a run, nor an entity whose creating write was rolled back.
func TestWriter_EntityCacheFollowsDecisionsAndRollbacks(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	w := s.NewWriter(ctx, WriterOptions{})
	defer w.Close()
	save := func(recs ...ArticleRecord) []SaveResult {
		t.Helper()
		var chans []<-chan SaveResult
		for _, r := range recs {
			chans = append(chans, w.SaveArticle(r))
		}
		var out []SaveResult
		for _, c := range chans {
			out = append(out, <-c)
		}
		return out
	}
	for _, r := range save(mentionRecord("k1", "ORG", "Acme Works", "Acme Works"), mentionRecord("k2", "ORG", "Bolt Labs", "Bolt Labs")) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	acme, _ := entityOf(t, s, "k1")
	bolt, _ := entityOf(t, s, "k2")

	ui, err := Open(ctx, path) // the reviewer's process
	if err != nil {
		t.Fatal(err)
	}
	defer ui.Close()
	if err := ui.MergeEntities(ctx, bolt, acme, "ana"); err != nil {
		t.Fatal(err)
	}
	if r := save(mentionRecord("k3", "ORG", "Acme Works", "Acme Works"))[0]; r.Err != nil {
		t.Fatalf("save after a merge elsewhere: %v", r.Err)
	}
	if id, _ := entityOf(t, s, "k3"); id != bolt {
		t.Errorf("a name merged away during the run went to entity %d, want the kept %d", id, bolt)
	}

	// The first write creates "Cobalt Yard" and then fails: its entity is
	// rolled back, and the next write must create it again.
	bad := mentionRecord("k4", "ORG", "Cobalt Yard", "Cobalt Yard")
	bad.Article.Text += " x"
	bad.Entities = append(bad.Entities, extract.Entity{Start: len(bad.Article.Text), End: len(bad.Article.Text), Label: "ORG"})
	res := save(bad, mentionRecord("k5", "ORG", "Cobalt Yard", "Cobalt Yard"))
	if res[0].Err == nil {
		t.Fatal("an article with an empty mention was stored")
	}
	if res[1].Err != nil {
		t.Fatalf("the name of a rolled-back write: %v", res[1].Err)
	}
	if _, c := entityOf(t, s, "k5"); c != "Cobalt Yard" {
		t.Errorf("k5 names %q", c)
	}
}
