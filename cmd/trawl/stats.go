package main

import (
	"context"
	"encoding/json"
	"os"

	"github.com/trawl/trawl/storage"
)

type statsCmd struct {
	JSON bool `help:"Print JSON."`
}

func (c *statsCmd) Run(g *Globals) error {
	ctx := context.Background()
	store, err := storage.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	return printStats(os.Stdout, st)
}
