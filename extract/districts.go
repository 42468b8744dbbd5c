package extract

import "slices"

// innerPlaces: places no list holds, found by a preposition or a list,
// that lie in a city the text names next ("yards in Govan and Scotstoun in
// Glasgow") or that a neighbourhood's noun follows ("in Tarvo and Ilk
// suburbs") are parts of a city, LOC: GUIDELINES' GPE is a country, state,
// province or city (a lone name before such a noun is read in
// news_places.go).
func (d *doc) innerPlaces() {
	byStart := d.mentionsByStart()
	defer d.done(byStart)
	guessed := func(k int) bool {
		m := d.mentions[k]
		if m.label != "GPE" || m.reviewed || m.canonical != "" {
			return false
		}
		u, ok := d.unitAt(m.s)
		return !ok || u.end != m.e
	}
	// each list is walked once, from its first name on, so a long list
	// costs its length
	var firsts []int
	for k := range d.mentions {
		if guessed(k) {
			firsts = append(firsts, k)
		}
	}
	slices.SortFunc(firsts, func(a, b int) int { return d.mentions[a].s - d.mentions[b].s })
	inRun := map[int]bool{}
	for _, k := range firsts {
		if inRun[k] {
			continue
		}
		run := []int{k}
		j := d.mentions[k].e
		for {
			n := j // ", X", "and X", ", and X"
			for n < len(d.toks) && (d.toks[n].text == "," || d.toks[n].text == "and" || d.toks[n].text == "or") && !d.toks[n].newline {
				n++
			}
			next, ok := byStart.get(n)
			if n == j || !ok || !guessed(next) {
				break
			}
			run = append(run, next)
			inRun[next] = true
			j = d.mentions[next].e
		}
		if d.inCity(j) || d.districtNounAt(j) {
			for _, r := range run {
				d.mentions[r].label = "LOC"
			}
		}
	}
}

// inCity: "in" and a city of the lists at token j.
func (d *doc) inCity(j int) bool {
	if j+1 >= len(d.toks) || d.toks[j].text != "in" || d.toks[j+1].newline {
		return false
	}
	u, ok := d.unitAt(j + 1)
	return ok && u.label == "GPE" && d.a.cities[u.canonical]
}

// districtNounAt: a neighbourhood's noun at token j ("suburbs").
func (d *doc) districtNounAt(j int) bool {
	return j < len(d.toks) && neighbourhoodNouns.has(d.toks[j].text) && !d.toks[j].newline
}
