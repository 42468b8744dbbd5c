package extract

import "strings"

// Round 34 (r34fac): places joined or read as people or models. A name
// before "and", "with" or "in" and a place's name that a place's head ends
// are two places, not one long one (namesAndPlace); a name that a street's
// head shared with surnames or its abbreviation ends is the street, not a
// person (streetTail); a road's code that a designator's shape read as a
// model is the road where the words around it say so (roadCodeRoutes); a
// saint's possessive, and a hill's or a church's word after it, end the
// place's name (saintPossessive).

var (
	streetTails34      = cue("streetTails34")
	pikeBefore34       = cue("pikeBefore34")
	roadBefore34       = cue("roadBefore34")
	roadThrough34      = cue("roadThrough34")
	saintHeads34       = unionOf(locHeads, cue("saintHeads34"))
	pairPrepositions34 = unionOf(placePrepositions, sitePrepositions, routePrepositions, routePrepositions19)
)

// namesAndPlace: "buses to Tarvo and North Kessel Valley", "routes from
// St Orvane and Brandt Bay", "a tower near the Marvello in Kessel
// Heights", "link Tarvo Quay with Mill Street": a name, "and", "with" or
// "in", and a place's name (placeName) are two places, each read alone;
// the one long run reads as one LOC. With "and" or "in" a place's
// preposition opens the run, and the name before is no common word ("the
// Arts and Leisure District" is one name); with "with" both are
// places' names by their heads. splitPlaces takes the pairs of two
// places' names joined by "and".
func (d *doc) namesAndPlace(ps []piece) bool {
	n := len(ps)
	if n < 4 || n > 8 || ps[n-1].unit != nil || !locHeads.has(d.word(ps[n-1])) {
		return false
	}
	i := 1
	for i < n && !ps[i].conn {
		i++
	}
	if i > 3 || i+2 >= n {
		return false
	}
	t := d.toks
	w := t[ps[i].s].text
	if w != "and" && w != "with" && w != "in" {
		return false
	}
	right := ps[i+1:]
	if right[0].conn && t[right[0].s].text == "the" {
		right = right[1:]
	}
	left := ps[:i]
	if !d.placeName(right) || len(right) == 2 && sharedHead(d.word(right[1])) {
		return false // "the Tarvo and Kessel Islands": one head for both
	}
	if w == "with" {
		if !d.placeName(left) {
			return false
		}
	} else if !d.openedByPlace(ps[0].s) || !d.nameWord(left[i-1]) {
		return false
	}
	d.classify(left)
	d.classify(right)
	return true
}

// sharedHead: w is a place's head in the plural ("Islands", "Lakes"),
// which two names before it share.
func sharedHead(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && locHeads.has(one)
}

// openedByPlace: a place's preposition stands before token s, perhaps with
// "the" between ("near the Marvello").
func (d *doc) openedByPlace(s int) bool {
	k := s - 1
	if k >= 0 && d.toks[k].text == "the" {
		k--
	}
	return k >= 0 && pairPrepositions34.has(d.toks[k].text)
}

// nameWord: the piece is a listed place or a capitalised word the lexicon
// does not know in lower case.
func (d *doc) nameWord(p piece) bool {
	if p.unit != nil {
		return p.unit.label == "LOC" || p.unit.label == "GPE"
	}
	w := d.word(p)
	return w != "" && isCapitalised(w) && !d.commonWord(w)
}

// streetTail: "along Kessel Pike", "between Henrik St and the
// square", "the Tarvo St shops": a name that "Pike" (a surname too) or
// "St" (Street cut short) ends is a street, LOC, not a person. "St" ends
// no person's name; "Pike" names the street after a route's preposition,
// "with" or "and" (pikeBefore34), and not after a given name ("with Anna
// Pike").
func (d *doc) streetTail(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || ps[n-1].unit != nil || !streetTails34.has(d.word(ps[n-1])) || hasConn(ps) || !d.nameWord(ps[n-2]) && !d.a.givenNames.has(d.word(ps[n-2])) {
		return false
	}
	if d.word(ps[n-1]) == "Pike" {
		if k := ps[0].s - 1; k < 0 || !pikeBefore34.has(d.toks[k].text) || d.a.givenNames.has(d.word(ps[0])) {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "LOC", "")
}

// roadCodeRoutes: "the road up KS-412", "carry the M40 through a tunnel",
// "that the N19 and the Kessel Interchange stay open": a road's code (a
// letter and digits, or a state's two letters, a hyphen and digits) read
// as a model's is the road, LOC, in a text that speaks of roads, where a
// road's preposition stands before it (roadBefore34), or where after "the"
// a way through (roadThrough34), or "and" and a road's or a junction's
// word, follow it. roadCodes (news_places8.go) reads "on the M62" and the like.
func (d *doc) roadCodeRoutes() {
	roads := 0 // speaksOf(roadWords23), read on first use: 1 yes, 2 no
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || m.e-m.s != 1 || m.reviewed || !d.roadCodeContext(m.s, m.e) {
			continue
		}
		if roads == 0 {
			roads = 2
			if d.speaksOf(roadWords23) {
				roads = 1
			}
		}
		if roads == 1 {
			m.label, m.canonical = "LOC", ""
		}
	}
}

// stateRoadCode: two capitals, a hyphen and one to three digits, a state's
// road ("KS-412").
func stateRoadCode(w string) bool {
	return len(w) >= 4 && len(w) <= 6 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && w[2] == '-' && w[3] != '0' && digitsAt(w, 3) == len(w)-3
}

// roadCodeContext: the code at token s (e past it) and the words around
// it say a road. A state's code ("KS-412") is a model's shape too ("MQ-9"),
// so only a road's preposition right before it reads it.
func (d *doc) roadCodeContext(s, e int) bool {
	t := d.toks
	w, b := t[s].text, s-1
	if b >= 0 && t[b].text != "the" {
		return (roadCode(w) || stateRoadCode(w)) && roadBefore34.has(t[b].text)
	}
	if b--; !roadCode(w) || e >= len(t) {
		return false
	}
	if b >= 0 && roadBefore34.has(t[b].text) || roadThrough34.has(t[e].text) {
		return true
	}
	if t[e].text != "and" {
		return false
	}
	for j := e + 1; j < e+6 && j < len(t) && !t[j].newline; j++ {
		if w := t[j].text; infraHeads24.has(w) || roadHeads.has(w) || roadWords23.has(w) {
			return true
		}
	}
	return false
}

// saintPossessive: "homes on St Orvik’s Hill", "the Ruins of St. Tarvo’s":
// a place's name that ends in a saint's name takes the possessive after it
// (the church's or the place's name is the saint's), and a place's or a
// church's word after that (saintHeads34), which alone reads a surname,
// is the place's head, LOC.
func (d *doc) saintPossessive() {
	t := d.toks
	var drop dropSet
	var surnames map[int]int // read once, on first use
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if e >= len(t) || t[e].kind != tkPossessive || m.e-m.s < 2 || m.trim != 0 || m.reviewed || m.label != "LOC" && m.label != "GPE" {
			continue // the cheap check: a possessive after a place
		}
		if w := t[e-2].text; w != "St" && w != "St." && w != "Saint" || d.used[e] {
			continue
		}
		h, j := e+1, -1
		head := h < len(t) && !t[h].newline && saintHeads34.has(t[h].text) && (h+1 >= len(t) || t[h+1].newline || !isCapitalised(t[h+1].text))
		if head && d.used[h] {
			if surnames == nil {
				surnames = d.surnamesAlone()
			}
			j, head = surnames[h]
		}
		if !head && h < len(t) && !t[h].newline && isCapitalised(t[h].text) {
			continue // "the St Orvik’s Hill Road": the possessive opens another name
		}
		d.claim(e, e+1)
		m.e, m.canonical = e+1, "" // "St Orvik’s" names no town "St Orvik"
		if !head {
			continue
		}
		if d.used[h] {
			drop.add(j)
		}
		d.claim(h, h+1)
		m.e, m.label = h+1, "LOC"
	}
	d.dropMentions(drop)
}

// surnamesAlone: the index of every person's mention of one token, a
// surname read alone ("Hill"), by its token.
func (d *doc) surnamesAlone() map[int]int {
	at := map[int]int{}
	for k, m := range d.mentions {
		if m.e == m.s+1 && m.label == "PERSON" && !m.reviewed {
			at[m.s] = k
		}
	}
	return at
}
