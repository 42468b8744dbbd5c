package configs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadGazetteer_Shipped(t *testing.T) {
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	byLabel := map[string]int{}
	for _, e := range g.Entries {
		byLabel[e.Label]++
		if e.File == "" || e.Line == 0 {
			t.Fatalf("entry %q does not know where it came from", e.Canonical)
		}
	}
	for _, l := range []string{"ORG", "GPE", "LOC", "PROGRAM", "PLATFORM"} {
		if byLabel[l] == 0 {
			t.Errorf("no %s entries shipped", l)
		}
	}
	for _, l := range []string{"given_names", "demonyms", "surnames", "common_words"} {
		if len(g.Lists[l]) == 0 {
			t.Errorf("no %s list shipped", l)
		}
	}
	has := func(label, canonical, alias string) bool {
		for _, e := range g.Entries {
			if e.Label == label && e.Canonical == canonical && (alias == "" || slices.Contains(e.Aliases, alias)) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ label, canonical, alias string }{
		{"GPE", "United States", "U.S."},
		{"GPE", "India", ""},
		{"GPE", "Gujarat", "Gujarāt"}, // generated from ISO 3166-2 with its ASCII form
		{"ORG", "U.S. Department of Defense", "Pentagon"},
		{"PLATFORM", "Javelin", "FGM-148"},
	} {
		if !has(c.label, c.canonical, c.alias) {
			t.Errorf("shipped gazetteer lacks %s %q (alias %q)", c.label, c.canonical, c.alias)
		}
	}
	again, _ := LoadGazetteer()
	if again != g {
		t.Error("LoadGazetteer read the files twice")
	}
}

func TestLoadGazetteerFS_Errors(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"no source note", "label: ORG\nentries: [Acme]\n", "opens with a comment"},
		{"unknown label", "# src\nlabel: THING\nentries: [Acme]\n", `x.yaml:2: label "THING"`},
		{"unknown key", "# src\nlabel: ORG\nentries: [Acme]\nsource: me\n", `x.yaml:4: unknown key "source"`},
		{"entry without canonical", "# src\nlabel: ORG\nentries:\n  - {aliases: [A]}\n", "x.yaml:4: entry without a canonical"},
		{"both kinds", "# src\nlabel: ORG\nentries: [Acme]\nlist: x\nwords: [a]\n", "want label with entries"},
		{"conflicting meaning", "# src\nlabel: ORG\nentries:\n  - {canonical: Acme, aliases: [AC]}\n  - {canonical: Acme Two, aliases: [AC]}\n", `x.yaml:5: "AC" is already ORG "Acme" at x.yaml:4`},
		{"bad yaml", "# src\nlabel: [\n", "x.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadGazetteerFS(fstest.MapFS{"x.yaml": {Data: []byte(tt.file)}}, "")
			if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want ErrInvalid containing %q", err, tt.want)
			}
		})
	}
	t.Run("empty folder", func(t *testing.T) {
		if _, err := LoadGazetteerFS(fstest.MapFS{}, "mine"); err == nil || !strings.Contains(err.Error(), "mine") {
			t.Errorf("err = %v, want one naming the folder", err)
		}
	})
}

func TestLoadGazetteerFS_Reads(t *testing.T) {
	fsys := fstest.MapFS{
		"a.yaml": {Data: []byte("# test list\nlabel: LOC\nentries:\n  - Silicon Valley\n  - {canonical: Pacific Ocean, aliases: [Pacific]}\n  - {canonical: Guam, label: GPE}\n")},
		"b.yaml": {Data: []byte("# test words\nlist: demonyms\nwords: [Indian, Thai]\n")},
	}
	g, err := LoadGazetteerFS(fs.FS(fsys), "t")
	if err != nil {
		t.Fatal(err)
	}
	want := []GazetteerEntry{
		{Label: "LOC", Canonical: "Silicon Valley", File: "t/a.yaml", Line: 4},
		{Label: "LOC", Canonical: "Pacific Ocean", Aliases: []string{"Pacific"}, File: "t/a.yaml", Line: 5},
		{Label: "GPE", Canonical: "Guam", File: "t/a.yaml", Line: 6},
	}
	if len(g.Entries) != len(want) {
		t.Fatalf("got %+v, want %+v", g.Entries, want)
	}
	for i := range want {
		if g.Entries[i].Label != want[i].Label || g.Entries[i].Canonical != want[i].Canonical || !slices.Equal(g.Entries[i].Aliases, want[i].Aliases) || g.Entries[i].File != want[i].File || g.Entries[i].Line != want[i].Line {
			t.Errorf("entry %d: got %+v, want %+v", i, g.Entries[i], want[i])
		}
	}
	if !slices.Equal(g.Lists["demonyms"], []string{"Indian", "Thai"}) {
		t.Errorf("demonyms = %q", g.Lists["demonyms"])
	}
}

// TestGazetteer_PlainWordListsAsYAML: the quick reader of word lists gives
// what the YAML parser gives, on every shipped file it takes, and leaves
// the others to YAML.
func TestGazetteer_PlainWordListsAsYAML(t *testing.T) {
	names, err := filepath.Glob("gazetteer/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatal(names, err)
	}
	quick := 0
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		list, words, ok := plainWordList(b)
		if !ok {
			continue
		}
		quick++
		var g Gazetteer
		if err := g.parseYAML(n, b); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if !slices.Equal(g.Lists[list], words) {
			t.Errorf("%s: quick reader gives %d words of %q, YAML %d", n, len(words), list, len(g.Lists[list]))
		}
	}
	if quick == 0 {
		t.Error("no shipped word list is read by the quick reader")
	}
	for _, b := range []string{
		"# src\nlist: x\nwords: [a, 'b']\n",
		"# src\nlist: x\nwords: [a, , b]\n",
		"# src\nlist: x\nwords:\n  - a\n",
		"# src\nlist: x\nwords: [a, b: c]\n",
		"list: x\nwords: [a]\n",
	} {
		if _, _, ok := plainWordList([]byte(b)); ok {
			t.Errorf("%q read by the quick reader; it is YAML's to read", b)
		}
	}
}

// shippedYAML reads configs/gazetteer/*.yaml as a user's folder is read.
func shippedYAML(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := LoadGazetteerFS(os.DirFS("gazetteer"), "configs/gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestGazetteer_CompiledIsCurrent: the compiled gazetteer the binary
// loads is what the YAML files give, so an edit to them cannot ship
// without `go generate ./configs`.
func TestGazetteer_CompiledIsCurrent(t *testing.T) {
	want, err := shippedYAML(t).Compile()
	if err != nil {
		t.Fatal(err)
	}
	if got := compiledGazetteer; got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		n := 0
		for n < min(len(gl), len(wl)) && gl[n] == wl[n] {
			n++
		}
		t.Fatalf("%s differs from what configs/gazetteer/*.yaml give (first at its line %d): run `go generate ./configs`", compiledName, n+1)
	}
}

// TestGazetteer_CompiledLoadsAsYAML: reading the compiled form gives the
// entries, places and word lists that reading the YAML gives.
func TestGazetteer_CompiledLoadsAsYAML(t *testing.T) {
	want := shippedYAML(t)
	b, err := want.Compile()
	if err != nil {
		t.Fatal(err)
	}
	got, err := parseCompiled(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the compiled gazetteer reads back differently from the YAML")
	}
}

func TestGazetteer_CompileErrors(t *testing.T) {
	g := &Gazetteer{Entries: []GazetteerEntry{{Label: "ORG", Canonical: "Acme\tInc", File: "x.yaml", Line: 4}}}
	if _, err := g.Compile(); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "x.yaml:4") {
		t.Errorf("a tab in a name: err = %v, want ErrInvalid naming x.yaml:4", err)
	}
	for _, data := range []string{
		"\tword\n",
		"1\tORG\tAcme\n",
		"file\tx.yaml\n<<<<<<< HEAD\n",
	} {
		if _, err := parseCompiled(data); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "go generate ./configs") {
			t.Errorf("parseCompiled(%q): err = %v, want ErrInvalid naming the command", data, err)
		}
	}
}

// BenchmarkLoadGazetteer reads the shipped lists in their compiled form,
// as the binary does, beside the baseline of reading their YAML.
func BenchmarkLoadGazetteer(b *testing.B) {
	b.Run("compiled", func(b *testing.B) {
		for b.Loop() {
			if _, err := parseCompiled(compiledGazetteer); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline=yaml", func(b *testing.B) {
		fsys := os.DirFS("gazetteer")
		for b.Loop() {
			if _, err := LoadGazetteerFS(fsys, "configs/gazetteer"); err != nil {
				b.Fatal(err)
			}
		}
	})
}
