// Command trawl crawls defence and policy news, extracts articles and
// entities, and stores them in SQLite. One file per subcommand.
package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/alecthomas/kong"
)

// Exit codes (DESIGN.md).
const (
	exitOK           = 0
	exitSourceFailed = 1
	exitUsage        = 2
	exitLocked       = 3
)

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Globals are flags every command takes.
type Globals struct {
	DB        string `help:"SQLite database file." env:"TRAWL_DB" default:"trawl.db" type:"path"`
	Config    string `help:"Sources file." env:"TRAWL_CONFIG" default:"configs/sources.yaml" type:"path"`
	LogFormat string `help:"Log format: text or json." enum:"text,json" default:"text"`
	LogLevel  string `help:"Log level: debug, info, warn, error." enum:"debug,info,warn,error" default:"info"`
}

type cli struct {
	Globals

	Run          runCmd          `cmd:"" help:"Crawl every configured source, extract, annotate and store (the cron entry)."`
	Demo         demoCmd         `cmd:"" help:"Crawl the bundled sample sites on loopback into a database: a first look, no network needed."`
	Extract      extractCmd      `cmd:"" help:"Extract the article from an HTML file and print it as JSON."`
	Annotate     annotateCmd     `cmd:"" help:"Tag entities in text from stdin and print them as JSON."`
	Reprocess    reprocessCmd    `cmd:"" help:"Extract and annotate every archived page again, without the network."`
	Stats        statsCmd        `cmd:"" help:"Articles per source, entities per label, last runs."`
	Export       exportCmd       `cmd:"" help:"Export articles, entities, mentions, amounts or the co-occurrence graph."`
	Runs         runsCmd         `cmd:"" help:"Past runs with counts, durations and errors; --failures lists pages that keep failing."`
	Backup       backupCmd       `cmd:"" help:"Write a consistent copy of the database, even while a run writes."`
	Prune        pruneCmd        `cmd:"" help:"Drop old raw page bodies; articles, entities and decisions stay."`
	Doctor       doctorCmd       `cmd:"" help:"Check the config, the database, the lock and whether each source answers."`
	Eval         evalCmd         `cmd:"" help:"Score the annotator against gold JSONL."`
	BenchExtract benchExtractCmd `cmd:"" name:"bench-extract" help:"Score the generic extractor on the article-extraction benchmark."`
	Serve        serveCmd        `cmd:"" help:"Serve the review web UI."`
	User         userCmd         `cmd:"" help:"Manage the reviewers who may sign in to trawl serve."`
}

func main() {
	var c cli
	parser, err := kong.New(&c,
		kong.Name("trawl"),
		kong.Description("Collects defence and policy news into reviewed, exportable data."),
		kong.UsageOnError(),
		kong.Exit(func(code int) {
			if code != 0 {
				code = exitUsage
			}
			os.Exit(code)
		}),
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trawl:", err)
		os.Exit(exitUsage)
	}
	ctx, err := parser.Parse(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "trawl:", err)
		os.Exit(exitUsage)
	}
	slog.SetDefault(newLogger(c.Globals, os.Stderr))
	err = ctx.Run(&c.Globals)
	if err == nil {
		os.Exit(exitOK)
	}
	fmt.Fprintln(os.Stderr, "trawl:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		os.Exit(ee.code)
	}
	os.Exit(exitSourceFailed)
}
