package extract

import "strings"

// Round-11 news rules for people in sport and general news, and for the
// name-shaped places that are no person. Each is a chunk rule (chunkRules
// says where it stands).
//
// Choices where GUIDELINES.md is silent: in a results line ("Orvane 2
// (Kessel 14', Brandt 67') Tarvel 1") the names beside a score are clubs
// (ORG) and the names in the brackets after a score are scorers (PERSON),
// whatever the lists say of the same words; a country's name beside a
// score keeps its own label.

// resultScorer: a name in the brackets after a score, before a minute
// ("(Kessel 14'", ", Brandt pen 41'", "(Varga 31, Hollis 77)"), or before
// a penalty's or own goal's mark ("Kessel (pen)"), is a scorer.
func (d *doc) resultScorer(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if s == 0 || e >= len(d.toks) || len(ps) > 3 || d.toks[e].newline {
		return false
	}
	t := d.toks
	// the mark or minute after the name first: it is rare, the names'
	// shape costlier
	marked := t[e].text == "(" && e+2 < len(t) && goalMarks.has(strings.ToLower(t[e+1].text)) && t[e+2].text == ")"
	n := e
	if !marked && goalMarks.has(strings.ToLower(t[n].text)) && n+1 < len(t) {
		n++ // "Brandt pen 41'"
	}
	if !marked && (!minute(t[n].text) || t[n].newline) {
		return false
	}
	for _, p := range ps {
		// "(Democrats 40, Independents 12)": groups counted, not scorers
		if w := d.word(p); !d.nameShaped(w) || strings.HasSuffix(w, "s") && !d.a.uncommon(w) {
			return false
		}
	}
	if marked {
		d.addPerson(s, e)
		return true
	}
	switch t[s-1].text {
	case "(":
		if !d.lineScoreAt(s - 2) {
			return false
		}
	case ",", ";":
		if !d.inScorers(s - 1) {
			return false
		}
	default:
		return false
	}
	d.addPerson(s, e)
	return true
}

// minute: a match minute, "14", "90+3" (the tokenizer keeps "+" in a word).
func minute(w string) bool {
	if !isNumber(w) || len(w) > 6 {
		return false
	}
	m, _, _ := strings.Cut(w, "+")
	return len(m) <= 3
}

// lineScoreAt: token i is a score of at most two digits (none past the
// text's end: a side's name may close it).
func (d *doc) lineScoreAt(i int) bool {
	return i >= 0 && i < len(d.toks) && len(d.toks[i].text) <= 2 && isNumber(d.toks[i].text)
}

// inScorers: the comma at token c stands inside brackets opened after a
// score on the same line ("(Kessel 14', Brandt 67'").
func (d *doc) inScorers(c int) bool {
	for i := c - 1; i > 0 && i > c-24; i-- {
		if d.toks[i].newline {
			return false
		}
		switch d.toks[i].text {
		case "(":
			return d.lineScoreAt(i - 1)
		case ")":
			return false
		}
	}
	return false
}

// resultClub: a name before a score that opens or follows a list of
// scorers ("Orvane 2 (Kessel 14') Tarvel 1") or that is a line's result
// alone ("Orvane 24 Kessel 20") is a club, not a person or a place; a
// country keeps its label.
func (d *doc) resultClub(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if e+1 >= len(t) || !d.lineScoreAt(e) || t[e].newline {
		return false
	}
	if len(ps) == 1 && ps[0].unit != nil && d.a.countries[ps[0].unit.canonical] {
		return false
	}
	open := t[e+1].text == "(" && !t[e+1].newline
	after := s > 0 && t[s-1].text == ")" && d.closesScorers(s-1)
	if !open && !after && !d.scoreHeadline(s, e) {
		return false
	}
	h, _ := d.a.gaz.lookup(t[s:e])
	canon := ""
	if h.label == "ORG" {
		canon = h.canonical
	}
	d.add(s, e, "ORG", canon)
	return true
}

// closesScorers: the bracket at token c closes a list of scorers opened
// after a score.
func (d *doc) closesScorers(c int) bool {
	for i := c - 1; i > 0 && i > c-24; i-- {
		if d.toks[i].newline {
			return false
		}
		if d.toks[i].text == "(" {
			return d.lineScoreAt(i-1) && i+1 < c && !isNumber(d.toks[i+1].text)
		}
	}
	return false
}

// particledName: a given name, a surname's particles and the surname
// ("Federico de la Cruz", "Ruben van den Broek") is a person's, not a
// place's "X de Y", when a role opens the sentence before it ("Midfielder
// X de Y"), the first word is a given name, the words around it are a
// person's, or a club's possessive owns it ("Orvane's X de Y"). A place's
// opening word ("San", "Plaza", "Bay") and a known place keep it a place.
// The given name's shape is not read: "-ian" names ("Giorgian") look like
// an adjective's.
func (d *doc) particledName(ps []piece) bool {
	if len(ps) < 3 || len(ps) > 5 {
		return false
	}
	role := ps[0].unit == nil && ps[0].e-ps[0].s == 1 && d.toks[ps[0].s].sentStart && personRoles.has(strings.ToLower(d.word(ps[0])))
	if role {
		ps = ps[1:]
	}
	last := ps[len(ps)-1]
	if len(ps) < 3 || !ps[1].conn || !nameParticles.has(d.toks[ps[1].s].text) || last.conn || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	for _, p := range ps[1 : len(ps)-1] {
		if !p.conn || !nameParticles.has(d.toks[p.s].text) {
			return false
		}
	}
	first := d.word(ps[0])
	if last.e-last.s != 1 || last.unit != nil && !d.surnameUnit(last) || placeNameStarts.has(first) || squareHeads.has(first) || locStarts.has(first) || gpeHeads.has(first) || peopleWord(d.a.demonyms, first) || d.seenLower(first) {
		return false
	}
	s, e := ps[0].s, last.e
	if l := d.contextLabel(s, e); l != "" && l != "PERSON" || s > 0 && (shipNouns.has(d.toks[s-1].text) || platformNouns.has(d.toks[s-1].text)) {
		return false // "the carrier Charles de Gaulle": a ship named for a person
	}
	if !role && !d.a.givenNames.has(first) && !d.personContext(s, e) && !d.newsPersonContext(s, e) && !d.clubOwned(s) {
		return false
	}
	d.addPerson(s, e)
	return true
}

// clubOwned: a club's or company's possessive stands before token s
// ("Orvane's Kessel de Brandt").
func (d *doc) clubOwned(s int) bool {
	n := len(d.mentions)
	return s >= 2 && d.toks[s-1].kind == tkPossessive && n > 0 && d.mentions[n-1].e == s-1 && d.mentions[n-1].label == "ORG"
}

// roleOneName: a person's role opening the sentence, then one unknown
// word ("Goalkeeper Kessel saved twice"): the word is a player's or a
// person's one name and the role is no part of it.
func (d *doc) roleOneName(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit != nil || ps[0].e-ps[0].s != 1 || ps[1].e-ps[1].s != 1 || !d.toks[ps[0].s].sentStart {
		return false
	}
	w := d.word(ps[1])
	if !personRoles.has(strings.ToLower(d.word(ps[0]))) || !d.nameShaped(w) || d.seenLower(w) || titleWords.has(w) {
		return false
	}
	d.addPerson(ps[1].s, ps[1].e)
	return true
}

// romanceSite: a name and a Romance compass word ("Panamericana Sur",
// "Zona Norte") or a stand's head and its name or letter ("Curva B",
// "Tribuna Tevere") is a site (LOC), not a given name and a surname.
func (d *doc) romanceSite(ps []piece) bool {
	// the last word may be a listed one ("Sud" is a region's name too)
	if len(ps) != 2 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || ps[1].e-ps[1].s != 1 {
		return false
	}
	first, last := d.word(ps[0]), d.word(ps[1])
	if !standHeads.has(first) && !(romanceCompass.has(last) && !d.a.givenNames.has(first)) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "LOC", "")
}

// givenTitleName: a ruler's title that is a given name too, before a
// family's "Al" or "El" and its name ("Sultan Al Kessel", "Amir
// El-Tarvo"), is the person's given name, inside the name.
func (d *doc) givenTitleName(ps []piece) bool {
	if len(ps) < 2 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !givenTitles.has(d.word(ps[0])) {
		return false
	}
	al := d.toks[ps[1].s].text
	if al != "Al" && al != "El" || ps[len(ps)-1].conn || len(ps) > 5 || ps[len(ps)-1].e-ps[1].s < 2 {
		return false
	}
	d.addPerson(ps[0].s, ps[len(ps)-1].e)
	return true
}

// placeListed: one-word names joined by "and" or "or" after a place's
// preposition but "at" (one studies at schools named for towns) ("in
// Tarvel and Kessimo") or after "of" where one of them is
// a listed town or site that is no country or a resident's noun stands
// before ("residents of Kessimo and Tarvel") are all places: an unknown
// word is no person's surname there. A given name keeps its own reading
// ("of Tarvel and Maria"), as does a listed body or person. It reads
// only lists where an unknown word is a surname too, which the person
// rules would take; other guessed places are left to the place rules.
func (d *doc) placeListed(ps []piece) bool {
	s := ps[0].s
	if len(ps) < 3 || len(ps)%2 == 0 || s == 0 {
		return false
	}
	label, surname := "", false
	switch {
	case d.afterPlacePreposition(s) && d.toks[s-1].text != "at", s >= 2 && d.toks[s-1].text == "of" && dwellerNouns.has(strings.ToLower(d.toks[s-2].text)):
		label = "GPE"
	case d.toks[s-1].text != "of":
		return false
	}
	for i, p := range ps {
		w := d.toks[p.s].text
		if i%2 == 1 {
			if !p.conn || w != "and" && w != "or" {
				return false
			}
			continue
		}
		if p.conn || p.e-p.s != 1 && p.unit == nil {
			return false
		}
		switch {
		case p.unit == nil:
			if d.a.givenNames.has(w) || !d.nameShaped(w) || d.seenLower(w) {
				return false
			}
			surname = surname || d.a.surnames.has(w)
		case (p.unit.label == "GPE" || p.unit.label == "LOC") && !d.a.countries[p.unit.canonical]:
			label = p.unit.label
		default:
			return false
		}
	}
	// "in Lima and Ramos was born": a singular verb after the last word
	// makes it a new clause's subject
	if e := ps[len(ps)-1].e; label == "" || !surname || e < len(d.toks) && (personVerbs.has(d.toks[e].text) || singularVerbs.has(d.toks[e].text)) {
		return false
	}
	for i := 0; i < len(ps); i += 2 {
		if p := ps[i]; p.unit != nil {
			d.addUnit(p)
		} else {
			d.add(p.s, p.e, label, "")
		}
	}
	return true
}

// roleNamed: two name words after a person's role in lower case
// ("lawmaker Line Kessel", "the committee chair, Vår Kessel,") are a
// person's, even where the given name is a common word in English.
func (d *doc) roleNamed(ps []piece) bool {
	if len(ps) != 2 || hasUnit(ps) || hasConn(ps) || ps[0].e-ps[0].s != 1 || ps[1].e-ps[1].s != 1 {
		return false
	}
	s, e, t := ps[0].s, ps[1].e, d.toks
	role := func(i int) bool { return i >= 0 && (personRoles.has(t[i].text) || postWords.has(t[i].text)) }
	if !role(s-1) && !(s >= 2 && t[s-1].text == "," && role(s-2) && e < len(t) && t[e].text == ",") {
		return false
	}
	if w := d.word(ps[1]); !d.a.uncommon(w) || !d.nameShaped(w) || d.seenLower(w) {
		return false
	}
	if f := d.word(ps[0]); abbreviations.has(strings.TrimSuffix(f, ".")) || titleWords.has(f) || strings.HasSuffix(f, ".") {
		return false // "the owner, Mr. Kessel,": a title, outside the name
	}
	d.addPerson(s, e)
	return true
}

// scorerHeading reports whether the line of token k opens with a heading
// of scorers or best players and a dash or a colon, as Australian
// football and rugby reports set their lines: "Goals — Tarvel: Kessel 4,
// Brandt.", "Best — Orvane: Varo, Lind.", "Tries: Kessel, Brandt."
func (d *doc) scorerHeading(k int) bool {
	t := d.toks
	for k > 0 && !t[k].newline {
		k--
	}
	if k+1 >= len(t) || !scorerHeadings.has(t[k].text) {
		return false
	}
	switch t[k+1].text {
	case "—", "–", "-", ":":
		return true
	}
	return false
}

// scorerSide: on a line of scorers, the name between the heading's mark,
// a full stop or a semicolon and a colon or a dash is the side's: "Goals
// — Tarvel: Kessel 4. Orvane City: Brandt 2.", "Scorers: Tarvel — Kessel
// 34; Orvane — Brandt 61" (ORG, a place's name too).
func (d *doc) scorerSide(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if len(ps) > 3 || s == 0 || e >= len(t) || t[s].newline {
		return false
	}
	switch t[e].text {
	case ":", "—", "–":
	default:
		return false
	}
	switch t[s-1].text {
	case "—", "–", "-", ".", ";", ":":
	default:
		return false
	}
	if !d.scorerHeading(s) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// scorerList: a name in a list of scorers that a scoring word ends
// ("Tarvel: Kessel 2, Ivo Brandt, Varo tries; Mallin 4 con, pen.",
// "(Kessel, Brandt pens)"): the list opens after a colon, a semicolon or a
// bracket and holds only names, counts, commas and "and" before the
// scoring word, which ends a clause, or on a line a heading of scorers
// opens (scorerHeading).
func (d *doc) scorerList(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if len(ps) > 3 || hasUnit(ps) || s == 0 || e >= len(t) || t[s].newline {
		return false
	}
	listWord := func(k int) bool {
		w := t[k].text
		return w == "," || w == "and" || isNumber(w) && len(w) <= 2 || t[k].kind == tkWord && isCapitalised(w)
	}
	k := s - 1
	for ; k >= 0 && k > s-30 && listWord(k) && !t[k+1].newline; k-- {
	}
	if k < 0 || t[k+1].newline && k+1 != s {
		return false
	}
	heading := d.scorerHeading(k)
	switch t[k].text {
	case ":", ";", "(":
	case "—", "–":
		if !heading {
			return false // "Scorers: Tarvel — Kessel 34"
		}
	default:
		return false
	}
	if heading {
		d.addPerson(s, e) // "Goals — Tarvel: Kessel 4, Brandt, Varo."
		return true
	}
	k = e
	for ; k < len(t) && k < e+30 && !t[k].newline && !scoringWords.has(t[k].text) && listWord(k); k++ {
	}
	if k >= len(t) || t[k].newline || !scoringWords.has(t[k].text) {
		return false
	}
	if n := k + 1; n < len(t) && !t[n].newline && t[n].kind != tkPunct {
		return false // "Kessel tries to": a verb
	}
	d.addPerson(s, e)
	return true
}
