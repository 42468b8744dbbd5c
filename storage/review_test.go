package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"testing"

	"github.com/trawl/trawl/extract"
)

// countsDrift lists entities whose kept counts differ from a recount.
func countsDrift(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.DB().Query(`SELECT e.id, e.canonical, e.mentions, e.articles, e.mention_scale,
		(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id),
		(SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = e.id)
		FROM entities e`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id int64
		var name string
		var m, a, scale, m2, a2 int
		if err := rows.Scan(&id, &name, &m, &a, &scale, &m2, &a2); err != nil {
			t.Fatal(err)
		}
		if m != m2 || a != a2 || scale != bits.Len(uint(m2)) {
			out = append(out, fmt.Sprintf("%d %q: kept %d/%d scale %d, counted %d/%d", id, name, m, a, scale, m2, a2))
		}
	}
	return out
}

// dump is every row decisions touch, for comparing states.
func dump(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, label, canonical, status, mentions, articles FROM entities ORDER BY id`,
		`SELECT id, entity_id, alias, label, source FROM aliases ORDER BY id`,
		`SELECT id, article_id, entity_id, start, "end", text, label FROM mentions ORDER BY id`,
		`SELECT id, mention_id, value, currency FROM amounts ORDER BY id`,
		`SELECT kind, label, text, to_label, to_text FROM review_rules ORDER BY id`,
		`SELECT article_key, start, "end", label FROM mention_rejections ORDER BY id`,
	} {
		rows, err := s.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := formatRows(rows)
		rows.Close()
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(strings.Join(lines, "\n") + "\n--\n")
	}
	return b.String()
}

func entityNamed(t *testing.T, s *Store, label, canonical string) int64 {
	t.Helper()
	var id int64
	if err := s.DB().QueryRow(`SELECT id FROM entities WHERE label = ? AND canonical = ?`, label, canonical).Scan(&id); err != nil {
		t.Fatalf("entity %s %q: %v", label, canonical, err)
	}
	return id
}

// twoAliasEntity picks a gold entity with at least two mentions, one of
// them under a surface form other than its name.
func twoAliasEntity(t *testing.T, s *Store) (id int64, alias string) {
	t.Helper()
	err := s.DB().QueryRow(`SELECT e.id, a.alias FROM entities e JOIN aliases a ON a.entity_id = e.id
		WHERE e.label != 'MONEY' AND e.mentions > (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id AND m.text = a.alias)
		ORDER BY e.mentions DESC LIMIT 1`).Scan(&id, &alias)
	if err != nil {
		t.Fatal(err)
	}
	return id, alias
}

func TestStore_EntityCountsKeptCurrent(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	recs := goldRecords(t)
	saveAll(t, s, recs...)
	if d := countsDrift(t, s); len(d) > 0 {
		t.Fatalf("after saving: %s", strings.Join(d, "; "))
	}
	id, alias := twoAliasEntity(t, s)
	if _, err := s.SplitAlias(ctx, id, alias, "ana"); err != nil {
		t.Fatal(err)
	}
	var other int64
	var label string
	s.DB().QueryRow(`SELECT label FROM entities WHERE id = ?`, id).Scan(&label)
	if err := s.DB().QueryRow(`SELECT id FROM entities WHERE label = ? AND id != ? AND mentions > 0 LIMIT 1`, label, id).Scan(&other); err != nil {
		t.Fatal(err)
	}
	if err := s.MergeEntities(ctx, id, other, "ana"); err != nil {
		t.Fatal(err)
	}
	if d := countsDrift(t, s); len(d) > 0 {
		t.Fatalf("after split and merge: %s", strings.Join(d, "; "))
	}
	// Re-extraction replaces every article's mentions.
	for i := range recs {
		recs[i].ExtractorVersion = "test-2"
	}
	saveAll(t, s, recs...)
	if d := countsDrift(t, s); len(d) > 0 {
		t.Fatalf("after re-extraction: %s", strings.Join(d, "; "))
	}
}

func TestStore_DecisionsLogAndUndo(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	saveAll(t, s, goldRecords(t)...)
	var mention, mentionEnd int64
	var mentionText string
	if err := s.DB().QueryRow(`SELECT m.id, m."end", m.text FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.label = 'PLATFORM' AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.article_id = m.article_id AND o.start >= m."end" AND o.start < m."end" + 4)
		  AND length(CAST(a.text AS BLOB)) > m."end" + 4 LIMIT 1`).Scan(&mention, &mentionEnd, &mentionText); err != nil {
		t.Fatal(err)
	}
	var moneyMention int64
	if err := s.DB().QueryRow(`SELECT mention_id FROM amounts LIMIT 1`).Scan(&moneyMention); err != nil {
		t.Fatal(err)
	}
	id, alias := twoAliasEntity(t, s)
	var label string
	s.DB().QueryRow(`SELECT label FROM entities WHERE id = ?`, id).Scan(&label)
	var other int64
	s.DB().QueryRow(`SELECT id FROM entities WHERE label = ? AND id != ? LIMIT 1`, label, id).Scan(&other)
	newLabel := "ORG"
	if label == "ORG" {
		newLabel = "PLATFORM"
	}

	cases := []struct {
		action string
		do     func() error
		check  func(t *testing.T)
	}{
		{ActionAccept, func() error { return s.SetEntityStatus(ctx, id, StatusAccepted, "ana") }, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM entities WHERE id = ? AND status = 'accepted'`, id); n != 1 {
				t.Error("entity not accepted")
			}
		}},
		{ActionReject, func() error { return s.SetEntityStatus(ctx, id, StatusRejected, "ana") }, func(t *testing.T) {
			d, err := s.ReviewDecisions(ctx)
			if err != nil || len(d.Rejected) == 0 {
				t.Errorf("rejected entity gives no rejected names (err %v)", err)
			}
		}},
		{ActionRelabel, func() error { return s.RelabelEntity(ctx, id, newLabel, "ana") }, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM mentions WHERE entity_id = ? AND label != ?`, id, newLabel); n != 0 {
				t.Errorf("%d mentions kept the old label", n)
			}
			if n := count(t, s, `SELECT count(*) FROM review_rules WHERE kind = 'relabel' AND label = ? AND to_label = ?`, label, newLabel); n == 0 {
				t.Error("no relabel rule")
			}
		}},
		{ActionRename, func() error { return s.RenameEntity(ctx, id, "Renamed By Review", "ana") }, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM entities WHERE id = ? AND canonical = 'Renamed By Review'`, id); n != 1 {
				t.Error("not renamed")
			}
		}},
		{ActionMerge, func() error { return s.MergeEntities(ctx, id, other, "ana") }, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM entities WHERE id = ?`, other); n != 0 {
				t.Error("merged entity still there")
			}
		}},
		{ActionSplit, func() error { _, err := s.SplitAlias(ctx, id, alias, "ana"); return err }, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.canonical = ? AND e.id != ?`, alias, id); n == 0 {
				t.Error("no mentions on the split entity")
			}
		}},
		{ActionRejectMention, func() error { return s.RejectMention(ctx, moneyMention, "ana") }, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM mentions WHERE id = ?`, moneyMention); n != 0 {
				t.Error("rejected mention still there")
			}
		}},
		{ActionFixSpan, func() error {
			var start int
			s.DB().QueryRow(`SELECT start FROM mentions WHERE id = ?`, mention).Scan(&start)
			var text string
			s.DB().QueryRow(`SELECT a.text FROM articles a JOIN mentions m ON m.article_id = a.id WHERE m.id = ?`, mention).Scan(&text)
			end := int(mentionEnd) + 1
			for end < len(text) && text[end] != ' ' && text[end-1] != ' ' {
				end++
			}
			for end > int(mentionEnd) && text[end-1] == ' ' {
				end--
			}
			if end == int(mentionEnd) {
				end = int(mentionEnd) + 2 // no word follows: take two more bytes
			}
			return s.FixMentionSpan(ctx, mention, start, end, "ana")
		}, func(t *testing.T) {
			if n := count(t, s, `SELECT count(*) FROM mentions WHERE id = ? AND "end" > ?`, mention, mentionEnd); n != 1 {
				t.Error("span not extended")
			}
			if n := count(t, s, `SELECT count(*) FROM review_rules WHERE kind = 'span' AND text = ?`, mentionText); n != 1 {
				t.Error("no span rule")
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.action, func(t *testing.T) {
			before := dump(t, s)
			if err := c.do(); err != nil {
				t.Fatal(err)
			}
			c.check(t)
			var action, reviewer, detail string
			if err := s.DB().QueryRow(`SELECT action, reviewer, detail FROM reviews ORDER BY id DESC LIMIT 1`).Scan(&action, &reviewer, &detail); err != nil {
				t.Fatal(err)
			}
			var d struct{ Before, After json.RawMessage }
			if action != c.action || reviewer != "ana" || json.Unmarshal([]byte(detail), &d) != nil || len(d.Before) == 0 || len(d.After) == 0 {
				t.Errorf("logged %s by %s with detail %.200s; want %s by ana with before and after", action, reviewer, detail, c.action)
			}
			if dump(t, s) == before {
				t.Fatal("decision changed nothing")
			}
			if d := countsDrift(t, s); len(d) > 0 {
				t.Errorf("counts: %s", strings.Join(d, "; "))
			}
			r, err := s.Undo(ctx, "ana")
			if err != nil {
				t.Fatal(err)
			}
			if r.Action != c.action {
				t.Errorf("undid %s, want %s", r.Action, c.action)
			}
			if after := dump(t, s); after != before {
				t.Errorf("undo did not restore the state:\nbefore\n%s\nafter\n%s", before, after)
			}
		})
	}
	// Undos do not undo undos: every decision above is undone, so there is
	// nothing left for ana.
	if _, err := s.Undo(ctx, "ana"); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo with nothing left: %v, want ErrNothingToUndo", err)
	}
}

func TestWriter_SaveArticle_SkipsRejectedOccurrence(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	rec := ArticleRecord{
		PageKey: "k", Source: "t", ExtractorVersion: "v1",
		Article: extract.Article{URL: "k", Text: "Naval officers met Naval Group."},
		Entities: []extract.Entity{
			{Start: 0, End: 5, Label: "ORG", Text: "Naval", Canonical: "Naval"},
			{Start: 19, End: 30, Label: "ORG", Text: "Naval Group", Canonical: "Naval Group"},
		},
	}
	saveAll(t, s, rec)
	var mid int64
	s.DB().QueryRow(`SELECT id FROM mentions WHERE start = 0`).Scan(&mid)
	if err := s.RejectMention(ctx, mid, "ana"); err != nil {
		t.Fatal(err)
	}
	rec.ExtractorVersion = "v2"
	saveAll(t, s, rec)
	if n := count(t, s, `SELECT count(*) FROM mentions`); n != 1 {
		t.Errorf("%d mentions after re-extraction, want 1 (the rejected occurrence stays out)", n)
	}
}

func TestStore_RelabelJoinsTheEntityOfThatLabelAndName(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	saveAll(t, s,
		mentionRecord("k1", "PERSON", "Larkspur", "Larkspur"),
		mentionRecord("k2", "PLATFORM", "Larkspur", "Larkspur"),
	)
	person, platform := entityNamed(t, s, "PERSON", "Larkspur"), entityNamed(t, s, "PLATFORM", "Larkspur")
	before := dump(t, s)
	if err := s.RelabelEntity(ctx, person, "PLATFORM", "ana"); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `SELECT count(*) FROM entities WHERE id = ?`, person); n != 0 {
		t.Error("the relabelled entity still exists beside the one it joined")
	}
	if n := count(t, s, `SELECT mentions FROM entities WHERE id = ?`, platform); n != 2 {
		t.Errorf("joined entity has %d mentions, want 2", n)
	}
	if d := countsDrift(t, s); len(d) > 0 {
		t.Errorf("counts: %v", d)
	}
	if _, err := s.Undo(ctx, "ana"); err != nil {
		t.Fatal(err)
	}
	if after := dump(t, s); after != before {
		t.Errorf("undo did not restore:\n%s\nwant\n%s", after, before)
	}
}

// TestStore_UndoAfterReextraction: undoing a merge after the articles were
// extracted again moves back what still exists and brings back nothing
// re-extraction replaced.
func TestStore_UndoAfterReextraction(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	recs := goldRecords(t)
	saveAll(t, s, recs...)
	id, _ := twoAliasEntity(t, s)
	var label string
	var other int64
	s.DB().QueryRow(`SELECT label FROM entities WHERE id = ?`, id).Scan(&label)
	if err := s.DB().QueryRow(`SELECT id FROM entities WHERE label = ? AND id != ? AND mentions > 0 LIMIT 1`, label, id).Scan(&other); err != nil {
		t.Fatal(err)
	}
	if err := s.MergeEntities(ctx, id, other, "ana"); err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		recs[i].ExtractorVersion = "test-2"
	}
	saveAll(t, s, recs...)
	mentions := count(t, s, `SELECT count(*) FROM mentions`)
	if _, err := s.Undo(ctx, "ana"); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `SELECT count(*) FROM mentions`); n != mentions {
		t.Errorf("%d mentions after the undo, want the %d re-extraction stored", n, mentions)
	}
	if n := count(t, s, `SELECT count(*) FROM entities WHERE id = ?`, other); n != 1 {
		t.Error("the merged entity is not back")
	}
	if d := countsDrift(t, s); len(d) > 0 {
		t.Errorf("counts: %v", d)
	}
}
