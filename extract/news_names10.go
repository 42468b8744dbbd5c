package extract

import "unicode"

// Round-10 news rules for organisations known by plain words and for
// name-shaped runs that are no person: Indigenous groups by their kind
// ("Ngāti Kessel, the local hapū", "Tarvel iwi", "the Kessel Lake First
// Nation"), public bodies whose name ends in their country ("Business
// Orvania", "Land Information Orvania"), a lone word that runs or
// represents something ("Solidarity, which represents skilled workers")
// and outlets by a newspaper's word in their name where one is told
// something ("told Business Daily").
//
// Choices where GUIDELINES.md is silent: an iwi, a hapū, a rūnanga and a
// First Nation are organisations (a people's body that speaks, signs and
// owns), as the written sets label them.

// indigenousGroup: "Ngāti Kessel", "Ngāi Tarvel, the local hapū,",
// "Tarvel iwi spokesman", "Te Rūnanga o Kessel", "the Kessel Lake First
// Nation", "Orvane Cree Nation": a Māori group by its opening word ("Ngāti",
// "Ngāi": "descendants of"), by its kind after the name or in an
// apposition, a rūnanga with its "o" and the people's name, and a nation
// of the First Nations by its tail. The words are the group's, though a
// given name or a place's word opens them.
func (d *doc) indigenousGroup(ps []piece) bool {
	n := len(ps)
	toks := d.toks
	s, e := ps[0].s, ps[n-1].e
	first := toks[s].text
	switch {
	case maoriGroupStarts[first] && n >= 2 && !ps[1].conn:
		// "Ngāti Kessel and Ngāi Tarvel": the group ends at a connector
		for i, p := range ps {
			if p.conn {
				d.add(s, ps[i-1].e, "ORG", "")
				d.classify(ps[i+1:])
				return true
			}
		}
	case first == "Te" && n == 2 && runangaWords[d.word(ps[1])]:
		// "Te Rūnanga o Kessel": the council of the people after "o"
		if e+1 < len(toks) && toks[e].text == "o" && !toks[e+1].newline {
			if p, ok := d.itemAt(e + 1); ok && isCapitalised(toks[p.s].text) {
				e = p.e
				for q, ok := d.itemAt(e); ok && !toks[q.s].newline && isCapitalised(toks[q.s].text); q, ok = d.itemAt(e) {
					e = q.e
				}
			}
		}
	case n >= 2 && d.word(ps[n-1]) == "Nation" && !hasConn(ps):
		// "Membertou First Nation", "Orvane Cree Nation"
	case hasConn(ps) || n > 3:
		return false
	case e < len(toks) && indigenousKinds[toks[e].text] && !toks[e].newline:
		// "Tarvel iwi spokesman"
	case d.groupApposition(e):
	default:
		return false
	}
	return d.add(s, e, "ORG", "")
}

// groupApposition: ", the local hapū", ", an iwi of the east coast": an
// apposition of a group's kind after token e, with at most two modifiers.
func (d *doc) groupApposition(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "," || !articles[toks[e+1].text] {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+4; k++ {
		if indigenousKinds[toks[k].text] {
			return true
		}
		if toks[k].kind != tkWord || isCapitalised(toks[k].text) {
			return false
		}
	}
	return false
}

// countryBody: "Business Orvania", "Land Information Orvania", "Sport
// Kessel", "Visit Tarvel": plain words of the language (no acronym: "USS
// Orvania" is a ship) before a country's
// name make a public body or a campaign's agency named for the country,
// as governments name them; a compass word or a region's adjective before
// a country names a part of it ("Central Orvania", "Rural Kessel"), a
// place's opening word a place in it ("Mount Kessel", "Lake Tarvel"), and
// a place's preposition before the run keeps the place ("in Western
// Kessel"); a programme's noun after it makes a programme's name ("the
// Rebuild Kessel plan").
func (d *doc) countryBody(ps []piece) bool {
	n := len(ps)
	last := ps[n-1].unit
	if n < 2 || n > 4 || last == nil || last.label != "GPE" || !d.a.countries[last.canonical] && !homeNations[last.canonical] {
		return false
	}
	s, e := ps[0].s, ps[n-1].e
	if s > 0 && placeOnlyPrepositions[d.toks[s-1].text] {
		return false
	}
	if e < len(d.toks) && (programNouns[d.toks[e].text] || planNouns[d.toks[e].text] || appositionNouns[d.toks[e].text]) {
		return false // "the Rebuild Kessel plan": a programme's name
	}
	for _, p := range ps[:n-1] {
		w := d.word(p)
		if w == "" || p.e-p.s != 1 || !isCapitalised(w) || allCapitals(w) || shipPrefixes[w] || d.a.uncommon(w) || d.a.givenNames[w] ||
			regionAdjectives[w] || countryParts[w] || locStarts[w] || locOpeners[w] || placeNameStarts[w] || titleWords[w] || derivedAdjectives[w] {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// whichRuns: "Solidarity, which represents skilled workers", "Amberline,
// which runs 40 hotels": a name of up to three words, then ", which" and
// a verb of running, employing or representing, is an organisation's,
// whatever its words: a person is "who", and a place or a day runs and
// represents nothing.
func (d *doc) whichRuns(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].text != "which" || !whichRunVerbs[toks[e+2].text] ||
		len(ps) > 3 || hasConn(ps) || calendarWords[toks[s].text] {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "ORG" {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// toldOutlet: "told Business Daily", "told the Daily Monitor", "according
// to the Sunday Kessel", "told News24": an outlet one is told by or
// reported by, by a newspaper's word at either end of its name ("Daily",
// "Herald", "Tribune"), or one word with digits in it; not a person's name
// with a given name ("told Emma Post").
func (d *doc) toldOutlet(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	if n > 3 || hasConn(ps) {
		return false
	}
	// "the Sunday Tribune": a day's name opening it is left out of the chunk
	if n == 1 && outletTails[d.word(ps[0])] && s > 0 && outletOpeners[d.toks[s-1].text] && d.free(s-1, s) && d.toldBefore(s-1) {
		return d.add(s-1, e, "ORG", "")
	}
	if !d.toldBefore(s) {
		return false
	}
	if n == 1 {
		w := d.word(ps[0])
		if w == "" || !hasLetterAndDigit(w) {
			return false
		}
		return d.add(s, e, "ORG", "")
	}
	if ps[n-1].unit != nil || d.a.givenNames[d.toks[s].text] {
		return false
	}
	if !outletOpeners[d.word(ps[0])] && !outletTails[d.word(ps[n-1])] {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// toldBefore: "told", "told the", "according to (the)", "reported by
// (the)" stand before token s on its line.
func (d *doc) toldBefore(s int) bool {
	toks := d.toks
	k := s - 1
	if k >= 0 && (toks[k].text == "the" || toks[k].text == "The") {
		k--
	}
	if k < 0 || toks[k+1].newline {
		return false
	}
	switch toks[k].text {
	case "told", "tells", "telling":
		return true
	case "to":
		return k > 0 && (toks[k-1].text == "according" || toks[k-1].text == "According")
	case "by":
		return k > 0 && (toks[k-1].text == "reported" || toks[k-1].text == "published")
	}
	return false
}

// hasLetterAndDigit: a word of letters with a digit in it ("News24").
func hasLetterAndDigit(w string) bool {
	letter, digit := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r):
			digit = true
		}
	}
	return letter && digit && isCapitalised(w)
}
