package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Round 10 (places10): places in general news that no list holds, read by
// the story they stand in and the structure of their names.

// storyCityParts: a story set in one city (its dateline's city, or the
// listed city it names most and at least twice) names that city's suburbs
// and districts beside it, which no list holds: a place guessed from
// context (no list's) after a place's preposition, and the names listed
// with it, is the city's part, LOC ("KESSEL — roads in Tarvo and Ilk", "a
// school in Orvane", "bars near Harlow"). cityParts reads a dateline's
// lead only; this reads the whole story, so it asks more:
//   - the story is the city's: it names no more than one listed city,
//     province or state besides it (a capital's dateline on a national
//     story names the country's towns, and those no list holds are towns
//     too);
//   - the sentence names no other place of that kind, nor a guessed one
//     outside the list ("near Ilk in Orvane Province", "in Tarvo and
//     Kessel" where Kessel is a listed city: the country's towns);
//   - the name is not called a town, a port, a district or a province
//     anywhere ("the town of Ilk", "the port of Tarvo", "Tarvo district",
//     "Ilk, a town"), nor placed in another listed place ("Tarvo,
//     Orvania"), nor said to be near a site or on a coast ("Kessel Base,
//     near Tarvo", "the coast near Ilk");
//   - only "in", "at", "near", "around", "outside", "across" and
//     "through" read so, and "from" after a resident's noun: a
//     story names the towns people come from and go to as often.
func (d *doc) storyCityParts() {
	city, ok := d.storyCity()
	if !ok {
		return
	}
	byStart := d.tokMap()
	defer d.done(byStart)
	var places []int // the starts of GPE mentions other than the city's, in text order
	others := map[string]bool{}
	for k, m := range d.mentions {
		byStart.set(m.s, k)
		if m.label != "GPE" {
			continue
		}
		u, listed := d.unitAt(m.s)
		listed = listed && u.end == m.e
		if listed && u.canonical == city {
			continue
		}
		places = append(places, m.s)
		if listed && !d.a.countries[u.canonical] {
			others[u.canonical] = true
		}
	}
	if len(others) > 1 {
		return
	}
	slices.Sort(places)
	t := d.toks
	towns := d.calledTowns()
	sent, prev := -1, -1
	for k := range d.mentions {
		m := d.mentions[k]
		if m.s < 3 || !d.storyPartPreposition(m.s-1) || d.partCandidate(k) != partGuessed || towns[d.surface(m.s, m.e)] {
			continue
		}
		// "Kessel Base, near Tarvo": the town a site lies near; "the coast
		// near Ilk": a town on it
		if p := t[m.s-2].text; t[m.s-1].text == "near" && (p == "," || p == "coast") {
			continue
		}
		run, j := d.listAfter(k, byStart, func(n int) bool { return d.partCandidate(n) == partGuessed || d.mentions[n].label == "LOC" })
		// placed in a listed place other than the story's city
		if d.townApposition(j) || d.placedAfter(j, byStart, func(u unit, listed bool) bool { return listed && u.canonical != city }) {
			continue
		}
		if m.s < prev {
			sent, prev = -1, -1 // the mentions are in text order but for a few added late
		}
		// the walk back reads 60 tokens at most: a longer sentence's start
		// is taken as an earlier one's, which only asks more of its names
		sent, prev = d.sentenceStart(m.s, max(prev, m.s-60), sent), m.s
		if d.otherPlaceInSentence(sent, m.s, j, places) {
			continue
		}
		for _, r := range run {
			// a town of the towns' list is a town of its own (news_r28place.go)
			if d.partCandidate(r) == partGuessed && !d.listedTown(r) {
				d.mentions[r].label, d.mentions[r].canonical = "LOC", ""
			}
		}
	}
}

// calledTowns: the names a text calls a town or a port anywhere: "the
// town of Ilk", "the port of Tarvo", "Kessel, a town".
func (d *doc) calledTowns() map[string]bool {
	t := d.toks
	towns := map[string]bool{}
	for _, m := range d.mentions {
		if m.s >= 2 && t[m.s-1].text == "of" && (townNouns.has(t[m.s-2].text) || portNouns.has(t[m.s-2].text)) || d.townApposition(m.e) {
			towns[d.surface(m.s, m.e)] = true
		}
	}
	return towns
}

// storyCity: the canonical name of the city a story is set in: the listed
// city of its dateline (a line's first name, in capitals, before a dash,
// a comma or a bracket, within the text's first lines: a byline may come
// first), else the listed city it names most, at least twice and more
// often than any other.
func (d *doc) storyCity() (string, bool) {
	counts := map[string]int{}
	dateline := ""
	for _, m := range d.mentions {
		if m.label != "GPE" {
			continue
		}
		// a listed city's name, or a short one in capitals that the list
		// reads as an acronym's ("OSLO —" is "Oslo")
		c := ""
		if u, ok := d.unitAt(m.s); ok && u.end == m.e {
			if !d.settingCity(u) {
				continue
			}
			c = u.canonical
		} else if c = d.capitalsCity(m); c == "" {
			continue
		}
		counts[c]++
		if dateline == "" && m.s < 40 && (m.s == 0 || d.toks[m.s].newline) && m.e < len(d.toks) && d.orig != "" {
			w := d.orig[d.toks[m.s].start:d.toks[m.e-1].end]
			if next := d.toks[m.e].text; strings.ToUpper(w) == w && (next == "—" || next == "–" || next == "," || next == "(") {
				dateline = c
			}
		}
	}
	if dateline != "" {
		return dateline, true
	}
	best, top, second := "", 0, 0
	for c, n := range counts {
		switch {
		case n > top:
			best, top, second = c, n, top
		case n > second:
			second = n
		}
	}
	return best, top >= 2 && top > second
}

// placedAfter: the text after a list ending at token j calls it a
// district or a province ("Tarvo district"), or places it in a GPE
// mention that in accepts (listed: the whole mention is a list's):
// "Tarvo, Orvania", "Ilk in Kessel Province".
func (d *doc) placedAfter(j int, byStart tokMap, in func(u unit, listed bool) bool) bool {
	t := d.toks
	if j >= len(t) || t[j].newline {
		return false
	}
	if placeKindNoun(t[j].text) || ownPlaceNouns.has(t[j].text) {
		return true
	}
	if (t[j].text == "," || t[j].text == "in") && j+1 < len(t) {
		if k, ok := byStart.get(j + 1); ok {
			m := d.mentions[k]
			u, listed := d.unitAt(m.s)
			return m.label == "GPE" && in(u, listed && u.end == m.e)
		}
	}
	return false
}

// otherPlaceInSentence: a GPE mention (places: their starts, the story
// city's left out) in the sentence opening at token s, outside the list
// [from, to). The sentence's end is looked for in the 40 tokens after the
// list only, so that a text without sentences costs no more.
func (d *doc) otherPlaceInSentence(s, from, to int, places []int) bool {
	end := to
	for end < len(d.toks) && end < to+40 && !d.toks[end].sentStart && !d.toks[end].newline {
		end++
	}
	i, _ := slices.BinarySearch(places, s)
	for ; i < len(places) && places[i] < end; i++ {
		if places[i] < from || places[i] >= to {
			return true
		}
	}
	return false
}

// theCompassRegion: "the" before two compass words, or one of their
// compounds, names a country's region, LOC, no list's subdivision nor a
// common phrase: "the North East", "the South West", "the Northeast". A
// longer name is another place's ("the North East Province", "North West
// Frontier").
func (d *doc) theCompassRegion(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if s == 0 || t[s-1].text != "the" || e-s > 2 || e < len(t) && isCapitalised(t[e].text) && !t[e].newline {
		return false
	}
	switch {
	case e-s == 1 && compassCompounds.has(t[s].text):
	case e-s == 2 && (t[s].text == "North" || t[s].text == "South") && (t[s+1].text == "East" || t[s+1].text == "West") && !t[s+1].glued:
	default:
		return false
	}
	return d.add(s, e, "LOC", "")
}

// streetOn: a name no list holds after a building's or a shop's noun and
// "on" is the street it stands on, LOC: "the court building on Tarvo
// Kessel", "shops on Orvane", "a café on Ilk Harlow". People are seldom
// named so: "an attack on Kessel" has no building's noun before "on".
func (d *doc) streetOn(ps []piece) bool {
	s := ps[0].s
	if s < 2 || len(ps) > 3 || hasUnit(ps) || hasConn(ps) || d.toks[s-1].text != "on" || !streetSiteNouns.has(d.toks[s-2].text) {
		return false
	}
	return d.add(s, ps[len(ps)-1].e, "LOC", "")
}

// bankRivers: the name after "on the banks of", "along the banks of" or
// a side's "bank of" ("the northern bank of", "the left bank of"), and
// after "the river" in lower case, is a river's, LOC: "a mill on the
// banks of Tarvo Water", "a hall on the northern bank of the Kessel",
// "along the river Orvane". "The banks of Orvania" alone are its lenders:
// "on" or "along" comes first, or a side's word. A listed city or country
// keeps its label.
func (d *doc) bankRivers() {
	if !d.seenLower("Banks") && !d.seenLower("Bank") && !d.seenLower("River") {
		return
	}
	t := d.toks
	var byStart tokMap
	defer func() {
		if byStart != nil {
			d.done(byStart)
		}
	}()
	name := func(q int) {
		if q < len(t) && t[q].text == "the" {
			q++
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
		}
		if k, ok := byStart.get(q); ok {
			if m := &d.mentions[k]; d.shapedPerson(k) || d.partCandidate(k) == partGuessed || m.label == "ORG" && !d.listedPlace(k) && m.canonical == "" && !m.reviewed {
				m.label, m.canonical = "LOC", ""
			}
			return
		}
		e := q
		for e < len(t) && e-q < 3 && d.isName(e) && (e == q || !t[e].newline) {
			e++
		}
		d.add(q, e, "LOC", "")
	}
	for _, w := range [2]string{"banks", "bank"} {
		if !d.seenLower(strings.ToUpper(w[:1]) + w[1:]) {
			continue
		}
		for p := range d.positions(w) {
			if p < 2 || p+2 >= len(t) || t[p+1].text != "of" {
				continue
			}
			if w == "banks" && t[p-1].text == "the" && (t[p-2].text == "on" || t[p-2].text == "along") || w == "bank" && bankSides.has(t[p-1].text) {
				name(p + 2)
			}
		}
	}
	if d.seenLower("River") {
		for p := range d.positions("river") {
			if p > 0 && p+1 < len(t) && t[p-1].text == "the" && !t[p+1].newline {
				name(p + 1)
			}
		}
	}
}

// regionStates: a sea's or a region's word before "states" names the
// region those states make, LOC, the noun in its span: "the Baltic
// states", "the Gulf states", "the Balkan states" (a region, as
// "Southeast Asia" is, no polity of its own).
func (d *doc) regionStates(ps []piece) bool {
	e := ps[len(ps)-1].e
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 || e >= len(d.toks) || d.toks[e].text != "states" || d.toks[e].newline || !regionStateWords.has(d.word(ps[0])) {
		return false
	}
	return d.add(ps[0].s, e+1, "LOC", "")
}

// storyPartPreposition: a place's preposition at token p that sets a name
// inside the story's city ("in", "near"), or "from" after a resident's
// noun ("a vendor from Tarvo"): where a city's story finds its people is
// the city's part. "The people of Ilk" is left out: a city's story
// dedicates its news to the country's towns so as often.
func (d *doc) storyPartPreposition(p int) bool {
	w := d.toks[p].text
	return storyPartPrepositions.has(w) || w == "from" && p > 0 && residentNouns.has(strings.ToLower(d.toks[p-1].text))
}

// siteNounAfter: a name no list holds between a place's preposition and a
// site's noun in lower case is that site's, LOC, the noun left out:
// "traders at Kessel market", "fans outside Orvane stadium"
// (kindNounSite reads "the Kessel terminal"); a station's noun is in its
// name, as writers label it ("crowds near Tarvo station"). A given name
// opens a person's ("at Maria's market" is hers), an English word a
// modifier ("sell in International markets"), and a listed town keeps its
// label ("at Leeds station": the town's station).
func (d *doc) siteNounAfter(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if s == 0 || e >= len(t) || t[e].newline || !siteNounsAfter.has(t[e].text) || len(ps) > 3 || hasUnit(ps) || hasConn(ps) {
		return false
	}
	if p := t[s-1].text; !placePrepositions.has(p) && !sitePrepositions.has(p) || d.a.givenNames.has(d.word(ps[0])) || !d.a.uncommon(d.word(ps[0])) {
		return false // "in International markets": a modifier
	}
	if t[e].text == "station" {
		e++ // a station's name holds its noun: "Nørrebro station"
	}
	return d.add(s, e, "LOC", "")
}

// partApposition: a name the text then calls a city's part, or places in
// a listed city's side, is that part, LOC: "Tarvo, a suburb of Perth",
// "Ilk, a poor neighbourhood in eastern Lagos", "Elizabeth, in
// Adelaide's north", "Kessel, on Nairobi's eastern edge". A town says so
// ("Orvane, a town near Lagos"), and keeps its label.
func (d *doc) partApposition() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if e+2 >= len(t) || t[e].text != "," || t[e+1].newline || d.partCandidate(k) == partNone && !d.shapedPerson(k) {
			continue
		}
		if d.partNounAfter(e+1) || d.cityOwnsAfter(e+1) {
			m.label, m.canonical = "LOC", ""
		}
	}
}

// partNounAfter: an article, at most three words in lower case and a
// city's part's noun from token j, which heads its phrase: "a suburb of",
// "a poor neighbourhood in", "the working-class township,"; not "a ward
// councillor".
func (d *doc) partNounAfter(j int) bool {
	t := d.toks
	if !articles.has(t[j].text) {
		return false
	}
	for k := j + 1; k < len(t) && k <= j+4 && !t[k].newline; k++ {
		if cityPartNouns.has(t[k].text) {
			// the noun heads the phrase: "a ward councillor" is a person
			n := k + 1
			return n == len(t) || t[n].kind == tkPunct || t[n].newline || partNounLinks.has(t[n].text)
		}
		if isCapitalised(t[k].text) || t[k].text == "," {
			return false
		}
	}
	return false
}

// cityOwnsAfter: "in" or "on" and a listed city's possessive from token
// j: "in Adelaide's north", "on Nairobi's eastern edge".
func (d *doc) cityOwnsAfter(j int) bool {
	t := d.toks
	if t[j].text != "in" && t[j].text != "on" {
		return false
	}
	u, ok := d.unitAt(j + 1)
	return ok && d.settingCity(u) && u.end < len(t) && t[u.end].kind == tkPossessive
}

// cityInternational: a listed city and "International" after a
// preposition of travel name the city's airport, LOC: "diverted to Dubai
// International", "landed at Tarvo International" (the airport's short
// form). A body's name goes on ("Kessel International Airport" is read
// whole; "Amnesty International" holds no city).
func (d *doc) cityInternational(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || !d.settingCity(*ps[0].unit) || d.word(ps[1]) != "International" || ps[1].unit != nil {
		return false
	}
	s := ps[0].s
	if s == 0 || !travelPrepositions.has(d.toks[s-1].text) {
		return false
	}
	return d.add(s, ps[1].e, "LOC", "")
}

// siteLists: places guessed from context listed beside a city's site (a
// square, a park, a street, a market, a station: a LOC ending in an urban
// head) are sites or parts of the same city, LOC: "shops near Tahrir
// Square, Tarvo and Ilk", "Kessel and Orvane Park". A natural region in
// the list says nothing ("in Tarvo, Ilk and the Kessel Hills" are towns
// as often), nor does a listed place.
func (d *doc) siteLists() {
	t := d.toks
	var byStart, byEnd tokMap // built at the first urban site
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "LOC" || m.e-m.s < 2 || !urbanSiteHeads.has(t[m.e-1].text) {
			continue
		}
		if byStart == nil {
			byStart, byEnd = d.mentionsByStart(), d.mentionsByEnd()
			defer d.done(byStart)
			defer d.done(byEnd)
		}
		after, _ := d.listAfter(k, byStart, func(n int) bool { return d.partCandidate(n) == partGuessed })
		for _, n := range after[1:] { // the names after the site
			d.mentions[n].label, d.mentions[n].canonical = "LOC", ""
		}
		for j := m.s; ; { // and before it
			n := j
			for n > 0 && j-n < 2 && (t[n-1].text == "," || t[n-1].text == "and" || t[n-1].text == "or") && !t[n-1].newline {
				n--
			}
			prev, ok := byEnd.get(n)
			if n == j || !ok || d.partCandidate(prev) != partGuessed {
				break
			}
			d.mentions[prev].label, d.mentions[prev].canonical = "LOC", ""
			j = d.mentions[prev].s
		}
	}
}

// andSite: a name, "and" and a city's site's name of two words or more
// ("Tarvo and Kessel Road", "Ilk and Orvane Park") are two places: the
// site's head ends the second name only. The first is read on its own
// (siteLists then reads it beside the site).
func (d *doc) andSite(ps []piece) bool {
	if len(ps) < 4 || len(ps) > 6 {
		return false
	}
	and := slices.IndexFunc(ps, func(p piece) bool { return p.conn })
	if and < 1 || and > 2 || d.toks[ps[and].s].text != "and" || len(ps)-and-1 < 2 || hasConn(ps[and+1:]) || hasUnit(ps[and+1:]) {
		return false
	}
	// after one word a works' or a base's head ends a site too ("Tarvo
	// and Kessel Point", "Ilk and Orvane Airbase"); a natural feature's is
	// the pair's ("Tarvo and Ilk Island", "Kessel and Orvane Lakes")
	head := d.word(ps[len(ps)-1])
	if !urbanSiteHeads.has(head) && !(and == 1 && worksSiteHeads.has(head)) || locHeads.has(d.word(ps[and-1])) || streamHeads.has(d.word(ps[and-1])) {
		return false // "Tarvo Park and Kessel Road": twoSites'
	}
	d.add(ps[and+1].s, ps[len(ps)-1].e, "LOC", "")
	d.classify(ps[:and])
	return true
}

// capitalsCity: the listed city a mention in capitals names when written
// with an initial capital only ("LIMA" is "Lima"), "" if none: short
// names in capitals are read as acronyms before the list.
func (d *doc) capitalsCity(m mention) string {
	if m.e-m.s > 3 || d.orig == "" {
		return ""
	}
	ts := make([]tok, 0, 3)
	for _, t := range d.toks[m.s:m.e] {
		w := d.orig[t.start:t.end]
		if strings.ToUpper(w) != w {
			return ""
		}
		r, n := utf8.DecodeRuneInString(w)
		t.text = string(r) + strings.ToLower(w[n:])
		ts = append(ts, t)
	}
	h, ok := d.a.gaz.lookup(ts)
	if !ok || h.label != "GPE" || !d.a.cityNames[h.canonical] || d.a.countries[h.canonical] {
		return ""
	}
	return h.canonical
}

// listAfter: the mentions listed after mention k, joined by commas, "and"
// or "or" (byStart: the mentions by their first token), while accept
// takes them; returns k and them, and where the list ends.
func (d *doc) listAfter(k int, byStart tokMap, accept func(int) bool) ([]int, int) {
	t := d.toks
	run, j := []int{k}, d.mentions[k].e
	for {
		n := j
		for n < len(t) && n-j < 2 && (t[n].text == "," || t[n].text == "and" || t[n].text == "or") && !t[n].newline {
			n++
		}
		next, ok := byStart.get(n)
		if n == j || !ok || !accept(next) {
			return run, j
		}
		run = append(run, next)
		j = d.mentions[next].e
	}
}
