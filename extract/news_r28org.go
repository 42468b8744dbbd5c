package extract

// Round 28 (r28org): organisations' names that trawl cut or split: an
// office or an association in a country ("the Kessel Trade Office in
// Tarvonia"), a maker and its products' plural ("Kessel Helicopter
// Engines"), a unit and its kind in brackets ("the Kessel Ranger Regiment
// (Special Forces)"), a numbered unit named after its base ("the 59th
// Kessel Air Base"), the body that runs or owns a thing ("a kiosk run by
// Tarvo Life"), a party's adjectives before a listed house ("the Orvanian
// Popular Congress"), a body's field across "and" ("the Kessel Court of
// Appeal and Justice"), a name whose initials take its connectors too
// ("Renewal for Tarvo (RFT)"), a maker's unit named with its town after a
// hyphen ("Kessel Land Systems-Tarvel"), a group named with a Spanish
// article ("Los Tarvos").

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	officeHeads28    = cue("officeHeads28")
	makerProducts28  = cue("makerProducts28")
	runParticiples28 = cue("runParticiples28")
	partyWords28     = cue("partyWords28")
)

// officeIn: "the Tarvo Trade and Culture Office in the Kessel
// Republic", "the Kessel Garment Association in Tarvonia": an office's,
// a mission's or an association's name, "in" and a country (no town) name
// one body, ORG whole, as every development set's gold writes it, before
// the split at "in" reads a body and a place. A company or an institute in
// a country stays apart ("Kessel Shipyards in Tarvonia").
func (d *doc) officeIn(ps []piece) bool {
	n := len(ps)
	if n < 4 || ps[n-1].unit == nil || ps[n-1].unit.label != "GPE" || !hasConn(ps) {
		return false
	}
	toks := d.toks
	i := n - 2
	if ps[i].conn && toks[ps[i].s].text == "the" {
		i--
	}
	if i < 2 || !ps[i].conn || toks[ps[i].s].text != "in" || !officeHeads28.has(d.word(ps[i-1])) || d.a.cities[ps[n-1].unit.canonical] {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// makerProducts: "Kessel Helicopter Engines", "Tarvo Land Vehicles": a
// listed company and common words that its products' plural ends are one
// company's name (a maker's division), ORG whole, not the maker alone.
func (d *doc) makerProducts(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || ps[0].unit == nil || ps[0].unit.label != "ORG" || !makerProducts28.has(d.word(ps[n-1])) || hasConn(ps) {
		return false
	}
	for _, p := range ps[1:] {
		if w := d.word(p); w == "" || !isCapitalised(w) || allCapitals(w) || !d.commonWord(w) {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// bracketKind: "the Kessel Ranger Regiment (Special Forces)", "the 5th
// Battalion (Airborne)": a unit's name and, in brackets, common
// capitalised words of its kind are one unit's name, ORG with its brackets,
// as the gold writes it; a code or an acronym in brackets ("Kessel
// Regiment (KR 4)") is read apart.
func (d *doc) bracketKind(ps []piece) bool {
	n := len(ps)
	e := ps[n-1].e
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "(" || !militaryUnits.has(d.word(ps[n-1])) {
		return false
	}
	k := e + 1
	for k < len(toks) && k < e+4 && toks[k].kind == tkWord && isCapitalised(toks[k].text) && !allCapitals(toks[k].text) && d.commonWord(toks[k].text) && !d.used[k] {
		k++
	}
	if k == e+1 || k >= len(toks) || toks[k].text != ")" {
		return false
	}
	return d.add(ps[0].s, k+1, "ORG", "")
}

// ordinalNamedBase: "the 59th Kessel Air Base", "the 12th Tarvo Brandt
// Air Base": an ordinal before a base named by a place or a person numbers
// the air force's unit that the base is home to, ORG with its number, as
// ordinalBase reads "the 71st Air Base"; without the ordinal the base is a
// place.
func (d *doc) ordinalNamedBase(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 5 || ps[0].s == 0 || d.word(ps[n-1]) != "Base" || d.word(ps[n-2]) != "Air" || hasConn(ps) {
		return false
	}
	s := ps[0].s
	if t := d.toks[s-1]; t.newline || d.used[s-1] || !isOrdinal(t.text) {
		return false
	}
	for _, p := range ps[:n-2] {
		if u := p.unit; u != nil && u.label != "GPE" && u.label != "LOC" && u.label != "PERSON" || u == nil && !isCapitalised(d.toks[p.s].text) {
			return false
		}
	}
	return d.add(s-1, ps[n-1].e, "ORG", "")
}

// runBy: "a kiosk run by Tarvo Life", "the port, managed by Port of Kessel
// International", "a ferry run today by Tarvo Sea Link": the name after
// "by" and a participle of running or owning is the body that runs it,
// ORG whole, whatever a place or a common word in it says ("Tarvo", "Life").
// A person's name, a place alone, a people ("owned by Tarvonian
// investors"), an owner's possessive ("owned by Kessel's Tarvo Group")
// and two names joined by "and" are left to the other rules.
func (d *doc) runBy(ps []piece) bool {
	toks := d.toks
	s, n := ps[0].s, len(ps)
	if s < 2 || toks[s-1].text != "by" || n > 5 {
		return false
	}
	if !runParticiples28.has(toks[s-2].text) && (s < 3 || !runParticiples28.has(toks[s-3].text) || toks[s-2].kind != tkWord || isCapitalised(toks[s-2].text)) {
		return false
	}
	u, w := ps[0].unit, d.word(ps[0])
	if n == 1 && u != nil && u.label != "ORG" || u != nil && u.label == "PERSON" {
		return false
	}
	if n == 1 && u == nil && (d.commonWord(w) || d.a.givenNames.has(w) || hasSuffixIn(w, adjectiveSuffixes)) || n > 1 && d.a.givenNames.has(w) || d.a.demonyms[w] {
		return false
	}
	if e := ps[n-1].e; e < len(toks) && toks[e].kind == tkPossessive {
		return false
	}
	for _, p := range ps {
		if p.conn && toks[p.s].text != "of" {
			return false
		}
	}
	return d.add(s, ps[n-1].e, "ORG", "")
}

// partyAdjectives: "the Progressive Congress", "the Orvanian Popular
// Congress", "the Kessel Popular Front": a party's adjectives (a
// people's or a land's, or a doctrine's) before a listed body's name that
// a party's head ends are one party's name, ORG whole, not the house
// ("Congress") or a person ("Orvanian Popular") and the house. "a
// Progressive Congress" is a house that a party holds.
func (d *doc) partyAdjectives(ps []piece) bool {
	n := len(ps)
	last := ps[n-1]
	if n < 2 || n > 4 || last.unit == nil || last.unit.label != "ORG" || hasConn(ps) {
		return false
	}
	toks := d.toks
	if h := toks[last.e-1].text; !partyHeads.has(h) && !orgOfHeads.has(h) {
		return false
	}
	if s := ps[0].s; s > 0 && (strings.EqualFold(toks[s-1].text, "a") || strings.EqualFold(toks[s-1].text, "an")) {
		return false
	}
	for _, p := range ps[:n-1] {
		w := d.word(p)
		if w == "" || !isCapitalised(w) || !partyWords28.has(w) && !d.a.demonyms[w] && !hasSuffixIn(w, adjectiveSuffixes) {
			return false
		}
	}
	return d.add(ps[0].s, last.e, "ORG", "")
}

// fieldAndTail: "the Kessel Court of Appeal and Justice", "Anna Brandt of
// the Tarvo Foundation for Regional and Foreign Studies": a body's head
// word, "of" or "for" and its field, then "and" and one to three
// capitalised words that end the run are one body's name, ORG whole; the
// chunk stopped before "and" as a title's word follows it ("Justice",
// "Foreign"). A person or a name before the body's "of the" is read
// apart. A second body after "and" ("and Kessel State College", "and
// KSC") or a person ("and Anna Brandt") is no part of the field.
func (d *doc) fieldAndTail(ps []piece) bool {
	n := len(ps)
	toks := d.toks
	e := ps[n-1].e
	if n < 3 || e+2 >= len(toks) || toks[e].text != "and" || toks[e+1].newline || !hasConn(ps) {
		return false
	}
	c := n - 1
	for c > 0 && !ps[c].conn {
		c--
	}
	if n-c-1 > 3 {
		return false
	}
	j := c
	if toks[ps[j].s].text == "the" {
		j--
	}
	if j < 1 || !ps[j].conn || toks[ps[j].s].text != "of" && toks[ps[j].s].text != "for" || !orgStarts.has(d.word(ps[j-1])) {
		return false
	}
	for _, p := range ps[c+1:] {
		if w := d.word(p); w == "" || d.a.givenNames.has(w) {
			return false
		}
	}
	// the field's words after "and", to the end of the run
	k := e + 1
	for k < len(toks) && k < e+4 && toks[k].kind == tkWord && isCapitalised(toks[k].text) && !d.used[k] && !toks[k].newline {
		if p, ok := d.itemAt(k); !ok || p.unit != nil || allCapitals(toks[k].text) || d.a.givenNames.has(toks[k].text) || orgStarts.has(toks[k].text) || orgHeads.has(toks[k].text) {
			return false
		}
		k++
	}
	if k == e+1 || k < len(toks) && toks[k].kind == tkWord && isCapitalised(toks[k].text) && !toks[k].newline {
		return false
	}
	b := j - 1
	for b > 0 && !ps[b-1].conn {
		b--
	}
	if b > 0 {
		d.classify(ps[:b])
	}
	return d.add(ps[b].s, k, "ORG", "")
}

// connectorInitials: "Renewal for Tarvo (RFT)", "Mothers for Kessel
// (MFK)": a long form whose every word, its lower-case connector too,
// gives its acronym a capital letter in order is a name the writer spells
// out whole, a body's (define labels it ORG); an activity's long form
// leaves its connectors out ("Flood Relief and Shelter Support (FRSS)")
// or writes them small ("Acceptance of Requirement (AoR)"), and a
// programme's head in it or a platform's head last keeps its own label.
func (d *doc) connectorInitials(ls, le int, acr string) bool {
	letters := acronymLetters(acr)
	if le-ls < 3 || len(letters) != le-ls || platformHeads.has(d.toks[le-1].text) {
		return false
	}
	// the acronym in capitals: "AoR" writes a connector's letter small, a
	// term's ("Acceptance of Requirement")
	if strings.ToUpper(acr) != acr {
		return false
	}
	conn := false
	for k, t := range d.toks[ls:le] {
		r, _ := utf8.DecodeRuneInString(t.text)
		if t.kind != tkWord || unicode.ToLower(r) != letters[k] {
			return false
		}
		if programHeads.has(t.text) {
			return false // "the Kessel Stabilization Mission in Tarvo (KSMIT)": a programme's
		}
		if !isCapitalised(t.text) {
			if !connectors.has(t.text) || k == 0 {
				return false
			}
			conn = true
		}
	}
	return conn
}

// makerTown: "Kessel Land Systems-Tarvel", "Orvane Group-Tarvo": a listed
// company that a company's head ends, a hyphen and one capitalised word no
// list knows (its plant's town) name the maker's unit, ORG whole, before
// the hyphen parts them.
func (d *doc) makerTown(ps []piece) bool {
	if len(ps) != 3 || !ps[1].conn || ps[0].unit == nil || ps[0].unit.label != "ORG" || ps[2].unit != nil || !gluedHyphen(d.toks, ps[1].s) {
		return false
	}
	toks := d.toks
	w := d.word(ps[2])
	// a company's head after two words or more, no party's ("the
	// Congress-Tarvo rivalry")
	if h := toks[ps[0].e-1].text; ps[0].e-ps[0].s < 2 || !orgHeads.has(h) || partyHeads.has(h) || orgOfHeads.has(h) ||
		!isCapitalised(w) || allCapitals(w) || d.commonWord(w) || d.a.givenNames.has(w) {
		return false
	}
	return d.add(ps[0].s, ps[2].e, "ORG", "")
}

// articleGroup: "among them Los Tarvos and Los Kesselos", "the gang Las
// Orvanas": a Spanish plural article and a plural name that no rule
// before read (a place's after "in" is read by articlePlace) are a gang's
// or a group's name, ORG, no person's; after a place's preposition or
// "of" it is a place's.
func (d *doc) articleGroup(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || hasUnit(ps) || hasConn(ps) {
		return false
	}
	if a := d.word(ps[0]); a != "Los" && a != "Las" {
		return false
	}
	for _, p := range ps[1:] {
		if w := d.word(p); !isCapitalised(w) || allCapitals(w) || d.commonWord(w) {
			return false
		}
	}
	if w := d.word(ps[n-1]); w[len(w)-1] != 's' {
		return false
	}
	// "the neighbourhoods of Las Tarvas", "near Los Kessos": a place's
	if s := ps[0].s; s > 0 && (placePrepositions.has(d.toks[s-1].text) || d.toks[s-1].text == "of") {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}
