package extract

import "strings"

// Round 10's platform rules: airliners by the number forms news writes
// without their maker, a maker's series after a family name, and ships
// named in a list after their plural noun or a cargo carrier's noun.

// bareJetliner: a jetliner number of the 7x7 scheme (three digits, seven
// first and last, as the maker numbers its airliners) is a model without its
// maker when a variant follows it ("20 777-9s", "the 737-800"), in the
// plural ("A350s and 787s") or when a craft's noun follows ("its 757
// jets"; "the 767 fleet" counts no craft); e is the token after the number
// and its variant. Other three-digit numbers need a maker ("Saab 340"), as
// counts and scores ("245-8") are written so.
func (d *doc) bareJetliner(i, e int, variant bool) bool {
	w := strings.TrimSuffix(d.toks[i].text, "s")
	if len(w) != 3 || w[0] != '7' || w[2] != '7' {
		return false
	}
	if variant || strings.HasSuffix(d.toks[i].text, "s") {
		return true // "its 787s": a number in the plural counts craft
	}
	return e < len(d.toks) && !d.toks[e].newline && platformNouns.has(d.toks[e].text)
}

// seriesModel: a family name and its model number with a series after the
// hyphen, a round hundred or thousand, are one model: "the Dash 8-400", "an
// ATR 72-600", "De Havilland Dash 8-300s" (the maker before it stays in the
// span). A score or a range has no series of hundreds after a one- or
// two-digit number ("won 3-1", "8-10"), and the heads of numbered parts
// and places are no family ("Chapter 11-100", numberedHeads). It returns the end of the model, or
// i when token i opens none.
func (d *doc) seriesModel(i int) int {
	toks := d.toks
	w := toks[i].text
	if w == "" || w[0] < '1' || w[0] > '9' || len(w) > 2 || i == 0 || i+2 >= len(toks) || toks[i+1].text != "-" || !toks[i+1].glued || !toks[i+2].glued || !isNumber(w) {
		return i
	}
	series := strings.TrimSuffix(toks[i+2].text, "s")
	if n := len(series); n < 3 || n > 4 || !strings.HasSuffix(series, "00") || !isNumber(series) {
		return i
	}
	s := d.makerBefore(i)
	if s == i {
		// the family's name just before the number: "Dash", not a count's
		// word or a listed organisation
		if toks[i].glued || !d.isName(i-1) || d.units[i-1] != nil || calendarWords.has(toks[i-1].text) || numberedHeads.has(toks[i-1].text) {
			return i
		}
		s = d.makerBefore(i - 1)
	}
	if !d.free(s, i+3) || !d.add(s, i+3, "PLATFORM", "") {
		return i
	}
	return i + 3
}

// shipListName: names listed after a plural vessel's noun are the vessels'
// ("the frigates Orvane, Kessel and Harrow sailed", "the rovers Spirit and
// Opportunity"), over a person's or a place's label, as afterShipNoun reads
// one name after a singular noun. It takes a list only, two names or more,
// since one name after a plural noun may open a clause ("the frigates
// Orvania sent"); a listed organisation is no vessel.
func (d *doc) shipListName(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s == 0 || toks[s].newline {
		return false
	}
	if prev := toks[s-1].text; prev != "," && prev != "and" && !pluralShipNoun(prev) {
		return false // the cheap check: most chunks stop here
	}
	listed := false
	// back over the names before this one to the noun
	k := s - 1
	for ; k >= 0 && k >= s-24 && !pluralShipNoun(toks[k].text); k-- {
		t := toks[k]
		switch {
		case t.newline || k < s-1 && t.sentStart:
			return false
		case t.text == "," || t.text == "and":
			// a comma right after the noun sets the list off ("two
			// submarines, Orvane and Kessel,"), no item's (round 12)
			listed = listed || k == 0 || !pluralShipNoun(toks[k-1].text) || t.text == "and"
		case t.kind != tkWord || !startsName(t.text) && !nameParticles.has(t.text) && t.text != "of":
			return false
		}
	}
	first := k + 1
	if first < s && toks[first].text == "," {
		first++
	}
	// the list starts right after the noun ("escort tankers, and Orvane
	// patrols" lists no vessel)
	if k < 0 || k < s-24 || first < s && !startsName(toks[first].text) {
		return false
	}
	// the names of this chunk, cut at "and"
	var names [][]piece
	from := 0
	for i, p := range ps {
		if !p.conn {
			continue
		}
		if w := toks[p.s].text; w == "and" {
			names = append(names, ps[from:i])
			from = i + 1
			listed = true
		} else if w != "of" && w != "the" && w != "-" && !nameParticles.has(w) {
			return false
		}
	}
	names = append(names, ps[from:])
	if !listed && !(e+1 < len(toks) && (toks[e].text == "," || toks[e].text == "and") && startsName(toks[e+1].text)) {
		return false
	}
	for _, n := range names {
		if len(n) == 0 || hasUnit(n) && n[0].unit != nil && n[0].unit.label == "ORG" {
			return false
		}
	}
	for _, n := range names {
		d.add(n[0].s, n[len(n)-1].e, "PLATFORM", "")
	}
	return true
}

// pluralShipNoun: "frigates", "destroyers", "rovers": a vessel's or a
// craft's noun in the plural.
func pluralShipNoun(w string) bool {
	sing, ok := strings.CutSuffix(w, "s")
	return ok && (shipNouns.has(sing) || sing == "boat") // "carriers" are airlines too
}

// pluralOwner: a plural possessive inside a run before a craft's or a
// programme's noun ends its owner's name, no part of the craft's: "Orvane
// Machines' Kessel lander", "the Harlow Systems' Tarvel drone". The owner
// and the name after it are read on their own.
func (d *doc) pluralOwner(ps []piece) bool {
	for k := len(ps) - 2; k > 0; k-- {
		p := ps[k]
		if !p.conn || p.e-p.s != 1 || !isApostrophe([]rune(d.toks[p.s].text)[0]) || ps[k+1].conn {
			continue
		}
		d.classify(ps[:k])
		d.classify(ps[k+1:])
		return true
	}
	return false
}

// spaceCraftName: in a text of spaceflight, one unknown name that an
// organisation's possessive owns and a craft's deed follows ("Orvane
// Lab's Kessel launched", "Harlow's Tarvel has docked"), or that an
// ordinal in figures counts ("put its 82nd Kessel into orbit", "the 10th
// Tarvel flight"), is a rocket's or a craft's; a launch's word near the
// name makes a text of spaceflight too (launchNear). People are named so too
// ("NASA's Harlow launched a review"): a given name, a frequent surname
// and a name the text calls a person elsewhere stay out.
func (d *doc) spaceCraftName(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) != 1 || ps[0].unit != nil || s < 2 || toks[s].sentStart || toks[s].newline {
		return false
	}
	owned := toks[s-1].kind == tkPossessive && isCapitalised(toks[s-2].text)
	counted := isOrdinal(toks[s-1].text)
	if !owned && !counted || owned && !d.craftDeedAt(e) || counted && e < len(toks) && isCapitalised(toks[e].text) {
		return false
	}
	w := d.word(ps[0])
	if w == "" || d.a.givenNames.has(w) || d.a.surnames.has(w) || d.a.demonyms[w] || titleWords.has(w) || orgHeads.has(w) || militaryUnits.has(w) || d.namedPerson(w) || !d.spaceText() && !d.launchNear(s, e) {
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}

// launchNear: a word of launching (launchContext: "orbit", "rocket",
// "satellite", "pad") within a dozen words of [s, e) in its sentence, for
// a launch story with few of spaceText's words.
func (d *doc) launchNear(s, e int) bool {
	toks := d.toks
	stop := func(k int) bool { return toks[k].newline || toks[k].sentStart || toks[k].text == ";" }
	for k := s - 1; k >= 0 && k >= s-12 && !stop(k+1); k-- {
		if launchContext.has(toks[k].text) {
			return true
		}
	}
	for k := e; k < len(toks) && k < e+12 && !stop(k); k++ {
		if launchContext.has(toks[k].text) {
			return true
		}
	}
	return false
}

// hyphenDesignated: a hyphenated name of two capitalised words and a
// designator after it are one weapon or vehicle, "the Orvane-Kessel M4
// rifle", "a Tarvel-Harlow T7" (a person has no designator after the
// name); the hyphen would part it and leave the designator alone.
func (d *doc) hyphenDesignated(ps []piece) bool {
	if len(ps) != 4 || !ps[1].conn || ps[0].conn || ps[2].conn || ps[3].conn || d.toks[ps[1].s].text != "-" || hasUnit(ps) {
		return false
	}
	if ps[0].e-ps[0].s != 1 || ps[2].e-ps[2].s != 1 || !isCapitalised(d.word(ps[0])) || !isCapitalised(d.word(ps[2])) || !isModel(d.word(ps[3])) {
		return false
	}
	return d.add(ps[0].s, ps[3].e, "PLATFORM", "")
}

// nameNumberMark: a name, a number and a short mark in capitals before a
// platform's noun are one platform, the mark its variant: "the Orvane 70
// NG air defence system", "Kessel 15 ER missiles" (the mark alone would be
// read as the name before the noun).
func (d *doc) nameNumberMark(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if len(ps) != 1 || e+2 >= len(toks) || toks[e].glued || toks[e+1].glued || toks[e].newline || toks[e+1].newline || !isNumber(toks[e].text) {
		return false // the cheap check: a number after one name
	}
	if p := ps[0]; p.unit != nil && p.unit.label != "PLATFORM" || !isCapitalised(d.word(p)) || len(toks[e].text) > 4 || isYear(toks[e].text) {
		return false
	}
	mark := toks[e+1].text
	if len(mark) > 3 || !allCapitals(mark) || d.used[e] || d.used[e+1] || d.units[e+1] != nil || !followedBy(toks, e+2, platformModifiers, platformNouns) {
		return false
	}
	return d.add(ps[0].s, e+2, "PLATFORM", "")
}

// programBeforeCraft: a name the text has read as a programme stays one
// before a craft's noun, the craft the programme's: "the Orvane Sentry
// operation ... Orvane Sentry ships patrol" (craftNounName would read a
// ship's class).
func (d *doc) programBeforeCraft(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) > 4 || !followedBy(d.toks, e, platformModifiers, platformNouns) || !d.programNamed(d.surface(s, e), false) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// craftApposition: a name with an apposition after it that is a craft's
// noun with its article and a few words of kind is the craft: "Orvane 2, a
// 10kg rover built in Dubai,", "Kessel, the first Indian lander to". The
// noun ends the apposition, so "Harlow, a former fighter pilot" (a noun
// after it) and "Tarvel, a maker of drones" (a plural, and "of") name no
// craft; a person's name is none.
func (d *doc) craftApposition(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	numbered := e+1 < len(toks) && !toks[e].glued && isNumber(toks[e].text) && len(toks[e].text) <= 2 && !d.used[e]
	if numbered {
		e++ // "Orvane 2": a name's number, a given name's too ("Rashid 2")
	}
	if e+2 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) || toks[e+1].newline {
		return false // the cheap check
	}
	for _, p := range ps {
		if p.conn && toks[p.s].text != "-" {
			return false // "Orvane-R" keeps its hyphen
		}
	}
	if len(ps) > 3 || ps[0].unit != nil && ps[0].unit.label != "PLATFORM" || !numbered && (d.a.givenNames.has(d.word(ps[0])) || d.namedPerson(d.word(ps[len(ps)-1]))) {
		return false
	}
	for k := e + 2; k < len(toks) && k < e+8 && !toks[k].newline; k++ {
		w := toks[k].text
		if (shipNouns.has(w) || platformNouns.has(w)) && !strings.HasSuffix(w, "s") {
			next := ""
			if k+1 < len(toks) {
				next = toks[k+1].text
			}
			if next != "" && toks[k+1].kind == tkWord && !strings.HasSuffix(next, "ed") && !irregularParticiples.has(next) && !clauseWords.has(next) && !placePrepositions.has(next) && next != "to" && next != "for" {
				return false // "a fighter pilot": the noun is a modifier
			}
			return d.add(ps[0].s, e, "PLATFORM", "")
		}
		// words of kind: lower-case words, demonyms and measures ("10kg",
		// "300-metre")
		if toks[k].kind == tkWord && (!isLowerWord(w) && !hasDigit(w) || connectors.has(w) || clauseWords.has(w)) && !d.a.demonyms[w] {
			return false
		}
	}
	return false
}

// firedNumbered: a name and its number after a verb of firing and an
// article are the weapon fired: "the frigate fired an Orvane 15", "crews
// test-fired a Kessel 3" (people are fired without a number after them).
func (d *doc) firedNumbered(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s < 2 || !articles.has(toks[s-1].text) || !fireVerbs.has(toks[s-2].text) || len(ps) > 2 || hasConn(ps) || hasUnit(ps) {
		return false // the cheap check
	}
	if e >= len(toks) || toks[e].glued || toks[e].newline || !isNumber(toks[e].text) || len(toks[e].text) > 3 || d.used[e] {
		return false
	}
	// "fired a Harlow 2 weeks ago": a count of something after the number
	if e+1 < len(toks) && isLowerWord(toks[e+1].text) && strings.HasSuffix(toks[e+1].text, "s") || d.a.givenNames.has(d.word(ps[0])) || d.a.surnames.has(d.word(ps[0])) {
		return false
	}
	return d.add(s, e+1, "PLATFORM", "")
}

// bracketedCode: a code shaped like a designator in brackets after a
// programme's name is its short form, not a platform: "the Orvane
// Agreement 1963 (OA63)"; named again alone, it is the programme again. A
// company's bracketed code may be a product's ("Orvane Aerospace (OA-1)").
func (d *doc) bracketedCode(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) != 1 || ps[0].unit != nil || !isModel(d.word(ps[0])) {
		return false
	}
	if s >= 2 && e < len(toks) && toks[s-1].text == "(" && toks[e].text == ")" {
		for i := len(d.mentions) - 1; i >= 0 && i >= len(d.mentions)-3; i-- {
			if m := d.mentions[i]; m.e == s-1 && m.label == "PROGRAM" {
				return d.add(s, e, "PROGRAM", "") // its own canonical: a programme's acronym (GUIDELINES)
			}
		}
		return false
	}
	return d.programNamed(d.word(ps[0]), false) && d.add(s, e, "PROGRAM", "")
}

// padCode: a code shaped like a designator before a launch pad's noun is
// the pad's name, a place (launch sites are LOC): "the ELA-4 launch pad",
// "from the SLC-40 pad".
func (d *doc) padCode(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if e >= len(toks) || !padNouns.has(toks[e].text) && !(toks[e].text == "launch" && e+1 < len(toks) && padNouns.has(toks[e+1].text)) {
		return false // the cheap check
	}
	if len(ps) != 1 || ps[0].unit != nil || !isModel(d.word(ps[0])) {
		return false
	}
	return d.add(ps[0].s, e, "LOC", "")
}

// programHeaded: a programme's head word inside the name ("the Orvane
// Agreement 1963 (OA63)": the code in brackets is the agreement's, no
// designator of a platform; bracketDesignator).
func (d *doc) programHeaded(ps []piece) bool {
	for _, p := range ps {
		if programHeads.has(d.word(p)) {
			return true
		}
	}
	return false
}

// flaggedDesign: a demonym before "Type" and its number is a flag, no
// part of the design: "rather than the Japanese Type 12," (designNumbered
// reads the rest).
func (d *doc) flaggedDesign(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || !designWords.has(d.word(ps[1])) || !d.a.demonyms[d.word(ps[0])] {
		return false
	}
	return d.designNumbered(ps[1:])
}
