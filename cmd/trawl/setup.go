package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/pipeline"
	"github.com/trawl/trawl/storage"
)

// world is what the storing commands share: the open database, the site
// rules and an annotator that applies reviewers' aliases.
type world struct {
	store     *storage.Store
	rules     map[string]*configs.SiteRules
	annotator *extract.Annotator
}

func openWorld(ctx context.Context, dbPath string, data configs.DataPaths) (*world, error) {
	st, err := storage.Open(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	w, err := worldOn(ctx, st, data)
	if err != nil {
		st.Close()
		return nil, err
	}
	return w, nil
}

func worldOn(ctx context.Context, st *storage.Store, paths configs.DataPaths) (*world, error) {
	data, err := loadData(paths)
	if err != nil {
		return nil, err
	}
	aliases, err := st.ReviewAliases(ctx)
	if err != nil {
		return nil, err
	}
	decisions, err := st.ReviewDecisions(ctx)
	if err != nil {
		return nil, err
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{Aliases: aliases, Decisions: decisions, Gazetteer: data.Gazetteer, FX: data.FX})
	if err != nil {
		return nil, err
	}
	return &world{store: st, rules: data.Rules, annotator: an}, nil
}

// loadData reads the shipped data with the user's over it; a bad file is a
// usage error (exit 2).
func loadData(paths configs.DataPaths) (*configs.Data, error) {
	d, err := configs.LoadData(paths)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return d, nil
}

// dataPaths are the flags' data paths, else those of the sources file.
func dataPaths(g *Globals, cfg *configs.Config) configs.DataPaths {
	var p configs.DataPaths
	if cfg != nil {
		p = cfg.Data
	}
	return configs.DataPaths{
		RulesDir:     cmp.Or(g.RulesDir, p.RulesDir),
		GazetteerDir: cmp.Or(g.GazetteerDir, p.GazetteerDir),
		FX:           cmp.Or(g.FX, p.FX),
	}
}

// openReadOnly opens the database for the commands that only read it
// (stats, serve, export): a missing file is a usage error, not a new empty
// database, and a file the user cannot write still opens.
func openReadOnly(ctx context.Context, dbPath string) (*storage.Store, error) {
	st, err := storage.OpenReadOnly(ctx, dbPath)
	if errors.Is(err, storage.ErrNoDatabase) {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("%w; `trawl run` or `trawl demo` creates one, --db picks another", err)}
	}
	return st, err
}

// loadConfig reads the sources file with the data flags applied over its
// keys, and checks that every source's named rules exist; a bad file is a
// usage error (exit 2).
func loadConfig(g *Globals) (*configs.Config, error) {
	cfg, err := configs.LoadFile(g.Config)
	if err == nil {
		cfg.Data = dataPaths(g, cfg)
		var rules map[string]*configs.SiteRules
		if rules, err = configs.LoadRules(cfg.Data.RulesDir); err == nil {
			err = cfg.CheckRules(rules)
		}
	}
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	if cfg.IsDefaultContact() {
		slog.Warn("contact is still the shipped default: set contact: in the sources file to your own page or mailbox, so site owners reach you, not trawl's authors", "file", cfg.File)
	}
	return cfg, nil
}

// writeJSON prints v as indented JSON, URLs and text unescaped.
func writeJSON(out io.Writer, v any) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// lock takes the run lock; a held one exits 3.
func lock(dbPath string) (func(), error) {
	release, err := pipeline.Lock(dbPath)
	if errors.Is(err, pipeline.ErrLocked) {
		return nil, &exitError{code: exitLocked, err: err}
	}
	return release, err
}

// progress returns a page counter drawn on a terminal, and nil elsewhere
// (cron, pipes), where it would only litter the logs.
func progress(enabled bool, what string) (func(int), func()) {
	if !enabled || !term.IsTerminal(int(os.Stderr.Fd())) {
		return nil, func() {}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
	// Drawing errors are not worth failing a run for.
	tick := func(n int) { bar.Set(n) } //nolint:errcheck
	done := func() {
		bar.Finish() //nolint:errcheck
		fmt.Fprintln(os.Stderr)
	}
	return tick, done
}
