package extract

// Round 21 (r21def): defence names by their structure: a weapon's name
// before a written-out description of its kind ("the Kessel Weapon
// System" is the Kessel), a variant's code of a digit and a letter
// ("Block 2A"), initials written without stops after a rank ("Air
// Marshal A K Tarvo"), an army or a navy named alone ("Army funds"), a
// flag before a ship's prefix ("the Italian ITS Kessel"), a post "in" a
// research programme ("a Fellow in the Kessel Programme"), a landing
// platform dock's name and a ship's kind a title's word opens ("General
// Purpose Frigates"). Elsewhere: "--" typed for a dash opens a clause
// (annotate_tokens.go), "Forward Operating Base" and "Général" join the
// cue lists, and "Shipyards" in the plural is a company's (cues.txt).

// kindTails21: cues.txt's [kindTails21].
var kindTails21 = cue("kindTails21")

// namedKindTail: a weapon's own name, one word, before a description of
// its kind in capitals ("the Kessel Weapon System", "Orvane Low Level
// Transportable Radars", "the Tarvo Multi Barrel Rocket Launcher") is
// the platform; the description is no part of its name. A designator
// opens a longer name of its own ("the M9 Heavy Assault Vehicle"), a mark
// or a bracketed variant after it keeps the run whole ("Kessel Missile
// System (Tracked) Mk-II"), and companies end in a plural kind
// ("Orvane Defence Vehicles"), so a plural needs three words of
// description.
func (d *doc) namedKindTail(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 6 {
		return false
	}
	last := d.word(ps[n-1])
	if !kindTails21.has(last) { // the cheap check: the run's last word
		return false
	}
	if last[len(last)-1] == 's' && n < 4 {
		return false
	}
	first := ps[0]
	if first.conn || first.e-first.s != 1 || first.unit != nil && first.unit.label != "PLATFORM" && first.unit.label != "PERSON" {
		return false
	}
	t := d.toks
	w := t[first.s].text
	if !isCapitalised(w) || len(w) < 3 || isDesignator(w) || d.a.demonyms[w] || d.commonWord(w) || titleWords.has(w) {
		return false
	}
	for _, p := range ps[1:] {
		if p.unit != nil || p.conn || p.e-p.s != 1 || !d.commonWord(d.word(p)) {
			return false
		}
	}
	if e := ps[n-1].e; e < len(t) && !t[e].newline && (t[e].text == "(" || markWords.has(t[e].text) || t[e].text == "Mark") {
		return false
	}
	d.claim(first.e, ps[n-1].e) // the description names nothing (news_r24def.go)
	return d.add(first.s, first.e, "PLATFORM", "")
}

// digitVersion: a variant's code of one or two digits and a capital,
// "2A", "3C", "12B", as in "Block 2A" or "Batch 3C" (a Roman numeral's
// form, "IIA", is versionNumeral's).
func digitVersion(w string) bool {
	n := len(w)
	if n < 2 || n > 3 || w[n-1] < 'A' || w[n-1] > 'F' {
		return false
	}
	return allDigits(w[:n-1])
}

// bareInitialsName: initials written without stops and a surname closing a
// run after a rank or a title ("Air Marshal A K Tarvo", "Admiral D R
// Kessel") or mid-sentence ("signed by V K Kessel") are a person's
// name, initials and all; "A" after a rank is an initial, no article. A
// name that goes on ("the U R Kessel Space Centre") is left to the
// rules for bodies.
func (d *doc) bareInitialsName(ps []piece) bool {
	n := len(ps)
	if n < 3 {
		return false
	}
	sur := ps[n-1]
	w := d.word(sur)
	if len(w) < 3 || !isCapitalised(w) || sur.e-sur.s != 1 { // the cheap check: a word closing the run
		return false
	}
	k := n - 1
	for k > 0 && n-1-k < 3 && singleCapital(d.word(ps[k-1])) {
		k--
	}
	if n-1-k < 2 || d.commonWord(w) || sur.unit != nil && sur.unit.label != "PERSON" {
		return false
	}
	t := d.toks
	s := ps[k].s
	if k == 0 {
		// no rank before: mid-sentence only, after a word in lower case
		if s == 0 || t[s].newline || t[s-1].kind != tkWord || isCapitalised(t[s-1].text) {
			return false
		}
	}
	for _, p := range ps[:k] {
		if !titleWords.has(d.word(p)) {
			return false
		}
	}
	for i := s; i < sur.e; i++ {
		if t[i].newline && i > s {
			return false
		}
	}
	return d.add(s, sur.e, "PERSON", "")
}

// singleCapital: one capital letter, an initial written without its stop.
func singleCapital(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }

// loneServices21: cues.txt's [loneServices21].
var loneServices21 = cue("loneServices21")

// loneService: "Army" or "Navy" alone, capitalised, is the story's
// country's service whatever stands before it: "Army funds in the amount
// of", "(Navy) funds", "for Army use". armedService reads it after "the".
// A line of its own (a header) is left alone.
func (d *doc) loneService(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !loneServices21.has(d.word(ps[0])) {
		return false
	}
	s := ps[0].s
	t := d.toks
	if s == 0 || t[s].newline || s+1 < len(t) && t[s+1].newline {
		return false
	}
	return d.add(s, s+1, "ORG", "")
}

// flaggedShipPrefix: a demonym before a ship's prefix ("the Italian ITS
// Kessel", "a French FS Tarvo") is the flag it sails under, no part of
// its name (GUIDELINES: demonyms are no entities); the ship is read
// without it.
func (d *doc) flaggedShipPrefix(ps []piece) bool {
	if len(ps) < 3 || ps[0].e-ps[0].s != 1 || ps[0].conn || !shipPrefixes.has(d.word(ps[1])) || !d.a.demonyms[d.toks[ps[0].s].text] {
		return false
	}
	d.classify(ps[1:])
	return true
}

// postIn: ps opens with a post ("Senior Fellow", "Researcher") and "in"
// or "in the" before a programme's name: "a Senior Fellow in the Kessel
// Security Programme" works in a research body's unit, which is the
// programme; k is the index of the programme's first piece, 0 if none.
// "a fellow of the Kessel Programme" holds a scheme's award (postProgramme).
func (d *doc) postIn(ps []piece) int {
	k := 0
	for k < len(ps) && k < 3 && !ps[k].conn && ps[k].unit == nil {
		k++
	}
	if k == 0 || k >= len(ps) || !ps[k].conn || d.toks[ps[k].s].text != "in" || !bylinePosts.has(d.word(ps[k-1])) {
		return 0
	}
	k++
	if k < len(ps) && ps[k].conn && d.toks[ps[k].s].text == "the" {
		k++
	}
	if k >= len(ps)-1 || ps[k].conn {
		return 0
	}
	return k
}

// landingDock: token k is "dock" closing a ship's kind, "landing platform
// dock" or "landing ship dock", so a name after it is the ship's ("the
// landing platform dock Kessel"); "the dock" alone is a quay.
func (d *doc) landingDock(k int) bool {
	t := d.toks
	return k >= 1 && t[k].text == "dock" && (t[k-1].text == "platform" || t[k-1].text == "ship")
}

// vesselKinds21: cues.txt's [vesselKinds21].
var vesselKinds21 = cue("vesselKinds21")

// titledVesselKind: a ship's kind written out in capitals that a word of
// titles opens ("General Purpose Frigates", "Major Surface Vessels") is
// a platform, no title and a person's name; a given name after the title
// is a person's ("General Tarvo Ships" is left to the person rules).
func (d *doc) titledVesselKind(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 4 || !vesselKinds21.has(d.word(ps[n-1])) || !titleWords.has(d.word(ps[0])) {
		return false
	}
	for _, p := range ps[1:] {
		w := d.word(p)
		if w == "" || p.e-p.s != 1 || !d.commonWord(w) || d.a.givenNames.has(w) {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "PLATFORM", "")
}
