package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/trawl/trawl/storage"
)

type backupCmd struct {
	File string `arg:"" help:"Where to write the copy (must not exist)." type:"path"`
}

// Run copies the database while runs may write to it: the copy is one
// consistent snapshot, compacted, and needs no lock.
func (c *backupCmd) Run(g *Globals) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	store, err := storage.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.Backup(ctx, c.File); err != nil {
		return err
	}
	st, err := os.Stat(c.File)
	if err != nil {
		return err
	}
	fmt.Printf("backup of %s written to %s (%d bytes)\n", g.DB, c.File, st.Size())
	return nil
}
