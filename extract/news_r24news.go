package extract

import "slices"

// Round 24 (r24news): places and facilities in general news by the shape
// of their names: works on water and rail named by their head ("the Tarvo
// Barrage"), a subdivision "of" a place ("the Canton of Tarvo") or before
// "Region", a coast by its compass word, a country's possessive before a
// site, a town by "Town" or "City", a saint's word opening a place's name,
// a street and a centre, and a town's name joined by a lower-case
// connector or by hyphens ("Tarvo nad Kesselou", "in Tarvo-Kessel").

var (
	infraHeads24   = cue("infraHeads24")
	adminOfHeads24 = cue("adminOfHeads24")
	shoreHeads24   = cue("shoreHeads24")
	saintOpeners24 = cue("saintOpeners24")
	placeNouns24   = cue("placeNouns24")
	placeLinks24   = cue("placeLinks24")
	centreHeads24  = cue("centreHeads24")
)

// infraHead: a name ending in a work on water or a railway's stop is the
// work, LOC: "the Tarvo Barrage", "Kessel Halt", "Orvane Junction". Its
// first words are a place's or a person's, and the name alone would read
// as a person's; no body's name ends in these words.
func (d *doc) infraHead(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || !infraHeads24.has(d.word(ps[n-1])) || hasConn(ps) {
		return false
	}
	for _, p := range ps[:n-1] {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false // a listed body's or person's name before the head
		}
		if w := d.word(p); w != "" && (titleWords.has(w) || orgHeads.has(w) || d.commonWord(w)) {
			return false // "Talks Halt", a heading's words
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "LOC", "")
}

// adminOf: a subdivision's head, "of" and a place's name are one GPE: "the
// Canton of Tarvo", "the Oblast of Kessel", "the Province of Orvane".
// Listed names ("District of ...") keep their label; a city's or a
// municipality's "of" names its government as often as the place and is
// read elsewhere (cityOfBody).
func (d *doc) adminOf(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 4 || !adminOfHeads24.has(d.word(ps[0])) || !ps[1].conn || d.toks[ps[1].s].text != "of" {
		return false
	}
	for _, p := range ps[2:] {
		if p.conn || p.unit != nil && p.unit.label != "GPE" || orgHeads.has(d.word(p)) || gpeHeads.has(d.word(p)) {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "GPE", "")
}

// compassShore: a compass word and a coast's or shore's noun are a
// stretch of coast, LOC: "the Eastern Shore", "the North Coast", though a
// list names a region so.
func (d *doc) compassShore(ps []piece) bool {
	if len(ps) > 2 || hasConn(ps) {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	if e-s != 2 || !shoreHeads24.has(d.toks[s+1].text) {
		return false
	}
	if w := d.toks[s].text; !compassNouns.has(w) && !compassAdjectives.has(w) {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// placePossessive: a place's possessive ends its name, and what follows
// is a name of its own: "the Orvane Emirates’ Kessel Institute" gives the
// country and the institute. The chunk takes a plural's possessive into a
// name ("Coastal Leaders’ Summit"); a listed place is never such a name's
// first part.
func (d *doc) placePossessive(ps []piece) bool {
	n := len(ps)
	if n < 3 || !hasConn(ps) || !hasUnit(ps) {
		return false
	}
	for i := 1; i < n-1; i++ {
		p, u := ps[i], ps[i-1].unit
		if !p.conn || u == nil || u.label != "GPE" || d.toks[p.s].kind != tkPunct || !isApostrophe([]rune(d.toks[p.s].text)[0]) || ps[i+1].conn {
			continue
		}
		d.classify(ps[:i])
		d.classify(ps[i+1:])
		return true
	}
	return false
}

// townName: a name and "Town" or "City" is a town, GPE: "in Tarvo Town",
// though the name is a given name ("Priya Town"). A side in a text of
// sport ("Tarvo Town won 2-0") and a zone ("Kessel Media City") are left.
func (d *doc) townName(ps []piece) bool {
	if len(ps) != 2 || ps[0].conn || ps[1].unit != nil {
		return false
	}
	if w := d.toks[ps[1].s].text; w != "Town" && w != "City" {
		return false
	}
	w := d.word(ps[0])
	if u := ps[0].unit; u != nil && u.label == "ORG" || u == nil && (titleWords.has(w) || zoneWords.has(w) || orgHeads.has(w) || compassNouns.has(w) || d.commonWord(w)) {
		return false // "the Old Town": a town's part
	}
	if d.speaksOfSport() {
		return false
	}
	if e := ps[1].e; e < len(d.toks) && resultVerbs.has(d.toks[e].text) {
		return false // "Tarvo Town lost 2-1": a side
	}
	return d.add(ps[0].s, ps[1].e, "GPE", "")
}

// saintOpened: a saint's word in any language opens a place's name, LOC,
// where the place's words stand around it: "in Agios Tarvon", "the Kessel
// and Sveti Orvan areas". The saint alone ("prayed to Saint Tarvo") and a
// listed place ("São Kessel" as a city) are left.
func (d *doc) saintOpened(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || ps[0].unit != nil || !saintOpeners24.has(d.word(ps[0])) || hasConn(ps) || hasUnit(ps) {
		return false
	}
	t := d.toks
	s, e := ps[0].s, ps[n-1].e
	if e < len(t) && (t[e].kind == tkPossessive || t[e].glued) {
		return false // "Saint Tarvo's Church": a site of its own
	}
	before := s > 0 && placeOnlyPrepositions.has(t[s-1].text)
	after := e < len(t) && placeNouns24.has(t[e].text)
	if !before && !after {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// linkedPlaces: a town's name joined by a lower-case connector to a
// river's or a town's is one town, GPE: "Tarvo nad Kesselou", "Kessel am
// Orvane", "Tarvo u Nového Kessela". The first part must be a place; the
// second, read alone, is a person's or a place's name or nothing.
func (d *doc) linkedPlaces() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		i := m.e
		if m.label != "GPE" || i+1 >= len(t) || !placeLinks24.has(t[i].text) || t[i].newline || drop[k] {
			continue
		}
		j := i + 1
		if t[i].text == "an" {
			if t[j].text != "der" {
				continue // "Tarvo an hour away"
			}
			j++
		}
		if j >= len(t) || t[j].newline || t[j].kind != tkWord || !isCapitalised(t[j].text) {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		end := j + 1
		if o, ok := byStart.get(j); ok {
			// "sanctions of Orvania upon Kessel": two countries
			if l := d.mentions[o].label; l != "PERSON" && l != "GPE" && l != "LOC" || l == "GPE" && t[i].text == "upon" || drop[o] {
				continue
			}
			end = d.mentions[o].e
			drop.add(o)
		} else if d.used[j] {
			continue
		} else {
			for end < len(t) && !d.used[end] && !t[end].newline && t[end].kind == tkWord && isCapitalised(t[end].text) {
				end++
			}
		}
		d.claim(i, end)
		d.mentions[k].e, d.mentions[k].canonical = end, ""
	}
	d.dropMentions(drop)
}

// hyphenPlaces: names joined by glued hyphens where a place stands are one
// place: "in Tarvo-Kessel", "Orvane and Tarvo-Kessel", "the Kessel-Nord
// region", "Orvane, Tarvo-in-Kessel", and a name whose inner parts are in
// lower case ("Orvane and Tarvo-ring-gai"), which the hyphens cut into a
// word and nothing. The label of the one place read inside is kept; two
// places inside ("in Orvania-Kesselia talks") are two, and a longer name
// after the chain ("the Tarvo-Kessel Railway") is read elsewhere.
func (d *doc) hyphenPlaces() {
	t := d.toks
	var byEnd tokMap
	for i := 1; i+1 < len(t); i++ {
		if !gluedHyphen(t, i) {
			continue
		}
		s, e := i-1, i+2
		for e+1 < len(t) && gluedHyphen(t, e) {
			e += 2
		}
		i = e
		if s == 0 || t[s].glued || t[s].kind != tkWord || !isCapitalised(t[s].text) {
			continue
		}
		ok, lower := d.hyphenChain(s, e)
		if !ok {
			continue
		}
		if e < len(t) && !t[e].newline && t[e].kind == tkWord && isCapitalised(t[e].text) {
			continue // "the Tarvo-Kessel Railway"
		}
		// where the chain stands: after a place's preposition or before a
		// place's noun, a part of a town or a land more often than a town
		// (LOC); after "and" or a comma, of the kind of the place before
		p, label := t[s-1].text, ""
		if placePrepositions.has(p) || e < len(t) && placeNouns24.has(t[e].text) {
			label = "LOC"
		} else if (p == "and" || p == ",") && s > 1 {
			if byEnd == nil {
				byEnd = d.mentionsByEnd()
				defer d.done(byEnd)
			}
			if k, ok := byEnd.get(s - 1); ok && (d.mentions[k].label == "GPE" || d.mentions[k].label == "LOC") {
				label = d.mentions[k].label
			}
		}
		if label == "LOC" && e < len(t) && !d.siteNounAt(e) && !d.siteNounAt(e+1) && d.modifies(e-1) {
			continue // "in K-Tarvo wallets": a thing's name before its noun, not a site's ("from U-Orvan air base")
		}
		if label == "LOC" && d.beforeRegion(e) {
			label = "GPE" // "in Saint-Tarvo, Que.": a town in its province
		}
		if label != "" {
			d.hyphenPlace(s, e, label, lower)
		}
	}
}

// siteNounAt: token i is a noun of a place or a site ("district", "base",
// "airport").
func (d *doc) siteNounAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	w := d.toks[i].text
	return placeNouns24.has(w) || shoreBaseNouns.has(w) || siteNouns.has(w) || facilityNouns.has(w)
}

// beforeRegion: token i is a comma before a GPE, as a town is written
// before its state or country ("Tarvo-Kessel, Ont.").
func (d *doc) beforeRegion(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i].text != "," {
		return false
	}
	for _, m := range d.mentions {
		if m.s == i+1 {
			return m.label == "GPE"
		}
	}
	return false
}

// hyphenChain: the words of tokens [s, e), joined by hyphens, may make a
// place's name (ok), and some are in lower case (lower); a lower-case
// part is no common word at the end ("Long-term").
func (d *doc) hyphenChain(s, e int) (ok, lower bool) {
	t := d.toks
	for k := s; k < e; k += 2 {
		if t[k].kind != tkWord || calendarWords.has(t[k].text) {
			return false, false // "the July-September quarter"
		}
		if !isCapitalised(t[k].text) {
			if !isLowerWord(t[k].text) {
				return false, false
			}
			lower = true
		}
	}
	last := t[e-1].text
	return !lower || isCapitalised(last) || !d.a.commonWords.has(last), lower
}

// hyphenPlace puts one place over tokens [s, e) in place of the mentions
// inside it, with the label of the one place among them or else the
// label given, unless the place lists know the whole name (place_kinds.go);
// a mention that reaches past it or covers it, two places,
// or a body's or a person's part where no part is in lower case leave it.
func (d *doc) hyphenPlace(s, e int, label string, lower bool) {
	var drop dropSet
	places := 0
	for k, m := range d.mentions {
		if m.e <= s || m.s >= e {
			continue
		}
		if m.s < s || m.e > e || m.reviewed || m.s == s && m.e == e {
			return
		}
		if m.label == "GPE" || m.label == "LOC" {
			label = m.label
			places++
		} else if !lower {
			return // "at Kessel-Tarvo": a body's or a person's parts
		}
		drop.add(k)
	}
	if places > 1 {
		return
	}
	d.dropMentions(drop)
	for k := s; k < e; k++ {
		d.used[k] = false
	}
	d.add(s, e, d.listedKind(s, e, label), "")
}

// regionName: a place's name and "Region" are a region that governs, GPE:
// "Tarvo Region", "the Kessel Region", where a listed sea's or a
// continent's ("the Orvane Ocean Region") is land or water, LOC.
func (d *doc) regionName(ps []piece) bool {
	if len(ps) != 2 || ps[0].conn || d.word(ps[1]) != "Region" {
		return false
	}
	if u := ps[0].unit; u != nil && u.label != "GPE" {
		return false
	}
	if w := d.word(ps[0]); w != "" && (locHeads.has(w) || orgHeads.has(w) || titleWords.has(w) || d.commonWord(w)) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "GPE", "")
}

// streetAndCentre: a street and a centre joined by "and" are two places,
// LOC: "between Kessel Street and Tarvo Center", "Tarvo Centre and Orvane
// Road". Beside a street "Center" names a site, as a station or a square
// is named, where alone it ends a body's name ("the Tarvo Center said").
func (d *doc) streetAndCentre(ps []piece) bool {
	n := len(ps)
	if n < 5 || n > 7 {
		return false
	}
	and := slices.IndexFunc(ps, func(p piece) bool { return p.conn })
	if and < 2 || and > n-3 || d.toks[ps[and].s].text != "and" || hasConn(ps[and+1:]) {
		return false
	}
	left, right := d.word(ps[and-1]), d.word(ps[n-1])
	if !(streetHeads21.has(left) && centreHeads24.has(right)) && !(centreHeads24.has(left) && streetHeads21.has(right)) {
		return false
	}
	for i, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" || i != and-1 && i != n-1 && orgHeads.has(d.word(p)) {
			return false // "Kessel Group Center": a body's own name
		}
	}
	d.add(ps[0].s, ps[and-1].e, "LOC", "")
	d.add(ps[and+1].s, ps[n-1].e, "LOC", "")
	return true
}
