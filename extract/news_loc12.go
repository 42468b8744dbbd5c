package extract

import (
	"slices"
	"strings"
)

// Round 12 (loc12): places in general news that no list holds, read by
// the buildings and homes that stand in them and by their names' shape.

// titledSite: a title of a ruler, a saint or a leader opening a chunk
// that ends in a place's head names a site after that person, LOC whole:
// "King Tarvo International Airport", "Queen Ilsa University Hospital",
// "Prince Kessel Air Base", "Sheikh Orvane Bridge", before splitTitle
// reads a person in it. Three words at least, up to the chunk's first
// connector; what follows it is read on its own ("the Queen Ilsa
// Hospital in Tarvo and Kessel Park").
func (d *doc) titledSite(ps []piece) bool {
	if len(ps) < 3 || !siteTitles.has(d.word(ps[0])) {
		return false
	}
	k := slices.IndexFunc(ps, func(p piece) bool { return p.conn })
	if k < 0 {
		k = len(ps)
	}
	if last := d.word(ps[max(k-1, 0)]); k < 3 || !locHeads.has(last) && !siteInstitutionHeads.has(last) {
		return false
	}
	d.add(ps[0].s, ps[k-1].e, "LOC", "")
	if k+1 < len(ps) {
		d.classify(ps[k+1:])
	}
	return true
}

// buildingPlaces: a place guessed from context (no list's) after "in" or
// "at" and a noun of a building or a home in lower case is a city's part,
// LOC, and so are the guessed names listed with it: "hotels in Tarvo and
// Ilk", "a hospital in Kessel", "the bank's new campus in Orvane". A
// flood's homes, a plant, a factory, a depot, an airport or an office
// stand in a town as often (GPE), so only the nouns of city life read so
// (buildingNouns), in any story (storyCityParts asks for a city's story
// and reads any preposition). A given name is a place's less surely; a
// name the text calls a town, or places in a listed country or province,
// or with a unit's noun ("a school in Tarvo district", "flats in Ilk,
// Orvania"), keeps its label, and so does one in a sentence that names
// a town ("floods hit Tarvo, and clinics in Ilk closed"); a listed city
// after the comma places the part in it ("a clinic in Ilk, Lagos").
func (d *doc) buildingPlaces() {
	t := d.toks
	var byStart tokMap
	var towns map[string]bool
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || !d.afterBuilding(k) || d.partCandidate(k) != partGuessed {
			continue
		}
		if byStart == nil {
			byStart, towns = d.mentionsByStart(), d.calledTowns()
			defer d.done(byStart)
		}
		if towns[d.surface(m.s, m.e)] || d.a.givenNames.has(t[m.s].text) {
			continue
		}
		run, j := d.listAfter(k, byStart, func(n int) bool { return d.partCandidate(n) == partGuessed || d.mentions[n].label == "LOC" })
		// placed in a place that is no listed city
		inTown := func(u unit, listed bool) bool {
			return !listed || !d.a.cityNames[u.canonical] && !d.a.worldCities[u.canonical]
		}
		if d.townApposition(j) || d.placedAfter(j, byStart, inTown) || d.townInSentence(m.s, j, byStart) {
			continue
		}
		for _, r := range run {
			if d.partCandidate(r) == partGuessed {
				d.mentions[r].label, d.mentions[r].canonical = "LOC", ""
			}
		}
	}
}

// townInSentence: a place guessed from context (no list's) in the
// sentence around the list [s, j), outside it, and not itself after a
// building's noun: the sentence ranges over a country's towns ("floods hit
// Tarvo, and clinics in Ilk closed"). The walks read 60 tokens back and
// 40 on at most.
func (d *doc) townInSentence(s, j int, byStart tokMap) bool {
	t := d.toks
	town := func(i int) bool {
		k, ok := byStart.get(i)
		return ok && d.partCandidate(k) == partGuessed && !d.afterBuilding(k)
	}
	for i := s - 1; i >= 0 && i >= s-60 && !t[i+1].sentStart && !t[i+1].newline; i-- {
		if town(i) {
			return true
		}
	}
	for i := j; i < len(t) && i < j+40 && !t[i].sentStart && !t[i].newline; i++ {
		if town(i) {
			return true
		}
	}
	return false
}

// afterBuilding: the mention k stands after "in" or "at" and a noun of a
// building or a home (buildingNouns): "hotels in Tarvo".
func (d *doc) afterBuilding(k int) bool {
	m, t := d.mentions[k], d.toks
	return m.s >= 2 && (t[m.s-1].text == "in" || t[m.s-1].text == "at") && buildingNouns.has(strings.ToLower(t[m.s-2].text))
}
