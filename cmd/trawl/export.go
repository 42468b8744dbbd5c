package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/trawl/trawl/export"
	"github.com/trawl/trawl/storage"
)

// exportMemoryLimit is the export's soft memory limit (GOMEMLIMIT overrides).
const exportMemoryLimit = 150 << 20

type exportCmd struct {
	What              string `help:"articles, entities, mentions, amounts or graph." enum:"articles,entities,mentions,amounts,graph" required:""`
	Format            string `help:"csv, jsonl or parquet (tables); graphml or neo4j (graph)." enum:"csv,jsonl,parquet,graphml,neo4j" default:"csv"`
	Since             string `help:"Only articles published on or after this date." placeholder:"YYYY-MM-DD"`
	Until             string `help:"Only articles published on or before this date." placeholder:"YYYY-MM-DD"`
	Source            string `help:"Only this source." placeholder:"NAME"`
	Label             string `help:"Only entities of this label (PERSON, ORG, GPE, LOC, PROGRAM, PLATFORM, MONEY)." placeholder:"L"`
	Status            string `help:"Review status: accepted, pending, rejected or all (default: all but rejected)."`
	IncludeDuplicates bool   `help:"Keep syndicated duplicates of articles."`
	Out               string `help:"Output file, directory (neo4j) or - for stdout (csv, jsonl, graphml)." default:"-" placeholder:"FILE|DIR|-"`
	Cursor            string `help:"Export only rows new or changed since the last export under this name; needs --out FILE." placeholder:"NAME"`
}

func (c *exportCmd) Run(g *Globals) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	o := export.Options{
		Request: export.Request{What: c.What, Format: c.Format, Filter: storage.ExportFilter{
			Since: c.Since, Until: c.Until, Source: c.Source, Label: c.Label, Status: c.Status,
			IncludeDuplicates: c.IncludeDuplicates,
		}},
		Out: c.Out, Cursor: c.Cursor,
	}
	if err := o.Validate(); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	// Every trawl process holds ~95 MB of a date parser's tables from start
	// up; a soft limit makes the collector reclaim the export's garbage
	// before it doubles that, keeping the process near its live size.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(exportMemoryLimit)
	}
	store, err := storage.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := export.Run(ctx, store, o, os.Stdout)
	if err != nil {
		return fmt.Errorf("export %s as %s: %w", c.What, c.Format, err)
	}
	slog.Info("exported", "what", c.What, "format", c.Format, "rows", n, "out", c.Out, "cursor", c.Cursor)
	return nil
}
