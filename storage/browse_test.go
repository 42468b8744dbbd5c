package storage

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentence_CutsAtSentencesWordsAndCharacters(t *testing.T) {
	text := "First one. The ₹5 deal with Acme Corp was signed today! Another follows."
	i := strings.Index(text, "Acme Corp")
	b, m, a := sentence(text, i, i+len("Acme Corp"))
	if b != "The ₹5 deal with " || m != "Acme Corp" || a != " was signed today!" {
		t.Errorf("got %q %q %q", b, m, a)
	}
	long := strings.Repeat("wörd ", 200) + "Acme" + strings.Repeat(" wörd", 200)
	i = strings.Index(long, "Acme")
	b, _, a = sentence(long, i, i+4)
	if !utf8.ValidString(b) || !utf8.ValidString(a) || len(b) > maxContext || len(a) > maxContext ||
		!strings.HasPrefix(b, "wörd") || !strings.HasSuffix(a, "wörd") {
		t.Errorf("long text cut to %q … %q", b, a)
	}
}
