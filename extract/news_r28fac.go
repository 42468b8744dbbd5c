package extract

import "strings"

// Round 28 (r28fac): facilities and sport. A carmaker's plant is named for
// its town and "Assembly" (plantAssembly); a road "to" a town in Spanish
// or Portuguese is opened by its head and "a" (roadTo); places joined by
// dashes before a bridge's or a zone's name are the one work's
// (dashJoinedSite); a street's station in lower case is the station
// (streetStation), and a park's name may join two common words by "and"
// (landAndSeaPark). Barracks and riverside streets in German ("Kaserne",
// "Lände"), footbridges and aerodromes are sites' heads (locHeads,
// cues.txt), and a factory's number makes a site as a terminal's does
// (siteNumberHeads). A centre for sport or shows is a venue
// (venueKindCentre). In sport, a side in an Australian football result's
// line is a club (goalsBehindsSide), a town's name read as a club once is
// the club's elsewhere in the text (clubsAgain), a plural nickname "de" a
// town is a club (pluralDeClub), a league is named by its opening word in
// Romance languages (leagueName), and a clubs' competition is no entity,
// though the body before it is one (clubCompetition); a town's starter is
// its club's (teamRoles).

var (
	plantWords28      = cue("plantWords28")
	houseModifiers28  = cue("houseModifiers28")
	houseWordsAfter28 = cue("houseWordsAfter28")
	roadOpeners28     = cue("roadOpeners28")
	resultLinks28     = cue("resultLinks28")
	venueKinds28      = cue("venueKinds28")
	siteCentreKinds33 = cue("siteCentreKinds33")
	cupCompetitions28 = cue("cupCompetitions28")
	parkHeads28       = cue("parkHeads28")
	leagueOpeners28   = cue("leagueOpeners28")
	divisionRanks28   = cue("divisionRanks28")
	divisionWords28   = cue("divisionWords28")
)

// plantAssembly: "converting Tarvo Assembly to build pickups", "a shift at
// Kessel Heights Assembly": in a text of plants and carmakers, a name
// ending in "Assembly" with no article before it is a vehicle plant, LOC.
// A house is written with "the" ("the Tarvo Assembly voted"), or opened
// by a house's word or a people's adjective ("National Assembly", "Welsh
// Assembly"), or followed by its members' or its business ("Tarvo Assembly
// Speaker", "Tarvo Assembly passed"): those stay the house's.
func (d *doc) plantAssembly(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || ps[n-1].unit != nil || d.word(ps[n-1]) != "Assembly" || ps[0].conn {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[n-1].e
	if s > 0 && (articles.has(toks[s-1].text) || toks[s-1].kind == tkPossessive) {
		return false
	}
	if e < len(toks) && !toks[e].newline && houseWordsAfter28.has(toks[e].text) {
		return false
	}
	for _, p := range ps[:n-1] {
		w := d.word(p)
		if p.conn || houseModifiers28.has(w) || d.a.demonyms[w] || p.unit != nil && d.a.countries[p.unit.canonical] {
			return false
		}
	}
	if !d.speaksOf(plantWords28) {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// roadTo: "the Carretera a Tarvo", "along the Rodovia a Kessel": a road's
// head in Spanish or Portuguese, "a" ("to") and the town it leads to are
// the road's one name, LOC; the town is not read apart.
func (d *doc) roadTo(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !roadOpeners28.has(d.word(ps[0])) {
		return false
	}
	toks := d.toks
	k := ps[0].e
	if k+1 >= len(toks) || toks[k].text != "a" || toks[k].newline {
		return false
	}
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].kind == tkWord && isCapitalised(toks[e].text) && !toks[e].newline && !toks[e].sentStart && !d.used[e] {
		e++
	}
	return e > k+1 && d.add(ps[0].s, e, "LOC", "")
}

// goalsBehindsSide: "TARVO 14.12 (96) d KESSEL 11.9 (75)": a name before
// an Australian football score (goals, a point, behinds, the total in
// brackets), opening the line or after "d" or "def", is a side, ORG, a
// town's name too; a country's name stays the country's.
func (d *doc) goalsBehindsSide(ps []piece) bool {
	n := len(ps)
	if n > 3 || ps[0].conn || ps[0].unit != nil && (ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical]) {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[n-1].e
	if e+2 >= len(toks) || !goalsBehinds(toks[e].text) || toks[e+1].text != "(" || !isNumber(toks[e+2].text) {
		return false
	}
	if s > 0 && !toks[s].newline && !resultLinks28.has(toks[s-1].text) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// goalsBehinds: "14.12", goals and behinds, one or two digits each.
func goalsBehinds(w string) bool {
	g, b, ok := strings.Cut(w, ".")
	return ok && len(g) >= 1 && len(g) <= 2 && len(b) >= 1 && len(b) <= 2 && isNumber(g) && isNumber(b) && strings.IndexByte(b, ',') < 0
}

// dashJoinedSite: "the Tarvo–Kessel–Orvane Bridge", "the Ilo-Kessel
// Industrial Zone": names joined by dashes (or a hyphen) with no space to
// a site's name are the site's one name, LOC, as the hyphened pairs the
// chunker joins are ("the Tarvo-Kessel Railway"); the names read apart
// before it are dropped. Only the site's two or more words end it, so a
// range of places ("the Tarvo–Kessel road") is left alone.
func (d *doc) dashJoinedSite() {
	toks := d.toks
	var byEnd tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "LOC" || m.s < 2 || m.e-m.s < 2 || !toks[m.s].glued || toks[m.s-1].text != "–" && toks[m.s-1].text != "-" || !toks[m.s-1].glued {
			continue // the cheap check
		}
		if m.reviewed || drop[k] {
			continue
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		s := m.s
		var inner []int
		for s >= 2 && (toks[s-1].text == "–" || toks[s-1].text == "-") && toks[s-1].glued && toks[s].glued {
			if j, ok := byEnd.get(s - 1); ok && j != k && d.mentions[j].label != "PERSON" && d.mentions[j].s < s-1 {
				inner = append(inner, j)
				s = d.mentions[j].s
				continue
			}
			// a word no rule read: one capitalised word, glued to the dash
			w := toks[s-2]
			if w.kind != tkWord || !isCapitalised(w.text) || d.used[s-2] {
				break
			}
			s -= 2
		}
		if s == m.s {
			continue
		}
		for _, j := range inner {
			drop.add(j)
		}
		d.mentions[k].s, d.mentions[k].canonical = s, ""
	}
	d.dropMentions(drop)
}

// clubsAgain: "TARVO 14.12 (96) d KESSEL ... Tarvo came from behind to
// beat Kessel ... 300 games for Tarvo": in a sports text a town's name that
// a rule has read as a club (a result's line, "Tarvo coach") is the club,
// ORG, where else it stands alone, but after a place's preposition ("fans
// in Tarvo", "the series moves to Tarvo"; "lost to Tarvo" is the club's), before a possessive or another name's word, or as the
// text's dateline. A country's name stays the country's (national sides
// are GPE). The clubs are read once a text.
func (d *doc) clubsAgain() {
	var clubs map[string]bool
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || m.e-m.s > 3 || m.reviewed {
			continue // the cheap check
		}
		if d.townStaysPlace(m) {
			continue
		}
		if clubs == nil {
			if !d.sportText() {
				return
			}
			clubs = d.clubNames()
			if len(clubs) == 0 {
				return
			}
		}
		if clubs[strings.ToLower(d.surface(m.s, m.e))] {
			d.mentions[k].label, d.mentions[k].canonical = "ORG", ""
		}
	}
}

// townStaysPlace: "fans in Tarvo", "Tarvo's mayor", "the Tarvo Riverside
// Walk", "TARVO — Kessel beat": a town's name that its words around keep a
// place's in a sports text, though "at" after a result ("won 2-0 at Tarvo")
// names the club; a country's too (national sides are GPE).
func (d *doc) townStaysPlace(m mention) bool {
	toks := d.toks
	return m.s > 0 && (placePrepositions.has(toks[m.s-1].text) || placeOnlyPrepositions.has(toks[m.s-1].text) || toks[m.s-1].text == "of" ||
		sitePrepositions.has(toks[m.s-1].text) && !(m.s > 1 && resultVerbs.has(toks[m.s-2].text))) ||
		m.e < len(toks) && (toks[m.e].kind == tkPossessive || isCapitalised(toks[m.e].text) && !toks[m.e].newline) ||
		d.a.countries[m.canonical] || homeNations.has(m.canonical) || d.capitalsDateline(m)
}

// clubNames are the text's organisations of up to three words, by their
// name in lower case ("TARVO" and "Tarvo" are one club).
func (d *doc) clubNames() map[string]bool {
	clubs := map[string]bool{}
	for _, m := range d.mentions {
		if m.label == "ORG" && m.e-m.s <= 3 {
			clubs[strings.ToLower(d.surface(m.s, m.e))] = true
		}
	}
	return clubs
}

// venueKindCentre: "the renovated Tarvo Sports Centre", "the Kessel
// Exhibition Centre stake": a centre whose last word before its head names
// a venue's kind (sport, shows) is the venue, LOC, wherever it stands, and
// so is a physical site's centre whose word names its kind ("the Orvane
// Transit Center", siteCentreKinds33, r33fac); venueCentre
// (news_r19news.go) reads the wider words of venues ("National", "Arts")
// only where something is held ("at", "in"). A
// centre of other work ("Kessel Research Centre") is left to the body's
// rules.
func (d *doc) venueKindCentre(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 6 || ps[n-1].unit != nil || !centreHeads24.has(d.word(ps[n-1])) || ps[n-2].unit != nil {
		return false
	}
	kind := d.word(ps[n-2])
	if kind == "Control" && n > 2 && ps[n-3].unit == nil {
		kind = d.word(ps[n-3]) // "the Kessel Water Pollution Control Centre" (r33fac)
	}
	if !venueKinds28.has(kind) && !siteCentreKinds33.has(kind) {
		return false
	}
	for _, p := range ps[:n-2] {
		if p.conn || orgHeads.has(d.word(p)) {
			return false // "the Kessel University Sports Centre": the body's
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "LOC", "")
}

// clubCompetition: "a place in the TAF Champions League", "won the
// Champions League": a competition of clubs is no entity, as a cup is
// not; the body's acronym that runs it, before it, is the body, ORG.
func (d *doc) clubCompetition(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || ps[n-1].unit != nil || d.word(ps[n-1]) != "League" || !cupCompetitions28.has(d.word(ps[n-2])) {
		return false
	}
	s := ps[0].s
	if n == 3 {
		w := d.word(ps[0])
		if ps[0].conn || ps[0].e-ps[0].s != 1 || len(w) < 2 || strings.ToUpper(w) != w {
			return false
		}
		d.add(ps[0].s, ps[0].e, "ORG", "")
		s = ps[1].s
	}
	d.claim(s, ps[n-1].e)
	return true
}

// pluralDeClub: "the Osos de Tarvo beat the Toros de Kessel", "the
// Halcones del Orvane": in a sports text a capitalised plural, "de" or "del"
// and a town's or a name's word is a club's name, ORG whole (a club the
// lists know by the plural alone too), as Spanish and Portuguese sides are
// named for a nickname and their town. Right after a place's preposition
// ("moved to Lomas de Kessel") the name stays the town's.
func (d *doc) pluralDeClub(ps []piece) bool {
	if len(ps) != 3 || !ps[1].conn || ps[0].unit != nil && ps[0].unit.label != "ORG" || ps[0].e-ps[0].s != 1 || ps[2].conn || ps[2].e-ps[2].s > 2 {
		return false
	}
	toks := d.toks
	if p := toks[ps[1].s].text; p != "de" && p != "del" {
		return false
	}
	w := toks[ps[0].s].text
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.ToUpper(w) == w || placeNameStarts.has(w) || squareHeads.has(w) || locOpeners.has(w) || d.a.givenNames.has(w) || !d.sportText() {
		return false
	}
	if ps[2].unit != nil && ps[2].unit.label != "GPE" && ps[2].unit.label != "LOC" {
		return false
	}
	// "moved to Lomas de Kessel": a town's name right after a place's
	// preposition
	if s := ps[0].s; s > 0 && (placePrepositions.has(toks[s-1].text) || sitePrepositions.has(toks[s-1].text)) {
		return false
	}
	return d.add(ps[0].s, ps[2].e, "ORG", "")
}

// streetStation: "under Tarvo Street station", "at Kessel Road station": a
// street's name before "station" in lower case names the station, LOC, the
// word inside the span, as a station's name is written in capitals ("Tarvo
// Street Station", locHeads). A town's name before it ("Kessel station")
// is left alone.
func (d *doc) streetStation() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "LOC" || m.e >= len(toks) || toks[m.e].text != "station" || toks[m.e].newline || !streetHeads21.has(toks[m.e-1].text) {
			continue // the cheap check
		}
		if m.reviewed || m.trim != 0 || d.used[m.e] {
			continue
		}
		d.used[m.e] = true
		m.e, m.canonical = m.e+1, ""
	}
}

// landAndSeaPark: "the Tarvo Cays Land and Sea Park", "the Kessel Marine and
// Wildlife Reserve": a park's or a reserve's name whose "and" joins two
// common words, the one before it ending a name with no head of its own,
// is one park, LOC, not a place and a park.
func (d *doc) landAndSeaPark(ps []piece) bool {
	n := len(ps)
	if n < 5 || ps[n-1].unit != nil || !parkHeads28.has(d.word(ps[n-1])) || !ps[n-3].conn || d.toks[ps[n-3].s].text != "and" {
		return false
	}
	left, right := d.word(ps[n-4]), d.word(ps[n-2])
	if ps[n-4].unit != nil || ps[n-2].unit != nil || ps[n-4].conn || !d.commonWord(left) || !d.commonWord(right) || locHeads.has(left) || gpeHeads.has(left) || orgHeads.has(left) {
		return false
	}
	for _, p := range ps[:n-4] {
		if p.conn {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "LOC", "")
}

// leagueName: "the Liga Orvane", "the Liga de Tarvo Profesional", "the
// Peruvian Segunda División": a league's word in Spanish, Portuguese,
// French or Italian opening a name, or a first or second division's,
// makes the league, ORG, as "League" ending one does (orgHeads); a people's
// adjective before it is the league's country, inside the name.
func (d *doc) leagueName(ps []piece) bool {
	n := len(ps)
	if n < 2 || ps[0].conn || ps[n-1].conn {
		return false
	}
	k := 0
	if d.a.demonyms[d.word(ps[0])] {
		k = 1 // "the Peruvian Segunda División"
	}
	if k+1 >= n {
		return false
	}
	w := d.word(ps[k])
	if !leagueOpeners28.has(w) && !(divisionRanks28.has(w) && divisionWords28.has(d.word(ps[k+1]))) {
		return false
	}
	for _, p := range ps[k+1:] {
		if p.conn && !nameParticles.has(d.toks[p.s].text) {
			return false // "the Liga Orvane and Kessel": two names
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}
