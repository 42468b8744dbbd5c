package export

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/trawl/trawl/storage"
	"github.com/trawl/trawl/synth"
)

// BenchmarkWrite_Mentions exports the mentions of a synthetic database
// (1,000 articles, 10 mentions each) in each format, beside the baseline:
// the bare SQL scan of the same rows, without sentences or encoding.
func BenchmarkWrite_Mentions(b *testing.B) {
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := synth.Fill(ctx, st, 1000, 10); err != nil {
		b.Fatal(err)
	}
	b.Run("baseline-scan", func(b *testing.B) {
		for b.Loop() {
			rows, err := st.DB().Query(`SELECT m.id, m.article_id, m.entity_id, e.label, e.canonical, e.status, m.text, m.start,
				m."end", a.url, a.published, a.source, m.extractor_version FROM mentions m JOIN entities e ON e.id = m.entity_id
				JOIN articles a ON a.id = m.article_id WHERE e.status != 'rejected' AND a.duplicate_of IS NULL`)
			if err != nil {
				b.Fatal(err)
			}
			var cols [13]any
			ptrs := make([]any, len(cols))
			for i := range cols {
				ptrs[i] = &cols[i]
			}
			n := 0
			for rows.Next() {
				if err := rows.Scan(ptrs...); err != nil {
					b.Fatal(err)
				}
				n++
			}
			rows.Close()
			b.ReportMetric(float64(n), "rows/op")
		}
	})
	for _, format := range tableFormats {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				n, err := Write(ctx, st, Request{What: Mentions, Format: format}, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(n), "rows/op")
			}
		})
	}
}
