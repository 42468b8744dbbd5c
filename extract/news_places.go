package extract

import "strings"

// Rules for the places, platforms and programmes of general news (space,
// aviation, motoring, sport, city news) and for defence platforms named
// with marks and numbers: celestial bodies, rivers and deserts read from
// their context, bases, launch sites, facilities and named sites,
// numbered missions and editions, aircraft and vehicle models, version
// marks, vessels named after their noun, and plural platforms. Each is a
// chunk rule (chunkRules says where it stands) or a step after resolution
// (trimPlurals, cutKindWords, joinSlashes, joinVariants), with the cue sets
// it reads in cues.txt. This file holds the place rules, news_platforms.go
// and news_programs.go the others.
//
// Choices where GUIDELINES.md is silent: airports, space centres, launch
// sites and bases are places (LOC), as a base or range is ("launched from
// Kennedy Space Center"); a tournament is an event and no entity (eventHeads
// drop "World Cup"), while a summit is a programme; a numbered space mission
// is a programme ("Apollo 11"), the vehicle that flies it a platform
// ("Orion"); a planet, moon, star or asteroid is a place; a neighbourhood,
// a stadium and a prison are places (LOC), a district or borough a GPE.
//
// Round 2 choices: a class of ships is named without "-class" ("Arleigh
// Burke-class destroyer" gives "Arleigh Burke"; cutKindWords), and a
// programme listed with its lower-case noun without the noun; an
// exercise's year is part of its name ("Exercise Malabar 2025"), as a
// listed exercise's is; a numbered meeting is a programme ("COP29"); a
// crewed space station is a place, as a base is ("the ISS"); a lunar basin
// named with hyphens keeps its noun ("South Pole-Aitken basin"), as the
// IAU writes it, while a one-word river's name leaves it out.

// placeState is what the rules of this file remember about one text: the
// sentence each token is in and how many space cues each sentence holds,
// built on first use so that a text without a celestial name pays nothing.
type placeState struct {
	sentOf []int32       // token → index of its sentence's first token
	space  map[int32]int // sentence start → space cues in it
}

// spaceCue: token i is a space word ("orbit", "planet", "telescope") or
// the name of a body that is no common word ("Jupiter", "Venus"), alone.
func (d *doc) spaceCue(i int) bool {
	t := d.toks[i]
	if spaceWords.has(t.text) {
		return true
	}
	// a body's name standing alone, not the start of a longer name ("Mars
	// Inc.", "Jupiter Wellness")
	alone := i+1 >= len(d.toks) || !isCapitalised(d.toks[i+1].text) || d.toks[i+1].newline
	return alone && !t.sentStart && d.a.celestial[t.text] && !d.a.commonWords.has(strings.ToLower(t.text))
}

// spaceSentence reports whether the sentence of the name at [s, e) speaks
// of space: a space cue in it other than the name itself.
func (d *doc) spaceSentence(s, e int) bool {
	st := &d.places
	if st.sentOf == nil {
		st.sentOf = make([]int32, len(d.toks))
		st.space = map[int32]int{}
		start := int32(0)
		for i, t := range d.toks {
			if t.sentStart {
				start = int32(i)
			}
			st.sentOf[i] = start
			if d.spaceCue(i) {
				st.space[start]++
			}
		}
	}
	own := 0
	for i := s; i < e; i++ {
		if d.spaceCue(i) {
			own++
		}
	}
	return st.space[st.sentOf[s]] > own
}

// celestialRule: the name of a planet, moon, star or asteroid (the IAU
// names of configs/gazetteer/celestial.yaml) is a place. A name that is
// also a common word, a given name, a surname or another thing's name
// ("Mercury", "Titan", "Vega", "Moon") needs evidence: a space word or
// another body in its sentence ("the probe passed Venus"), or "the" or a
// place preposition before the Moon or the Earth ("back to Earth"), or
// the capital inside a sentence of a body no person is named after ("to
// reach Earth"). A
// name before a platform's or programme's noun is the craft's or the
// mission's ("the Psyche spacecraft").
func (d *doc) celestialRule(ps []piece) bool {
	if hasConn(ps) || len(ps) > 3 {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	name := d.surface(s, e)
	if !d.a.celestial[name] {
		return false
	}
	if len(ps) == 1 && ps[0].unit != nil && ps[0].unit.label == "LOC" {
		return false // the gazetteer has it already
	}
	// "the Psyche spacecraft", "the Juno mission": the craft or the
	// mission named after the body
	if e < len(d.toks) && (platformNouns.has(d.toks[e].text) || programNouns.has(d.toks[e].text)) {
		return false
	}
	ambiguous := ps[0].unit != nil || d.a.commonWords.has(strings.ToLower(name)) || d.a.givenNames.has(name) || d.a.surnames.has(name)
	article := capitalBodies.has(name) && !d.toks[s].sentStart
	if s > 0 && celestialArticle.has(name) {
		prev := d.toks[s-1].text
		article = article || prev == "the" || placePrepositions.has(prev) || lonePlacePrepositions.has(prev)
	}
	if ambiguous && !article && !d.spaceSentence(s, e) {
		return false
	}
	d.add(s, e, "LOC", "")
	return true
}

// riverRule: a one-word name after "along the", "up the", "down the",
// "banks of the" is a river's, and so is one before "river", "basin" or
// "delta" ("the Amazon rainforest"), even when the name is a company's
// or a state's elsewhere ("along the Amazon", "down the Mississippi"); a
// name before "desert" or "mountains" is a place unless it is a GPE's.
// Plural countries keep their label ("across the Netherlands"), and an
// organisation's name needs a verb only rivers take ("along", "up", not
// "across the Pentagon"); after "on the" or "into the" only an unknown
// name is a river's ("on the Clyde").
func (d *doc) riverRule(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 {
		return false
	}
	p := ps[0]
	s := p.s
	label := ""
	if p.unit != nil {
		label = p.unit.label
	}
	toks := d.toks
	w := toks[s].text
	if label != "" && label != "ORG" && label != "GPE" || label == "" && toks[s].sentStart || label == "" && d.peopleAdjective(ps) {
		return false // "across the Tamil regions": a people's adjective
	}
	// "the Amazon rainforest", "the Mississippi basin"
	if s+1 < len(toks) && !toks[s+1].newline && (riverNouns.has(toks[s+1].text) || wildNouns.has(toks[s+1].text) && label != "GPE") {
		return d.add(s, s+1, "LOC", "")
	}
	before := func(k int) string {
		if s-k < 0 {
			return ""
		}
		return strings.ToLower(toks[s-k].text)
	}
	river := false
	if before(1) == "the" {
		switch v := before(2); {
		case weakRiverVerbs.has(v):
			// "on the Clyde", not "on the Senate" (a known name), "on the
			// Orvane train" (a modifier: the name ends its phrase), or a
			// word, an acronym or a web address ("on the Internet", "on the
			// GISB", "on the Harlow.com")
			next := s + 1
			ends := next >= len(toks) || toks[next].newline ||
				toks[next].kind == tkPunct && toks[next].text != "-" && !(next+1 < len(toks) && toks[next+1].glued && toks[next+1].kind == tkWord) ||
				connectors.has(toks[next].text) || placePrepositions.has(toks[next].text)
			river = label == "" && ends && d.a.uncommon(w) && !d.a.demonyms[w]
		case riverVerbs.has(v):
			river = label != "ORG" || v != "across"
		case v == "of":
			river = riverParts.has(before(3))
		}
	}
	// after a verb of rivers, a country or a city keeps its label when it
	// is plural ("across the Netherlands"), an abbreviation ("across the
	// US"), paired with another ("along the Chad and Niger borders") or a
	// modifier ("up the Yemen coast"); the tagger is asked last
	if !river || label == "GPE" && (strings.HasSuffix(w, "s") || acronymLike(w) || strings.Contains(w, ".") || d.gpePaired(s+1) || d.modifies(s)) {
		return false
	}
	return d.add(s, s+1, "LOC", "")
}

// gpePaired: "and" or "or" and another listed country or state follow
// token k-1, a pair that names two lands ("along the Kessel and Orvane
// borders"), not a river.
func (d *doc) gpePaired(k int) bool {
	toks := d.toks
	if k+1 >= len(toks) || toks[k].text != "and" && toks[k].text != "or" || toks[k+1].newline {
		return false
	}
	u := d.units[k+1]
	return u != nil && u.label == "GPE"
}

// compassRegion: an unknown one-word name after a lower-case compass
// adjective is a country's or a province's, whose part the adjective
// names ("fighting in northern Orvania", "south-eastern Kessel"): a GPE,
// as "eastern Ukraine" gives the known "Ukraine" and no region's span. A
// surname or a given name has no such adjective before it in news; a
// demonym is an adjective too ("the northern Orvanian city").
func (d *doc) compassRegion(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 || ps[0].unit != nil {
		return false
	}
	s := ps[0].s
	toks := d.toks
	if s == 0 || toks[s].sentStart || toks[s-1].newline || !compassWords.has(toks[s-1].text) ||
		!d.a.uncommon(toks[s].text) || d.a.demonyms[toks[s].text] {
		return false
	}
	return d.add(s, s+1, "GPE", "")
}

// articleNameRule: a name the gazetteer knows with its article ("The
// Bronx", "The Hague") is written "the Bronx" inside a sentence; the name
// after the lower-case article takes the entry's label.
func (d *doc) articleNameRule(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].s == 0 {
		return false
	}
	s := ps[0].s
	if d.toks[s-1].text != "the" {
		return false
	}
	the := d.toks[s-1]
	the.text = "The"
	h, ok := d.a.gaz.lookup([]tok{the, d.toks[s]})
	if !ok {
		return false
	}
	d.add(s, s+1, h.label, h.canonical)
	return true
}

// baseRule: bases and launch sites are places (LOC) whatever their last
// word: "Naval Air Station Jacksonville", "Joint Base Lewis-McChord",
// "Kennedy Space Center" (a space centre is a launch site here, though
// "Center" ends organisations' names).
func (d *doc) baseRule(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if e-s < 2 {
		return false
	}
	toks := d.toks
	// "Kennedy Space Center", "Wenchang Space Launch Site"
	if e-s >= 3 && launchWords.has(toks[e-2].text) && launchSiteHeads.has(toks[e-1].text) {
		d.add(s, e, "LOC", "")
		return true
	}
	// "Naval Air Station X", "Air Force Base X": base words, a base head,
	// then the base's name
	k := s
	for k < e && baseWords.has(toks[k].text) {
		k++
	}
	if baseAbbreviations.has(toks[s].text) && len(ps) == 2 && ps[1].unit == nil {
		k = s // "AFB Bloemspruit", "NAS Oceana"
	} else if k == s || k+1 >= e || !baseHeads.has(toks[k].text) {
		return false
	}
	// "Air Force Base Waterkloof and AFB Bloemspruit": the name ends at a
	// connector word, and what follows is read on its own
	for i, p := range ps {
		if p.conn && p.s > k && toks[p.s].kind == tkWord {
			if p.s == k+1 {
				return false
			}
			d.add(s, p.s, "LOC", "")
			d.classify(ps[i+1:])
			return true
		}
	}
	d.add(s, e, "LOC", "")
	return true
}

// fromToPlaces: "from Rikers Island to Sing Sing": what a journey goes to
// from a place is a place of the same kind.
func (d *doc) fromToPlaces(ps []piece) bool {
	if ps[0].s == 0 || d.toks[ps[0].s-1].text != "from" {
		return false
	}
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i].conn || d.toks[ps[i].s].text != "to" {
			continue
		}
		left, right := ps[:i], ps[i+1:]
		if hasConn(right) || !d.placeName(left) {
			return false
		}
		d.classify(left)
		if len(right) == 1 && right[0].unit != nil && right[0].unit.label == "GPE" {
			// "from Kessel Airport to Tarvo": a listed town keeps its
			// label (loc14)
			d.classify(right)
			return true
		}
		d.add(right[0].s, right[len(right)-1].e, "LOC", "")
		return true
	}
	return false
}

// facilityRule: a name before a facility noun in lower case is the
// facility's, a place: "San Quentin state prison", "Wembley stadium".
// A city's or an organisation's name keeps its label ("Denver airport",
// "the Yankees stadium").
func (d *doc) facilityRule(ps []piece) bool {
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "LOC" {
			return false
		}
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	if !followedBy(d.toks, e, facilityModifiers, facilityNouns) {
		return false
	}
	d.add(s, e, "LOC", "")
	return true
}

// namedSite: a name ending in a word that is also a family name ("Hill",
// "Hall", "Field", "Ground") is a place when nothing says it is a
// person's: "Capitol Hill", "Carnegie Hall", "Wrigley Field", "Melbourne
// Cricket Ground", but not "Diane Hall" (a given name first), "Mr Hill"
// or "Damon Field said" (a person's context), nor "Exercise Iron Gate" (a
// programme's opener first).
func (d *doc) namedSite(ps []piece) bool {
	if len(ps) < 2 || hasConn(ps) || !siteHeads.has(d.word(ps[len(ps)-1])) {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	first := d.word(ps[0])
	if d.a.givenNames.has(first) || titleWords.has(first) || programOpeners.has(first) || d.afterHonorific(s) || d.personContext(s, e) {
		return false
	}
	for _, p := range ps[:len(ps)-1] {
		if p.unit != nil && p.unit.label == "PERSON" {
			return false
		}
	}
	d.add(s, e, "LOC", "")
	return true
}

// afterBodyNoun: a name after the noun of a body in space is the body's:
// "the constellation Orion", "the asteroid Psyche", "the dwarf planet
// Haumea", whatever else the name is.
func (d *doc) afterBodyNoun(ps []piece) bool {
	s := ps[0].s
	if s == 0 || hasConn(ps) || len(ps) > 3 || !bodyNouns.has(d.toks[s-1].text) || d.toks[s].newline {
		return false
	}
	d.add(s, ps[len(ps)-1].e, "LOC", "")
	return true
}

// pluralRange: a plural name after "in the", "across the" or "from the"
// that ends its phrase is a range's, a region's or a river's: "in the
// Rockies", "from the Ganges", "across the Orvanes". A people ("the
// Peruvians"), a team or a party before a noun ("the Lakers game") or in
// the possessive is none.
func (d *doc) pluralRange(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].s < 2 {
		return false
	}
	s := ps[0].s
	toks := d.toks
	w := toks[s].text
	if toks[s-1].text != "the" || !rangePrepositions.has(toks[s-2].text) || toks[s].sentStart {
		return false
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || peopleWord(d.a.demonyms, w) || !d.a.uncommon(w) || loneOrgs.has(w) {
		return false
	}
	if next := s + 1; next < len(toks) && (toks[next].glued && toks[next].kind != tkPunct || toks[next].kind == tkPossessive || toks[next].text == "-" || isCapitalised(toks[next].text)) || d.modifies(s) {
		return false
	}
	d.add(s, s+1, "LOC", "")
	return true
}

// districtRule: an unknown name before a district's noun in lower case is
// the district's, a GPE as administrative parts are ("the upscale Kessel
// district", "Harlow borough"), or a neighbourhood's, a LOC ("the Orvane
// neighbourhood").
func (d *doc) districtRule(ps []piece) bool {
	if hasUnit(ps) {
		return false
	}
	label := d.districtLabel(ps)
	if label == "" {
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, label, "")
	return true
}

// districtLabel is the label of a name before a subdivision's or a
// feature's noun (districtRule), or "" if no such noun follows.
func (d *doc) districtLabel(ps []piece) string {
	e := ps[len(ps)-1].e
	label := "GPE"
	// round 4: "the Kelbin province", "Marvany prefecture" (GPE), "the
	// Orvash region" (LOC), with no people's adjective ("the Kurdish
	// region"; news_people4.go)
	switch {
	case followedBy(d.toks, e, districtModifiers, districtNouns):
	case followedBy(d.toks, e, districtModifiers, provinceNouns) && !d.peopleAdjective(ps):
	case followedBy(d.toks, e, districtModifiers, neighbourhoodNouns):
		label = "LOC"
	case followedBy(d.toks, e, districtModifiers, regionNouns) && !d.peopleAdjective(ps):
		label = "LOC"
	case followedBy(d.toks, e, districtModifiers, landformNouns) && !d.peopleAdjective(ps):
		// "the Bach Ma hills", "the Ta Trach dam"
		label = "LOC"
	default:
		return ""
	}
	return label
}

// ambiguousCity: a large city whose name is also a given name or a word
// (configs/gazetteer/cities_ambiguous.yaml) is the city after a place
// preposition: "flights to Lyon", "a fire in Reading", "born in Florence";
// not before a possessive or a capitalised word ("to Florence's mother",
// "in Florence Nightingale's day") nor with a person's context ("from
// Charlotte, who").
func (d *doc) ambiguousCity(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].s == 0 {
		return false
	}
	s := ps[0].s
	toks := d.toks
	w := toks[s].text
	if !d.a.ambiguousCities[w] || toks[s].sentStart || toks[s].newline {
		return false
	}
	prev := toks[s-1].text
	if !placePrepositions.has(prev) && !lonePlacePrepositions.has(prev) {
		return false
	}
	// "the mayor of Lyon said": a town's noun before "of" outweighs the
	// saying after, which is the mayor's
	ofTown := prev == "of" && s >= 2 && placeOfNouns16.has(toks[s-2].text)
	if next := s + 1; next < len(toks) && (toks[next].kind == tkPossessive || isCapitalised(toks[next].text) && !toks[next].newline) || !ofTown && d.personContext(s, s+1) {
		return false
	}
	d.add(s, s+1, "GPE", "")
	return true
}

// stockIndex: a stock market index is no entity (and no place: "the
// Sensex fell"); its run, with the index's number after it ("FTSE 100",
// "S&P 500"), is claimed and dropped.
func (d *doc) stockIndex(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	name := d.surface(s, e)
	toks := d.toks
	if e < len(toks) && isNumber(toks[e].text) && !toks[e].glued && !toks[e].newline && d.a.stockIndices[name+" "+toks[e].text] {
		e++
	} else if !d.a.stockIndices[name] && !d.indexName(ps) {
		return false
	}
	d.claim(s, e)
	return true
}

// loneEvent: an event's head word alone is the event, no place and no
// entity: "competed in the Olympics", "won the Open", "after the
// Championships" (a name ending in one is dropped by cueRule).
func (d *doc) loneEvent(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || !eventHeads.has(d.word(ps[0])) || d.toks[ps[0].s].sentStart {
		return false
	}
	d.used[ps[0].s] = true
	return true
}

// nameInPlace splits a chunk at "in" before a known place (or any one
// word after an organisation's name) when the name before it is complete,
// by its cue words, a list or two words of its own:
// "Fort Wainwright in Alaska", "Operation Kessel in the Gulf", "the Orvane
// Institute in Ohio", "Air Force Station Tarvel in Bengaluru"; "Make in
// Orvania" has no complete name before "in".
func (d *doc) nameInPlace(ps []piece) bool {
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i].conn || d.toks[ps[i].s].text != "in" {
			continue
		}
		left, right := ps[:i], ps[i+1:]
		if right[0].conn && d.toks[right[0].s].text == "the" {
			right = right[1:]
		}
		isPlace := right[0].unit != nil && (right[0].unit.label == "GPE" || right[0].unit.label == "LOC")
		// "in Delhi Cantonment": a known place and a place's head word
		last := d.word(right[len(right)-1])
		place := isPlace && (len(right) == 1 || gpeHeads.has(last) || locHeads.has(last)) || d.placeName(right)
		complete := len(left) == 1 && left[0].unit != nil || len(left) >= 2 && !hasConn(left) || d.cueLabel(left) != ""
		// "the University of Tarvel in Zomba": an organisation's name ends
		// before "in" and a town no list knows
		place = place || len(right) == 1 && right[0].unit == nil && d.cueLabel(left) == "ORG"
		if !place || !complete {
			continue
		}
		d.classify(left)
		d.classify(right)
		return true
	}
	return false
}

// subRegion: "sub-" before a region's name is part of it: "sub-Saharan
// Africa", "sub-Arctic Canada" (the name after the prefix is claimed
// whole, as a place).
func (d *doc) subRegion(ps []piece) bool {
	s := ps[0].s
	last := ps[len(ps)-1]
	if s < 2 || hasConn(ps) || len(ps) != 2 || last.unit == nil || last.unit.label != "LOC" || d.toks[s-1].text != "-" || !d.toks[s].glued || !d.toks[s-1].glued || !strings.EqualFold(d.toks[s-2].text, "sub") || d.used[s-2] {
		return false
	}
	return d.add(s-2, last.e, "LOC", "")
}

// basinName: names joined by hyphens before a basin's, a delta's or a
// river's noun are one place with its noun, as the IAU names a lunar
// basin: "the South Pole-Aitken basin", "the Orvane-Kessel basin" (a
// one-word name leaves its noun out: "the Mississippi basin").
func (d *doc) basinName(ps []piece) bool {
	if len(ps) < 3 {
		return false
	}
	for _, p := range ps {
		if p.conn && d.toks[p.s].text != "-" {
			return false
		}
	}
	e := ps[len(ps)-1].e
	if e >= len(d.toks) || d.toks[e].newline || !riverNouns.has(d.toks[e].text) {
		return false
	}
	d.add(ps[0].s, e+1, "LOC", "")
	return true
}

// possessiveSite: a name, its possessive and a place's head word are one
// place: "St George's Park", "Orvane's Square", "Kessel's Peak", "Simon's
// Town"; an organisation's possessive is its own ("Harlow Inc.'s Park" is
// no site).
func (d *doc) possessiveSite(ps []piece) bool {
	if hasConn(ps) || len(ps) > 3 {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && (p.unit.label == "ORG" || p.unit.label == "PLATFORM" || p.unit.label == "PROGRAM") {
			return false
		}
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	// "Simon's Town", "Bishop's Town": a town's name, a GPE
	town := e+1 < len(toks) && toks[e+1].text == "Town"
	if e+1 >= len(toks) || toks[e].kind != tkPossessive || toks[e+1].newline || !locHeads.has(toks[e+1].text) && !town || !d.free(e, e+2) {
		return false
	}
	if e+2 < len(toks) && !toks[e+2].newline && isCapitalised(toks[e+2].text) {
		return false // "Orvane's Park Avenue": the head opens another name
	}
	if e+3 < len(toks) && toks[e+2].text == "and" && isCapitalised(toks[e+3].text) {
		return false // "Orvane's Belt and Road Initiative": the same, past "and"
	}
	label := "LOC"
	if town {
		label = "GPE"
	}
	d.add(ps[0].s, e+2, label, "")
	return true
}

// placeAndPlace splits a chunk at "and" between a known place and a name
// shaped like a place's, either way round: "the Great Plains and Orvane
// Alley", "Kessel Bay and Lake Como".
func (d *doc) placeAndPlace(ps []piece) bool {
	known := func(q []piece) bool {
		return len(q) == 1 && q[0].unit != nil && (q[0].unit.label == "LOC" || q[0].unit.label == "GPE")
	}
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i].conn || d.toks[ps[i].s].text != "and" {
			continue
		}
		left, right := ps[:i], ps[i+1:]
		if known(left) && d.placeName(right) || d.placeName(left) && known(right) {
			d.classify(left)
			d.classify(right)
			return true
		}
	}
	return false
}

// countyFirst: "County" (or "Co.") before one name is a county as Ireland
// and Northern Ireland write them, one GPE ("County Kessel", "Co. Tarvo"),
// whatever the name alone would be (a given name, a town, a common word);
// not a body's or a site's head ("County Council", "County Hall"), nor a
// road's number ("County Road 12").
func (d *doc) countyFirst(ps []piece) bool {
	if len(ps) < 2 || ps[0].unit != nil || ps[1].conn || ps[1].e-ps[1].s != 1 {
		return false
	}
	t := d.toks
	w := t[ps[0].s].text
	if w != "County" && w != "Co." || ps[0].e-ps[0].s != 1 {
		return false
	}
	next := t[ps[1].s].text
	if orgHeads.has(next) || locHeads.has(next) || siteHeads.has(next) || gpeHeads.has(next) || ps[1].unit != nil && ps[1].unit.label != "GPE" && ps[1].unit.label != "LOC" {
		return false
	}
	if len(ps) > 2 && !ps[2].conn {
		return false // "County Kessel Council": a longer name
	}
	d.add(ps[0].s, ps[1].e, "GPE", "")
	if len(ps) > 3 {
		d.classify(ps[3:])
	}
	return true
}
