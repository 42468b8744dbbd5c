package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

// What an export holds.
const (
	Articles = "articles"
	Entities = "entities"
	Mentions = "mentions"
	Amounts  = "amounts"
	Graph    = "graph"
)

// Formats of the graph export.
const (
	GraphML = "graphml"
	Neo4j   = "neo4j"
)

// Request is one export: what, in which format, which rows.
type Request struct {
	What   string
	Format string
	Filter storage.ExportFilter
}

// Validate checks that what and format go together and the filter is sound.
func (r Request) Validate() error {
	switch r.What {
	case Articles, Entities, Mentions, Amounts:
		if r.Format != CSV && r.Format != JSONL && r.Format != Parquet {
			return fmt.Errorf("export: %s as %q: want csv, jsonl or parquet", r.What, r.Format)
		}
	case Graph:
		if r.Format != GraphML && r.Format != Neo4j {
			return fmt.Errorf("export: graph as %q: want graphml or neo4j", r.Format)
		}
	default:
		return fmt.Errorf("export: %q: want articles, entities, mentions, amounts or graph", r.What)
	}
	if err := r.Filter.Validate(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// Streams says whether the export is one stream (every format but neo4j,
// which is a directory of files).
func (r Request) Streams() bool { return r.Format != Neo4j }

// Write streams a one-file export to w and returns the rows (graph: nodes
// and edges) written.
func Write(ctx context.Context, st *storage.Store, r Request, w io.Writer) (int64, error) {
	if err := r.Validate(); err != nil {
		return 0, err
	}
	f := r.Filter
	switch r.What {
	case Articles:
		return table(r.Format, w, func(emit func(*storage.ArticleRow) error) error { return st.EachArticle(ctx, f, emit) })
	case Entities:
		return table(r.Format, w, func(emit func(*storage.EntityRow) error) error { return st.EachEntity(ctx, f, emit) })
	case Mentions:
		return table(r.Format, w, func(emit func(*storage.MentionRow) error) error {
			return st.EachArticleMentions(ctx, f, false, func(am *storage.ArticleMentions) error {
				spans := extract.SentenceSpans(am.Text)
				for i := range am.Mentions {
					m := &am.Mentions[i]
					m.Sentence = sentenceText(am.Text, spans, int(m.Start), int(m.End))
					if err := emit(m); err != nil {
						return err
					}
				}
				return nil
			})
		})
	case Amounts:
		return table(r.Format, w, func(emit func(*storage.AmountRow) error) error {
			return st.EachArticleMentions(ctx, f, true, func(am *storage.ArticleMentions) error {
				spans := extract.SentenceSpans(am.Text)
				// With only amounts asked for, mentions and amounts pair up.
				for i := range am.Amounts {
					a, m := &am.Amounts[i], &am.Mentions[i]
					a.Sentence = sentenceText(am.Text, spans, int(m.Start), int(m.End))
					if err := emit(a); err != nil {
						return err
					}
				}
				return nil
			})
		})
	case Graph:
		g, err := buildGraph(ctx, st, f)
		if err != nil {
			return 0, err
		}
		return g.size(), g.writeGraphML(w)
	}
	return 0, fmt.Errorf("export: %s as %s: not one stream", r.What, r.Format)
}

// table writes the rows each produces through a writer of the format.
func table[T any](format string, w io.Writer, each func(emit func(*T) error) error) (int64, error) {
	rw, err := newRowWriter[T](format, w)
	if err != nil {
		return 0, err
	}
	var n int64
	err = each(func(row *T) error {
		n++
		return rw.Write(row)
	})
	if cerr := rw.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// Options are a command's export: the request, where it goes ("-" for w,
// else a file, or a directory for neo4j) and an optional cursor name.
type Options struct {
	Request
	Out    string
	Cursor string
}

// ErrCursorNeedsFile refuses a cursor on a stream nobody can confirm was
// kept: the cursor moves only once the export's file is synced.
var ErrCursorNeedsFile = errors.New("export: --cursor needs --out FILE: the cursor moves only once the file is synced to disk")

// Validate checks the request and where it goes: parquet and neo4j need a
// file or directory, a cursor needs a file, the graph has no cursor.
func (o Options) Validate() error {
	if err := o.Request.Validate(); err != nil {
		return err
	}
	toStdout := o.Out == "" || o.Out == "-"
	switch {
	case toStdout && (o.Format == Parquet || o.Format == Neo4j):
		return fmt.Errorf("export: %s needs --out (a file, or a directory for neo4j), not stdout", o.Format)
	case o.Cursor != "" && toStdout:
		return ErrCursorNeedsFile
	case o.Cursor != "" && o.What == Graph:
		return fmt.Errorf("export: --cursor: the graph is exported whole, not incrementally")
	}
	return nil
}

// Run carries out an export. With a cursor, only rows new or changed since
// the cursor's last export are written, and the cursor moves only after
// every file was written, synced and renamed into place.
func Run(ctx context.Context, st *storage.Store, o Options, stdout io.Writer) (int64, error) {
	if err := o.Validate(); err != nil {
		return 0, err
	}
	if o.Out == "" {
		o.Out = "-"
	}
	var upto int64
	if o.Cursor != "" {
		from, err := st.Cursor(ctx, o.Cursor, o.What)
		if err != nil {
			return 0, err
		}
		// Everything committed up to upto is visible to the export's read;
		// rows changed later fall in the next export.
		if upto, err = st.ChangeSeq(ctx); err != nil {
			return 0, err
		}
		o.Filter.Changed = &storage.ChangeRange{After: from, Upto: upto}
	}
	var n int64
	var err error
	switch {
	case o.Out == "-":
		return Write(ctx, st, o.Request, stdout)
	case o.Format == Neo4j:
		n, err = writeNeo4jDir(ctx, st, o.Filter, o.Out)
	default:
		err = writeFile(o.Out, func(w io.Writer) error {
			n, err = Write(ctx, st, o.Request, w)
			return err
		})
	}
	if err != nil {
		return n, err
	}
	if o.Cursor != "" {
		return n, st.MoveCursor(ctx, o.Cursor, o.What, upto)
	}
	return n, nil
}

// writeFile writes path through a temporary file beside it, synced and
// renamed into place, so path holds either a whole export or what it held.
// A path that is not a regular file (/dev/stdout, a named pipe, a device)
// is written in place: renaming over it would replace the device itself.
func writeFile(path string, write func(io.Writer) error) error {
	fi, err := os.Stat(path)
	inPlace := err == nil && !fi.Mode().IsRegular()
	dir := filepath.Dir(path)
	var f *os.File
	if inPlace {
		f, err = os.OpenFile(path, os.O_WRONLY, 0)
	} else if f, err = os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*"); err == nil {
		defer os.Remove(f.Name()) //nolint:errcheck // gone after the rename
		// CreateTemp makes the file private; an export is for sharing.
		err = f.Chmod(0o644)
	}
	if f == nil {
		return fmt.Errorf("export: %w", err)
	}
	buf := bufio.NewWriterSize(f, 64<<10)
	if err == nil {
		err = write(buf)
	}
	if err == nil {
		err = buf.Flush()
	}
	if err == nil && !inPlace {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && !inPlace {
		err = os.Rename(f.Name(), path)
	}
	if err == nil && !inPlace {
		err = syncDir(dir)
	}
	if err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
