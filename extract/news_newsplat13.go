package extract

// Round 13's rules for platforms in general news: a module of a space
// station by its name before "module" ("the Columbus module", "the Kibo
// laboratory module"), a craft named and then described in apposition
// ("Kessel, a medium rocket it is building"), and an airliner family's
// mark with its variant's number when the mark stands alone ("the MAX 7
// and the MAX 10"). The benefit programmes ("Medicaid", "SNAP") are a
// gazetteer list, configs/gazetteer/benefit_programs.yaml. The chunk
// rules stand in chunkRules (classify.go); their cue sets are at the end
// of cues.txt.

// stationModule: one or two capitalised words before "module" (a kind
// word or two between: "service", "laboratory") are a space station's
// module, even when the name is a town's or a person's elsewhere ("the
// station's Columbus module", "the Harmony module"); a company's name
// (a listed ORG) or a demonym ("the Chinese module") is none.
func (d *doc) stationModule(ps []piece) bool {
	e := ps[len(ps)-1].e
	if len(ps) > 2 || e >= len(d.toks) || !moduleWords.has(d.toks[e].text) && !moduleKinds.has(d.toks[e].text) || hasConn(ps) {
		return false // the cheap check: "module" or its kind word follows
	}
	toks := d.toks
	k := e
	for n := 0; k < len(toks) && n < 2 && moduleKinds.has(toks[k].text) && !toks[k].newline; n++ {
		k++
	}
	if k >= len(toks) || toks[k].newline || !moduleWords.has(toks[k].text) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "PERSON" && p.unit.label != "LOC" || p.e-p.s > 2 {
			return false
		}
		if d.a.demonyms[toks[p.s].text] {
			return false
		}
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// craftAppositive: a name and, after a comma, "a"/"an" with at most three
// lower-case words and a craft's noun describe the craft the name is
// ("Kessel, a medium rocket it is building", "Tarvik, an uncrewed cargo
// spacecraft"); a person's trade after the noun ("a rocket engineer") or
// a company ("a rocket maker") is no craft. Only names no list gives
// another label but a person's (a word such as "Eclipse" may be listed
// as a given name).
func (d *doc) craftAppositive(ps []piece) bool {
	e := ps[len(ps)-1].e
	toks := d.toks
	if len(ps) > 2 || e+3 >= len(toks) || toks[e].text != "," || toks[e+1].text != "a" && toks[e+1].text != "an" || hasConn(ps) {
		return false // the cheap check: ", a" follows
	}
	k := e + 2
	for n := 0; k < len(toks) && n < 4; n++ {
		t := toks[k]
		if t.newline || t.kind != tkWord || !isLowerWord(t.text) {
			return false
		}
		if appositiveCraft.has(t.text) {
			break
		}
		k++
	}
	if k >= len(toks) || !appositiveCraft.has(toks[k].text) {
		return false
	}
	if k+1 < len(toks) && craftTrades.has(toks[k+1].text) {
		return false // "a rocket engineer", "a satellite maker"
	}
	if ps[len(ps)-1].e-ps[0].s > 3 {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PERSON" && p.unit.label != "PLATFORM" {
			return false
		}
		if d.a.demonyms[toks[p.s].text] {
			return false
		}
	}
	// a person's full name is no craft's ("Tarvo Brandt, a rocket ...")
	if len(ps) == 1 && ps[0].e-ps[0].s == 2 && d.a.givenNames.has(toks[ps[0].s].text) {
		return false
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// familyMarkNumbers: a platform mention that is an airliner family's mark
// alone ("MAX", after "737 MAX" earlier) takes the variant's number after
// it, as the family does in "737 MAX 9": "the MAX 7 and the MAX 10"; so
// does the mark left untagged when a platform's name held it. Runs once a
// document, over the tokens only when a platform's name held a mark.
func (d *doc) familyMarkNumbers() {
	toks := d.toks
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.label != "PLATFORM" || m.e-m.s != 1 || m.e >= len(toks) || !familyMarks.has(toks[m.s].text) {
			continue
		}
		n := toks[m.e]
		if n.glued || n.newline || d.used[m.e] || !isNumber(n.text) || len(n.text) > 2 {
			continue
		}
		// "the MAX 8s": trimPlurals does not see the number, so keep it
		// to a bare number
		if m.canonical == d.surface(m.s, m.e) {
			m.canonical = ""
		}
		d.used[m.e] = true
		m.e++
	}
	// "the 737 MAX 8 ... the smaller MAX 7": a mark a platform's name
	// held earlier, with a number and untagged, is another variant
	var marks map[string]bool
	for _, m := range d.mentions {
		if m.label != "PLATFORM" || m.e-m.s < 2 {
			continue
		}
		for k := m.s + 1; k < m.e; k++ {
			if familyMarks.has(toks[k].text) {
				if marks == nil {
					marks = map[string]bool{}
				}
				marks[toks[k].text] = true
			}
		}
	}
	if marks == nil {
		return
	}
	for i := 0; i+1 < len(toks); i++ {
		n := toks[i+1]
		if !marks[toks[i].text] || d.used[i] || d.used[i+1] || n.glued || n.newline || !isNumber(n.text) || len(n.text) > 2 {
			continue
		}
		d.add(i, i+2, "PLATFORM", "")
	}
}

// personOnMission: a person named before by a given name and the surname,
// by the surname alone, and "on" before a craft's or a mission's name are two things:
// "Brandt on Axiom Mission 4", "Brandt on Soyuz MS-27" (the person flew on
// it); "on" joins no programme's name to a surname ("Dialogue on ..." has
// its head before "on").
func (d *doc) personOnMission(ps []piece) bool {
	if len(ps) < 3 || !ps[1].conn || d.toks[ps[1].s].text != "on" || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false // the cheap check: one word, then "on"
	}
	// a mission or a craft has its number ("Axiom Mission 4", "Soyuz
	// MS-27"); "Kessel on the Orvania Stock Exchange" is a company
	if !d.hasDigits(ps[2].s, ps[len(ps)-1].e) {
		return false
	}
	// the names are not all read yet: look back for the word after a
	// given name or another capitalised word, as a full name has it (only
	// chunks of a word and "on" come this far)
	w, seen := d.toks[ps[0].s].text, false
	for j := ps[0].s - 1; j > 0 && !seen; j-- {
		seen = d.toks[j].text == w && !d.toks[j].newline && (d.a.givenNames.has(d.toks[j-1].text) || d.toks[j-1].kind == tkWord && isCapitalised(d.toks[j-1].text) && !functionWords.has(d.toks[j-1].text) && !d.a.demonyms[d.toks[j-1].text] && !legalPrefixes.has(d.toks[j-1].text))
	}
	if !seen {
		return false
	}
	d.add(ps[0].s, ps[0].e, "PERSON", "")
	d.classify(ps[2:])
	return true
}

// missionTo: a mission's name goes on with "to" and the place it goes to
// ("the Kessel Mission to the Asteroid Belt", "Orvania Mission to Mars"):
// a chunk ending in "Mission" after a name, "to", perhaps "the", and one
// to three capitalised words ending the run, the last a body in space.
func (d *doc) missionTo(ps []piece) bool {
	n := len(ps)
	e := ps[n-1].e
	toks := d.toks
	if n < 2 || e+2 >= len(toks) || toks[e-1].text != "Mission" || toks[e].text != "to" || toks[e].newline {
		return false // the cheap check: "... Mission to" ends the chunk
	}
	k := e + 1
	if toks[k].text == "the" {
		k++
	}
	end := k
	for end < len(toks) && end < k+3 && !toks[end].newline && !(end > k && toks[end].glued) && toks[end].kind == tkWord && isCapitalised(toks[end].text) && !d.used[end] {
		end++
	}
	if end == k || end < len(toks) && !toks[end].newline && toks[end].kind == tkWord && isCapitalised(toks[end].text) {
		return false
	}
	// a body in space, not a state or a body of states ("the U.S. Mission
	// to the United Nations" is an embassy's office, an ORG)
	if last := toks[end-1].text; !d.a.celestial[last] && !missionGoals.has(last) {
		return false
	}
	return d.add(ps[0].s, end, "PROGRAM", "")
}
