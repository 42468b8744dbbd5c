package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/pipeline"
	"github.com/trawl/trawl/storage"
)

// world is what the storing commands share: the open database, the site
// rules and an annotator that applies reviewers' aliases.
type world struct {
	store     *storage.Store
	rules     map[string]*configs.SiteRules
	annotator *extract.Annotator
}

func openWorld(ctx context.Context, dbPath string) (*world, error) {
	st, err := storage.Open(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	w, err := worldOn(ctx, st)
	if err != nil {
		st.Close()
		return nil, err
	}
	return w, nil
}

func worldOn(ctx context.Context, st *storage.Store) (*world, error) {
	rules, err := configs.LoadSiteRules()
	if err != nil {
		return nil, err
	}
	aliases, err := st.ReviewAliases(ctx)
	if err != nil {
		return nil, err
	}
	decisions, err := st.ReviewDecisions(ctx)
	if err != nil {
		return nil, err
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{Aliases: aliases, Decisions: decisions})
	if err != nil {
		return nil, err
	}
	return &world{store: st, rules: rules, annotator: an}, nil
}

// loadConfig reads the sources file; a bad one is a usage error (exit 2).
func loadConfig(path string) (*configs.Config, error) {
	cfg, err := configs.LoadFile(path)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return cfg, nil
}

// lock takes the run lock; a held one exits 3.
func lock(dbPath string) (func(), error) {
	release, err := pipeline.Lock(dbPath)
	if errors.Is(err, pipeline.ErrLocked) {
		return nil, &exitError{code: exitLocked, err: err}
	}
	return release, err
}

// progress returns a page counter drawn on a terminal, and nil elsewhere
// (cron, pipes), where it would only litter the logs.
func progress(enabled bool, what string) (func(int), func()) {
	if !enabled || !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil, func() {}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
	// Drawing errors are not worth failing a run for.
	tick := func(n int) { bar.Set(n) } //nolint:errcheck
	done := func() {
		bar.Finish() //nolint:errcheck
		fmt.Fprintln(os.Stderr)
	}
	return tick, done
}
