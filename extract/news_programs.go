package extract

import (
	"slices"
	"strings"
)

// Programme rules of general and defence news (see news_places.go):
// numbered missions and editions, agreements named after places or
// offices, plans named with a year.

// numberedMission: a programme's name and the number of its mission are
// one name, "Apollo 11", "Artemis II", "Chandrayaan-3"; a platform's name
// and its number or variant are one too when the gazetteer lists the name
// alone ("Shahed-136", "Akash-NG"); a listed programme and a year are its
// edition ("RIMPAC 2024"), as "Defence Acquisition Procedure 2020" is.
func (d *doc) numberedMission(ps []piece) bool {
	p := ps[0]
	label := ""
	switch {
	case p.unit != nil && (p.unit.label == "PROGRAM" || p.unit.label == "PLATFORM"):
		label = p.unit.label
	case d.a.missionNames[d.surface(p.s, p.e)]:
		label = "PROGRAM" // "Apollo 11": a mission of a programme named alone elsewhere
	default:
		return false
	}
	toks := d.toks
	e := p.e
	switch {
	case len(ps) == 2 && !ps[1].conn && romanNumeral(toks[ps[1].s].text):
		e = ps[1].e // "Artemis II"
	case len(ps) == 3 && label == "PLATFORM" && toks[ps[1].s].text == "-" && ps[2].unit == nil && variantMark(d.word(ps[2])):
		e = ps[2].e // "Akash-NG"
	case len(ps) != 1:
		return false
	case e < len(toks) && isNumber(toks[e].text) && len(toks[e].text) <= 3 && !toks[e].glued && !toks[e].newline:
		e++ // "Apollo 11"
	case label == "PROGRAM" && p.unit != nil && e < len(toks) && isYear(toks[e].text) && !toks[e].glued && !toks[e].newline:
		e++ // "RIMPAC 2024": an exercise's or a plan's edition
	case gluedHyphen(toks, e) && isNumber(toks[e+1].text) && len(toks[e+1].text) <= 3:
		e += 2 // "Chandrayaan-3", "Shahed-136"
	case label == "PROGRAM" && gluedHyphen(toks, e) && isYear(toks[e+1].text):
		e += 2 // "Ajeya Warrior-2025": an exercise's edition with a hyphen
	default:
		return false
	}
	if e < len(toks) && toks[e].glued && toks[e].kind == tkWord || !d.free(p.s, e) {
		return false
	}
	if followedBy(toks, e, platformModifiers, platformNouns) || e < len(toks) && shipNouns.has(toks[e].text) {
		label = "PLATFORM" // "the Tianwen-1 orbiter", "the Chang'e 6 probe": the mission's craft
	}
	d.add(p.s, e, label, "")
	return true
}

// romanNumeral: "I" to "XX" written in capitals, a mission's or a
// version's number ("Artemis II", "Eagle II").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	return strings.Trim(w, "IVX") == ""
}

// isYear: four digits from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (w[:2] == "19" || w[:2] == "20")
}

// placeNumeralProgram: a place's name and a Roman numeral before a
// programme's noun name an agreement or a round of talks: "the Minsk II
// agreement", "the Oslo II accord".
func (d *doc) placeNumeralProgram(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || ps[0].unit.label != "GPE" || ps[1].conn || !romanNumeral(d.word(ps[1])) {
		return false
	}
	if !followedBy(d.toks, ps[1].e, programModifiers, programNouns) {
		return false
	}
	d.add(ps[0].s, ps[1].e, "PROGRAM", "")
	return true
}

// titledProgram: a programme named after an office, "Pradhan Mantri Awas
// Yojana", "Chief Minister Rural Roads Scheme": title words inside it and
// a programme's head word at its end, so no title is split off for a
// person.
func (d *doc) titledProgram(ps []piece) bool {
	k := 0 // the name runs to the first connector ("... Yojana and the ...")
	for k < len(ps) && !ps[k].conn {
		k++
	}
	name := ps[:k]
	if len(name) < 3 || hasUnit(name) || !programHeads.has(d.word(name[len(name)-1])) {
		return false
	}
	titled := false
	for _, p := range name[:len(name)-1] {
		titled = titled || titleWords.has(d.word(p))
	}
	if !titled {
		return false
	}
	d.add(name[0].s, name[len(name)-1].e, "PROGRAM", "")
	d.classify(ps[k:])
	return true
}

// yearProgram: a name and a year before a programme's noun name the
// programme: "the Horizon 2047 roadmap", "the Orvane 2030 plan".
func (d *doc) yearProgram(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	toks := d.toks
	e := ps[0].e
	if e >= len(toks) || !isYear(toks[e].text) || toks[e].glued || toks[e].newline || d.used[e] || !followedBy(toks, e+1, programModifiers, programNouns) {
		return false
	}
	d.add(ps[0].s, e+1, "PROGRAM", "")
	return true
}

// openerProgram: a programme's head word at the end of a name wins over a
// place's opener at its start: "Camp David Accords", "Fort Orvane
// Agreement" are agreements named after the place where they were made.
func (d *doc) openerProgram(ps []piece) bool {
	if len(ps) < 3 || !locOpeners.has(d.word(ps[0])) || !programHeads.has(d.word(ps[len(ps)-1])) || hasConn(ps) {
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "PROGRAM", "")
	return true
}

// programBeforeNoun: a name of two or more parts, one of them a place's or
// another listed name, before a programme's noun is the programme's: "the
// Horizon Europe programme", "the Orvane India initiative". Names all of
// listed parts ("the US-India initiative") are the places they name.
func (d *doc) programBeforeNoun(ps []piece) bool {
	if len(ps) < 2 || !hasUnit(ps) {
		return false
	}
	plain := false // a plain word that is no people's adjective ("U.S.-Philippine drills" names none)
	for _, p := range ps {
		plain = plain || !p.conn && p.unit == nil && !d.a.demonyms[d.word(p)]
	}
	if !plain || !followedBy(d.toks, ps[len(ps)-1].e, programModifiers, programNouns) {
		return false
	}
	// "the Orvane Arrangement and the Kessel Procurement agreement": two
	// names, the noun the last one's
	if !d.joinable(ps) {
		for i := len(ps) - 2; i > 0; i-- {
			if ps[i].conn && d.toks[ps[i].s].text == "and" {
				d.classify(ps[:i])
				right := ps[i+1:]
				for len(right) > 0 && right[0].conn {
					right = right[1:]
				}
				if len(right) > 0 && !d.programBeforeNoun(right) {
					d.add(right[0].s, right[len(right)-1].e, "PROGRAM", "")
				}
				return true
			}
		}
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "PROGRAM", "")
	return true
}

// projectCode: the number of a project or an operation, digits with
// perhaps one or two capitals ("17A", "75I", "18").
func projectCode(w string) bool {
	return typeDesignation(w) || isNumber(w) && len(w) <= 4 && !isYear(w)
}

// openerNumber: a programme's opener and a number, with or without a
// hyphen, name a project or an operation, "Project 17B", "Project-17A",
// "Mission 300"; a capitalised word after a hyphenated number is its
// phase ("Project-75 Alpha").
func (d *doc) openerNumber(ps []piece) bool {
	if ps[0].unit != nil || !programOpeners.has(d.word(ps[0])) {
		return false
	}
	toks := d.toks
	e := ps[0].e
	rest := 1
	switch {
	// "Project-75 Alpha": the chunk holds the hyphen and the number
	case len(ps) >= 3 && ps[1].conn && toks[ps[1].s].text == "-" && ps[2].e-ps[2].s == 1 && projectCode(toks[ps[2].s].text):
		e, rest = ps[2].e, 3
		if len(ps) == 4 && !ps[3].conn && ps[3].unit == nil {
			e, rest = ps[3].e, 4
		}
	case len(ps) != 1:
		return false
	case gluedHyphen(toks, e) && projectCode(toks[e+1].text):
		e += 2
	case e < len(toks) && !toks[e].glued && !toks[e].newline && projectCode(toks[e].text):
		e++
	default:
		return false
	}
	if e < len(toks) && toks[e].glued && toks[e].kind == tkWord || !d.free(ps[0].e, e) && rest == 1 {
		return false
	}
	// "Project-17A" is "Project 17A" written with a hyphen
	name := d.surface(ps[0].s, e)
	d.add(ps[0].s, e, "PROGRAM", strings.Replace(name, "-", " ", 1))
	d.classify(ps[rest:])
	return true
}

// programEdition: a programme named by its opener or its head word and a
// year after it are the edition's name, "Exercise Malabar 2025", as a
// listed exercise's is ("RIMPAC 2024", numberedMission).
func (d *doc) programEdition(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if len(ps) < 2 || e >= len(toks) || toks[e].glued || toks[e].newline || !isYear(toks[e].text) || d.used[e] || d.cueLabel(ps) != "PROGRAM" {
		return false
	}
	if e+1 < len(toks) && toks[e+1].glued && toks[e+1].kind == tkWord {
		return false
	}
	d.add(ps[0].s, e+1, "PROGRAM", "")
	return true
}

// numberedMeeting: capitals glued to a one- or two-digit number name a
// numbered meeting, "COP29" (the 29th Conference of the Parties), "WTO
// MC14"-style rounds, where the sentence speaks of a meeting ("at COP29",
// "host COP30", "the COP30 summit"); designators have at most two capitals
// before their digits ("F35", "G7"), and models and standards ("RAV4",
// "HTML5") have no such context.
func (d *doc) numberedMeeting(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	s := ps[0].s
	if !(s > 0 && meetingBefore.has(d.toks[s-1].text) || followedBy(d.toks, ps[0].e, meetingModifiers, programNouns)) {
		return false
	}
	w := d.word(ps[0])
	letters := strings.TrimRight(w, "0123456789")
	digits := len(w) - len(letters)
	if digits < 1 || digits > 2 || len(letters) < 3 || len(letters) > 5 || strings.ToUpper(letters) != letters || strings.Trim(letters, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	d.add(ps[0].s, ps[0].e, "PROGRAM", "")
	return true
}

// placeYearProgram: a name with a country's in it and a year after it is
// a plan's or a campaign's, "Made in Orvania 2025", "Digital Kessel 2030
// strategy": a year never follows a country's own name in a phrase.
func (d *doc) placeYearProgram(ps []piece) bool {
	toks := d.toks
	last := ps[len(ps)-1]
	e := last.e
	if len(ps) < 2 || ps[0].unit != nil || last.unit == nil || last.unit.label != "GPE" || e >= len(toks) || toks[e].glued || toks[e].newline || !isYear(toks[e].text) || d.used[e] {
		return false
	}
	for _, p := range ps {
		if p.conn && d.toks[p.s].text != "in" {
			return false // "Ministry of Defence of Orvania 2025" is no plan
		}
	}
	d.add(ps[0].s, e+1, "PROGRAM", "")
	return true
}

// openerList: programmes named by their openers and joined by "and" are
// two, "Mission Sagar and Operation Kessel", as "Mount X and Mount Y" are.
func (d *doc) openerList(ps []piece) bool {
	if !programOpeners.has(d.word(ps[0])) {
		return false
	}
	for i := 1; i+1 < len(ps); i++ {
		if ps[i].conn && d.toks[ps[i].s].text == "and" && !ps[i+1].conn && programOpeners.has(d.word(ps[i+1])) {
			d.classify(ps[:i])
			d.classify(ps[i+1:])
			return true
		}
	}
	return false
}

// calendarInName: a day's or a festival's name between a capitalised word
// and a programme's head word is part of the name, "Good Friday
// Agreement", "Easter Rising Accord"; alone it is none.
func (d *doc) calendarInName(i int) bool {
	toks := d.toks
	if i == 0 || i+1 >= len(toks) || toks[i].newline || toks[i+1].newline || toks[i].glued || toks[i+1].glued {
		return false
	}
	return d.isName(i-1) && programHeads.has(toks[i+1].text)
}

// acronymNumberProgram: an acronym and a number before a programme's noun
// name a numbered acquisition programme: "the SEA 3000 program", "the
// LAND 907 project".
func (d *doc) acronymNumberProgram(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	w := d.word(ps[0])
	toks := d.toks
	e := ps[0].e
	if strings.ToUpper(w) != w || !acronymLike(w) || e >= len(toks) || toks[e].glued || toks[e].newline || !isNumber(toks[e].text) || len(toks[e].text) > 4 || isYear(toks[e].text) || d.used[e] {
		return false
	}
	if !followedBy(toks, e+1, programModifiers, programNouns) {
		return false
	}
	d.add(ps[0].s, e+1, "PROGRAM", "")
	return true
}

// programHeadOf: a programme's head word and "of", "on" or "for" with
// the words after it are one name: "Joint Comprehensive Plan of Action",
// "Orvane Declaration on Maritime Safety", as a head word first is
// ("Treaty on the ...", cueLabel).
func (d *doc) programHeadOf(ps []piece) bool {
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i].conn {
			continue
		}
		w := d.toks[ps[i].s].text
		if i < 2 || w != "of" && w != "on" && w != "for" || ps[i-1].conn || !programHeads.has(d.word(ps[i-1])) {
			return false
		}
		// the object runs to an "and" that opens another name ("and the
		// ..."), not one inside it ("of Peace and Prosperity")
		joined := d.joinable(ps)
		j := i + 1
		for j < len(ps) && !(!joined && ps[j].conn && d.toks[ps[j].s].text == "and") {
			p := ps[j]
			if p.conn && d.toks[p.s].text != "the" && d.toks[p.s].text != "-" && d.toks[p.s].text != "and" || p.unit != nil && p.unit.label == "ORG" {
				return false
			}
			j++
		}
		if ps[j-1].conn {
			return false
		}
		for _, p := range ps[:i] {
			if p.unit != nil && p.unit.label != "PROGRAM" {
				return false
			}
		}
		d.add(ps[0].s, ps[j-1].e, "PROGRAM", "")
		if j < len(ps) {
			d.classify(ps[j+1:])
		}
		return true
	}
	return false
}

// numberedProgram: an unknown name and a number glued to it by a hyphen,
// before a programme's noun, are the programme's: "the Tropex-25
// exercise", "the Orvane-2030 initiative".
func (d *doc) numberedProgram(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	toks := d.toks
	e := ps[0].e
	if e+1 >= len(toks) || toks[e].text != "-" || !toks[e].glued || !toks[e+1].glued || !isNumber(toks[e+1].text) || len(toks[e+1].text) > 4 || d.used[e+1] {
		return false
	}
	if !followedBy(toks, e+2, programModifiers, programNouns) {
		return false
	}
	d.add(ps[0].s, e+2, "PROGRAM", "")
	return true
}

// heldEdition: an unknown name and its year, held, hosted or begun, are
// an exercise's edition: "Russia held Zapolye 2025", "China began Strait
// Storm-2025A around the island" (a letter may mark the year's second
// drill). Products are launched, not held, so "launched" is no cue.
func (d *doc) heldEdition(ps []piece) bool {
	if hasUnit(ps) || hasConn(ps) || len(ps) > 3 {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	k := s - 1
	if k >= 0 && toks[k].text == "the" {
		k--
	}
	if k < 0 || !editionVerbs.has(toks[k].text) || e >= len(toks) || toks[e].newline {
		return false
	}
	switch {
	case !toks[e].glued && isYear(toks[e].text):
		e++
	case toks[e].text == "-" && toks[e].glued && e+1 < len(toks) && toks[e+1].glued && isYear(strings.TrimRight(toks[e+1].text, "ABCDEFGH")):
		e += 2
	default:
		return false
	}
	d.add(s, e, "PROGRAM", "")
	return true
}

// andTheSplit: "and the" between two names parts them, and each part is
// read whole before the connectors split it further: "the Orvane Gateway
// and the Partnership for Kessel Trade" gives the partnership its full
// name, not "Partnership" and "Kessel Trade".
func (d *doc) andTheSplit(ps []piece) bool { return d.connTheSplit(ps, "and") }

// withTheSplit: "trained at Kessel Air Base in Tarvel with the Tarvel Air
// National Guard": "with the" between names parts two of them.
func (d *doc) withTheSplit(ps []piece) bool { return d.connTheSplit(ps, "with") }

// bodiesAnd: two listed organisations or armed services joined by "and"
// alone are two ("BAE Systems and Saab", "the Army and Navy", "the Navy
// and Marine Corps").
func (d *doc) bodiesAnd(ps []piece) bool {
	and := slices.IndexFunc(ps, func(p piece) bool { return p.conn })
	if and < 1 || and+1 >= len(ps) || d.toks[ps[and].s].text != "and" || hasConn(ps[and+1:]) {
		return false
	}
	body := func(q []piece) bool {
		switch w := d.word(q[0]); {
		case q[0].unit != nil:
			return len(q) == 1 && q[0].unit.label == "ORG"
		case len(q) == 1:
			return serviceWords.has(w) && w != "Treasury"
		default:
			return len(q) == 2 && q[1].unit == nil && serviceModifiers.has(w) && serviceHeads.has(d.word(q[1]))
		}
	}
	left, right := ps[:and], ps[and+1:]
	if !body(left) || !body(right) {
		return false
	}
	for _, q := range [][]piece{left, right} {
		if q[0].unit != nil {
			d.addUnit(q[0])
		} else {
			d.add(q[0].s, q[len(q)-1].e, "ORG", "")
		}
	}
	return true
}

// connTheSplit reads the names on either side of conn and "the" apart.
func (d *doc) connTheSplit(ps []piece, conn string) bool {
	for i := 1; i+2 < len(ps); i++ {
		if ps[i].conn && d.toks[ps[i].s].text == conn && ps[i+1].conn && d.toks[ps[i+1].s].text == "the" && !ps[i-1].conn && !ps[i+2].conn {
			d.classify(ps[:i])
			d.classify(ps[i+2:])
			return true
		}
	}
	return false
}

// fundFacility: a name ending in "Facility" is a fund, a programme, where
// its sentence speaks of money ("paid from the Orvane Peace Facility",
// "loans under the Kessel Resilience Facility"); elsewhere it is a site
// or a body ("the Tarvel Test Facility fired an engine") and other rules
// read it. The sentence is read at most fundReach words each side, so that
// a text without sentence breaks costs no more than a bounded look.
func (d *doc) fundFacility(ps []piece) bool {
	if len(ps) < 2 || d.word(ps[len(ps)-1]) != "Facility" {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	money := false
	for i := s - 1; i >= 0 && i >= s-fundReach && !money; i-- {
		money = fundWords.has(toks[i].text)
		if toks[i].sentStart {
			break
		}
	}
	for i := e; i < len(toks) && i < e+fundReach && !money && !toks[i].sentStart; i++ {
		money = fundWords.has(toks[i].text)
	}
	return money && d.add(s, e, "PROGRAM", "")
}

// fundReach bounds fundFacility's look for money words, in tokens.
const fundReach = 30
