package extract

// Round 31 (r31pers): people's names cut, joined to a body's or taken
// whole with one. A body's name ending in its head word, then a full
// name, are the body and a person ("the Orvanian Defence Forces Anna
// Brandt", "Council Member Anna Brandt": bodyThenName); a hyphenated given
// name's person "of the" body is two names (hyphenGivenOfBody); two
// people's names with only a space between are one person's
// (adjacentPersons), as is a capital's initial before a surname
// (initialBeforeSurname).

var (
	memberTitles31 = cue("memberTitles31")
	bodyEnds31     = cue("bodyEnds31")
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

// adjacentPersons: two people's names on one line with one space and
// nothing else between them are one person's ("said Abdi Hassan Orvik"
// read as "Abdi" and "Hassan Orvik"): English parts two people with "and"
// or a comma, never a bare space. Four words at most.
func (d *doc) adjacentPersons() {
	t := d.toks
	var byStart tokMap
	var drop map[int]bool
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.e >= len(t) || m.reviewed || t[m.e].glued || t[m.e].newline || t[m.e].start != t[m.e-1].end+1 {
			continue // the cheap check
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || drop[j] || drop[k] || d.mentions[j].label != "PERSON" || d.mentions[j].reviewed || d.mentions[j].e-m.s > 4 {
			continue
		}
		d.mentions[k].e, d.mentions[k].canonical = d.mentions[j].e, ""
		if drop == nil {
			drop = map[int]bool{}
		}
		drop[j] = true
	}
	d.dropMentions(drop)
}

// initialBeforeSurname: "said J Brandt", "Lt Col K Orvik": a capital
// letter alone right before a person's name is the initial of the given
// name, inside the name. "A" opening a sentence is the article and "I"
// the pronoun.
func (d *doc) initialBeforeSurname() {
	t := d.toks
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
		d.mentions[k].s, d.mentions[k].canonical = m.s-1, ""
	}
}
