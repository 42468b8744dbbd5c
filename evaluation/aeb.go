package evaluation

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/trawl/trawl/extract"
)

// BenchPage is one page of the article-extraction benchmark
// (shared/datasets/article-extraction-benchmark).
type BenchPage struct {
	ID   string
	URL  string
	Body string // ground-truth articleBody
	Date string // ground-truth datePublished (YYYY-MM-DD), "" where the set gives none
	dir  string
}

// maxBenchHTML bounds one decompressed benchmark page; the largest is about 1 MB.
const maxBenchHTML = 64 << 20

// HTML reads the page's html/<id>.html.gz.
func (p BenchPage) HTML() ([]byte, error) {
	name := filepath.Join(p.dir, "html", p.ID+".html.gz")
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("evaluation: benchmark page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("evaluation: %s: %w", name, err)
	}
	b, err := io.ReadAll(io.LimitReader(zr, maxBenchHTML))
	if err != nil {
		return nil, fmt.Errorf("evaluation: %s: %w", name, err)
	}
	return b, nil
}

// ReadBenchmark reads the benchmark's ground-truth.json in dir; pages come
// sorted by id. The HTML stays on disk until BenchPage.HTML is called.
func ReadBenchmark(dir string) ([]BenchPage, error) {
	name := filepath.Join(dir, "ground-truth.json")
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("evaluation: benchmark folder %s: %w", dir, err)
	}
	var gt map[string]struct {
		ArticleBody   string `json:"articleBody"`
		URL           string `json:"url"`
		DatePublished string `json:"datePublished"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("evaluation: %s: %w", name, err)
	}
	if len(gt) == 0 {
		return nil, fmt.Errorf("evaluation: %s: %w", name, errors.New("no pages"))
	}
	out := make([]BenchPage, 0, len(gt))
	for id, v := range gt {
		if v.DatePublished != "" {
			if _, err := time.Parse(time.DateOnly, v.DatePublished); err != nil {
				return nil, fmt.Errorf("evaluation: %s: page %s: datePublished %q is not YYYY-MM-DD", name, id, v.DatePublished)
			}
		}
		out = append(out, BenchPage{ID: id, URL: v.URL, Body: v.ArticleBody, Date: v.DatePublished, dir: dir})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ReadBenchOutput reads a prediction file of the benchmark's shape, either
// {"<id>": {"articleBody": ...}} or {"version": ..., "output": {...}}, and
// returns the bodies by page id.
func ReadBenchOutput(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evaluation: %w", err)
	}
	var wrapped struct {
		Output map[string]benchBody `json:"output"`
	}
	if err := json.Unmarshal(b, &wrapped); err == nil && wrapped.Output != nil {
		return bodies(wrapped.Output), nil
	}
	var flat map[string]benchBody
	if err := json.Unmarshal(b, &flat); err != nil {
		return nil, fmt.Errorf("evaluation: %s: %w", path, err)
	}
	return bodies(flat), nil
}

type benchBody struct {
	ArticleBody string `json:"articleBody"`
}

func bodies(m map[string]benchBody) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v.ArticleBody
	}
	return out
}

// BenchResult is one page's outcome in a benchmark run.
type BenchResult struct {
	ID, URL string
	Score   PageScore
	Date    string // the day the extractor gave, "" for none
	Err     error  // the extractor failed; the page scored as empty
}

// BenchRun is a whole run of one extractor over the benchmark.
type BenchRun struct {
	Pages   []BenchResult
	Summary Summary
	Dates   DateScore
	Elapsed time.Duration // extraction time alone, without reading files
}

// DateScore counts publication days over the pages whose truth has one.
type DateScore struct {
	Pages int `json:"pages"`
	Right int `json:"right"`
	Wrong int `json:"wrong"`
	None  int `json:"none"` // the extractor gave no date
}

func (d *DateScore) add(truth, got string) {
	if truth == "" {
		return
	}
	d.Pages++
	switch {
	case got == "":
		d.None++
	case got == truth:
		d.Right++
	default:
		d.Wrong++
	}
}

// Extraction is what an extractor gives the benchmark: the body and the
// publication day (YYYY-MM-DD, "" for none).
type Extraction struct {
	Body, Date string
}

// PagesPerSecond is the extractor's throughput in the run.
func (r BenchRun) PagesPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(len(r.Pages)) / r.Elapsed.Seconds()
}

// Generic is trawl's generic extractor (no site rules, no sibling pages)
// as the benchmark sees it.
func Generic(pageURL string, page []byte) (Extraction, error) {
	a, err := extract.Extract(extract.Input{URL: pageURL, HTML: page, FetchedAt: time.Now()})
	return Extraction{Body: a.Text, Date: dayOf(a.Published)}, err
}

// Trafilatura is unmodified go-trafilatura with the date go-htmldate gives it.
func Trafilatura(pageURL string, page []byte) (Extraction, error) {
	text, day, err := extract.TrafilaturaBaseline(pageURL, page)
	return Extraction{Body: text, Date: day}, err
}

// dayOf is the day of an Article.Published value (RFC 3339 or a bare day).
func dayOf(published string) string {
	if len(published) < len(time.DateOnly) {
		return ""
	}
	return published[:len(time.DateOnly)]
}

// BenchExtractor reads a page's HTML.
type BenchExtractor func(url string, html []byte) (Extraction, error)

// RunBenchmark runs each extractor over every page, in turn on the same
// page so they meet the same cache state, and scores them.
func RunBenchmark(pages []BenchPage, extractors ...BenchExtractor) ([]BenchRun, error) {
	runs := make([]BenchRun, len(extractors))
	scores := make([][]PageScore, len(extractors))
	for _, p := range pages {
		b, err := p.HTML()
		if err != nil {
			return nil, err
		}
		for i, ex := range extractors {
			start := time.Now()
			got, err := ex(p.URL, b)
			runs[i].Elapsed += time.Since(start)
			if err != nil {
				got = Extraction{}
			}
			s := ShingleScore(got.Body, p.Body)
			runs[i].Dates.add(p.Date, got.Date)
			runs[i].Pages = append(runs[i].Pages, BenchResult{ID: p.ID, URL: p.URL, Score: s, Date: got.Date, Err: err})
			scores[i] = append(scores[i], s)
		}
	}
	for i := range runs {
		runs[i].Summary = Summarize(scores[i])
	}
	return runs, nil
}
