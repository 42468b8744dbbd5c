package extract

import "strings"

// Round-6 rules for organisations in encyclopedic and general prose. An
// organisation by the structure of its name: a head word the older lists
// leave out ("the Halden String Quartet", "the Royal Orvane Dragoons"), a
// start before "of" ("Diocese of Tarvel", "Confederation of Orvane
// Industry"), a broadcaster's opener ("Radio Tarvel"), a possessive before
// a head ("St Aldric's College", "the People's Party"), a band's or a
// paper's "The" in mid-sentence ("joined The Silver Keys"), a party's
// name with its country ("the Liberal Party of Orvania"); by its context
// (orgByContext: "recorded for Kessel", "graduated from Quenby", "a member
// of Velloran", "Tessco is an engineering firm", "ordered trains from
// Kessel"); an unknown acronym that acts ("ICOMOS listed"). And runs that
// are two names, not one ("between Tarvel and Kessel", "the Halden
// Institute for Physics and CERN"), or a post and a company ("Vice
// President of Orland Textiles, Inc."). The cue words are in cues.txt.

// orgByStructure labels a chunk ORG by its structure words, over the person and
// place rules that would read a given name, a surname or a town in it: a
// company's legal form of Europe or Asia ("Tarvel Industri AB", "Eriksen
// Shipping A/S"), a head, a start before "of", an opener, a school's or an
// institute's first word in another language.
func (d *doc) orgByStructure(ps []piece) bool {
	if len(ps) < 2 || !d.orgParts(ps) {
		return false
	}
	first, last := d.word(ps[0]), d.word(ps[len(ps)-1])
	e := ps[len(ps)-1].e
	switch {
	case foreignLegalForms.has(last) && !hasConn(ps) && !d.a.demonyms[first]:
		// "Tarvel Industri AB", "Kessel Oyj"
	case !hasConn(ps) && d.legalFormAt(ps[len(ps)-1].s) > e:
		// "Eriksen Shipping A/S", "Quorlane S.p.A.": the form's first
		// letter is the chunk's last piece
		e = d.legalFormAt(ps[len(ps)-1].s)
	case groupHeads.has(last) && !hasConn(ps) && !(last == "Branch" && titleWords.has(first)) && (last != "Order" || orderAdjective(first, len(ps))):
		// "the National Library"; "the Executive Branch" is a part of a
		// government, no body's name; "the Dominican Order" is a
		// religious order, "an Executive Order" a decree
	case ps[1].conn && d.toks[ps[1].s].text == "of" && len(ps) >= 3 && (groupStarts.has(first) || first == "Order" && d.saintAfter(ps[2])):
		// "Order of Saint Aldric", not "Order of Merit"
	case orgOpeners.has(first) && !hasConn(ps), d.foreignBody(ps):
		// "Radio Tarvel"; "Université de Tarvel", "Lycée Henri-IV", and
		// "Instituto Nacional", though a club is named "Instituto"
	default:
		return false
	}
	d.add(ps[0].s, e, "ORG", "")
	return true
}

// legalFormAt: the end of a company's legal form written in several
// tokens with no space from token s on ("A/S", "S.p.A.", "B.V."), or s
// when none stands there.
func (d *doc) legalFormAt(s int) int {
	toks := d.toks
	if s >= len(toks) || toks[s].glued || toks[s].newline {
		return s
	}
	form := toks[s].text
	for k := s + 1; k < len(toks) && k <= s+5 && toks[k].glued; k++ {
		form += toks[k].text
		if foreignLegalForms.has(form) && (k+1 == len(toks) || !toks[k+1].glued || toks[k+1].kind != tkWord) {
			return k + 1
		}
	}
	return s
}

// orgParts: the pieces may make one organisation's name: no "and", and
// any listed name in it is a place's or an organisation's ("Vienna
// Sinfonietta", "Church of England").
func (d *doc) orgParts(ps []piece) bool {
	for _, p := range ps {
		if p.conn && d.toks[p.s].text == "and" {
			return false
		}
		if u := p.unit; u != nil && u.label != "GPE" && u.label != "LOC" && u.label != "ORG" {
			return false
		}
	}
	return true
}

// saintAfter: the piece is "Saint", "St" or "St." (or "the", as in "Order
// of the Holy Cross").
func (d *doc) saintAfter(p piece) bool {
	switch d.toks[p.s].text {
	case "Saint", "St", "St.", "the", "Our":
		return true
	}
	return false
}

// possessiveOrg: a name, its possessive and one head word of an
// organisation are one: "St Aldric's College", "the People's Party",
// "Queen's University", "the Tarvel District Attorney's Office". A listed
// name before the possessive is its owner ("Orvania's Labour Party" is
// the party of a country), and so is a person's.
func (d *doc) possessiveOrg(ps []piece) bool {
	if hasConn(ps) || hasUnit(ps) || len(ps) > 3 || len(ps) >= 2 && d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	if e+1 >= len(toks) || toks[e].kind != tkPossessive || toks[e].newline || toks[e+1].newline {
		return false
	}
	head := toks[e+1].text
	if !orgHeads.has(head) && !groupHeads.has(head) || leaderOwned.has(head) || !d.free(e, e+2) || d.namedPerson(toks[e-1].text) {
		return false // "Varga's Cabinet", and "Varga's Party" after "Ilse Varga", are a person's
	}
	if e+2 < len(toks) && !toks[e+2].newline && (isCapitalised(toks[e+2].text) || toks[e+2].kind == tkPossessive) {
		return false // the head opens a longer name, or owns another
	}
	if u, ok := d.unitAt(e + 1); ok && u.end > e+2 {
		return false
	}
	d.add(ps[0].s, e+2, "ORG", "")
	return true
}

// namedPerson: a person the text has named already ends in the word w.
func (d *doc) namedPerson(w string) bool {
	for _, m := range d.mentions {
		if m.label == "PERSON" && d.toks[m.e-1].text == w {
			return true
		}
	}
	return false
}

// capitalThe: "The" in capitals in mid-sentence opens a band's or a
// paper's name, kept inside it: "signed The Drifting Hours", "wrote for
// The Evening Courier" — a name ending in a plural or an organisation's
// head. A work's title after its noun is no entity (workTitle).
func (d *doc) capitalThe(ps []piece) bool {
	s := ps[0].s
	toks := d.toks
	if len(ps) < 2 || ps[0].unit != nil || toks[s].text != "The" || toks[s].sentStart || s == 0 || toks[s].newline {
		return false
	}
	if prev := toks[s-1]; prev.kind != tkWord || isCapitalised(prev.text) || workNouns.has(prev.text) {
		return false
	}
	if !d.orgParts(ps) || hasUnit(ps[1:]) {
		return false
	}
	last := d.word(ps[len(ps)-1])
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && len(last) > 3
	if !plural && !orgHeads.has(last) && !outletHeads.has(strings.ToLower(last)) {
		return false
	}
	d.add(s, ps[len(ps)-1].e, "ORG", "")
	return true
}

// orgByContext labels an unknown name ORG by the words around it: a label
// or a club ("recorded for Kessel", "released on Orvane", "signed to
// Tarvel"), a school ("graduated from Quenby", "studied law at Tarvel", "a
// doctorate from Quenby"), a body with members ("a member of Velloran"), a
// place of work ("ten years at Velto", "a stint at Velto", "pilots at
// Skyvane"), a team a
// player moves to ("traded to the Marlow Miners"), a firm ("left to found
// Brandt Advisory", "joined Velto in 2009", "joined Velto as an
// engineer", "merged with Tarvex", "Vantor acquired Pexel"), a band ("the
// Kinks toured"), or a kind named in an apposition or after a copula
// ("Velmark, a record label", "Quorvane were a folk group"). A name that a
// lower-case noun follows is that noun's modifier, not read ("a member of
// the Kessel family").
func (d *doc) orgByContext(ps []piece) bool {
	if first := d.word(ps[0]); hasUnit(ps) || hasConn(ps) || len(ps) > 3 || len(ps) >= 2 && d.a.givenNames.has(first) || d.a.demonyms[first] || locOpeners.has(first) {
		return false // a person's, a people's or a place's ("Fort Kessel")
	}
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	at := s // the name, or its article
	if s > 0 && !toks[s].newline && toks[s-1].text == "the" {
		at = s - 1
	}
	before := func(k int) string {
		if at-k < 0 || toks[at].newline || toks[at-k+1].newline {
			return ""
		}
		return toks[at-k].text
	}
	after := func(k int) string {
		if e+k >= len(toks) || toks[e+k].newline {
			return ""
		}
		return toks[e+k].text
	}
	band := d.bandActs(ps, at)
	if next := after(0); !band && next != "" && toks[e].kind == tkWord && !isCapitalised(next) && !orgFollowers.has(next) && !auxiliaryVerbs.has(next) && !strings.HasSuffix(next, "ed") {
		return false // a noun the name modifies; a verb after it is the clause's
	}
	switch {
	case band:
		if d.sentenceThe(s) {
			s-- // "The Kinks recorded it": the article is the band's
		}
	case (before(1) == "for" || before(1) == "on" || before(1) == "to") && labelVerbs.has(before(2)):
	case before(1) == "by" && before(2) == "released":
	case (before(1) == "at" || before(1) == "from") && (schoolVerbs.has(before(2)) || schoolVerbs.has(before(3)) && !isCapitalised(before(2)) || before(1) == "from" && degreeWords.has(before(2))):
	case before(1) == "at" && (stintWords.has(before(2)) || staffNouns.has(strings.ToLower(before(2)))):
	case at != s && (before(1) == "to" || before(1) == "by") && teamMoves.has(before(2)) && d.pluralName(ps):
	case before(1) == "of" && (before(2) == "member" || before(2) == "members"):
	case before(1) == "found" && before(2) == "to", before(1) == "form" && before(2) == "to":
	case before(1) == "with" && (before(2) == "merged" || before(2) == "merge" || before(2) == "merges"):
	case joinVerbs.has(before(1)) && (after(0) == "in" && isYear(after(1)) || after(0) == "as" && (articles.has(after(1)) || after(1) == "its")):
	case at == s && (after(0) == "acquired" || after(0) == "acquires") && isCapitalised(after(1)) && (toks[s].sentStart || before(1) == ","):
	case at == s && after(0) == "merged" && after(1) == "with":
	case d.kindApposition(s, e):
		// "The Wayfarers were a folk group": a band's plural name keeps
		// its article, as capitals in mid-sentence write it (capitalThe)
		if d.sentenceThe(s) && d.pluralName(ps) {
			s--
		}
	default:
		return false
	}
	d.add(s, e, "ORG", "")
	return true
}

// sentenceThe: the token before s is "The" opening its sentence.
func (d *doc) sentenceThe(s int) bool {
	return s > 0 && d.toks[s-1].text == "The" && d.toks[s-1].sentStart
}

// pluralName: the run's last word is a plural ("Miners", "Lanterns"), no
// people's ("Danes") nor a place's ("Highlands").
func (d *doc) pluralName(ps []piece) bool {
	last := d.word(ps[len(ps)-1])
	single, ok := strings.CutSuffix(last, "s")
	return ok && len(single) >= 3 && !strings.HasSuffix(single, "s") && !peopleWord(d.a.demonyms, last) && !placePlurals.has(last)
}

// bandActs: "the Kinks recorded the song", "The Harrow Lanterns toured
// Japan": a plural name after its article that a band's verb follows. A
// family's name in the plural ("the Brandts toured") and places in the
// plural ("the Falklands") are not read.
func (d *doc) bandActs(ps []piece, at int) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if at == s && !d.sentenceThe(s) || e+1 >= len(toks) || toks[e].newline || !bandVerbs.has(toks[e].text) || isNumber(toks[e+1].text) {
		return false // "the Maldives recorded 40 cases" counts
	}
	if !d.pluralName(ps) {
		return false
	}
	single := strings.TrimSuffix(toks[e-1].text, "s")
	return len(ps) > 1 || !d.a.surnames.has(single) && !d.a.givenNames.has(single)
}

// kindApposition: ", a record label", ", an independent folk group",
// from token e, or with a copula after a sentence's subject ("Quorvane
// were a British folk group", "Tessco is an engineering firm"): an
// article, up to three modifiers (lower-case words or peoples'
// adjectives) and a kind of organisation, which heads its phrase: what
// follows it is no noun ("a band leader"), nor "of" ("a group of
// islands"; "a subsidiary of" is one's) or "to" ("a party to the treaty").
func (d *doc) kindApposition(s, e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || toks[e+1].newline || (toks[e+1].text != "a" && toks[e+1].text != "an") {
		return false
	}
	switch w := toks[e].text; {
	case w == ",":
	case (w == "is" || w == "was" || w == "are" || w == "were") && (toks[s].sentStart || d.sentenceThe(s)):
	default:
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+5; k++ {
		w := toks[k].text
		if toks[k].kind != tkWord || toks[k].newline || isCapitalised(w) && !d.a.demonyms[w] || articles.has(w) || w == "of" || orgFollowers.has(w) {
			return false // a modifier is no function word: "an economist at the firm"
		}
		if !orgKinds.has(w) {
			continue
		}
		if k+1 >= len(toks) || toks[k+1].kind != tkWord || toks[k+1].newline {
			return true
		}
		switch next := toks[k+1].text; {
		case next == "of":
			return w == "subsidiary" || w == "imprint" || w == "division"
		case next == "to":
			return false
		default:
			return orgFollowers.has(next) || isCapitalised(next)
		}
	}
	return false
}

// actingAcronym: an acronym no list knows names an organisation when it
// acts at a sentence's start ("ICOMOS listed the site", "UNWRA said"),
// is the agent after "by" ("a report by ICOMOS"), or follows an
// organisation and "and" ("the World Bank and UNDP"). Common
// abbreviations (genericAcronyms) are left alone.
func (d *doc) actingAcronym(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	s := ps[0].s
	if !plainAcronym(d.toks[s].text) {
		return false
	}
	toks := d.toks
	next := ""
	if s+1 < len(toks) && !toks[s+1].newline {
		next = toks[s+1].text
	}
	prev := ""
	if s > 0 && !toks[s].newline {
		prev = toks[s-1].text
	}
	acts := strings.HasSuffix(next, "ed") || next == "said" || next == "says" || auxiliaryVerbs.has(next)
	switch {
	case toks[s].sentStart && acts && !isCapitalised(next):
	case prev == "by":
	case prev == "and" && len(d.mentions) > 0 && d.mentions[len(d.mentions)-1].label == "ORG" && d.mentions[len(d.mentions)-1].e == s-1:
	default:
		return false
	}
	d.add(s, s+1, "ORG", "")
	return true
}

// plainAcronym: three to eight capital letters and nothing else, no
// common abbreviation ("ICU", "DIY").
func plainAcronym(w string) bool {
	return len(w) >= 3 && len(w) <= 8 && !genericAcronyms.has(w) && allCapitals(w)
}

// andAcronym: a name of two or more words, "and" and a lone acronym of
// three letters or more are two organisations' names, not one: "the
// Halden Institute for Physics and CERN", "the Department of Commerce and
// NIST" (a name part of common words, "Research and Development", is no
// acronym).
func (d *doc) andAcronym(ps []piece) bool {
	n := len(ps)
	if n < 4 || !ps[n-2].conn || d.toks[ps[n-2].s].text != "and" || ps[n-1].e-ps[n-1].s != 1 {
		return false
	}
	if !plainAcronym(d.toks[ps[n-1].s].text) {
		return false
	}
	d.classify(ps[:n-2])
	d.classify(ps[n-1:])
	return true
}

// postOfCompany: a post, "of" and a company's name with its legal suffix
// are a title and the company: "Senior Vice President of Orland Textiles,
// Inc." gives the company alone (the post is no part of its name).
func (d *doc) postOfCompany(ps []piece) bool {
	n := len(ps)
	if n < 4 || !legalSuffixes.has(d.word(ps[n-1])) {
		return false
	}
	i := 0
	for i < n && !ps[i].conn {
		if ps[i].unit != nil {
			return false
		}
		i++
	}
	if i == 0 || i+1 >= n || d.toks[ps[i].s].text != "of" || !titleWords.has(d.word(ps[i-1])) {
		return false
	}
	d.classify(ps[i+1:])
	return true
}

// andHeads: a name ending in a head word of orgHeads or groupHeads or made
// of a start, "of" and its object, "and" and a name ending in an
// organisation's head are two organisations: "Kessel Music and Tarvel Music
// Group", "the Tarvel Institute of Technology and Kessel State College",
// "Colegio de Tarvel University and De Kessel University", and an acronym
// and a name ending in such a head ("KSC and Tarvel Bank"); so are two
// places' names each ending in a head word of places ("Ash County and
// Bell County"). When the
// second opens with a head word too, "and" joins two trades of one name:
// "the Marlow Opera and Ballet Company" is one.
func (d *doc) andHeads(ps []piece) bool {
	// "the Ministry of Public Health and Médecins Sans Frontières": a
	// listed organisation after "and" ends the run, a name of its own
	if n := len(ps); n >= 4 && ps[n-2].conn && d.toks[ps[n-2].s].text == "and" && ps[n-1].unit != nil && ps[n-1].unit.label == "ORG" && ps[n-3].unit == nil && !ps[n-3].conn {
		d.classify(ps[:n-2])
		d.classify(ps[n-1:])
		return true
	}
	// "Kessco and Tarvel Bank rose": an acronym alone before "and" is a
	// name of its own, no word of the named body after it
	if n := len(ps); n >= 4 && ps[1].conn && d.toks[ps[1].s].text == "and" && ps[0].e-ps[0].s == 1 && allCapitals(d.word(ps[0])) && len(d.word(ps[0])) >= 2 &&
		!hasConn(ps[2:]) && orgHeads.has(d.word(ps[n-1])) {
		d.classify(ps[:1])
		d.classify(ps[2:])
		return true
	}
	for i := 2; i+2 < len(ps); i++ {
		if !ps[i].conn || d.toks[ps[i].s].text != "and" {
			continue
		}
		left, right := ps[:i], ps[i+1:]
		lw := d.word(left[len(left)-1])
		if !groupHeads.has(lw) && !orgHeads.has(lw) && !gpeHeads.has(lw) && !d.startOfName(left) || hasConn(right) || len(right) < 2 {
			return false
		}
		last, first := d.word(right[len(right)-1]), d.word(right[0])
		switch {
		case gpeHeads.has(lw) && gpeHeads.has(last) && !hasUnit(right):
			// "Ash County and Bell County", "Jawa Barat and Sumatera Utara"
			d.classify(left)
			d.classify(right)
			return true
		case !orgHeads.has(last) && !groupHeads.has(last) || hasUnit(right):
			return false
		case orgHeads.has(lw) && !groupHeads.has(lw) && legalSuffixes.has(last):
			return false // "Orvane Assembly and Test Pvt Ltd": one company's name
		case orgHeads.has(first) || groupHeads.has(first):
			d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
		default:
			d.classify(left)
			d.classify(right)
		}
		return true
	}
	return false
}

// boughtFrom: "ordered thirty trains from Alstom and Stadler", "bought two
// cruisers from Armstrong Whitworth": who a buyer orders or buys goods
// from, counted or named by a common noun, is a maker, each name of a list
// one; a listed place keeps its label ("bought oil from Norway"), and a
// given name makes a person ("bought the house from Ann Brandt").
func (d *doc) boughtFrom(ps []piece) bool {
	toks := d.toks
	s := ps[0].s
	if s < 3 || toks[s-1].text != "from" || toks[s].newline {
		return false
	}
	k := s - 2
	for ; k >= 0 && k >= s-6 && !orderVerbs.has(toks[k].text); k-- {
		if w := toks[k].text; toks[k].kind != tkWord || isCapitalised(w) || toks[k].newline {
			return false
		}
	}
	if k < 0 || k < s-6 || k == s-2 {
		return false
	}
	parts, ok := d.listItems(ps)
	if !ok {
		return false
	}
	for _, part := range parts {
		if len(part) == 0 || hasUnit(part) || d.a.givenNames.has(d.word(part[0])) || d.a.demonyms[d.word(part[0])] || len(part) > 3 {
			return false
		}
	}
	for _, part := range parts {
		d.add(part[0].s, part[len(part)-1].e, "ORG", "")
	}
	return true
}

// partyOfPlace: "the Liberal Party of Orvania", "the Communist Party of
// the Soviet Union": a party's or a movement's head, "of" and a country's
// name are one name (the country is part of it).
func (d *doc) partyOfPlace(ps []piece) bool {
	n := len(ps)
	of := n - 2 // "of", or "of the"
	if of > 0 && ps[of].conn && d.toks[ps[of].s].text == "the" {
		of--
	}
	if u := ps[n-1].unit; n < 4 || of < 2 || !ps[of].conn || d.toks[ps[of].s].text != "of" || !orgOfHeads.has(d.word(ps[of-1])) || u != nil && u.label != "GPE" || u == nil && !d.personWord(ps[n-1]) {
		return false
	}
	for _, p := range ps[:of] {
		if p.conn || p.unit != nil {
			return false
		}
	}
	d.add(ps[0].s, ps[n-1].e, "ORG", "")
	return true
}

// betweenAnd: "between Tarvel and Kessel", "between the Greens and the
// Liberal Party": what stands either side of "and" after "between" are
// two names; a place and a connector after "and" end the second ("between
// Paris and Lyon for the Department for Transport").
func (d *doc) betweenAnd(ps []piece) bool {
	s := ps[0].s
	if s == 0 || d.toks[s-1].text != "between" || d.toks[s].newline {
		return false
	}
	for i, p := range ps {
		if p.conn && d.toks[p.s].text == "and" && i > 0 && i+1 < len(ps) {
			d.classify(ps[:i])
			d.placeThenName(ps[i+1:])
			return true
		}
	}
	return false
}

// placeThenName classifies a run; one that opens with a place's name (a
// listed place or a lone word that opens no organisation's or
// programme's name) and "for", "to" or "from" ("Lyon for the Department
// for Transport") is the place and the name after the connectors.
func (d *doc) placeThenName(ps []piece) {
	for len(ps) > 0 && ps[0].conn {
		ps = ps[1:]
	}
	if len(ps) < 3 || !ps[1].conn || !placeLinks.has(d.toks[ps[1].s].text) {
		d.classify(ps)
		return
	}
	u, w := ps[0].unit, d.word(ps[0])
	if u != nil && u.label != "GPE" && u.label != "LOC" || u == nil && (orgStarts.has(w) || programStarts.has(w) || locStarts.has(w) || orgHeads.has(w) || groupStarts.has(w) || groupHeads.has(w)) {
		d.classify(ps)
		return
	}
	d.classify(ps[:1])
	k := 1
	for k < len(ps) && ps[k].conn {
		k++
	}
	if k < len(ps) {
		d.classify(ps[k:])
	}
}

// startOfName: the pieces are a name, a start of organisations' names,
// "of" and one or two words: "Tarvel Institute of Technology", "Bank of
// Orvania".
func (d *doc) startOfName(ps []piece) bool {
	for i := 0; i+2 < len(ps); i++ {
		if ps[i+1].conn && d.toks[ps[i+1].s].text == "of" && (orgStarts.has(d.word(ps[i])) || groupStarts.has(d.word(ps[i]))) {
			rest := ps[i+2:]
			return len(rest) <= 2 && !hasConn(rest) && !hasConn(ps[:i+1])
		}
	}
	return false
}

// commonStartHead: a name whose first word opens a sentence and is a
// common word too ("Vessel", "Island", "Crown"), which the chunks leave
// out, before a head word of an organisation: "Island Records was founded
// in 1959", "Crown Publishing Group". Title words, peoples' adjectives,
// words of praise and words in capitals are no such first word ("Defence
// Ministry" and "British Airways" are read by the lists and rules that
// know them; "Great School" is a reviewer's praise). A service's title
// word opens a command's name, though: "Naval Sea Systems Command, Kessel,
// is the contracting activity" (round 12).
func (d *doc) commonStartHead(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	last := d.word(ps[len(ps)-1])
	if s == 0 || hasConn(ps) || hasUnit(ps) || !orgHeads.has(last) && !groupHeads.has(last) || d.toks[s].newline {
		return false
	}
	f := d.toks[s-1]
	if !f.sentStart || !d.commonStart(s-1) || f.kind != tkWord || !isCapitalised(f.text) || strings.ToUpper(f.text) == f.text || functionWords.has(f.text) || titleWords.has(f.text) && !commandHeads.has(last) || d.a.demonyms[f.text] || praiseWords.has(strings.ToLower(f.text)) || !d.free(s-1, s) {
		return false // praise ("Great School", "GREAT Store") is a reviewer's
	}
	d.add(s-1, e, "ORG", "")
	return true
}

// orderAdjective: "Order" after one word that ends as the adjectives of
// religious orders do ("Dominican", "Benedictine", "Carmelite",
// "Teutonic") names an order; "Presidential Order", "Court Order" name
// decrees.
func orderAdjective(first string, pieces int) bool {
	if pieces != 2 {
		return false
	}
	for _, end := range []string{"an", "ine", "ite", "ic"} {
		if strings.HasSuffix(first, end) {
			return true
		}
	}
	return false
}

// channelNumber: "Channel 4", "Channel 9": a broadcaster named by its
// number ("the English Channel" is a sea's name, with no number).
func (d *doc) channelNumber(ps []piece) bool {
	toks := d.toks
	s := ps[0].s
	if len(ps) != 1 || toks[s].text != "Channel" || s+1 >= len(toks) || toks[s+1].newline || toks[s+1].glued || len(toks[s+1].text) > 2 || !isNumber(toks[s+1].text) {
		return false
	}
	return d.add(s, s+2, "ORG", "")
}
