// Package pipeline runs trawl once: crawl each source, archive every
// response, extract and annotate articles, store them through the single
// writer, and record the run. It knows no site and no HTML.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime"
	"sync"
	"time"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/crawlers"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

// Options configure one run.
type Options struct {
	Config    *configs.Config
	Only      []string // source names to run; empty means all
	Store     *storage.Store
	Rules     map[string]*configs.SiteRules
	Annotator *extract.Annotator
	Workers   int // extraction workers; default the number of CPUs
	Logger    *slog.Logger
	// Progress, when set, is called after each page is handled.
	Progress  func(done int)
	Transport http.RoundTripper // tests and the demo leave it nil
}

func (o Options) logger() *slog.Logger {
	if o.Logger == nil {
		return slog.Default()
	}
	return o.Logger
}

// rulesFor picks a page's site rules: the source's named rules, else by host.
func (o Options) rulesFor(pageURL, name string) *configs.SiteRules {
	return configs.RulesFor(o.Rules, host(pageURL), name)
}

// SourceSummary counts what one source did in a run.
type SourceSummary struct {
	Name        string `json:"name"`
	Fetched     int    `json:"fetched"`
	NotModified int    `json:"not_modified"`
	NewArticles int    `json:"new_articles"`
	Updated     int    `json:"updated_articles"`
	Duplicates  int    `json:"duplicates"`
	Errors      int    `json:"errors"`
	// Skipped links were past max_pages or max_depth; Disallowed ones were
	// refused by robots.txt. Neither is an error, but both mean the run did
	// not see everything the source links to.
	Skipped    int    `json:"skipped"`
	Disallowed int    `json:"disallowed"`
	Failed     string `json:"failed,omitempty"` // why the whole source failed
}

// PageError is one page that failed in a run.
type PageError struct {
	Source  string `json:"source"`
	URL     string `json:"url"`
	Status  int    `json:"status,omitempty"`
	Message string `json:"message"`
}

// Summary is what a run did, printed for the operator and stored with the run.
type Summary struct {
	RunID    int64           `json:"run_id"`
	Started  time.Time       `json:"started"`
	Finished time.Time       `json:"finished"`
	Sources  []SourceSummary `json:"sources"`
	Errors   []PageError     `json:"errors"`
}

// Failed reports whether at least one source failed as a whole.
func (s Summary) Failed() bool {
	for _, src := range s.Sources {
		if src.Failed != "" {
			return true
		}
	}
	return false
}

// ErrUnknownSource is returned when Only names a source not in the config.
var ErrUnknownSource = errors.New("unknown source")

// Run crawls the configured sources and stores what they yield. The error is
// for the run as a whole (bad options, a storage failure); a failed source is
// reported in the Summary.
func Run(ctx context.Context, opts Options) (Summary, error) {
	sources, err := selectSources(opts.Config, opts.Only)
	if err != nil {
		return Summary{}, err
	}
	log := opts.logger()
	names := make([]string, len(sources))
	for i, s := range sources {
		names[i] = s.Name
	}
	sum := Summary{Started: time.Now().UTC()}
	if err := opts.Store.RegisterSources(ctx, sources); err != nil {
		return sum, err
	}
	runID, err := opts.Store.StartRun(ctx, names)
	if err != nil {
		return sum, err
	}
	sum.RunID = runID

	// The writer outlives a cancel: what was fetched before it is stored.
	w := opts.Store.NewWriter(context.WithoutCancel(ctx), storage.WriterOptions{})
	r := &run{opts: opts, log: log, runID: runID, w: w, saved: newOutcomes()}
	jobs := make(chan job, 64)
	var workers sync.WaitGroup
	n := opts.Workers
	if n <= 0 {
		n = runtime.NumCPU()
	}
	for range n {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range jobs {
				r.process(ctx, j)
			}
		}()
	}

	sum.Sources = make([]SourceSummary, len(sources))
	var crawls sync.WaitGroup
	for i, src := range sources {
		sum.Sources[i].Name = src.Name
		crawls.Add(1)
		go func(ss *SourceSummary) {
			defer crawls.Done()
			r.crawl(ctx, src, ss, jobs)
		}(&sum.Sources[i])
	}
	crawls.Wait()
	close(jobs)
	workers.Wait()
	werr := r.w.Close()
	r.saved.wait()

	sum.Errors = r.errors
	sum.Finished = time.Now().UTC()
	status := "ok"
	switch {
	case werr != nil:
		status = "error"
	case ctx.Err() != nil:
		status = "cancelled"
	case sum.Failed():
		status = "source_failed"
	}
	// The run record must land even when ctx was cancelled.
	if err := opts.Store.FinishRun(context.WithoutCancel(ctx), runID, status, sum); err != nil && werr == nil {
		werr = err
	}
	if werr != nil {
		return sum, fmt.Errorf("pipeline: run %d: %w", runID, werr)
	}
	return sum, ctx.Err()
}

func selectSources(c *configs.Config, only []string) ([]configs.Source, error) {
	if len(only) == 0 {
		return c.Sources, nil
	}
	var out []configs.Source
	for _, name := range only {
		s, ok := c.Source(name)
		if !ok {
			return nil, fmt.Errorf("pipeline: %w %q in %s", ErrUnknownSource, name, c.File)
		}
		out = append(out, s)
	}
	return out, nil
}

// job is one fetched article page waiting for extraction.
type job struct {
	src  configs.Source
	page crawlers.Page
	sum  *SourceSummary
}

type run struct {
	opts  Options
	log   *slog.Logger
	runID int64
	w     *storage.Writer
	saved *outcomes

	mu     sync.Mutex // guards errors, the summaries' counters and done
	errors []PageError
	done   int
}

func (r *run) crawl(ctx context.Context, src configs.Source, ss *SourceSummary, jobs chan<- job) {
	co := crawlers.Options{
		UserAgent: r.opts.Config.UserAgentString(),
		Archive:   r.opts.Store,
		Logger:    r.log.With("source", src.Name),
		Transport: r.opts.Transport,
	}
	retry, err := r.opts.Store.DueRetries(ctx, src.Name, src.WithDefaults().RetryFailedFor, time.Now())
	if err != nil {
		r.log.Error("pages to retry unknown; none retried", "source", src.Name, "err", err)
	}
	co.Retry = retry
	st, err := crawlers.Crawl(ctx, src, co, func(p crawlers.Page) {
		r.page(ctx, src, ss, p, jobs)
	})
	r.mu.Lock()
	ss.Skipped, ss.Disallowed = st.Skipped, st.Disallowed
	r.mu.Unlock()
	if err != nil && ctx.Err() == nil {
		r.mu.Lock()
		ss.Failed = err.Error()
		r.mu.Unlock()
		r.log.Error("source failed", "source", src.Name, "err", err)
	}
}

// page archives one response and queues article pages for extraction.
func (r *run) page(ctx context.Context, src configs.Source, ss *SourceSummary, p crawlers.Page, jobs chan<- job) {
	defer r.tick()
	if p.Status != 0 {
		r.w.SavePage(pageRecord(r.runID, p))
	}
	r.mu.Lock()
	switch {
	case p.Err != nil:
		ss.Errors++
	case p.NotModified:
		ss.NotModified++
	default:
		ss.Fetched++
	}
	r.mu.Unlock()
	if p.Err != nil {
		r.fail(src.Name, p.URL, p.Status, p.FailedArticle, p.Err)
		return
	}
	if !p.Article || p.NotModified || p.Status != http.StatusOK {
		return
	}
	select {
	case jobs <- job{src: src, page: p, sum: ss}:
	case <-ctx.Done():
	}
}

func (r *run) tick() {
	if r.opts.Progress == nil {
		return
	}
	r.mu.Lock()
	r.done++
	d := r.done
	r.mu.Unlock()
	r.opts.Progress(d)
}

func (r *run) fail(source, u string, status int, article bool, err error) {
	r.mu.Lock()
	r.errors = append(r.errors, PageError{Source: source, URL: u, Status: status, Message: err.Error()})
	r.mu.Unlock()
	r.w.RecordError(storage.RunError{RunID: r.runID, Source: source, URL: u, Status: status, Message: err.Error(), At: time.Now().UTC(), Article: article})
	r.log.Warn("page failed", "source", source, "url", u, "status", status, "err", err)
}

// process extracts, annotates and stores one article page.
func (r *run) process(ctx context.Context, j job) {
	p := j.page
	rules := r.opts.rulesFor(p.FinalURL, j.src.Rules)
	rec, err := Analyse(ctx, r.opts.Store, r.opts.Annotator, rules, p.Key, p.FinalURL, p.Body, p.FetchedAt)
	if err != nil {
		r.mu.Lock()
		j.sum.Errors++
		r.mu.Unlock()
		r.fail(j.src.Name, p.URL, p.Status, true, err)
		return
	}
	rec.Source = j.src.Name
	r.saved.add(r.w.SaveArticle(rec), func(res storage.SaveResult) {
		r.mu.Lock()
		defer r.mu.Unlock()
		switch res.Outcome {
		case storage.OutcomeNew:
			j.sum.NewArticles++
		case storage.OutcomeUpdated:
			j.sum.Updated++
		case storage.OutcomeDuplicate:
			j.sum.NewArticles++
			j.sum.Duplicates++
		}
		if res.Err != nil {
			r.errors = append(r.errors, PageError{Source: j.src.Name, URL: p.URL, Message: res.Err.Error()})
		}
	})
}

// Analyse runs extraction and annotation on one archived or fetched page.
// Hosts without rules get siblings from the archive so the generic extractor
// can learn the site's boilerplate.
func Analyse(ctx context.Context, st *storage.Store, an *extract.Annotator, rules *configs.SiteRules, key, pageURL string, body []byte, fetched time.Time) (storage.ArticleRecord, error) {
	in := extract.Input{URL: pageURL, HTML: body, FetchedAt: fetched, Rules: rules}
	if rules == nil && st != nil {
		sib, err := st.SiteSiblings(ctx, host(pageURL), key, siblingCount)
		if err != nil {
			return storage.ArticleRecord{}, err
		}
		in.Siblings = sib
	}
	a, err := extract.Extract(in)
	if err != nil {
		return storage.ArticleRecord{}, fmt.Errorf("extract %s: %w", pageURL, err)
	}
	return storage.ArticleRecord{
		PageKey:          key,
		Article:          a,
		Entities:         an.Annotate(a.Text, extract.ParseDate(a.Published)),
		ExtractorVersion: extract.ExtractorVersion,
		ExtractedAt:      time.Now().UTC(),
	}, nil
}

// siblingCount is how many other pages of a host the generic extractor sees.
const siblingCount = 4

func host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return p.Hostname()
}

func pageRecord(runID int64, p crawlers.Page) storage.PageRecord {
	return storage.PageRecord{
		RunID:        runID,
		Source:       p.Source,
		URL:          p.URL,
		FinalURL:     p.FinalURL,
		Key:          p.Key,
		Status:       p.Status,
		ContentType:  p.Header.Get("Content-Type"),
		ETag:         p.Header.Get("ETag"),
		LastModified: p.Header.Get("Last-Modified"),
		FetchedAt:    p.FetchedAt,
		Body:         p.Body,
		Article:      p.Article,
		NotModified:  p.NotModified,
	}
}
