package extract

import "strings"

// Programme and platform rules of round 5 (see news_platforms.go and
// news_programs.go): satellites and craft named with a serial after a
// hyphen, a platform's name before a designator in capitals, a platform
// named again later by the first word of its name or in the plural after an
// operator's verb, warships named after an officer's rank, and a phase of a
// programme; a place before the name of what is held there.

// progsState is what the round-5 rules keep of a text while it is chunked.
type progsState struct {
	// shortPlatform holds the first and the last word of each platform
	// name of two or more words found so far ("Orvane" of "Orvane Strike
	// Missile").
	shortPlatform nameMemo
	// designatedNames holds the names after a designator of the
	// platforms found so far ("Kessel Hawk" of "K9A1 Kessel Hawk"), common
	// words or not (round 12, designatedName).
	designatedNames nameMemo
	// platforms indexes the platform mentions found so far for round 12's
	// rules (platformIndex).
	platforms platformIndex
}

// serialPlatform: a name, a hyphen and a serial of digits and a capital or
// two are one craft: "Sentinel-1C", "Oceansat-3A", "Kessel-2B"; the serial's
// letters mark a unit of a series, as a designator's do. A serial of digits
// alone ("Covid-19", "Rally-2") is left to the lists (numberedMission), and
// a programme's opener keeps its number ("Project-21C").
func (d *doc) serialPlatform(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[0].e
	w := toks[s].text
	if len(w) < 3 || !isCapitalised(w) || isDesignator(w) || programStarts.has(w) || e+1 >= len(toks) || toks[e].text != "-" || !toks[e].glued || !toks[e+1].glued || !serialMark(toks[e+1].text) {
		return false
	}
	if e+2 < len(toks) && toks[e+2].glued && toks[e+2].kind == tkWord {
		return false
	}
	return d.add(s, e+2, "PLATFORM", "")
}

// serialMark: one to three digits, then one or two capitals ("1C", "3A",
// "12AB").
func serialMark(w string) bool {
	i := 0
	for i < len(w) && i < 3 && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || len(w)-i < 1 || len(w)-i > 2 {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// capitalsDesignator: a name in capitals no list knows and a designator
// after it are one platform, as namedDesignator reads "Magura V5": "the MEKO
// A-200 frigate", "a KORAL X2 drone". Known acronyms (an agency, a service)
// are units and stay apart ("the IAF Su-30").
func (d *doc) capitalsDesignator(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit != nil || ps[0].conn || ps[1].conn {
		return false
	}
	name, des := d.word(ps[0]), d.word(ps[1])
	if len(name) < 3 || !allCapitals(name) || !isDesignator(des) || isDesignator(name) || markDesignator(des) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "PLATFORM", "")
}

// platformShortForm: a word alone that opened or closed a platform's
// longer name earlier in the text is the platform named again: "the Orvane
// Strike Missile ... the Orvane can also be fired from trucks", "the KF-21
// Kessel ... the Kessel". Only a word no list knows (a unit keeps its own
// label), that is no common word, after an article or an owner. The name
// after a designator, a word or two, is read so even when common words
// make it ("the K9A1 Thunder ... the Thunder", "the K2 Black Kessel ...
// the Black Kessel"): a designator before them made them a name.
func (d *doc) platformShortForm(ps []piece) bool {
	if len(ps) > 2 || ps[0].unit != nil || hasConn(ps) || len(ps) == 2 && ps[1].unit != nil {
		return false
	}
	memo := &d.progs.shortPlatform
	for _, m := range memo.fresh(d) {
		if m.label == "PLATFORM" && m.e-m.s >= 2 && !d.toks[m.s+1].glued && !d.toks[m.e-1].glued {
			memo.put(d.toks[m.s].text)
			memo.put(d.toks[m.e-1].text)
		}
	}
	named := &d.progs.designatedNames
	for _, m := range named.fresh(d) {
		if k := d.designatedName(m); k > 0 {
			named.put(d.surface(k, m.e))
		}
	}
	w := d.surface(ps[0].s, ps[len(ps)-1].e)
	designated := named.names[w]
	sing, plural := strings.CutSuffix(w, "s")
	plural = plural && !designated && named.names[sing] // "the Chinooks"
	designated = designated || plural
	if !designated && (len(ps) != 1 || !memo.names[w] || d.commonWord(w)) {
		return false
	}
	// a craft takes an article or an owner, maybe with a word between
	// ("the Orvane", "its Orvane", "a second Orvane"); the maker a platform
	// is named after does not ("Orvane said")
	k := ps[0].s - 1
	if k > 0 && isLowerWord(d.toks[k].text) && articles.has(d.toks[k-1].text) {
		k--
	}
	if k < 0 || !articles.has(d.toks[k].text) && !fleetDeterminers.has(d.toks[k].text) && d.toks[k].kind != tkPossessive {
		return false
	}
	if !plural {
		return d.add(ps[0].s, ps[len(ps)-1].e, "PLATFORM", "")
	}
	if !d.add(ps[0].s, ps[len(ps)-1].e, "PLATFORM", sing) {
		return false
	}
	d.mentions[len(d.mentions)-1].trim = 1
	return true
}

// designatedName: where the name after a designator starts in platform
// mention m ("Thunder" of "K9A1 Thunder", "Black Kessel" of "K2 Black
// Kessel", "Kessel" of "M1A2 SEPv3 Kessel"): one or two capitalised words
// with no digit after a run with one; 0 when m has no such name.
func (d *doc) designatedName(m mention) int {
	if m.label != "PLATFORM" || m.e-m.s < 2 || m.e-m.s > 6 || !hasDigit(d.toks[m.s].text) && (m.s+2 >= m.e || !hasDigit(d.toks[m.s+2].text)) {
		return 0 // "K9A1 ...", "AH-64E ..." ("AH", "-", "64E")
	}
	k := m.e
	for k > m.s+1 && m.e-k < 2 && !d.toks[k-1].glued && isCapitalised(d.toks[k-1].text) && !hasDigit(d.toks[k-1].text) && d.toks[k-1].kind == tkWord {
		k--
	}
	if k == m.e || !hasDigit(d.toks[k-1].text) || d.toks[k].glued {
		return 0
	}
	return k
}

// operatedPlural: the plural at token s is a number of things when an
// operator's verb comes before it ("the air force flew Orvanes", "retired
// its Harlows"), or when it is listed after a platform ("flew F-16s and
// Orvanes"); pluralPlatform asks it when no count comes first.
func (d *doc) operatedPlural(s int) bool {
	toks := d.toks
	k := s - 1
	if k >= 0 && fleetDeterminers.has(strings.ToLower(toks[k].text)) {
		k--
	}
	if k >= 0 && fleetVerbs.has(toks[k].text) {
		return true
	}
	if s < 2 || toks[s-1].text != "and" && toks[s-1].text != "," {
		return false
	}
	for i := len(d.mentions) - 1; i >= 0 && i >= len(d.mentions)-2; i-- {
		if m := d.mentions[i]; m.e == s-1 && m.label == "PLATFORM" {
			return true
		}
	}
	return false
}

// rankNamedShip: after a vessel's noun, a rank and a name are the ship's
// name, as navies name ships after admirals and generals: "the frigate
// Admiral Kessel", "the cruiser General Orvane" (afterShipNoun leaves a
// title to a person's name).
func (d *doc) rankNamedShip(ps []piece) bool {
	s := ps[0].s
	if len(ps) < 2 || hasConn(ps) || s == 0 || !shipNouns.has(d.toks[s-1].text) || !shipRanks.has(d.word(ps[0])) {
		return false
	}
	for _, p := range ps[1:] {
		if p.unit != nil && p.unit.label != "PERSON" && p.unit.label != "GPE" {
			return false
		}
	}
	return d.add(s, ps[len(ps)-1].e, "PLATFORM", "")
}

// phaseOf: "Phase II of the Harlow Metro Project", "Stage 2 of Mission
// Orvane": a phase and its number are no part of the name after "of".
func (d *doc) phaseOf(ps []piece) bool { return d.numberedPartOf(ps, phaseWords) }

// numberedPartOf: a word of heads, a number and "of" open the chunk; the
// name after "of" is read alone.
func (d *doc) numberedPartOf(ps []piece, heads *cueSet) bool {
	if len(ps) < 4 || !heads.has(d.word(ps[0])) {
		return false
	}
	num := d.toks[ps[1].s].text
	if ps[1].unit != nil || ps[1].conn || !romanNumeral(num) && !isNumber(num) || !ps[2].conn || d.toks[ps[2].s].text != "of" {
		return false
	}
	d.classify(ps[3:])
	return true
}

// spaceProbe: a name before "probe" in a sentence about space is the
// craft's: "the Orvane probe flew past Io", whatever list the name is in
// (a probe is often named after a body or a god). Elsewhere "the Harlow
// probe" is as often an inquiry, so a space cue other than "probe" is
// needed.
func (d *doc) spaceProbe(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) {
		return false
	}
	if !looseUnits(ps) {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	if e >= len(d.toks) || d.toks[e].newline || d.toks[e].text != "probe" && d.toks[e].text != "probes" || !d.spaceSentence(s, e+1) {
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}

// platformApposition: a name and an apposition that says it is a weapon or
// a craft: "the Kessel, a long-range cruise missile, hit", "the Harlow, a
// light tank built for mountains", "Kessel, the larger rocket the company
// builds". The noun must end the phrase ("a
// fighter pilot" is a person).
func (d *doc) platformApposition(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) || !looseUnits(ps) {
		return false
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].text != "a" && toks[e+1].text != "an" && toks[e+1].text != "the" {
		return false
	}
	k, ok := d.platformNounFrom(e + 2)
	// "the Kessel, the larger rocket the company is building": after "the"
	// a clause may follow the noun too
	if !ok || k+1 < len(toks) && toks[k+1].kind == tkWord && !phraseEnds.has(toks[k+1].text) && !(toks[e+1].text == "the" && relativeStarts.has(toks[k+1].text)) {
		return false
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// platformNounFrom returns the platform's noun that ends the run of
// modifiers starting at token k: "long-range cruise missile", "light tank".
func (d *doc) platformNounFrom(k int) (int, bool) {
	toks := d.toks
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		t := toks[k]
		if t.kind != tkWord && !(t.text == "-" && t.glued) || t.newline {
			return 0, false
		}
		switch {
		case t.text == "-", t.glued, k+1 < len(toks) && toks[k+1].text == "-" && toks[k+1].glued:
			// a part of a hyphenated modifier: "long-range", "anti-ship"
		case platformNouns.has(t.text):
			return k, true
		case !platformModifiers.has(strings.ToLower(t.text)):
			return 0, false
		}
	}
	return 0, false
}

// listedPlatforms: names listed after a platform's noun and "such as",
// "like" or "including" are platforms: "missiles such as Kessel, Harlow and
// Tarvel", "drones like the Orvane". Nouns as general as "systems" or
// "vehicles" are left out ("systems such as Kessel" may be software), and
// so are carriers (airlines as often as ships).
func (d *doc) listedPlatforms(ps []piece) bool {
	if !looseUnits(ps) {
		return false
	}
	toks := d.toks
	k := ps[0].s - 1
	for stop := k - 30; k > stop && k >= 0; k-- {
		t := toks[k]
		if t.newline || !(t.text == "," || t.text == "and" || t.text == "the" || d.used[k] || isCapitalised(t.text)) {
			break
		}
	}
	noun := -1
	switch {
	case k >= 2 && toks[k].text == "as" && toks[k-1].text == "such":
		noun = k - 2
	case k >= 1 && (toks[k].text == "like" || toks[k].text == "including"):
		noun = k - 1
	}
	if noun < 0 {
		return false
	}
	if n := strings.ToLower(toks[noun].text); !platformNouns.has(n) || vaguePlatformNouns.has(n) {
		return false
	}
	for _, p := range ps {
		if d.a.demonyms[d.word(p)] {
			return false // "carriers such as Norwegian": a company named so
		}
	}
	start := 0
	for i := 0; i <= len(ps); i++ {
		if i < len(ps) && !ps[i].conn {
			continue
		}
		if start < i {
			d.add(ps[start].s, ps[i-1].e, "PLATFORM", "")
		}
		start = i + 1
	}
	return true
}

// looseUnits: the listed names in ps are at most a person's or a place's,
// which a craft is often named after ("the Juno probe", "the Marlow, a
// missile"), or a platform's.
func looseUnits(ps []piece) bool {
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PERSON" && p.unit.label != "LOC" && p.unit.label != "PLATFORM" {
			return false
		}
	}
	return true
}

// placeForName: "in Davos for the Kessel Forum", "gathered in Tarvel for
// the Orvane Summit": one name after a place's preposition and "for" before
// another name are a place and the name of what is held there, two
// mentions. A name that opens with an organisation's or a programme's word
// keeps "for" inside ("Institute for the Study of War").
func (d *doc) placeForName(ps []piece) bool {
	if len(ps) < 3 || ps[0].conn || !ps[1].conn || d.toks[ps[1].s].text != "for" {
		return false
	}
	s := ps[0].s
	if s == 0 || !placePrepositions.has(d.toks[s-1].text) || ps[0].unit != nil && ps[0].unit.label != "GPE" && ps[0].unit.label != "LOC" {
		return false
	}
	if w := d.word(ps[0]); orgStarts.has(w) || programStarts.has(w) || locStarts.has(w) {
		return false
	}
	d.classify(ps[:1])
	d.classify(ps[2:])
	return true
}

// craftKindStart: a sentence that opens with a word for a kind of craft and
// a platform's noun names no platform: "Cargo ships were stuck", "Combat
// drones flew", "Budget carriers cut fares"; the capital is the sentence's.
// A name that is a common word too ("Kestrel drones") is no such word.
func (d *doc) craftKindStart(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	s, e := ps[0].s, ps[0].e
	if !d.toks[s].sentStart || e >= len(d.toks) || !platformNouns.has(d.toks[e].text) {
		return false
	}
	if l := strings.ToLower(d.word(ps[0])); !craftKinds.has(l) && !platformModifiers.has(l) {
		return false
	}
	return true // claimed, and no mention
}
