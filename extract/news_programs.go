package extract

import "strings"

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
	case e+1 < len(toks) && toks[e].text == "-" && toks[e].glued && toks[e+1].glued && isNumber(toks[e+1].text) && len(toks[e+1].text) <= 3:
		e += 2 // "Chandrayaan-3", "Shahed-136"
	default:
		return false
	}
	if e < len(toks) && toks[e].glued && toks[e].kind == tkWord || !d.free(p.s, e) {
		return false
	}
	if followedBy(toks, e, platformModifiers, platformNouns) || e < len(toks) && shipNouns[toks[e].text] {
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
	if len(name) < 3 || hasUnit(name) || !programHeads[d.word(name[len(name)-1])] {
		return false
	}
	titled := false
	for _, p := range name[:len(name)-1] {
		titled = titled || titleWords[d.word(p)]
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
	if len(ps) < 3 || !locOpeners[d.word(ps[0])] || !programHeads[d.word(ps[len(ps)-1])] || hasConn(ps) {
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
	plain := false
	for _, p := range ps {
		plain = plain || !p.conn && p.unit == nil
	}
	if !plain || !followedBy(d.toks, ps[len(ps)-1].e, programModifiers, programNouns) {
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "PROGRAM", "")
	return true
}
