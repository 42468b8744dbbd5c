package extract

import "strings"

// Round 33 (r33pers): people's names with the honorifics and particles of
// Malay and Arabic usage, and names read as people's that their shape or
// their line says are not. A name cut after a patronymic and the father's
// honorific ("Haji Ramlan bin Haji" and "Kessel Orvik") is one name, its
// opening honorific outside (fatherHonorificNames). A maker's name, a model's and
// one capital letter ("Tarvo Sportster S"), or a name before a model's
// code ("Kessel Orvane S-100"), are a product's, no person's (modelNames).
// A month's short form before a day ("Nov 12") is a date's (monthDays). A
// capitals dateline "ST. KESSEL’S —" is a saint's town, one GPE
// (saintDateline), and a common word alone on a line in capitals
// ("RESULTS") a header, no place (headerWords). Two places joined by "and"
// that are one listed country's name ("St Tarvo and Kessel", with or
// without its marks) are that country (andCountries). A name word and a
// compass word or "End" after "the", or after "of" and a person's name,
// are a town's part (partNames).

var (
	fatherHonorifics33 = cue("fatherHonorifics33")
	placeLastWords33   = cue("placeLastWords33")
)

// r33persPost runs the round's passes on the mentions read.
func (d *doc) r33persPost() {
	d.fatherHonorificNames()
	d.modelNames()
	d.monthDays()
	d.saintDateline()
	d.headerWords()
	d.andCountries()
	d.partNames()
}

// fatherHonorificNames: "Haji Ramlan bin Haji Kessel Orvik", "Awang Tarvo bin
// Awang Orvik said": a person's name that ends in a patronymic and an
// honorific, the father's, goes on over the person's name right after it
// (the name reader stops at the honorific and reads two people), and an
// honorific opening the whole is a title, outside the name.
func (d *doc) fatherHonorificNames() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.reviewed || m.e-m.s < 3 || m.e >= len(t) || !fatherHonorifics33.has(t[m.e-1].text) || !patronymics.has(t[m.e-2].text) {
			continue // the cheap check
		}
		if t[m.e].newline || t[m.e].glued || drop[k] {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || j == k || d.mentions[j].label != "PERSON" || d.mentions[j].reviewed {
			continue
		}
		s := m.s
		if fatherHonorifics33.has(t[s].text) {
			s++
		}
		d.mentions[k].s, d.mentions[k].e, d.mentions[k].canonical = s, d.mentions[j].e, ""
		drop.add(j)
	}
	d.dropMentions(drop)
}

// modelNames: "the new Tarvo Sportster S", "a Kessel Orvane S-100 drone":
// a person's name of two words or more that ends in one capital letter
// (no initial ends a name; regnal numerals "I", "V", "X" do) or that a
// model's code follows is a product's, a maker's and a model's name: no
// person's. A title before it or a person's evidence around it keeps the
// person ("Malcolm X said").
func (d *doc) modelNames() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.reviewed || m.e-m.s < 2 {
			continue // the cheap check
		}
		letter := singleCapital(t[m.e-1].text) && !isRoman(t[m.e-1].text) && (m.e >= len(t) || t[m.e].text != "." || !t[m.e].glued)
		code := m.e < len(t) && !t[m.e].newline && !t[m.e].glued && isModel(t[m.e].text)
		if !letter && !code {
			continue
		}
		if m.s > 0 && titleWords.has(t[m.s-1].text) || d.afterHonorific(m.s) || d.personContext(m.s, m.e) {
			continue
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}

// monthDays: "MANAMA, Nov 12 (Desk) –": a month's short form before a day's
// number is a date's, no body's or place's (a dateline's reading of
// capitals leaves it a name).
func (d *doc) monthDays() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.e-m.s != 1 || m.label == "PERSON" || m.reviewed || m.e >= len(t) || !capitalMonths.has(t[m.s].text) {
			continue // the cheap check
		}
		if n := t[m.e]; n.newline || len(n.text) > 2 || !allDigits(n.text) || n.text == "0" || n.text > "31" && len(n.text) == 2 {
			continue
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}

// saintDateline: "ST. KESSEL’S — Anna Brandt threw", "SAINT TARVO, Orvania
// –": a line opening in capitals with "ST." or "SAINT" and one name word
// (its possessive too) before a dash or a comma is a dateline's saint's
// town, one GPE; read as capitals, the abbreviation is a body's and the
// name a person's.
func (d *doc) saintDateline() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.s > 0 && !t[m.s].newline || m.reviewed || m.e+2 >= len(t) {
			continue // the cheap check
		}
		saint := "Saint"
		switch d.orig[t[m.s].start:t[m.s].end] {
		case "ST", "ST.":
			saint = "St."
		case "SAINT":
		default:
			continue
		}
		i := m.s + 1
		if t[i].text == "." && t[i].glued {
			i++
		}
		name := t[i]
		if name.kind != tkWord || name.newline || !allCapitals(d.orig[name.start:name.end]) {
			continue
		}
		e := i + 1
		if e < len(t) && t[e].kind == tkPossessive {
			e++
		}
		if e >= len(t) || !clauseOpener(t[e].text) && t[e].text != "," && t[e].text != "-" {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		if j, ok := byStart.get(i); ok && j != k && d.mentions[j].e <= e {
			drop.add(j)
		}
		canonical := saint + " " + name.text // "St. Kessel", as readCaps writes the name
		if e > i+1 {
			canonical += t[i+1].text
		}
		d.mentions[k].e, d.mentions[k].label, d.mentions[k].canonical = e, "GPE", canonical
	}
	d.dropMentions(drop)
}

// headerWords: "RESULTS (selected finals)", "FIXTURES": a common word
// written in capitals alone on its line (a bracket or a colon may follow)
// and read as a place is a section's header, no name; a listed name keeps
// its mention ("KESSEL" over a dateline's town), and a service's header
// ("NAVY" over its ships), read as a body, stays one.
func (d *doc) headerWords() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.e-m.s != 1 || m.label != "GPE" && m.label != "LOC" || m.reviewed || m.s > 0 && !t[m.s].newline || len(t[m.s].text) < 3 {
			continue // the cheap check
		}
		if m.e < len(t) && !t[m.e].newline && t[m.e].text != "(" && t[m.e].text != ":" {
			continue
		}
		if !allCapitals(d.orig[t[m.s].start:t[m.s].end]) || !d.commonWord(t[m.s].text) {
			continue
		}
		if _, listed := d.unitAt(m.s); listed {
			continue
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}

// andCountries: "St Tarvo and Kessel", "São Kessel and Príncipe": a place's
// name, "and" and a name right after it that together are a listed
// country's name, with "St" written out and the letters' marks taken off
// (the list holds one spelling), are that country, one GPE, not two
// places.
func (d *doc) andCountries() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" && m.label != "LOC" || m.reviewed || m.e+1 >= len(t) || t[m.e].text != "and" || t[m.e+1].newline {
			continue // the cheap check
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e + 1)
		if !ok || drop[j] || drop[k] || d.mentions[j].reviewed || d.mentions[j].e-m.s > 8 {
			continue
		}
		e := d.mentions[j].e
		var key strings.Builder
		for i := m.s; i < e; i++ {
			w := t[i].text
			if w == "St" || w == "St." {
				w = "Saint"
			}
			if i > m.s {
				key.WriteByte(' ')
			}
			key.WriteString(foldMarks(w))
		}
		h, listed := d.a.gaz.name(key.String())
		if !listed || h.label != "GPE" || !d.a.countries[h.canonical] {
			continue
		}
		d.mentions[k].e, d.mentions[k].label, d.mentions[k].canonical = e, "GPE", h.canonical
		drop.add(j)
	}
	d.dropMentions(drop)
}

// partNames: "the Tarvo End roared", "Anna Brandt of Kessel West said": a
// name word no list gives people, then a compass word or "End", is a
// part of a town, a ward (GPE) or a ground's stand (LOC), where "the"
// stands before it (no person's name takes it) or "of" after a person's
// name (the ward a councillor sits for; the verb after is that person's;
// a ward may bear a given name). After "the", a listed given name first
// ("the Anna West years") keeps the person, as a title or a possessive
// does anywhere.
func (d *doc) partNames() {
	t := d.toks
	var byEnd tokMap
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.reviewed || m.e-m.s != 2 || m.s < 2 || !placeLastWords33.has(t[m.e-1].text) {
			continue // the cheap check
		}
		if t[m.s].newline || d.ownerAt(m.e) || titleWords.has(t[m.s].text) {
			continue
		}
		switch t[m.s-1].text {
		case "the":
			if d.a.givenNames.has(t[m.s].text) || d.personContext(m.s, m.e) {
				continue
			}
		case "of":
			if byEnd == nil {
				byEnd = d.mentionsByEnd()
				defer d.done(byEnd)
			}
			if j, ok := byEnd.get(m.s - 1); !ok || d.mentions[j].label != "PERSON" {
				continue
			}
		default:
			continue
		}
		label := "GPE"
		if t[m.e-1].text == "End" {
			label = "LOC"
		}
		d.mentions[k].label, d.mentions[k].canonical = label, ""
	}
}
