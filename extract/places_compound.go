package extract

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// compoundPlace: German, Dutch and Nordic names of streets, squares,
// parks, halls, stations and hospitals are compounds whose last part is
// the kind of place ("Alexanderplatz", "Leidseplein", "Strøget" is none,
// "Karl Johans gate" is written apart), or a name and the kind's word
// ("Potsdamer Platz", "Ullevaal Stadion"): a site (LOC), which a
// preposition before it would make a town and two words a person. A word
// the lexicons know (a surname such as "Baumgarten", a given name, a
// common word) is left alone, as is a listed name.
func (d *doc) compoundPlace(ps []piece) bool {
	last := ps[len(ps)-1]
	if last.unit != nil || last.conn || hasUnit(ps) || len(ps) > 3 {
		return false
	}
	w := d.word(last)
	if len(ps) > 1 {
		// "Blågårds Plads": a kind's word after names, none a connector
		if !compoundPlaceWords.has(w) || hasConn(ps) {
			return false
		}
		return d.add(ps[0].s, last.e, "LOC", "")
	}
	if !compoundPlaceEnd(w) || d.a.givenNames.has(w) || d.a.surnames.has(w) || !d.a.uncommon(w) {
		return false
	}
	return d.add(last.s, last.e, "LOC", "")
}

// compoundPlaceEnd: w ends with a kind of place's word after at least
// three letters of a name ("Paradeplatz", not "Platz").
func compoundPlaceEnd(w string) bool {
	l := strings.ToLower(w)
	for n, r, most := 0, len(l), maxPlaceEnding(); r > 0 && n < most; n++ {
		_, size := utf8.DecodeLastRuneInString(l[:r])
		r -= size
		if compoundPlaceEndings.has(l[r:]) && utf8.RuneCountInString(l[:r]) >= 3 {
			return true
		}
	}
	return false
}

// maxPlaceEnding is the longest of compoundPlaceEndings, in letters.
var maxPlaceEnding = sync.OnceValue(func() (n int) {
	for e := range compoundPlaceEndings.all() {
		n = max(n, utf8.RuneCountInString(e))
	}
	return n
})

// residentsOf: "Residents of Moss Tarvo and Hulme packed the hall", "the
// villagers of Kessel": the names after a dwellers' noun and "of" are
// where they live, places (GPE; a story's city reads its own parts as
// LOC later), each name of a list one, not people. A listed name keeps
// its label; a given name first is a person's ("the residents of Ann
// Kessel's street" is rare, "residents of Kessel" common).
func (d *doc) residentsOf(ps []piece) bool {
	s := ps[0].s
	if s < 2 || d.toks[s-1].text != "of" || !dwellerNouns.has(strings.ToLower(d.toks[s-2].text)) || d.toks[s].newline {
		return false
	}
	parts, ok := d.listItems(ps)
	if !ok {
		return false
	}
	for _, part := range parts {
		if len(part) == 0 || len(part) > 3 || d.a.givenNames.has(d.word(part[0])) && part[0].unit == nil {
			return false
		}
	}
	for _, part := range parts {
		if len(part) == 1 && part[0].unit != nil {
			d.addUnit(part[0])
			continue
		}
		if hasUnit(part) {
			d.classify(part)
			continue
		}
		d.add(part[0].s, part[len(part)-1].e, "GPE", "")
	}
	return true
}
