package storage

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/extract"
)

// snapshot counts every table an article save touches.
func snapshot(t testing.TB, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"articles", "entities", "aliases", "mentions", "amounts"} {
		out[table] = count(t, s, `SELECT count(*) FROM `+table)
	}
	return out
}

func TestWriter_SaveArticle_NewThenUnchanged(t *testing.T) {
	s, _ := openTest(t)
	recs := goldRecords(t)
	for i, res := range saveAll(t, s, recs...) {
		if res.Outcome != OutcomeNew || res.ID == 0 {
			t.Errorf("%s: first save %+v, want new with an id", recs[i].PageKey, res)
		}
	}
	wantMentions := 0
	wantAmounts := 0
	for _, r := range recs {
		wantMentions += len(r.Entities)
		for _, e := range r.Entities {
			if e.Label == "MONEY" {
				wantAmounts++
			}
		}
	}
	before := snapshot(t, s)
	if before["articles"] != len(recs) || before["mentions"] != wantMentions || before["amounts"] != wantAmounts {
		t.Fatalf("after first save %v, want %d articles, %d mentions, %d amounts", before, len(recs), wantMentions, wantAmounts)
	}
	for i, res := range saveAll(t, s, recs...) {
		if res.Outcome != OutcomeUnchanged {
			t.Errorf("%s: second save %s, want unchanged", recs[i].PageKey, res.Outcome)
		}
	}
	after := snapshot(t, s)
	for table, n := range before {
		if after[table] != n {
			t.Errorf("%s: %d rows after re-save, %d before", table, after[table], n)
		}
	}
}

func TestWriter_SaveArticle_UpdateReplacesMentions(t *testing.T) {
	base := goldRecords(t)[0]
	tests := []struct {
		name   string
		change func(*ArticleRecord)
	}{
		{"new text", func(r *ArticleRecord) {
			r.Article.Text = "Quokka Dynamics signed a deal. " + r.Article.Text
			r.Entities = []extract.Entity{{Start: 0, End: 15, Label: "ORG", Text: "Quokka Dynamics", Canonical: "Quokka Dynamics"}}
		}},
		{"new extractor version", func(r *ArticleRecord) {
			r.ExtractorVersion = "test-2"
			r.Entities = r.Entities[:3]
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			first := saveAll(t, s, base)[0]
			rec := base
			rec.Entities = append([]extract.Entity(nil), base.Entities...)
			tt.change(&rec)
			res := saveAll(t, s, rec)[0]
			if res.Outcome != OutcomeUpdated || res.ID != first.ID {
				t.Fatalf("second save %+v, want updated with id %d", res, first.ID)
			}
			if got := count(t, s, `SELECT count(*) FROM mentions WHERE article_id = ?`, res.ID); got != len(rec.Entities) {
				t.Errorf("%d mentions, want %d (the old ones replaced)", got, len(rec.Entities))
			}
			if got := count(t, s, `SELECT count(*) FROM mentions WHERE extractor_version != ?`, rec.ExtractorVersion); got != 0 {
				t.Errorf("%d mentions of another extractor version remain", got)
			}
			if got := count(t, s, `SELECT count(*) FROM amounts WHERE mention_id NOT IN (SELECT id FROM mentions)`); got != 0 {
				t.Errorf("%d orphaned amounts", got)
			}
			var text string
			if err := s.DB().QueryRow(`SELECT text FROM articles WHERE id = ?`, res.ID).Scan(&text); err != nil {
				t.Fatal(err)
			}
			if text != rec.Article.Text {
				t.Error("article text not updated")
			}
		})
	}
}

func TestWriter_SaveArticle_SyndicatedCopyIsDuplicate(t *testing.T) {
	s, _ := openTest(t)
	orig := goldRecords(t)[0]
	copy1 := orig
	copy1.PageKey, copy1.Source = "https://mirror.example/syndicated/1", "mirror"
	copy1.Article.URL = copy1.PageKey
	// Re-wrapped white space is the same text.
	copy1.Article.Text = strings.ReplaceAll(orig.Article.Text, " ", "  \n")
	copy1.Entities = nil
	other := goldRecords(t)[1]

	res := saveAll(t, s, orig, copy1, other)
	if res[0].Outcome != OutcomeNew || res[0].DuplicateOf != 0 {
		t.Errorf("original: %+v", res[0])
	}
	if res[1].Outcome != OutcomeDuplicate || res[1].DuplicateOf != res[0].ID {
		t.Errorf("copy: %+v, want duplicate of %d", res[1], res[0].ID)
	}
	if res[2].Outcome != OutcomeNew || res[2].DuplicateOf != 0 {
		t.Errorf("unrelated article: %+v", res[2])
	}
	if got := count(t, s, `SELECT count(*) FROM articles WHERE duplicate_of = ?`, res[0].ID); got != 1 {
		t.Errorf("%d rows point at the original, want 1", got)
	}

	// When the original's text changes, the copy is no longer its duplicate.
	orig.Article.Text = "Rewritten entirely."
	orig.Entities = nil
	if r := saveAll(t, s, orig)[0]; r.Outcome != OutcomeUpdated {
		t.Fatalf("rewrite: %+v", r)
	}
	if got := count(t, s, `SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL`); got != 0 {
		t.Errorf("%d duplicates after the original changed, want 0", got)
	}
}

func TestWriter_SaveArticle_EmptyTextsAreNotDuplicates(t *testing.T) {
	s, _ := openTest(t)
	a := ArticleRecord{PageKey: "https://a.example/1", Source: "a", Article: extract.Article{URL: "https://a.example/1"}}
	b := a
	b.PageKey = "https://a.example/2"
	for _, r := range saveAll(t, s, a, b) {
		if r.Outcome != OutcomeNew {
			t.Errorf("%+v, want new", r)
		}
	}
}

func TestWriter_SaveArticle_RejectsBadMentions(t *testing.T) {
	rec := ArticleRecord{PageKey: "https://a.example/x", Source: "a", Article: extract.Article{URL: "https://a.example/x", Text: "Navy ships"}}
	tests := []struct {
		name string
		e    extract.Entity
		want string
	}{
		{"past the end", extract.Entity{Start: 5, End: 50, Label: "ORG", Text: "ships"}, "outside text"},
		{"negative", extract.Entity{Start: -1, End: 4, Label: "ORG", Text: "Navy"}, "outside text"},
		{"no label", extract.Entity{Start: 0, End: 4, Text: "Navy"}, "no label"},
		{"empty", extract.Entity{Start: 0, End: 0, Label: "ORG"}, "neither text nor canonical"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTest(t)
			r := rec
			r.Entities = []extract.Entity{tt.e}
			w := s.NewWriter(context.Background(), WriterOptions{})
			res := <-w.SaveArticle(r)
			if res.Err == nil || !strings.Contains(res.Err.Error(), tt.want) || !strings.Contains(res.Err.Error(), rec.Article.URL) {
				t.Errorf("error %v, want one naming %s and saying %q", res.Err, rec.Article.URL, tt.want)
			}
			if err := w.Close(); err != nil {
				t.Errorf("Close reported %v, a failure its caller already has", err)
			}
			if n := count(t, s, `SELECT count(*) FROM articles`); n != 0 {
				t.Errorf("%d articles stored by a failed save", n)
			}
		})
	}
}

func TestWriter_SaveArticle_Amounts(t *testing.T) {
	s, _ := openTest(t)
	v, vmax, usd := 2.5e9, 3e9, 3.0e7
	text := "A deal worth Rs 2,500-3,000 crore was signed."
	rec := ArticleRecord{PageKey: "https://a.example/m", Source: "a", Article: extract.Article{URL: "https://a.example/m", Text: text},
		Entities: []extract.Entity{{Start: 13, End: 31, Label: "MONEY", Text: text[13:31], Canonical: "INR 2500000000", Value: &v, ValueMax: &vmax, Currency: "INR", USD: &usd, USDYear: 2019}}}
	id := saveAll(t, s, rec)[0].ID
	var gotV, gotMax, gotUSD float64
	var cur, amt string
	var year int
	err := s.DB().QueryRow(`SELECT value, value_max, currency, usd, usd_year, text FROM amounts WHERE article_id = ?`, id).Scan(&gotV, &gotMax, &cur, &gotUSD, &year, &amt)
	if err != nil {
		t.Fatal(err)
	}
	if gotV != v || gotMax != vmax || cur != "INR" || gotUSD != usd || year != 2019 || amt != text[13:31] {
		t.Errorf("amount %v %v %s %v (%d rate) %q", gotV, gotMax, cur, gotUSD, year, amt)
	}
}

func TestStore_FTSFindsArticleByWord(t *testing.T) {
	s, _ := openTest(t)
	recs := goldRecords(t)
	saveAll(t, s, recs...)
	// Pick a word from one article's text that no other article has.
	target, word := -1, ""
	for i, r := range recs {
		for _, w := range strings.Fields(r.Article.Text) {
			w = strings.Trim(w, ".,;:()’'\"")
			if len(w) < 7 || strings.ContainsAny(w, "-’'.") {
				continue
			}
			others := 0
			for j, o := range recs {
				if j != i && strings.Contains(strings.ToLower(o.Article.Text+" "+o.Article.Title), strings.ToLower(w)) {
					others++
				}
			}
			if others == 0 {
				target, word = i, w
				break
			}
		}
		if target >= 0 {
			break
		}
	}
	if target < 0 {
		t.Fatal("no distinctive word found")
	}
	rows, err := s.DB().Query(`SELECT a.key FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?`, `"`+word+`"`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		rows.Scan(&k)
		keys = append(keys, k)
	}
	if len(keys) != 1 || keys[0] != recs[target].PageKey {
		t.Errorf("MATCH %q found %v, want [%s]", word, keys, recs[target].PageKey)
	}

	// After an update the old word is gone from the index.
	r := recs[target]
	r.Article.Text, r.Entities = "Nothing left here.", nil
	saveAll(t, s, r)
	if n := count(t, s, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, `"`+word+`"`); n != 0 {
		t.Errorf("MATCH %q after update: %d hits, want 0", word, n)
	}
	if n := count(t, s, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'left'`); n != 1 {
		t.Errorf("MATCH left after update: %d hits, want 1", n)
	}
}

func TestContentHash_NormalisesWhiteSpaceAndForm(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"a b", "a  b\n", true},
		{"café", "cafe\u0301", true}, // NFC
		{"a b", "a c", false},
		{"Navy", "navy", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			if got := ContentHash(tt.a) == ContentHash(tt.b); got != tt.same {
				t.Errorf("same hash = %v, want %v", got, tt.same)
			}
		})
	}
}

// benchArticles makes n distinct articles shaped like gold ones (~44
// entities each), cycling through the gold set.
func benchArticles(tb testing.TB, n int, prefix string) []ArticleRecord {
	gold := goldRecords(tb)
	out := make([]ArticleRecord, n)
	for i := range out {
		r := gold[i%len(gold)]
		r.PageKey = fmt.Sprintf("%s/%d", prefix, i)
		r.Article.Text = fmt.Sprintf("%s\n\n%d", r.Article.Text, i) // distinct content hash
		out[i] = r
	}
	return out
}

// BenchmarkSaveArticle compares the batched writer with plain single-row
// inserts, each its own transaction, doing the same work.
func BenchmarkSaveArticle(b *testing.B) {
	b.Run("baseline_unbatched_inserts", func(b *testing.B) {
		s, _ := openTest(b)
		recs := benchArticles(b, b.N, "https://bench.example/base")
		b.ResetTimer()
		for _, r := range recs {
			if err := plainInsert(s, r); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	for _, size := range []int{1, 64} {
		b.Run(fmt.Sprintf("writer_batch_%d", size), func(b *testing.B) {
			s, _ := openTest(b)
			recs := benchArticles(b, b.N, "https://bench.example/w")
			b.ResetTimer()
			w := s.NewWriter(context.Background(), WriterOptions{BatchSize: size})
			chans := make([]<-chan SaveResult, len(recs))
			for i, r := range recs {
				chans[i] = w.SaveArticle(r)
			}
			for _, c := range chans {
				if res := <-c; res.Err != nil {
					b.Fatal(res.Err)
				}
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// plainInsert is the naive way: every row its own autocommit statement, the
// entity looked up or created per mention.
func plainInsert(s *Store, r ArticleRecord) error {
	db := s.DB()
	res, err := db.Exec(`INSERT INTO articles(source, url, key, title, text, content_hash, extractor_version, extracted_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, r.Source, r.Article.URL, r.PageKey, r.Article.Title, r.Article.Text,
		ContentHash(r.Article.Text), r.ExtractorVersion, formatTime(time.Now()))
	if err != nil {
		return err
	}
	articleID, _ := res.LastInsertId()
	for _, e := range r.Entities {
		var entityID int64
		err := db.QueryRow(`INSERT INTO entities(label, canonical) VALUES (?, ?)
			ON CONFLICT(label, canonical) DO UPDATE SET label = excluded.label RETURNING id`, e.Label, e.Canonical).Scan(&entityID)
		if err != nil {
			return err
		}
		if _, err := db.Exec(`INSERT INTO mentions(article_id, entity_id, start, "end", text, label, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, articleID, entityID, e.Start, e.End, e.Text, e.Label, r.ExtractorVersion); err != nil {
			return err
		}
	}
	return nil
}
