package extract

import (
	"strings"
	"unicode"

	"github.com/trawl/trawl/configs"
)

// gazHit is what a surface form names.
type gazHit struct {
	label, canonical string
	reviewed         bool // from a reviewer's alias
}

// gazIndex finds gazetteer names in a token stream. Names are keyed by their
// tokens, so "U.S." matches the token "U.S." and never the "US" inside
// "USAF"; matching is case-sensitive, as names are.
type gazIndex struct {
	// keys holds every name and every proper prefix of a name, so that a
	// search stops at the first token that starts none ("the" ends it at
	// once); one map, so that each token costs one look-up.
	keys   map[string]gazKey
	maxLen int // longest name, in tokens
	// lowerStarts holds the first tokens of the keys that open in lower
	// case ("al-", "de"): most tokens of a text are lower-case words that
	// open no name, and this small map answers for them, not keys.
	lowerStarts map[string]bool
	// lower holds the places (GPE) again in lower case, for text typed
	// without capitals ("flew to san francisco"); findUnits decides when
	// it may be read.
	lower *gazIndex
}

// gazKey is what a key of tokens is: a name, the start of a longer one, or
// both ("New York" and "New York City").
type gazKey struct {
	hit          gazHit
	name, prefix bool
}

func newGazIndex() *gazIndex {
	return &gazIndex{keys: map[string]gazKey{}, lowerStarts: map[string]bool{}, lower: &gazIndex{keys: map[string]gazKey{}, lowerStarts: map[string]bool{}}}
}

// name returns what the key of tokens names.
func (g *gazIndex) name(key string) (gazHit, bool) {
	k := g.keys[key]
	return k.hit, k.name
}

// add indexes one surface form; a later add of the same form wins, which is
// how reviewers' aliases override the shipped lists.
func (g *gazIndex) add(surface string, h gazHit) {
	words := nameWords(surface)
	if len(words) == 0 {
		return
	}
	if first := normApostrophe(words[0]); isASCIILower(first[0]) {
		g.lowerStarts[first] = true
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			k := g.keys[b.String()]
			k.prefix = true
			g.keys[b.String()] = k
			b.WriteByte(0)
		}
		b.WriteString(normApostrophe(w))
	}
	k := g.keys[b.String()]
	k.hit, k.name = h, true
	g.keys[b.String()] = k
	g.maxLen = max(g.maxLen, len(words))
	if g.lower != nil && h.label == "GPE" && !h.reviewed && titleCased(words) {
		g.lower.add(strings.ToLower(surface), h)
	}
}

// nameWords are the tokens' texts of a gazetteer name. Most names are
// ASCII letters and single spaces, which the tokenizer splits at the
// spaces; those are split so without it, as start-up indexes some 20,000
// (TestNameWords_AsTokenize holds the two the same).
func nameWords(surface string) []string {
	plain := surface != "" && surface[0] != ' ' && surface[len(surface)-1] != ' '
	for i := 0; plain && i < len(surface); i++ {
		c := surface[i]
		plain = isASCIILetter(c) || c == ' ' && surface[i-1] != ' '
	}
	if plain {
		return strings.Split(surface, " ")
	}
	toks := tokenize(surface)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
	}
	return words
}

// titleCased: words of three letters or more, each a capital and then
// lower case ("San Francisco"), so abbreviations ("UK", "U.S.") do not
// match lower-case words or web addresses.
func titleCased(words []string) bool {
	for _, t := range words {
		w := []rune(t)
		if len(w) < 3 || !unicode.IsUpper(w[0]) {
			return false
		}
		for _, c := range w[1:] {
			if !unicode.IsLower(c) {
				return false
			}
		}
	}
	return true
}

func (g *gazIndex) addEntries(entries []configs.GazetteerEntry) {
	for _, e := range entries {
		h := gazHit{label: e.Label, canonical: e.Canonical}
		g.add(e.Canonical, h)
		for _, a := range e.Aliases {
			g.add(a, h)
		}
	}
}

// longest returns the length in tokens of the longest name starting at
// toks[i] (0 when none) and what it names.
// buf is reused between calls; a map index by string(bytes) does not copy.
func (g *gazIndex) longest(toks []tok, i int, buf *[]byte) (int, gazHit) {
	best, hit := 0, gazHit{}
	if t := toks[i].text; isASCIILower(t[0]) && !g.lowerStarts[normApostrophe(t)] {
		return 0, hit // "the", "said": no name opens with them
	}
	key := (*buf)[:0]
	for n := 1; n <= g.maxLen && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 {
			if !t.glued && t.newline {
				break
			}
			key = append(key, 0)
		}
		key = append(key, normApostrophe(t.text)...)
		k := g.keys[string(key)]
		if k.name {
			best, hit = n, k.hit
		}
		if !k.prefix {
			break
		}
	}
	*buf = key
	return best, hit
}

// lookup returns what a whole surface form names. Its key is built on the
// stack, so that most look-ups allocate nothing.
func (g *gazIndex) lookup(toks []tok) (gazHit, bool) {
	var buf [128]byte
	key := buf[:0]
	for i, t := range toks {
		if i > 0 {
			key = append(key, 0)
		}
		key = append(key, normApostrophe(t.text)...)
	}
	return g.name(string(key))
}

func normApostrophe(s string) string {
	if strings.Contains(s, "’") {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}
