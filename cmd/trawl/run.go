package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/pipeline"
)

type runCmd struct {
	Source     []string `help:"Run only this source (repeatable)." placeholder:"NAME"`
	Workers    int      `help:"Extraction workers (default: one per CPU)."`
	NoProgress bool     `help:"No progress display, even on a terminal."`
	JSON       bool     `help:"Print the run summary as JSON (the runs.summary shape) instead of a table."`
}

func (c *runCmd) Run(g *Globals) error {
	cfg, err := loadConfig(g)
	if err != nil {
		return err
	}
	ctx, stop := signalContext()
	defer stop()
	sum, err := runPipeline(ctx, g.DB, cfg, c.Source, c.Workers, !c.NoProgress)
	if sum.RunID != 0 { // what was stored, even when the run ended badly
		if c.JSON {
			writeJSON(os.Stdout, sum) //nolint:errcheck // stdout gone: nothing better to do
		} else {
			printSummary(os.Stdout, sum)
		}
	}
	var sig signalled
	if errors.As(context.Cause(ctx), &sig) && errors.Is(err, context.Canceled) {
		return &exitError{code: exitSignalBase + int(sig.Signal), err: fmt.Errorf("run %d stopped by %s; what was fetched is stored", sum.RunID, sig)}
	}
	if err != nil {
		return err
	}
	if sum.Failed() {
		return &exitError{code: exitSourceFailed, err: fmt.Errorf("at least one source failed (see summary)")}
	}
	return nil
}

// signalled is the cause of a run cancelled by a signal.
type signalled struct{ syscall.Signal }

func (s signalled) Error() string { return s.Signal.String() }

// signalContext is cancelled by the first SIGINT or SIGTERM, with the signal
// as its cause. A second one gets the default action: it kills at once.
func signalContext() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(signalled{s.(syscall.Signal)})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}

// runPipeline is `trawl run` after flag parsing; the demo shares it.
func runPipeline(ctx context.Context, dbPath string, cfg *configs.Config, only []string, workers int, showProgress bool) (pipeline.Summary, error) {
	release, err := lock(dbPath)
	if err != nil {
		return pipeline.Summary{}, err
	}
	defer release()
	w, err := openWorld(ctx, dbPath, cfg.Data)
	if err != nil {
		return pipeline.Summary{}, err
	}
	defer w.store.Close()
	tick, done := progress(showProgress, "pages")
	sum, err := pipeline.Run(ctx, pipeline.Options{
		Config: cfg, Only: only, Store: w.store, Rules: w.rules, Annotator: w.annotator,
		Workers: workers, Progress: tick,
	})
	done()
	if err != nil {
		if errors.Is(err, pipeline.ErrUnknownSource) {
			return sum, &exitError{code: exitUsage, err: err}
		}
		return sum, err
	}
	return sum, nil
}

// printSummary writes the one-screen run summary.
func printSummary(out io.Writer, sum pipeline.Summary) {
	fmt.Fprintf(out, "run %d: %s, %.3gs\n\n", sum.RunID, sum.Status, sum.Seconds)
	if len(sum.Interrupted) > 0 {
		fmt.Fprintf(out, "earlier runs %v died without finishing (killed, out of memory, disk full): marked interrupted\n\n", sum.Interrupted)
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "source\tfetched\tnot modified\tnew articles\tupdated\terrors\t")
	for _, s := range sum.Sources {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t\n", s.Name, s.Fetched, s.NotModified, s.NewArticles, s.Updated, s.Errors)
	}
	tw.Flush()
	for _, s := range sum.Sources {
		if s.Failed != "" {
			fmt.Fprintf(out, "\nFAILED %s: %s\n", s.Name, s.Failed)
		}
		if s.StaleRules != "" {
			fmt.Fprintf(out, "\nSTALE RULES %s: site rules %s found no article on %d of %d pages; the generic extractor read them\n",
				s.Name, s.StaleRules, s.RulesFailed, s.RulesPages)
		} else if s.RulesFailed > 0 {
			fmt.Fprintf(out, "\n%s: site rules found no article on %d of %d pages; the generic extractor read them\n", s.Name, s.RulesFailed, s.RulesPages)
		}
		if s.Skipped > 0 {
			fmt.Fprintf(out, "\n%s: %d links left for later (max_pages or max_depth reached)\n", s.Name, s.Skipped)
		}
		if s.Disallowed > 0 {
			fmt.Fprintf(out, "\n%s: %d links disallowed by robots.txt\n", s.Name, s.Disallowed)
		}
	}
	if len(sum.Errors) > 0 {
		fmt.Fprintf(out, "\npages that failed (%d):\n", len(sum.Errors))
		const most = 20
		for i, e := range sum.Errors {
			if i == most {
				fmt.Fprintf(out, "  … and %d more (table run_errors, run_id %d)\n", len(sum.Errors)-most, sum.RunID)
				break
			}
			status := ""
			if e.Status != 0 {
				status = fmt.Sprintf(" [%d]", e.Status)
			}
			if strings.Contains(e.Message, e.URL) { // errors name their URL: say it once
				fmt.Fprintf(out, "  %s%s: %s\n", e.Source, status, e.Message)
			} else {
				fmt.Fprintf(out, "  %s %s%s: %s\n", e.Source, e.URL, status, e.Message)
			}
		}
	}
}
