package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// TestNameKey_AsTokenize: the split that start-up uses for plain names
// gives the key of the tokenizer's tokens for every name of the shipped
// lists, and for the shapes it must leave to the tokenizer.
func TestNameKey_AsTokenize(t *testing.T) {
	g, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	surfaces := []string{"New York", "U.S.", "O'Brien", "Bo'ness", "Al-Hilal", "A321neo", "São Paulo", "x", "Ho  Chi", "Mc Donald"}
	for _, e := range g.Entries {
		surfaces = append(surfaces, e.Canonical)
		surfaces = append(surfaces, e.Aliases...)
	}
	for _, s := range surfaces {
		if got, want := nameKey(s), string(appendTokensKey(nil, tokenize(s))); got != want {
			t.Errorf("nameKey(%q) = %q, tokenize gives %q", s, got, want)
		}
	}
}

// TestGazIndex_FoldedSpellings: a name is found whichever way the text
// writes the letters the index folds, and only those.
func TestGazIndex_FoldedSpellings(t *testing.T) {
	g := newGazIndex([]configs.GazetteerEntry{
		{Canonical: "Vârşeni", Label: "GPE"},        // cedilla in the list
		{Canonical: "Piatra Tarvuț", Label: "GPE"},  // comma below in the list
		{Canonical: "O'Kessel Point", Label: "LOC"}, // straight apostrophe
		{Canonical: "Şuţeşti", Label: "GPE"},        // capital with cedilla
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Vârșeni", true}, {"Vârşeni", true}, {"Piatra Tarvuţ", true}, {"Piatra Tarvuț", true},
		{"O’Kessel Point", true}, {"Șuțești", true},
		{"Varseni", false}, {"Vârseni", false}, {"Piatra Tarvut", false},
	} {
		if _, ok := g.lookup(tokenize(c.text)); ok != c.want {
			t.Errorf("lookup(%q) found %v, want %v", c.text, ok, c.want)
		}
	}
}

// TestGazIndex_LongestFolded: a name the list has in plain letters is
// found where the text writes its diacritics, whole, and nothing else is.
func TestGazIndex_LongestFolded(t *testing.T) {
	g := newGazIndex([]configs.GazetteerEntry{
		{Canonical: "Tarvosu", Label: "GPE"},
		{Canonical: "Kesso Lodz Works", Label: "ORG"},
	})
	var buf []byte
	for _, c := range []struct {
		text string
		n    int
	}{
		{"Tarvoșu", 1}, {"Tárvösu", 1}, {"Kessø Łódź Works", 3},
		{"Tarvosu", 0}, // no marks: longest reads it, not this
		{"Tarvoșa", 0}, {"Kessø Łódź", 0},
	} {
		if n, _ := g.longestFolded(tokenize(c.text), 0, &buf); n != c.n {
			t.Errorf("longestFolded(%q) = %d tokens, want %d", c.text, n, c.n)
		}
	}
}
