package extract

// Round 29 (r29part): places' kind, a city's part or a town. A name joined
// in a list to a listed part of a city is a part too (listedPartIn, read by
// cityParts); a name read as a works' or a port's site ("the Tarvo port")
// that the text names alone as a place is the town they stand in
// (townWorks); "a suburb of Tarvo" names the city whole (partOfWhole); a
// name before "island" in lower case is the island's (namedIslands).

var (
	townWorksNouns29 = cue("townWorksNouns29")
	townRoutes29     = cue("townRoutes29")
	islandNouns29    = cue("islandNouns29")
)

// listedPartIn: a mention of the run is a listed part of a city (a
// district, a ward, a suburb: city_parts.yaml), so the places guessed from
// context listed with it are parts of the same city: "homes in Tarvo and
// Kessel Side" where Kessel Side is a listed district.
func (d *doc) listedPartIn(run []int) bool {
	if len(run) < 2 {
		return false
	}
	for _, r := range run {
		m := d.mentions[r]
		if m.label != "LOC" {
			continue
		}
		if u, ok := d.unitAt(m.s); ok && u.end == m.e && d.a.cityPartNames[u.canonical] {
			return true
		}
	}
	return false
}

// townWorks: a name between "the", "its" or an owner's "'s" and a works'
// or a port's noun is read as the site's, LOC (kindNounSite), and every
// mention of the name follows it; where the text names it alone as where
// goods or people go from or to ("ore from Tarvo", "the line between Tarvo
// and Kessel") it is the town the works stand in, GPE, in each mention.
// "Emissions at Tarvo" names the works: the site's LOC stays.
func (d *doc) townWorks() {
	t := d.toks
	var names map[string]bool
	for _, m := range d.mentions {
		if m.label != "LOC" || m.reviewed || m.s == 0 || m.e >= len(t) || m.e-m.s > 2 || !townWorksNouns29.has(t[m.e].text) {
			continue // the cheap check
		}
		if p := t[m.s-1]; p.kind != tkPossessive && p.text != "its" && p.text != "the" && p.text != "The" {
			continue
		}
		if _, listed := d.unitAt(m.s); listed {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[d.surface(m.s, m.e)] = false
	}
	if names == nil {
		return
	}
	for _, m := range d.mentions {
		name := d.surface(m.s, m.e)
		if _, ok := names[name]; !ok || m.label != "LOC" || m.s == 0 {
			continue
		}
		if m.e < len(t) && (townWorksNouns29.has(t[m.e].text) || siteKindNouns.has(t[m.e].text) || portNouns.has(t[m.e].text)) {
			continue
		}
		if townRoutes29.has(t[m.s-1].text) {
			names[name] = true
		}
	}
	for k, m := range d.mentions {
		if m.label == "LOC" && names[d.surface(m.s, m.e)] {
			d.mentions[k].label, d.mentions[k].canonical = "GPE", ""
		}
	}
}

// partOfWhole: the kind noun at k is one part named by "a" before it (a
// few words in lower case may stand between) and "of" after it, so the
// name after is the whole the part lies in: "Tarvo, a poor suburb of
// Kessel" (Kessel the city), not "the suburbs of Tarvo and Ilk" nor "the
// suburb of Tarvo" (the parts).
func (d *doc) partOfWhole(k int) bool {
	t := d.toks
	if k+1 >= len(t) || t[k+1].text != "of" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !t[j].newline; j-- {
		if w := t[j].text; w == "a" || w == "an" {
			return true
		} else if t[j].kind != tkWord || isCapitalised(w) {
			return false
		}
	}
	return false
}

// namedIslands: a name before "island", "isle" or "atoll" in lower case
// names the island, LOC: "the defence of Tarvo island", "crowds camped on
// Kessel isle". A place guessed from context is taken back, and a lone
// unknown word no rule read is added; a listed place keeps its label (a
// city named for its island: "the yard on Orvanis island").
func (d *doc) namedIslands() {
	t := d.toks
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || m.e >= len(t) || t[m.e].newline || !islandNouns29.has(t[m.e].text) {
			continue // the cheap check
		}
		if d.partCandidate(k) == partGuessed {
			d.mentions[k].label, d.mentions[k].canonical = "LOC", ""
		}
	}
	for w := range islandNouns29.all() {
		if !d.textLower()[w] {
			continue // most texts name no island so
		}
		for i := range d.positions(w) {
			if i < 1 || t[i].newline || t[i-1].sentStart || !d.isName(i-1) || d.isName(i-2) || !d.a.uncommon(t[i-1].text) {
				continue
			}
			if _, listed := d.unitAt(i - 1); !listed {
				d.add(i-1, i, "LOC", "")
			}
		}
	}
}
