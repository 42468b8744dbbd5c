package pipeline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/jdkato/prose/v3"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/crawlers"
	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/samplesites"
	"github.com/trawl/trawl/storage"
)

// benchPage is one distinct page the pipeline benchmark stores, with the
// rules that serve it (nil: the generic extractor).
type benchPage struct {
	url   string
	html  []byte
	rules *configs.SiteRules
}

// paragraphRE finds a page's paragraphs, to make new pages of a site from
// the paragraphs of its corpus pages.
var paragraphRE = regexp.MustCompile(`(?s)<p[ >].*?</p>`)

// minProseHTML tells a paragraph of prose from a short line (a date, a
// sign-off, a caption), which stays where it is.
const minProseHTML = 200

// ruledPages makes n distinct article pages of the sample sites: each is a
// corpus page whose paragraphs are replaced by a different selection of the
// same site's paragraphs, under its own URL, so no two texts are alike and
// the site rules read every one.
func ruledPages(b *testing.B, n int) []benchPage {
	b.Helper()
	all, err := configs.LoadSiteRules()
	if err != nil {
		b.Fatal(err)
	}
	gold, err := samplesites.GoldPages()
	if err != nil {
		b.Fatal(err)
	}
	pool := map[string][]string{}
	var bases []benchPage
	var sites []string
	for _, sp := range gold {
		html := crawlers.DecodeBody(sp.Body, sp.ContentType)
		for _, p := range paragraphRE.FindAllString(string(html), -1) {
			if len(p) >= minProseHTML {
				pool[sp.Site] = append(pool[sp.Site], p)
			}
		}
		bases = append(bases, benchPage{url: sp.URL, html: html, rules: all[sp.Site]})
		sites = append(sites, sp.Site)
	}
	out := make([]benchPage, n)
	seen := map[string]bool{}
	for i := range out {
		base, ps := bases[i%len(bases)], pool[sites[i%len(bases)]]
		pick := rand.New(rand.NewPCG(uint64(i), 1))
		html := paragraphRE.ReplaceAllStringFunc(string(base.html), func(p string) string {
			if len(p) < minProseHTML {
				return p
			}
			return ps[pick.IntN(len(ps))]
		})
		if seen[html] {
			b.Fatalf("page %d repeats an earlier one; the paragraph pool is too small for %d pages", i, n)
		}
		seen[html] = true
		out[i] = benchPage{url: fmt.Sprintf("%s&v=%d", base.url, i), html: []byte(html), rules: base.rules}
	}
	return out
}

// genericPages are the article-extraction benchmark's 181 pages, each of
// another site without rules; nil when shared/ is not at hand.
func genericPages(b *testing.B) []benchPage {
	b.Helper()
	dir := os.Getenv("TRAWL_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	pages, err := evaluation.ReadBenchmark(filepath.Join(dir, "datasets", "article-extraction-benchmark"))
	if err != nil {
		b.Logf("generic path left out (set TRAWL_SHARED=/path/to/shared): %v", err)
		return nil
	}
	out := make([]benchPage, len(pages))
	for i, p := range pages {
		if out[i].html, err = p.HTML(); err != nil {
			b.Fatal(err)
		}
		out[i].url = p.URL
	}
	return out
}

// BenchmarkPipeline_Pages measures pages per second through extract,
// annotate and store (one writer, real SQLite file) on distinct pages, with
// site rules (pages made from the corpus) and with the generic extractor
// (the article-extraction benchmark's pages), beside prose's own full
// pipeline (tokens, tags and its entity model) on each page's extracted
// text, run page by page in turn so that load from other work falls on
// both alike. -benchtime 181x stores every generic page once.
func BenchmarkPipeline_Pages(b *testing.B) {
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		b.Fatal(err)
	}
	paths := []struct {
		name  string
		pages func(n int) []benchPage
	}{
		{"site-rules", func(n int) []benchPage { return ruledPages(b, n) }},
		{"generic", func(int) []benchPage { return genericPages(b) }},
	}
	for _, path := range paths {
		b.Run(path.name, func(b *testing.B) {
			pages := path.pages(b.N)
			if len(pages) == 0 {
				b.Skip("no pages: set TRAWL_SHARED=/path/to/shared")
			}
			ctx := context.Background()
			st, err := storage.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			w := st.NewWriter(ctx, storage.WriterOptions{})
			results := make([]<-chan storage.SaveResult, 0, b.N)
			var tTrawl, tProse time.Duration
			b.ResetTimer()
			for i := range b.N {
				p := pages[i%len(pages)]
				start := time.Now()
				rec, err := Analyse(ctx, nil, an, p.rules, fmt.Sprintf("%s#%d", p.url, i), p.url, p.html, time.Now())
				if err != nil {
					tTrawl += time.Since(start)
					continue // a page without an article is stored as nothing
				}
				rec.Source = "bench"
				results = append(results, w.SaveArticle(rec))
				mid := time.Now()
				if _, err := prose.NewDocument(rec.Article.Text); err != nil {
					b.Fatal(err)
				}
				tTrawl, tProse = tTrawl+mid.Sub(start), tProse+time.Since(mid)
			}
			start := time.Now()
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
			for _, r := range results {
				if res := <-r; res.Err != nil {
					b.Fatal(res.Err)
				}
			}
			tTrawl += time.Since(start) // what the writer had left to store
			b.ReportMetric(float64(b.N)/tTrawl.Seconds(), "trawl-pages/s")
			b.ReportMetric(float64(len(results))/tProse.Seconds(), "prose-pages/s")
			b.ReportMetric(float64(len(results)), "articles")
		})
	}
}
