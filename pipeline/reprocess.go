package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/trawl/trawl/storage"
)

// ReprocessSummary counts what a reprocess did.
type ReprocessSummary struct {
	Pages     int `json:"pages"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	New       int `json:"new"`
	Errors    int `json:"errors"`
}

// Reprocess extracts and annotates every archived article page again, with
// no network, so a better extractor reaches old articles. Pages stream from
// the archive through a bounded queue, so memory does not grow with it.
func Reprocess(ctx context.Context, opts Options) (ReprocessSummary, error) {
	var sum ReprocessSummary
	w := opts.Store.NewWriter(context.WithoutCancel(ctx), storage.WriterOptions{}) // a cancel keeps what was done
	pages := make(chan storage.ArchivedPage, 16)
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := opts.Workers
	if n <= 0 {
		n = runtime.NumCPU()
	}
	ruleName := map[string]string{}
	if opts.Config != nil {
		for _, s := range opts.Config.Sources {
			ruleName[s.Name] = s.Rules
		}
	}
	saved := newOutcomes()
	tally := func(url string, res storage.SaveResult) {
		mu.Lock()
		sum.Pages++
		switch {
		case res.Err != nil:
			sum.Errors++
			opts.logger().Warn("reprocess failed", "url", url, "err", res.Err)
		case res.Outcome == storage.OutcomeUpdated:
			sum.Updated++
		case res.Outcome == storage.OutcomeUnchanged:
			sum.Unchanged++
		default:
			sum.New++
		}
		done := sum.Pages
		mu.Unlock()
		if opts.Progress != nil {
			opts.Progress(done)
		}
	}
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range pages {
				rules := opts.rulesFor(p.FinalURL, ruleName[p.Source])
				rec, err := Analyse(ctx, opts.Store, opts.Annotator, rules, p.Key, p.FinalURL, p.Body, p.FetchedAt)
				if err != nil {
					tally(p.URL, storage.SaveResult{Err: err})
					continue
				}
				rec.Source = p.Source
				saved.add(w.SaveArticle(rec), func(res storage.SaveResult) { tally(p.URL, res) })
			}
		}()
	}
	err := opts.Store.EachPage(ctx, func(p storage.ArchivedPage) error {
		select {
		case pages <- p:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(pages)
	wg.Wait()
	if werr := w.Close(); err == nil {
		err = werr
	}
	saved.wait()
	if err != nil {
		return sum, fmt.Errorf("pipeline: reprocess: %w", err)
	}
	return sum, nil
}
