package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/trawl/trawl/storage"
)

type runsCmd struct {
	Last     int  `help:"How many runs to list." default:"20"`
	Failures bool `help:"List article pages that keep failing: retried on later runs, or given up."`
	JSON     bool `help:"Print JSON."`
}

func (c *runsCmd) Run(g *Globals) error {
	ctx := context.Background()
	store, err := storage.Open(ctx, g.DB)
	if err != nil {
		return err
	}
	defer store.Close()
	var v any
	if c.Failures {
		v, err = store.PageFailures(ctx)
	} else {
		v, err = store.RunReports(ctx, c.Last)
	}
	if err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	if c.Failures {
		return printFailures(os.Stdout, v.([]storage.PageFailure))
	}
	return printRuns(os.Stdout, v.([]storage.RunReport))
}

func printRuns(out io.Writer, runs []storage.RunReport) error {
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "run\tstarted\ttook\tstatus\tfetched\tnew\tupdated\terrors\tsources")
	for _, r := range runs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", r.ID, r.StartedAt.Local().Format("2006-01-02 15:04"),
			r.Duration().Round(time.Second), r.Status, r.Fetched, r.NewArticles, r.Updated, r.Errors, strings.Join(r.Sources, ","))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range runs {
		if r.Failed != "" {
			fmt.Fprintf(out, "run %d failed sources: %s\n", r.ID, r.Failed)
		}
	}
	return nil
}

func printFailures(out io.Writer, fs []storage.PageFailure) error {
	if len(fs) == 0 {
		fmt.Fprintln(out, "no failing article pages")
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "state\tsource\ttries\tfirst failed\tlast status\turl\tlast error")
	for _, f := range fs {
		state := "retry " + f.NextTry.Local().Format("01-02 15:04")
		if !f.GivenUp.IsZero() {
			state = "GIVEN UP"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%s\t%s\n", state, f.Source, f.Tries, f.FirstFailed.Local().Format("2006-01-02"),
			f.Status, f.URL, f.Message)
	}
	return tw.Flush()
}
