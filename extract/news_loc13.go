package extract

// Round 13 (loc13): places in general news read by their short forms and
// by the buildings and grounds whose names open or end in a common word.

// shortFormPlace: a place's common short form after "the" in lower case
// is the place, LOC, when no "of" or name follows it: "investors in Asia
// and the Gulf", "Barclays surprised the City", "lawmakers returned to the
// Capitol". "the City of Tarvo" (a council), "the Gulf Coast", "the Gulf
// states" (regionStates) and "the City class" are left to the other rules.
func (d *doc) shortFormPlace(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || !shortPlaceForms.has(d.toks[ps[0].s].text) {
		return false
	}
	s, e := ps[0].s, ps[0].e
	if s == 0 || d.toks[s-1].text != "the" {
		return false
	}
	if e < len(d.toks) && !d.toks[e].newline {
		// "the City class": a ship class's name, no place
		if n := d.toks[e].text; n == "of" || n == "class" || n == "states" || n == "-" || isCapitalised(n) {
			return false
		}
	}
	d.add(s, e, "LOC", "")
	return true
}

// openedSite: a building's head opening a name and joined to the rest by
// "for", "de" or "of", after "the", is the building, LOC: "treated at the
// Hospital for Tropical Diseases", "the Hospital de Clínicas".
func (d *doc) openedSite(ps []piece) bool {
	if len(ps) < 3 || ps[0].unit != nil || !openingSiteHeads.has(d.toks[ps[0].s].text) {
		return false
	}
	s := ps[0].s
	if s == 0 || d.toks[s-1].text != "the" || !siteOpeningLinks.has(d.toks[ps[1].s].text) {
		return false
	}
	// the name ends at its next connector that is no link of a name:
	// "the Hospital for Special Care in Tarvo"
	k := 2
	for k < len(ps) && !(ps[k].conn && !siteOpeningLinks.has(d.toks[ps[k].s].text)) {
		k++
	}
	if k == 2 {
		return false
	}
	d.add(s, ps[k-1].e, "LOC", "")
	if k+1 < len(ps) {
		d.classify(ps[k+1:])
	}
	return true
}

// groundClub: a sports ground named as a club ("Tarvo Sports Club",
// "Kessel Country Club") after "at" is where a match is played, LOC:
// "won by 79 runs at Tarvo Sports Club on Monday".
func (d *doc) groundClub(ps []piece) bool {
	n := len(ps)
	if n < 3 || d.word(ps[n-1]) != "Club" || !groundClubWords.has(d.word(ps[n-2])) {
		return false
	}
	s := ps[0].s
	if s == 0 || d.toks[s-1].text != "at" {
		return false
	}
	d.add(s, ps[n-1].e, "LOC", "")
	return true
}

// postedAt: a place guessed from context (no list's) after "at" and a
// word of posting or training, or a unit's noun, is the base, LOC:
// "troops stationed at Kessel", "pilots began training at Tarvo", "No. 5
// Squadron at Orvane". A listed town keeps its label, and so does a name
// after "in" ("training in Houston"); "based at" and "trained at" are
// left alone (a ship is based at a port town as often; "Marines trained
// at Quantico" keeps the town, news_ency1_test.go).
func (d *doc) postedAt() {
	t := d.toks
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || m.s < 2 || t[m.s-1].text != "at" || !postingWords.has(t[m.s-2].text) || d.partCandidate(k) != partGuessed {
			continue
		}
		d.mentions[k].label, d.mentions[k].canonical = "LOC", ""
	}
}

// cityDistrictList: in a story set in one city (storyCity), the names
// listed after "districts" and its link are the city's districts, LOC:
// "homes in districts such as Tarvo and Ilk", "the northern districts of
// Kessel and Orvane". Elsewhere a district is as often a country's unit
// (GPE), and keeps its label.
func (d *doc) cityDistrictList() {
	if !d.seenLower("Districts") {
		return
	}
	var byStart tokMap
	for k := range d.positions("districts") {
		p := d.partListStart(k)
		if p <= 0 {
			continue
		}
		if byStart == nil {
			if _, ok := d.storyCity(); !ok {
				return
			}
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		d.partList(p, "LOC", byStart)
	}
}

// wayRoad: a name ending in "Way" after a preposition of streets is a
// road, LOC, even when a person's name opens it: "protesters on Tarvo
// Brandt Way", "a crash along Kessel Way". "Way" alone ends few other
// names, but a body may ("the United Way"), hence the preposition.
func (d *doc) wayRoad(ps []piece) bool {
	n := len(ps)
	if n < 2 || d.word(ps[n-1]) != "Way" || hasConn(ps) || hasUnit(ps[n-1:]) {
		return false
	}
	s := ps[0].s
	// "on Tarvo Way and Kessel Brandt Way": the second of a pair
	pair := s >= 2 && (d.toks[s-1].text == "and" || d.toks[s-1].text == ",") && d.toks[s-2].text == "Way"
	if s == 0 || !wayPrepositions.has(d.toks[s-1].text) && !pair {
		return false
	}
	d.add(s, ps[n-1].e, "LOC", "")
	return true
}

// listPartApposition: a list of places guessed from context or listed as
// small cities that the text then calls a city's parts in the plural,
// with no article, is those parts, LOC: "turnout was low in Tarvo and
// Ilk, districts where the opposition is strong", "homes in Kessel and
// Orvane, suburbs of Perth".
// partApposition reads one name and its article ("Tarvo, a suburb of").
func (d *doc) listPartApposition() {
	t := d.toks
	var byEnd tokMap
	for k := range d.mentions {
		e := d.mentions[k].e
		if e+2 >= len(t) || t[e].text != "," || !pluralPartNouns.has(t[e+1].text) || !partNounLinks.has(t[e+2].text) || d.partCandidate(k) == partNone {
			continue
		}
		if byEnd == nil {
			byEnd = d.mentionsByEnd()
			defer d.done(byEnd)
		}
		for j := k; ; {
			if d.partCandidate(j) != partNone {
				d.mentions[j].label, d.mentions[j].canonical = "LOC", ""
			}
			s := d.mentions[j].s
			if s < 2 || t[s-1].text != "and" && t[s-1].text != "," {
				break
			}
			n, ok := byEnd.get(s - 1)
			if !ok || d.mentions[n].label != "GPE" && d.mentions[n].label != "LOC" {
				break
			}
			j = n
		}
	}
}
