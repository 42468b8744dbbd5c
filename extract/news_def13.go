package extract

import "strings"

// Round 13's rules for defence platforms (def13): a ship's name before its
// hull code in brackets ("the submarine Kessel Brandt (S-84)"), the bare
// pennant number in brackets after a ship ("KNS Kessel (331)"), and a
// variant's word with its number after a platform ("Kessel MM40 Block 3",
// "Tarvel Batch 2").

// hullCodedShip: "the boat follows Tarvo Brandt (S-81)", "the nuclear-powered
// Kessel Orvane (SN10)": a name of a few capitalised words with a hull code in
// brackets after it (letters and figures, or figures alone that are no year)
// is a ship's, when a vessel's noun or a navy is named in the sentence or
// the one before; ships are often named after people, so this goes before
// the names of people are read. A politician's party and state ("(R-Texas)")
// hold no figures.
func (d *doc) hullCodedShip(ps []piece) bool {
	toks := d.toks
	n := len(ps)
	e := ps[n-1].e
	if n > 4 || e+2 >= len(toks) || toks[e].text != "(" || hasConn(ps) {
		return false // the cheap check
	}
	code, k := "", e+1
	for ; k < len(toks) && k <= e+4 && toks[k].text != ")"; k++ {
		if k > e+1 && !toks[k].glued {
			return false
		}
		code += toks[k].text
	}
	if k >= len(toks) || toks[k].text != ")" || !hullCode(code) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label == "ORG" || p.unit == nil && !isCapitalised(d.word(p)) {
			return false
		}
	}
	if !d.navalNear(ps[0].s) {
		return false
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// hullCode: "S-81", "SN10", "F601", "2501", "331": up to three capital
// letters (a hyphen after them) and two to four figures, or figures alone
// that are no year.
func hullCode(c string) bool {
	i := 0
	for i < len(c) && i < 3 && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	letters := i
	if letters > 0 && i < len(c) && c[i] == '-' {
		i++
	}
	digits := c[i:]
	if len(digits) < 2 || len(digits) > 4 || !allDigits(digits) {
		return false
	}
	return letters > 0 || !isYear(digits)
}

// navalNear: a vessel's noun, a navy or a shipyard's deed within the
// sentence of token s or the one before.
func (d *doc) navalNear(s int) bool {
	toks := d.toks
	sentences := 0
	for k := s - 1; k >= 0 && k >= s-50; k-- {
		w := toks[k].text
		if vesselNoun(w) || pluralShipNoun(w) || w == "Navy" || w == "navy" || w == "submarines" || w == "boats" || w == "commissioned" || w == "launched" {
			return true
		}
		if toks[k+1].sentStart {
			if sentences++; sentences > 1 {
				break
			}
		}
	}
	return false
}

// def13Post runs after the chunks are read: pennant numbers and variants'
// numbers.
func (d *doc) def13Post() {
	toks := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		if m.label != "PLATFORM" || m.trim != 0 || m.e+2 >= len(toks) {
			continue
		}
		e := m.e
		// "KNS Kessel (331) of the navy": the bare pennant number in
		// brackets is the ship named again (its canonical is the ship's)
		if toks[e].text == "(" && toks[e+2].text == ")" && allDigits(toks[e+1].text) && len(toks[e+1].text) >= 2 && len(toks[e+1].text) <= 4 && !isYear(toks[e+1].text) && d.free(e+1, e+2) && d.shipPrefixed(m.s) {
			canon := m.canonical
			if canon == "" {
				canon = d.surface(m.s, m.e)
			}
			d.add(e+1, e+2, "PLATFORM", canon)
			continue
		}
		// "Kessel MM40 Block 3": a variant's word closing a platform takes
		// its number
		if last := toks[e-1].text; variantWords13.has(last) && !toks[e].glued && !toks[e].newline && (allDigits(toks[e].text) && len(toks[e].text) <= 2 || romanNumeral13(toks[e].text) || digitVersion(toks[e].text)) && d.free(e, e+1) {
			d.claim(e, e+1)
			d.mentions[k].e, d.mentions[k].canonical = e+1, ""
		}
	}
	d.numberSign()
	d.variantHeads()
	d.designatorPopularName()
	d.shipNamesAgain()
}

// designatorPopularName: "the C-130J Kessel transport", "F/A-18C/D Orvane jets":
// a designator and the name right after it, read apart (the name as a
// person's or a second platform), are one platform, as an aircraft's
// designation and its popular name are written together.
func (d *doc) designatorPopularName() {
	toks := d.toks
	want := false // the cheap check: a platform with a capitalised word right after it
	for _, m := range d.mentions {
		if m.label == "PLATFORM" && m.e < len(toks) && !toks[m.e].glued && isCapitalised(toks[m.e].text) {
			want = true
			break
		}
	}
	if !want {
		return
	}
	byStart := d.tokMap()
	defer d.done(byStart)
	for k, m := range d.mentions {
		if m.label == "PERSON" || m.label == "PLATFORM" {
			byStart.set(m.s, k)
		}
	}
	drop := dropSet{}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || m.trim != 0 || m.reviewed || drop[k] {
			continue
		}
		j, ok := byStart.get(m.e)
		if !ok {
			d.designatorDescribed(m)
			continue
		}
		if j == k || drop[j] {
			continue
		}
		n := d.mentions[j]
		if n.label == "PLATFORM" && n.e-n.s > 2 && n.e-n.s <= 6 && !toks[n.s].newline && d.designatorEnds(m.s, m.e) && d.describedName(n.s, n.e) {
			m.e, m.canonical = n.e, "" // "M142 High Mobility Artillery Rocket System"
			drop.add(j)
			continue
		}
		if n.e-n.s > 2 || n.trim != 0 || n.reviewed || toks[n.s].glued || toks[n.s].newline || !d.designatorEnds(m.s, m.e) {
			continue
		}
		ok = true
		for i := n.s; i < n.e; i++ {
			if w := toks[i].text; toks[i].kind != tkWord || !isCapitalised(w) || strings.ToUpper(w) == w || isDesignator(w) {
				ok = false
			}
		}
		if !ok || n.e < len(toks) && (toks[n.e].text == "said" || toks[n.e].text == "says") {
			continue
		}
		m.e, m.canonical = n.e, ""
		drop.add(j)
	}
	d.dropMentions(drop)
}

// variantHeads: "the Kessel Patrol Ship Batch 2 vessels": a platform read
// from its variant's word alone takes the capitalised words before it that
// no mention holds (a sentence's first function word stays out).
func (d *doc) variantHeads() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || !variantWords13.has(toks[m.s].text) || m.s == 0 {
			continue
		}
		s := m.s
		for s > 0 && s > m.s-4 && !toks[s].sentStart && !toks[s-1].newline && toks[s-1].kind == tkWord && isCapitalised(toks[s-1].text) && !functionWords.has(toks[s-1].text) && !d.used[s-1] {
			s--
		}
		if s < m.s {
			d.claim(s, m.s)
			m.s, m.canonical = s, ""
		}
	}
}

// shipNamesAgain: "Tarvo Brandt (S-81) ... Tarvo Brandt is the boat": a name
// of two or more words that the text has read as a platform is the platform
// again where it was read as a person.
func (d *doc) shipNamesAgain() {
	var plats map[string]bool
	if len(d.personEnds) == 0 {
		return // the cheap check: no person read
	}
	for _, m := range d.mentions {
		if m.label == "PLATFORM" && m.e-m.s >= 2 && m.trim == 0 {
			if plats == nil {
				plats = map[string]bool{}
			}
			plats[d.surface(m.s, m.e)] = true
		}
	}
	if plats == nil {
		return
	}
	for k := range d.mentions {
		if m := &d.mentions[k]; m.label == "PERSON" && plats[d.surface(m.s, m.e)] {
			m.label, m.canonical = "PLATFORM", ""
		}
	}
}

func romanNumeral13(w string) bool {
	switch w {
	case "I", "II", "III", "IV", "V", "VI":
		return true
	}
	return false
}

// shipPrefixed: the mention at s opens with a ship's prefix in capitals
// ("HTMS", "KD", "KRI", "INS") before a name.
func (d *doc) shipPrefixed(s int) bool {
	w := d.toks[s].text
	if len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w || s+1 >= len(d.toks) || !isCapitalised(d.toks[s+1].text) {
		return false
	}
	return true
}

// shieldWatch: "the Orvanian Air Shield", "Northern Flank Watch", "Kessel
// Shield 2026": a name of two to four capitalised words closed by "Shield"
// or "Watch" is a scheme's or an exercise's (defence schemes and exercises
// are named so); a platform's noun after it makes it a system ("the Kessel
// Shield interceptor"), a body's name holds no such word at its end but
// "Rights Watch", and a listed body or person inside keeps the chunk for
// the other rules.
func (d *doc) shieldWatch(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || ps[n-1].unit != nil || ps[n-1].e-ps[n-1].s != 1 {
		return false
	}
	if w := d.word(ps[n-1]); w != "Shield" && w != "Watch" {
		return false // the cheap check
	}
	if hasConn(ps) {
		return false
	}
	for _, p := range ps[:n-1] {
		if w := d.word(p); p.unit != nil && (p.unit.label == "ORG" || p.unit.label == "PERSON") || p.unit == nil && (!isCapitalised(w) || w == "Rights" || orgHeads.has(w)) {
			return false
		}
	}
	toks := d.toks
	e := ps[n-1].e
	if k := e; k < len(toks) && (allDigits(toks[k].text) || gluedHyphen(toks, k) && allDigits(toks[k+1].text)) {
		return false // "Kessel Shield 2027", "Kessel Shield-2": an edition's or a model's number, read by their rules
	}
	if followedBy(toks, e, platformModifiers, platformNouns) {
		return false
	}
	return d.add(ps[0].s, e, "PROGRAM", "")
}

// numberedResolution: "under Resolution 2719", "its Section 333 programme":
// a resolution's number names it as an agreement (PROGRAM); a law's
// section is one where a programme's noun follows it closely.
func (d *doc) numberedResolution(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 {
		return false
	}
	w := d.word(ps[0])
	if w != "Resolution" && w != "Section" {
		return false // the cheap check
	}
	toks := d.toks
	e := ps[0].e
	if e >= len(toks) || toks[e].glued || toks[e].newline || !allDigits(toks[e].text) || len(toks[e].text) < 2 || len(toks[e].text) > 4 {
		return false
	}
	if w == "Section" {
		ok := false
		for k := e + 1; k < len(toks) && k <= e+6 && (toks[k].kind == tkWord || toks[k].text == "-"); k++ {
			if programNouns.has(toks[k].text) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return d.add(ps[0].s, e+1, "PROGRAM", "")
}

// numberSign: "the first to convert, No. 3 Squadron, will": "No." read
// alone as a name before a unit read by its number is the unit's own
// number sign (numberedSquadron takes it when it is free).
func (d *doc) numberSign() {
	toks := d.toks
	var byStart tokMap
	var drop dropSet
	for k, m := range d.mentions {
		if m.label != "ORG" || m.e-m.s != 1 || toks[m.s].text != "No." && toks[m.s].text != "No" || m.e >= len(toks) || !allDigits(toks[m.e].text) {
			continue // the cheap check: a lone "No." before figures
		}
		if byStart == nil {
			byStart = d.tokMap()
			defer d.done(byStart)
			for j, n := range d.mentions {
				if n.label == "ORG" {
					byStart.set(n.s, j)
				}
			}
		}
		j, ok := byStart.get(m.e)
		if !ok {
			continue
		}
		d.mentions[j].s, d.mentions[j].canonical = m.s, ""
		drop.add(k)
	}
	d.dropMentions(drop)
}

// designatorEnds: the span [s, e) ends in a designator ("C-130J"), or in
// one with a slash between variants' letters ("F/A-18C/D").
func (d *doc) designatorEnds(s, e int) bool {
	w := d.lastWord(s, e)
	if isDesignator(w) {
		return true
	}
	if i := strings.IndexByte(w, '/'); i > 0 && strings.Contains(w, "-") && d.hasDigits(s, e) {
		return isDesignator(strings.ReplaceAll(w, "/", ""))
	}
	return false
}

// designatorOfBody: "a C-130J Kessel of the Orvane Air National Guard", "two
// KF-21s of the Tarvel Air Force": a platform opened by its designator and
// "of" a body after it are two names, each read alone.
func (d *doc) designatorOfBody(ps []piece) bool {
	if len(ps) < 3 || ps[0].conn || !ps[1].conn && (len(ps) < 4 || !ps[2].conn) {
		return false // the cheap check: "of" second or third
	}
	if !isDesignator(d.lastWord(ps[0].s, ps[0].e)) {
		return false
	}
	for i := 1; i < len(ps)-1 && i <= 3; i++ {
		if !ps[i].conn {
			continue
		}
		if d.toks[ps[i].s].text != "of" {
			return false
		}
		j := i + 1
		for j < len(ps) && ps[j].conn {
			j++ // "of the"
		}
		if j >= len(ps) {
			return false
		}
		d.classify(ps[:i])
		d.classify(ps[j:])
		return true
	}
	return false
}

// describedName: [s, e) is a run of capitalised words (not in capitals)
// closed by "Vehicle" or "System": "Mechanized Infantry Combat Vehicle", "High
// Mobility Artillery Rocket System".
func (d *doc) describedName(s, e int) bool {
	toks := d.toks
	for i := s; i < e; i++ {
		w := toks[i].text
		if toks[i].kind != tkWord || !isCapitalised(w) || strings.ToUpper(w) == w || i > s && toks[i].newline {
			return false
		}
	}
	w := toks[e-1].text
	return w == "Vehicle" || w == "System" // a kind as generic as "Remotely Piloted Aircraft" stays outside
}

// designatorDescribed: "the XM30 Mechanized Infantry Combat Vehicle": a
// designator and the free capitalised words after it closed by
// "Vehicle" or "System" are one platform.
func (d *doc) designatorDescribed(m *mention) {
	toks := d.toks
	if m.e >= len(toks) || toks[m.e].glued || m.trim != 0 || !d.designatorEnds(m.s, m.e) {
		return
	}
	for e := m.e + 2; e <= m.e+5 && e <= len(toks); e++ {
		if !d.free(m.e, e) || !isCapitalised(toks[e-1].text) {
			return
		}
		if d.describedName(m.e, e) {
			d.claim(m.e, e)
			m.e, m.canonical = e, ""
			return
		}
	}
}
