package export

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/trawl/trawl/storage"
)

// cursorExport exports mentions as JSONL under cursor name into a file and
// returns the rows it holds.
func cursorExport(t *testing.T, st *storage.Store, name string) []storage.MentionRow {
	t.Helper()
	out := filepath.Join(t.TempDir(), "mentions.jsonl")
	o := Options{Request: Request{What: Mentions, Format: JSONL}, Out: out, Cursor: name}
	n, err := Run(context.Background(), st, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows := readBack[storage.MentionRow](t, JSONL, data)
	if int64(len(rows)) != n {
		t.Errorf("Run reported %d rows, file holds %d", n, len(rows))
	}
	return rows
}

func canonicals(rows []storage.MentionRow) map[string]int {
	m := map[string]int{}
	for _, r := range rows {
		m[r.Canonical]++
	}
	return m
}

func TestRun_CursorSecondExportIsEmpty(t *testing.T) {
	st := fixtureStore(t)
	if got := cursorExport(t, st, "nightly"); len(got) != 10 {
		t.Fatalf("first export: %d rows, want all 10", len(got))
	}
	if got := cursorExport(t, st, "nightly"); len(got) != 0 {
		t.Errorf("second export with no new data: %d rows, want none", len(got))
	}
	// Another cursor has its own position.
	if got := cursorExport(t, st, "weekly"); len(got) != 10 {
		t.Errorf("a fresh cursor: %d rows, want 10", len(got))
	}
}

func TestRun_CursorExportsReviewDecision(t *testing.T) {
	st := fixtureStore(t)
	cursorExport(t, st, "nightly")
	setStatus(t, st, "Rafale", "accepted")
	got := cursorExport(t, st, "nightly")
	if c := canonicals(got); len(got) != 2 || c["Rafale"] != 2 || got[0].Status != "accepted" {
		t.Errorf("after accepting Rafale: %v, want its 2 mentions, accepted", c)
	}
	// Rejecting an entity takes it out of the default export altogether.
	setStatus(t, st, "Indian Navy", "rejected")
	if got := cursorExport(t, st, "nightly"); len(got) != 0 {
		t.Errorf("after a rejection: %d rows, want none", len(got))
	}
}

func TestRun_CursorExportsReextractedArticle(t *testing.T) {
	st := fixtureStore(t)
	cursorExport(t, st, "nightly")
	a := fixtureArticles()[0]
	a.text += " More later."
	save(t, st, a) // a re-extraction changes the text and rewrites the mentions
	got := cursorExport(t, st, "nightly")
	if len(got) != 5 || got[0].URL != a.key {
		t.Errorf("after re-extracting %s: %d rows %v, want its 5 mentions", a.key, len(got), canonicals(got))
	}
	// New articles count too.
	b := fixtureArticles()[0]
	b.key, b.text = "https://forum.example/a5", b.text+" Again."
	save(t, st, b)
	if got := cursorExport(t, st, "nightly"); len(got) != 5 {
		t.Errorf("after a new article: %d rows, want 5", len(got))
	}
}

func TestRun_InterruptedExportLeavesCursor(t *testing.T) {
	st := fixtureStore(t)
	ctx := context.Background()
	cursorExport(t, st, "nightly")
	setStatus(t, st, "Rafale", "accepted")
	before, err := st.Cursor(ctx, "nightly", Mentions)
	if err != nil {
		t.Fatal(err)
	}

	// Cancelled while reading.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	out := filepath.Join(t.TempDir(), "mentions.csv")
	o := Options{Request: Request{What: Mentions, Format: CSV}, Out: out, Cursor: "nightly"}
	if _, err := Run(cancelled, st, o, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled export: err %v, want context.Canceled", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("cancelled export left %s (%v)", out, err)
	}

	// Written whole but not put in place: the target is a directory.
	o.Out = t.TempDir()
	os.WriteFile(filepath.Join(o.Out, "keep"), []byte("x"), 0o644) //nolint:errcheck // a non-empty directory
	if _, err := Run(ctx, st, o, nil); err == nil {
		t.Error("export onto a directory: no error")
	}
	if after, _ := st.Cursor(ctx, "nightly", Mentions); after != before {
		t.Errorf("cursor moved from %d to %d by failed exports", before, after)
	}
	// The change is still there for the next good export.
	if got := cursorExport(t, st, "nightly"); len(got) != 2 {
		t.Errorf("after the failures: %d rows, want Rafale's 2", len(got))
	}
}

func TestRun_CursorNeedsFile(t *testing.T) {
	st := fixtureStore(t)
	o := Options{Request: Request{What: Mentions, Format: CSV}, Out: "-", Cursor: "nightly"}
	if _, err := Run(context.Background(), st, o, os.Stdout); !errors.Is(err, ErrCursorNeedsFile) {
		t.Errorf("cursor to stdout: err %v, want ErrCursorNeedsFile", err)
	}
}

func TestRun_CursorExportsMergeAndRejectedMention(t *testing.T) {
	ctx := context.Background()
	st := fixtureStore(t)
	cursorExport(t, st, "nightly")
	hal, navy := entityID(t, st, "Hindustan Aeronautics Limited"), entityID(t, st, "Indian Navy")
	if err := st.MergeEntities(ctx, hal, navy, "tester"); err != nil {
		t.Fatal(err)
	}
	got := cursorExport(t, st, "nightly")
	if c := canonicals(got); len(got) != 3 || c["Hindustan Aeronautics Limited"] != 3 {
		t.Errorf("after merging the Navy into HAL: %v, want HAL's 3 mentions, the Navy's among them", c)
	}
	var rafale int64
	if err := st.DB().QueryRow(`SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.text = 'Rafale' AND a.key = ?`, fixtureArticles()[0].key).Scan(&rafale); err != nil {
		t.Fatal(err)
	}
	if err := st.RejectMention(ctx, rafale, "tester"); err != nil {
		t.Fatal(err)
	}
	got = cursorExport(t, st, "nightly")
	if c := canonicals(got); len(got) != 4 || c["Rafale"] != 0 {
		t.Errorf("after rejecting one mention: %v, want the article's 4 other mentions", c)
	}
}
