package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// Lone-word rules: the last resort for a single capitalised word that no
// chunk rule labelled, tried by resolve.go in the order it lists.

// placeAfterPreposition is the weakest rule, tried after resolution: a
// lone unknown name after "in", "at", "near" or "of" is a place ("in
// Tarvel", "the mayor of Dunbrook"), unless a possessive makes it an owner
// ("the wife of Hollis's son").
func (d *doc) placeAfterPreposition(i int) bool {
	if i+1 < len(d.toks) && (d.toks[i+1].kind == tkPossessive || d.toks[i+1].glued && d.toks[i+1].text == "-") {
		return false // "in Kessel's", "in M-Pesa payments"
	}
	w := d.toks[i].text
	if i == 0 || d.toks[i].sentStart || d.prizeField(i) || !d.personWord(piece{s: i, e: i + 1}) || d.seenLower(w) || !d.nameShaped(w) || d.personContext(i, i+1) && !d.afterPlacePreposition(i) {
		return false
	}
	prep := d.toks[i-1].text
	// "his fifth century in Tests": a common noun's plural is no place
	if strings.HasSuffix(w, "s") && d.commonWord(w) && !d.a.surnames.has(w) {
		return false
	}
	// noPlaceWord last: it may ask the tagger, which costs most
	return (placePrepositions.has(prep) || (lonePlacePrepositions.has(prep) || seizedPlaceVerbs.has(prep) && !d.a.surnames.has(w)) && d.a.uncommon(w) && !d.a.givenNames.has(w) || d.givenNamedTown(span{i, i + 1})) && !d.noPlaceWord(i)
}

// placeAfterArticle: a lone unknown name after "the" is no person; it is a
// place when it ends a phrase or a clause verb follows ("across the
// Orwen.", "the Orwen is"), and a modifier when a noun follows ("the
// Karvan farmers"), which is no entity.
func (d *doc) placeAfterArticle(i int) (isArticle, place bool) {
	if i == 0 || !articles.has(d.toks[i-1].text) || d.toks[i].sentStart {
		return false, false
	}
	if i+1 >= len(d.toks) || d.toks[i+1].newline {
		return true, true
	}
	next := d.toks[i+1]
	if next.kind == tkPossessive || next.kind == tkWord && isCapitalised(next.text) {
		return true, false
	}
	return true, next.kind == tkPunct || auxiliaryVerbs.has(next.text) || next.text == "and" || next.text == "or"
}

// loneName: a single capitalised word that no lexicon knows, not
// capitalised only because it opens a sentence and never written in lower
// case, is most often a surname met without its given name ("Okonkwo
// said", "beating Brandt"). Places were tried before (placeAfterPreposition).
func (d *doc) loneName(i int) bool {
	w := d.toks[i].text
	if i+1 < len(d.toks) && d.toks[i+1].glued && d.toks[i+1].text == "-" {
		return false // "Indo-Pacific", "Sino-Indian"
	}
	if !d.nameShaped(w) || !d.a.uncommon(w) || !d.personWord(piece{s: i, e: i + 1}) || d.seenLower(w) || d.toks[i].glued {
		return false
	}
	return !d.modifies(i) // "Karvan farmers", "Tollish pottery"; the tagger last, as it costs most
}

// compoundWord: a capitalised word that no list names and that is two
// common words of four letters or more run together ("Floodwater",
// "Shipowners"), a noun that opens a sentence, no name; family names so
// made ("Goldman", "Greenwood") are listed and stay names, and short parts
// make names of other languages too ("Saddam", "Farhad").
func (d *doc) compoundWord(w string) bool {
	if d.a.surnames.has(w) || d.a.givenNames.has(w) || !d.a.uncommon(w) {
		return false
	}
	l := strings.ToLower(w)
	for k := 4; k+4 <= len(l); k++ {
		if d.a.commonWords.has(l[:k]) && d.commonWord(l[k:]) {
			return true
		}
	}
	return false
}

// nameShaped reports whether a lone capitalised word may be a name at all:
// not an adjective of a people or place ("Nordic", "Andean"), a people
// ("Peruvians"), a contraction ("I’ll"), a doctrine ("Stoicism") or an
// abbreviation ("No.").
func (d *doc) nameShaped(w string) bool {
	if !d.a.givenNames.has(w) && hasSuffixIn(w, adjectiveSuffixes) && !hasSuffixIn(w, surnameEndings) {
		return false
	}
	return !peopleWord(d.a.demonyms, w) && !contraction(w) && !abbreviations.has(strings.TrimSuffix(w, "."))
}

// modifies reports whether the word at i stands before a common noun it
// modifies ("Karvan farmers", "Tollish pottery"): a bare surname is
// followed by a verb or punctuation instead ("Brandt said", "Brandt's").
// The tagger decides noun or verb for the next word.
func (d *doc) modifies(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	next := d.toks[i+1]
	if next.kind != tkWord || next.newline || !unicode.IsLower([]rune(next.text)[0]) || auxiliaryVerbs.has(next.text) || personVerbs.has(next.text) || sideVerbs.has(next.text) || lifeVerbs.has(next.text) || nameParticles.has(next.text) {
		return false
	}
	tg := d.tagAfter(i)
	return tg == "NN" || tg == "NNS"
}

// tagAfter is the tagger's part of speech for the word after i, read in a
// window of three words from i.
func (d *doc) tagAfter(i int) string {
	if d.tagsAfter == nil {
		d.tagsAfter = make([]string, len(d.toks))
	}
	if tg := d.tagsAfter[i]; tg != "" {
		return tg
	}
	var win [3]token.Token
	n := 0
	for j := i; j < len(d.toks) && n < 3; j++ {
		win[n] = token.Token{Text: d.toks[j].text}
		n++
	}
	d.a.tagger.TagTokens(win[:n])
	d.tagsAfter[i] = win[1].Tag
	return win[1].Tag
}

// peopleWord: the plural of a demonym or of its shape names a people or a
// movement's followers ("Peruvians", "Etruscans", "Levites", "Royalists",
// "Yemenis"), not a person or a place.
func peopleWord(demonyms map[string]bool, w string) bool {
	plural, ok := strings.CutSuffix(w, "s")
	return ok && (demonyms[plural] || hasSuffixIn(plural, peopleSuffixes))
}

// contraction: a word with a clitic after its apostrophe ("I’ll", "they've",
// "can't"), not a name such as "O'Brien".
func contraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	return clitics.has(w[i+n:])
}

// hasSuffixIn reports whether w ends with one of the suffixes.
func hasSuffixIn(w string, suffixes *cueSet) bool {
	for suf := range suffixes.all() {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// loneAcronym: an unknown acronym standing alone ("NTSB", "ESMA") most
// often names an organisation; generic ones (CEO, GDP) and those that spell
// a common word, in the plural too (IT, AIDS, DAYS), are not names.
func (d *doc) loneAcronym(i int) bool {
	w := d.toks[i].text
	if len(w) < 2 || len(w) > 5 || !allCapitals(w) || genericAcronyms.has(w) || isCurrencyCode(w) || d.commonWord(w) || d.a.commonWords.len() == 0 {
		return false
	}
	return !d.toks[i].glued && !(i+1 < len(d.toks) && d.toks[i+1].glued && d.toks[i+1].text == "-") && !d.commonAcronym(i)
}
