// Package pipeline runs trawl once: crawl each source, archive every
// response, extract and annotate articles, store them through the single
// writer, and record the run. It knows no site and no HTML.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
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
	Skipped    int `json:"skipped"`
	Disallowed int `json:"disallowed"`
	// ArticlePages went to extraction; ArticleFailed of them stored no
	// article (extraction or storage failed). When all failed, so did the
	// source.
	ArticlePages  int `json:"article_pages"`
	ArticleFailed int `json:"article_failed"`
	// RulesPages were read with site rules; on RulesFailed of them the rules
	// found no article and the generic extractor read the page instead.
	// StaleRules names the rules when they failed on at least half their
	// pages: the site has likely changed its layout.
	RulesPages  int    `json:"rules_pages"`
	RulesFailed int    `json:"rules_failed"`
	StaleRules  string `json:"stale_rules,omitempty"`
	Failed      string `json:"failed,omitempty"` // why the whole source failed
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
	RunID  int64  `json:"run_id"`
	Status string `json:"status"` // as runs.status
	// Interrupted are earlier runs found still `running` (their process
	// died) and marked interrupted by this one.
	Interrupted []int64         `json:"interrupted_runs,omitempty"`
	Started     time.Time       `json:"started"`
	Finished    time.Time       `json:"finished"`
	Seconds     float64         `json:"duration_s"`
	Sources     []SourceSummary `json:"sources"`
	Errors      []PageError     `json:"errors"`
}

// logAttrs are the summary as one log record: totals, with the
// per-source counts as a list.
func (s Summary) logAttrs() []any {
	var t SourceSummary
	failed := 0
	for _, src := range s.Sources {
		t.Fetched += src.Fetched
		t.NotModified += src.NotModified
		t.NewArticles += src.NewArticles
		t.Updated += src.Updated
		t.Errors += src.Errors
		if src.Failed != "" {
			failed++
		}
	}
	return []any{"run_id", s.RunID, "status", s.Status, "duration_s", s.Seconds,
		"fetched", t.Fetched, "not_modified", t.NotModified, "new_articles", t.NewArticles,
		"updated_articles", t.Updated, "errors", t.Errors, "failed_sources", failed, "sources", s.Sources}
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

// Run crawls the configured sources and stores what they yield. The caller
// holds the run lock (Lock), so runs the database still shows as `running`
// died without finishing: Run marks them interrupted. The error is for the
// run as a whole (bad options, a database failure: storage.IsDatabaseFault);
// failed pages and sources, and single saves that failed, are reported in
// the Summary and in run_errors.
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
	if sum.Interrupted, err = opts.Store.CloseInterruptedRuns(ctx); err != nil {
		return sum, err
	}
	if len(sum.Interrupted) > 0 {
		log.Warn("earlier runs died without finishing; marked interrupted", "runs", sum.Interrupted)
	}
	if err := opts.Store.RegisterSources(ctx, sources); err != nil {
		return sum, err
	}
	runID, err := opts.Store.StartRun(ctx, names)
	if err != nil {
		return sum, err
	}
	sum.RunID = runID
	log.Info("run started", "run_id", runID, "sources", names)

	// The writer outlives a cancel: what was fetched before it is stored.
	w := opts.Store.NewWriter(context.WithoutCancel(ctx), storage.WriterOptions{})
	r := &run{opts: opts, log: log, runID: runID, w: w, saved: newOutcomes(), stale: map[string]map[string]bool{}}
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
	// Tallies may record errors: they finish before the writer closes.
	r.saved.wait()
	werr := r.w.Close()

	for i := range sum.Sources {
		r.judge(&sum.Sources[i])
	}
	sum.Errors = r.errors
	sum.Finished = time.Now().UTC()
	sum.Seconds = sum.Finished.Sub(sum.Started).Round(time.Millisecond).Seconds()
	status := "ok"
	switch {
	case werr != nil:
		status = "error"
	case ctx.Err() != nil:
		status = "cancelled"
	case sum.Failed():
		status = "source_failed"
	}
	sum.Status = status
	// The run record must land even when ctx was cancelled.
	if err := opts.Store.FinishRun(context.WithoutCancel(ctx), runID, status, sum); err != nil && werr == nil {
		werr = err
	}
	log.Info("run finished", sum.logAttrs()...)
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

// judge flags a source's stale rules and fails a source whose article
// pages all failed, once every page is accounted for.
func (r *run) judge(ss *SourceSummary) {
	if ss.RulesFailed > 0 && 2*ss.RulesFailed >= ss.RulesPages {
		ss.StaleRules = strings.Join(slices.Sorted(maps.Keys(r.stale[ss.Name])), ", ")
		r.log.Warn("site rules look stale: they found no article on their pages",
			"source", ss.Name, "rules", ss.StaleRules, "failed", ss.RulesFailed, "pages", ss.RulesPages)
	}
	if ss.Failed == "" && ss.ArticlePages > 0 && ss.ArticleFailed == ss.ArticlePages {
		ss.Failed = fmt.Sprintf("all %d article pages failed (see the errors)", ss.ArticlePages)
		r.log.Error("source failed", "source", ss.Name, "err", ss.Failed)
	}
}

// job is one fetched article page waiting for extraction.
type job struct {
	src   configs.Source
	page  crawlers.Page
	sum   *SourceSummary
	saved <-chan storage.SaveResult // the page's archive write
}

type run struct {
	opts  Options
	log   *slog.Logger
	runID int64
	w     *storage.Writer
	saved *outcomes

	mu     sync.Mutex // guards errors, stale, the summaries' counters and done
	errors []PageError
	stale  map[string]map[string]bool // source → names of rules that found no article
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
		// Each start URL's own error is already recorded as a failed page:
		// the source's failure says why without naming them again.
		if errors.Is(err, crawlers.ErrSourceFailed) {
			err = crawlers.ErrSourceFailed
		}
		r.mu.Lock()
		ss.Failed = err.Error()
		r.mu.Unlock()
		r.log.Error("source failed", "source", src.Name, "err", err)
	}
}

// page archives one response and queues article pages for extraction.
func (r *run) page(ctx context.Context, src configs.Source, ss *SourceSummary, p crawlers.Page, jobs chan<- job) {
	defer r.tick()
	var saved <-chan storage.SaveResult
	if p.Status != 0 {
		saved = r.w.SavePage(pageRecord(r.runID, p))
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
	}
	if p.Err != nil || !p.Article || p.NotModified || p.Status != http.StatusOK {
		r.watch(ss, p, saved)
		return
	}
	select {
	case jobs <- job{src: src, page: p, sum: ss, saved: saved}:
	case <-ctx.Done():
		r.watch(ss, p, saved)
	}
}

// watch records a failed archive write of a page that no article waits for.
func (r *run) watch(ss *SourceSummary, p crawlers.Page, saved <-chan storage.SaveResult) {
	if saved == nil {
		return
	}
	r.saved.add(saved, func(res storage.SaveResult) {
		if res.Err != nil {
			r.mu.Lock()
			ss.Errors++
			r.mu.Unlock()
			r.fail(ss.Name, p.URL, p.Status, false, res.Err)
		}
	})
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

// process extracts, annotates and stores one article page. A page its site
// rules find no article on (a redesign) goes to the generic extractor, and
// the rules are counted as failed on it.
func (r *run) process(ctx context.Context, j job) {
	p := j.page
	rules := r.opts.rulesFor(p.FinalURL, j.src.Rules)
	rec, err := Analyse(ctx, r.opts.Store, r.opts.Annotator, rules, p.Key, p.FinalURL, p.Body, p.FetchedAt)
	rulesFailed := rules != nil && errors.Is(err, extract.ErrNoArticle)
	if rulesFailed {
		r.log.Warn("site rules found no article; using the generic extractor", "source", j.src.Name, "rules", rules.Name, "url", p.URL)
		if rec, err = Analyse(ctx, r.opts.Store, r.opts.Annotator, nil, p.Key, p.FinalURL, p.Body, p.FetchedAt); err != nil {
			err = fmt.Errorf("site rules %q and the generic extractor found no article: %w", rules.Name, err)
		}
	}
	r.mu.Lock()
	j.sum.ArticlePages++
	if rules != nil {
		j.sum.RulesPages++
	}
	if rulesFailed {
		j.sum.RulesFailed++
		if r.stale[j.src.Name] == nil {
			r.stale[j.src.Name] = map[string]bool{}
		}
		r.stale[j.src.Name][rules.Name] = true
	}
	r.mu.Unlock()
	if err != nil {
		r.articleFailed(j, err)
		r.watch(j.sum, p, j.saved)
		return
	}
	// No article is stored without its page: wait for the archive write.
	if res := <-j.saved; res.Err != nil {
		r.articleFailed(j, fmt.Errorf("article not stored, its page was not archived: %w", res.Err))
		return
	}
	rec.Source = j.src.Name
	r.saved.add(r.w.SaveArticle(rec), func(res storage.SaveResult) {
		if res.Err != nil {
			r.articleFailed(j, res.Err)
			return
		}
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
	})
}

// articleFailed counts and records an article page that stored no article.
func (r *run) articleFailed(j job, err error) {
	r.mu.Lock()
	j.sum.Errors++
	j.sum.ArticleFailed++
	r.mu.Unlock()
	r.fail(j.src.Name, j.page.URL, j.page.Status, true, err)
}

// Analyse runs extraction and annotation on one archived or fetched page.
// Hosts without rules get siblings from the archive so the generic extractor
// can learn the site's boilerplate.
//
// A panic in extraction or annotation (a bug of trawl's or of a library's,
// met on one hostile page) is that page's error, not the end of the run:
// the page stays archived, so `trawl reprocess` takes it again after a fix.
func Analyse(ctx context.Context, st *storage.Store, an *extract.Annotator, rules *configs.SiteRules, key, pageURL string, body []byte, fetched time.Time) (rec storage.ArticleRecord, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = storage.ArticleRecord{}, fmt.Errorf("analyse %s: internal error, please report it: %v\n%s", pageURL, p, debug.Stack())
		}
	}()
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
		return storage.ArticleRecord{}, err // names the page
	}
	return storage.ArticleRecord{
		PageKey:          key,
		Article:          a,
		Entities:         an.Annotate(a.Text, extract.ParseDate(a.Published)),
		ExtractorVersion: extract.ExtractorVersion,
		HTMLVersion:      extract.HTMLVersion,
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
