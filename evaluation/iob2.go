package evaluation

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/trawl/trawl/extract"
)

// uner labels map to the corpus's, as shared/datasets converts them: UNER's
// LOC mixes GPEs and other places and is scored as GPE.
var unerLabels = map[string]string{"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}

// ReadIOB2 reads a Universal NER file as published (`# newdoc id`, `# text =`
// and one tab-separated token line with its B-/I-/O tag), converted the way
// shared/datasets converts the test files: one Gold per document, its
// sentences joined by a blank line, entities at the byte offsets of their
// tokens in the text. The site is "uner-" and the file's base name, so the
// gold is scored as UNER. Errors name the file and line.
func ReadIOB2(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluation: %w", err)
	}
	defer f.Close()
	site := "uner-" + strings.TrimSuffix(filepath.Base(path), ".iob2")
	r := iob2Reader{site: site}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if err := r.line(sc.Text()); err != nil {
			return nil, fmt.Errorf("evaluation: %s:%d: %w", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluation: %s: %w", path, err)
	}
	r.endDoc()
	return r.docs, nil
}

type iob2Reader struct {
	site string
	docs []Gold
	doc  *Gold
	sent int // byte offset of the current sentence in doc.Text
	pos  int // where the next token is looked for, within the sentence
	open *extract.Entity
}

func (r *iob2Reader) line(l string) error {
	switch {
	case strings.HasPrefix(l, "# newdoc id = "):
		r.endDoc()
		id := strings.TrimSpace(strings.TrimPrefix(l, "# newdoc id = "))
		r.doc = &Gold{ID: r.site + "-" + id, Site: r.site}
	case strings.HasPrefix(l, "# text = "):
		r.closeEntity()
		if r.doc == nil {
			r.doc = &Gold{ID: fmt.Sprintf("%s-%d", r.site, len(r.docs)+1), Site: r.site}
		}
		if r.doc.Text != "" {
			r.doc.Text += "\n\n"
		}
		r.sent, r.pos = len(r.doc.Text), 0
		r.doc.Text += strings.TrimPrefix(l, "# text = ")
	case strings.HasPrefix(l, "#"):
	case strings.TrimSpace(l) == "":
		r.closeEntity()
	default:
		return r.token(l)
	}
	return nil
}

func (r *iob2Reader) token(l string) error {
	cols := strings.Split(l, "\t")
	if len(cols) < 3 {
		return fmt.Errorf("token line with %d columns, want at least 3", len(cols))
	}
	if r.doc == nil {
		return fmt.Errorf("token %q before any `# text =` line", cols[1])
	}
	sentence := r.doc.Text[r.sent:]
	i := strings.Index(sentence[r.pos:], cols[1])
	if i < 0 {
		return fmt.Errorf("token %q not found in its sentence's text", cols[1])
	}
	start := r.sent + r.pos + i
	end := start + len(cols[1])
	r.pos += i + len(cols[1])
	tag, typ, _ := strings.Cut(cols[2], "-")
	switch tag {
	case "O":
		r.closeEntity()
	case "B", "I":
		label, ok := unerLabels[typ]
		if !ok {
			return fmt.Errorf("unknown entity type %q", typ)
		}
		if tag == "I" && r.open != nil && r.open.Label == label {
			r.open.End = end
			return nil
		}
		r.closeEntity()
		r.open = &extract.Entity{Start: start, End: end, Label: label}
	default:
		return fmt.Errorf("unknown tag %q", cols[2])
	}
	return nil
}

func (r *iob2Reader) closeEntity() {
	if r.open == nil {
		return
	}
	e := *r.open
	e.Text = r.doc.Text[e.Start:e.End]
	e.Canonical = e.Text
	r.doc.Entities = append(r.doc.Entities, e)
	r.open = nil
}

func (r *iob2Reader) endDoc() {
	r.closeEntity()
	if r.doc != nil {
		r.docs = append(r.docs, *r.doc)
		r.doc = nil
	}
}
