package extract_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/jdkato/prose/v3"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

// benchTexts are the gold article bodies and their token count (prose's
// tokenizer, so every contender is measured in the same tokens).
func benchTexts(tb testing.TB) ([]string, int) {
	tb.Helper()
	paths, _ := filepath.Glob("../testdata/gold/*.jsonl")
	golds, err := evaluation.ReadGold(paths...)
	if err != nil || len(golds) == 0 {
		tb.Fatalf("gold: %d articles, %v", len(golds), err)
	}
	tk := tokenize.New()
	var texts []string
	n := 0
	for _, g := range golds {
		texts = append(texts, g.Text)
		n += len(tk.Tokenize(g.Text))
	}
	return texts, n
}

// contenders are the annotator and its baselines: prose's full pipeline
// (tokens, sentences, tags and its entity model) and prose without the
// entity model.
func contenders(tb testing.TB) map[string]func(string) {
	a, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return map[string]func(string){
		"annotator": func(s string) { a.Annotate(s, time.Time{}) },
		"prose-full": func(s string) {
			if _, err := prose.NewDocument(s); err != nil {
				tb.Fatal(err)
			}
		},
		"prose-no-entities": func(s string) {
			if _, err := prose.NewDocument(s, prose.WithExtraction(false)); err != nil {
				tb.Fatal(err)
			}
		},
	}
}

func runOver(b *testing.B, texts []string, tokens int, f func(string)) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			f(s)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkAnnotate(b *testing.B) {
	texts, tokens := benchTexts(b)
	cs := contenders(b)
	for _, name := range []string{"annotator", "prose-full", "prose-no-entities"} {
		b.Run(name, func(b *testing.B) { runOver(b, texts, tokens, cs[name]) })
	}
}

// TestAnnotator_Speed holds the bar: at least ten times prose's
// full pipeline on the same texts, and 100,000 tokens a second on one core.
func TestAnnotator_Speed(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test; run without -short")
	}
	texts, tokens := benchTexts(t)
	cs := contenders(t)
	rate := func(name string) float64 {
		r := testing.Benchmark(func(b *testing.B) { runOver(b, texts, tokens, cs[name]) })
		return float64(tokens) * float64(r.N) / r.T.Seconds()
	}
	ours, theirs := rate("annotator"), rate("prose-full")
	t.Logf("annotator %.0f tokens/s, prose full pipeline %.0f tokens/s (×%.1f)", ours, theirs, ours/theirs)
	if ours < 10*theirs {
		t.Errorf("annotator is ×%.1f prose's full pipeline, want ≥ ×10", ours/theirs)
	}
	if ours < 100_000 {
		t.Errorf("annotator runs %.0f tokens/s, want ≥ 100,000", ours)
	}
}
