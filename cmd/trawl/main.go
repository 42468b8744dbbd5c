// Command trawl crawls defence and policy news, extracts articles and
// entities, and stores them in SQLite. One file per subcommand.
package main

import (
	"errors"
	"log/slog"
	"os"

	"github.com/alecthomas/kong"

	"github.com/trawl/trawl/storage"
)

// Exit codes (DESIGN.md).
const (
	exitOK           = 0
	exitSourceFailed = 1
	exitUsage        = 2
	exitLocked       = 3
	exitDatabase     = 4 // the database failed: not a database, read-only, full, busy past retries
	// A run stopped by a signal exits 128 + its number, as shells report it:
	// 130 for SIGINT, 143 for SIGTERM.
	exitSignalBase = 128
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

	// The user's own data over the shipped (README, Configuration).
	RulesDir     string `help:"Folder of your own site rules (NAME.yaml), over the shipped ones; overrides rules_dir." type:"path" placeholder:"DIR"`
	GazetteerDir string `help:"Folder of gazetteer files to add to the shipped lists; overrides gazetteer_dir." type:"path" placeholder:"DIR"`
	FX           string `help:"Exchange rates file merged over the shipped configs/fx.yaml; overrides fx." type:"path" placeholder:"FILE"`
}

type cli struct {
	Globals
	Version kong.VersionFlag `help:"Print the version, commit and build date, and the extractor and annotator versions."`

	Run          runCmd          `cmd:"" help:"Crawl every configured source, extract, annotate and store (the cron entry)."`
	Demo         demoCmd         `cmd:"" help:"Crawl the bundled sample sites on loopback into a database: a first look, no network needed."`
	Extract      extractCmd      `cmd:"" help:"Extract the article from an HTML file or a URL and print it as JSON."`
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
		kong.Vars{"version": versionText()},
		kong.Exit(func(code int) {
			if code != 0 {
				code = exitUsage
			}
			os.Exit(code)
		}),
	)
	if err != nil {
		logError(false, err, exitUsage)
		os.Exit(exitUsage)
	}
	args := os.Args[1:]
	if len(args) == 0 {
		args = []string{"--help"} // a bare `trawl` shows what it can do
	}
	ctx, err := parser.Parse(args)
	if err != nil {
		logError(wantsJSONLogs(args), err, exitUsage)
		os.Exit(exitUsage)
	}
	slog.SetDefault(newLogger(c.Globals, os.Stderr))
	err = ctx.Run(&c.Globals)
	if err == nil {
		os.Exit(exitOK)
	}
	code := exitSourceFailed
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	} else if storage.IsDatabaseFault(err) {
		code = exitDatabase
	}
	logError(c.LogFormat == "json", err, code)
	os.Exit(code)
}
