package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/samplesites"
)

// Fixed loopback ports keep the demo's URLs, and so its identity keys, the
// same from one demo run to the next: a second demo stores nothing new.
var demoAddrs = map[string]string{"forum": "127.0.0.1:18081", "pib": "127.0.0.1:18082"}

type demoCmd struct {
	NoProgress bool `help:"No progress display, even on a terminal."`
}

func (c *demoCmd) Run(g *Globals) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, closeSites, err := demoConfig()
	if err != nil {
		return err
	}
	defer closeSites()
	fmt.Printf("Serving the bundled FORUM and PIB sample sites on loopback; crawling them into %s.\n\n", g.DB)
	sum, err := runPipeline(ctx, g.DB, cfg, nil, 0, !c.NoProgress)
	if sum.RunID != 0 {
		printSummary(os.Stdout, sum)
		if len(sum.Errors) > 0 {
			fmt.Println("\nThe failed pages are deliberate: the sample sites link to one missing page (404)\nand serve one server error (500), to show how a run records failures (table run_errors).")
		}
	}
	if err != nil {
		return err
	}
	fmt.Printf(`
Try these (sqlite3 %[1]s, or any SQLite client):

  -- articles per source
  SELECT source, count(*) FROM articles GROUP BY source;

  -- the most mentioned organisations
  SELECT e.canonical, count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id
   WHERE e.label = 'ORG' GROUP BY e.id ORDER BY n DESC LIMIT 10;

  -- every money figure over 1 billion US dollars, with its article
  SELECT a.title, am.text, am.currency, am.value, am.usd FROM amounts am
    JOIN articles a ON a.id = am.article_id WHERE am.usd >= 1e9 ORDER BY am.usd DESC;

  -- full-text search
  SELECT a.title FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH 'drone';

Or: trawl --db %[1]s stats
`, g.DB)
	return nil
}

// demoConfig serves the sample sites and writes sources pointing at them, in
// the same YAML a user writes, so the demo exercises the real config path.
func demoConfig() (*configs.Config, func(), error) {
	servers, err := samplesites.ServeAll(demoAddrs)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := configs.Parse("demo sources", []byte(servers.SourcesYAML("demo-", "0s")))
	if err != nil {
		servers.Close()
		return nil, nil, err
	}
	return cfg, servers.Close, nil
}
