package extract

import "strings"

// Round 25's rules for defence platforms, programmes and bodies
// (r25def): a kind of craft or a law defined with its initials, plural
// initials used in the singular, a kind written out across "and", a kind
// before a ship's prefix, a ship's prefix no list knows in naval text, a
// vessel's hull number, a model's number and mark, a plan's or a goal's
// name and its number, an exercise's or a policy's name in capitals, an
// exercise and its host, and an alliance's programme named with the
// alliance first.

// planNumberHeads25: cues.txt's [planNumberHeads25]; alliedProgrammeHeads25,
// stopMarks25 and visionNouns25 likewise.
var (
	planNumberHeads25      = cue("planNumberHeads25")
	alliedProgrammeHeads25 = cue("alliedProgrammeHeads25")
	stopMarks25            = cue("stopMarks25")
	visionNouns25          = cue("visionNouns25")
)

// r25defPost runs after the chunks are read and resolved.
func (d *doc) r25defPost() {
	d.alliedProgramme()
	d.modelMark()
	d.hullNumbered()
	d.hostedExercise()
}

// kindLongForm: "Fleet Support Ships (FSS)", "the Light Utility Helicopter
// (LUH)": a kind of craft written out in capitals of common words that the
// writer shortens to its initials is a type, a platform, whatever body the
// initials name elsewhere. A service's word just before the kind ("Coast
// Guard Ships") says whose ships they are, no type.
func (d *doc) kindLongForm(s, e int) bool {
	if e-s < 2 || !platformKinds23.has(d.toks[e-1].text) {
		return false // the cheap check: the last word
	}
	if serviceWords23.has(d.toks[e-2].text) {
		return false
	}
	for i := s; i < e-1; i++ {
		w := d.toks[i].text
		if d.toks[i].kind != tkWord || !isCapitalised(w) || !d.commonWord(w) || d.a.demonyms[w] || d.a.givenNames.has(w) {
			return false
		}
	}
	return true
}

// kindAcrossAnd: "the Lower Tier Air and Missile Defense Sensor radars":
// a kind written out in capitals of common words whose left part closes
// on no kind's word ("Air") and whose right closes on one is one name,
// when a craft's noun or its initials follow it; two kinds ("Landing
// Craft and Patrol Vessels") stay two.
func (d *doc) kindAcrossAnd(ps []piece) bool {
	n := len(ps)
	if n < 5 || n > 10 || !platformHeads.has(d.word(ps[n-1])) && !platformKinds23.has(d.word(ps[n-1])) {
		return false // the cheap check: the run's last word
	}
	toks := d.toks
	and := -1
	for i, p := range ps {
		if p.unit != nil {
			return false
		}
		w := toks[p.s].text
		if p.conn {
			if w != "and" || and >= 0 {
				return false
			}
			and = i
			continue
		}
		if p.e-p.s != 1 || !isCapitalised(w) || !d.commonWord(w) || d.a.demonyms[w] || d.a.givenNames.has(w) || serviceWords23.has(w) {
			return false
		}
	}
	if and < 2 || n-and-1 < 2 {
		return false
	}
	if left := d.word(ps[and-1]); platformHeads.has(left) || platformKinds23.has(left) {
		return false // "Landing Craft and Patrol Vessels": two kinds
	}
	e := ps[n-1].e
	if e >= len(toks) || toks[e].newline || !platformNouns.has(toks[e].text) && toks[e].text != "(" {
		return false
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// unlistedShipPrefix: "the Kilo-class UMS Tarvo Kessel", "the frigate
// BNS Orvane": capitals ending in "S" (for "ship") before a name no
// lexicon knows, in a text about ships, are a navy's prefix the lists
// lack; the ship is a platform. Two letters ("US") and a common word
// after ("CBS News") are no such prefix.
func (d *doc) unlistedShipPrefix(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 5 {
		return false // the cheap check
	}
	toks := d.toks
	at := 0
	if ps[0].unit != nil && n >= 3 && toks[ps[0].e-1].text == "class" {
		at = 1 // "the Kilo-class UMS Tarvo": the class stays its own name
	}
	p := ps[at]
	if p.unit != nil || p.conn || p.e-p.s != 1 || n-at > 4 {
		return false
	}
	if w := toks[p.s].text; !prefixShaped(w) || shipPrefixes.has(w) {
		return false
	}
	for _, q := range ps[at+1:] {
		if q.unit != nil || q.conn || q.e-q.s != 1 {
			return false
		}
		x := toks[q.s].text
		if !isCapitalised(x) || allCapitals(x) || d.commonWord(x) || orgHeads.has(x) || locHeads.has(x) {
			return false
		}
	}
	if !d.navalNear(p.s) {
		return false
	}
	if at == 1 {
		d.classify(ps[:1])
	}
	return d.add(p.s, ps[n-1].e, "PLATFORM", "")
}

// prefixShaped: three or four capitals ending in "S" (for "ship"), a
// navy's prefix's shape ("UMS", "BNS"); "US" is too short.
func prefixShaped(w string) bool {
	return len(w) >= 3 && len(w) <= 4 && w[len(w)-1] == 'S' && allCapitals(w)
}

// numberedPlan: "Forces Goal 2030", "Level of Ambition 2", "the Defence
// White Paper 2024": a goal, an ambition or a paper named in capitals and
// numbered by its year or its level is a programme, the number in its name.
func (d *doc) numberedPlan(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 6 || !planNumberHeads25.has(d.word(ps[n-1])) {
		return false // the cheap check: the head
	}
	toks := d.toks
	e := ps[n-1].e
	if e >= len(toks) || toks[e].glued || toks[e].newline || d.used[e] {
		return false
	}
	if num := toks[e].text; !isYear(num) && !(allDigits(num) && len(num) <= 2) {
		return false
	}
	if e+1 < len(toks) && toks[e+1].glued && toks[e+1].kind != tkPunct {
		return false // "Goal 2030s"
	}
	for _, p := range ps {
		if p.conn && toks[p.s].text != "of" || p.conn && p.s == ps[0].s {
			return false
		}
	}
	return d.add(ps[0].s, e+1, "PROGRAM", "")
}

// alliedProgramme: "the Kessel Security Investment Programme", "the KTO
// Innovation Fund": an alliance's or a body's initials just before a
// programme's name open that name, one programme; a possessive ("KTO's
// Innovation Fund") keeps them two.
func (d *doc) alliedProgramme() {
	toks := d.toks
	var drop dropSet
	var byEnd tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PROGRAM" || m.s == 0 || m.trim != 0 || !alliedProgrammeHeads25.has(toks[m.e-1].text) || toks[m.s].newline {
			continue // the cheap check: a programme's head
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		j, ok := byEnd.get(m.s)
		if !ok || d.mentions[j].label != "ORG" || d.mentions[j].e-d.mentions[j].s != 1 || drop[j] {
			continue
		}
		if w := toks[d.mentions[j].s].text; len(w) >= 2 && allCapitals(w) {
			m.s, m.canonical = d.mentions[j].s, ""
			drop.add(j)
		}
	}
	d.dropMentions(drop)
}

// capitalsExercise: "the Tarvo-Kessel Joint Military Exercise ORVANE
// began": an exercise's name written in capitals after "Exercise" is the
// programme, the words of its kind before it no name; the countries before
// them are read on their own.
func (d *doc) capitalsExercise(ps []piece) bool {
	n := len(ps)
	if n < 2 || ps[n-1].unit != nil || ps[n-1].e-ps[n-1].s != 1 || d.word(ps[n-2]) != "Exercise" {
		return false // the cheap check: "Exercise" and one word
	}
	s := ps[n-1].s
	if w := d.toks[s].text; len(w) < 4 || !d.inCapitals(s, s+1) || d.capitalsLine(s) {
		return false
	}
	j := n - 2
	for j > 0 && ps[j-1].unit == nil && !ps[j-1].conn && d.commonWord(d.word(ps[j-1])) {
		j-- // "Joint Military"
	}
	if j > 0 {
		d.classify(ps[:j])
	}
	d.claim(ps[j].s, s)
	return d.add(s, s+1, "PROGRAM", "")
}

// modelMark: "three Tarvo Master 400 Alpha radars", "the Kessel 200 Mk2":
// a model's name, its number and the mark after them, read apart (the
// mark a platform, the name a person's), are one platform. A year ("Kessel
// 2026 Alpha") or a listed platform after the number ("Tarvo 36 Rafael")
// is no mark.
func (d *doc) modelMark() {
	toks := d.toks
	var drop dropSet
	var byEnd tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || m.e-m.s != 1 || m.s < 2 || toks[m.s].glued {
			continue // the cheap check: one word after another
		}
		num := m.s - 1
		if t := toks[num]; t.glued || d.used[num] || !allDigits(t.text) || len(t.text) > 4 || isYear(t.text) || t.newline || toks[m.s].newline {
			continue
		}
		if _, listed := d.units[m.s]; listed || drop[k] {
			continue
		}
		s := num
		for s > 0 && num-s < 3 && d.isName(s-1) && !toks[s].newline && !toks[s-1].sentStart {
			s-- // free words of the name
		}
		if s == num && !toks[num].newline {
			if byEnd == nil {
				byEnd = d.mentionsByEnd()
				defer d.done(byEnd)
			}
			if j, ok := byEnd.get(num); ok && !drop[j] {
				if o := d.mentions[j]; (o.label == "PERSON" || o.label == "ORG") && o.e-o.s <= 3 {
					s = o.s
					drop.add(j)
				}
			}
		}
		if s == num {
			continue
		}
		d.claim(s, num+1)
		m.s, m.canonical = s, ""
	}
	d.dropMentions(drop)
}

// hullNumbered: "the call of Orvania's Shi Kessel 6, a research ship",
// "two survey vessels, Tarvo Lin 3 and ...": a name read as a person's
// with a small number after it, in a sentence about ships, is a vessel's
// name and its hull number; an exercise's word just before the name or
// after the number ("the exercise Kessel Lin 42", "Kessel Lin 42 drills")
// makes the number an edition's, and it is left alone.
func (d *doc) hullNumbered() {
	toks := d.toks
	var ships []bool
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PERSON" || e+1 >= len(toks) || toks[e].glued || toks[e].newline || !allDigits(toks[e].text) || len(toks[e].text) > 2 {
			continue // the cheap check: a person's name and a number
		}
		if next := toks[e+1]; next.glued && !stopMarks25.has(next.text) || d.used[e] || next.kind == tkWord && !connectors.has(next.text) && !exerciseNouns.has(strings.ToLower(next.text)) {
			continue // "Tarvo Lin 3 months", "Kessel 6-4"
		}
		if exerciseNouns.has(strings.ToLower(toks[e+1].text)) || m.s > 0 && exerciseNouns.has(strings.ToLower(toks[m.s-1].text)) {
			continue
		}
		if ships == nil {
			ships = d.shipSentences()
		}
		if !ships[m.s] {
			continue
		}
		d.claim(e, e+1)
		m.e, m.label, m.canonical = e+1, "PLATFORM", ""
	}
}

// shipSentences: for each token, whether its sentence speaks of ships
// (one pass, however many names ask).
func (d *doc) shipSentences() []bool {
	toks := d.toks
	ships := make([]bool, len(toks))
	for s := 0; s < len(toks); {
		e, ship := s+1, false
		for e < len(toks) && !toks[e].sentStart {
			e++
		}
		for _, t := range toks[s:e] {
			ship = ship || vesselNoun(t.text) || pluralShipNoun(t.text)
		}
		for k := s; k < e && ship; k++ {
			ships[k] = true
		}
		s = e
	}
	return ships
}

// hostedExercise: "CARAT Orvania began in 2017": an exercise's name in
// capitals and the host country after it, opening a sentence, are that
// country's edition of the exercise, one programme; "In 2017 CARAT
// Orvania ..." or a name after the country leaves them two.
func (d *doc) hostedExercise() {
	toks := d.toks
	var drop dropSet
	var byStart tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PROGRAM" || m.e-m.s != 1 || !toks[m.s].sentStart || len(toks[m.s].text) < 4 || !d.inCapitals(m.s, m.e) {
			continue // the cheap check: a programme in capitals opens a sentence
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || drop[j] {
			continue
		}
		if o := d.mentions[j]; o.label == "GPE" && !toks[o.s].newline && o.e < len(toks) && toks[o.e].kind == tkWord && !toks[o.e].newline && !isCapitalised(toks[o.e].text) {
			m.e, m.canonical = o.e, ""
			drop.add(j)
		}
	}
	d.dropMentions(drop)
}

// commonLaw: "the Military Programming Law", "the Reserved Kessel Law": a
// law named in capitals of common words, two or more before "Law", is a
// programme as an act is; a name or a place in it ("Tarvo Law", a firm)
// leaves it to the other rules.
func (d *doc) commonLaw(s, e int) bool {
	if e-s < 3 || d.toks[e-1].text != "Law" {
		return false // the cheap check
	}
	for i := s; i < e-1; i++ {
		w := d.toks[i].text
		if d.toks[i].kind != tkWord || !isCapitalised(w) || !d.commonWord(w) || d.a.givenNames.has(w) || connectors.has(w) {
			return false
		}
	}
	return true
}

// lawName: a chunk that commonLaw reads.
func (d *doc) lawName(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 6 || d.word(ps[n-1]) != "Law" || hasUnit(ps) || hasConn(ps) {
		return false // the cheap check
	}
	s, e := ps[0].s, ps[n-1].e
	if !d.commonLaw(s, e) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// kindBeforeShip: "the Diving Support Vessels KNS Tarvo and KNS Orvane",
// "its Fast Patrol Vessel KNS Kessel": a kind of craft in capitals of
// common words before a ship's prefix says what the ship is; the ship is
// read on its own, the kind no name.
func (d *doc) kindBeforeShip(ps []piece) bool {
	n := len(ps)
	if n < 3 || ps[0].unit != nil || ps[0].conn {
		return false // the cheap check
	}
	toks := d.toks
	at := -1
	for i, p := range ps {
		if p.unit != nil || p.conn || p.e-p.s != 1 {
			break
		}
		w := toks[p.s].text
		if i > 0 && (shipPrefixes.has(w) || prefixShaped(w)) {
			at = i
			break
		}
		if !isCapitalised(w) || !d.commonWord(w) {
			break
		}
	}
	if at < 1 || at+1 >= n || !platformKinds23.has(toks[ps[at-1].s].text) {
		return false
	}
	d.claim(ps[0].s, ps[at-1].e)
	d.classify(ps[at:])
	return true
}

// singularUses: "six Multi-Role Combat Vessels (MRCVs) ... the first MRCV
// sails": initials defined in the plural name one of the things in the
// singular, with the definition's meaning.
func (d *doc) singularUses(as, ae int, h gazHit) {
	w := d.toks[as].text
	if ae-as != 1 || len(w) < 3 || w[len(w)-1] != 's' || !allCapitals(w[:len(w)-1]) {
		return // the cheap check: one word, capitals and a plural's "s"
	}
	for i := range d.positions(w[:len(w)-1]) {
		if _, ok := d.unitAt(i); !ok && d.free(i, i+1) {
			d.setUnit(i, unit{end: i + 1, gazHit: h})
		}
	}
}

// visionOf: "in keeping with the vision of KESSELTAR", "the doctrine of
// TARVO": a word in capitals after a policy's noun and "of" names that
// policy, a programme; a listed body ("the policy of NATO") stays one.
func (d *doc) visionOf(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].s < 2 || ps[0].e-ps[0].s != 1 {
		return false // the cheap check: one word
	}
	toks := d.toks
	s := ps[0].s
	if toks[s-1].text != "of" || !visionNouns25.has(toks[s-2].text) || len(toks[s].text) < 4 || !d.inCapitals(s, s+1) || d.capitalsLine(s) {
		return false
	}
	return d.add(s, s+1, "PROGRAM", "")
}
