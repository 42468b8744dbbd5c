package storage

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentence_CutsAtSentencesWordsAndCharacters(t *testing.T) {
	text := "First one. The ₹5 deal with Acme Corp was signed today! Another follows."
	i := strings.Index(text, "Acme Corp")
	b, m, a := sentence(text, i, i+len("Acme Corp"))
	if b != "The ₹5 deal with " || m != "Acme Corp" || a != " was signed today!" {
		t.Errorf("got %q %q %q", b, m, a)
	}
	text = "Talks ended. The list of U.S.-made jets that Gen. Rao saw at Acme Corp grew. Then it rained."
	i = strings.Index(text, "Acme Corp")
	b, _, a = sentence(text, i, i+len("Acme Corp"))
	if b != "The list of U.S.-made jets that Gen. Rao saw at " || a != " grew." {
		t.Errorf("abbreviations ended the sentence: got %q … %q", b, a)
	}
	long := strings.Repeat("wörd ", 200) + "Acme" + strings.Repeat(" wörd", 200)
	i = strings.Index(long, "Acme")
	b, _, a = sentence(long, i, i+4)
	if !utf8.ValidString(b) || !utf8.ValidString(a) || len(b) > maxContext || len(a) > maxContext ||
		!strings.HasPrefix(b, "wörd") || !strings.HasSuffix(a, "wörd") {
		t.Errorf("long text cut to %q … %q", b, a)
	}
}

func TestReader_OrdersAndFilters(t *testing.T) {
	ctx := context.Background()
	r := goldReader(t)
	for _, f := range []AmountFilter{{}, {Sort: "value", Currency: "INR"}, {Sort: "date"}, {Since: "2025-06-01", Sort: "value"}} {
		as, err := r.Amounts(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(as) == 0 {
			t.Errorf("%+v: no amounts", f)
		}
		for i, a := range as {
			if f.Currency != "" && a.Currency != f.Currency || a.USD.Float64 < f.MinUSD || a.Published < f.Since {
				t.Errorf("%+v: amount %q (%s, %v US$, %s) does not pass the filter", f, a.Text, a.Currency, a.USD.Float64, a.Published)
			}
			if i == 0 {
				continue
			}
			p := as[i-1]
			if f.Sort == "date" && p.Published < a.Published || f.Sort == "value" && p.Value.Float64 < a.Value.Float64 || f.Sort == "" && p.USD.Float64 < a.USD.Float64 {
				t.Errorf("%+v: %q before %q out of order", f, p.Text, a.Text)
			}
		}
	}
	for _, best := range []bool{false, true} {
		hits, err := r.SearchArticles(ctx, "drone", best, 30)
		if err != nil || len(hits) == 0 {
			t.Fatalf("search drone (best %v): %d hits, %v", best, len(hits), err)
		}
		for i, h := range hits {
			if !strings.Contains(strings.ToLower(h.Snippet), "\x01drone") {
				t.Errorf("hit %d %q: snippet %q marks no drone", h.ID, h.Title, h.Snippet)
			}
			if !best && i > 0 && hits[i-1].ID < h.ID {
				t.Errorf("newest first: %d before %d", hits[i-1].ID, h.ID)
			}
		}
	}
	// Typed text is never FTS5 syntax.
	if _, err := r.SearchArticles(ctx, `"unbalanced AND (`, false, 5); err != nil {
		t.Errorf("search with FTS5 syntax characters: %v", err)
	}
	ents, err := r.SearchEntities(ctx, "ind", "", 10)
	if err != nil || len(ents) == 0 {
		t.Fatalf("entities by prefix: %d, %v", len(ents), err)
	}
}

// TestReader_QueueOrderWithFilters checks the queue against a plain query
// that filters first and sorts after.
func TestReader_QueueOrderWithFilters(t *testing.T) {
	ctx := context.Background()
	r := goldReader(t)
	for _, f := range []QueueFilter{{}, {Label: "ORG"}, {Source: "pib"}, {Since: "2025-08-01", Label: "GPE"}, {Source: "forum", Since: "2025-06-01", Offset: 3, Limit: 5}} {
		items, err := r.Queue(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		limit, offset := f.Limit, f.Offset
		if limit == 0 {
			limit = 50
		}
		want, err := r.entities(ctx, `SELECT DISTINCT e.id, e.label, e.canonical, e.status, e.mentions, e.articles
			FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
			WHERE e.status = 'pending' AND (?1 = '' OR e.label = ?1) AND (?2 = '' OR a.source = ?2) AND a.published >= ?3
			ORDER BY e.mentions DESC, e.id LIMIT ?4 OFFSET ?5`, f.Label, f.Source, f.Since, limit, offset)
		if err != nil {
			t.Fatal(err)
		}
		if len(items) != len(want) || len(want) == 0 {
			t.Fatalf("%+v: %d items, want %d (and more than none)", f, len(items), len(want))
		}
		for i := range want {
			if items[i].ID != want[i].ID {
				t.Errorf("%+v: item %d is %q, want %q", f, i, items[i].Canonical, want[i].Canonical)
			}
			if len(items[i].Examples) == 0 {
				t.Errorf("%+v: %q has no example sentence", f, items[i].Canonical)
			}
		}
	}
}

// goldReader is a Reader on a database holding the gold articles.
func goldReader(t *testing.T) *Reader {
	t.Helper()
	s, path := openTest(t)
	saveAll(t, s, goldRecords(t)...)
	r, err := OpenReader(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}
