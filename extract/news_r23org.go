package extract

// Round 23 (r23org): organisations in general news known by plain words,
// read from what they do and the words around them: a party named by a
// common adjective before one of its officers ("Conservative Leader Ana
// Kessel", "a Green councillor"), a lone company's share move in a text
// of shares ("Tarvolt jumped 3% to $21"), a body that runs a named thing
// ("Kesselair, which runs Tarvo Airport"), a union whose name a title's
// word opens ("the General Dockers' Union"), and a company's arm after a
// country's adjective ("its Orvanian arm Tarvo").

import "unicode"

var (
	partyWords23   = cue("partyWords23")
	partyRoles23   = cue("partyRoles23")
	partyTitles23  = cue("partyTitles23")
	nonFirmMovers  = cue("nonFirmMovers23")
	shareWords23   = cue("shareWords23")
	unionHeads23   = cue("unionHeads23")
	bodyTitleWords = cue("bodyTitleWords23")
)

// partyRole: a party named by a common adjective, before a noun of its
// officers or members, is the party, ORG: "a Conservative councillor",
// "Green leader Ana Kessel", "Bloc Leader Tarvo Brandt", "a future
// Coalition government". The adjective alone ("Conservative voters",
// "a liberal view") names nothing; a title after it keeps its person.
func (d *doc) partyRole(ps []piece) bool {
	toks := d.toks
	s := ps[0].s
	// "Conservative Leader Ana Kessel said": the sentence's opening word
	// is left out of the chunk, which the title opens
	if s > 0 && ps[0].unit == nil && partyTitles23.has(toks[s].text) && partyWords23.has(toks[s-1].text) && toks[s-1].sentStart && !d.used[s-1] && !toks[s].newline {
		d.add(s-1, s, "ORG", "")
		d.classify(ps)
		return true
	}
	if ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !partyWords23.has(toks[s].text) {
		return false
	}
	if len(ps) == 1 {
		e := s + 1
		if e >= len(toks) || toks[e].newline || !partyRoles23.has(toks[e].text) {
			return false
		}
		return d.add(s, e, "ORG", "")
	}
	if ps[1].conn || ps[1].e-ps[1].s != 1 || !partyTitles23.has(d.word(ps[1])) || len(ps) < 3 {
		return false
	}
	d.add(s, s+1, "ORG", "")
	d.classify(ps[1:])
	return true
}

// loneShareMover: in a text that speaks of shares or stocks, a lone word
// that moves by a share of itself or to a price is a listed company's
// name ("Tarvolt jumped 2.8% to $17.20", "Kesselbank eased to $12.65"),
// as marketDeed reads a longer name; a commodity, a coin or an index
// ("Brent rose 2%") and a common word ("Sterling fell 1%") are not.
func (d *doc) loneShareMover(s int) bool {
	w := d.toks[s].text
	// an acronym ("CAB") may spell a common word and is no common word
	if nonFirmMovers.has(w) || !allCapitals(w) && d.commonWord(w) || d.a.demonyms[w] {
		return false
	}
	if s > 0 && placePrepositions.has(d.toks[s-1].text) {
		return false // "house prices in Tarvomere rose 4%": a town's
	}
	return d.speaksOf(shareWords23)
}

// priceAfter: "to" and a price ("to $12.65", "to S$4.10") from token k.
func (d *doc) priceAfter(k int) bool {
	toks := d.toks
	if k+1 >= len(toks) || toks[k].text != "to" {
		return false
	}
	w := toks[k+1].text
	for _, r := range w {
		return unicode.Is(unicode.Sc, r) || w[len(w)-1] == '$' || len(w) > 1 && w[1] == '$'
	}
	return false
}

// whichNamed: "Kesselair, which runs Tarvo Airport", "Orvane, which is
// listed on Nasdaq": after ", which", a verb of running or owning and a
// name, or "is listed", "is based" or "is headquartered", tell a body
// (whichRuns reads the verbs with a count).
func (d *doc) whichNamed(s, e int) bool {
	toks := d.toks
	v, next := toks[e+2].text, toks[e+3].text
	if countedRunVerbs.has(v) {
		return isCapitalised(next) && !toks[e+3].sentStart && !honorifics.has(next)
	}
	if (v == "is" || v == "was") && e+4 < len(toks) {
		switch next {
		case "listed", "headquartered":
			return true
		case "based":
			// "the Kessel, which is based in Tarvo": a ship's or a unit's
			return toks[e+4].text == "in" && (s == 0 || toks[s-1].text != "the" && toks[s-1].text != "The")
		}
	}
	return false
}

// titledUnion: "the General Dockers' Union", "the Danish General Labour
// Union", "the Major Works Office": a title's word opening a run that
// ends in a union's, a federation's or an office's head is the body's
// word, no person's title; the run is one ORG.
func (d *doc) titledUnion(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 6 || ps[n-1].unit != nil || !unionHeads23.has(d.word(ps[n-1])) {
		return false
	}
	if s := ps[0].s; s > 0 && titleWords.has(d.toks[s-1].text) {
		return false // "Major General Kessel": a rank
	}
	title := -1
	for i, p := range ps[:n-1] {
		if p.unit != nil && p.unit.label != "GPE" {
			return false
		}
		w := d.word(p)
		if p.conn {
			if c := d.toks[p.s].text; c == "'" || c == "’" {
				continue // "Dockers' Union"
			}
			return false
		}
		if bodyTitleWords.has(w) && title < 0 {
			title = i
		}
	}
	if title < 0 || title > 1 || title == 1 && ps[0].unit == nil && !d.a.demonyms[d.word(ps[0])] {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// portfolioName: after an office's title and "of", a portfolio of
// capitalised common words joined by "and" and then a person's name of
// two or three words no lexicon knows ("Minister of Water and
// Energy Tarvik Orlanov"): the index of the name's first piece, or 0, as
// officeThenName reads a portfolio of title words. The portfolio names
// an office, no body.
func (d *doc) portfolioName(rest []piece) int {
	j := 0
	for j < len(rest) && rest[j].unit == nil && d.portfolioPiece(rest[j]) {
		j++
	}
	if j == 0 || j == len(rest) || rest[j-1].conn || len(rest)-j < 2 || len(rest)-j > 3 || hasConn(rest[j:]) || hasUnit(rest[j:]) {
		return 0
	}
	for _, p := range rest[j:] {
		if !d.a.uncommon(d.word(p)) && !d.a.givenNames.has(d.word(p)) {
			return 0
		}
	}
	if d.personLen(rest[j:]) != len(rest)-j {
		return 0
	}
	return j
}

// portfolioPiece: "and", "&", a title's word or a capitalised common
// word that no given name is ("Water", "Energy", "Roads").
func (d *doc) portfolioPiece(p piece) bool {
	if p.conn {
		t := d.toks[p.s].text
		return t == "and" || t == "&"
	}
	w := d.word(p)
	return w != "" && isCapitalised(w) && !allCapitals(w) && !d.a.givenNames.has(w) && !d.a.demonyms[w] && (titleWords.has(w) || d.commonWord(w))
}

// portfolioTail: "Minister of Digital Affairs, Innovation and
// Space Industry Tarvik Orlanov": the part of a portfolio after its
// comma and the minister's name, a chunk of its own, give the person;
// the portfolio's words give nothing.
func (d *doc) portfolioTail(ps []piece) bool {
	s := ps[0].s
	toks := d.toks
	if s < 4 || toks[s-1].text != "," || len(ps) < 3 || !d.portfolioPiece(ps[0]) || ps[0].conn {
		return false
	}
	// back over the portfolio's first part to "Minister of"
	k := s - 2
	for m := 0; m < 8 && k > 1 && (toks[k].text == "," || isCapitalised(toks[k].text) && !toks[k].sentStart); m++ {
		k--
	}
	if toks[k].text != "of" || !officeHeads.has(toks[k-1].text) {
		return false
	}
	// the part after a list's comma ends the list with "and": "the
	// Minister of Defence, Tore Brandt," is a name in apposition
	j := d.portfolioName(ps)
	if j == 0 || !hasConn(ps[:j]) {
		return false
	}
	d.claim(s, ps[j].s)
	d.classify(ps[j:])
	return true
}

// ministerPortfolio: "the Minister of Water and Energy": a
// minister's portfolio of capitalised common words names the office, no
// body, as title words do ("Minister of Defence").
func (d *doc) ministerPortfolio(title piece, rest []piece) bool {
	if d.word(title) != "Minister" || len(rest) == 0 || rest[len(rest)-1].conn {
		return false
	}
	for _, p := range rest {
		if p.unit != nil || !d.portfolioPiece(p) {
			return false
		}
	}
	return true
}

// compoundBeforeBody: "the Export-Import Bank of Orvania": a hyphened
// pair of capitalised common words before a listed body whose name a
// body's head opens ("Bank of Orvania") is that body's first word, one
// ORG; a place's or a people's word before a body stays its own ("the
// Kessel-based Bank of Orvania" has no capital).
func (d *doc) compoundBeforeBody(ps []piece) bool {
	if len(ps) != 4 || !ps[1].conn || ps[3].unit == nil || ps[3].unit.label != "ORG" || ps[0].unit != nil || ps[2].unit != nil {
		return false
	}
	toks := d.toks
	h := ps[1].s
	if toks[h].text != "-" || !toks[h].glued || !toks[h+1].glued || !orgHeads.has(toks[ps[3].s].text) {
		return false
	}
	for _, p := range []piece{ps[0], ps[2]} {
		w := d.word(p)
		if w == "" || !isCapitalised(w) || allCapitals(w) || !d.commonWord(w) || d.a.demonyms[w] {
			return false
		}
	}
	return d.add(ps[0].s, ps[3].e, "ORG", "")
}

// bodyOfficerAt: "chief executive", "chief financial officer" from token
// k: an officer only a body has ("Kesselbank's acting chief executive");
// a person has a chief of staff.
func (d *doc) bodyOfficerAt(k int) bool {
	toks := d.toks
	if k+1 >= len(toks) || toks[k].text != "chief" {
		return false
	}
	switch toks[k+1].text {
	case "executive", "financial", "operating":
		return true
	}
	return false
}

var (
	postVerbs23     = cue("postVerbs23")
	officerLevels23 = cue("officerLevels23")
	bodyOfficers23  = cue("bodyOfficers23")
)

// postedOnX: "said on X", "posted on X that", "in a post on X": the
// social network by its one letter, ORG, after "on" and a verb or noun of
// posting; a lone "X" elsewhere ("factor X", "on X Street") is left alone.
func (d *doc) postedOnX(ps []piece) bool {
	s := ps[0].s
	toks := d.toks
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-s != 1 || toks[s].text != "X" || s < 2 || toks[s-1].text != "on" || !postVerbs23.has(toks[s-2].text) {
		return false
	}
	return d.add(s, s+1, "ORG", "")
}

// levelOfficer: "Anchor regional officer Ana Kessel", "Tarvocom national
// organiser Ben Orr": a lone word before a level's adjective and an
// officer's noun, and a name, is the union or the body that employs the
// officer, though it be a common word ("Harbour"); a place's officer
// ("Kessel County") is a longer run.
func (d *doc) levelOfficer(ps []piece) bool {
	s := ps[0].s
	toks := d.toks
	e := s + 1
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e != e || e+2 >= len(toks) || !officerLevels23.has(toks[e].text) || !bodyOfficers23.has(toks[e+1].text) {
		return false
	}
	w := toks[s].text
	if !isCapitalised(toks[e+2].text) || toks[e+2].sentStart || d.a.givenNames.has(w) || d.a.demonyms[w] || toks[e].newline {
		return false
	}
	return d.add(s, e, "ORG", "")
}

var (
	partyMembers23 = cue("partyMembers23")
	houseNames23   = cue("houseNames23")
)

// houseMembers: "Senate Republicans", "a senior Democrat on the Senate
// farm committee": a legislature's house and its party's members are
// the house alone, ORG; the members are people, no party's name.
func (d *doc) houseMembers(ps []piece) bool {
	n := len(ps)
	if n < 2 {
		return false
	}
	first := d.toks[ps[0].s].text
	if n == 2 && !ps[1].conn && ps[1].unit == nil && houseNames23.has(first) && ps[0].e-ps[0].s == 1 && partyMembers23.has(d.word(ps[1])) {
		if ps[0].unit != nil {
			d.addUnit(ps[0])
		} else {
			d.add(ps[0].s, ps[0].e, "ORG", "")
		}
		d.claim(ps[1].s, ps[1].e)
		return true
	}
	// "Democrat on the Senate": the member is no part of the house's name
	if ps[0].unit == nil && ps[0].e-ps[0].s == 1 && partyMembers23.has(first) && ps[1].conn {
		if w := d.toks[ps[1].s].text; w == "on" || w == "in" {
			d.claim(ps[0].s, ps[1].e)
			d.classify(ps[2:])
			return true
		}
	}
	return false
}

var afterThing23 = cue("afterThing23")

// theGivenNamed: "repaint the Mateo Tarvos before the derby", "the
// Lucia Orvastone is here": "the" right before a
// name that a given name opens makes it a thing named after a person (a
// ground, a range, a stone), never the person, whom English names bare;
// a place's head at its end makes it a place (LOC), and otherwise the
// name is left out. Before a noun the name is a modifier ("the Ana Kessel
// case") and a person's; "who" after it keeps a person's too.
func (d *doc) theGivenNamed(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if n < 2 || n > 3 || s == 0 || e >= len(toks) || toks[s-1].text != "the" && toks[s-1].text != "The" || !d.a.givenNames.has(toks[s].text) || hasConn(ps) || hasUnit(ps) {
		return false
	}
	if next := toks[e]; next.newline || next.kind == tkPossessive || next.kind == tkWord && !afterThing23.has(next.text) {
		return false
	}
	for _, p := range ps[:n-1] {
		if !d.personWord(p) {
			return false
		}
	}
	if locHeads.has(toks[e-1].text) {
		return d.add(s, e, "LOC", "")
	}
	if !d.personWord(ps[n-1]) {
		return false
	}
	d.claim(s, e)
	return true
}
