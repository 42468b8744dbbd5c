package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/trawl/trawl/storage"
)

type pruneCmd struct {
	ArchiveOlderThan string `help:"Drop raw page bodies fetched longer ago than this: 180d, 26w, 4320h." required:"" placeholder:"AGE"`
	Vacuum           bool   `help:"Rewrite the file afterwards to give the space back (needs free disk of the database's size)."`
}

// Run drops old raw bodies; articles, entities, mentions, decisions and the
// pages' validators stay, so later runs still fetch conditionally. Pages
// whose body is gone are left out of `trawl reprocess`.
func (c *pruneCmd) Run(g *Globals) error {
	age, err := parseAge(c.ArchiveOlderThan)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	// A run's writes and a prune's are both short transactions; the lock
	// keeps a VACUUM from stalling a run for its whole length.
	release, err := lock(g.DB)
	if err != nil {
		return err
	}
	defer release()
	ctx := context.Background()
	store, err := storage.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer store.Close()
	cutoff := time.Now().Add(-age)
	r, err := store.Prune(ctx, cutoff, c.Vacuum)
	if err != nil {
		return err
	}
	fmt.Printf("dropped the raw bodies of %d pages fetched before %s (%.1f MB uncompressed)\n",
		r.Pages, cutoff.Format(time.DateOnly), float64(r.Bytes)/1e6)
	return nil
}

// parseAge reads an age as days ("180d"), weeks ("26w") or a Go duration.
func parseAge(s string) (time.Duration, error) {
	for suffix, unit := range map[string]time.Duration{"d": 24 * time.Hour, "w": 7 * 24 * time.Hour} {
		if n, ok := strings.CutSuffix(s, suffix); ok {
			if v, err := strconv.Atoi(n); err == nil && v > 0 {
				return time.Duration(v) * unit, nil
			}
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return d, nil
	}
	return 0, fmt.Errorf("--archive-older-than %q: want an age such as 180d, 26w or 4320h", s)
}
