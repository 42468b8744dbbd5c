package extract

// officeOwners reads a name the text treats as a body's where its own
// words were read as a place's, and makes it ORG:
//   - "Frank Orvik, Tarvosk's chief executive", "Tarvosk's board", "the
//     chairman of Kessel Vord": a body's office, part or staff after the
//     name's possessive or before "of" (bodyOfficeBefore/After);
//   - "Kessel Water, which runs the dams", "The Port of Tarvo, which
//     still operates berths": the subject of its sentence, then ", which"
//     and a verb of running, owning or making (subjectWhichRuns).
//
// Over the development gold every name in these places is a body's. A
// listed place keeps its label (a city may have a chief executive), and
// "shares of" and "a stake of" measure rather than own ("shares of the
// current"). People are left alone: a person has a staff and shares.
func (d *doc) officeOwners() {
	for k, m := range d.mentions {
		if m.reviewed || m.label != "GPE" && m.label != "LOC" {
			continue
		}
		if !d.bodyOfficeBefore(m.s) && !d.bodyOfficeAfter(m.e) && !d.subjectWhichRuns(m.s, m.e) {
			continue
		}
		if u, ok := d.unitAt(m.s); ok && u.end == m.e && (u.label == "GPE" || u.label == "LOC") {
			continue
		}
		d.mentions[k].label, d.mentions[k].canonical = "ORG", ""
	}
}

// bodyOfficeBefore: a body's office or part and "of" (perhaps "of the")
// before token s, on its line: "the chief executive of", "the board of
// the".
func (d *doc) bodyOfficeBefore(s int) bool {
	toks := d.toks
	if s >= 1 && toks[s-1].text == "the" {
		s--
	}
	if s < 2 || toks[s-1].text != "of" || toks[s-1].newline || toks[s].newline {
		return false
	}
	w := toks[s-2].text
	return orgRoles.has(w) && w != "shares" && w != "stake"
}

// bodyOfficeAfter: a possessive after the name and a body's office or part
// ("'s shareholders", "'s chief financial officer").
func (d *doc) bodyOfficeAfter(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].kind != tkPossessive || toks[e+1].newline {
		return false
	}
	w := toks[e+1].text
	return orgRoles.has(w) || w == "chief" && e+2 < len(toks) && officerKinds.has(toks[e+2].text)
}

// subjectWhichRuns: the name at [s, e) opens its sentence (after "The"
// perhaps) and ", which" follows, with "also", "still" or "now" perhaps,
// then a verb of running or making (whichRunVerbs, countedRunVerbs:
// whichRuns reads them where a name is read first). A place after a preposition ("a
// plant in Tarvo, which makes") is no subject and is left alone.
func (d *doc) subjectWhichRuns(s, e int) bool {
	toks := d.toks
	if e+3 >= len(toks) || toks[e].text != "," || toks[e+1].text != "which" {
		return false
	}
	if !toks[s].sentStart && !d.sentenceThe(s) {
		return false
	}
	v := e + 2
	if w := toks[v].text; w == "also" || w == "still" || w == "now" {
		v++
	}
	w := toks[v].text
	return whichRunVerbs.has(w) || countedRunVerbs.has(w)
}
