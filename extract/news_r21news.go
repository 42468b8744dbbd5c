package extract

// Round 21 (r21news): places in general news by the shape of their names
// and the words around them: a street's name and its compass word
// ("Kessel Avenue North") or its ordinal ("60th Street"), a railway's line
// with its number first ("the 2 Line"), a public building ("at Parliament
// House"), a mine or a depot named after a town ("the Tarvo mine"), a
// city a side travels to ("travel to Leeds"), no name ending in the
// pronoun "I" ("down Kessel Road I see"), and person-shaped names listed
// with a town after a place's preposition ("in Leeds and Tarvo Vale").

var firstPersonVerbs21 = cue("firstPersonVerbs21")

var (
	streetHeads21      = cue("streetHeads21")
	streetCompass21    = cue("streetCompass21")
	railWords21        = cue("railWords21")
	namedSiteNouns21   = cue("namedSiteNouns21")
	siteNounsUnknown21 = cue("siteNounsUnknown21")
)

// streetCompass: name words, a street's head and a compass word are one
// street, LOC: "bus lanes on Kessel Avenue North", "Tarvo Street West".
// The compass word is part of the name as the city signs it; without
// this the run ends in no place's head and no rule claims it.
func (d *doc) streetCompass(ps []piece) bool {
	n := len(ps)
	if n < 3 || !streetCompass21.has(d.word(ps[n-1])) || !streetHeads21.has(d.word(ps[n-2])) || hasConn(ps) {
		return false
	}
	for _, p := range ps[:n-2] {
		if u := p.unit; u != nil && u.label != "GPE" && u.label != "LOC" && u.label != "PERSON" {
			return false // "Kessel Bank Road East": leave a body's run to the other rules
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "LOC", "")
}

// numberFirstLine: "the", a number of one or two digits and "Line" name
// a railway's line in a text of railways, LOC: "work near the 2 Line",
// "the 1 Line ran late". Some cities put the number first, as others
// write "Line 2" (numberedLine).
func (d *doc) numberFirstLine(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || d.word(ps[0]) != "Line" {
		return false
	}
	s := ps[0].s
	t := d.toks
	if s < 2 || t[s].glued || !lineNumber(t[s-1].text) || d.used[s-1] || t[s-1].newline || t[s-2].text != "the" && t[s-2].text != "The" {
		return false
	}
	if !d.speaksOf(railWords21) {
		return false
	}
	return d.add(s-1, s+1, "LOC", "")
}

// ordinalStreet: an ordinal in digits before a street's head opens the
// street's name, LOC: "below 60th Street", "the 3rd Street Bridge",
// "at 42nd Street and Eighth Avenue" (two streets). The ordinal is no
// capitalised word, so the run would start at the head and read as
// nothing or a part. "3rd Place" is a rank.
func (d *doc) ordinalStreet(ps []piece) bool {
	s := ps[0].s
	t := d.toks
	if s == 0 || ps[0].unit != nil || !streetHeads21.has(d.word(ps[0])) || !ordinalDigits(t[s-1].text) || d.used[s-1] || t[s].newline {
		return false
	}
	if d.word(ps[0]) == "Place" {
		return false // "finished in 3rd Place": a rank, no street
	}
	end := len(ps)
	for i, p := range ps {
		if p.conn {
			end = i
			break
		}
	}
	if !d.add(s-1, ps[end-1].e, "LOC", "") {
		return false
	}
	if end+1 < len(ps) {
		d.classify(ps[end+1:])
	}
	return true
}

// ordinalDigits: "1st", "22nd", "103rd", "60th".
func ordinalDigits(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

var (
	travelVerbs21 = cue("travelVerbs21")
	derbyNouns21  = cue("derbyNouns21")
)

// placeNotSide: a listed place whose name a club shares stays the place
// where a side travels to or from, and before "derby", the match of its
// clubs: "Kessel travel to Tarvo to face Orvane", "after travelling from
// Tarvo", "the Tarvo derby". A club's own name ("travel to Arsenal") is
// no listed place and is left to the team rules after.
func (d *doc) placeNotSide(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" {
		return false
	}
	s, e := ps[0].s, ps[0].e
	t := d.toks
	travel := s >= 2 && (t[s-1].text == "to" || t[s-1].text == "from") && travelVerbs21.has(t[s-2].text)
	derby := e < len(t) && derbyNouns21.has(t[e].text) && !t[e].newline
	if !travel && !derby {
		return false
	}
	d.addUnit(ps[0])
	return true
}

var (
	publicHouses21      = cue("publicHouses21")
	housePrepositions21 = cue("housePrepositions21")
)

// publicHouse: a public body's word and "House" after a place's
// preposition, with or without "the", are the building, LOC: "told
// reporters at Parliament House", "a meeting at the Council House". The
// run ends in no place's head ("House" ends firms' and houses' names
// too), so without the preposition it is left alone.
func (d *doc) publicHouse(ps []piece) bool {
	if len(ps) != 2 || d.word(ps[1]) != "House" || !publicHouses21.has(d.word(ps[0])) {
		return false
	}
	s := ps[0].s
	t := d.toks
	p := s - 1
	if p > 0 && t[p].text == "the" {
		p--
	}
	if p < 0 || !housePrepositions21.has(t[p].text) || t[s].newline {
		return false
	}
	return d.add(s, ps[1].e, "LOC", "")
}

// pronounI: the pronoun "I" before a verb in the first person's present
// or a modal ends the name before it, no regnal numeral: "every time I
// drive down Kessel Road I see", "in Tarvo I think". A ruler's "I" takes
// the third person ("Tarvo I rules") or the past, which is left alone
// ("Tarvo I saw"), as is "Phase I trials".
func (d *doc) pronounI(ps []piece) bool {
	n := len(ps)
	if n < 2 {
		return false
	}
	last := ps[n-1]
	t := d.toks
	i := last.s
	if last.unit != nil || last.conn || last.e-i != 1 || t[i].text != "I" || i+1 >= len(t) || t[i+1].newline || t[i+1].kind != tkWord {
		return false
	}
	if !firstPersonVerbs21.has(t[i+1].text) {
		return false
	}
	d.classify(ps[:n-1])
	return true
}

// listClause: the words about a list of names from its preposition at p
// to its end at e (n names) make it no list of towns: a verb of a person
// or in the singular after it ("in Leeds and Brandt was pleased"), a verb
// in the past after two names ("in Leeds and Brandt won"), a preposition
// of its own ("backed Ana Brandt in Leeds and Orvik Lumas in Tarvo":
// pairs of a person and a place), or a person just before the
// preposition.
func (d *doc) listClause(p, e, n int) bool {
	t := d.toks
	if p > 0 && d.personEnds[p] {
		return true
	}
	if e >= len(t) || t[e].newline {
		return false
	}
	w := t[e].text
	if t[e].kind == tkPossessive || personVerbs.has(w) || auxiliaryVerbs.has(w) || singularVerbs.has(w) || listPlacePrepositions22.has(w) {
		return true
	}
	if n < 3 {
		if tg := d.tagAfter(e - 1); tg == "VBD" || tg == "VBZ" || tg == "MD" {
			return true
		}
	}
	return false
}
