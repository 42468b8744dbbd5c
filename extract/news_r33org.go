package extract

// Round 33 (r33org): organisations' names cut where a place, "for" or a
// plural's apostrophe stands inside them. A place's name right before a
// body's is one body named for the place ("the Tarvonia Fifth Fleet",
// "the Orvane House passed the bill") (placeLedBodies); a body's name
// with "for" and a capitalised phrase after it goes on through the phrase
// ("the Congress for Tarvo Renewal", "the Task Group for the Extension of
// the Kessel Shelf") (forBodies); a body's name that ends in a plural and
// its apostrophe goes on through the capitalised word after ("the House
// of Peoples' Representatives") (pluralPossessiveBodies); a mission's or
// an office's name goes on through "in" and the place it stands in ("the
// Embassy of Tarvonia in Orvik") (postInPlace); a lone unknown name
// after a platform or a product and "from" is its maker's ("the Tarvo 300
// from Kesselbau") (makerAfterFrom, a lone-word rule in resolve.go); a
// fund read as a scheme that acts or stands beside a body is a body ("the
// Tarvo Provident Fund said") (fundBodies); a transit district's or
// system's name is its body's ("the Kessel Transit District")
// (transitDistrict, a chunk rule); names joined by a spaced "&" with an
// organisation's on one side are one firm's ("Kessel Shipbuilders &
// Engineers") (ampersandBodies).

var (
	missionHeads33  = cue("missionHeads33")
	makerGoods33    = cue("makerGoods33")
	sourceWords33   = cue("sourceWords33")
	fundDeeds33     = cue("fundDeeds33")
	transitTrades33 = cue("transitTrades33")
	transitUnits33  = cue("transitUnits33")
)

// placeLedBodies: "the Tarvonia Fifth Fleet", "the Orvane House voted",
// "the Tarvonia National Trust": a place's name and, after one space, an
// organisation's are one organisation that the place's name opens (news
// names a state's, a country's or a town's body so); ORG whole. A line
// break, a comma or any other mark between them keeps two names.
func (d *doc) placeLedBodies() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || m.e >= len(t) || m.reviewed || t[m.e].glued || t[m.e].newline || t[m.e].start != t[m.e-1].end+1 {
			continue // the cheap check
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || drop[j] || drop[k] || d.mentions[j].label != "ORG" || d.mentions[j].reviewed {
			continue
		}
		d.mentions[k].e, d.mentions[k].label, d.mentions[k].canonical = d.mentions[j].e, "ORG", ""
		drop.add(j)
	}
	d.dropMentions(drop)
}

// forBodies: "the Congress for Tarvo Renewal", "the Task Group for the
// Extension of the Kessel Shelf": an organisation's name that a body's
// head word ends (orgHeads), then "for" and a capitalised phrase, names
// the body by its aim, ORG whole through the phrase; names and "of",
// "the" or "and" may stand inside the phrase, and a place's or a body's
// name in it is part of the name. After "for the" the phrase must hold
// "of" (an aim: "the Extension of ..."): "a unit for the Navy", "the
// Kessel Group for the Tarvo Army" name whom the body works for. A
// person's name in the phrase ("a Fund for Anna Brandt") stops the rule,
// and so does a heading in capitals.
func (d *doc) forBodies() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "ORG" || m.e+2 >= len(t) || t[m.e].text != "for" || m.reviewed || t[m.e].newline || drop[k] || !orgHeads.has(t[m.e-1].text) {
			continue // the cheap check
		}
		// a heading in capitals ("KESSEL SHIPBUILDERS FOR TWO VESSELS")
		// joins a name and its news with "for"
		if allCapitals(d.orig[t[m.e].start:t[m.e].end]) {
			continue
		}
		s := m.e + 1
		the := t[s].text == "the"
		if the {
			s++
		}
		e, words, of := s, 0, false
		for j := s; j < len(t) && !t[j].newline && (j == s || !t[j].sentStart); j++ {
			w := t[j].text
			if t[j].kind == tkWord && isCapitalised(w) && !allCapitals(w) {
				words++
				e = j + 1
				continue
			}
			if j == s || (w != "of" && w != "the" && w != "and") {
				break
			}
			of = of || w == "of"
		}
		if words < 2 || the && !of {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		var inner []int
		for j := s; j < e; j++ {
			o, ok := byStart.get(j)
			if !ok {
				continue
			}
			if l := d.mentions[o].label; l == "PERSON" || d.mentions[o].e > e || d.mentions[o].reviewed || l != "ORG" && l != "GPE" && l != "LOC" {
				inner = nil
				e = -1
				break
			}
			inner = append(inner, o)
		}
		if e < 0 {
			continue
		}
		d.mentions[k].e, d.mentions[k].canonical = e, ""
		for _, o := range inner {
			drop.add(o)
		}
	}
	d.dropMentions(drop)
}

// pluralPossessiveBodies: "the House of Peoples' Representatives", "the
// Kessel Growers' Association": an organisation's name that ends in a
// capitalised plural of a common noun, its apostrophe glued to it, and a
// capitalised word after it go on through that word, ORG whole (the
// plural owns the head: "Growers' Association"). A one-word name's
// apostrophe ("Kessels' Tarvo field") and a name's possessive ("Kessel
// Holdings's Tarvo unit") own a thing of their own, and a second name
// after the apostrophe ("the Growers' Anna Brandt") stays apart.
func (d *doc) pluralPossessiveBodies() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "ORG" || m.e+1 >= len(t) || m.e-m.s < 2 || t[m.e].kind != tkPunct || !t[m.e].glued || t[m.e].text != "'" && t[m.e].text != "’" || m.reviewed || drop[k] {
			continue // the cheap check
		}
		last, next := t[m.e-1].text, t[m.e+1]
		if last[len(last)-1] != 's' || !d.commonWord(last) || next.glued || next.newline || next.kind != tkWord || !isCapitalised(next.text) || allCapitals(next.text) {
			continue
		}
		e := m.e + 2
		if d.used[m.e+1] {
			if byStart == nil {
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			j, ok := byStart.get(m.e + 1)
			if !ok || d.mentions[j].label != "ORG" || d.mentions[j].reviewed {
				continue
			}
			e = d.mentions[j].e
			drop.add(j)
		}
		d.mentions[k].e, d.mentions[k].canonical = e, ""
	}
	d.dropMentions(drop)
}

// postInPlace: "the Embassy of Tarvonia in Orvik", "the Office for the
// Development of Tea in Tarvonia": a mission's or an office's name (a
// missionHeads33 word before its first "of" or "for") and "in" with a
// place's name after it name the post by where it stands, ORG whole
// through the place; more capitalised words after the place ("in Orvik
// Harbour") or its possessive ("in Orvik's port") leave the place apart.
func (d *doc) postInPlace() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "ORG" || m.e+1 >= len(t) || t[m.e].text != "in" || m.e-m.s < 3 || m.reviewed || drop[k] {
			continue // the cheap check
		}
		head := -1
		for j := m.s + 1; j < m.e; j++ {
			if w := t[j].text; w == "of" || w == "for" {
				head = j - 1
				break
			}
		}
		if head < 0 || !missionHeads33.has(t[head].text) {
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
		if e := d.mentions[j].e; e < len(t) && !t[e].newline && (t[e].kind == tkPossessive || t[e].kind == tkWord && isCapitalised(t[e].text)) {
			continue
		}
		drop = d.absorb(k, j, drop)
	}
	d.dropMentions(drop)
}

// makerAfterFrom: "the Tarvo 300 from Kesselbau", "software from Orvix":
// a lone unknown name after "from" that a platform's name or a product's
// noun (makerGoods33) stands before is who made or leases the thing, ORG,
// not the place it comes from (placeAfterPreposition, tried after); a
// platform launched, flown or bought from there ("a launch on a Tarvo 6
// from Orvik", "bought the Tarvo 300 from Orvik") names the site or the
// seller's country (sourcedFrom). The mentions by their end are read
// once, on the first fit, into *byEnd.
func (d *doc) makerAfterFrom(i int, byEnd *tokMap) bool {
	t := d.toks
	if i < 2 || t[i-1].text != "from" || t[i].glued || t[i-1].sentStart {
		return false // the cheap check
	}
	w := t[i].text
	if !d.a.uncommon(w) || d.a.givenNames.has(w) || d.seenLower(w) || !d.nameShaped(w) {
		return false
	}
	if makerGoods33.has(t[i-2].text) {
		return true
	}
	if !d.used[i-2] || d.sourcedFrom(i-1) {
		return false
	}
	if *byEnd == nil {
		*byEnd = d.mentionsByEnd()
	}
	k, ok := byEnd.get(i - 1)
	return ok && d.mentions[k].label == "PLATFORM"
}

// sourcedFrom reports a word of flight or of purchase (sourceWords33) in
// the eight tokens of the sentence before token k ("could fly on a Tarvo
// 6 from", "bought the Tarvo 300 from").
func (d *doc) sourcedFrom(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if sourceWords33.has(d.toks[j].text) {
			return true
		}
		if d.toks[j].sentStart {
			break
		}
	}
	return false
}

// fundBodies: "the Tarvo Provident Fund said it would buy bonds", "the
// Kessel Bank and the Orvane Development Fund have each lent", "from the
// Orvane Heritage Fund and the Kessel Foundation": a fund's name read as
// a scheme's (PROGRAM) is a body's, ORG, where it acts as bodies do (a
// fundDeeds33 verb right after it) or stands beside an organisation's
// name with "and" (and "the"). A fund that pays for something ("paid for
// by the Tarvo Roads Fund") stays a scheme.
func (d *doc) fundBodies() {
	t := d.toks
	var byStart, byEnd tokMap
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PROGRAM" || m.e >= len(t) || m.reviewed || m.e-m.s < 2 || t[m.e-1].text != "Fund" {
			continue // the cheap check
		}
		acts := fundDeeds33.has(t[m.e].text)
		if !acts && t[m.e].text == "and" {
			n := m.e + 1
			if n < len(t) && t[n].text == "the" {
				n++
			}
			if byStart == nil {
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			j, ok := byStart.get(n)
			acts = ok && d.mentions[j].label == "ORG"
		}
		if p := m.s - 1; !acts && p > 0 {
			if t[p].text == "the" {
				p--
			}
			if p > 0 && t[p].text == "and" {
				if byEnd == nil {
					byEnd = d.mentionsByEnd()
					defer d.done(byEnd)
				}
				j, ok := byEnd.get(p)
				acts = ok && d.mentions[j].label == "ORG"
			}
		}
		if acts {
			d.mentions[k].label = "ORG"
		}
	}
}

// transitDistrict: "the Kessel Transit District", "Orvane Metropolitan
// Transit System", "Tarvo Regional Transportation District": a name of
// three words or more that a transit trade's word (transitTrades33) and
// a district's or a system's (transitUnits33) end is the body that runs
// the buses and trains there, ORG whole, no place. A mode of service
// before the trade ("the Bus Rapid Transit System", "a Light Rail
// Transit System") names a scheme, no body.
func (d *doc) transitDistrict(ps []piece) bool {
	n := len(ps)
	if n < 3 || !transitUnits33.has(d.word(ps[n-1])) || !transitTrades33.has(d.word(ps[n-2])) || hasConn(ps) {
		return false
	}
	if w := d.word(ps[n-3]); w == "Rapid" || w == "Rail" {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// ampersandBodies: "Kessel Shipbuilders & Engineers", "Brannock &
// Hale Limited": a spaced "&" between an organisation's name and the
// capitalised words after it, or between a name and an organisation's
// after it, joins one firm's name, ORG whole (news writes no list of
// bodies with "&"). findAmpersandFirms, before the chunker, leaves the
// names that a list knows apart ("Kessel Shipbuilders" listed); this
// joins them after. Places on both sides ("Tarvo & Orvane") stay apart.
func (d *doc) ampersandBodies() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.e+1 >= len(t) || t[m.e].text != "&" || t[m.e].glued || t[m.e+1].glued || t[m.e+1].newline || m.reviewed || drop[k] {
			continue // the cheap check
		}
		if m.label == "MONEY" || m.label == "PROGRAM" || m.label == "PLATFORM" {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		e := -1
		if j, ok := byStart.get(m.e + 1); ok {
			if o := d.mentions[j]; !o.reviewed && !drop[j] && (o.label == "ORG" || m.label == "ORG" && o.label != "MONEY" && o.label != "PROGRAM" && o.label != "PLATFORM") {
				e = o.e
				drop.add(j)
			}
		} else if m.label == "ORG" {
			for j := m.e + 1; j < len(t) && j <= m.e+3 && !d.used[j] && t[j].kind == tkWord && isCapitalised(t[j].text) && (j == m.e+1 || !t[j].newline); j++ {
				e = j + 1
			}
		}
		if e < 0 {
			continue
		}
		d.mentions[k].e, d.mentions[k].label, d.mentions[k].canonical = e, "ORG", ""
	}
	d.dropMentions(drop)
}
