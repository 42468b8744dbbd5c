package extract

// Round 23 (r23news): places in general news by the shape of their names
// and the words around them: a city's airport by the city and the
// airport's own name ("flights to Tarvo Brandel"), and a venue or a site
// named again by the first word of its name ("at Kessel Versfeld ... a
// Kessel win").

var (
	airTravelWords23   = cue("airTravelWords23")
	airportLinks23     = cue("airportLinks23")
	venueOpeners23     = cue("venueOpeners23")
	townNamedHeads23   = cue("townNamedHeads23")
	townPrepositions23 = cue("townPrepositions23")
)

// airportShortName: a listed city and one more name after a preposition
// of travel, in a text of flights, name the city's airport, LOC: "between
// Kessel and Tarvo Brandel", "out of Tarvo Orlin", "landed at Tarvo
// Orvik". Airports are called so by the city and the field's own name,
// and the city's label would leave the name alone as a person's or
// nothing. A plural ("Tarvo Rockets") is a side; a text with no flights
// in it keeps the city.
func (d *doc) airportShortName(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || ps[1].conn || ps[0].unit.label != "GPE" {
		return false
	}
	s, e := ps[0].s, ps[1].e
	t := d.toks
	if s == 0 || e-ps[1].s != 1 || !airportLinks23.has(t[s-1].text) || !d.settingCity(*ps[0].unit) {
		return false
	}
	w := t[ps[1].s].text
	if len(w) < 3 || w[len(w)-1] == 's' || !isCapitalised(w) || w == "International" {
		return false
	}
	if u := ps[1].unit; u != nil && !d.settingCity(*u) {
		return false // "Tarvo Kessel Airlines": a body's or a person's listed name
	}
	// "Tarvo County", "Tarvo Energy", "Tarvo Shipyard": a place's or a
	// body's head, no airport's name
	if gpeHeads.has(w) || adminHeads19.has(w) || orgHeads.has(w) || firmTails22.has(w) || worksSiteHeads.has(w) {
		return false
	}
	// "Tarvo Brandt the Great Airport", "Tarvo Orvik's": the name goes on
	if e < len(t) && (t[e].kind == tkPossessive || t[e].text == "the" || t[e].text == "of" || isCapitalised(t[e].text) && t[e].kind == tkWord) {
		return false
	}
	if !d.speaksOf(airTravelWords23) {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// isAllCaps: every letter of w is a capital ("NASA", "KESSEL").
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		n++
	}
	return n > 1
}

// venueShortForm: a venue or a site named first in full is named again by
// the first word of its name, or by the word after a stadium's opener, LOC:
// "at Kessel Versfeld ... a Kessel win", "the Estadio Tarvo Brandt ... in
// the Tarvo", "at the Orvane Reserve ... The Orvane rewards patience",
// "Kessel Spaceport ... Kessel hopes to host". Only a word no list knows
// and no person's name holds is read so: "Leeds Harbour ... Leeds" is the
// city again, "the Brandt Oval ... Brandt said" a person; and a valley,
// a river or an airport takes a town's name ("the Tarvo Valley ...
// Tarvo" is the town).
func (d *doc) venueShortForm() {
	t := d.toks
	var words [4]string
	var from [4]int
	n := 0
	for _, m := range d.mentions {
		if m.label != "LOC" || m.e-m.s < 2 || n == len(words) || townNamedHeads23.has(t[m.e-1].text) {
			continue
		}
		k := m.s
		if venueOpeners23.has(t[k].text) {
			k++
		}
		w := t[k].text
		if k+1 >= m.e || t[k].kind != tkWord || len(w) < 4 || !isCapitalised(w) || isAllCaps(w) || d.seenLower(w) {
			continue
		}
		if _, listed := d.a.gaz.name(w); listed || d.a.demonyms[w] {
			continue // "the Indian Ocean ... Indian": a people's word
		}
		if p := t[k+1]; p.text == "of" || p.text == "de" || p.glued || p.text[0] >= '0' && p.text[0] <= '9' {
			continue // "the Port of Tarvo ... Port operators", "Sector 62": the head first
		}
		words[n], from[n] = w, m.e
		n++
	}
	if n == 0 {
		return
	}
	var byStart tokMap
	for j := 0; j < n; j++ {
		w := words[j]
		if d.inPerson(w) || d.townAfter(w, from[j]) {
			continue
		}
		for i := from[j]; i < len(t); i++ {
			if t[i].text != w {
				continue
			}
			if i+1 < len(t) && isCapitalised(t[i+1].text) && t[i+1].kind == tkWord && !t[i+1].sentStart {
				continue // "Kessel Tarvo": a longer name
			}
			if i > 0 && isCapitalised(t[i-1].text) && t[i-1].kind == tkWord && t[i-1].text != "The" && !t[i].sentStart {
				continue
			}
			if !d.used[i] {
				d.add(i, i+1, "LOC", "")
				continue
			}
			if byStart == nil {
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			// "Kessel hopes to host": a site read as a body by what it does
			if k, ok := byStart.get(i); ok && d.mentions[k].e == i+1 && d.mentions[k].label == "ORG" && !d.mentions[k].reviewed {
				d.mentions[k].label, d.mentions[k].canonical = "LOC", ""
			}
		}
	}
}

// inPerson: a person's mention holds the word w.
func (d *doc) inPerson(w string) bool {
	for _, m := range d.mentions {
		if m.label != "PERSON" {
			continue
		}
		for i := m.s; i < m.e; i++ {
			if d.toks[i].text == w {
				return true
			}
		}
	}
	return false
}

// townAfter: the word w stands bare after a town's preposition from
// token i on, "east of Tarvo", "in Tarvo": the site took a town's name,
// and the word alone is the town.
func (d *doc) townAfter(w string, i int) bool {
	t := d.toks
	for ; i < len(t); i++ {
		if t[i].text == w && i > 0 && townPrepositions23.has(t[i-1].text) {
			return true
		}
	}
	return false
}

// partLabel: a compass word or "Upper", "Inner" before a listed state or
// province that no list holds whole names a region of it, LOC: "North
// Tarvoshire", "Upper Kessel Province". The lists hold the parts that are
// states themselves ("South Australia", "North Kivu"), which never come
// here. A country keeps its label ("West Orvania" is as often a state of
// the past), and so does a city, cut into administrative cities so named
// ("West Kessel" may be one); "Greater" and "Great" keep the place's
// label too ("Greater Leeds").
func (d *doc) partLabel(part, place piece) string {
	u := place.unit
	if w := d.word(part); w == "Greater" || w == "Great" || u.label != "GPE" || d.a.cityNames[u.canonical] || d.a.countries[u.canonical] {
		return u.label
	}
	return "LOC"
}

var roadWords23 = cue("roadWords23")

// interstateRoad: "I-" and a number of one to three digits is a US
// interstate highway, LOC, in a text that speaks of roads: "traffic on
// I-75", "the I-696 work". The shape is a designator's too (a fighter of
// the 1930s, a submarine), so a text with no road in it is left alone.
func (d *doc) interstateRoad(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	w := d.toks[ps[0].s].text
	if len(w) < 3 || w[0] != 'I' || w[1] != '-' || digitsAt(w, 2) != len(w)-2 || len(w) > 5 || w[2] == '0' {
		return false
	}
	return d.speaksOf(roadWords23) && d.add(ps[0].s, ps[0].e, "LOC", "")
}

var familyNouns23 = cue("familyNouns23")

// platformFamily: a later word of a platform's name, alone between "the"
// or "its" and a family's noun, names the family, PLATFORM: "the Kessel
// 737 MAX 10 ... the MAX family", "the Orvane KX-2 Tarvo ... its Tarvo
// fleet". The name's first word is the maker's or the whole's and is
// read by the other rules; a number names no family.
func (d *doc) platformFamily() {
	t := d.toks
	for i := 1; i+1 < len(t); i++ {
		if d.used[i] || t[i-1].text != "the" && t[i-1].text != "its" || t[i].kind != tkWord || !isCapitalised(t[i].text) || !familyNouns23.has(t[i+1].text) {
			continue
		}
		if d.platformWordBefore(t[i].text, i) {
			d.add(i, i+1, "PLATFORM", "")
		}
	}
}

// platformWordBefore: w is a word after the first of a platform's name
// that ends before token i.
func (d *doc) platformWordBefore(w string, i int) bool {
	for _, m := range d.mentions {
		if m.label != "PLATFORM" || m.e > i {
			continue
		}
		for k := m.s + 1; k < m.e; k++ {
			if d.toks[k].text == w {
				return true
			}
		}
	}
	return false
}
