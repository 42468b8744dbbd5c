package extract

import "strings"

// Round-12 news rules for organisations read from the words just before or
// after their name: a company by how its shares are held ("the
// Tokyo-listed Kessel", "state-owned Tarvel", "privately held Orvane"), by
// its kind noun after it ("his Kessel conglomerate"), by its exchange
// ("Kessel on the Tarvel Stock Exchange") or by the word opening its name
// named again ("Kessel Motors ... Kessel"); a club by the result it owns
// ("Kessel's 3-0 win over Tarvel") or a result's line ("Orvane 24 Kessel
// 20") and a franchise by its nickname ("Kessel Super Kings"); a
// legislature's house alone ("urged the House"). The helpers here serve
// edits of older rules too: parentCompany, sharesBefore and flyingAir
// (news_names10.go, classify.go's airline), armWords (nationalArm), scoreHeadline (resultClub), nicknameTeam (teamName).

// tradedCompany: "the Nasdaq-listed Kessel", "state-owned Tarvel Oil",
// "publicly traded Orvane Quill", "the privately held Kessel": what is
// listed, quoted, traded or owned by a state, a family or a market is a
// business, whatever its name's shape (a person is none of these, and a
// given name may open a firm's name: "family-owned Anna Kessel Foods").
// "Held" and "controlled" after a hyphen make a place's ("Rebel-held
// Kessel"), so "held" counts only after "privately" or "closely"; the
// name's pieces may hold no listed place or person.
func (d *doc) tradedCompany(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s < 2 || n > 4 || !tradedParticiples.has(toks[s-1].text) || toks[s].newline || toks[s-1].newline || hasConn(ps) {
		return false
	}
	v, before := toks[s-1].text, toks[s-2]
	switch {
	case before.text == "-" && toks[s-1].glued && v != "held":
		// "Nasdaq-listed", "state-owned"
	case tradedAdverbs.has(strings.ToLower(before.text)) && !toks[s-1].glued:
		// "publicly traded", "privately held"
	default:
		return false
	}
	return onlyOrgUnits(ps) && d.add(s, e, "ORG", "")
}

// resultOwner: "Kessel's 3-0 win over Tarvel", "Orvane's 2-1 defeat to
// Kessel Rovers", "Tarvel's 1-1 draw with Orvane": a name whose
// possessive owns a match's score and result is a side's, as is the name
// after the result's link; a person named before in the text is a
// player's (a tennis player owns a win too: "Kessel's 6-4 win"), and a
// listed place or person keeps its label (cityTeam reads cities).
func (d *doc) resultOwner(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if e+4 >= len(toks) || toks[e].kind != tkPossessive || n > 3 || hasConn(ps) || !d.scoreAt(e+1) || !resultNouns.has(toks[e+4].text) {
		return false
	}
	if !onlyOrgUnits(ps) || d.namedPerson(toks[e-1].text) || n > 1 && d.a.givenNames.has(toks[s].text) {
		return false
	}
	d.add(s, e, "ORG", "")
	// the other side after "over", "to", "against", "with", "by"
	k := e + 5
	if k+1 >= len(toks) || !matchLinks.has(toks[k].text) || toks[k].text == "at" {
		return true
	}
	var side []piece
	for k++; len(side) < 3; {
		p, ok := d.itemAt(k)
		if !ok || p.conn || toks[p.s].newline || !isCapitalised(toks[p.s].text) || p.unit != nil && p.unit.label != "ORG" {
			break
		}
		side = append(side, p)
		k = p.e
	}
	if len(side) > 0 && !d.namedPerson(toks[side[len(side)-1].e-1].text) {
		d.add(side[0].s, side[len(side)-1].e, "ORG", "")
	}
	return true
}

// parentCompany: "parent company", "parent group" from token k: what only
// a body has (a person has parents, no parent firm).
func (d *doc) parentCompany(k int) bool {
	toks := d.toks
	return k+1 < len(toks) && toks[k].text == "parent" && companyHeads.has(toks[k+1].text)
}

// scoreHeadline: the name over tokens [s, e) is one side of a result that
// is its line alone, "Orvane 24 Kessel 20": it opens the line and a name
// and a score end it after its own score, or it follows a line-opening
// name and score and its score ends the line. lineScoreAt(e) holds.
func (d *doc) scoreHeadline(s, e int) bool {
	t := d.toks
	lineEnd := func(k int) bool { return k >= len(t) || t[k].newline }
	if s == 0 || t[s].newline {
		// the first side: a name of at most three words and a score end the line
		for k := e + 2; k < len(t) && k <= e+4 && !t[k].newline; k++ {
			if d.lineScoreAt(k) && lineEnd(k+1) {
				return isCapitalised(t[e+1].text) && !t[e+1].newline
			}
		}
		return false
	}
	if !lineEnd(e+1) || !d.lineScoreAt(s-1) {
		return false
	}
	// the second side: a name of at most three words opens the line before it
	for k := s - 2; k >= 0 && k >= s-4; k-- {
		if k == 0 || t[k].newline {
			return isCapitalised(t[k].text) && k < s-1
		}
	}
	return false
}

// teamAgain: "Orvane 24 Kessel 20 ... Kessel came back": a region's or a
// city's name read as a side on a result's line before is the side's
// again, but after a place's preposition ("in Kessel"); a country's name
// is a national side's, a GPE.
func (d *doc) teamAgain(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical] || homeNations.has(ps[0].unit.canonical) {
		return false
	}
	s, e := ps[0].s, ps[0].e
	if s > 0 && (placePrepositions.has(d.toks[s-1].text) || placeOnlyPrepositions.has(d.toks[s-1].text)) {
		return false
	}
	canonical, ok := d.readMentions().sides[d.surface(s, e)]
	return ok && d.add(s, e, "ORG", canonical)
}

// armWords: the plain words between a company's name and a country's in
// its national arm's ("Motor", "Bank"), one capitalised word a piece, no
// listed name, given name, region's adjective or compass word ("Kessel
// Western Australia" is a company in a state).
func (d *doc) armWords(ps []piece) bool {
	for _, p := range ps {
		w := d.word(p)
		if p.unit != nil || p.conn || p.e-p.s != 1 || !isCapitalised(w) || d.a.givenNames.has(w) || regionAdjectives.has(w) || compassWords.has(w) || countryParts.has(w) {
			return false
		}
	}
	return true
}

// sharesBefore: the sentence of token s names a company's shares before
// it ("Shares in Kessel rose 2%, while Tarvel gained 3%"), within 40
// tokens: a lone word's move in a list of shares' moves is a listed
// company's, not a commodity's (marketDeed); shares alone are no list
// ("Shares were flat, but gold rose 2%").
func (d *doc) sharesBefore(s int) bool {
	toks := d.toks
	for k := s - 1; k >= 0 && k >= s-40; k-- {
		if w := toks[k].text; (w == "shares" || w == "Shares") && (toks[k+1].text == "in" || toks[k+1].text == "of") {
			return true
		}
		if toks[k].sentStart {
			return false
		}
	}
	return false
}

// shortFormWord: token k may stand alone for the organisation whose name
// it opens ("Kessel Motor India" ... "Kessel"): a word no lexicon knows,
// no given name, people's word or adjective, not opened by a hyphen's
// part ("Rolls-Royce").
func (d *doc) shortFormWord(k int) bool {
	toks := d.toks
	w := toks[k].text
	return toks[k].kind == tkWord && isCapitalised(w) && d.a.uncommon(w) && !d.a.givenNames.has(w) && !d.a.demonyms[w] && !derivedAdjectives.has(w) &&
		!titleWords.has(w) && !shipPrefixes.has(w) && (k+1 >= len(toks) || toks[k+1].text != "-")
}

// orgShortForm: "PT Kessel Indonesia Tbk ... 15 Kessel jets ... Kessel's
// troubles": an organisation named in full before is named again by the
// word that opens its name, over a craft's label that a list gives the
// word ("Kessel" the airline, no jet); a listed place, person or body
// keeps its own, a name's word inside a longer run is no short form, and
// a body named for its place ("Kessel District Council") leaves the word
// to the place, as does a region after it ("Kessel, Wisconsin") and a
// person of that surname.
func (d *doc) orgShortForm(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 || ps[0].unit != nil && ps[0].unit.label != "PLATFORM" {
		return false
	}
	s := ps[0].s
	canonical, ok := d.readMentions().firstWords[d.toks[s].text]
	if !ok || s+1 < len(d.toks) && d.toks[s+1].text == "-" || d.regionAt(s+1) || d.namedPerson(d.toks[s].text) {
		return false // "Kessel, Wisconsin": the town; "Ana Kessel": the person
	}
	return d.add(s, s+1, "ORG", canonical)
}

// kindAfter: "his Kessel conglomerate", "the Tarvel carmaker", "a Kessel
// subsidiary": a name between a determiner and a body's kind noun that
// ends the phrase is the body's; a listed place, person or given name
// keeps its own ("the Oslo studio" is a studio in Oslo, "the Anna Kessel
// band" a person's), and a people's word is an adjective ("the German
// carmaker").
func (d *doc) kindAfter(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s == 0 || e+1 >= len(toks) || n > 3 || hasConn(ps) || !kindDeterminers.has(toks[s-1].text) || toks[s].newline || toks[e].newline {
		return false
	}
	if k := toks[e].text; !orgNouns.has(k) && !companyHeads.has(k) && !bodyKindNouns.has(k) || teamNouns.has(k) || k == "team" || k == "club" || toks[e+1].kind == tkWord && isCapitalised(toks[e+1].text) {
		return false // "the Kessel team": a town's side, read by the team rules
	}
	w := toks[s].text
	if !onlyOrgUnits(ps) || d.a.givenNames.has(w) || d.a.demonyms[w] || derivedAdjectives.has(w) || !d.a.uncommon(w) && ps[0].unit == nil {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// exchangeOn: "shares of Kessel on the Tarvel Stock Exchange": a name,
// "on (the)" and an exchange's are two bodies, each read alone.
func (d *doc) exchangeOn(ps []piece) bool {
	n := len(ps)
	if n < 3 || !exchangeWords.has(d.word(ps[n-1])) {
		return false
	}
	for i := 1; i < n-1; i++ {
		if ps[i].conn && d.toks[ps[i].s].text == "on" {
			d.classify(ps[:i])
			d.classify(ps[i+1:])
			return true
		}
	}
	return false
}

// theHouse: "urged the House to delete it", "The House is expected to
// vote": a legislature's house by its head word alone after "the", in a
// text that reports a legislature's work (lawText); "the House of ..."
// is a longer name, and a capitalised word after it makes one too.
func (d *doc) theHouse(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	s := ps[0].s
	toks := d.toks
	if !houseWords.has(toks[s].text) || s == 0 || toks[s-1].text != "the" && toks[s-1].text != "The" {
		return false
	}
	if s+1 < len(toks) && (toks[s+1].text == "of" || isCapitalised(toks[s+1].text) && !toks[s+1].sentStart) || !d.lawText() {
		return false
	}
	return d.add(s, s+1, "ORG", "")
}

// lawText reports whether the text speaks of a legislature's work: two of
// its words ("bill", "lawmakers", "Senate", "vote") that differ, read once
// a text.
func (d *doc) lawText() bool {
	st := &d.orgs8
	if st.lawRead {
		return st.law
	}
	st.lawRead = true
	first := ""
	for _, t := range d.toks {
		if t.kind != tkWord || len(t.text) < 3 {
			continue
		}
		w := strings.ToLower(t.text)
		if !lawWords.has(w) || w == first {
			continue
		}
		if first != "" {
			st.law = true
			break
		}
		first = w
	}
	return st.law
}

// nicknameTeam: "Kessel Super Kings", "Tarvo Royal Challengers": in a text
// that reports sport, a word no lexicon knows (a place's short name), a
// common word and the plural of a common noun name a franchise; no
// person's name is so made (teamName).
func (d *doc) nicknameTeam(ps []piece) bool {
	if len(ps) != 3 || hasConn(ps) || ps[1].unit != nil || ps[2].unit != nil {
		return false
	}
	first, mid, last := d.word(ps[0]), d.word(ps[1]), d.word(ps[2])
	sing, ok := strings.CutSuffix(last, "s")
	if !ok || len(sing) < 3 || first == "" || mid == "" || !isCapitalised(mid) || !d.a.uncommon(first) || d.a.uncommon(mid) || d.a.uncommon(sing) {
		return false
	}
	return d.sportText()
}

// flyingAir: the word p before "Air" names an airline ("Lion Air",
// "Kessel Air"): one capitalised word, no listed name, where the sentence
// speaks of flying within a few words ("a ticket on Lion Air", "Kessel Air
// will add flights"); "Fresh Air" in a sentence of no flight is none, nor
// is a model with its number ("King Air 350") (airline).
func (d *doc) flyingAir(p piece) bool {
	if p.unit != nil || p.conn || p.e-p.s != 1 || !isCapitalised(d.toks[p.s].text) {
		return false
	}
	toks := d.toks
	if k := p.e + 1; k < len(toks) && (isNumber(toks[k].text) || hasDigit(toks[k].text)) {
		return false // "King Air 350": an aircraft's model
	}
	for k := max(0, p.s-8); k < len(toks) && k < p.s+12; k++ {
		if flyingWords.has(toks[k].text) {
			return true
		}
	}
	return false
}
