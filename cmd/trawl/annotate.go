package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/trawl/trawl/extract"
)

type annotateCmd struct {
	JSONL     bool   `help:"Read JSONL objects with id and text (and optionally published); print JSONL with id and entities." name:"jsonl"`
	Published string `help:"Publication date of the text (YYYY-MM-DD or RFC 3339), for exchange rates; default today." placeholder:"DATE"`
}

// annotation is one output object; ID is nil (and left out) for plain text.
type annotation struct {
	ID       *string          `json:"id,omitempty"`
	Entities []extract.Entity `json:"entities"`
}

func (c *annotateCmd) Run(g *Globals) error {
	published := time.Now()
	if c.Published != "" {
		if published = extract.ParseDate(c.Published); published.IsZero() {
			return &exitError{code: exitUsage, err: fmt.Errorf("annotate: --published %q is neither YYYY-MM-DD nor RFC 3339", c.Published)}
		}
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		return err
	}
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if c.JSONL {
		err = annotateJSONL(an, os.Stdin, enc, published)
	} else {
		err = annotateText(an, enc, published)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

func annotateText(an *extract.Annotator, enc *json.Encoder, published time.Time) error {
	text, err := readInput("-")
	if err != nil {
		return fmt.Errorf("annotate: %w", err)
	}
	return enc.Encode(annotation{Entities: entitiesOrEmpty(an.Annotate(string(text), published))})
}

// annotateJSONL tags one object per line, in order. A bad line (not JSON,
// no "id" or "text", a bad date, too long) is reported on stderr with its
// number and skipped; the rest is annotated, and the error at the end (exit
// 1) says how many lines failed.
func annotateJSONL(an *extract.Annotator, in io.Reader, enc *json.Encoder, published time.Time) error {
	br := bufio.NewReaderSize(in, 1<<20)
	failed, lines := 0, 0
	for line := 1; ; line++ {
		b, err := readLine(br, maxHTML)
		switch {
		case errors.Is(err, io.EOF):
			if failed > 0 {
				return fmt.Errorf("annotate: %d of %d lines failed and were skipped (see above)", failed, lines)
			}
			return nil
		case errors.Is(err, errLineTooLong): // reported below
		case err != nil:
			return fmt.Errorf("annotate: stdin:%d: %w", line, err)
		case len(bytes.TrimSpace(b)) == 0:
			continue
		default:
			err = annotateLine(an, enc, b, published)
		}
		lines++
		var out *outputError
		if errors.As(err, &out) {
			return out.err
		}
		if err != nil {
			failed++
			fmt.Fprintf(os.Stderr, "annotate: stdin:%d: %v (line skipped)\n", line, err)
		}
	}
}

// outputError is a failure to write the results: no later line can succeed.
type outputError struct{ err error }

func (e *outputError) Error() string { return e.err.Error() }

// annotateLine tags one JSONL object.
func annotateLine(an *extract.Annotator, enc *json.Encoder, b []byte, published time.Time) error {
	var doc struct {
		ID        *string `json:"id"`
		Text      *string `json:"text"`
		Published string  `json:"published"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("bad JSON: %w", err)
	}
	if doc.ID == nil || doc.Text == nil {
		return fmt.Errorf("want an object with \"id\" and \"text\" strings")
	}
	when := published
	if doc.Published != "" {
		if when = extract.ParseDate(doc.Published); when.IsZero() {
			return fmt.Errorf("id %q: published %q is neither YYYY-MM-DD nor RFC 3339", *doc.ID, doc.Published)
		}
	}
	if err := enc.Encode(annotation{ID: doc.ID, Entities: entitiesOrEmpty(an.Annotate(*doc.Text, when))}); err != nil {
		return &outputError{err}
	}
	return nil
}

// errLineTooLong marks a line past the limit; it was read to its end and dropped.
var errLineTooLong = errors.New("line too long")

// readLine reads one line without its line end (the last line may have
// none). A line longer than limit is read to its end and dropped with
// errLineTooLong. io.EOF means no line was left.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			tooLong = len(bytes.TrimRight(line, "\r\n")) > limit
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil && !errors.Is(err, io.EOF):
			return nil, err
		case tooLong:
			return nil, fmt.Errorf("%w: over %d MiB", errLineTooLong, limit>>20)
		case errors.Is(err, io.EOF) && len(line) == 0:
			return nil, io.EOF
		}
		return bytes.TrimRight(line, "\r\n"), nil
	}
}

// entitiesOrEmpty makes "no entities" print as [] rather than null.
func entitiesOrEmpty(e []extract.Entity) []extract.Entity {
	if e == nil {
		return []extract.Entity{}
	}
	return e
}
