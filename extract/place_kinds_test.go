package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/trawl/trawl/configs"
)

// TestPlaceKinds: a found place takes the kind its list gives, and keeps
// the rules' kind after "the" or a possessive and when no list has it.
func TestPlaceKinds(t *testing.T) {
	g, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	withLists := *g
	withLists.Lists = map[string][]string{}
	for k, v := range g.Lists {
		withLists.Lists[k] = v
	}
	withLists.Lists["place_towns"] = append(slices.Clone(g.Lists["place_towns"]), "Tarvo Bridge", "Orvane Bay")
	withLists.Lists["place_parts"] = append(slices.Clone(g.Lists["place_parts"]), "Kesselbrook")
	a, err := NewAnnotator(AnnotatorOptions{Gazetteer: &withLists})
	if err != nil {
		t.Fatal(err)
	}
	base := newTestAnnotator(t)
	for _, c := range []struct {
		text, name, before, after string
	}{
		{"Homes in Tarvo Bridge were flooded on Monday.", "Tarvo Bridge", "LOC", "GPE"},
		{"Ferries to Orvane Bay were cancelled.", "Orvane Bay", "LOC", "GPE"},
		{"He grew up in Kesselbrook.", "Kesselbrook", "GPE", "LOC"},
		// a site of the town, or a name no list holds: the rules decide
		{"Traffic crossed the Tarvo Bridge again.", "Tarvo Bridge", "LOC", "LOC"},
		{"He grew up in Morrowdene.", "Morrowdene", "GPE", "GPE"},
	} {
		for _, run := range []struct {
			a    *Annotator
			want string
		}{{base, c.before}, {a, c.after}} {
			var got string
			for _, e := range run.a.Annotate(c.text, time.Time{}) {
				if e.Text == c.name {
					got = e.Label
				}
			}
			if got != run.want {
				t.Errorf("%q: %s read %q, want %q", c.text, c.name, got, run.want)
			}
		}
	}
}

// TestFoldedNames: a place the lists spell in plain letters is found as
// the text writes it; a one-word firm is not found in a family name.
func TestFoldedNames(t *testing.T) {
	checkSpans(t, newTestAnnotator(t), []spanCase{
		{"capital with diacritics", "Talks resumed in Chișinău on Monday.", []string{"GPE Chișinău -> Chisinau"}},
		{"family name like a firm", "Striker Aboubacar Koné scored twice.", []string{"PERSON Aboubacar Koné"}},
	})
}

// TestSortedRuns: a list made of sorted files is searched run by run, and
// one written in no order is sorted, so every word is found either way.
func TestSortedRuns(t *testing.T) {
	for _, c := range []struct {
		words []string
		runs  int
	}{
		{[]string{"Arvel", "Brisk", "Tarvo"}, 1},
		{[]string{"Arvel", "Tarvo", "Brisk", "Kessel Ford"}, 2}, // two files, each sorted
		{[]string{"k", "j", "i", "h", "g", "f", "e", "d", "c", "b", "a"}, 1},
		{nil, 1},
	} {
		l := sortedRuns(c.words)
		if len(l) != c.runs {
			t.Errorf("sortedRuns(%q): %d runs, want %d", c.words, len(l), c.runs)
		}
		for _, w := range c.words {
			if !l.has(w) {
				t.Errorf("sortedRuns(%q) lacks %q", c.words, w)
			}
		}
		if l.has("Morrow") || l.has("") {
			t.Errorf("sortedRuns(%q) has a word it was not given", c.words)
		}
	}
}
