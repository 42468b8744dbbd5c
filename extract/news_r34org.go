package extract

// Round 34 (r34org): organisations' short names and names a post or a
// union's branch opens. An acronym in capitals that no rule took and whose
// letters are the initials of a body the text names in full is that body
// ("KESSEL DEFENCE BOARD ... KDB SIGNS CONTRACT") (namedBodyInitials); a
// post's title before "of" and a body's name is no part of the body ("the
// Commander General of the Tarvo Navy", "the Chief of Staff of the Navy")
// (postOfBody); a union's name, "Local" and a number name the union's
// branch ("Kessel Drivers Local 417") (unionLocals); a name read as a
// person's that a trade's or a public body's word ends is the firm's or
// the body's ("Tarsk Gold is seeking partners") (tradeNamedBodies); a
// university's name goes on through "at" or a comma and its campus's
// place ("the University of Tarvonia at Orvik") (campusBodies).

var tradeHeads34 = cue("tradeHeads34")

// namedBodyInitials: "KESSEL DEFENCE BOARD\n\nKDB SIGNS CONTRACT", "the
// Orvane Ministry of Works ... said OMOW": a word in capitals of three to
// six letters that no rule took, whose letters are the initials of all
// the words of an organisation's name the text holds (of its capitalised
// words, or of every word), is that body's short name, ORG with the
// body's canonical; a word the lexicon knows in lower case only where it
// follows the name closely. Lists' acronyms and bracketed ones are read
// before; this takes those that a heading in capitals or a bare mention
// leaves.
func (d *doc) namedBodyInitials() {
	t := d.toks
	var full map[string]int // initials → the first body's mention
	for i := range t {
		if d.used[i] || t[i].kind != tkWord || len(t[i].text) < 3 || len(t[i].text) > 6 {
			continue // the cheap check
		}
		// a heading in capitals reads as the words it spells: the
		// acronym is read as written
		w := d.orig[t[i].start:t[i].end]
		if !allCapitals(w) || !acronymLike(w) {
			continue
		}
		if full == nil {
			full = d.bodyInitials()
		}
		k, ok := full[w]
		// a word the lexicon knows ("MOD", "SET") is the body's only
		// right after its name ("MINISTRY OF DEFENCE\n\nMOD SIGNS")
		if !ok || d.commonWord(w) && (d.mentions[k].e > i || d.mentions[k].e < i-12) {
			continue
		}
		if d.add(i, i+1, "ORG", "") {
			d.mentions[len(d.mentions)-1].canonical = d.canonical(d.mentions[k])
		}
	}
}

// bodyInitials maps the initials of the text's organisations of two to
// six words, of all their words and of their capitalised ones, to the
// first such mention.
func (d *doc) bodyInitials() map[string]int {
	out := map[string]int{}
	for k, m := range d.mentions {
		if m.label != "ORG" || m.e-m.s < 2 || m.e-m.s > 6 {
			continue
		}
		all, caps, ok := d.initialsOf(m)
		if !ok {
			continue
		}
		for _, key := range [2]string{all, caps} {
			if _, seen := out[key]; len(key) >= 3 && !seen {
				out[key] = k
			}
		}
	}
	return out
}

// postOfBody: "the Commander General of the Tarvo Navy", "the General
// Officer Commanding of the Kessel Corps", "the Chief of Staff of the
// Navy": an organisation's name whose words before its first "of" are all
// a post's title (titleWords), the last no body's head ("General Staff of
// the Army" is a body), or a "Staff" that "Chief of" stands before, names
// a post in the body after "of" (and "the"): the body alone is ORG.
func (d *doc) postOfBody() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "ORG" || m.e-m.s < 3 || m.reviewed || !titleWords.has(t[m.s].text) {
			continue // the cheap check
		}
		of := m.s + 1
		for of < m.e && titleWords.has(t[of].text) {
			of++
		}
		if of+1 >= m.e || t[of].text != "of" {
			continue
		}
		head := t[of-1].text
		chief := head == "Staff" && of-1 == m.s && m.s >= 2 && t[m.s-1].text == "of" && t[m.s-2].text == "Chief"
		if orgHeads.has(head) && !chief {
			continue
		}
		s := of + 1
		if t[s].text == "the" {
			s++
		}
		if s >= m.e || !isCapitalised(t[s].text) {
			continue
		}
		m.s, m.canonical = s, ""
	}
}

// unionLocals: "Kessel Drivers Local 417", "members at Local 88": "Local"
// and a number after it name a union's branch, ORG through the number,
// with the union's name before it (a body's mention, a name read with
// "Local" in it, or up to three capitalised words no rule took) inside.
// "Local" that opens a sentence with no name before it is the adjective
// ("Local 5G masts ...").
func (d *doc) unionLocals() {
	t := d.toks
	var byEnd tokMap
	var drop dropSet
	for i := 1; i+1 < len(t); i++ {
		if t[i].text != "Local" || d.used[i+1] || t[i+1].kind != tkWord || !allDigits(t[i+1].text) || t[i+1].newline || t[i+1].glued {
			continue // the cheap check
		}
		s := i
		if d.used[i] || d.used[i-1] && !t[i].newline {
			if byEnd == nil {
				byEnd = d.mentionsByEnd()
				defer d.done(byEnd)
			}
			end := i
			if d.used[i] {
				end = i + 1
			}
			k, ok := byEnd.get(end)
			if !ok || d.mentions[k].reviewed || d.mentions[k].s == i || end == i && d.mentions[k].label != "ORG" {
				continue
			}
			s = d.mentions[k].s
			drop.add(k)
		} else {
			for j := i - 1; j >= 0 && j >= i-3 && !d.used[j] && !t[j+1].newline && !t[j+1].sentStart && t[j].kind == tkWord && isCapitalised(t[j].text) && !calendarWords.has(t[j].text); j-- {
				if t[j].sentStart && functionWords.has(t[j].text) {
					break
				}
				s = j
			}
		}
		if s == i && t[i].sentStart {
			continue
		}
		d.claim(s, i+2)
		d.mentions = append(d.mentions, mention{span: span{s, i + 2}, label: "ORG"})
	}
	d.dropMentions(drop)
}

// tradeNamedBodies: "Orvane Minerals said", "the Kessel Government
// agreed", "the Tarvo Oil Operations field": a name read as a person's
// whose last word is a trade's or a public body's (tradeHeads34) is a
// firm's or a body's, ORG, where no given name opens it and no title
// stands before it and no player's deed after it ("Anna Gold", "Mr
// Kessel Gold", "Tarvo Gold bowled" stay people).
func (d *doc) tradeNamedBodies() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.e-m.s < 2 || m.reviewed || !tradeHeads34.has(t[m.e-1].text) {
			continue // the cheap check
		}
		if d.a.givenNames.has(t[m.s].text) || m.s > 0 && titleWords.has(t[m.s-1].text) || m.e < len(t) && athleteDeeds.has(t[m.e].text) || allCapitals(d.orig[t[m.s].start:t[m.e-1].end]) {
			continue
		}
		m.label, m.canonical = "ORG", ""
	}
}

// campusBodies: "the University of Tarvonia at Orvik", "the University of
// Tarvonia, Orvik.": a university's name ("University of" and a place)
// with "at" or a comma and a place's name after it names one campus,
// ORG whole through the place. A list goes on after the place ("the
// University of Tarvonia, Orvik and Kessel"), and a possessive or more
// capitalised words make the place a thing's own ("at Orvik's hall"), so
// those leave the place apart; after a comma the place must end the
// clause.
func (d *doc) campusBodies() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "ORG" || m.e+2 >= len(t) || m.e-m.s < 3 || t[m.s].text != "University" || t[m.s+1].text != "of" || m.reviewed || drop[k] {
			continue // the cheap check
		}
		sep := t[m.e].text
		if sep != "at" && (sep != "," || !t[m.e].glued) || t[m.e+1].newline {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e + 1)
		if !ok || d.mentions[j].label != "GPE" || d.mentions[j].reviewed {
			continue
		}
		if e := d.mentions[j].e; e < len(t) {
			n := t[e]
			if n.kind == tkPossessive || n.kind == tkWord && (isCapitalised(n.text) || n.text == "and" || n.text == "or") && !n.newline {
				continue
			}
			if sep == "," && !n.newline && n.text != "." && n.text != ";" && n.text != ")" {
				continue
			}
		}
		drop = d.absorb(k, j, drop)
	}
	d.dropMentions(drop)
}
