package extract

import "strings"

// Round 14's rules for defence programmes, units and bases (defprog14): an
// acronym defined by the long form after it under a programme's word
// ("under the vision of KESTREL (Kessel and Eastern Security ...)"), a
// country's or alliance's abbreviation before a programme's own name ("the
// U.S. Kessel Peace Initiative", "NATO Forward Kessel Forces"), a unit
// numbered after "No." ("Combat Air Command No. 1") and its short form with
// the number in brackets ("(CACOM 1)").

// programWordBefore: a word that says the acronym after it (within three
// words) names a programme: "under KESTREL (...)", "the vision of KESTREL
// (...)", "the KESTREL (...) initiative" is read by programAfter.
func (d *doc) programWordBefore(i int) bool {
	toks := d.toks
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if programBeforeWords14.has(toks[k].text) {
			return true
		}
		if toks[k].kind == tkPunct || toks[k+1].sentStart {
			return false
		}
	}
	return false
}

// defprog14Post runs after the chunks are read and resolved.
func (d *doc) defprog14Post() {
	toks := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		switch {
		case m.label == "PROGRAM" && m.e-m.s >= 4 && leadAbbrevs14.has(toks[m.s].text):
			d.leadAbbrevProgram(k)
		case m.label == "ORG" && m.e+1 < len(toks) && toks[m.e-1].text == "No." && m.e-m.s >= 2:
			d.numberedCommand(k)
		case m.label == "PROGRAM" && m.e-m.s >= 2 && len(toks[m.e-1].text) >= 4 && allCapitals(toks[m.e-1].text) && toks[m.e-1].kind == tkWord:
			d.acronymTail(k)
		case m.label == "ORG" && m.e-m.s == 2 && (toks[m.s].text == "Defence" || toks[m.s].text == "Defense"):
			d.titleBody(k)
		case m.label == "PROGRAM" && m.e-m.s == 3 && toks[m.s+1].text == "-":
			d.pairedPlaces(k)
		case m.label == "PROGRAM" && m.e-m.s >= 2 && m.e-m.s <= 3 && programOpeners.has(toks[m.s].text):
			d.openerNameAgain(k)
		}
	}
	d.dropEmpty14()
}

// leadAbbrevProgram: "the U.S. Kessel Peace Operations Initiative" is the
// country and the initiative; "NATO Forward Kessel Forces" the alliance and
// the force's scheme. The rest must be three or more capitalised words (a
// name of its own, not "NATO Innovation Fund") with no connector.
func (d *doc) leadAbbrevProgram(k int) {
	m := d.mentions[k]
	toks := d.toks
	if m.reviewed || m.e-m.s < 4 {
		return
	}
	for i := m.s + 1; i < m.e; i++ {
		if toks[i].kind != tkWord || !isCapitalised(toks[i].text) || toks[i].newline {
			return
		}
	}
	label, canon := "GPE", ""
	if u, ok := d.unitAt(m.s); ok && u.end == m.s+1 {
		label, canon = u.label, u.canonical
	} else if toks[m.s].text == "NATO" {
		label = "ORG"
	} else {
		return
	}
	if label != "GPE" && label != "ORG" {
		return
	}
	if m.canonical != "" && strings.EqualFold(m.canonical, d.surface(m.s, m.e)) {
		d.mentions[k].canonical = ""
	}
	d.mentions[k].s = m.s + 1
	d.mentions = append(d.mentions, mention{span: span{m.s, m.s + 1}, label: label, canonical: canon})
}

// numberedCommand: "Combat Air Command No. 1" is one unit, its number
// after "No." with it; "(CACOM 1)" in brackets right after is its short
// form, an acronym and the number.
func (d *doc) numberedCommand(k int) {
	toks := d.toks
	m := d.mentions[k]
	e := m.e
	if !isNumber(toks[e].text) || len(toks[e].text) > 3 || !d.free(e, e+1) || toks[e].newline {
		return
	}
	d.claim(e, e+1)
	e++
	d.mentions[k].e = e
	canon := m.canonical
	if canon == "" || strings.HasSuffix(canon, "No.") {
		canon = d.surface(m.s, e)
		d.mentions[k].canonical = ""
	}
	// "(CACOM 1)": an acronym in capitals and the same number
	if e+3 < len(toks) && toks[e].text == "(" && toks[e+3].text == ")" && toks[e+2].text == toks[e-1].text && allCapitals(toks[e+1].text) && len(toks[e+1].text) >= 3 {
		for j := range d.mentions {
			if o := d.mentions[j]; o.s >= e+1 && o.e <= e+3 {
				d.mentions[j].label = "" // read apart, as a person's or a place's
			}
		}
		for i := e + 1; i < e+3; i++ {
			d.used[i] = false
		}
		d.add(e+1, e+3, "ORG", canon)
	}
}

// acronymTail: "the Orvo-Kessel CORPAT ... the CORPAT had grown": a
// programme named with a qualifier before its acronym ("Indo-Thai", a
// year's edition) is named again by the acronym alone, which no other
// rule reads (an exercise's or patrol's coined word is in no list).
func (d *doc) acronymTail(k int) {
	m := d.mentions[k]
	acr := d.toks[m.e-1].text
	if _, ok := d.unitAt(m.e - 1); ok {
		return // a known acronym: read where it stands
	}
	canon := m.canonical
	if canon == "" {
		canon = d.surface(m.s, m.e)
	}
	for i := range d.positions(acr) {
		if i < m.s || i >= m.e {
			if d.free(i, i+1) {
				d.add(i, i+1, "PROGRAM", canon)
			}
		}
	}
}

// pairedPlaces: "the Orvania-Kessel joint exercise Tarvel Shield": two
// countries joined by a hyphen before an exercise's noun are two places
// (GUIDELINES: hyphenated pairs of places are split), not the exercise.
func (d *doc) pairedPlaces(k int) {
	m := d.mentions[k]
	a, ok1 := d.unitAt(m.s)
	b, ok2 := d.unitAt(m.s + 2)
	if !ok1 || !ok2 || a.label != "GPE" || b.label != "GPE" || a.end != m.s+1 || b.end != m.e || m.reviewed {
		return
	}
	d.mentions[k] = mention{span: span{m.s, m.s + 1}, label: "GPE", canonical: a.canonical}
	d.mentions = append(d.mentions, mention{span: span{m.s + 2, m.e}, label: "GPE", canonical: b.canonical})
}

// openerNameAgain: "Exercise Kessel 2026 opened ... Kessel drew troops from
// 30 countries": an exercise or operation named by one word after its
// opener (and a year or number) is named again by that word alone, which
// no list holds.
func (d *doc) openerNameAgain(k int) {
	m := d.mentions[k]
	toks := d.toks
	w := toks[m.s+1].text
	if toks[m.s+1].kind != tkWord || !isCapitalised(w) || len(w) < 4 || m.e-m.s == 3 && !isNumber(toks[m.s+2].text) {
		return
	}
	if _, ok := d.unitAt(m.s + 1); ok {
		return
	}
	// an exercise goes by its name ("Flintlock" for "Exercise Flintlock
	// 2026"), an operation by "Operation" and its name
	canon := m.canonical
	switch {
	case toks[m.s].text == "Exercise" && (canon == "" || strings.EqualFold(canon, d.surface(m.s, m.e))):
		canon = w
		d.mentions[k].canonical = w
	case canon == "":
		canon = d.surface(m.s, m.s+2)
	}
	for i := range d.positions(w) {
		if i > m.s+1 && d.free(i, i+1) && (i+1 == len(toks) || !isCapitalised(toks[i+1].text) || toks[i+1].newline) && !programOpeners.has(toks[i-1].text) {
			d.add(i, i+1, "PROGRAM", canon)
		}
	}
}

// titleBody: "Chief of Defence Force Air Marshal Tarvo Brandt", "Defence
// Cabinet Secretary Tarvo Brandt": a force or cabinet with no country
// named inside a title is the title's, no body (Australia, New Zealand
// and Kenya write "Chief of (the) Defence Force" and "Cabinet Secretary").
func (d *doc) titleBody(k int) {
	m := d.mentions[k]
	toks := d.toks
	if m.reviewed {
		return
	}
	head := toks[m.e-1].text
	switch {
	case head == "Force" || head == "Forces":
		j := m.s - 1
		if j >= 0 && toks[j].text == "the" {
			j--
		}
		if j < 1 || toks[j].text != "of" || toks[j-1].text != "Chief" {
			return
		}
	case head == "Cabinet":
		if m.e >= len(toks) || toks[m.e].text != "Secretary" {
			return
		}
	default:
		return
	}
	d.mentions[k].label = ""
}

// dropEmpty14 removes the mentions whose label was cleared.
func (d *doc) dropEmpty14() {
	out := d.mentions[:0]
	for _, m := range d.mentions {
		if m.label != "" {
			out = append(out, m)
		}
	}
	d.mentions = out
}
