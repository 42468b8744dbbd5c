package extract

import (
	"slices"
	"strings"
)

// Round 24's rules for defence bodies and platforms (r24def): a unit
// named by its number and its base ("the 71st Air Base"), two complete
// names joined by "of the", "for the" or "on the", a service's district
// ("Kessel Border Guard District"), a force's exercise after its
// possessive, a contract's lot after a platform, a ship class's flight,
// variants' letters beside a slash, a maker's letters and number before a
// listed platform, platforms named again in a headline in capitals, and a
// press release's footer of initials.

// baseUnitWords24: cues.txt's [baseUnitWords24]; districtHeads24,
// districtServices24, contractMarks24, exerciseOwners24 likewise.
var (
	baseUnitWords24    = cue("baseUnitWords24")
	districtHeads24    = cue("districtHeads24")
	districtServices24 = cue("districtServices24")
	contractMarks24    = cue("contractMarks24")
	exerciseOwners24   = cue("exerciseOwners24")
)

// r24defPost runs after the chunks are read and resolved.
func (d *doc) r24defPost() {
	d.contractLots()
	d.slashVariants()
	d.spacedDesignators()
	d.headerPlatforms()
}

// ordinalBase: "the 71st Air Base", "the 12th Tactical Air Force Base",
// "the 3rd Air Wing Base", "the 9th Air Base Wing": an ordinal before a
// base's words numbers an air force's unit, no site; a base named by a
// place ("Kessel Air Base") stays a place.
func (d *doc) ordinalBase(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 5 || ps[0].s == 0 {
		return false // the cheap check
	}
	last := d.word(ps[n-1])
	end := n
	if last != "Base" {
		if n < 3 || !militaryUnits.has(last) || d.word(ps[n-2]) != "Base" {
			return false
		}
		end = n - 1 // "the 9th Air Base Wing"
	}
	toks := d.toks
	s := ps[0].s
	if t := toks[s-1]; t.newline || d.used[s-1] || !isOrdinal(t.text) {
		return false
	}
	for _, p := range ps[:end-1] {
		if p.unit != nil || p.conn || !baseUnitWords24.has(d.word(p)) {
			return false
		}
	}
	return d.add(s-1, ps[n-1].e, "ORG", "")
}

// linkedNames: "the 71st Air Base of the Tarvonian Air Force", "Kessel
// Aerospace for the Tarvo Brigade", "the Alliance on the Kessel Sea": two
// names joined by "of the", "for the" or "on the", each complete, are
// two. The left is complete when it is a listed firm, a numbered unit, or
// a body's part of two words or more under an armed service; the right
// when it is listed or a name ending in a body's head. A long name's own
// link stays ("Armed Forces of the Tarvo Republic", "Department of the
// Navy", "Centre for the Study of Kessel"), and "on the" before a listed
// place or water parts any name from it.
func (d *doc) linkedNames(ps []piece) bool {
	n := len(ps)
	if n < 4 || !hasConn(ps) {
		return false // the cheap check
	}
	at := -1
	for i, p := range ps {
		if !p.conn {
			continue
		}
		if at >= 0 || i+2 >= n || !ps[i+1].conn || d.toks[ps[i+1].s].text != "the" || i == 0 {
			if at >= 0 && i == at+1 {
				continue // "the" after the link
			}
			return false
		}
		at = i
	}
	if at < 1 {
		return false
	}
	link := d.toks[ps[at].s].text
	if link != "of" && link != "for" && link != "on" {
		return false
	}
	left, right := ps[:at], ps[at+2:]
	listed := len(right) == 1 && right[0].unit != nil
	place := listed && (right[0].unit.label == "LOC" || right[0].unit.label == "GPE")
	switch {
	case link == "on" && place:
	case !listed && !d.headedName(right):
		return false
	case d.listedFirm(left), d.numberedUnit24(left):
	case link == "of" && d.subordinate(left) && d.armedServiceName(right):
	default:
		return false
	}
	d.classify(left)
	d.classify(right)
	return true
}

// headedName: ps is a name of two pieces or more, opened by a listed name,
// a people's adjective or a word no lexicon knows, closed by a body's head
// ("the Tarvo Brigade", "the Orvanian Air Force").
func (d *doc) headedName(ps []piece) bool {
	if len(ps) < 2 || !orgHeads.has(d.word(ps[len(ps)-1])) {
		return false
	}
	w := d.word(ps[0])
	return ps[0].unit != nil || d.a.demonyms[w] || d.a.uncommon(w)
}

// listedFirm: ps is one listed organisation whose name opens with a word
// no lexicon knows or capitals ("Kessel Aerospace", "KTX Systems"), no
// generic body ("Council", "Central Bank").
func (d *doc) listedFirm(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "ORG" {
		return false
	}
	w := d.toks[ps[0].s].text
	return d.a.uncommon(w) || len(w) >= 2 && allCapitals(w)
}

// numberedUnit24: ps closes with a unit's or a base's word and an
// ordinal stands before it ("the 5th Coastal Missile Regiment", "the
// 71st Air Base").
func (d *doc) numberedUnit24(ps []piece) bool {
	s := ps[0].s
	w := d.word(ps[len(ps)-1])
	return s > 0 && (militaryUnits.has(w) || w == "Base") && isOrdinal(d.toks[s-1].text) && !d.toks[s].newline
}

// subordinate: ps is a body's part of two words or more closed by an
// office's or a unit's head ("Warship Design Bureau", "Southern
// Command"); one word alone is the whole body's name ("Department of
// the Navy").
func (d *doc) subordinate(ps []piece) bool {
	if len(ps) < 2 || hasUnit(ps) {
		return false
	}
	w := d.word(ps[len(ps)-1])
	return militaryUnits.has(w) || w == "Bureau" || w == "Directorate" || w == "Office" || w == "Centre" || w == "Center"
}

// armedServiceName: ps names an armed service: a listed body or a name
// closed by a service's head ("the Tarvonian Navy", "the Kessel Air
// Force").
func (d *doc) armedServiceName(ps []piece) bool {
	var last string
	if len(ps) == 1 && ps[0].unit != nil {
		if ps[0].unit.label != "ORG" {
			return false
		}
		last = d.toks[ps[0].e-1].text
	} else {
		last = d.word(ps[len(ps)-1])
	}
	return serviceWords23.has(last) || last == "Corps" || last == "Command"
}

// serviceDistrict: "the Kessel Border Guard District", "the Northern
// Police Region", "the Coast Guard Region (North East)": a district or
// region a service's head names is that service's command, no place; a
// compass point in brackets after it is part of its name.
func (d *doc) serviceDistrict(ps []piece) bool {
	n := len(ps)
	if n < 2 || !districtHeads24.has(d.word(ps[n-1])) || !districtServices24.has(d.word(ps[n-2])) || hasConn(ps) {
		return false // the cheap check
	}
	toks := d.toks
	e := ps[n-1].e
	if e+3 < len(toks) && toks[e].text == "(" && !toks[e].newline {
		k := e + 1
		for k < len(toks) && k < e+4 && compassNouns.has(toks[k].text) && d.free(k, k+1) {
			k++
		}
		if k > e+1 && k < len(toks) && toks[k].text == ")" {
			e = k + 1 // "(North East)"
		}
	}
	return d.add(ps[0].s, e, "ORG", "")
}

// classFlight: "the Kessel-class Flight III destroyers", "Tarvo-class
// Batch 2 frigates": a flight or a batch after a ship class's "-class" is
// a part of the class, no platform of its own.
func (d *doc) classFlight(ps []piece) bool {
	if len(ps) > 2 || ps[0].unit != nil || !markWords.has(d.word(ps[0])) || ps[0].s < 2 {
		return false // the cheap check
	}
	toks := d.toks
	s, e := ps[0].s, ps[0].e
	if toks[s-1].text != "class" || !toks[s-1].glued || toks[s-2].text != "-" {
		return false
	}
	if len(ps) == 2 {
		if !versionNumeral(d.word(ps[1])) {
			return false
		}
		e = ps[1].e
	} else {
		// "Batch 2": the number is no name's word, after the chunk
		if e >= len(toks) || toks[e].glued || toks[e].newline || d.used[e] || !(allDigits(toks[e].text) && len(toks[e].text) <= 2 || digitVersion(toks[e].text)) {
			return false
		}
		e++
	}
	d.claim(s, e)
	return true
}

// releaseFooter: "VK/SR", "AB/CD/Kessel": a line of initials and short
// names parted by slashes closes a press release, its writers' and
// editors' marks, no name.
func (d *doc) releaseFooter(ps []piece) bool {
	if len(ps) != 1 {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[0].e
	if e-s != 1 || !(e < len(toks) && toks[e].text == "/" && toks[e].glued || s > 0 && toks[s-1].text == "/" && toks[s].glued) {
		return false // the cheap check: a slash beside the word
	}
	from := s
	for from > 0 && !toks[from].newline {
		from--
	}
	if !toks[from].newline && from != 0 {
		return false
	}
	to := s
	for to+1 < len(toks) && !toks[to+1].newline {
		to++
	}
	if (to-from)%2 != 0 || to == from {
		return false // word, slash, word, ... word
	}
	initials := false
	for k := from; k <= to; k++ {
		t := toks[k]
		if (k-from)%2 == 1 {
			if t.text != "/" || !t.glued {
				return false
			}
			continue
		}
		if t.kind != tkWord || k > from && !t.glued || len(t.text) > 6 || !isCapitalised(t.text) || strings.ContainsAny(t.text, "0123456789") {
			return false
		}
		initials = initials || len(t.text) <= 3 && allCapitals(t.text)
	}
	if !initials {
		return false
	}
	d.claim(from, to+1)
	return true
}

// contractLots: "the E-9X Kessel II Lot 5", "the Kessel Strike Missile
// Increment 1": a contract's lot, increment or option after a platform is
// what is bought of it, no version: it stays outside the name.
func (d *doc) contractLots() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || m.e-m.s < 3 || m.trim != 0 || !contractMarks24.has(toks[m.e-2].text) {
			continue // the cheap check
		}
		if !allDigits(toks[m.e-1].text) && !versionNumeral(toks[m.e-1].text) {
			continue
		}
		m.e -= 2
		if m.canonical == d.surface(m.s, m.e+2) {
			m.canonical = ""
		}
		d.used[m.e], d.used[m.e+1] = false, false
	}
}

// headerPlatforms: "FIVE FAST ATTACK CORVETTES AND TARVO RADARS", a
// headline in capitals over a text that names the "Fast Attack
// Corvettes" and the "Tarvo" as platforms: the headline's words that no
// mention holds, or that were read as a person's or a body's name, are
// those platforms, a plural noun after the name ("the Tarvo radars")
// outside it, as the text writes them; a body's head ("TARVO SYSTEMS") is
// no such noun.
func (d *doc) headerPlatforms() {
	caps := false
	for k := range d.mentions {
		if m := &d.mentions[k]; m.label != "MONEY" && d.inCapitals(m.s, m.s+1) && len(d.toks[m.s].text) > 1 && d.capitalsLine(m.s) {
			caps = true // the cheap check: a mention on a line in capitals
			break
		}
	}
	if !caps {
		return
	}
	body := d.bodyPlatforms()
	if len(body) == 0 {
		return
	}
	held := make([]bool, len(d.toks))
	for _, m := range d.mentions {
		for i := m.s; i < m.e; i++ {
			held[i] = true
		}
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" && m.label != "ORG" || !d.inCapitals(m.s, m.e) || !d.capitalsLine(m.s) {
			continue
		}
		ends := []int{m.e}
		if w := d.toks[m.e-1].text; m.e-m.s >= 2 && strings.HasSuffix(w, "s") && d.commonWord(w) && !orgHeads.has(w) {
			ends = append(ends, m.e-1) // "TARVO RADARS"
		}
	find:
		for _, e := range ends {
			for s := max(0, m.s-3); s <= m.s; s++ {
				if s < m.s && (!d.inCapitals(s, m.s) || d.lineBreak(s+1, m.s+1) || slices.Contains(held[s:m.s], true)) {
					continue
				}
				if canon, ok := body[strings.ToLower(d.surface(s, e))]; ok {
					d.claim(s, m.s)
					for i := e; i < m.e; i++ {
						d.used[i], held[i] = false, false
					}
					m.s, m.e, m.label, m.canonical = s, e, "PLATFORM", canon
					break find
				}
			}
		}
	}
	// "FIVE FAST ATTACK CORVETTES": words no mention holds
	for s := 0; s < len(d.toks); s++ {
		if held[s] || !d.inCapitals(s, s+1) || !d.capitalsLine(s) {
			continue
		}
		for e := min(len(d.toks), s+4); e > s; e-- {
			if !d.inCapitals(s, e) || d.lineBreak(s+1, e) || slices.Contains(held[s:e], true) {
				continue
			}
			if canon, ok := body[strings.ToLower(d.surface(s, e))]; ok {
				d.claim(s, e)
				d.mentions = append(d.mentions, mention{span: span{s, e}, label: "PLATFORM", canonical: canon})
				s = e - 1
				break
			}
		}
	}
}

// inCapitals: the words of [s, e) are written in capitals.
func (d *doc) inCapitals(s, e int) bool {
	for i := s; i < e; i++ {
		t := d.toks[i]
		if t.kind != tkWord || !allCapitals(d.orig[t.start:t.end]) {
			return false
		}
	}
	return true
}

// capitalsLine: token i's line is a headline, its words all in capitals
// (figures aside), no acronym in a line of text.
func (d *doc) capitalsLine(i int) bool {
	toks := d.toks
	s, e := d.lineOf(i)
	for k := s; k < e; k++ {
		if w := d.orig[toks[k].start:toks[k].end]; toks[k].kind == tkWord && strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

// lineOf is the tokens [s, e) of token i's line.
func (d *doc) lineOf(i int) (s, e int) {
	s, e = i, i+1
	for s > 0 && !d.toks[s].newline {
		s--
	}
	for e < len(d.toks) && !d.toks[e].newline {
		e++
	}
	return s, e
}

// lineBreak: a token of [s, e) opens a line.
func (d *doc) lineBreak(s, e int) bool {
	for i := s; i < e; i++ {
		if d.toks[i].newline {
			return true
		}
	}
	return false
}

// bodyPlatforms: the platforms the text names in mixed case, in lower
// case, and their canonicals.
func (d *doc) bodyPlatforms() map[string]string {
	out := map[string]string{}
	for _, m := range d.mentions {
		if m.label == "PLATFORM" && m.trim == 0 && !d.inCapitals(m.s, m.e) {
			out[strings.ToLower(d.surface(m.s, m.e))] = m.canonical
		}
	}
	return out
}

// slashVariants: "the KF-16AM/BM", "KF-21C/D Kessels", "the F/A-28E":
// a variant's or a role's letters beside a designator's slash belong to
// the designator, though a rule read them alone as a name ("BM", "F") or
// as a name's first word ("D Kessels", which the platform then takes
// whole).
func (d *doc) slashVariants() {
	toks := d.toks
	var drop dropSet
	join := func(k, j int) {
		m, n := &d.mentions[k], d.mentions[j]
		if n.s < m.s {
			d.used[m.s-1] = true
			m.s = n.s
		} else {
			d.used[m.e] = true
			m.e, m.trim = n.e, n.trim
		}
		m.canonical = ""
		drop.add(j)
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		s, e := m.s, m.e
		after := e+1 < len(toks) && toks[e].text == "/" && toks[e].glued && toks[e+1].glued
		before := s >= 2 && toks[s-1].text == "/" && toks[s-1].glued && toks[s].glued
		if m.label != "PLATFORM" || m.trim != 0 || !after && !before || drop[k] {
			continue // the cheap check: a slash glued to a platform
		}
		for j, n := range d.mentions {
			switch {
			case j == k || n.reviewed || drop[j]:
			case after && n.s == e+1 && len(toks[e+1].text) <= 3 && allCapitals(toks[e+1].text) && d.designatorEnds(s, e) &&
				(n.e-n.s == 1 || isCapitalised(toks[n.s+1].text)):
				join(k, j)
			case before && n.e == s-1 && n.e-n.s == 1 && len(toks[n.s].text) <= 2 && allCapitals(toks[n.s].text) && isDesignator(toks[s].text):
				join(k, j)
			}
		}
	}
	d.dropMentions(drop)
}

// spacedDesignators: "the KRX 12 Kessel": a maker's letters read as a
// platform, a model's number after a space and a listed platform are one
// name; a hull's letters and number read together ("DDX 71 Kessel") are
// a mention of their own, and a body's letters stay apart from a count
// after them ("the KAF 36 Kessel jets").
func (d *doc) spacedDesignators() {
	toks := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PLATFORM" || m.e-m.s != 1 || e+1 >= len(toks) || toks[e].glued || !allDigits(toks[e].text) || len(toks[e].text) > 3 {
			continue // the cheap check: one word and a number
		}
		if w := toks[m.s].text; len(w) < 2 || len(w) > 4 || !allCapitals(w) || d.used[e] || toks[e+1].newline || toks[e+1].glued {
			continue
		}
		if _, listed := d.units[m.s]; listed {
			continue
		}
		for j, n := range d.mentions {
			if n.s != e+1 || n.label != "PLATFORM" || j == k {
				continue
			}
			if _, listed := d.units[n.s]; !listed {
				break
			}
			d.used[e] = true
			m.e, m.trim, m.canonical = n.e, n.trim, ""
			drop.add(j)
			break
		}
	}
	d.dropMentions(drop)
}

// ownedExercise: "the Navy's Nordic Beacon", "the Joint Kessel Force's
// Steadfast Lantern": two words, the second a common one, after an armed
// service's or an alliance's possessive name the force's exercise or
// operation, no person and no unit of it; a given name ("NATO's Mark
// Tarvo"), a family name the lists know ("the Navy's Tarvo Novak"), a
// body's or a place's head ("the Army's Northern Command") or a craft's
// noun after them leave them to the other rules.
func (d *doc) ownedExercise(ps []piece) bool {
	if len(ps) != 2 || hasUnit(ps) || ps[0].s < 2 {
		return false // the cheap check
	}
	toks := d.toks
	s, e := ps[0].s, ps[1].e
	if toks[s-1].kind != tkPossessive || len(d.mentions) == 0 {
		return false
	}
	owner := d.mentions[len(d.mentions)-1]
	if owner.e != s-1 || owner.label != "ORG" {
		return false
	}
	head := toks[owner.e-1].text
	if c := owner.canonical; c != "" {
		head = c[strings.LastIndexByte(c, ' ')+1:]
	}
	if !exerciseOwners24.has(head) {
		return false
	}
	first, second := d.word(ps[0]), d.word(ps[1])
	if d.a.givenNames.has(first) || titleWords.has(first) || !d.commonWord(second) || d.a.surnames.has(second) {
		return false
	}
	if orgHeads.has(second) || locHeads.has(second) || programHeads.has(second) || platformHeads.has(second) || platformNouns.has(second) || titleWords.has(second) {
		return false
	}
	if e < len(toks) && !toks[e].newline && (platformNouns.has(toks[e].text) || isCapitalised(toks[e].text)) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}
