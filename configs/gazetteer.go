package configs

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// GazetteerLabels are the labels a gazetteer entry may carry (the entity
// labels of GUIDELINES.md less MONEY, which is found by its own parser).
var GazetteerLabels = []string{"PERSON", "ORG", "GPE", "LOC", "PROGRAM", "PLATFORM"}

// Gazetteer is the public knowledge the entity annotator starts from:
// named things with their canonical names, and word lists (given names,
// demonyms). Files live in configs/gazetteer/, one list each, every file
// opening with a comment that says where its contents come from.
//
// A file holds either named things:
//
//	label: GPE
//	entries:
//	  - India                                   # canonical only
//	  - {canonical: United States, aliases: [U.S., US, USA]}
//
// or a word list:
//
//	list: given_names
//	words: [Aaron, Abhishek, ...]
type Gazetteer struct {
	Entries []GazetteerEntry
	// Lists are word lists by name ("given_names", "demonyms").
	Lists map[string][]string
}

// GazetteerEntry is one named thing.
type GazetteerEntry struct {
	Label     string
	Canonical string
	Aliases   []string // other surface forms; the canonical is matched too
	File      string   // where it was read from, for errors
	Line      int
}

var loadShippedGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	return parseCompiled(compiledGazetteer)
})

// LoadGazetteer returns the gazetteer shipped inside the binary, compiled
// from configs/gazetteer/ (gazetteer_compiled.go). It is read once and
// shared; callers must not modify it.
func LoadGazetteer() (*Gazetteer, error) { return loadShippedGazetteer() }

// LoadGazetteerFS reads every *.yaml file at the top of fsys; dir names the
// folder in errors.
func LoadGazetteerFS(fsys fs.FS, dir string) (*Gazetteer, error) {
	return (&Gazetteer{}).with(fsys, dir)
}

// with returns a copy of g with every *.yaml file at the top of fsys added;
// g itself is left as it was (the shipped gazetteer is shared).
func (g *Gazetteer) with(fsys fs.FS, dir string) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%w: %s: no *.yaml gazetteer files", ErrInvalid, dir)
	}
	// Files are parsed side by side (the gazetteer is on the start-up path
	// of every command that annotates) and merged in name order.
	parts := make([]Gazetteer, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Go(func() {
			b, err := fs.ReadFile(fsys, n)
			if err != nil {
				errs[i] = fmt.Errorf("%w: %s: %v", ErrInvalid, path.Join(dir, n), err)
				return
			}
			errs[i] = parts[i].Parse(path.Join(dir, n), b)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	out := &Gazetteer{Entries: slices.Clone(g.Entries), Lists: map[string][]string{}}
	for k, v := range g.Lists {
		out.Lists[k] = slices.Clone(v)
	}
	for _, p := range parts {
		out.Entries = append(out.Entries, p.Entries...)
		for _, list := range slices.Sorted(maps.Keys(p.Lists)) {
			out.Lists[list] = append(out.Lists[list], p.Lists[list]...)
		}
	}
	return out, out.check()
}

// Parse adds the contents of one gazetteer file; name is used in errors.
func (g *Gazetteer) Parse(name string, b []byte) error {
	if list, words, ok := plainWordList(b); ok {
		if g.Lists == nil {
			g.Lists = map[string][]string{}
		}
		g.Lists[list] = append(g.Lists[list], words...)
		return nil
	}
	return g.parseYAML(name, b)
}

func (g *Gazetteer) parseYAML(name string, b []byte) error {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return fmt.Errorf("%w: %s: want a mapping with label and entries, or list and words", ErrInvalid, name)
	}
	if !strings.HasPrefix(strings.TrimSpace(string(b)), "#") {
		return fmt.Errorf("%w: %s: a gazetteer file opens with a comment naming its source", ErrInvalid, name)
	}
	var label, list string
	var entries, words *yaml.Node
	top := root.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "label":
			label = v.Value
			if !slices.Contains(GazetteerLabels, label) {
				return fmt.Errorf("%w: %s:%d: label %q is not one of %s", ErrInvalid, name, v.Line, label, strings.Join(GazetteerLabels, ", "))
			}
		case "entries":
			entries = v
		case "list":
			list = v.Value
		case "words":
			words = v
		default:
			return fmt.Errorf("%w: %s:%d: unknown key %q", ErrInvalid, name, k.Line, k.Value)
		}
	}
	switch {
	case label != "" && entries != nil && list == "" && words == nil:
		return g.parseEntries(name, label, entries)
	case list != "" && words != nil && label == "" && entries == nil:
		if words.Kind != yaml.SequenceNode {
			return fmt.Errorf("%w: %s:%d: words must be a list", ErrInvalid, name, words.Line)
		}
		if g.Lists == nil {
			g.Lists = map[string][]string{}
		}
		for _, w := range words.Content {
			if w.Kind != yaml.ScalarNode || strings.TrimSpace(w.Value) == "" {
				return fmt.Errorf("%w: %s:%d: a word must be a non-empty string", ErrInvalid, name, w.Line)
			}
			g.Lists[list] = append(g.Lists[list], strings.TrimSpace(w.Value))
		}
		return nil
	default:
		return fmt.Errorf("%w: %s: want label with entries, or list with words", ErrInvalid, name)
	}
}

func (g *Gazetteer) parseEntries(name, label string, entries *yaml.Node) error {
	if entries.Kind != yaml.SequenceNode {
		return fmt.Errorf("%w: %s:%d: entries must be a list", ErrInvalid, name, entries.Line)
	}
	for _, n := range entries.Content {
		e := GazetteerEntry{Label: label, File: name, Line: n.Line}
		switch n.Kind {
		case yaml.ScalarNode:
			e.Canonical = strings.TrimSpace(n.Value)
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				switch k.Value {
				case "canonical":
					e.Canonical = strings.TrimSpace(v.Value)
				case "label":
					if !slices.Contains(GazetteerLabels, v.Value) {
						return fmt.Errorf("%w: %s:%d: label %q is not one of %s", ErrInvalid, name, v.Line, v.Value, strings.Join(GazetteerLabels, ", "))
					}
					e.Label = v.Value
				case "aliases":
					if v.Kind != yaml.SequenceNode {
						return fmt.Errorf("%w: %s:%d: aliases must be a list", ErrInvalid, name, v.Line)
					}
					for _, a := range v.Content {
						if s := strings.TrimSpace(a.Value); s != "" {
							e.Aliases = append(e.Aliases, s)
						}
					}
				default:
					return fmt.Errorf("%w: %s:%d: unknown key %q in an entry", ErrInvalid, name, k.Line, k.Value)
				}
			}
		default:
			return fmt.Errorf("%w: %s:%d: an entry is a name or a mapping with canonical and aliases", ErrInvalid, name, n.Line)
		}
		if e.Canonical == "" {
			return fmt.Errorf("%w: %s:%d: entry without a canonical name", ErrInvalid, name, n.Line)
		}
		g.Entries = append(g.Entries, e)
	}
	return nil
}

// check refuses a surface form that two entries give different meanings:
// the annotator could not tell which one a mention is.
func (g *Gazetteer) check() error {
	seen := map[string]*GazetteerEntry{}
	for i := range g.Entries {
		e := &g.Entries[i]
		for _, s := range append([]string{e.Canonical}, e.Aliases...) {
			prev, ok := seen[s]
			if !ok {
				seen[s] = e
				continue
			}
			if prev.Label != e.Label || prev.Canonical != e.Canonical {
				return fmt.Errorf("%w: %s:%d: %q is already %s %q at %s:%d", ErrInvalid, e.File, e.Line, s, prev.Label, prev.Canonical, prev.File, prev.Line)
			}
		}
	}
	return nil
}

// plainWordList reads the common shape of a word list quickly: comment
// lines, "list: NAME", then "words: [w1, w2, ...]" whose words are letters,
// apostrophes, hyphens and full stops only. Anything else (quotes, block
// lists, other keys) is left to the YAML parser, which is slow on lists of
// tens of thousands of words: the English lexicon alone took 60 ms.
func plainWordList(b []byte) (list string, words []string, ok bool) {
	s := string(b)
	if !strings.HasPrefix(s, "#") {
		return "", nil, false
	}
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	line, s, _ := strings.Cut(s, "\n")
	list, ok = strings.CutPrefix(line, "list: ")
	if !ok || !plainWord(list) {
		return "", nil, false
	}
	body, ok := strings.CutPrefix(s, "words: [")
	if !ok {
		return "", nil, false
	}
	body, rest, ok := strings.Cut(body, "]")
	if !ok || strings.TrimSpace(rest) != "" {
		return "", nil, false
	}
	items := strings.Split(body, ",")
	if strings.TrimSpace(items[len(items)-1]) == "" {
		items = items[:len(items)-1] // the trailing comma YAML allows
	}
	for _, w := range items {
		if w = strings.TrimSpace(w); !plainWord(w) {
			return "", nil, false
		}
		words = append(words, w)
	}
	return list, words, len(words) > 0
}

// plainWord: letters, then letters, apostrophes, hyphens, full stops.
func plainWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && (i == 0 || !strings.ContainsRune("'’-._", r)) {
			return false
		}
	}
	return w != ""
}
