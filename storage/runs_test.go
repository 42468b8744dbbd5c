package storage

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/trawl/trawl/configs"
)

func TestStore_Runs(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	if err := s.RegisterSources(ctx, []configs.Source{{Name: "forum", Kind: "wordpress"}, {Name: "pib", Kind: "pib"}}); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for range 12 {
		id, err := s.StartRun(ctx, []string{"forum", "extra"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	type summary struct {
		Fetched int `json:"fetched"`
	}
	if err := s.FinishRun(ctx, ids[11], "ok", summary{Fetched: 7}); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishRun(ctx, 9999, "ok", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("finish of a missing run: %v", err)
	}
	if kind := count(t, s, `SELECT count(*) FROM sources WHERE name = 'forum' AND kind = 'wordpress'`); kind != 1 {
		t.Error("registered kind lost when a run named the source")
	}
	if n := count(t, s, `SELECT count(*) FROM sources`); n != 3 {
		t.Errorf("%d sources, want 3 (forum, pib, extra)", n)
	}

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Runs) != 10 || st.Runs[0].ID != ids[11] {
		t.Fatalf("%d runs, newest %d; want 10, newest %d", len(st.Runs), st.Runs[0].ID, ids[11])
	}
	last := st.Runs[0]
	var sum summary
	if err := json.Unmarshal(last.Summary, &sum); err != nil || sum.Fetched != 7 {
		t.Errorf("summary %s: %v", last.Summary, err)
	}
	if last.Status != "ok" || last.FinishedAt.IsZero() || len(last.Sources) != 2 {
		t.Errorf("finished run %+v", last)
	}
	if open := st.Runs[1]; open.Status != "running" || !open.FinishedAt.IsZero() || open.Summary != nil {
		t.Errorf("unfinished run %+v", open)
	}
}

func TestStore_Stats(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	recs := goldRecords(t)
	dup := recs[0]
	dup.PageKey, dup.Source = "https://mirror.example/1", "mirror"
	saveAll(t, s, append(recs, dup)...)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(recs)+1 || st.Duplicates != 1 {
		t.Errorf("articles %d duplicates %d", st.Articles, st.Duplicates)
	}
	bySource := map[string]int{}
	for _, tl := range st.ArticlesBySource {
		bySource[tl.Name] = tl.Count
	}
	if bySource["forum"] != 8 || bySource["pib"] != 8 || bySource["mirror"] != 1 {
		t.Errorf("articles by source %+v", st.ArticlesBySource)
	}
	wantMentions := map[string]int{}
	for _, r := range append(recs, dup) {
		for _, e := range r.Entities {
			wantMentions[e.Label]++
		}
	}
	for _, tl := range st.MentionsByLabel {
		if tl.Count != wantMentions[tl.Name] {
			t.Errorf("%s mentions %d, want %d", tl.Name, tl.Count, wantMentions[tl.Name])
		}
		delete(wantMentions, tl.Name)
	}
	if len(wantMentions) != 0 {
		t.Errorf("labels missing from stats: %v", wantMentions)
	}
	total := 0
	for _, tl := range st.EntitiesByLabel {
		total += tl.Count
	}
	if total != count(t, s, `SELECT count(*) FROM entities`) || total == 0 {
		t.Errorf("entities by label sum to %d", total)
	}
}

func TestStore_CloseInterruptedRuns(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	var ids []int64
	for range 3 {
		id, err := s.StartRun(ctx, []string{"forum"})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := s.FinishRun(ctx, ids[1], "ok", nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.CloseInterruptedRuns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != ids[0] || got[1] != ids[2] {
		t.Errorf("closed %v, want %v", got, []int64{ids[0], ids[2]})
	}
	if n := count(t, s, `SELECT count(*) FROM runs WHERE status = 'interrupted' AND finished_at IS NULL`); n != 2 {
		t.Errorf("%d runs interrupted with no finish time, want 2", n)
	}
	if n := count(t, s, `SELECT count(*) FROM runs WHERE id = ? AND status = 'ok' AND finished_at IS NOT NULL`, ids[1]); n != 1 {
		t.Errorf("the finished run was touched")
	}
	if again, err := s.CloseInterruptedRuns(ctx); err != nil || len(again) != 0 {
		t.Errorf("second call closed %v (%v), want none", again, err)
	}
}
