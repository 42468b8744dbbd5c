package extract

// Round 28 (r28plat): platforms and programmes. A navy's ship prefix no
// list holds, known by its use before two ships' names or before a hull
// number in a text of ships (otherNavyPrefix); an edition's Roman number
// and a "+" that close a programme's or a platform's name (editionMarks);
// a family named alone after its model (familyAlone); a plan named in
// Spanish order (planNamed).

var navyNameJoins28 = cue("navyNameJoins28")

// otherNavyPrefix: "RNO Isla de Tarvo (OPV 17)", "NKTL Kessel and NKTL
// Orvane", "the corvette ABB Tarvel (CM-17)": a short word in capitals
// before a ship's name is a navy's prefix when a hull number follows the
// name or the word stands before another name elsewhere in the text, and
// ships are spoken of near it or in the text; the ship is a platform,
// never a place or a body (bracketHulls then reads its number). A prefix
// after a place's preposition without a hull number ("at KFB Tarvo") is a
// base's; a body's head, a common word or a word in capitals after the
// prefix ("KX Defence", "KX OKTAR") and a noun after the name ("the KRX
// Tarvel unit") keep the chunk for the other rules, as does a prefix
// other bodies share (sharedPrefixShip).
// unlistedShipPrefix reads the prefixes shaped "..S" without such
// evidence; a listed prefix ("FS Tarvo de Kessel (R47)") is read here
// only before a hull number, where the name may be a place's or a
// person's the lists hold.
func (d *doc) otherNavyPrefix(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 5 || ps[0].conn || ps[0].e-ps[0].s != 1 || ps[n-1].conn {
		return false // the cheap check
	}
	toks := d.toks
	w := toks[ps[0].s].text
	if len(w) < 2 || len(w) > 5 || !allCapitals(w) || sharedShipPrefixes.has(w) {
		return false // a prefix other bodies share is sharedPrefixShip's
	}
	for i, p := range ps[1:] {
		if p.unit != nil {
			if l := p.unit.label; l != "GPE" && l != "LOC" && l != "PERSON" {
				return false
			}
			continue // ships are named after places and people
		}
		if p.e-p.s != 1 {
			return false
		}
		x := toks[p.s].text
		if (x == "and" || x == "or") && i > 0 && i+2 < n && d.word(ps[i+2]) == w {
			// "NKTL Kessel and NKTL Orvane": two ships, each read alone
			if !d.otherNavyPrefix(ps[:i+1]) {
				return false
			}
			d.classify(ps[i+2:])
			return true
		}
		if p.conn {
			if i == 0 || !navyNameJoins28.has(x) {
				return false // "RNO Isla de Tarvo" joins, "NKTL Kessel and" does not
			}
			continue
		}
		if !isCapitalised(x) || allCapitals(x) || d.commonWord(x) || orgHeads.has(x) || militaryUnits.has(x) {
			return false
		}
	}
	if d.modifies(ps[n-1].e - 1) {
		return false // "the KRX Tarvel unit": the body's
	}
	hull := d.bracketHull(ps[n-1].e)
	if !hull && shipPrefixes.has(w) || !d.navalNear(ps[0].s) && !d.speaksOf(shipNouns) {
		return false // a listed prefix is read by the rules after, but before a hull number
	}
	if !hull && !d.prefixBeforeTwo(ps[0].s) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "PLATFORM", "")
}

// bracketHull: a hull number in brackets after token e, "(CM-17)",
// "(OPV 17)", "(01)".
func (d *doc) bracketHull(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "(" {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+4; k++ {
		if toks[k].text == ")" {
			return hullCode23(toks[e+1 : k])
		}
	}
	return false
}

// prefixBeforeTwo: the word at s stands in the text before two different
// capitalised words, as a navy's prefix before its ships' names, and
// never after a place's preposition ("at KFB Tarvo and KFB Kessel": a
// base's prefix).
func (d *doc) prefixBeforeTwo(s int) bool {
	toks := d.toks
	if s+1 >= len(toks) {
		return false
	}
	first, two := toks[s+1].text, false
	for k := range d.positions(toks[s].text) {
		if k > 0 && placeOnlyPrepositions.has(toks[k-1].text) {
			return false
		}
		if k+1 < len(toks) && !toks[k+1].newline {
			if x := toks[k+1].text; x != first && isCapitalised(x) && !allCapitals(x) {
				two = true
			}
		}
	}
	return two
}

// editionMarks: "Exercise TARVO-XIII", "the Kessel Defence Plan 2035+", "the
// Kessel-O+ system": a Roman edition's number after a glued hyphen closes
// an exercise's or a programme's name written in capitals, and a glued
// "+" closes a programme's or a platform's name (a plan running past its
// year, an upgraded model); the rules before end the name at the hyphen
// or the figure. "2+2" and "Tarvo-X+Kessel" go on past the mark: no end.
func (d *doc) editionMarks() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if e >= len(toks) || !toks[e].glued || m.trim != 0 || m.label != "PROGRAM" && m.label != "PLATFORM" {
			continue // the cheap check: a mark glued after the name
		}
		end := 0
		switch {
		case toks[e].text == "+":
			end = e + 1
		case toks[e].text == "-" && m.label == "PROGRAM" && e+1 < len(toks) && toks[e+1].glued:
			// as written: readCaps wrote "TARVO-XIII" in title case
			if r, name := toks[e+1], toks[e-1]; editionRoman(d.orig[r.start:r.end]) && allCapitals(d.orig[name.start:name.end]) {
				end = e + 2
			}
		}
		if end == 0 || end < len(toks) && toks[end].glued && toks[end].kind == tkWord || !d.free(e, end) {
			continue
		}
		d.claim(e, end)
		m.e, m.canonical = end, ""
	}
}

// familyAlone: "the Tarvo KX41 vehicle ... the 12th Tarvo of 90 ordered",
// "the Kessel F3R ... the Kessel is": the word beside a model's number in
// a platform's name, named later alone, is the family, PLATFORM, even a
// common word's (names of animals, which the chunks leave).
// The families are read once a text from its platforms; a maker's name
// the lists hold as another kind (a listed maker's), a variant's word
// ("Block"), a word joined by a hyphen or followed by a number or by more
// capitalised words (a longer name, another model) are left, and a common
// word without an article or a possessive before it ("Thunder and rain").
func (d *doc) familyAlone() {
	toks := d.toks
	var fam map[string]bool
	from := len(toks)
	for _, m := range d.mentions {
		if m.label != "PLATFORM" || m.e-m.s < 2 || m.e-m.s > 5 {
			continue // the cheap check
		}
		for k := m.s; k < m.e; k++ {
			if !hasDigit(toks[k].text) {
				continue
			}
			for _, j := range [2]int{k - 1, k + 1} {
				if j < m.s || j >= m.e || !d.familyWord(j) {
					continue
				}
				if fam == nil {
					fam = map[string]bool{}
				}
				fam[toks[j].text] = true
				from = min(from, m.e)
			}
		}
	}
	for i := from; i < len(toks); i++ {
		if d.used[i] || !fam[toks[i].text] {
			continue
		}
		if next := i + 1; next < len(toks) && !toks[next].newline && (toks[next].glued && toks[next].text == "-" || hasDigit(toks[next].text) || toks[next].kind == tkWord && isCapitalised(toks[next].text)) {
			continue
		}
		if toks[i].glued && toks[i-1].text == "-" || i > 0 && !toks[i].sentStart && toks[i-1].kind == tkWord && isCapitalised(toks[i-1].text) {
			continue
		}
		if d.commonWord(toks[i].text) && !d.determined(i) && !(isOrdinal(toks[i-1].text) && d.determined(i-1)) {
			continue // "Thunder and rain hit": the common word's
		}
		d.add(i, i+1, "PLATFORM", "")
	}
}

// familyWord: token j is a family's name: a capitalised word without
// figures, no variant's word, and none the lists hold as another kind.
func (d *doc) familyWord(j int) bool {
	t := d.toks[j]
	if t.kind != tkWord || len(t.text) < 3 || !isCapitalised(t.text) || hasDigit(t.text) || variantWords13.has(t.text) {
		return false
	}
	h, ok := d.a.gaz.name(t.text)
	return !ok || h.label == "PLATFORM"
}

// planNamed: "Tarvo's Plan Kessel security strategy", "under Plan Orvania":
// "Plan" before one name, in the order of Spanish and Portuguese ("Plan
// Tarvo"), names the plan, PROGRAM, even when the name is one the lists
// hold as a club's, a town's or a person's. A common word after it ("Plan
// Fails") is a headline's, and a body named so is one unit ("Plan
// International") that this rule never sees.
func (d *doc) planNamed(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].conn || d.word(ps[0]) != "Plan" {
		return false // the cheap check
	}
	if p := ps[1]; p.unit == nil {
		w := d.word(p)
		if p.e-p.s != 1 || len(w) < 3 || !isCapitalised(w) || allCapitals(w) || d.commonWord(w) || orgHeads.has(w) {
			return false
		}
	}
	return d.add(ps[0].s, ps[1].e, "PROGRAM", "")
}
