package extract

import (
	"slices"
	"testing"

	"github.com/trawl/trawl/configs"
)

// TestNameWords_AsTokenize: the split that start-up uses for plain names
// gives the tokenizer's tokens for every name of the shipped lists, and
// for the shapes it must leave to the tokenizer.
func TestNameWords_AsTokenize(t *testing.T) {
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
		var want []string
		for _, tk := range tokenize(s) {
			want = append(want, tk.text)
		}
		if got := nameWords(s); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("nameWords(%q) = %q, tokenize gives %q", s, got, want)
		}
	}
}
