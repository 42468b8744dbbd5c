package synth_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/trawl/trawl/storage"
	"github.com/trawl/trawl/synth"
)

func TestFill_StoresWhatWasAsked(t *testing.T) {
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "synth.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := synth.Fill(ctx, st, 300, 10); err != nil {
		t.Fatal(err)
	}
	var articles, mentions, amounts, entities, bad int
	db := st.DB()
	for q, dst := range map[string]*int{
		`SELECT count(*) FROM articles`: &articles,
		`SELECT count(*) FROM mentions`: &mentions,
		`SELECT count(*) FROM amounts`:  &amounts,
		`SELECT count(*) FROM entities`: &entities,
		// Every mention's offsets cut its own text out of the article.
		`SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
		  WHERE CAST(substr(CAST(a.text AS BLOB), m.start + 1, m."end" - m.start) AS TEXT) != m.text`: &bad,
	} {
		if err := db.QueryRow(q).Scan(dst); err != nil {
			t.Fatal(err)
		}
	}
	if articles != 300 || mentions != 3000 {
		t.Errorf("stored %d articles and %d mentions, want 300 and 3000", articles, mentions)
	}
	if amounts == 0 || amounts > mentions/5 {
		t.Errorf("%d amounts among %d mentions, want about one in ten", amounts, mentions)
	}
	if entities < 60 {
		t.Errorf("%d entities, want at least 60", entities)
	}
	if bad != 0 {
		t.Errorf("%d mentions whose offsets do not match their text", bad)
	}
	// Filling again finds every article unchanged.
	if err := synth.Fill(ctx, st, 300, 10); err != nil {
		t.Fatal(err)
	}
	var again int
	if err := db.QueryRow(`SELECT count(*) FROM mentions`).Scan(&again); err != nil || again != mentions {
		t.Errorf("after a second fill: %d mentions (err %v), want %d", again, err, mentions)
	}
}

// BenchmarkFill measures articles stored per second with ten mentions each,
// against the same articles without mentions (the article row alone), and
// against the same fill with the review triggers (kept counts, weekly
// counts) dropped: what keeping the review pages fast costs the writer.
func BenchmarkFill(b *testing.B) {
	for _, c := range []struct {
		name       string
		mentions   int
		noTriggers bool
	}{{"baseline-no-mentions", 0, false}, {"10-mentions", 10, false}, {"10-mentions-without-review-triggers", 10, true}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			st, err := storage.Open(ctx, filepath.Join(b.TempDir(), "synth.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			if c.noTriggers {
				for _, tr := range []string{"mentions_count_insert", "mentions_count_delete", "mentions_count_update", "mentions_week_insert", "mentions_week_delete", "mentions_week_update"} {
					if _, err := st.DB().Exec(`DROP TRIGGER ` + tr); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ResetTimer()
			if err := synth.Fill(ctx, st, b.N, c.mentions); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

func TestNewGenerator_ManyDistinctNames(t *testing.T) {
	// More names than syllable pairs allow: the generator must lengthen
	// names rather than loop.
	if n := synth.DistinctNames(400_000); n != 100_000 {
		t.Fatalf("%d names, want 100,000", n)
	}
}
