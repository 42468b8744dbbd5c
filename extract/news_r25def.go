package extract

// Round 25's rules for defence platforms and programmes (r25def): a kind
// of craft defined with its initials, a kind written out across "and", a
// ship's prefix no list knows in naval text, a plan's or a goal's name and
// its number, and an alliance's programme named with the alliance first.

// planNumberHeads25: cues.txt's [planNumberHeads25]; alliedProgrammeHeads25
// likewise.
var (
	planNumberHeads25      = cue("planNumberHeads25")
	alliedProgrammeHeads25 = cue("alliedProgrammeHeads25")
)

// r25defPost runs after the chunks are read and resolved.
func (d *doc) r25defPost() {
	d.alliedProgramme()
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
		if d.toks[i].kind != tkWord || !isCapitalised(w) || !d.commonWord(w) || d.a.demonyms[w] || d.a.givenNames[w] {
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
		if p.e-p.s != 1 || !isCapitalised(w) || !d.commonWord(w) || d.a.demonyms[w] || d.a.givenNames[w] || serviceWords23.has(w) {
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
	w := toks[p.s].text
	if len(w) < 3 || len(w) > 4 || w[len(w)-1] != 'S' || !allCapitals(w) || shipPrefixes.has(w) {
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
	var drop map[int]bool
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PROGRAM" || m.s == 0 || m.trim != 0 || !alliedProgrammeHeads25.has(toks[m.e-1].text) || toks[m.s].newline {
			continue // the cheap check: a programme's head
		}
		for j, o := range d.mentions {
			if o.e != m.s || o.label != "ORG" || o.e-o.s != 1 || drop[j] {
				continue
			}
			if w := toks[o.s].text; len(w) >= 2 && allCapitals(w) {
				m.s, m.canonical = o.s, ""
				if drop == nil {
					drop = map[int]bool{}
				}
				drop[j] = true
			}
			break
		}
	}
	d.dropMentions(drop)
}
