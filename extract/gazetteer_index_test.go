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
