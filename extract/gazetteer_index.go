package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/trawl/trawl/configs"
)

// gazHit is what a surface form names.
type gazHit struct {
	label, canonical string
	reviewed         bool // from a reviewer's alias
}

// gazIndex finds gazetteer names in a token stream. Names are keyed by their
// tokens, so "U.S." matches the token "U.S." and never the "US" inside
// "USAF"; matching is case-sensitive, as names are. A key joins the tokens'
// texts with single spaces, which no token holds, so that the key of a
// plain name ("New York") is the name itself.
type gazIndex struct {
	// keys holds every name and every proper prefix of a name, so that a
	// search stops at the first token that starts none ("the" ends it at
	// once); one map, so that each token costs one look-up. Over the
	// shipped index (static) it holds only what was added at start-up.
	keys   map[string]gazKey
	static *keyTable
	hits   []gazHit // what the names name, indexed by their keys
	maxLen int      // longest name, in tokens
	// lowerStarts holds the first tokens of the keys that open in lower
	// case ("al-", "de"): most tokens of a text are lower-case words that
	// open no name, and this small set (its bitmap first) answers for
	// them, not keys.
	lowerStarts *cueSet
	// lower holds the places (GPE) again in lower case, for text typed
	// without capitals ("flew to san francisco"); findUnits decides when
	// it may be read.
	lower *gazIndex
	// seen is a one-probe Bloom filter of keys: most capitalised words
	// start no name, and a bit of a small table answers for them before
	// the large map misses the cache.
	seen []uint64
}

// gazKey is what a key of tokens is: a name, the start of a longer one, or
// both ("New York" and "New York City"). Four bytes, not the hit itself:
// the index is read for most capitalised words, and at a third of the
// size it misses the cache less.
type gazKey uint32

// gazPrefix marks a key that starts a longer name; the bits above it hold
// the index in hits of what the key names, plus one (0: no name).
const gazPrefix gazKey = 1

// hit returns the index in hits of what k names, or -1.
func (k gazKey) hit() int { return int(k>>1) - 1 }

// newGazIndex returns an index of the entries' names: the shipped index
// (gazetteer_index.bin) when the entries start with the ones it was
// written from, and the rest added; else one built here.
func newGazIndex(entries []configs.GazetteerEntry) *gazIndex {
	if g, n := shippedGazIndex(entries); g != nil {
		for _, e := range entries[n:] {
			g.addEntry(e)
		}
		return g
	}
	return buildGazIndex(entries)
}

// buildGazIndex indexes the entries' names one by one.
func buildGazIndex(entries []configs.GazetteerEntry) *gazIndex {
	// The maps are sized once, from the names' words (somewhat more than
	// the keys and first words they make): growing them step by step took
	// a third of the time to index.
	keys, places := 0, 0
	for _, e := range entries {
		n := strings.Count(e.Canonical, " ") + 1
		for _, a := range e.Aliases {
			n += strings.Count(a, " ") + 1
		}
		keys += n
		if e.Label == "GPE" {
			places += n
		}
	}
	g := &gazIndex{
		keys: make(map[string]gazKey, keys), hits: make([]gazHit, 0, len(entries)), lowerStarts: newCueSet(), seen: bloomWords(keys),
		lower: &gazIndex{keys: make(map[string]gazKey, places), lowerStarts: newCueSet(), seen: bloomWords(places)},
	}
	for _, e := range entries {
		g.addEntry(e)
	}
	return g
}

// addEntry indexes an entry's canonical name and its aliases.
func (g *gazIndex) addEntry(e configs.GazetteerEntry) {
	h := gazHit{label: e.Label, canonical: e.Canonical}
	g.add(e.Canonical, h)
	for _, a := range e.Aliases {
		g.add(a, h)
	}
}

// bloomWords is a Bloom filter's table for about n keys: at least eight
// bits a key, a power of two of 64-bit words. Keys added beyond n (a
// reviewer's aliases) only make it answer "maybe" more often.
func bloomWords(n int) []uint64 {
	w := 1
	for w*64 < 8*n {
		w *= 2
	}
	return make([]uint64, w)
}

// seenBit is the word of seen and the bit in it that hash h sets.
func (g *gazIndex) seenBit(h uint64) (*uint64, uint64) {
	return &g.seen[(h>>6)&uint64(len(g.seen)-1)], 1 << (h & 63)
}

// mark sets key's bit in seen.
func (g *gazIndex) mark(key string) {
	w, b := g.seenBit(keyHash(key))
	*w |= b
}

// get returns what key is (0: neither a name nor the start of one); h is
// keyHash(key).
func get[S string | []byte](g *gazIndex, key S, h uint64) gazKey {
	k := g.keys[string(key)]
	if g.static == nil {
		return k
	}
	s := tableGet(g.static, key, h)
	if k.hit() >= 0 {
		return k | s&gazPrefix // a name added at start-up wins
	}
	return k | s
}

// name returns what the key of tokens names.
func (g *gazIndex) name(key string) (gazHit, bool) {
	if i := get(g, key, keyHash(key)).hit(); i >= 0 {
		return g.hits[i], true
	}
	return gazHit{}, false
}

// known reports whether key is a name or the start of one.
func (g *gazIndex) known(key string) bool { return get(g, key, keyHash(key)) != 0 }

// add indexes one surface form; a later add of the same form wins, which is
// how reviewers' aliases override the shipped lists.
func (g *gazIndex) add(surface string, h gazHit) {
	key := nameKey(surface)
	if key == "" {
		return
	}
	if first, _, _ := strings.Cut(key, " "); isASCIILower(first[0]) {
		g.lowerStarts.put(first)
	}
	// a key's prefixes are slices of it, which cost no copies
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			g.keys[key[:i]] |= gazPrefix
			g.mark(key[:i])
		}
	}
	// an entry's names follow each other and share one hit
	if len(g.hits) == 0 || g.hits[len(g.hits)-1] != h {
		g.hits = append(g.hits, h)
	}
	g.keys[key] = g.keys[key]&gazPrefix | gazKey(len(g.hits))<<1
	g.mark(key)
	g.maxLen = max(g.maxLen, strings.Count(key, " ")+1)
	if g.lower != nil && h.label == "GPE" && !h.reviewed && titleCased(key) {
		g.lower.add(strings.ToLower(surface), h)
	}
}

// nameKey is the key of a gazetteer name: its tokens' texts as
// appendTokensKey joins them. Most names are ASCII letters and single
// spaces, which the tokenizer splits at the spaces: their key is the name
// itself, made without it, as start-up indexes some 25,000
// (TestNameKey_AsTokenize holds the two the same).
func nameKey(surface string) string {
	plain := surface != "" && surface[0] != ' ' && surface[len(surface)-1] != ' '
	for i := 0; plain && i < len(surface); i++ {
		c := surface[i]
		plain = isASCIILetter(c) || c == ' ' && surface[i-1] != ' '
	}
	if plain {
		return surface
	}
	return string(appendTokensKey(nil, tokenize(surface)))
}

// appendTokensKey appends the key of the tokens to dst: their texts joined
// with spaces, apostrophes normalised.
func appendTokensKey(dst []byte, toks []tok) []byte {
	for i, t := range toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, normKey(t.text)...)
	}
	return dst
}

// titleCased: a key's words of three letters or more, each a capital and
// then lower case ("San Francisco"), so abbreviations ("UK", "U.S.") do
// not match lower-case words or web addresses.
func titleCased(key string) bool {
	for t := range strings.SplitSeq(key, " ") {
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

// longest returns the length in tokens of the longest name starting at
// toks[i] (0 when none) and what it names.
// buf is reused between calls; a map index by string(bytes) does not copy.
func (g *gazIndex) longest(toks []tok, i int, buf *[]byte) (int, gazHit) {
	best, hit := 0, gazHit{}
	if t := toks[i].text; isASCIILower(t[0]) && !g.lowerStarts.has(normKey(t)) {
		return 0, hit // "the", "said": no name opens with them
	}
	key := (*buf)[:0]
	for n := 1; n <= g.maxLen && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 {
			if !t.glued && t.newline {
				break
			}
			key = append(key, ' ')
		}
		key = append(key, normKey(t.text)...)
		h := keyHash(key)
		if w, b := g.seenBit(h); *w&b == 0 {
			break
		}
		k := get(g, key, h)
		if i := k.hit(); i >= 0 {
			best, hit = n, g.hits[i]
		}
		if k&gazPrefix == 0 {
			break
		}
	}
	*buf = key
	return best, hit
}

// longestFolded is longest for a name the text writes with diacritics
// that a list has only in plain letters ("Chișinău" for GeoNames'
// "Chisinau", "Tromsø" for "Tromso"): the tokens from i are read with
// their marks taken off.
func (g *gazIndex) longestFolded(toks []tok, i int, buf *[]byte) (int, gazHit) {
	first := foldMarks(toks[i].text)
	if first == toks[i].text || first == "" {
		return 0, gazHit{} // no marks to take off ("don’t"): longest has read it; or only marks
	}
	folded := make([]tok, 1, min(g.maxLen, len(toks)-i))
	folded[0] = toks[i]
	folded[0].text = first
	for _, t := range toks[i+1 : i+cap(folded)] {
		t.text = foldMarks(t.text)
		folded = append(folded, t)
	}
	return g.longest(folded, 0, buf)
}

// foldMarks takes the diacritics off a word's letters ("ș" -> "s"), and
// writes the letters that have no decomposition in the plain letter
// they are read as ("ø" -> "o", "ł" -> "l").
func foldMarks(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case plainLetters[r] != "":
			b.WriteString(plainLetters[r])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var plainLetters = map[rune]string{'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ı': "i", 'ß': "ss", 'æ': "ae", 'Æ': "Ae", 'œ': "oe", 'Œ': "Oe"}

// lookup returns what a whole surface form names. Its key is built on the
// stack, so that most look-ups allocate nothing.
func (g *gazIndex) lookup(toks []tok) (gazHit, bool) {
	var buf [128]byte
	return g.name(string(appendTokensKey(buf[:0], toks)))
}

// normKey folds the spellings a name is written both ways in: curly and
// straight apostrophes ("O’Neill"), and Romanian's s and t with a comma
// below and with a cedilla ("Timișoara", "Timişoara"), which GeoNames and
// older fonts write with the cedilla and Romanian writers with the comma.
func normKey(s string) string {
	if isASCII(s) {
		return s
	}
	return keyFolds.Replace(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var keyFolds = strings.NewReplacer("’", "'", "ş", "ș", "ţ", "ț", "Ş", "Ș", "Ţ", "Ț")
