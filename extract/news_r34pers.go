package extract

import "strings"

var runOpeners34 = cue("runOpeners34")

// Round 34 (r34pers): places read as people's names and people's names cut
// at a place's word. A lone name after a person's name and "of" (or ", from")
// is the person's town ("Rep. Anna Brandt of Tarvel would": homeTowns). A
// town's one word right beside a person's name, or between a title and a
// name word, is part of that name ("said Anna Kessel Lisca", "President
// Lisca Orvik": placeWordNames). A line all in capitals of common words
// ("KEY FIGURES, THIRD QUARTER") is a section's header, no name
// (capitalsHeaders). Name words no mention holds right before a person's
// name on its line are that name's first words ("Tarvek Li Anna 88’":
// nameWordsBefore).

// r34persPost runs the round's passes on the mentions read.
func (d *doc) r34persPost() {
	d.homeTowns()
	d.placeWordNames()
	d.capitalsHeaders()
	d.nameWordsBefore()
}

// homeTowns: "state Rep. Anna Brandt of Tarvel would", "Senator Anna
// Brandt, from Tarvel, said": one word read as a person's right after a
// person's name and "of", or a comma and "from", is the town the person
// comes from or sits for, GPE; the verb or apposition after it is the
// person's before. A title, a possessive or a longer name ending in it
// elsewhere keeps the person ("the wife of Brandt" has no person's name
// before "of").
func (d *doc) homeTowns() {
	t := d.toks
	var byEnd tokMap
	var named map[string]personEvidence
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.e-m.s != 1 || m.s < 3 || m.reviewed {
			continue // the cheap check
		}
		pe := m.s - 1
		switch t[pe].text {
		case "of":
		case "from":
			if t[pe-1].text != "," {
				continue
			}
			pe--
		default:
			continue
		}
		if t[m.s].newline || t[pe].newline || d.ownerAt(m.e) || titleWords.has(t[m.s].text) {
			continue
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
			named = d.peopleByLastWord()
		}
		if j, ok := byEnd.get(pe); !ok || j == k || d.mentions[j].label != "PERSON" || d.mentions[j].e-d.mentions[j].s < 2 {
			continue
		}
		// the evidence after the town ("of Tarvel, said") is the person's
		// before it: only a longer name ending in the word keeps a person
		if named[t[m.s].text].longest > 1 {
			continue
		}
		d.mentions[k].label, d.mentions[k].canonical = "GPE", ""
	}
}

// placeWordNames: "said Anna Kessel Lisca, the professor", "President Lisca
// Orvik and", "its coordinator, Anna Lisca, said": a town's name of one
// word (no country's) with only a space between it and a person's name, or
// a name word no mention holds, is a family or given name of that person:
// a name ends in it, or it opens one after a title or a comma; after a
// lone name word a person's evidence must follow.
func (d *doc) placeWordNames() {
	t := d.toks
	var byStart, byEnd tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || m.e-m.s != 1 || m.s == 0 || m.reviewed || t[m.s].newline || t[m.s].glued || d.a.countries[m.canonical] {
			continue // the cheap check
		}
		if byStart == nil {
			byStart, byEnd = d.mentionsByStart(), d.mentionsByEnd()
			defer d.done(byStart)
			defer d.done(byEnd)
		}
		if drop[k] {
			continue
		}
		// a person's name just before: the family name goes on
		if j, ok := byEnd.get(m.s); ok {
			p := d.mentions[j]
			if p.label != "PERSON" || p.reviewed || drop[j] || p.e-p.s < 2 || d.ownerAt(p.e) {
				continue
			}
			d.mentions[j].e, d.mentions[j].canonical = m.e, ""
			drop.add(k)
			continue
		}
		prev, next := t[m.s-1], tok{}
		if m.e < len(t) {
			next = t[m.e]
		}
		// "President Lisca Orvik": a title, the town's word, a name word
		if titleWords.has(prev.text) && next.kind == tkWord && !next.newline && !next.glued && d.surnameWord(next.text) {
			if _, ok := byStart.get(m.e); !ok && !d.ownerAt(m.e+1) {
				d.mentions[k].e, d.mentions[k].label, d.mentions[k].canonical = m.e+1, "PERSON", ""
			}
			continue
		}
		// "coordinator, Anna Lisca, said": a name word no mention holds
		if prev.kind == tkWord && !prev.sentStart && (d.a.givenNames.has(prev.text) || d.surnameWord(prev.text)) && !d.ownerAt(m.e) && (d.personContext(m.s-1, m.e) || d.saidAfterComma(m.e)) {
			d.mentions[k].s, d.mentions[k].label, d.mentions[k].canonical = m.s-1, "PERSON", ""
			continue
		}
		// "co-founder, Lisca Anna Brandt, said": the town's word opens the
		// name after a comma or a title
		if j, ok := byStart.get(m.e); ok && (prev.text == "," || titleWords.has(prev.text)) {
			p := d.mentions[j]
			if p.label == "PERSON" && !p.reviewed && !drop[j] && p.e-p.s >= 2 && !next.newline && !next.glued {
				d.mentions[j].s, d.mentions[j].canonical = m.s, ""
				drop.add(k)
			}
		}
	}
	d.dropMentions(drop)
}

// capitalsHeaders: "KEY FIGURES, THIRD QUARTER", "WHAT THE LAW FUNDS",
// "FINAL GENERAL STANDINGS": a line written all in capitals and made of
// common words only is a section's header; a name read in it as a person's
// or a place's (a dateline's town, a given name) is no name. A headline
// with a name word ("TARVO BRANDT OPENS RADAR PLANT") is left. A listed name
// keeps its mention ("UNITED STATES").
func (d *doc) capitalsHeaders() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" && m.label != "GPE" || m.reviewed || !allCapitals(d.orig[t[m.s].start:t[m.s].end]) {
			continue // the cheap check
		}
		if m.e-m.s == 1 && t[m.s].newline && (m.e == len(t) || t[m.e].newline) || !d.capitalsLine(m.s) {
			continue // one word alone on its line is headerWords'
		}
		if _, listed := d.unitAt(m.s); listed {
			continue
		}
		if !d.commonWordsLine(m.s) {
			continue
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}

// saidAfterComma: "Anna Lisca, said": a comma and a reporting verb after
// token e-1, the close of an apposition around the name.
func (d *doc) saidAfterComma(e int) bool {
	return e+1 < len(d.toks) && d.toks[e].text == "," && personVerbs.has(d.toks[e+1].text)
}

// nameWordsBefore: "3. Tarvek Orvik (Kessel) +4", "(Anna Orvik 34’,
// Tarvek Li Fung Brandt 88’)", "KESSEL — Tarvek Halvorsk Orvik scored":
// words right before a person's name on its line, with only a space
// between, that no mention holds and that are listed given names or no
// word of the lexicon, are the name's first words (the name reader stops
// at words it does not know), where they follow a bracket, a comma, a
// dash or an item's number: a list's or a results line's item, a
// dateline's first name. A common word, a title, a role, a nationality or
// a line's break stops them; three at most. A sentence's or a line's
// first words may be a role no list holds ("Egyptologist Anna Brandt"):
// they are left.
func (d *doc) nameWordsBefore() {
	t := d.toks
	var byEnd tokMap
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.s == 0 || m.reviewed || t[m.s].newline || t[m.s].glued || t[m.s-1].kind != tkWord {
			continue // the cheap check
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		s := m.s
		for s > 0 && m.s-s < 3 && d.freeNameWord(s-1, byEnd) {
			s--
			if t[s].newline || t[s].glued {
				break
			}
		}
		if s == m.s || s == 0 || !runOpeners34.has(t[s-1].text) && !d.itemNumberAt(s-1) {
			continue // in a sentence's run the words before are its own
		}
		d.mentions[k].s, d.mentions[k].canonical = s, ""
	}
}

// freeNameWord: token i is a name's word no mention holds: capitalised,
// not in capitals, a listed given name or no word of the lexicon, no
// title.
func (d *doc) freeNameWord(i int, byEnd tokMap) bool {
	w := d.toks[i]
	if w.kind != tkWord || allCapitals(d.orig[w.start:w.end]) || titleWords.has(w.text) || d.a.demonyms[w.text] || !strings.ContainsAny(w.text, "aeiouyAEIOUY") {
		return false // a nationality, or an abbreviation with no vowel ("Cllr")
	}
	if personRoles.has(strings.ToLower(w.text)) {
		return false // "— Midfielder Anna Brandt": a role
	}
	if !d.a.givenNames.has(w.text) && !d.a.uncommon(w.text) {
		return false
	}
	_, held := byEnd.get(i + 1)
	return !held
}

// itemNumberAt: token i is the full stop of a numbered list's item ("3.").
func (d *doc) itemNumberAt(i int) bool {
	return i > 0 && d.toks[i].text == "." && d.toks[i].glued && allDigits(d.toks[i-1].text) && len(d.toks[i-1].text) <= 3
}

// commonWordsLine: every word of token i's line is a common word or a
// figure.
func (d *doc) commonWordsLine(i int) bool {
	t := d.toks
	s, e := d.lineOf(i)
	for k := s; k < e; k++ {
		if t[k].kind == tkWord && !allDigits(t[k].text) && !d.commonWord(t[k].text) {
			return false
		}
	}
	return true
}
