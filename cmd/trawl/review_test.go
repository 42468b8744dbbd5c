package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trawl/trawl/storage"
)

// TestReview_DecisionsSurviveReprocess reviews entities of the crawled
// sample sites, forces every article to be extracted again (as an extractor
// upgrade would) and finds each decision still in force.
func TestReview_DecisionsSurviveReprocess(t *testing.T) {
	db := filepath.Join(t.TempDir(), "review.db")
	if r := runTrawl(t, "demo", "--db", db); r.code != 0 {
		t.Fatalf("demo exit %d: %s", r.code, r.stderr)
	}
	ctx := context.Background()
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	one := func(q string, dest ...any) {
		t.Helper()
		if err := st.DB().QueryRow(q).Scan(dest...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	var rejected, relabelled, keep, drop int64
	var rejectedName, relabelledName, dropName string
	var keepMentions int
	one(`SELECT id, canonical FROM entities WHERE label = 'ORG' AND mentions >= 2 ORDER BY mentions DESC LIMIT 1`, &rejected, &rejectedName)
	one(`SELECT id, canonical FROM entities e WHERE label = 'PLATFORM' AND mentions >= 2
		AND NOT EXISTS (SELECT 1 FROM entities o WHERE o.label = 'ORG' AND o.canonical = e.canonical) ORDER BY mentions DESC LIMIT 1`, &relabelled, &relabelledName)
	one(`SELECT id, mentions FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1`, &keep, &keepMentions)
	one(`SELECT id, canonical FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1 OFFSET 1`, &drop, &dropName)
	for _, err := range []error{
		st.SetEntityStatus(ctx, rejected, storage.StatusRejected, "ana"),
		st.RelabelEntity(ctx, relabelled, "ORG", "ana"),
		st.MergeEntities(ctx, keep, drop, "ana"),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	var mergedMentions int
	one(`SELECT mentions FROM entities WHERE id = `+itoa(keep), &mergedMentions)
	if _, err := st.DB().Exec(`UPDATE articles SET extractor_version = 'before-review'`); err != nil {
		t.Fatal(err)
	}
	st.Close()

	if r := runTrawl(t, "reprocess", "--db", db, "--config", filepath.Join(t.TempDir(), "none.yaml"), "--no-progress"); r.code != 0 {
		t.Fatalf("reprocess exit %d: %s", r.code, r.stderr)
	}
	h := openDB(t, db)
	if n := scalar(t, h, `SELECT count(*) FROM articles WHERE extractor_version = 'before-review'`); n != "0" {
		t.Fatalf("%s articles not extracted again", n)
	}
	checks := []struct{ what, query, want string }{
		{"rejected entity keeps its status", `SELECT status FROM entities WHERE id = ` + itoa(rejected), "rejected"},
		{"rejected name no longer extracted as ORG", `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
			WHERE m.label = 'ORG' AND (e.id = ` + itoa(rejected) + ` OR e.canonical = '` + sqlQuote(rejectedName) + `')`, "0"},
		{"relabelled entity stays ORG", `SELECT label FROM entities WHERE id = ` + itoa(relabelled), "ORG"},
		{"relabelled name no longer a PLATFORM", `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
			WHERE e.label = 'PLATFORM' AND e.canonical = '` + sqlQuote(relabelledName) + `' AND e.mentions > 0`, "0"},
		{"relabelled entity has its mentions back", `SELECT mentions > 0 FROM entities WHERE id = ` + itoa(relabelled), "1"},
		{"merged entity stays gone", `SELECT count(*) FROM entities WHERE id = ` + itoa(drop), "0"},
		{"merged name's mentions stay on the kept entity", `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
			WHERE e.label = 'PERSON' AND e.canonical = '` + sqlQuote(dropName) + `'`, "0"},
		{"kept entity has the merged mentions", `SELECT mentions >= ` + itoa(mergedMentions) + ` FROM entities WHERE id = ` + itoa(keep), "1"},
		{"three decisions logged", `SELECT count(*) FROM reviews WHERE reviewer = 'ana'`, "3"},
	}
	for _, c := range checks {
		if got := scalar(t, h, c.query); got != c.want {
			t.Errorf("%s: got %s, want %s", c.what, got, c.want)
		}
	}
}

func itoa[T int | int64](n T) string { return fmt.Sprint(n) }

func sqlQuote(s string) string { return strings.ReplaceAll(s, "'", "''") }
