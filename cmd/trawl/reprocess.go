package main

import (
	"context"
	"encoding/json"
	"os"
	"os/signal"
	"syscall"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/pipeline"
)

type reprocessCmd struct {
	Workers    int  `help:"Extraction workers (default: one per CPU)."`
	NoProgress bool `help:"No progress display, even on a terminal."`
}

func (c *reprocessCmd) Run(g *Globals) error {
	// The config only maps sources to their rules; without it rules go by host.
	var cfg *configs.Config
	if _, err := os.Stat(g.Config); err == nil {
		if cfg, err = loadConfig(g); err != nil {
			return err
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	release, err := lock(g.DB)
	if err != nil {
		return err
	}
	defer release()
	w, err := openWorld(ctx, g.DB, dataPaths(g, cfg))
	if err != nil {
		return err
	}
	defer w.store.Close()
	tick, done := progress(!c.NoProgress, "pages")
	sum, err := pipeline.Reprocess(ctx, pipeline.Options{
		Config: cfg, Store: w.store, Rules: w.rules, Annotator: w.annotator,
		Workers: c.Workers, Progress: tick,
	})
	done()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(sum)
}
