package extract

import "strings"

// Round 35 (r35cut): names cut or joined where a name's structure says
// otherwise. A name that glued hyphens join to capitalised words no rule
// read goes on through them ("Kessel-Brau", "Tarvo Lenda-A", "Al-Orvania")
// (hyphenTails); a body's name that an irregular plural's possessive opens
// or holds is one name ("the People’s Kessel Court", "the Assembly of
// People’s Tarvo") (pluralOwnerBodies); a place's possessive that opens a
// long form ("Tarvonia’s Renewal Plan (TRP)") is the place, and the name
// after it is the thing it owns (placeOwnerSplit); capitalised common
// words and "and" before a body's name open it ("the Science and Farming
// Kessel Fund") (andTails); two whole names joined by "with" or "and" are
// two (wholeNamesJoined, a chunk rule); a place's name, a Romance
// particle and a name are one place ("Vale do Tarvo") (particlePlaces).

var (
	irregularPlurals35 = cue("irregularPlurals35")
	placeJoins35       = cue("placeJoins35")
	nameHeads35        = unionOf(orgHeads, locHeads, programHeads)
)

// hyphenTails: "Kesselbrau-Murch will spend", "plays for Kessova-Ata",
// "General Osvo Lenda-A", "offices in Al-Tarvoura": a name, glued hyphens
// and capitalised words no rule read, glued either side, are one name (a
// firm's, a club's, a person's, a town's); the label read is kept. A common
// word or a people's adjective after the hyphen ("Kessel-Based" of a
// headline in capitals, "Tarvo-Orvanian ties"), a body's head before it
// ("the Kessel Party-Tarvo coalition": two parties) and a
// chain that goes on in lower case ("Tarvo-Kessel-led") are no name's part;
// a name read after the hyphen ("India-China") is a name of its own. Before
// the name only one word is taken, and not a common one ("Anti-Kessel").
func (d *doc) hyphenTails() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.reviewed || m.trim != 0 {
			continue
		}
		if !gluedHyphen(t, m.e) && (m.s < 2 || !gluedHyphen(t, m.s-1)) {
			continue // the cheap check: no hyphen glued to either edge
		}
		e := m.e
		for gluedHyphen(t, e) && !d.used[e+1] && d.hyphenWord(t[e+1].text) && !orgHeads.has(t[e-1].text) {
			e += 2
		}
		if e < len(t) && t[e].glued && (t[e].kind == tkWord || t[e].text == "-") {
			e = m.e // "Tarvo-Kessel-led": the chain goes on in lower case
		}
		s := m.s
		if w := s - 2; w >= 0 && gluedHyphen(t, s-1) && !t[w].glued && !d.used[w] && d.hyphenWord(t[w].text) && !functionWords.has(t[w].text) {
			s = w
		}
		if s == m.s && e == m.e {
			continue
		}
		d.claim(s, e)
		m.s, m.e, m.canonical = s, e, ""
	}
}

// hyphenWord: w may stand in a hyphenated name: a capitalised word the
// lexicon does not know in lower case and no people's adjective
// ("Tarvo-Orvanian ties"), or one capital letter ("Lenda-A").
func (d *doc) hyphenWord(w string) bool {
	return isCapitalised(w) && (len(w) == 1 || !d.commonWord(w) && !d.a.demonyms[w] && !calendarWords.has(w))
}

// pluralOwnerBodies: "the People’s Kessel Court", "the National Assembly
// of People’s Tarvo", "People’s Kessari met": an irregular plural
// (irregularPlurals35: "People", "Children"), its possessive and a
// capitalised name after it are one body's name, ORG, with the body's name
// before the plural if one ends there. A plural in lower case owns a thing
// of its own ("the people’s Supreme Court" is the court).
func (d *doc) pluralOwnerBodies() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "ORG" || m.reviewed || drop[k] {
			continue
		}
		// "People’s Kessel Court": the plural before the body's name
		if p := m.s - 2; p >= 0 && t[m.s-1].kind == tkPossessive && !d.used[p] && irregularPlurals35.has(t[p].text) && !t[m.s].newline {
			d.claim(p, m.s)
			m.s, m.canonical = p, ""
			continue
		}
		o := m.e + 1
		if o >= len(t) || t[m.e].kind != tkPossessive || !irregularPlurals35.has(t[m.e-1].text) || t[o].newline || t[o].kind != tkWord || !isCapitalised(t[o].text) {
			continue
		}
		e := o
		if d.used[o] {
			// "People’s Kessari": the body's name after the possessive
			if byStart == nil {
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			j, ok := byStart.get(o)
			if !ok || j == k || d.mentions[j].label != "ORG" || d.mentions[j].reviewed {
				continue
			}
			d.claim(m.e, o)
			drop = d.absorb(k, j, drop)
			continue
		}
		// "of People’s Tarvo": capitalised words no rule read
		for e < len(t) && !t[e].newline && d.isName(e) {
			e++
		}
		d.claim(m.e, e)
		m.e, m.canonical = e, ""
	}
	d.dropMentions(drop)
}

// placeOwnerSplit: "from Tarvonia’s Renewal and Growth Plan (TRGP)",
// "a grant from Orvania's Development Fund (OrvaniaDF)": a long form that a
// place's possessive opens (the acronym's letters reached back to the
// place's) is the place, GPE, and the name after the possessive, with the
// label read for the whole. A name of one word after the possessive, and a
// possessive that is a body's own ("St Orvik’s"), are left alone.
func (d *doc) placeOwnerSplit() {
	t := d.toks
	for k, n := 0, len(d.mentions); k < n; k++ {
		m := &d.mentions[k]
		if m.e-m.s < 4 || t[m.s+1].kind != tkPossessive || m.reviewed || m.label == "PERSON" || m.label == "GPE" {
			continue // the cheap check: a possessive after the first word
		}
		u, ok := d.unitAt(m.s)
		if !ok || u.end != m.s+1 || u.label != "GPE" {
			continue
		}
		s := m.s
		m.s, m.canonical = s+2, ""
		d.mentions = append(d.mentions, mention{span: span{s, s + 1}, label: "GPE", canonical: u.canonical})
	}
}

// andTails: "the Science and Kessel Development Fund" read as "Kessel
// Development Fund", "the Savings and Tarvo Reserve Fund", "the Sports
// and Leisure Park": a body's, a scheme's or a site's name that "and" and capitalised common words (words the
// lexicon knows in lower case, which only a name capitalises inside a
// sentence) open goes back through them, one name, where the name's own
// first word is a common word too (the "and" joins two common words:
// "Science and Farming"; "Free Speech and One Nation" are two
// parties, a number opening the second). The words run back to
// a sentence's start, a people's adjective opening them ("the Tarvonian
// Development and Reconstruction Programme"); a name or "&" before them
// ("Kessel Shipbuilders & Engineers and Tarvo Shipyard Limited") makes
// them the end of another name. After "and" capitalised common words are
// as often a second body ("the Kessel Group and Marines"), so the name is
// not taken on through them.
func (d *doc) andTails() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		s := m.s - 2
		if s <= 0 || t[m.s-1].text != "and" || m.label != "ORG" && m.label != "PROGRAM" && m.label != "LOC" || m.reviewed || t[m.s].newline || !d.capitalCommon(s) {
			continue // the cheap check
		}
		if w := t[m.s].text; !d.commonWord(w) || hasNumberWord(w) {
			continue // "Free Speech and One Nation": two names
		}
		for !t[s].sentStart && !t[s].newline && (d.capitalCommon(s-1) || !d.used[s-1] && d.a.demonyms[t[s-1].text]) {
			s--
		}
		if b := t[s-1]; t[s].sentStart || b.text == "&" || b.kind == tkWord && isCapitalised(b.text) {
			continue
		}
		d.claim(s, m.s)
		m.s, m.canonical = s, ""
	}
}

// hasNumberWord: w is a number written as a word ("One").
func hasNumberWord(w string) bool {
	_, ok := numberWords[strings.ToLower(w)]
	return ok
}

// capitalCommon: token i is a capitalised word the lexicon knows in lower
// case, no function word, title, month or day, and no rule read it.
func (d *doc) capitalCommon(i int) bool {
	w := d.toks[i].text
	return !d.used[i] && d.toks[i].kind == tkWord && isCapitalised(w) && !allCapitals(w) && d.commonWord(w) &&
		!functionWords.has(w) && !titleWords.has(w) && !calendarWords.has(w)
}

// wholeNamesJoined: "the Ministry of Water with KAO", "the Kessel
// Development Bank and Tarvo Climate Fund", "at Tarvo Park and the Orvik
// Ground", "the Ministry of Defence and KT-57 makers": two names joined by
// "with" a listed name, or by "and", where the first is a name whole, are
// two, each read alone. A name is whole by its head (a body's, a place's
// or a scheme's word ends it, or opens it before "of"), or as one listed
// body, and holds no link but "of" ("the Rights of Persons with
// Disabilities Act", "the Port of Tarvo in Orvania and Kessel Dock
// Company" are one name each); after "and" the second is whole after
// "the", as a listed body, as a model's
// designator, or as two words or more that a head ends and a proper word
// holds ("Tarvo Climate Fund"; "and Industry", "and Rural Development",
// "and Art Gallery" end the first name). After joinedNames (news_r26join.go),
// which reads two firms, a place and a county.
func (d *doc) wholeNamesJoined(ps []piece) bool {
	if len(ps) < 3 {
		return false
	}
	i := -1
	for k, p := range ps {
		if !p.conn {
			continue
		}
		switch w := d.toks[p.s].text; {
		case w == "with" || w == "and":
			if i >= 0 {
				return false
			}
			i = k
		case i < 0 && w != "of" && w != "the":
			return false // "the Port of Tarvo in Orvania and ...": a link of its own
		}
	}
	if i < 1 || i+1 >= len(ps) {
		return false
	}
	left, right := ps[:i], ps[i+1:]
	the := right[0].conn && d.toks[right[0].s].text == "the"
	if the {
		right = right[1:]
	}
	if len(right) == 0 || right[0].conn || left[i-1].conn || !d.wholeName(left) {
		return false
	}
	// "with" a listed name, "and the" a name, or "and" a second whole name
	if w := d.toks[ps[i].s].text; w == "with" && (len(right) != 1 || right[0].unit == nil) || w == "and" && !the && !d.wholeSecond(right) {
		return false
	}
	d.classify(left)
	d.classify(right)
	return true
}

// wholeName: the pieces name a body, a place or a scheme whole: a listed
// body's name ends them, or a head ends them or opens them before "of".
func (d *doc) wholeName(ps []piece) bool {
	last := ps[len(ps)-1]
	if last.unit != nil {
		return last.unit.label == "ORG" || last.unit.label == "PROGRAM"
	}
	if nameHeads35.has(d.word(last)) {
		return true
	}
	return len(ps) >= 3 && ps[1].conn && d.toks[ps[1].s].text == "of" && nameHeads35.has(d.word(ps[0]))
}

// wholeSecond: the pieces after "and" are a name of their own: one listed
// body, a model's designator ("KT-57"), or two words or more without a
// connector that a head ends and a listed name or a word the lexicon does
// not know holds ("Pvt" of "Assembly and Test Pvt Ltd" is a head's).
func (d *doc) wholeSecond(ps []piece) bool {
	if len(ps) == 1 {
		p := ps[0]
		return p.unit != nil && p.unit.label == "ORG" || p.unit == nil && p.e == p.s+1 && designatorWord(d.toks[p.s].text)
	}
	if hasConn(ps) || !nameHeads35.has(d.word(ps[len(ps)-1])) {
		return false
	}
	for _, p := range ps[:len(ps)-1] {
		if w := d.toks[p.s].text; p.unit != nil || !d.commonWord(w) && !nameHeads35.has(w) {
			return true
		}
	}
	return false
}

// designatorWord: letters, a hyphen and digits in one word ("KT-57").
func designatorWord(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h+1 < len(w) && isCapitalised(w) && w[h+1] >= '0' && w[h+1] <= '9'
}

// particlePlaces: "the ferry to Pueblo la Kessa", "the plant at Vale do
// Tarvo", "troops at Anse des Orvanes", "near Arroyo del Kesso": a place's
// name, a particle of the Romance languages in lower case (placeJoins35)
// and a capitalised name after it are one place's name, of the place's
// label; the name after is a word no rule read and the lexicon does not
// know, or a place's or a person's name read alone ("Kessa"). Before the
// particle one capitalised word no rule read opens the name, when no body,
// title or given name opens it ("Banco de Tarvo", "Luis de Kessel"). The
// chunker joins only "de", "da" and "del" (dePlace).
func (d *doc) particlePlaces() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "GPE" && m.label != "LOC" || m.reviewed || drop[k] {
			continue
		}
		if p := m.s - 1; p >= 1 && placeJoins35.has(t[p].text) && !t[m.s].newline && !t[p].newline && d.particleOpener(p-1) {
			d.claim(p-1, m.s)
			m.s, m.canonical = p-1, ""
		}
		o := m.e + 1
		if o >= len(t) || !placeJoins35.has(t[m.e].text) || t[m.e].newline || t[o].newline || t[o].kind != tkWord || !isCapitalised(t[o].text) {
			continue
		}
		if !d.used[o] {
			if d.commonWord(t[o].text) || calendarWords.has(t[o].text) {
				continue
			}
			d.claim(m.e, o+1)
			m.e, m.canonical = o+1, ""
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(o)
		if !ok || j == k || d.mentions[j].reviewed || d.mentions[j].label == "ORG" || d.mentions[j].label == "PERSON" && d.mentions[j].e > o+1 {
			continue
		}
		d.claim(m.e, o)
		drop = d.absorb(k, j, drop)
	}
	d.dropMentions(drop)
}

// particleOpener: token i, before a particle and a place's name, opens
// the place's name: a capitalised word no rule read, no body's first word,
// title or given name, and not the first of its sentence.
func (d *doc) particleOpener(i int) bool {
	w := d.toks[i].text
	return !d.used[i] && !d.toks[i].sentStart && d.toks[i].kind == tkWord && isCapitalised(w) && !orgStarts.has(w) && !foreignBodyStarts.has(w) &&
		!titleWords.has(w) && !d.a.givenNames.has(w) && !functionWords.has(w)
}

// leadNounOfBody: "• Notice to the Kessel Defence Force and", "- Pay of
// the Tarvo Army: 1,120", "troops from a Battalion of the Orvik Regiment":
// a common noun (or two) that opens a line, a clause or a list's item, or
// follows "a", then "of", "to" or "for", "the" and a body's whole name, is
// no part of the name: the body is read alone. A body's own head opening
// the run ("Department of the Army said") names a body, unless "a" makes
// it one of many; a title ("Secretary of the Navy") is read by the title
// rules.
func (d *doc) leadNounOfBody(ps []piece) bool {
	if len(ps) < 4 || ps[0].unit != nil || ps[0].conn {
		return false
	}
	i := 1
	for i < len(ps) && i < 3 && !ps[i].conn {
		i++
	}
	if i+2 >= len(ps) || !ps[i].conn || !ps[i+1].conn || d.toks[ps[i+1].s].text != "the" {
		return false
	}
	if w := d.toks[ps[i].s].text; w != "of" && w != "to" && w != "for" {
		return false
	}
	rest := ps[i+2:]
	if hasConn(rest) && !(len(rest) >= 3 && d.toks[rest[1].s].text == "of") || !d.wholeBody(rest) {
		return false
	}
	article := false
	if s := ps[0].s; s > 0 {
		p := d.toks[s-1].text
		article = p == "a" || p == "an"
		if !article && !d.toks[s].newline && !d.toks[s].sentStart && p != "-" && p != "–" && p != "—" && p != ":" && p != "•" {
			return false
		}
	}
	for _, p := range ps[:i] {
		w := d.word(p)
		if w == "" || !d.commonWord(w) || titleWords.has(w) || orgHeads.has(w) && !article {
			return false
		}
	}
	d.classify(rest)
	return true
}

// wholeBody: the pieces name a body whole: one listed body, or a body's
// head that ends them or opens them before "of".
func (d *doc) wholeBody(ps []piece) bool {
	if last := ps[len(ps)-1]; last.unit != nil {
		return len(ps) == 1 && last.unit.label == "ORG"
	}
	return orgHeads.has(d.word(ps[len(ps)-1])) || len(ps) >= 3 && orgHeads.has(d.word(ps[0]))
}
