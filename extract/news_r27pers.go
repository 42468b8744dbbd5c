package extract

import "strings"

// Round 27 (r27pers): names of places and programmes read as a person's. A
// name joined by "and" or "or" to a place's, the pair after a preposition
// of places, is a place too (coordinatedPlaces); a name with an edition's
// number in a text of exercises is the exercise's (exerciseEditions), and
// one between "the" and a programme's noun that a common noun modifies is
// the programme's (modifiedSchemes), as is a benefit's card (benefitCards);
// a mansion is a building, as a palace
// is (locHeads, cues.txt).

var (
	coordinatedPlacePrepositions27 = cue("coordinatedPlacePrepositions27")
	sharedPlacePrepositions27      = cue("sharedPlacePrepositions27")
	siteNounsOf27                  = cue("siteNounsOf27")
	passagePrepositions27          = cue("passagePrepositions27")
	benefitHeads27                 = cue("benefitHeads27")
)

// coordinatedPlaces: a name read as a person's from its shape, joined by
// "and" or "or" to a town's or a site's name, the pair after a preposition
// of places, is a town, GPE: "a tax on Tarvo and Kessel Bay", "warnings for
// Orvane and the Ilk Valley", "the islands outside Orvania and Tarvo".
// placePrepositionPersons reads a name only right after the preposition,
// and the lists of places (placeLists) want two places beside a listed
// given name. A listed given name opening it, a singular verb after it
// ("police in Tarvo and Brandt spoke"), a place's preposition after it
// ("Ana Brandt in Leeds and Orvik Lumas in Tarvo", pairs), a person's
// evidence around it or around a name of the same family word elsewhere
// (namedPersonElsewhere) keep the person, as does a text of sport ("a homer off Tarvo and Spain's ace"); after
// "on" or "for", which come before people too ("support for Kessel Brandt
// and Orvania", "sanctions on Brandt and Orvania"), only one word beside a
// place no country's is read.
func (d *doc) coordinatedPlaces() {
	t := d.toks
	var byStart, byEnd tokMap
	var named map[string]personEvidence
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.s < 2 {
			continue // the cheap check
		}
		before := t[m.s-1].text == "and" || t[m.s-1].text == "or"
		after := m.e+1 < len(t) && (t[m.e].text == "and" || t[m.e].text == "or") && !t[m.e+1].newline
		if !before && !after || t[m.s].newline || m.reviewed || m.e-m.s > 3 || d.a.givenNames.has(t[m.s].text) || d.ownerAt(m.e) || titleWords.has(t[m.s].text) ||
			d.parallelPlaceAt(m.e) || d.personContext(m.s, m.e) {
			continue
		}
		if named == nil {
			named = d.peopleByLastWord()
		}
		if d.namedPersonElsewhere(k, named) {
			continue
		}
		// "police in Tarvo and Brandt spoke": a singular verb makes the
		// name a subject of its own; "Tarvo and Orvik were" is a list
		if m.e < len(t) && t[m.e].kind == tkWord && !t[m.e].newline {
			if tg := d.tagAfter(m.e - 1); tg == "VBD" || tg == "VBZ" || tg == "MD" {
				continue
			}
		}
		if byStart == nil {
			byStart, byEnd = d.mentionsByStart(), d.mentionsByEnd()
			defer d.done(byStart)
			defer d.done(byEnd)
		}
		// the place beside the name, and the token the pair starts at
		place, first := -1, 0
		if after {
			j := m.e + 1
			if t[j].text == "the" {
				j++
			}
			if p, ok := byStart.get(j); ok {
				place, first = p, m.s
			}
		}
		if p, ok := byEnd.get(m.s - 1); place < 0 && before && ok {
			place, first = p, d.mentions[p].s
		}
		if place < 0 || d.mentions[place].label != "GPE" && d.mentions[place].label != "LOC" {
			continue
		}
		if first > 0 && t[first-1].text == "the" {
			first--
		}
		if first == 0 || t[first-1].sentStart {
			continue // "In Orvania and Brandt's view": a phrase opening the sentence
		}
		p := t[first-1].text
		if !coordinatedPlacePrepositions27.has(p) && !(sharedPlacePrepositions27.has(p) && m.e == m.s+1 && !d.a.countries[d.mentions[place].canonical]) {
			continue
		}
		if d.speaksOfSport() {
			return // a text of sport: none here
		}
		d.mentions[k].label, d.mentions[k].canonical = "GPE", ""
	}
}

// namedPersonElsewhere: another person's name in the text ends in the word
// mention k ends in and is longer ("Anna Brandt"), or has a person's
// evidence of its own ("Brandt said"). The same word alone again is no
// evidence: a town named twice ("tax on Tarvo and Orvania", "outside
// Orvania and Tarvo") would keep both.
// The people's names are read once a text, into named (by last word: the
// longest name's length, and whether one has evidence), so that asking
// stays linear in a long text. Mention k has no evidence of its own when
// coordinatedPlaces asks.
func (d *doc) namedPersonElsewhere(k int, named map[string]personEvidence) bool {
	m := d.mentions[k]
	ev := named[d.toks[m.e-1].text]
	return ev.longest > m.e-m.s || ev.evidence
}

// personEvidence is what the text's people's names ending in one word show.
type personEvidence struct {
	longest  int  // the longest such name, in tokens
	evidence bool // one has a person's evidence of its own
}

// peopleByLastWord reads every person's name of the text once.
func (d *doc) peopleByLastWord() map[string]personEvidence {
	named := map[string]personEvidence{}
	for _, o := range d.mentions {
		if o.label != "PERSON" {
			continue
		}
		w := d.toks[o.e-1].text
		ev := named[w]
		ev.longest = max(ev.longest, o.e-o.s)
		ev.evidence = ev.evidence || d.personContext(o.s, o.e) || d.ownerAt(o.e) || titleWords.has(d.toks[o.s].text)
		named[w] = ev
	}
	return named
}

// exerciseEditions: "Tarvo Kessel 42 in July will test ...", "Orvane Shield
// 2027 drew 30 ships": a name read as a person's with an edition's number
// after it (two digits or a year of this century), in a text that speaks
// of exercises, is the exercise's, PROGRAM, number and all. A person's
// evidence around the name, a word after the number ("Tarvo Kessel 42
// points"), and a text of sport ("Brandt 74 off 90 balls") keep it;
// hullNumbered took the ships' numbers before.
func (d *doc) exerciseEditions() {
	toks := d.toks
	exercise := -1 // asked once, at the first candidate
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PERSON" || e+1 >= len(toks) || toks[e].glued || toks[e].newline || !allDigits(toks[e].text) || d.used[e] {
			continue // the cheap check: a person's name and a number
		}
		if n := toks[e].text; !(len(n) == 2 || len(n) == 4 && strings.HasPrefix(n, "20")) {
			continue
		}
		if next := toks[e+1]; next.glued && !stopMarks25.has(next.text) || next.kind == tkWord && !connectors.has(next.text) && !auxiliaryVerbs.has(next.text) {
			continue // "Kessel 42 points", "Kessel 6-4"
		}
		if m.reviewed || titleWords.has(toks[m.s].text) || d.personContext(m.s, e) {
			continue
		}
		if exercise < 0 {
			exercise = 0
			if d.speaksOf(exerciseNouns) && !d.speaksOfSport() {
				exercise = 1
			}
		}
		if exercise == 0 {
			return
		}
		d.claim(e, e+1)
		m.e, m.label, m.canonical = e+1, "PROGRAM", ""
	}
}

// modifiedSchemes: "under the Tarvo Kessel housing scheme", "the Orvane
// Lind cash transfer programme": a name read as a person's between "the"
// and a programme's noun (programNouns) that one or two common nouns
// modify is the programme's name. A person's evidence around the name, a
// verb's participle between ("the Tarvo Kessel led exercise") and a word
// of the lists' keep it; the rules before read the noun right after the
// name.
func (d *doc) modifiedSchemes() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PERSON" || m.s == 0 || e+1 >= len(toks) || toks[m.s-1].text != "the" || toks[e].kind != tkWord || isCapitalised(toks[e].text) {
			continue // the cheap check: "the", a person's name and a lower-case word
		}
		j := e
		for j < len(toks) && j < e+2 && d.schemeModifier(j) {
			j++
		}
		if j == e || j >= len(toks) || toks[j].newline || !programNouns.has(toks[j].text) || m.reviewed || d.personContext(m.s, e) {
			continue
		}
		m.label, m.canonical = "PROGRAM", ""
	}
}

// schemeModifier: token j is a common noun that may modify a programme's
// noun: lower case, no function word, no participle ("led"), no noun of a
// programme itself.
func (d *doc) schemeModifier(j int) bool {
	t := d.toks[j]
	return t.kind == tkWord && !t.glued && !t.newline && !isCapitalised(t.text) && !functionWords.has(t.text) && !auxiliaryVerbs.has(t.text) &&
		!strings.HasSuffix(t.text, "ed") && !programNouns.has(t.text) && !d.a.surnames.has(t.text)
}

// siteOf: "on to the port of Tarvo Kessel", "in the area of Orvane Lind": a
// name read as a person's after a site's noun and "of" is the site's, LOC;
// a person's evidence around the name and a possessive after it ("the
// area of Kessel's research") keep it.
func (d *doc) siteOf() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.s < 2 || toks[m.s-1].text != "of" || !siteNounsOf27.has(toks[m.s-2].text) {
			continue // the cheap check
		}
		if toks[m.s].newline || m.reviewed || d.ownerAt(m.e) || d.personContext(m.s, m.e) {
			continue
		}
		m.label, m.canonical = "LOC", ""
	}
}

// passagePersons: "a 735-kilovolt line through Tarvo to the coast", "the
// road across Kessel Orvane": a name read as a person's after a
// preposition of passing through or across is a town, GPE, as
// placePrepositionPersons reads one after "in" or "near". A listed given
// name ("went through Anna to"), a person's evidence (placeShapedPerson)
// and a text of sport ("a pass through Brandt") keep it.
func (d *doc) passagePersons() {
	t := d.toks
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.s < 1 || !passagePrepositions27.has(t[m.s-1].text) || t[m.s].newline || t[m.s-1].sentStart || d.a.givenNames.has(t[m.s].text) || !d.placeShapedPerson(k) {
			continue // the cheap check first
		}
		if d.speaksOfSport() {
			return // a text of sport: none here
		}
		d.mentions[k].label, d.mentions[k].canonical = "GPE", ""
	}
}

// benefitCards: "the Tarvo Kessel Card will pay farmers", "the Orvane
// Card": a name read as a person's that ends in a benefit's head is the
// benefit's, PROGRAM, after "the" or where no listed given name opens it;
// a person so named ("Anna Card said") keeps a person's evidence.
func (d *doc) benefitCards() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.e-m.s < 2 || !benefitHeads27.has(toks[m.e-1].text) {
			continue // the cheap check
		}
		if m.reviewed || !(m.s > 0 && toks[m.s-1].text == "the" || !d.a.givenNames.has(toks[m.s].text)) || titleWords.has(toks[m.s].text) || d.personContext(m.s, m.e) {
			continue
		}
		m.label, m.canonical = "PROGRAM", ""
	}
}
