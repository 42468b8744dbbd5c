package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/trawl/trawl/monitor"
)

type doctorCmd struct {
	Offline bool `help:"Do not reach the sources."`
	JSON    bool `help:"Print JSON."`
}

// Run checks the installation and exits 1 when anything FAILs.
func (c *doctorCmd) Run(g *Globals) error {
	findings := monitor.Doctor(context.Background(), monitor.DoctorOptions{Config: g.Config, DB: g.DB, Offline: c.Offline})
	if c.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(findings); err != nil {
			return err
		}
	} else {
		tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		for _, f := range findings {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", f.Severity, f.Check, f.Detail)
		}
		tw.Flush()
	}
	for _, f := range findings {
		if f.Severity == monitor.Fail {
			return &exitError{code: exitSourceFailed, err: fmt.Errorf("doctor found problems")}
		}
	}
	return nil
}
