package export

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

// fixtureArticle is an article written for these tests, with its entities
// given by surface text.
type fixtureArticle struct {
	key, source, published, text string
	entities                     []fixtureEntity
}

type fixtureEntity struct {
	text, label, canonical string
	value, usd             float64 // MONEY only
	currency               string
}

func fixtureArticles() []fixtureArticle {
	return []fixtureArticle{
		{"https://forum.example/a1", "forum", "2025-03-10T09:00:00+05:30",
			"Gen. Rao said India will buy the Rafale jets. The deal is worth Rs 500 crore.\n\nHAL will build parts, Rao added.",
			[]fixtureEntity{{"Rao", "PERSON", "Vikram Rao", 0, 0, ""}, {"India", "GPE", "India", 0, 0, ""},
				{"Rafale", "PLATFORM", "Rafale", 0, 0, ""}, {"Rs 500 crore", "MONEY", "Rs 500 crore", 5e9, 6e7, "INR"},
				{"HAL", "ORG", "Hindustan Aeronautics Limited", 0, 0, ""}}},
		{"https://pib.example/r2", "pib", "2025-04-01",
			"HAL and India signed a contract, \"a milestone\", officials said. The Rafale fleet grows.",
			[]fixtureEntity{{"HAL", "ORG", "Hindustan Aeronautics Limited", 0, 0, ""}, {"India", "GPE", "India", 0, 0, ""},
				{"Rafale", "PLATFORM", "Rafale", 0, 0, ""}}},
		// A syndicated copy of the one before.
		{"https://mirror.example/r2", "pib", "2025-04-02",
			"HAL and India signed a contract, \"a milestone\", officials said. The Rafale fleet grows.",
			[]fixtureEntity{{"HAL", "ORG", "Hindustan Aeronautics Limited", 0, 0, ""}, {"India", "GPE", "India", 0, 0, ""},
				{"Rafale", "PLATFORM", "Rafale", 0, 0, ""}}},
		{"https://forum.example/a4", "forum", "",
			"Spam Corp sold nothing for $2 million; the Navy's view differs.",
			[]fixtureEntity{{"Spam Corp", "ORG", "Spam Corp", 0, 0, ""}, {"$2 million", "MONEY", "$2 million", 2e6, 2e6, "USD"},
				{"Navy", "ORG", "Indian Navy", 0, 0, ""}}},
	}
}

func record(a fixtureArticle) storage.ArticleRecord {
	r := storage.ArticleRecord{PageKey: a.key, Source: a.source, ExtractorVersion: "test-1",
		ExtractedAt: time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC),
		Article:     extract.Article{URL: a.key, Title: "Title of " + a.key, Published: a.published, Lang: "en", Text: a.text}}
	from := 0
	for _, e := range a.entities {
		i := strings.Index(a.text[from:], e.text) + from
		ent := extract.Entity{Start: i, End: i + len(e.text), Label: e.label, Text: e.text, Canonical: e.canonical}
		if e.label == "MONEY" {
			v, usd := e.value, e.usd
			ent.Value, ent.USD, ent.Currency = &v, &usd, e.currency
		}
		r.Entities = append(r.Entities, ent)
		from = i + len(e.text)
	}
	return r
}

// save stores articles through the storage writer, as a run does.
func save(t *testing.T, st *storage.Store, arts ...fixtureArticle) {
	t.Helper()
	w := st.NewWriter(context.Background(), storage.WriterOptions{})
	for _, a := range arts {
		if res := <-w.SaveArticle(record(a)); res.Err != nil {
			t.Fatal(res.Err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// fixtureStore is a fresh database file holding the fixture articles, with
// the entity "Spam Corp" rejected and "India" accepted by a reviewer.
func fixtureStore(t *testing.T) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "trawl.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	save(t, st, fixtureArticles()...)
	setStatus(t, st, "Spam Corp", "rejected")
	setStatus(t, st, "India", "accepted")
	return st
}

// setStatus records a reviewer's decision on the entity named canonical.
func setStatus(t *testing.T, st *storage.Store, canonical, status string) {
	t.Helper()
	var id int64
	if err := st.DB().QueryRow(`SELECT id FROM entities WHERE canonical = ?`, canonical).Scan(&id); err != nil {
		t.Fatalf("entity %q: %v", canonical, err)
	}
	if err := st.SetEntityStatus(context.Background(), id, status, "tester"); err != nil {
		t.Fatal(err)
	}
}
