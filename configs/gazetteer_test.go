package configs

import (
	"errors"
	"io/fs"
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
	names, err := fs.Glob(gazetteerFiles, "gazetteer/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatal(names, err)
	}
	quick := 0
	for _, n := range names {
		b, err := fs.ReadFile(gazetteerFiles, n)
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
