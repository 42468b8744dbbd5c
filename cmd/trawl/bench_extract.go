package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/trawl/trawl/evaluation"
)

// benchExtractCmd scores the generic extractor (no site rules) on the
// article-extraction benchmark, beside unmodified go-trafilatura in the
// same run.
type benchExtractCmd struct {
	Dir      string `arg:"" help:"Benchmark folder (holds ground-truth.json and html/*.html.gz); pages with a datePublished also score the publication day." type:"existingdir"`
	Verbose  bool   `short:"v" help:"Print every page's precision and recall."`
	JSON     bool   `help:"Print the results as JSON."`
	Baseline bool   `help:"Also run unmodified go-trafilatura (fallback on) for comparison." default:"true" negatable:""`
}

// benchReport is the --json output.
type benchReport struct {
	Extractors []benchExtractorReport `json:"extractors"`
}

type benchExtractorReport struct {
	Name           string                `json:"name"`
	Summary        evaluation.Summary    `json:"summary"`
	Dates          *evaluation.DateScore `json:"dates,omitempty"` // only where the set gives publication days
	PagesPerSecond float64               `json:"pages_per_second"`
	Pages          []benchPageReport     `json:"pages,omitempty"`
}

type benchPageReport struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Date      string  `json:"date,omitempty"`
	Error     string  `json:"error,omitempty"`
}

func (c *benchExtractCmd) Run(g *Globals) error {
	pages, err := evaluation.ReadBenchmark(c.Dir)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	names := []string{"trawl generic"}
	extractors := []evaluation.BenchExtractor{evaluation.Generic}
	if c.Baseline {
		names = append(names, "go-trafilatura")
		extractors = append(extractors, evaluation.Trafilatura)
	}
	runs, err := evaluation.RunBenchmark(pages, extractors...)
	if err != nil {
		return err
	}
	report := benchReport{}
	for i, r := range runs {
		er := benchExtractorReport{Name: names[i], Summary: r.Summary, PagesPerSecond: r.PagesPerSecond()}
		if r.Dates.Pages > 0 {
			er.Dates = &r.Dates
		}
		if c.Verbose {
			for _, p := range r.Pages {
				pr := benchPageReport{ID: p.ID, URL: p.URL, Precision: p.Score.Precision, Recall: p.Score.Recall, Date: p.Date}
				if p.Err != nil {
					pr.Error = p.Err.Error()
				}
				er.Pages = append(er.Pages, pr)
			}
		}
		report.Extractors = append(report.Extractors, er)
	}
	if c.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	return printBench(os.Stdout, report)
}

func printBench(w io.Writer, r benchReport) error {
	for _, e := range r.Extractors {
		for _, p := range e.Pages {
			line := fmt.Sprintf("%-16s %s  P %.3f  R %.3f  %-10s  %s", e.Name, p.ID[:min(12, len(p.ID))], p.Precision, p.Recall, p.Date, p.URL)
			if p.Error != "" {
				line += "  (" + p.Error + ")"
			}
			if _, err := fmt.Fprintln(w, line); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(w, "%-16s %6s %9s %7s %8s %8s %9s\n", "extractor", "pages", "precision", "recall", "F1", "accuracy", "pages/s")
	for _, e := range r.Extractors {
		s := e.Summary
		if _, err := fmt.Fprintf(w, "%-16s %6d %9.3f %7.3f %8.3f %8.3f %9.1f\n", e.Name, s.Pages, s.Precision, s.Recall, s.F1, s.Accuracy, e.PagesPerSecond); err != nil {
			return err
		}
	}
	for _, e := range r.Extractors {
		if d := e.Dates; d != nil {
			if _, err := fmt.Fprintf(w, "%-16s dates of %d pages: %d right, %d wrong, %d none\n", e.Name, d.Pages, d.Right, d.Wrong, d.None); err != nil {
				return err
			}
		}
	}
	return nil
}
