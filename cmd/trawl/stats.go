package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/trawl/trawl/storage"
)

type statsCmd struct {
	JSON bool `help:"Print JSON."`
}

func (c *statsCmd) Run(g *Globals) error {
	ctx := context.Background()
	store, err := openReadOnly(ctx, g.DB)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(os.Stdout, st)
	}
	return printStats(os.Stdout, st)
}

func printStats(out io.Writer, st storage.Stats) error {
	fmt.Fprintf(out, "%d pages archived, %d articles (%d marked duplicate)\n", st.Pages, st.Articles, st.Duplicates)
	tally := func(title string, rows []storage.Tally) {
		fmt.Fprintf(out, "\n%s\n", title)
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		for _, r := range rows {
			fmt.Fprintf(tw, "  %s\t%d\n", r.Name, r.Count)
		}
		tw.Flush()
	}
	tally("articles per source", st.ArticlesBySource)
	tally("entities per label", st.EntitiesByLabel)
	tally("mentions per label", st.MentionsByLabel)
	fmt.Fprintln(out, "\nlast runs")
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	for _, r := range st.Runs {
		took := "running"
		if !r.FinishedAt.IsZero() {
			took = r.FinishedAt.Sub(r.StartedAt).Round(time.Millisecond).String()
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\n", r.ID, r.StartedAt.Local().Format("2006-01-02 15:04"), took, r.Status, strings.Join(r.Sources, ","))
	}
	return tw.Flush()
}
