package main

import (
	"bufio"
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

// annotateJSONL tags one object per line, in order; a bad line stops the run
// with its number, after the lines before it were written.
func annotateJSONL(an *extract.Annotator, in io.Reader, enc *json.Encoder, published time.Time) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<20), maxHTML)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var doc struct {
			ID        *string `json:"id"`
			Text      *string `json:"text"`
			Published string  `json:"published"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return &exitError{code: exitUsage, err: fmt.Errorf("annotate: stdin:%d: bad JSON: %w", line, err)}
		}
		if doc.ID == nil || doc.Text == nil {
			return &exitError{code: exitUsage, err: fmt.Errorf("annotate: stdin:%d: want an object with \"id\" and \"text\" strings", line)}
		}
		when := published
		if doc.Published != "" {
			if when = extract.ParseDate(doc.Published); when.IsZero() {
				return &exitError{code: exitUsage, err: fmt.Errorf("annotate: stdin:%d: published %q is neither YYYY-MM-DD nor RFC 3339", line, doc.Published)}
			}
		}
		if err := enc.Encode(annotation{ID: doc.ID, Entities: entitiesOrEmpty(an.Annotate(*doc.Text, when))}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return &exitError{code: exitUsage, err: fmt.Errorf("annotate: stdin: a line is longer than %d MiB", maxHTML>>20)}
		}
		return fmt.Errorf("annotate: stdin: %w", err)
	}
	return nil
}

// entitiesOrEmpty makes "no entities" print as [] rather than null.
func entitiesOrEmpty(e []extract.Entity) []extract.Entity {
	if e == nil {
		return []extract.Entity{}
	}
	return e
}
