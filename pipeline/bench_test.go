package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/jdkato/prose/v3"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/crawlers"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/samplesites"
	"github.com/trawl/trawl/storage"
)

// samplePage is one corpus article page with the rules that serve it.
type samplePage struct {
	url   string
	html  []byte
	rules *configs.SiteRules
	text  string
}

func samplePages(b *testing.B) []samplePage {
	b.Helper()
	all, err := configs.LoadSiteRules()
	if err != nil {
		b.Fatal(err)
	}
	pages, err := samplesites.GoldPages()
	if err != nil {
		b.Fatal(err)
	}
	var out []samplePage
	for _, sp := range pages {
		p := samplePage{url: sp.URL, html: crawlers.DecodeBody(sp.Body, sp.ContentType), rules: all[sp.Site]}
		a, err := extract.Extract(extract.Input{URL: p.url, HTML: p.html, Rules: p.rules})
		if err != nil {
			b.Fatal(err)
		}
		p.text = a.Text
		out = append(out, p)
	}
	return out
}

// BenchmarkPipeline_Pages measures pages per second through extract,
// annotate and store (one writer, real SQLite file), beside prose's own full
// pipeline (tokens, tags and its entity model) on the same article texts.
// Run with -benchtime 1000x to loop the corpus to 1,000 pages.
func BenchmarkPipeline_Pages(b *testing.B) {
	pages := samplePages(b)
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("trawl", func(b *testing.B) {
		ctx := context.Background()
		st, err := storage.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		w := st.NewWriter(ctx, storage.WriterOptions{})
		results := make([]<-chan storage.SaveResult, 0, b.N)
		b.ResetTimer()
		for i := range b.N {
			p := pages[i%len(pages)]
			// Each iteration is a distinct page of the archive.
			rec, err := Analyse(ctx, nil, an, p.rules, fmt.Sprintf("%s#%d", p.url, i), p.url, p.html, time.Now())
			if err != nil {
				b.Fatal(err)
			}
			rec.Source = "bench"
			rec.Article.Text += fmt.Sprintf("\n\n%d", i)
			results = append(results, w.SaveArticle(rec))
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		for _, r := range results {
			if res := <-r; res.Err != nil {
				b.Fatal(res.Err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("prose-baseline", func(b *testing.B) {
		for i := range b.N {
			if _, err := prose.NewDocument(pages[i%len(pages)].text); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	})
}
