package extract

import "strings"

var placeOfHeads31 = cue("placeOfHeads31")

// Round 31 (r31plat): platforms and programmes. A designator and its
// version mark after an owner's possessive (designatorMark); a glued mark
// after a model, "MkIV" (gluedMark); a version mark after a
// platform's head word (headMark); a designator, a name and its Roman
// numeral (designatorNumeralName); a maker, a family in capitals and its
// number before a craft's noun (makerFamilyNumber); a country in brackets
// after a programme (bracketCountry); ships named in a list and then
// counted (countedShipList); a scheme's sentence-shaped name set off by
// commas after its noun (titledScheme); a programme "of" a place whose own
// name holds "of" (programOfPlace); a hyphenated maker and its model after
// "a" (articleHyphenModel).

// designatorMark: "the Kessel Air Force's F-16 Block 70 fighters": a
// designator and a version's mark with its number are one platform,
// before an owner's possessive reads the two words as the owner's
// exercise (platformMark reads them).
func (d *doc) designatorMark(ps []piece) bool {
	if len(ps) != 2 || hasUnit(ps) || hasConn(ps) || !markWords.has(d.word(ps[1])) {
		return false // the cheap check
	}
	return isDesignator(d.word(ps[0])) && d.platformMark(ps)
}

// gluedMark: "the Tarvo KX90 MkIV", "the Kessel Tarvo Mk. 2", "the Tarvo
// Mk-II rifle": a "Mk" mark with its numeral glued to it, after a stop
// or after a hyphen, closes a platform's name after a listed platform,
// a designator or name words; no person's name ends in "Mk" and a
// number, whereas the stop and the hyphen part the chunk before the
// numeral.
func (d *doc) gluedMark(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 5 || ps[n-1].unit != nil {
		return false // the cheap check
	}
	toks := d.toks
	i := 1 // the mark's piece
	for i < n && !strings.HasPrefix(d.word(ps[i]), "Mk") {
		i++
	}
	if i == n || i > 3 || ps[i].e-ps[i].s != 1 {
		return false
	}
	e := ps[i].e
	switch num, _ := strings.CutPrefix(d.word(ps[i]), "Mk"); {
	case num != "":
		if !versionNumeral(num) && !(allDigits(num) && len(num) <= 2) {
			return false
		}
	case e+1 < len(toks) && toks[e].glued && (toks[e].text == "-" && toks[e+1].glued || toks[e].text == "." && !toks[e+1].glued && !toks[e+1].newline):
		if num := toks[e+1].text; !versionNumeral(num) && !(allDigits(num) && len(num) <= 2) {
			return false
		}
		e += 2
	default:
		return false // "Mk 2" is markedName's
	}
	if e < ps[n-1].e {
		return false // more after the mark
	}
	for _, p := range ps[:i] {
		if p.conn || p.unit != nil && p.unit.label != "PLATFORM" || p.unit == nil && !isDesignator(d.word(p)) && !d.personWord(p) {
			return false
		}
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// headMark: "an Orvane Strike Missile Block 2", "the Kessel Patrol Vessel
// Batch II": a platform's head word and a version's mark with its number
// close a platform's name of capitalised words, however long the name
// and common its words ("Evolved").
func (d *doc) headMark(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 6 || hasConn(ps) {
		return false // the cheap check
	}
	toks := d.toks
	e, m := ps[n-1].e, n-1 // where the name ends, the mark's piece
	if versionNumeral(d.word(ps[n-1])) {
		m--
	} else if e >= len(toks) || toks[e].glued || toks[e].newline || !(allDigits(toks[e].text) && len(toks[e].text) <= 2 || digitVersion(toks[e].text)) {
		return false
	} else {
		e++
	}
	if m < 2 || !markWords.has(d.word(ps[m])) || d.word(ps[m]) == "Flight" && m == n-1 || !platformHeads.has(d.word(ps[m-1])) {
		return false // "Flight 7" numbers a flight
	}
	for _, p := range ps[:m-1] {
		if p.unit != nil && p.unit.label != "PLATFORM" || p.unit == nil && !isCapitalised(d.word(p)) {
			return false
		}
	}
	if toks[ps[0].s].sentStart && d.commonWord(d.word(ps[0])) {
		return false // "Each Kessel Missile Block 2": the sentence's capital
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// designatorNumeralName: "the KC-390J Sky Ranger II", "an XR-7 Storm
// II": a designator, one or two capitalised words and a Roman numeral
// are one platform, the numeral the popular name's generation, before a
// title's word among them ("King", "Prince") reads a person.
func (d *doc) designatorNumeralName(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 4 || hasUnit(ps) || hasConn(ps) || !isDesignator(d.word(ps[0])) {
		return false // the cheap check
	}
	if w := d.word(ps[n-1]); w == "I" || !versionNumeral(w) {
		return false
	}
	for _, p := range ps[1 : n-1] {
		w := d.word(p)
		if p.e-p.s != 1 || !isCapitalised(w) || allCapitals(w) || hasDigit(w) {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "PLATFORM", "")
}

// makerFamilyNumber: "the Tarvo KESTA 9814 frigate": a capitalised name, a
// family in capitals and a number of three to five figures, before a
// craft's noun, are one platform (a maker, its design family and the
// design's number), no body or acronym. A year is no design's number.
func (d *doc) makerFamilyNumber(ps []piece) bool {
	if len(ps) != 2 || hasConn(ps) || ps[1].unit != nil || ps[1].e-ps[1].s != 1 {
		return false // the cheap check
	}
	toks := d.toks
	e := ps[1].e
	if fam := d.word(ps[1]); len(fam) < 3 || !allCapitals(fam) || e+1 >= len(toks) || toks[e].glued || toks[e].newline {
		return false
	}
	if num := toks[e].text; len(num) < 3 || len(num) > 5 || !allDigits(num) || isYear(num) {
		return false
	}
	if p := ps[0]; p.unit != nil && p.unit.label != "ORG" || p.unit == nil && (p.e-p.s != 1 || allCapitals(d.word(p)) || !isCapitalised(d.word(p))) {
		return false
	}
	if !followedBy(toks, e+1, platformModifiers, platformNouns) {
		return false
	}
	return d.add(ps[0].s, e+1, "PLATFORM", "")
}

// bracketCountry: "Foreign Kessel Sales (Orvania) funds", "the Tarvo
// Programme (Orvania)": a listed country alone in brackets after a
// programme's name says whose share or case it is; it stays the country,
// never the programme's short form (bracketProgramName).
func (d *doc) bracketCountry(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" {
		return false // the cheap check
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	if s < 2 || e >= len(toks) || toks[s-1].text != "(" || toks[e].text != ")" || len(d.mentions) == 0 {
		return false
	}
	if m := d.mentions[len(d.mentions)-1]; m.e != s-1 || m.label != "PROGRAM" {
		return false
	}
	d.addUnit(ps[0])
	return true
}

// countedShipList: "It joins Tarvo, Kessel and Orvane, the three KX 58
// vessels delivered": names in a list, then counted after a comma by
// "the" and a number before a craft's plural noun, are the craft's names,
// PLATFORM, however the words alone read. The count must be the list's
// length, every name one or two capitalised words no rule took, and the
// noun at most four words after the number.
func (d *doc) countedShipList() {
	toks := d.toks
	for i := 3; i+2 < len(toks); i++ {
		if toks[i].text != "the" || toks[i-1].text != "," {
			continue // the cheap check: ", the"
		}
		count := numberWords[toks[i+1].text]
		if count < 2 || !d.countedCraft(i+2) {
			continue
		}
		var names [][2]int
		e := i - 1 // the comma
		for len(names) < int(count) {
			s := e - 1
			if !d.isName(s) || d.commonWord(toks[s].text) {
				break
			}
			if d.isName(s-1) && !d.commonWord(toks[s-1].text) && !toks[s].sentStart {
				s-- // a name of two words
			}
			names = append(names, [2]int{s, e})
			if len(names) == int(count) || s == 0 {
				break
			}
			sep := toks[s-1].text
			if len(names) == 1 {
				if sep != "and" {
					break
				}
				if s >= 2 && toks[s-2].text == "," {
					s-- // ", and"
				}
			} else if sep != "," {
				break
			}
			e = s - 1
		}
		if len(names) != int(count) {
			continue
		}
		if first := names[len(names)-1][0]; first > 0 && (d.isName(first-1) || toks[first-1].text == "," || toks[first-1].text == "and") {
			continue // a list that goes on before is longer than its count
		}
		for _, n := range names {
			d.add(n[0], n[1], "PLATFORM", "")
		}
	}
}

// countedCraft: a craft's noun in the plural stands at most four words
// after token k, the words between plain or a model's ("KX 58 S").
func (d *doc) countedCraft(k int) bool {
	toks := d.toks
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if t.newline || t.kind != tkWord && !isNumber(t.text) && !(t.text == "-" && t.glued) {
			return false
		}
		if platformNouns.has(t.text) {
			return strings.HasSuffix(t.text, "s") || t.text == "aircraft"
		}
	}
	return false
}

// titledScheme: "a $5 million fund, Visit Past the Tarvo, to pay for",
// "the campaign, Keep Kessel Out of the Sea, began": a run of capitalised
// words with small words in lower case among them ("the", "of"; "and"
// alone joins a list of names), set off by commas right after a plan's
// or a fund's noun, is the scheme's sentence-shaped name, PROGRAM,
// whatever its parts alone were read as. The small word makes it no
// body's or person's name in apposition; a person's name read inside, or
// a mention across its edge, keeps the run for the rules before.
func (d *doc) titledScheme() {
	toks := d.toks
	var byStart tokMap // the mentions by their first token, built once
	var drop dropSet
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].text != "," || !planNouns.has(toks[i-1].text) && !codenameNouns.has(toks[i-1].text) {
			continue // the cheap check: "fund, "
		}
		s, e, small := i+1, i+1, false
		for e < len(toks) && e-s < 8 && toks[e].kind == tkWord && !toks[e].newline {
			if w := toks[e].text; connectors.has(w) {
				small = small || w != "and" && w != "&" // "and" joins a list of names too
			} else if !isCapitalised(w) {
				break
			}
			e++
		}
		if !small || e >= len(toks) || e-s < 3 || toks[e].text != "," && toks[e].text != "." || !isCapitalised(toks[s].text) || !isCapitalised(toks[e-1].text) {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		inside, ok := []int(nil), true
		for k := s; k < e && ok; k++ {
			if !d.used[k] {
				continue
			}
			j, found := byStart.get(k)
			ok = found && d.mentions[j].e <= e && d.mentions[j].label != "PERSON"
			if ok {
				inside = append(inside, j)
				k = d.mentions[j].e - 1
			}
		}
		if !ok {
			continue
		}
		for _, j := range inside {
			drop.add(j)
		}
		for k := s; k < e; k++ {
			d.used[k] = false
		}
		d.add(s, e, "PROGRAM", "")
	}
	d.dropMentions(drop)
}

// programOfPlace: "the Kessel Corridor of the Isthmus of Tarvo", "the
// Security Plan of the Gulf of Orvane": a programme's head word, "of" and
// a place whose own name holds "of" after its head ("Gulf of", "Republic
// of") are one programme's name; programHeadOf reads one "of" only. Each
// inner "of" follows a place's head, and no body stands in the object.
func (d *doc) programOfPlace(ps []piece) bool {
	n := len(ps)
	if n < 5 || n > 10 || !ps[2].conn || ps[n-1].conn || !programHeads.has(d.word(ps[1])) && !programHeads.has(d.word(ps[0])) {
		return false // the cheap check
	}
	toks := d.toks
	i := 1 // the "of" after the head
	for i < 3 && !ps[i].conn {
		i++
	}
	if i == 3 || toks[ps[i].s].text != "of" || ps[i-1].conn || !programHeads.has(d.word(ps[i-1])) {
		return false
	}
	for _, p := range ps[:i] {
		if p.unit != nil && p.unit.label != "PROGRAM" {
			return false
		}
	}
	inner := false
	for j := i + 1; j < n; j++ {
		p := ps[j]
		switch {
		case p.unit != nil && p.unit.label == "ORG":
			return false
		case !p.conn:
		case toks[p.s].text == "the" && j == i+1:
		case toks[p.s].text == "of" && j > i+1 && !ps[j-1].conn && (locHeads.has(d.word(ps[j-1])) || placeOfHeads31.has(d.word(ps[j-1]))):
			inner = true
		default:
			return false
		}
	}
	return inner && d.add(ps[0].s, ps[n-1].e, "PROGRAM", "")
}

// articleHyphenModel: "flies a Kessel-Tarvo Islander for short strips",
// "an Orvane-Brandt Ranger on the route": a hyphenated name and one more
// capitalised word after "a" or "an", with no noun after them, are a
// maker and its model, a platform; "a" is not written before a person's
// name, and a noun after the name ("a Jean-Luc Tarvo fan") makes it a
// modifier that the person rules read.
func (d *doc) articleHyphenModel(ps []piece) bool {
	if len(ps) != 4 || !ps[1].conn || hasUnit(ps) || ps[3].conn || ps[0].s == 0 {
		return false // the cheap check
	}
	toks := d.toks
	s, e := ps[0].s, ps[3].e
	if a := toks[s-1].text; a != "a" && a != "an" || toks[ps[1].s].text != "-" || !toks[ps[1].s].glued || !toks[ps[2].s].glued {
		return false
	}
	for _, p := range [3]piece{ps[0], ps[2], ps[3]} {
		if w := d.word(p); p.e-p.s != 1 || !isCapitalised(w) || allCapitals(w) {
			return false
		}
	}
	if e < len(toks) && !toks[e].newline && toks[e].kind == tkWord && !connectors.has(toks[e].text) {
		return false // "a Jean-Luc Tarvo fan": the name modifies the noun
	}
	return d.add(s, e, "PLATFORM", "")
}
