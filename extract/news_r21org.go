package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Round 21 (r21org): organisations of general news by the structure of
// their names.

var (
	transitTails21 = cue("transitTails21")
	transitModes21 = cue("transitModes21")
)

// transitBody: a name ending in "Metro" or "Transit" is the body that runs
// the trains and buses ("Kessel Regional Transit", "Tarvo County Metro's
// new routes", "the Orvane Metro line"), and one ending in "Legislature"
// the state's house ("the Orvane State Legislature"), whole, though a
// city, a county or a given name opens it. Common words of a kind of
// service only ("Bus Rapid Transit", "Light Rail Transit") name none.
func (d *doc) transitBody(ps []piece) bool {
	n := len(ps)
	if n < 2 || !transitTails21.has(d.word(ps[n-1])) || hasConn(ps) {
		return false
	}
	named := false
	for _, p := range ps[:n-1] {
		if !transitModes21.has(d.word(p)) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

var makerHeads21 = cue("makerHeads21")

// makerThenModel: a maker's name of two words or more ("Kessel Heavy
// Industries", a listed "Tarvo & Brandt") before a designator in one word
// ("K3", "LX-2", "TB900") is the maker and its model, two names:
// "on a Kessel Heavy Industries K3 rocket". A one-word airframer ("Boeing
// 737") is left to the platform rules, which keep it whole.
func (d *doc) makerThenModel(ps []piece) bool {
	n := len(ps)
	if n < 2 {
		return false
	}
	last := ps[n-1]
	if last.conn || strings.IndexFunc(d.toks[last.e-1].text, unicode.IsDigit) < 0 || last.unit != nil && last.unit.label != "PLATFORM" {
		return false // the cheap check: a designator's digits end the run
	}
	k := 0 // the maker's pieces are ps[:k]
	for i := 1; i < n-1 && k == 0; i++ {
		if makerHeads21.has(d.word(ps[i])) {
			k = i + 1
		}
	}
	if k == 0 && ps[0].unit != nil && ps[0].unit.label == "ORG" && strings.Contains(d.surface(ps[0].s, ps[0].e), " ") {
		k = 1
	}
	if k == 0 || k >= n {
		return false
	}
	for _, p := range ps[:k] {
		if p.conn || p.unit == nil && !isCapitalised(d.word(p)) {
			return false
		}
	}
	// the model: one word, hyphens glued inside ("LX-2"), opened by a capital
	s, e := ps[k].s, last.e
	for i := ps[k].e; i < e; i++ { // "LX-2": the hyphen's pieces glued
		if !d.toks[i].glued {
			return false
		}
	}
	// "Kessel Holdings Q3 results": a quarter's code is no designator
	if last.unit == nil && !isDesignator(d.surface(s, e)) {
		return false
	}
	if ps[0].unit != nil && k == 1 {
		d.addUnit(ps[0])
	} else {
		d.add(ps[0].s, ps[k-1].e, "ORG", "")
	}
	return d.add(s, e, "PLATFORM", "")
}

// capsResultSide: a word in capitals that opens its line before a score
// and a bracket of scorers or the other side's name ("KESSEL 27 (Tries:
// Brandt 2) ORVANE 20", "WOLVES 2 TARVEL 1") is a side in a result's line,
// a name, though the lexicon knows it as a common word ("bulls"), as
// results are set in capitals.
func (d *doc) capsResultSide(i int) bool {
	t := d.toks
	if i+2 >= len(t) || i > 0 && !t[i].newline || !d.lineScoreAt(i+1) || t[i+2].newline {
		return false
	}
	w := t[i].text
	if len(w) < 3 || strings.ToUpper(w) != w {
		return false
	}
	// "UZBEKISTAN 2 (...)": a country's side keeps the country's label
	r, n := utf8.DecodeRuneInString(w)
	if h, ok := d.a.gaz.name(string(r) + strings.ToLower(w[n:])); ok && d.a.countries[h.canonical] {
		return false
	}
	next := t[i+2].text
	if next == "(" {
		// scorers' names or their heading open the bracket ("(Tries:",
		// "(Brandt 14)"), not a count's words ("TOTAL 45 (all ranks)")
		if i+3 >= len(t) || !isCapitalised(t[i+3].text) {
			return false
		}
	} else if len(next) < 3 || strings.ToUpper(next) != next || !isCapitalised(next) {
		return false
	}
	return d.sportText()
}

// commonStartPerson: a common word that opens a sentence, though the
// tagger reads it as a name, before a given name and a surname is the
// person's role, no part of the name: "Reliever Dana Kessel struck out
// two", "Lock Marta Orvane was sent off". The lexicon must know the word
// and the word must be no given name ("Hunter Tarvo Brandt" keeps it);
// titles and listed roles are read by the title rules before.
func (d *doc) commonStartPerson(ps []piece) bool {
	if len(ps) < 3 || ps[0].unit != nil || ps[1].unit != nil || !d.toks[ps[0].s].sentStart {
		return false // the cheap check
	}
	w, given := d.word(ps[0]), d.word(ps[1])
	if !d.a.givenNames.has(given) || d.a.givenNames.has(w) || titleWords.has(w) || !isCapitalised(w) || d.a.uncommon(w) || len(w) < 3 || strings.ToUpper(w) == w {
		return false
	}
	n := d.personLen(ps[1:])
	if n < 2 || n != len(ps)-1 || !d.nameRun(ps[1:1+n]) {
		return false
	}
	d.addPerson(ps[1].s, ps[n].e)
	return true
}

var cityOfHeads21 = cue("cityOfHeads21")

// cityOfBody: "City of" or "Town of" and a place's name is the city's
// government where it acts or owns ("the City of Orvane said", "a plan
// approved by the City of Kessel's council"), a body as "Kessel City
// Municipality" is (cityBody); after a place's preposition ("lives in
// the City of Tarvo") it stays the place.
func (d *doc) cityOfBody(ps []piece) bool {
	if len(ps) != 3 || !cityOfHeads21.has(d.word(ps[0])) || !ps[1].conn || d.toks[ps[1].s].text != "of" || ps[2].conn {
		return false // the cheap check
	}
	if u := ps[2].unit; u != nil && u.label != "GPE" || u == nil && !d.nameShaped(d.word(ps[2])) {
		return false
	}
	s := ps[0].s
	if s > 0 && d.toks[s-1].text == "the" {
		s--
	}
	if s > 0 && placeOnlyPrepositions.has(d.toks[s-1].text) {
		return false
	}
	return d.add(ps[0].s, ps[2].e, "ORG", "")
}

var (
	taxTails21  = cue("taxTails21")
	levyTails21 = cue("levyTails21")
)

// taxScheme: a name ending in "Tax" and an offset's or a credit's word
// ("the Low Income Kessel Tax Offset", "the Child Tax Credit"), or in a
// levy's word ("the Tarvo Fuel Levy"), is a scheme of the state's, a
// programme, not a person whose surname is "Offset" nor a lender named
// "Credit"; "Tax Credit" alone, two common words, names none.
func (d *doc) taxScheme(ps []piece) bool {
	n := len(ps)
	if n < 2 || hasConn(ps) {
		return false
	}
	last := d.word(ps[n-1])
	switch {
	case levyTails21.has(last):
	case taxTails21.has(last):
		if n < 3 || d.word(ps[n-2]) != "Tax" {
			return false
		}
	default:
		return false
	}
	for _, p := range ps[:n-1] {
		if p.unit != nil && p.unit.label != "GPE" {
			return false // "the Kessel Bank Levy": a listed body's, read by the cue rules
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "PROGRAM", "")
}

// indexName: a name ending in "Index" ("the Kessel Bank Index", "the
// VN-Index", "the Orvane Price Index") is a market's or a statistic's
// index, no body (stockIndex drops it as it drops the listed ones).
func (d *doc) indexName(ps []piece) bool {
	n := len(ps)
	if n < 2 || d.word(ps[n-1]) != "Index" {
		return false
	}
	for _, p := range ps {
		if p.conn && d.toks[p.s].text != "-" {
			return false // "the Index of Kessel Prices": read by the other rules
		}
	}
	return true
}
