package extract

import (
	"strings"
	"unicode/utf8"
)

// Round 31 (r31pers): people's names cut, joined to a body's or taken
// whole with one. A body's name ending in its head word, then a full
// name, are the body and a person ("the Orvanian Defence Forces Anna
// Brandt", "Council Member Anna Brandt": bodyThenName); a hyphenated given
// name's person "of the" body is two names (hyphenGivenOfBody); two
// people's names with only a space between are one person's
// (joinAdjacent, news_r30b.go), as is a capital's initial before a surname
// (initialBeforeSurname) and a given name read as a place's or a body's
// one word before a person's name that a title or a person's evidence
// marks (nameWordBefore). A name opening a list's line before a colon and
// a signed change in per cent is a listed firm's (moverLine). A person's
// name goes on over a particle glued by an apostrophe ("d’Orvik") and back
// over a hyphenated given name's first half (nameEnds). A lone given name
// joined by "and" to a listed place after a place's preposition is a place
// (givenNamePlaces). A given name written in capitals alone inside a
// sentence in lower case is an acronym, a body's (capitalsGivenName).

var (
	memberTitles31           = cue("memberTitles31")
	bodyEnds31               = cue("bodyEnds31")
	givenPlacePrepositions31 = cue("givenPlacePrepositions31")
)

// bodyThenName: "the Orvanian Defence Forces Anna Brandt said", "Kessel
// Group Anna Brandt", "Council Member Tarvo Kessel": a body's head word
// (or a member's title after one) ends the body's name, and a listed given
// name and its surname after it are a person's, the title outside. The
// body's name is read on its own; a body no proper name names ("City
// Council Member") is no entity. A given name no list knows will do where
// a person's evidence follows ("Kessel Forces Andrus Orvik said").
func (d *doc) bodyThenName(ps []piece) bool {
	n := len(ps)
	if n < 3 || hasConn(ps) {
		return false // the cheap check
	}
	for h := n - 3; h >= 0 && h >= n-5; h-- {
		g := ps[h+1]
		if g.unit != nil || d.personLen(ps[h+1:]) != n-h-1 || !d.a.givenNames.has(d.word(g)) && !d.unknownSaidName(ps[h+1:]) {
			continue
		}
		w := d.word(ps[h])
		member := memberTitles31.has(w)
		if ps[h].unit != nil || !member && !orgHeads.has(w) && !groupHeads.has(w) && !bodyEnds31.has(w) || member && h == 0 {
			return false
		}
		body := ps[:h+1]
		if member {
			body = ps[:h]
		}
		if d.namedBody(body) {
			d.classify(body)
		} else {
			d.claim(body[0].s, ps[h].e)
		}
		d.addPerson(g.s, ps[n-1].e)
		return true
	}
	return false
}

// unknownSaidName: name words the lexicon does not know, a person's
// evidence after them ("Andrus Orvik said").
func (d *doc) unknownSaidName(ps []piece) bool {
	for _, p := range ps {
		if p.unit != nil || !d.a.uncommon(d.word(p)) {
			return false
		}
	}
	return d.personContext(ps[0].s, ps[len(ps)-1].e)
}

// namedBody: a word of the body's name is a proper name's (a listed name or
// a word the lexicon does not know), not only heads and common words.
func (d *doc) namedBody(body []piece) bool {
	for _, p := range body {
		if w := d.word(p); p.unit != nil || !orgHeads.has(w) && !d.commonWord(w) {
			return true
		}
	}
	return false
}

// hyphenGivenOfBody: "Marie-Anne Brandt of the Kessel Tourism Office
// said": a hyphenated given name and a surname, "of" (and "the"), and a
// body's name are a person and the body, as personOfBody reads them for a
// given name without a hyphen (its split wants the first connector to be
// "of").
func (d *doc) hyphenGivenOfBody(ps []piece) bool {
	if len(ps) < 6 || !ps[1].conn || d.toks[ps[1].s].text != "-" || !ps[4].conn || d.toks[ps[4].s].text != "of" {
		return false // the cheap check
	}
	if !d.a.givenNames.has(d.word(ps[0])) && !d.a.givenNames.has(d.word(ps[2])) {
		return false
	}
	right := ps[5:]
	if right[0].conn && d.toks[right[0].s].text == "the" {
		right = right[1:]
	}
	if len(right) == 0 || hasConn(right) {
		return false
	}
	last := right[len(right)-1]
	if w := d.word(last); !(last.unit != nil && last.unit.label == "ORG") && !orgHeads.has(w) && !groupHeads.has(w) {
		return false
	}
	if !d.hyphenGivenName(ps[:4]) {
		return false
	}
	d.classify(right)
	return true
}

// initialBeforeSurname: "said J Brandt", "Lt Col K Orvik": a capital
// letter alone right before a person's name is the initial of the given
// name, inside the name. "A" opening a sentence is the article and "I"
// the pronoun.
func (d *doc) initialBeforeSurname() {
	t := d.toks
	var byEnd tokMap
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.s == 0 || len(t[m.s-1].text) != 1 || m.reviewed {
			continue // the cheap check
		}
		p := t[m.s-1]
		if p.text[0] < 'A' || p.text[0] > 'Z' || p.text == "I" || p.text == "A" && p.sentStart || t[m.s].newline || p.end+1 != t[m.s].start {
			continue
		}
		if m.s > 1 && t[m.s-2].end == p.start {
			continue // "Kessel-A Brandt": the letter is glued to a word before
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		if _, taken := byEnd.get(m.s); taken {
			continue // the letter ends another mention
		}
		d.mentions[k].s, d.mentions[k].canonical = m.s-1, ""
	}
}

// nameWordBefore: "President Tarvo Brandt told", "his co-founder, Orvik
// Anna Brandt, said": one word read as a town's or a body's right before a
// person's name, a title before the word or a person's evidence around the
// whole, is the person's given name (a place's name is a given name too).
// A country's name ("Orvania Anna Brandt"), capitals ("UN Anna Brandt")
// and a possessive keep the word apart.
func (d *doc) nameWordBefore() {
	t := d.toks
	var byEnd tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.s < 2 || m.reviewed || m.e-m.s > 2 || t[m.s].newline || t[m.s].start != t[m.s-1].end+1 || t[m.s-1].kind != tkWord {
			continue // the cheap check
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		j, ok := byEnd.get(m.s)
		if !ok || drop[j] {
			continue
		}
		o := d.mentions[j]
		if o.e-o.s != 1 || o.reviewed || o.label != "GPE" && o.label != "ORG" && o.label != "LOC" || o.s == 0 || t[o.s].newline {
			continue
		}
		w := t[o.s].text
		if strings.ToUpper(w) == w || d.a.countries[o.canonical] || d.a.countries[w] {
			continue
		}
		if !titleWords.has(t[o.s-1].text) && !d.afterHonorific(o.s) && !d.personContext(o.s, m.e) {
			continue
		}
		d.mentions[j].label, d.mentions[j].e, d.mentions[j].canonical = "PERSON", m.e, ""
		drop.add(k)
	}
	d.dropMentions(drop)
}

// moverLine: "– Kessel Orvik: −2.0%, as orders slowed", "Tarvo Group: +4.1%":
// a name opening a line (a dash or a bullet aside) before a colon and a
// signed change in per cent is a share's mover in a market report, a
// firm's name, ORG. A poll's line gives a share without a sign ("Anna
// Brandt: 34%") and keeps the person.
func (d *doc) moverLine(ps []piece) bool {
	t := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if e+2 >= len(t) || t[e].text != ":" || len(ps) > 3 || hasConn(ps) {
		return false // the cheap check
	}
	if !t[s].newline && !(s > 0 && t[s-1].newline && t[s-1].kind != tkWord) {
		return false
	}
	j := e + 1
	w := t[j].text
	n := strings.TrimLeft(w, "+-−–")
	if n == w {
		return false // no sign
	}
	if n == "" { // the sign a token of its own
		j++
		n = t[j].text
	}
	if j+1 >= len(t) || !isNumber(n) || t[j+1].text != "%" {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// nameEnds: "Ricardo Kessel d’Orvik said", "a foul on Jean-Tarvo Kessel
// Orvik": a person's name goes on over a word that a lower-case particle
// and an apostrophe open ("d’", "dell’", "l'"), and back over a
// capitalised word and a glued hyphen before it, the given name's first
// half, where the name has two words at least and no mention holds the
// word. "Orvania-born Anna Brandt" and "the Franco-Kessel pact" have no
// name right after the hyphen.
func (d *doc) nameEnds() {
	t := d.toks
	var byEnd tokMap
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.reviewed {
			continue // the cheap check
		}
		if e := m.e; e < len(t) && !t[e].glued && !t[e].newline && apostropheParticle(t[e].text) && !d.used[e] {
			d.mentions[k].e, d.mentions[k].canonical = e+1, ""
		}
		s := m.s
		if s < 2 || m.e-s < 2 || t[s-1].text != "-" || !t[s-1].glued || !t[s].glued || t[s-2].kind != tkWord || t[s-2].glued {
			continue
		}
		if w := t[s-2].text; !isCapitalised(w) || allCapitals(w) || d.a.demonyms[w] {
			continue
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		if _, held := byEnd.get(s - 1); held {
			continue
		}
		d.mentions[k].s, d.mentions[k].canonical = s-2, ""
	}
}

// apostropheParticle: "d’Orvik", "dell'Orvik", "l’Kessel": one to four
// lower-case letters, an apostrophe and a capitalised word.
func apostropheParticle(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i < 1 || i > 4 || !isLowerWord(w[:i]) {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	return isCapitalised(w[i+n:]) && !strings.ContainsAny(w[i+n:], "'’")
}

// givenNamePlaces: "the tax on Rosa and Kessel Bay", "the islands outside
// Tarvo and Rosa", "exports mostly from Rosa and Kessel": a lone word that
// is a listed given name, joined by "and" or "or" to a listed town's or
// site's name (no country's), the pair after a place's preposition, is a
// place of the partner's label. coordinatedPlaces leaves given names
// alone; here the partner must be listed, not guessed. A person's evidence
// around the word or for its surname elsewhere, a possessive, a verb after
// the pair ("in Rosa and Tarvo would") and a text of sport keep the person.
func (d *doc) givenNamePlaces() {
	t := d.toks
	var byStart, byEnd tokMap
	var named map[string]personEvidence
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.e-m.s != 1 || m.s < 2 || m.e+1 >= len(t) || m.reviewed || !d.a.givenNames.has(t[m.s].text) {
			continue // the cheap check
		}
		before := t[m.s-1].text == "and" || t[m.s-1].text == "or"
		after := t[m.e].text == "and" || t[m.e].text == "or"
		if !before && !after || t[m.s].newline || d.ownerAt(m.e) || d.personContext(m.s, m.e) || titleWords.has(t[m.s-1].text) {
			continue
		}
		if byStart == nil {
			byStart, byEnd = d.mentionsByStart(), d.mentionsByEnd()
			defer d.done(byStart)
			defer d.done(byEnd)
			named = d.peopleByLastWord()
		}
		if d.namedPersonElsewhere(k, named) {
			continue
		}
		place, first, end := -1, m.s, m.e
		if p, ok := byStart.get(m.e + 1); after && ok {
			place, end = p, d.mentions[p].e
		} else if p, ok := byEnd.get(m.s - 1); before && ok {
			place, first = p, d.mentions[p].s
		}
		if place < 0 || first < 1 || t[first].newline {
			continue
		}
		o := d.mentions[place]
		if o.label != "GPE" && o.label != "LOC" || d.a.countries[o.canonical] || !givenPlacePrepositions31.has(t[first-1].text) {
			continue
		}
		if u, listed := d.unitAt(o.s); !listed || u.end != o.e {
			continue
		}
		if end < len(t) && t[end].kind == tkWord && !t[end].newline {
			if tg := d.tagAfter(end - 1); tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" {
				continue
			}
		}
		if d.speaksOfSport() {
			return // a text of sport: none here
		}
		d.mentions[k].label, d.mentions[k].canonical = o.label, ""
	}
}

// capitalsGivenName: "KMTA will also run trains", "fares set by MARTA
// rise": a word in capitals alone that readCaps wrote back as a listed
// given name ("MARTA" as "Marta"), inside a sentence written in lower case
// (a word in lower case right after it), is an acronym, a transit agency's
// or another body's, ORG: a text in lower case writes a person's name in
// capitals only with the surname ("MARTA NOVAK"). A person's evidence
// around it ("MARTA said") keeps the person.
func (d *doc) capitalsGivenName() {
	t := d.toks
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.e-m.s != 1 || m.e >= len(t) || m.reviewed || len(t[m.s].text) < 4 {
			continue // the cheap check
		}
		w, next := t[m.s], t[m.e]
		if !allCapitals(d.orig[w.start:w.end]) || next.newline || next.kind != tkWord || !isLowerWord(d.orig[next.start:next.end]) {
			continue
		}
		if !d.a.givenNames.has(w.text) || d.personContext(m.s, m.e) {
			continue
		}
		d.mentions[k].label, d.mentions[k].canonical = "ORG", d.orig[w.start:w.end] // as written
	}
}
