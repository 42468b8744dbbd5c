package extract

// Round 14 (loc14): parts of cities and sites in general news that the
// context guessed as towns (GPE): a city's possessive before them, a
// borough's name, a district's noun in a city's story, an operator.

// nycBoroughs: the five boroughs of New York City (New York City Charter,
// chapter 1), which the city lists hold as cities; the written sets mark
// them LOC, parts of a city (testdata/written12/w12news.md).
var nycBoroughs = map[string]bool{"Manhattan": true, "Brooklyn": true, "Queens": true, "The Bronx": true, "Bronx": true, "Staten Island": true}

// cityPartsLoc14: GPE mentions that are a city's parts or a company's
// site, LOC, and venues guessed as bodies:
//   - a guessed organisation after a score and "at the" is the ground:
//     "Kessel beat Tarvo 3-1 at the KesselArena" ("won 2-0 at Tarvo", with
//     no article, is at the club's, and "in the" opens a league's name);
//   - a guessed body between an owner ("its", "the company's") and
//     "headquarters" or "head office" is the site: "at its Kessel Park
//     headquarters", "the bank's Tarvo House head office";
//   - "Library of" and a listed city is the city's library, a building
//     (written12's README): "the Library of Tarvo"; "Library of Congress"
//     stays a body;
//   - after a listed city's possessive, a name no list holds or one ending
//     in "District": "Taipei's Wenshan District", "Kessel's Orvane
//     quarter"; a country's possessive keeps its province ("Japan's
//     Okinawa");
//   - New York City's boroughs ("rents in Queens and the Bronx");
//   - a group of islands that is no country or territory of
//     countries.yaml, though a list holds it as a province or council
//     area: "the Orvane Islands" (the "Solomon Islands" keep their GPE);
//   - in a story set in one city (storyCity), a guessed name between "the"
//     and "district": "shops in the Tarvo district" (elsewhere "the Tarvo
//     district" is as often a country's unit, GPE: districtRule);
//   - a guessed name or a listed city after a launch's word and "from"
//     is the launch site: "the satellite launched from Vandenberg",
//     "the rocket lifted off from Tarvo" (a country or a state stays:
//     "the first launch from Orvania");
//   - a guessed name that a company runs ("Tarvo, operated by Kessel
//     Gold"), or any but a country after "operator of".
func (d *doc) cityPartsLoc14() {
	t := d.toks
	storyChecked, inStory := false, false
	var byEnd tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label == "ORG" && !m.reviewed && m.s >= 3 && t[m.s-1].text == "the" && t[m.s-2].text == "at" && d.scoreEndsAt(m.s-2) {
			if u, listed := d.unitAt(m.s); !listed || u.end != m.e {
				m.label, m.canonical = "LOC", ""
			}
			continue
		}
		if m.label == "ORG" && !m.reviewed && m.s >= 1 && m.e+1 < len(t) && (t[m.s-1].text == "its" || t[m.s-1].text == "their" || t[m.s-1].kind == tkPossessive) && (t[m.e].text == "headquarters" || t[m.e].text == "head" && t[m.e+1].text == "office") {
			if u, listed := d.unitAt(m.s); !listed || u.end != m.e {
				m.label, m.canonical = "LOC", ""
			}
			continue
		}
		if m.label == "ORG" && !m.reviewed && m.e-m.s >= 3 && t[m.s].text == "Library" && t[m.s+1].text == "of" {
			if u, ok := d.unitAt(m.s + 2); ok && u.end == m.e && d.a.cityNames[u.canonical] && !d.a.countries[u.canonical] {
				m.label, m.canonical = "LOC", ""
			}
			continue
		}
		if m.label != "GPE" || m.reviewed {
			continue
		}
		loc := false
		switch {
		case nycBoroughs[m.canonical] || m.canonical == "" && nycBoroughs[d.surface(m.s, m.e)]:
			loc = true
		case t[m.e-1].text == "Islands" && !d.a.countries[m.canonical]:
			loc = true
		case m.s >= 2 && t[m.s-1].kind == tkPossessive:
			if byEnd == nil {
				byEnd = d.mentionsByEnd()
				defer d.done(byEnd)
			}
			o, ok := byEnd.get(m.s - 1)
			if !ok || d.mentions[o].label != "GPE" {
				break
			}
			u, listed := d.unitAt(d.mentions[o].s)
			if !listed || u.end != m.s-1 || !d.a.cityNames[u.canonical] || d.a.countries[u.canonical] {
				break
			}
			loc = t[m.e-1].text == "District" || d.partCandidate(k) == partGuessed
		case m.s >= 2 && t[m.s-1].text == "of" && t[m.s-2].text == "operator" && !d.a.countries[m.canonical]:
			// a region's name too: "Kessel Gold, operator of Ilk" (its
			// mine); an owner of a name owns a brand as often
			loc = true
		case m.s >= 2 && t[m.s-1].text == "from" && d.launchBefore(m.s-1):
			u, listed := d.unitAt(m.s)
			listed = listed && u.end == m.e
			loc = !d.a.countries[m.canonical] && (!listed && m.canonical == "" || listed && d.a.cityNames[u.canonical])
		case d.partCandidate(k) != partGuessed:
		case m.e+2 < len(t) && t[m.e].text == "," && siteVerbs.has(t[m.e+1].text) && t[m.e+2].text == "by":
			loc = true
		case m.s >= 1 && m.e < len(t) && t[m.s-1].text == "the" && t[m.e].text == "district" && !t[m.e].newline:
			if !storyChecked {
				_, inStory = d.storyCity()
				storyChecked = true
			}
			loc = inStory
		}
		if loc {
			m.label = "LOC"
		}
	}
}

// numberedLine: "Line" and a number of one or two digits is a metro,
// tram or rail line, LOC, in a text that names trains, stations, a metro,
// a subway or a tram in lower case: "trains on Line 4 stopped", "Line 10
// will reach the airport". Elsewhere "Line 4" may be a form's or a
// contract's line.
func (d *doc) numberedLine(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || d.word(ps[0]) != "Line" {
		return false
	}
	s := ps[0].s
	t := d.toks
	if s+1 >= len(t) || t[s+1].glued || t[s+1].newline || d.used[s+1] || !lineNumber(t[s+1].text) {
		return false
	}
	if !d.seenLower("Metro") && !d.seenLower("Subway") && !d.seenLower("Tram") && !d.seenLower("Trains") && !d.seenLower("Train") && !d.seenLower("Station") && !d.seenLower("Stations") {
		return false
	}
	return d.add(s, s+2, "LOC", "")
}

// lineNumber: one or two digits.
func lineNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// launchBefore: a launch's word ends at token i (exclusive): "launches",
// "launched", "lifted off", "blasted off".
func (d *doc) launchBefore(i int) bool {
	t := d.toks
	if i < 1 {
		return false
	}
	switch t[i-1].text {
	case "launch", "launches", "launched", "launching":
		return true
	case "off":
		if i < 2 {
			return false
		}
		switch t[i-2].text {
		case "lift", "lifts", "lifted", "lifting", "blast", "blasts", "blasted":
			return true
		}
	}
	return false
}

// scoreEndsAt: a match's score ("3-1") ends right before token i.
func (d *doc) scoreEndsAt(i int) bool {
	return i >= 3 && d.scoreAt(i-3)
}
