package extract

// Round 25 (r25news): roads, lines and places joined to one another in
// general and defence news: a numbered line and the name after its number
// ("Line 5 Kessel"), two towns joined by a dash that name a road ("the
// Tarvo–Kessel highway") or a route, a place "in" another listed before
// "and" and a site ("Tarvo in the Orvane Isles and Kessel Air Base"),
// names listed before a plural kind noun ("Tarvo and Kessel districts"),
// and places shaped like people's names after a place's preposition
// ("sea trials off Tarvo Kessel").

var (
	dashRoadNouns25 = cue("dashRoadNouns25")
	placeInLinks25  = cue("placeInLinks25")
)

// namedLine: "Line", a number of one or two digits and a name after it
// are one metro or rail line, LOC: "service on Line 5 Kessel", "Line 6
// Tarvo West". The name after the number says it is a line of a network,
// not a form's or a contract's line ("Line 4 of the form").
func (d *doc) namedLine(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || d.word(ps[0]) != "Line" {
		return false
	}
	s := ps[0].s
	t := d.toks
	if s+2 >= len(t) || t[s+1].glued || t[s+1].newline || d.used[s+1] || !lineNumber(t[s+1].text) {
		return false
	}
	e := s + 2
	for e < len(t) && e-s < 5 && !d.used[e] && !t[e].newline && !t[e].glued && t[e].kind == tkWord && isCapitalised(t[e].text) {
		if w := t[e].text; orgHeads.has(w) || titleWords.has(w) || calendarWords.has(w) || functionWords.has(w) {
			break
		}
		e++
	}
	if e == s+2 {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// dashRoads: two places joined by a dash before a road's noun name the
// road, one LOC: "the Tarvo–Kessel highway", "work on the Orvane-Ilk
// motorway". Before another noun ("the Tarvo–Kessel route", "the
// Tarvo–Kessel line") they stay two places, and the article there is the
// noun's: a first part read LOC by it alone takes the label of the town
// after the dash, so that it does not carry LOC to the town's later
// mentions (partsAgain). Runs before partsAgain (resolve).
func (d *doc) dashRoads() {
	t := d.toks
	var byStart, byEnd tokMap
	roads := 0
	for i := 1; i+2 < len(t) && roads < maxDashRoads; i++ {
		if t[i].text != "–" && t[i].text != "-" || !t[i].glued || !t[i+1].glued || t[i+1].newline ||
			t[i-1].kind != tkWord || t[i+1].kind != tkWord || !isCapitalised(t[i-1].text) || !isCapitalised(t[i+1].text) {
			continue
		}
		if byStart == nil {
			byStart, byEnd = d.mentionsByStart(), d.mentionsByEnd()
		}
		left, hasLeft := byEnd.get(i)
		right, hasRight := byStart.get(i + 1)
		s, e := i-1, i+2
		if hasLeft {
			s = d.mentions[left].s
		}
		if hasRight {
			e = d.mentions[right].e
		}
		if e >= len(t) || t[e].newline || t[e].kind != tkWord || !isLowerWord(t[e].text) || s == 0 {
			continue
		}
		if dashRoadNouns25.has(t[e].text) {
			d.dashRoad(s, e)
			roads++
			// the mentions moved: the next pair indexes them again
			d.done(byStart)
			d.done(byEnd)
			byStart, byEnd = nil, nil
			continue
		}
		// "the Tarvo–Kessel route": the article is the route's
		if !hasLeft || !hasRight || t[i].text != "–" || t[s-1].text != "the" || e-s != 3 {
			continue
		}
		if l := &d.mentions[left]; l.label == "LOC" && !l.reviewed && d.mentions[right].label == "GPE" && !locHeads.has(t[l.s].text) {
			l.label, l.canonical = "GPE", ""
		}
	}
	if byStart != nil {
		d.done(byStart)
		d.done(byEnd)
	}
}

// maxDashRoads bounds the roads dashRoads reads in one text, as each
// looks through every mention: an article names a few, and a text of
// thousands (a generated one) keeps its places read apart beyond it,
// in time linear in its length.
const maxDashRoads = 64

// dashRoad puts one LOC over tokens [s, e), two places and the dash
// between, in place of the places, people guessed from a name's shape or
// nothing read inside; a body's or a platform's name inside, or one that
// reaches past the span, leaves it.
func (d *doc) dashRoad(s, e int) {
	var drop dropSet
	for k, m := range d.mentions {
		if m.e <= s || m.s >= e {
			continue
		}
		if m.s < s || m.e > e || m.reviewed || m.label != "GPE" && m.label != "LOC" && m.label != "PERSON" {
			return
		}
		drop.add(k)
	}
	d.dropMentions(drop)
	for k := s; k < e; k++ {
		d.used[k] = false
	}
	d.add(s, e, "LOC", "")
}

// placeInSite: a place, "in" another and "and" before a site's name are
// two places and the site, not one name: "stops at Tarvo in the Orvane
// Isles and Kessel Air Base", "the line to Ilk and Tarvo International
// Airport". No name of a site holds both a place's preposition and "and"
// before its head; the parts are read alone. Nor does one hold a name of
// two words or more before "and" ("Diyar Al Tarvo and Kessel Bay"; one
// word may share the head: "the Tarvo and Kessel Islands"): that name is
// a site of the same kind, LOC.
func (d *doc) placeInSite(ps []piece) bool {
	n := len(ps)
	if n < 5 || !hasConn(ps) || !locHeads.has(d.word(ps[n-1])) {
		return false
	}
	and, link := -1, -1
	for i, p := range ps {
		if !p.conn {
			continue
		}
		switch w := d.toks[p.s].text; {
		case w == "and" && and < 0:
			and = i
		case w == "and" || w == "of" || w == "&":
			return false // "the Bank of Tarvo and Kessel Port": a body's name
		case placeInLinks25.has(w) && and < 0 && link < 0:
			link = i
		}
	}
	if and < 0 || and > n-3 || hasConn(ps[and+1:]) {
		return false
	}
	if link >= 1 && and >= link+2 {
		d.classify(ps[:and])
		d.classify(ps[and+1:])
		return true
	}
	if link >= 0 || and < 2 {
		return false
	}
	// "Diyar Al Tarvo and Kessel Bay": a site beside a site, of its kind,
	// unless its words say it is a body's or a person's
	for _, p := range ps[:and] {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" || p.unit == nil && (orgHeads.has(d.word(p)) || titleWords.has(d.word(p)) || d.a.givenNames.has(d.word(p))) {
			return false
		}
	}
	d.add(ps[0].s, ps[and-1].e, "LOC", "")
	d.classify(ps[and+1:])
	return true
}

// placePrepositionPersons: a name read as a person's from its shape right
// after "in", "near" or "off" is a town, GPE, and after "at" a site, LOC
// ("sea trials off Tarvo Kessel", "landed at Reiner Orvane", "villages in
// Alfonso Tarvo"): outside games a person is met "with", "by" or "for",
// and a text names someone after these words only with a possessive
// ("in Brandt's office"). The names listed after it with "and", "or" or
// commas are places of its kind ("in Alfonso Tarvo and Kesselby"). A text
// of sport ("headed in Brandt's corner", "a homer off Tarvo"), a person's
// evidence around the name, a surname the text gives someone else, and
// "at" after a verb aimed at someone ("a swipe at Brandt") keep the person.
func (d *doc) placePrepositionPersons() {
	t := d.toks
	var byStart tokMap
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.reviewed || m.s < 2 || t[m.s].newline || m.e-m.s > 3 {
			continue
		}
		label := ""
		switch t[m.s-1].text {
		case "in", "near", "off":
			label = "GPE"
		case "at":
			if !atPersonWords.has(t[m.s-2].text) {
				label = "LOC"
			}
		}
		if label == "" || !d.placeShapedPerson(k) {
			continue
		}
		if d.speaksOfSport() {
			return // a text of sport: none here
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		d.placeChain(k, byStart, func(k int) { d.mentions[k].label, d.mentions[k].canonical = label, "" })
	}
}

// placeChain hands mark mention k, and the place-shaped persons joined to
// it by commas, "and" or "or" ("off Tarvo, Ilk and Kessel").
func (d *doc) placeChain(k int, byStart tokMap, mark func(k int)) {
	t := d.toks
	for {
		mark(k)
		j := d.mentions[k].e
		if j+1 < len(t) && t[j].text == "," && (t[j+1].text == "and" || t[j+1].text == "or") {
			j++
		}
		if j+1 >= len(t) || t[j].text != "," && t[j].text != "and" && t[j].text != "or" || t[j].newline {
			return
		}
		next, ok := byStart.get(j + 1)
		if !ok || d.mentions[next].label != "PERSON" || t[j+1].newline || !d.placeShapedPerson(next) {
			return
		}
		k = next
	}
}

// placeShapedPerson: mention k, a person's, has no person's evidence of
// its own: no possessive after it, no title opening it, no role, saying
// or age around it, and no surname the text gives someone else.
func (d *doc) placeShapedPerson(k int) bool {
	m := d.mentions[k]
	return !m.reviewed && m.e-m.s <= 3 && !d.ownerAt(m.e) && !titleWords.has(d.toks[m.s].text) && !d.personContext(m.s, m.e) && !d.personElsewhere(m.s, m.e)
}

// kindNounList: names joined by "and", "or" or commas before a plural noun
// of a subdivision or a feature are as many places, each labelled as one
// name before the noun would be: "Tarvo and Kessel districts" are two
// districts, GPE, "the Tarvo, Ilk and Orvane neighbourhoods" three, LOC.
// A name never holds "and" before such a noun.
func (d *doc) kindNounList(ps []piece) bool {
	n := len(ps)
	if n < 3 || !hasConn(ps) || hasUnit(ps) {
		return false
	}
	label := d.districtLabel(ps)
	if label == "" {
		return false
	}
	start := 0
	for i, p := range ps {
		if !p.conn {
			continue
		}
		if w := d.toks[p.s].text; w != "and" && w != "or" && w != "," || i == start || i-start > 3 {
			return false
		}
		start = i + 1
	}
	if start == n || n-start > 3 {
		return false
	}
	start = 0
	for i := 0; i <= n; i++ {
		if i == n || ps[i].conn {
			if i > start {
				d.add(ps[start].s, ps[i-1].e, label, "")
			}
			start = i + 1
		}
	}
	return true
}
