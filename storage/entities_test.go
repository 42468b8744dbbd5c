package storage

import (
	"context"
	"errors"
	"testing"

	"github.com/trawl/trawl/extract"
)

// mentionRecord is an article whose text is exactly one mention.
func mentionRecord(key, label, text, canonical string) ArticleRecord {
	return ArticleRecord{
		PageKey: key, Source: "t", ExtractorVersion: "v1",
		Article:  extract.Article{URL: key, Text: text},
		Entities: []extract.Entity{{Start: 0, End: len(text), Label: label, Text: text, Canonical: canonical}},
	}
}

func entityOf(t *testing.T, s *Store, articleKey string) (id int64, canonical string) {
	t.Helper()
	err := s.DB().QueryRow(`SELECT e.id, e.canonical FROM mentions m JOIN entities e ON e.id = m.entity_id
		JOIN articles a ON a.id = m.article_id WHERE a.key = ?`, articleKey).Scan(&id, &canonical)
	if err != nil {
		t.Fatalf("entity of %s: %v", articleKey, err)
	}
	return id, canonical
}

func TestWriter_SaveArticle_ResolvesEntities(t *testing.T) {
	s, _ := openTest(t)
	saveAll(t, s,
		mentionRecord("k1", "ORG", "DRDO", "Defence Research and Development Organisation"),
		mentionRecord("k2", "ORG", "the DRDO", "defence research and development organisation"), // canonical differs in case only
		mentionRecord("k3", "ORG", "DRDO", "DRDO"),                                              // canonical is an extractor alias
		mentionRecord("k4", "PERSON", "DRDO", "DRDO"),                                           // another label is another entity
	)
	id1, _ := entityOf(t, s, "k1")
	for _, k := range []string{"k2", "k3"} {
		if id, _ := entityOf(t, s, k); id != id1 {
			t.Errorf("%s attached to entity %d, want %d", k, id, id1)
		}
	}
	if id, _ := entityOf(t, s, "k4"); id == id1 {
		t.Error("a PERSON mention attached to an ORG entity")
	}
	if n := count(t, s, `SELECT count(*) FROM aliases WHERE entity_id = ? AND source = 'extractor'`, id1); n != 2 {
		t.Errorf("%d extractor aliases of entity %d, want 2 (DRDO, the DRDO)", n, id1)
	}
}

func TestStore_RenameEntity(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	saveAll(t, s, mentionRecord("k1", "PERSON", "Modi", "Narendra Modi"))
	id, _ := entityOf(t, s, "k1")
	if err := s.RenameEntity(ctx, id, "Narendra Damodardas Modi", "ana"); err != nil {
		t.Fatal(err)
	}
	if _, c := entityOf(t, s, "k1"); c != "Narendra Damodardas Modi" {
		t.Errorf("canonical %q after rename", c)
	}
	aliases, err := s.ReviewAliases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := extract.Alias{Text: "Narendra Modi", Label: "PERSON", Canonical: "Narendra Damodardas Modi"}
	if len(aliases) != 1 || aliases[0] != want {
		t.Errorf("review aliases %+v, want [%+v]", aliases, want)
	}
	if n := count(t, s, `SELECT count(*) FROM reviews WHERE action = 'rename' AND entity_id = ? AND reviewer = 'ana'
		AND json_extract(detail, '$.from') = 'Narendra Modi'`, id); n != 1 {
		t.Errorf("%d rename reviews logged, want 1", n)
	}
	// A later article under the old name reaches the renamed entity.
	saveAll(t, s, mentionRecord("k2", "PERSON", "PM Modi", "Narendra Modi"))
	if got, _ := entityOf(t, s, "k2"); got != id {
		t.Errorf("old name attached to entity %d, want %d", got, id)
	}

	t.Run("conflict", func(t *testing.T) {
		saveAll(t, s, mentionRecord("k3", "PERSON", "Shah", "Amit Shah"))
		other, _ := entityOf(t, s, "k3")
		err := s.RenameEntity(ctx, other, "narendra damodardas modi", "ana")
		if !errors.Is(err, ErrConflict) {
			t.Errorf("rename onto another entity's name: %v, want ErrConflict", err)
		}
	})
	t.Run("missing", func(t *testing.T) {
		if err := s.RenameEntity(ctx, 9999, "X", "ana"); !errors.Is(err, ErrNotFound) {
			t.Errorf("rename of a missing entity: %v, want ErrNotFound", err)
		}
	})
}

func TestStore_MergeEntities(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	saveAll(t, s,
		mentionRecord("k1", "ORG", "Indian Navy", "Indian Navy"),
		mentionRecord("k2", "ORG", "IN", "Bharatiya Nau Sena"),
		mentionRecord("k3", "GPE", "India", "India"),
	)
	keep, _ := entityOf(t, s, "k1")
	drop, _ := entityOf(t, s, "k2")
	if err := s.MergeEntities(ctx, keep, drop, "ana"); err != nil {
		t.Fatal(err)
	}
	if got, _ := entityOf(t, s, "k2"); got != keep {
		t.Errorf("dropped entity's mention is on %d, want %d", got, keep)
	}
	if n := count(t, s, `SELECT count(*) FROM entities WHERE id = ?`, drop); n != 0 {
		t.Error("dropped entity still exists")
	}
	aliases, err := s.ReviewAliases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range aliases {
		got[a.Text] = a.Canonical
	}
	for _, name := range []string{"Bharatiya Nau Sena", "IN"} {
		if got[name] != "Indian Navy" {
			t.Errorf("review alias %q → %q, want Indian Navy (all: %+v)", name, got[name], aliases)
		}
	}
	if n := count(t, s, `SELECT count(*) FROM reviews WHERE action = 'merge' AND entity_id = ? AND json_extract(detail, '$.dropped_id') = ?`, keep, drop); n != 1 {
		t.Errorf("%d merge reviews logged, want 1", n)
	}
	// A later mention under the dropped name attaches to the kept entity,
	// even though the extractor still calls it by the old canonical.
	saveAll(t, s, mentionRecord("k4", "ORG", "Nau Sena", "Bharatiya Nau Sena"))
	if got, _ := entityOf(t, s, "k4"); got != keep {
		t.Errorf("later mention attached to %d, want %d", got, keep)
	}
	if n := count(t, s, `SELECT count(*) FROM entities WHERE canonical = 'Bharatiya Nau Sena'`); n != 0 {
		t.Error("the dropped name was created again as an entity")
	}

	india, _ := entityOf(t, s, "k3")
	for _, tt := range []struct {
		name       string
		keep, drop int64
		want       error
	}{
		{"labels differ", keep, india, nil},
		{"itself", keep, keep, nil},
		{"missing", keep, 9999, ErrNotFound},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := s.MergeEntities(ctx, tt.keep, tt.drop, "ana")
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("merge %d into %d: %v", tt.drop, tt.keep, err)
			}
		})
	}
}

// A reviewer's alias outranks an entity that happens to carry the name.
func TestWriter_SaveArticle_ReviewAliasWins(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	saveAll(t, s,
		mentionRecord("k1", "PLATFORM", "Rafale M", "Rafale M"),
		mentionRecord("k2", "PLATFORM", "Rafale Marine", "Rafale Marine"),
	)
	a, _ := entityOf(t, s, "k1")
	b, _ := entityOf(t, s, "k2")
	if err := s.MergeEntities(ctx, b, a, "ana"); err != nil {
		t.Fatal(err)
	}
	// The extractor recreates "Rafale M" as an entity only if it was not
	// told; the review alias must catch it.
	saveAll(t, s, mentionRecord("k3", "PLATFORM", "Rafale-M", "rafale m"))
	if got, _ := entityOf(t, s, "k3"); got != b {
		t.Errorf("attached to %d, want %d", got, b)
	}
}
