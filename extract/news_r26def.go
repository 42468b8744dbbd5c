package extract

import "strings"

// Round 26's rules for defence names (r26def): an exercise's edition or
// an agreement's term after a hyphen, a year and a Roman numeral after a
// name, an exercise and its host before the exercise's noun, an exercise
// shaped like a person's name after an edition's noun, a gun and its
// calibre, a vehicle's model read as a person's or a body's before the
// vehicle's kind, a headline's platform and the kind after it in
// capitals, a place's word and a common word read as one platform, a kind
// of craft joined by hyphens and defined with its initials, a site named
// like a person or unread before a site's noun or with a barracks' head,
// and the town after a site's name and a comma.

// gunNouns26: cues.txt's [gunNouns26]; siteNouns26, siteModifiers26,
// siteKinds26, townSiteHeads26, vehicleKinds26, vehicleNouns26 and
// barracksHeads26 likewise.
var (
	gunNouns26      = cue("gunNouns26")
	siteNouns26     = cue("siteNouns26")
	siteModifiers26 = cue("siteModifiers26")
	siteKinds26     = cue("siteKinds26")
	townSiteHeads26 = cue("townSiteHeads26")
	vehicleKinds26  = cue("vehicleKinds26")
	vehicleNouns26  = cue("vehicleNouns26")
	barracksHeads26 = cue("barracksHeads26")
)

// r26defPost runs after the chunks are read and resolved.
func (d *doc) r26defPost() {
	d.editionTail()
	d.romanEdition()
	d.exerciseAndHost()
	d.editionOfName()
	d.calibreGun()
	d.nameBeforeVehicle()
	d.headlineKindCut()
	d.placeWordPlatform()
	d.siteAfterName()
	d.barracksSite()
	d.siteTown()
}

// editionTail: "the Tarvo Defence Agreement 2024-2033", "Joint Exercise
// KESSEL-2026", "Kessel Shield 2026-II": a programme read up to a year
// with a hyphen and a later year or a Roman numeral glued after it, or up
// to a word with a hyphen and a year glued after it, has a term or an
// edition there, part of its name. A word glued after the tail
// ("-2026-built") leaves it alone.
func (d *doc) editionTail() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PROGRAM" || m.trim != 0 || !gluedHyphen(toks, e) || d.used[e] || d.used[e+1] {
			continue // the cheap check: a free hyphen glued after a programme
		}
		last, next := toks[e-1].text, toks[e+1].text
		switch {
		case isYear(last):
			if !(isYear(next) && next > last) && !romanNumeral(next) {
				continue
			}
		case toks[e-1].kind != tkWord || isNumber(last) || !isYear(strings.TrimRight(next, "ABCDEFGH")):
			continue
		}
		if e+2 < len(toks) && toks[e+2].glued && (toks[e+2].kind == tkWord || toks[e+2].text == "-") {
			continue
		}
		if isYear(last) {
			m.canonical = "" // the term is the name's; an edition is not
		}
		d.claim(e, e+2)
		m.e = e + 2
	}
}

// romanEdition: "Kessel Shield 2026-II and Tarvo Lance 2025-I followed":
// a name, a year and a Roman numeral glued to it by a hyphen are an
// exercise's edition of that year, whatever the name alone was read as; no
// person, body or place is numbered so.
func (d *doc) romanEdition() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.e-m.s > 3 || m.trim != 0 || e+2 >= len(toks) || !isYear(toks[e].text) || toks[e].glued || !gluedHyphen(toks, e+1) {
			continue // the cheap check: a year and a hyphen after a name
		}
		if d.used[e] || !romanNumeral(toks[e+2].text) || toks[e].newline {
			continue
		}
		if e+3 < len(toks) && toks[e+3].glued && (toks[e+3].kind == tkWord || toks[e+3].text == "-") {
			continue
		}
		d.claim(e, e+3)
		m.e, m.label, m.canonical = e+3, "PROGRAM", ""
	}
}

// exerciseAndHost: "next year's Kessel Orvania exercise", "the Tarvo
// Orvania drills": an exercise's name, a country's after it and the
// exercise's noun right after them are that country's edition of the
// exercise, one programme.
func (d *doc) exerciseAndHost() {
	toks := d.toks
	var drop dropSet
	var byStart tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PROGRAM" || m.e-m.s > 3 || m.e+1 >= len(toks) || toks[m.e].newline || m.trim != 0 || drop[k] {
			continue // the cheap check: a short programme on the line
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || drop[j] {
			continue
		}
		o := d.mentions[j]
		if o.label != "GPE" || o.trim != 0 || o.e >= len(toks) || toks[o.e].newline || !exerciseNouns.has(toks[o.e].text) {
			continue
		}
		m.e, m.canonical = o.e, ""
		drop.add(j)
	}
	d.dropMentions(drop)
}

// editionOfName: "a larger edition of Karim Tarvo", "the third phase of
// Kessel Morrow": a name read as a person's right after an edition's noun
// and "of" is the exercise's or the programme's the edition is of.
func (d *doc) editionOfName() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.s < 2 || toks[m.s-1].text != "of" || !editionNouns.has(toks[m.s-2].text) {
			continue // the cheap check: "edition of" before a person
		}
		if m.e < len(toks) && toks[m.e].kind == tkPossessive {
			continue // "an edition of Tarvo Brandt's letters": the author
		}
		m.label, m.canonical = "PROGRAM", ""
	}
}

// calibreGun: "a Kessel Tarvo 76 mm gun", "the Brandt 30mm cannon": a
// gun's maker or model read as a platform and the calibre after it, before
// a gun's noun, are the gun's name; the noun stays out. A model read with
// the calibre's number ("Kessel 76") takes its "mm".
func (d *doc) calibreGun() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PLATFORM" || m.trim != 0 || e+2 >= len(toks) || toks[e].glued || d.used[e] {
			continue // the cheap check: a free token after a platform
		}
		end := 0
		switch num := toks[e].text; {
		case num == "mm" && allDigits(toks[e-1].text) && len(toks[e-1].text) <= 3:
			end = e + 1
		case allDigits(num) && len(num) <= 3 && toks[e+1].text == "mm" && !d.used[e+1]:
			end = e + 2
		case strings.HasSuffix(num, "mm") && len(num) > 2 && len(num) <= 5 && allDigits(num[:len(num)-2]):
			end = e + 1
		}
		if end == 0 || end >= len(toks) || !gunNouns26.has(toks[end].text) {
			continue
		}
		d.claim(e, end)
		m.e, m.canonical = end, ""
	}
}

// nameBeforeVehicle: "the Orvanian Tarvo protected vehicle", "Kessel
// infantry fighting vehicles": a short name read as a person's or a
// body's just before the words of an armoured vehicle's kind and its noun
// is the vehicle's model, a platform, a country's adjective before it no
// part of it. A common word or a body's head closing a name of two words
// ("Kessel Defence armoured vehicles") keeps the maker.
func (d *doc) nameBeforeVehicle() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PERSON" && m.label != "ORG" || m.e-m.s > 2 || m.trim != 0 || e+1 >= len(toks) || !vehicleKinds26.has(toks[e].text) {
			continue // the cheap check: a kind's word after a short name
		}
		j := e
		for j < len(toks) && j-e < 3 && vehicleKinds26.has(toks[j].text) {
			j++
		}
		if j >= len(toks) || !vehicleNouns26.has(toks[j].text) || orgHeads.has(toks[e-1].text) {
			continue
		}
		if e-m.s == 2 && !d.a.demonyms[toks[m.s].text] && d.commonWord(toks[e-1].text) && !romanNumeral(toks[e-1].text) {
			continue
		}
		if e-m.s == 2 && d.a.demonyms[toks[m.s].text] {
			m.s++
		}
		m.label, m.canonical = "PLATFORM", ""
	}
}

// headlineKindCut: "FOR 59 KESSEL LIGHT TANKS" in a headline in capitals:
// a platform read with the common words of its kind after its name, the
// last a craft's plural, is the name alone. A kind of common words only
// ("FLEET SUPPORT SHIPS") is left whole.
func (d *doc) headlineKindCut() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || m.e-m.s < 3 || m.trim != 0 || !strings.HasSuffix(toks[m.e-1].text, "s") {
			continue // the cheap check: three words and more, a plural last
		}
		if !platformNouns.has(strings.ToLower(toks[m.e-1].text)) || !d.inCapitals(m.s, m.e) || !d.capitalsLine(m.s) {
			continue
		}
		name := m.s
		for name < m.e && toks[name].kind == tkWord && !d.commonWord(toks[name].text) {
			name++
		}
		if name == m.s || name > m.e-2 {
			continue
		}
		common := true
		for i := name; i < m.e && common; i++ {
			common = toks[i].kind == tkWord && d.commonWord(toks[i].text)
		}
		if common {
			m.e, m.canonical = name, ""
		}
	}
}

// placeWordPlatform: "extended the Tarvel Eye coastal surveillance
// system": a word a list holds as a place, and a capitalised common word
// after it read as a platform, are one platform's name; a place before a
// platform it operates is written with its possessive or its adjective
// ("Tarvel's Eye"). Headlines in capitals are left alone.
func (d *doc) placeWordPlatform() {
	toks := d.toks
	var drop dropSet
	var byStart tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "GPE" || m.e-m.s != 1 || m.e >= len(toks) || toks[m.e].newline || toks[m.e].glued || drop[k] {
			continue // the cheap check: a place of one word and a word after it
		}
		if w := toks[m.e].text; !isCapitalised(w) || allCapitals(w) || !d.commonWord(w) {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || drop[j] || d.mentions[j].label != "PLATFORM" || d.mentions[j].e != m.e+1 || d.capitalsLine(m.s) {
			continue
		}
		m.e, m.label, m.canonical = m.e+1, "PLATFORM", ""
		drop.add(j)
	}
	d.dropMentions(drop)
}

// hyphenKind: "six Ship-to-Shore Connector (SSC) craft": a kind of craft
// defined with its initials whose words before the head are joined by
// hyphens, common words all, is a type, a platform, as kindLongForm reads
// one written with spaces.
func (d *doc) hyphenKind(s, e int) bool {
	toks := d.toks
	if e-s < 4 || !platformKinds23.has(toks[e-1].text) {
		return false // the cheap check: the head
	}
	hyphen := false
	for i := s; i < e-1; i++ {
		t := toks[i]
		switch {
		case t.text == "-" && t.glued && i > s && toks[i+1].glued:
			hyphen = true
		case t.kind != tkWord || !d.commonWord(t.text) || d.a.demonyms[t.text]:
			return false
		case !isCapitalised(t.text) && !(connectors.has(t.text) && toks[i-1].text == "-"):
			return false
		}
	}
	return hyphen
}

// siteAfterName: "fire them at the Tarvo Kessel training ground", "at
// the Orvik ranges", "the Tarvel combat training center": a name read as a
// person's, or one or two capitalised words no rule read, between "the"
// and a site's noun is the site's name (the noun no part of it), a place.
func (d *doc) siteAfterName() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.s == 0 || m.e+1 >= len(toks) || toks[m.s-1].text != "the" {
			continue // the cheap check: "the" and a person's name
		}
		if d.siteNounOpens(m.e) {
			m.label, m.canonical = "LOC", ""
		}
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].text != "the" || !d.isName(i+1) {
			continue // the cheap check: "the" and a free name
		}
		e := i + 1
		for e < len(toks) && e-i <= 2 && d.isName(e) && !toks[e].newline && !allCapitals(toks[e].text) && !d.commonWord(toks[e].text) {
			e++
		}
		if e > i+1 && d.siteNounOpens(e) {
			d.add(i+1, e, "LOC", "")
		}
	}
}

// siteNounOpens: a site's noun opens at token e ("barracks", "ranges",
// "training ground", "combat training center").
func (d *doc) siteNounOpens(e int) bool {
	toks := d.toks
	if e >= len(toks) || toks[e].newline {
		return false
	}
	if siteNouns26.has(toks[e].text) {
		return true
	}
	j := e
	for j < len(toks) && j-e < 2 && siteModifiers26.has(toks[j].text) {
		j++
	}
	return j > e && j < len(toks) && siteKinds26.has(toks[j].text)
}

// barracksSite: "moved to Karim Tarvolek Barracks", "the Kessel
// Cantonment": a name read as a person's or a body's whose head is a
// barracks' is the site's, a place, whoever the name honours.
func (d *doc) barracksSite() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" && m.label != "ORG" || m.e-m.s < 2 || !barracksHeads26.has(toks[m.e-1].text) {
			continue // the cheap check: the head
		}
		m.label, m.canonical = "LOC", ""
	}
}

// siteTown: "at the Combined Training Node, Tarvo, in Orvania": a site's
// name whose head is a base's, a range's or a training site's, a comma and
// one capitalised word no rule read, closed by a comma or "in", name the
// town the site stands in.
func (d *doc) siteTown() {
	toks := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		e := m.e
		if m.label != "LOC" || e+3 >= len(toks) || toks[e].text != "," || !townSiteHeads26.has(toks[e-1].text) {
			continue // the cheap check: a site's head and a comma
		}
		t, after := toks[e+1], toks[e+2].text
		if !d.isName(e+1) || allCapitals(t.text) || d.commonWord(t.text) || after != "," && after != "in" {
			continue
		}
		d.add(e+1, e+2, "GPE", "")
	}
}
