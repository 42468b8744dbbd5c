package extract

import "strconv"

var insurerWords33 = cue("insurerWords33")

// Round 33 (r33plat): platforms and programmes, passes over the mentions
// once a text. A name in capitals and its number after a hyphen, and the
// series' other numbers (seriesNumbers); an exercise's name, its host
// country and year (countryYearEdition); a maker read as a person before
// its model's designator (makerDesignator); a plan's years and its
// country (yearsVision); "Residence by Investment" (byScheme); a system's
// name in capitals before "combat system" (capitalsSystem); a plan that
// charges insurers is a body (insurerPlan); a listed family's other model
// (listedSibling).

// seriesNumbers: "the satellite KESTRA-2 ... KESTRA-1", "Exercise
// TARVOKOS-26": a platform's or a programme's name in capitals and a number
// of one or two figures after a hyphen are one name, a series' member or an
// edition (three figures and more are an index's, "KX-100 index"); an
// exercise's edition takes "Exercise" before it. The series' other members
// in the text, free or read as another kind, are platforms too.
func (d *doc) seriesNumbers() {
	toks := d.toks
	var fam map[string]bool
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" && m.label != "PROGRAM" || m.trim != 0 || !d.seriesMember(m.e-1) || !d.free(m.e, m.e+2) {
			continue // the cheap check
		}
		d.claim(m.e, m.e+2)
		w := toks[m.e-1].text
		m.e, m.canonical = m.e+2, ""
		if m.label == "PROGRAM" && m.s > 0 && toks[m.s-1].text == "Exercise" {
			m.s--
			d.claim(m.s, m.e)
		}
		if m.label == "PLATFORM" && m.e-m.s == 3 {
			if fam == nil {
				fam = map[string]bool{}
			}
			fam[w] = true
		}
	}
	if fam == nil {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" && m.e-m.s == 1 && fam[toks[m.s].text] && d.seriesMember(m.s) && d.free(m.e, m.e+2) {
			d.claim(m.e, m.e+2)
			m.e, m.label, m.canonical = m.e+2, "PLATFORM", ""
		}
	}
	for i := 0; i+2 < len(toks); i++ {
		if fam[toks[i].text] && !d.used[i] && d.seriesMember(i) && (i == 0 || !toks[i].glued) {
			d.add(i, i+3, "PLATFORM", "")
		}
	}
}

// seriesMember: token i is a word in capitals as written, of three letters
// and more, followed by a glued hyphen and a glued number of one or two
// figures that ends the word.
func (d *doc) seriesMember(i int) bool {
	toks := d.toks
	if i < 0 || i+2 >= len(toks) || !gluedHyphen(toks, i+1) {
		return false
	}
	w, n := d.orig[toks[i].start:toks[i].end], toks[i+2].text
	if len(w) < 3 || !allCapitals(w) || len(n) > 2 || !allDigits(n) || n[0] == '0' {
		return false
	}
	return i+3 >= len(toks) || !toks[i+3].glued || toks[i+3].kind != tkWord && toks[i+3].text != "-"
}

// countryYearEdition: "KORVAX Orvania 2027": a programme's name, a country
// and a year are one exercise's edition, the country its host (an edition
// names its year, a country after a name names no place of its own).
func (d *doc) countryYearEdition() {
	toks := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PROGRAM" || m.e+1 >= len(toks) || toks[m.e].glued || toks[m.e].newline || drop[k] {
			continue // the cheap check
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || d.mentions[j].label != "GPE" {
			continue
		}
		y := d.mentions[j].e
		if y >= len(toks) || toks[y].glued || toks[y].newline || !isYear(toks[y].text) || y+1 < len(toks) && toks[y+1].glued && toks[y+1].kind == tkWord || d.used[y] {
			continue
		}
		d.claim(y, y+1)
		d.mentions[k].e, d.mentions[k].canonical = y+1, ""
		drop.add(j)
	}
	d.dropMentions(drop)
}

// makerDesignator: "a Morrow Tarvodyne S-200", "the Kessel Orvix V-12": a
// name of two words read as a person's right before a model's designator
// is its maker and model, one platform; a person is never written before
// a model's number without a word between.
func (d *doc) makerDesignator() {
	toks := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.e-m.s != 2 || m.e >= len(toks) || toks[m.e].glued || toks[m.e].newline || !isDesignator(toks[m.e].text) {
			continue // the cheap check
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || d.mentions[j].label != "PLATFORM" || d.mentions[j].e-m.e != 1 {
			continue
		}
		d.mentions[k].e, d.mentions[k].label, d.mentions[k].canonical = d.mentions[j].e, "PLATFORM", ""
		drop.add(j)
	}
	d.dropMentions(drop)
}

// yearsVision: "the Orvania 15-Year Vision", "its 10-Year Plan": a number
// glued by a hyphen before "Year" opens the plan's name that "Year"
// opened, and a country right before the number is the plan's owner,
// inside the name as a country's programmes write it ("Kessel Vision").
func (d *doc) yearsVision() {
	toks := d.toks
	var byEnd tokMap
	var drop dropSet
	for k := range d.mentions {
		m := &d.mentions[k]
		s := m.s - 2 // the number
		if m.label != "PROGRAM" || s < 1 || toks[m.s].text != "Year" || !gluedHyphen(toks, m.s-1) || !allDigits(toks[s].text) || len(toks[s].text) > 3 || toks[s].glued {
			continue // the cheap check
		}
		if d.used[s] {
			continue
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		d.claim(s, m.s)
		m.s, m.canonical = s, ""
		if j, ok := byEnd.get(s); ok && d.mentions[j].label == "GPE" && !toks[s].newline {
			m.s = d.mentions[j].s
			drop.add(j)
		}
	}
	d.dropMentions(drop)
}

// byScheme: "the Residence by Investment programme": a capitalised word,
// "by" and the programme's name read alone are one scheme's name (what
// one gets by what one gives); a sentence's first word must be no common
// word ("Supported by Kessel").
func (d *doc) byScheme() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		s := m.s - 2
		if m.label != "PROGRAM" || s < 0 || toks[m.s-1].text != "by" || d.used[s] || d.used[s+1] || toks[s].kind != tkWord || !isCapitalised(toks[s].text) {
			continue // the cheap check
		}
		if toks[s].sentStart && d.commonWord(toks[s].text) || toks[s+1].newline || toks[m.s].newline {
			continue
		}
		d.claim(s, m.s)
		m.s, m.canonical = s, ""
	}
}

// capitalsSystem: "an upgraded MARVELOS combat management system": a free
// word in capitals of five letters and more before a combat system's
// noun is the system's name (an acronym of a body is seldom so long, and
// names no system); platformNouns read "MARVELOS radar" already.
func (d *doc) capitalsSystem() {
	toks := d.toks
	for i := 1; i+3 < len(toks); i++ {
		if toks[i+1].text != "combat" || d.used[i] || toks[i+1].glued || toks[i].glued {
			continue // the cheap check
		}
		if w := d.orig[toks[i].start:toks[i].end]; len(w) < 5 || !allCapitals(w) || allCapitals(d.orig[toks[i+1].start:toks[i+1].end]) {
			continue // a line in capitals
		}
		if toks[i+2].text == "system" || toks[i+2].text == "management" && toks[i+3].text == "system" {
			d.add(i, i+1, "PLATFORM", "")
		}
	}
}

// insurerPlan: "the Orvania KESSEL Plan may pass its losses to insurers
// ... the KESSEL Plan premium": a plan that passes costs to insurers a few
// words after its name is an insurer of last resort, a body, ORG, and so
// is every plan of the text that ends in the same two words.
func (d *doc) insurerPlan() {
	toks := d.toks
	var tails map[string]bool
	for _, m := range d.mentions {
		if m.label != "PROGRAM" || m.e-m.s < 2 || toks[m.e-1].text != "Plan" {
			continue // the cheap check
		}
		for k := m.e; k < len(toks) && k < m.e+6 && !toks[k].sentStart; k++ {
			if insurerWords33.has(toks[k].text) {
				if tails == nil {
					tails = map[string]bool{}
				}
				tails[toks[m.e-2].text] = true
				break
			}
		}
	}
	if tails == nil {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label == "PROGRAM" && m.e-m.s >= 2 && toks[m.e-1].text == "Plan" && tails[toks[m.e-2].text] {
			m.label, m.canonical = "ORG", ""
		}
	}
}

// listedSibling: "on a Kessel March 4B" when the lists hold "Kessel March
// 3B": a family of one or two capitalised words and a mark of one or two
// figures and a capital letter, whose family a listed platform's name
// opens with another mark of the same shape, is the family's other model,
// PLATFORM (a rocket's or a jet's family counts its models), the family's
// words free or read alone as another name (a person's shape).
func (d *doc) listedSibling() {
	toks := d.toks
	var byEnd tokMap
	for i := 1; i < len(toks); i++ {
		n := digitsAt(toks[i].text, 0)
		if w := toks[i].text; n == 0 || n > 2 || len(w) > n+1 || n == len(w) || w[n] < 'A' || w[n] > 'Z' || d.used[i] || toks[i].glued || toks[i].newline {
			continue // the cheap check: "4B"
		}
		if d.used[i-1] {
			if byEnd == nil {
				byEnd = d.mentionsByEnd()
				defer d.done(byEnd)
			}
			j, ok := byEnd.get(i)
			if !ok {
				continue
			}
			if m := &d.mentions[j]; m.e-m.s <= 2 && m.label != "PLATFORM" && m.label != "MONEY" && !toks[m.s+1].newline && d.siblingListed(d.surface(m.s, i), toks[i].text) {
				d.claim(i, i+1)
				m.e, m.label, m.canonical = i+1, "PLATFORM", ""
			}
			continue
		}
		for s := i - 1; s >= 0 && s >= i-2 && d.familyToken(s, i); s-- {
			if d.siblingListed(d.surface(s, i), toks[i].text) && d.add(s, i+1, "PLATFORM", "") {
				break
			}
		}
	}
}

// familyToken: token s is a free capitalised word on the line of token i.
func (d *doc) familyToken(s, i int) bool {
	t := d.toks
	return !d.used[s] && t[s].kind == tkWord && isCapitalised(t[s].text) && !t[s].glued && (s == i-1 || !t[s+1].newline)
}

// siblingListed: the lists hold family and another mark of mark's shape as
// a platform ("4B": "1B" to "9B", "4A" to "4J").
func (d *doc) siblingListed(family, mark string) bool {
	if !d.a.gaz.known(family) {
		return false
	}
	letter := mark[len(mark)-1:]
	for k := 1; k <= 19; k++ {
		other := strconv.Itoa(k) + letter
		if k > 9 {
			other = mark[:len(mark)-1] + string(rune('A'+k-10))
		}
		if other == mark {
			continue
		}
		if h, ok := d.a.gaz.name(family + " " + other); ok && h.label == "PLATFORM" {
			return true
		}
	}
	return false
}

// initialsProgram: "the Residence by Investment programme ... the drop in
// RBI money": an acronym read as a body's whose letters are the initials of
// a programme the text names (all its words', or its capitalised words')
// is the programme's short name, PROGRAM, though a list knows a body of
// the same letters; not when a body the text names has them too.
func (d *doc) initialsProgram() {
	toks := d.toks
	var names map[string]string
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "ORG" || m.e-m.s != 1 || len(toks[m.s].text) < 3 || len(toks[m.s].text) > 6 || !allCapitals(toks[m.s].text) {
			continue // the cheap check
		}
		if names == nil {
			names = d.nameInitials()
		}
		if names[toks[m.s].text] == "PROGRAM" {
			m.label, m.canonical = "PROGRAM", ""
		}
	}
}

// nameInitials: the initials of the text's programmes and bodies of two
// words and more, of all their words and of their capitalised words, and
// the label they stand for, a body's where both have them.
func (d *doc) nameInitials() map[string]string {
	out := map[string]string{}
	for _, m := range d.mentions {
		if m.label != "PROGRAM" && m.label != "ORG" || m.e-m.s < 2 || m.e-m.s > 6 {
			continue
		}
		all, caps, ok := d.initialsOf(m)
		if !ok {
			continue
		}
		for _, key := range [2]string{all, caps} {
			if out[key] != "ORG" {
				out[key] = m.label
			}
		}
	}
	return out
}

// initialsOf is what an acronym of m's name would read: the initials of
// all its words, upper-cased, and of its capitalised words; false when a
// token is no word opening with an ASCII letter, whose initial no acronym
// in capitals holds.
func (d *doc) initialsOf(m mention) (all, caps string, ok bool) {
	var a, c []byte
	for k := m.s; k < m.e; k++ {
		b := d.toks[k].text[0]
		switch {
		case d.toks[k].kind != tkWord || b >= 0x80:
			return "", "", false
		case 'a' <= b && b <= 'z':
			a = append(a, b-'a'+'A')
		default:
			a, c = append(a, b), append(c, b)
		}
	}
	return string(a), string(c), true
}
