package extract

import "strings"

// Round 28 (r28place): places' kind. An island after "on" or "off" in a
// text of islands is LOC though a list holds it as a district of the same
// name (islandPlaces); names a text gives residents in are a city's parts
// (residentsParts); a town's name read as a club's or a firm's where the
// text sets something in the town is the town, GPE (townsNotOrgs); a
// compass word before the story's city names a part of it (compassCityParts);
// two names before a site's plural noun are two sites (pairedFields). Cays
// and currents are places' heads (locHeads, cues.txt).

var (
	islandPrepositions28 = cue("islandPrepositions28")
	topicOnNouns28       = cue("topicOnNouns28")
	residentNouns28      = cue("residentNouns28")
	residentLinks28      = cue("residentLinks28")
	compassParts28       = cue("compassParts28")
)

// islandPlaces: in a text that speaks of islands, a place after "on" or
// "off" that no list holds as a country or a city is an island, LOC:
// "solar panels on Tarvo", "landings off Kessel and Orvane". Lists of
// countries' divisions hold many islands as districts of the same name
// (GUIDELINES' GPE is a country, state, province or city; an island is a
// natural feature). The name joined to it by "and" or "or" is an island
// too, and so is the same name elsewhere in the text ("tourism to Tarvo"),
// which makes it a place after "on" where no rule read one.
// A country ("sanctions on Orvania") or a listed city ("a patrol off
// Kesselport") keeps its GPE, and a text of no islands is left alone.
func (d *doc) islandPlaces() {
	t := d.toks
	if len(d.mentions) == 0 || !d.speaksOfIslands() {
		return // the cheap check
	}
	var islands map[string]bool // the names read as islands
	places := map[string]bool{} // one-word places no list holds as a country or a city
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || !d.islandCandidate(k) {
			continue
		}
		name := d.surface(m.s, m.e)
		if m.e == m.s+1 {
			places[name] = true
		}
		if m.s > 0 && d.islandPreposition(m.s-1) {
			if islands == nil {
				islands = map[string]bool{}
			}
			islands[name] = true
		}
	}
	// "tourism to Tarvo ... panels on Tarvo": the name no rule read after
	// "on" is the place read elsewhere (not "on Tarvo Street"), or a word
	// of a name's shape read nowhere (unreadIsland, news_r35miss.go)
	for i := 1; i < len(t); i++ {
		if !d.islandPreposition(i-1) || d.used[i] || !places[t[i].text] && !d.unreadIsland(i) || t[i].newline ||
			i+1 < len(t) && t[i+1].kind == tkWord && isCapitalised(t[i+1].text) {
			continue
		}
		if d.add(i, i+1, "LOC", t[i].text) {
			if islands == nil {
				islands = map[string]bool{}
			}
			islands[t[i].text] = true
		}
	}
	if islands == nil {
		return
	}
	byStart, byEnd := d.mentionsByStart(), d.mentionsByEnd()
	defer d.done(byStart)
	defer d.done(byEnd)
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || !islands[d.surface(m.s, m.e)] || !d.islandCandidate(k) {
			continue
		}
		d.mentions[k].label = "LOC"
		// "to Tarvo and Kessel": the partner after or before the "and"
		if o, ok := byStart.get(m.e + 1); ok && m.e+1 < len(t) && (t[m.e].text == "and" || t[m.e].text == "or") {
			d.islandPartner(o)
		}
		if o, ok := byEnd.get(m.s - 1); ok && m.s >= 2 && (t[m.s-1].text == "and" || t[m.s-1].text == "or") {
			d.islandPartner(o)
		}
	}
}

// islandPreposition: token i is "on" or "off" of a place, not "on" after
// a noun of what is aimed at something ("a tax on Tarvo", "sanctions on
// Kessel", "talks on Orvane"; topicOnNouns28).
func (d *doc) islandPreposition(i int) bool {
	return islandPrepositions28.has(d.toks[i].text) && (i == 0 || !topicOnNouns28.has(strings.ToLower(d.toks[i-1].text)))
}

// islandPartner makes mention o, joined by "and" to an island, an island:
// a place no list holds as a country or a city, or a lone unlisted word
// read as a person's ("Tarvo and Kessel" where "Kessel" looked like a
// surname).
func (d *doc) islandPartner(o int) {
	m := &d.mentions[o]
	switch {
	case m.label == "GPE" && d.islandCandidate(o):
	case m.label == "PERSON" && m.e == m.s+1 && !m.reviewed && !d.a.givenNames.has(d.toks[m.s].text):
		if _, listed := d.unitAt(m.s); listed {
			return
		}
	default:
		return
	}
	m.label, m.canonical = "LOC", d.surface(m.s, m.e)
}

// islandCandidate: mention k is a place of at most three words that no
// list holds as a country or a city.
func (d *doc) islandCandidate(k int) bool {
	m := d.mentions[k]
	if m.reviewed || m.e-m.s > 3 {
		return false
	}
	name := m.canonical
	if name == "" {
		name = d.surface(m.s, m.e)
	}
	return !d.a.countries[name] && !d.a.cityNames[name]
}

// speaksOfIslands: the text names islands in lower case ("the outer
// islands") or a place ends in an island's head ("the Tarvo Islands").
func (d *doc) speaksOfIslands() bool {
	if d.speaksOf(islandNouns) {
		return true
	}
	for _, m := range d.mentions {
		if w := d.toks[m.e-1].text; (m.label == "GPE" || m.label == "LOC") && (w == "Islands" || islandHeads.has(w)) {
			return true
		}
	}
	return false
}

// residentsParts: places guessed from context that a text gives residents
// in are a city's parts, LOC: "residents in Tarvo, Kessel and Orvane had
// waited" (people live in a suburb; "residents of" names a town as often,
// and places_compound.go reads it). A town of the lists keeps its GPE
// ("residents in Kesselport"), as does a name no context made a place, and
// a town's noun after the list makes them towns ("residents in Tarvo
// village").
func (d *doc) residentsParts() {
	t := d.toks
	var byStart tokMap
	var run []int
	for k := range d.mentions {
		m := d.mentions[k]
		if m.s < 2 || m.label != "GPE" || !residentLinks28.has(t[m.s-1].text) || !residentNouns28.has(strings.ToLower(t[m.s-2].text)) || t[m.s-1].newline {
			continue // the cheap check
		}
		if d.partCandidate(k) != partGuessed || d.a.ambiguousCities[d.surface(m.s, m.e)] {
			continue // "residents in Reading": a city the lists hold as a word
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		// the list from here: ", X", "and X", ", and X"
		run = append(run[:0], k)
		for j := m.e; ; {
			n := j
			for n < len(t) && (t[n].text == "," || t[n].text == "and" || t[n].text == "or") && !t[n].newline {
				n++
			}
			next, ok := byStart.get(n)
			if n == j || !ok || d.partCandidate(next) != partGuessed && d.mentions[next].label != "LOC" {
				if j < len(t) && townNouns.has(t[j].text) {
					run = run[:0]
				}
				break
			}
			run, j = append(run, next), d.mentions[next].e
		}
		for _, r := range run {
			if d.partCandidate(r) == partGuessed {
				d.mentions[r].label = "LOC"
			}
		}
	}
}

// townsNotOrgs: a short form of a club's or a firm's longer name that
// holds it ("Tarvo" for "Tarvo United FC" or "Tarvo Gruppen") is most often
// the town they are named for, GPE, where the text sets a place: before a
// comma and a country or a state ("work in Tarvo, Orvania (12%)"), or
// after "in" in a text of no sport ("the plant in Tarvo"). A stake "in" a
// firm stays the firm's, a club in a text of sport stays the club (known
// by its town's name), and a body's head is no town ("a vote in Kessel
// Assembly" for the "Orvane Kessel Assembly").
func (d *doc) townsNotOrgs() {
	t := d.toks
	var byStart tokMap
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "ORG" || m.reviewed || m.e-m.s > 3 || m.canonical == "" {
			continue // the cheap check
		}
		if name := d.surface(m.s, m.e); m.canonical == name || !strings.Contains(m.canonical, name) || orgHeads.has(t[m.e-1].text) {
			continue
		}
		if u, ok := d.unitAt(m.s); !ok || u.end != m.e {
			continue
		}
		town := false
		if m.e+1 < len(t) && t[m.e].text == "," && !t[m.e+1].newline {
			if byStart == nil {
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			if o, ok := byStart.get(m.e + 1); ok && d.mentions[o].label == "GPE" {
				c := d.mentions[o]
				if u, listed := d.unitAt(c.s); listed && u.end == c.e && !d.a.cityNames[u.canonical] && (c.e >= len(t) || t[c.e].kind != tkPossessive) {
					town = true // "Tarvo, Orvania": a country or a state
				}
			}
		}
		if !town && m.s >= 2 && t[m.s-1].text == "in" && !stakeNouns.has(strings.ToLower(t[m.s-2].text)) {
			town = !d.speaksOfSport()
		}
		if town {
			d.mentions[k].label, d.mentions[k].canonical = "GPE", ""
		}
	}
}

// compassCityParts: a compass word before the name of the city a story is
// set in (storyCity) names a part of that city, LOC: "fans in North Tarvo"
// in a story of Tarvo. A name the lists hold whole is a town of its own
// ("East Tarvo", a city), "Central Tarvo" is as often a city of its own
// (compassParts28), and in a story of another city or of none the
// name is left as the rules read it.
func (d *doc) compassCityParts() {
	city, asked := "", false
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || m.reviewed || m.e-m.s < 2 || !compassParts28.has(d.toks[m.s].text) {
			continue // the cheap check
		}
		if u, ok := d.unitAt(m.s); ok && u.end == m.e {
			continue
		}
		u, ok := d.unitAt(m.s + 1)
		if !ok || u.end != m.e || !d.settingCity(u) {
			continue
		}
		if !asked {
			asked = true
			city, _ = d.storyCity()
		}
		if u.canonical == city {
			d.mentions[k].label, d.mentions[k].canonical = "LOC", ""
		}
	}
}

// listedTown: mention k is a name the towns' list holds (a town of 2,000
// to 50,000 people, place_kinds.go), a town of its own: a city's setting
// alone ("TARVO — a station at Kessel") does not make it a part of the
// city (cityParts, news_places8.go), though a kind noun or a port's does.
func (d *doc) listedTown(k int) bool {
	m := d.mentions[k]
	return d.a.placeTowns.has(d.surface(m.s, m.e))
}

// pairedFields: two names no rule read, joined by "and" between "the" or
// an owner and a site's kind noun in the plural, are two sites, LOC: "gas
// from the Tarvo and Kessel fields", "Orvane Oil's Ilk and Brandt wells"
// (kindNounSite reads one name so, and leaves a list). Read once a text:
// the plural nouns are few.
func (d *doc) pairedFields() {
	t := d.toks
	for i := 4; i < len(t); i++ {
		w := t[i].text
		if !strings.HasSuffix(w, "s") || !siteKindNouns.has(w) || t[i].newline || t[i-2].text != "and" {
			continue // the cheap check
		}
		a, b := i-3, i-1
		if !d.isName(a) || !d.isName(b) || t[a].newline || t[b].newline || d.isName(a-1) {
			continue
		}
		if p := t[a-1]; p.text != "the" && p.text != "its" && p.kind != tkPossessive {
			continue
		}
		d.add(a, a+1, "LOC", t[a].text)
		d.add(b, b+1, "LOC", t[b].text)
	}
}
