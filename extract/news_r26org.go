package extract

// Round 26 (r26org): organisations and sites read from the structure of
// their names: a state's body named with its country ("the Royal Navy of
// Tarvo", "the Ministry of Defence of the Republic of Kessel"), a ground's
// stand or pavilion and a site's campus, an industrial plant after "at",
// an airport's lettered concourse ("Concourse B"); in sport, a town's club
// by the words around it ("the Tarvo game", "two points behind Kessel")
// and a club's short name after its full one ("Kessel City", then "City");
// an "Initiative" or a "Network" that writes (a research body's) or is
// funded (a scheme); a company named like a person, by the words around
// it ("Orvania-based Kessel Tarvo", "the Kessel Tarvo joint venture").

import "strings"

var (
	stateBodies26       = cue("stateBodies26")
	venueHeads26        = cue("venueHeads26")
	plantHeads26        = cue("plantHeads26")
	plantPrepositions26 = cue("plantPrepositions26")
	letterSites26       = cue("letterSites26")
	matchNouns26        = cue("matchNouns26")
	tableLinks26        = cue("tableLinks26")
	researchHeads26     = cue("researchHeads26")
	findingVerbs26      = cue("findingVerbs26")
	fundedVerbs26       = cue("fundedVerbs26")
	firmNounsAfter26    = cue("firmNounsAfter26")
)

// stateBodyOf: "the Armed Forces of the Republic of Kessel", "the Royal
// Navy of Tarvo", "the Ministry of Defence of the Republic of Kessel", "the
// Congress of the Republic": a state's body (a listed one, words its head
// ends, or a head, "of" and its field), "of", "the" perhaps and a country
// (a listed one, "Republic of" and its name, or "the Republic" alone) are
// one name, ORG whole, as every development set's gold writes them; a
// town after "of" is left to bodyOfPlace, which keeps a company's town
// apart.
func (d *doc) stateBodyOf(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 12 || ps[n-1].conn || !hasConn(ps) {
		return false
	}
	k := d.stateCountryOf(ps)
	if k < 1 {
		return false
	}
	if d.stateBody(ps[:k]) {
		return d.add(ps[0].s, ps[n-1].e, "ORG", "")
	}
	// "the Airmobile Forces of the Armed Forces of the Republic of
	// Kessel": a unit of the body before it, "of" and "the" perhaps, read
	// apart
	j := k - 1
	for j > 0 && !ps[j].conn {
		j--
	}
	if j < 1 || !d.stateBody(ps[j+1:k]) {
		return false
	}
	o := j
	if toks := d.toks; toks[ps[o].s].text == "the" && o > 1 && ps[o-1].conn {
		o--
	}
	if d.toks[ps[o].s].text != "of" {
		return false
	}
	d.classify(ps[:o])
	return d.add(ps[j+1].s, ps[n-1].e, "ORG", "")
}

// stateCountryOf: the index of the "of" before a country that ends ps
// ("of Tarvo", "of the Republic of Kessel", "of the Republic"), -1 if
// none.
func (d *doc) stateCountryOf(ps []piece) int {
	toks := d.toks
	n := len(ps)
	k := n - 1
	last := ps[k]
	switch {
	case last.unit != nil:
		if last.unit.label != "GPE" || d.a.cities[last.unit.canonical] {
			return -1
		}
		// "the Republic of" before a listed country
		if k >= 3 && ps[k-1].conn && toks[ps[k-1].s].text == "of" && d.word(ps[k-2]) == "Republic" {
			k -= 2
		}
	case last.e-last.s != 1:
		return -1
	case toks[last.s].text == "Republic":
		// "the Congress of the Republic": the state's own, "the" before it
		if k < 2 || toks[ps[k-1].s].text != "the" {
			return -1
		}
	default:
		// "the Republic of Kessel", "of Tarvonia": a name no list holds,
		// after "Republic of" or with a land's ending
		w := toks[last.s].text
		if !isCapitalised(w) || d.commonWord(w) || d.a.givenNames.has(w) || d.a.surnames.has(w) {
			return -1
		}
		if k >= 3 && ps[k-1].conn && toks[ps[k-1].s].text == "of" && d.word(ps[k-2]) == "Republic" {
			k -= 2
		} else if !hasSuffixIn(w, landEndings) {
			return -1
		}
	}
	k--
	if k > 0 && ps[k].conn && toks[ps[k].s].text == "the" {
		k--
	}
	if k < 1 || !ps[k].conn || toks[ps[k].s].text != "of" {
		return -1
	}
	return k
}

// stateBody: q names a state's body: a listed organisation with a body's
// head in it ("Royal Navy", "Ministry of Defence"), plain capitalised
// words a body's head ends ("Armed Forces", "National Guard"), or a body's
// head, "of" and one or two words of its field ("Ministry of Finance").
func (d *doc) stateBody(q []piece) bool {
	if len(q) == 1 && q[0].unit != nil {
		if q[0].unit.label != "ORG" {
			return false
		}
		for k := q[0].s; k < q[0].e; k++ {
			if stateBodies26.has(d.toks[k].text) {
				return true
			}
		}
		return false
	}
	if len(q) > 4 || hasUnit(q) {
		return false
	}
	if len(q) >= 3 && q[1].conn {
		// "Ministry of Finance": the field's words plain, no connector
		if d.toks[q[1].s].text != "of" || !stateBodies26.has(d.word(q[0])) || hasConn(q[2:]) {
			return false
		}
		return d.fieldWords(q[2:])
	}
	if hasConn(q) || !stateBodies26.has(d.word(q[len(q)-1])) {
		return false
	}
	for _, p := range q {
		if w := d.word(p); !isCapitalised(w) || d.a.givenNames.has(w) {
			return false
		}
	}
	return true
}

// venueHead: "the Brandt Kessel Pavilion", "the North Stand", "the Tarvair
// Campus", "the Brandt and Morel Stand": a name that a ground's stand or
// pavilion or a site's campus ends is the site, LOC whole, whatever its
// first words' lists say (a person's name, a sponsor's); two names joined
// by "and" before a stand are one stand's. A body's head inside ("the
// Kessel University Campus") leaves the name to the body's rules.
func (d *doc) venueHead(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 5 || ps[n-1].unit != nil || ps[n-1].conn || !venueHeads26.has(d.word(ps[n-1])) {
		return false
	}
	toks := d.toks
	for k, p := range ps[:n-1] {
		switch w := toks[p.s].text; {
		case p.conn:
			if k == 0 || ps[k-1].conn || w != "and" {
				return false
			}
		case p.unit != nil:
		case !isCapitalised(w) || orgHeads.has(w) || orgStarts.has(w):
			return false
		}
	}
	// "Ana Stand": a given name and the head alone may be a person's
	if n == 2 && d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "LOC", "")
}

// plantSite: "at the Kessel Works", "near Tarvo Steel's Orvane Coke
// Works", "at the Kessel Refinery": an industrial plant's name after "at"
// or "near" (past "the" or an owner's possessive) is the site, LOC; the
// same name that acts or is listed with companies ("Kessel Drone Works
// won orders") is the company's, and a listed company or a body's head
// inside ("Tarvo Petroleum Refinery") leaves it to the company's rules.
// "in" and a place after the name are read apart.
func (d *doc) plantSite(ps []piece) bool {
	if len(ps) < 2 || ps[0].conn || ps[1].conn {
		return false
	}
	// the head, and "in" and its place perhaps after it ("at the Kessel
	// Works in Tarvo")
	h := 1
	for h < len(ps) && h < 4 && !ps[h].conn && !plantHeads26.has(d.word(ps[h])) {
		h++
	}
	if h >= len(ps) || !plantHeads26.has(d.word(ps[h])) || h+1 < len(ps) && (h+2 >= len(ps) || d.toks[ps[h+1].s].text != "in") {
		return false
	}
	for _, p := range ps[:h] {
		if p.conn || p.unit != nil && p.unit.label == "ORG" || orgHeads.has(d.word(p)) {
			return false
		}
	}
	if !d.plantPreposition(ps[0].s) {
		return false
	}
	d.add(ps[0].s, ps[h].e, "LOC", "")
	if h+2 < len(ps) {
		d.classify(ps[h+2:])
	}
	return true
}

// plantPreposition: "at", "near" and the like before token s, past "the"
// or an owner's name and its possessive ("at Tarvo Steel's"), no word of
// work before it.
func (d *doc) plantPreposition(s int) bool {
	toks := d.toks
	k := s - 1
	if k > 0 && toks[k].kind == tkPossessive {
		k--
		for j := 0; j < 4 && k > 0 && isCapitalised(toks[k].text) && !toks[k].newline; j++ {
			k--
		}
	}
	if k > 0 && toks[k].text == "the" {
		k--
	}
	// "worked at the Kessel Works": the employer, an organisation
	return k >= 0 && plantPrepositions26.has(toks[k].text) && (k == 0 || !workAt.has(toks[k-1].text))
}

// letterSite: "Concourse B", "gates on Pier C": a concourse's or a
// pier's word and a capital letter are the site, LOC, no initial of a
// name.
func (d *doc) letterSite(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit != nil || !letterSites26.has(d.word(ps[0])) {
		return false
	}
	if w := d.toks[ps[1].s].text; len(w) != 1 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "LOC", "")
}

// cityClubRole: "Tarvo coach Ana Brandt", "the Kessel game", "two points
// behind Tarvo": in a sports text a town's name before a team's word (its
// coach, fans, striker) or a match's noun, or after a league table's
// "behind" or "clear of" with points before it, is the town's club, ORG;
// a country's stays the country's (national sides are GPE).
func (d *doc) cityClubRole(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical] || homeNations.has(ps[0].unit.canonical) {
		return false
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	role := e < len(toks) && !toks[e].newline && (teamRoles.has(toks[e].text) || matchNouns26.has(toks[e].text)) && d.roleNotVerb(e)
	if !role && !d.tableLink(s) || !d.sportText() {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// tableLink: "points behind", "points clear of", "a point ahead of" before
// token s.
func (d *doc) tableLink(s int) bool {
	toks := d.toks
	k := s - 1
	if k > 0 && toks[k].text == "of" {
		k--
	}
	if k < 1 || !tableLinks26.has(toks[k].text) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !toks[j].newline; j-- {
		if toks[j].text == "points" || toks[j].text == "point" {
			return true
		}
	}
	return false
}

// clubShortForm: "Kessel City won ... City travel to Tarvo", "TARVO PRIDE:"
// then "the Pride": in a sports text a lone word that ends a club's name
// of two or three words found before it (the nearest) is the club's
// short name, ORG, the full name its canonical; a body's head ("Council") or a given name
// is no club's short name, and a place's preposition before it keeps the
// town ("in Tarvo" after "Orvane Tarvo").
func (d *doc) clubShortForm(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	s := ps[0].s
	w := d.toks[s].text
	if !isCapitalised(w) || orgHeads.has(w) || d.a.givenNames.has(w) || !d.sportText() {
		return false
	}
	// "In Tarvo, where the club ...": the town of a club named for it
	if s > 0 && placeOnlyPrepositions.has(strings.ToLower(d.toks[s-1].text)) {
		return false
	}
	// the nearest club of the last mentions before it: a bounded look
	// back keeps a long sports text linear
	for k, n := len(d.mentions)-1, 0; k >= 0 && n < 256; k-- {
		m := d.mentions[k]
		if m.s >= s {
			continue
		}
		n++
		if l := m.e - m.s; m.label != "ORG" || l < 2 || l > 3 || !strings.EqualFold(d.toks[m.e-1].text, w) {
			continue
		}
		c := m.canonical
		if c == "" {
			c = d.surface(m.s, m.e)
		}
		return d.add(s, s+1, "ORG", c)
	}
	return false
}

// initiativeRole: "the Kessel Maritime Initiative said", "images reviewed
// by the Kessel Maritime Initiative at the Tarvo Institute": an initiative
// or a network that writes, finds or reviews, or that sits "at" a body,
// is a research body's unit, ORG; "the Tarvo Network, funded with ...",
// "joined the Kessel Initiative": one that is paid for or joined is a
// scheme, PROGRAM (researchRole; define asks the same of a long form its
// acronym follows). Without such words the heads' own readings stand (an
// initiative a programme, a network a body).
func (d *doc) initiativeRole(ps []piece) bool {
	n := len(ps)
	if n < 2 || ps[n-1].unit != nil || !researchHeads26.has(d.word(ps[n-1])) {
		return false
	}
	label := d.researchRole(ps[0].s, ps[n-1].e)
	return label != "" && d.add(ps[0].s, ps[n-1].e, label, "")
}

// researchRole: the label that the words around a name ending in an
// initiative's or a network's head at [s, e) give it, past an acronym in
// brackets and a comma after it: ORG, PROGRAM or none.
func (d *doc) researchRole(s, e int) string {
	toks := d.toks
	if !researchHeads26.has(toks[e-1].text) {
		return ""
	}
	a := e
	if a+2 < len(toks) && toks[a].text == "(" && toks[a+2].text == ")" && isCapitalised(toks[a+1].text) {
		a += 3
	}
	if a < len(toks) && toks[a].text == "," {
		a++
	}
	b := s - 1
	if b > 0 && toks[b].text == "the" {
		b--
	}
	switch {
	case a < len(toks) && findingVerbs26.has(toks[a].text) && !toks[a].newline,
		a+1 < len(toks) && toks[a].text == "at" && isCapitalised(toks[a+1].text) || a+2 < len(toks) && toks[a].text == "at" && toks[a+1].text == "the" && isCapitalised(toks[a+2].text),
		b > 0 && toks[b].text == "by" && findingVerbs26.has(toks[b-1].text):
		return "ORG"
	case a < len(toks) && fundedVerbs26.has(toks[a].text) && !toks[a].newline,
		b >= 0 && fundedVerbs26.has(toks[b].text):
		return "PROGRAM"
	}
	return ""
}

// firmByContext: "Orvania-based Kessel Tarvo won", "the Kessel Tarvo joint
// venture", "the Ana Brandt consortium": two or three plain name words
// that a place's "-based" opens, or that a noun of companies follows, are
// a company's, ORG, though shaped like a person's name; after "-based" a
// given name keeps the person ("Orvania-based Ana Brandt": the noun of
// her trade is left out).
func (d *doc) firmByContext(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || hasConn(ps) || hasUnit(ps) {
		return false
	}
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	for _, p := range ps {
		if p.e-p.s != 1 || !isCapitalised(toks[p.s].text) {
			return false
		}
	}
	after := e < len(toks) && !toks[e].newline && (d.orgNoun(toks[e].text) || firmNounsAfter26.has(toks[e].text) || toks[e].text == "joint" && e+1 < len(toks) && toks[e+1].text == "venture")
	based := s > 2 && toks[s-1].text == "based" && toks[s-1].glued && toks[s-2].text == "-" && !d.a.givenNames.has(toks[s].text)
	if !after && !based {
		return false
	}
	return d.add(s, e, "ORG", "")
}
