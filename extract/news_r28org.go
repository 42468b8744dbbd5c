package extract

// Round 28 (r28org): organisations' names that trawl cut or split: a
// Spanish or Portuguese club named with its particle in a sports text
// ("the Tigres de Kessel", "Indios del Tarvo").

// deClub: "the Tigres de Kessel beat the Indios del Tarvo": in a sports
// text, a plural word or a listed club's name, a Spanish or Portuguese
// particle and a place or a name no list knows are one club's name, ORG
// whole, before the particle reads a town ("Lomas de Zamora") or splits the
// name in two. A given name first is a person's ("Luis de Kessel").
func (d *doc) deClub(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 5 || ps[0].conn || !ps[1].conn || ps[n-1].conn || ps[0].e-ps[0].s != 1 {
		return false
	}
	toks := d.toks
	first := toks[ps[0].s].text
	if u := ps[0].unit; u != nil && u.label != "ORG" || u == nil && (!isCapitalised(first) || allCapitals(first) || len(first) < 4 || first[len(first)-1] != 's' || d.a.givenNames[first] || d.commonWord(first)) {
		return false
	}
	// the particle, "del", "de los", and then the name: a place or a name
	// no list knows, no second connector
	k := 1
	for k < n && ps[k].conn {
		if !placeParticles.has(toks[ps[k].s].text) {
			return false
		}
		k++
	}
	if k == n || n-k > 2 || hasConn(ps[k:]) {
		return false
	}
	for _, p := range ps[k:] {
		if u := p.unit; u != nil && u.label != "GPE" && u.label != "LOC" && u.label != "ORG" || u == nil && !isCapitalised(toks[p.s].text) {
			return false
		}
	}
	if !d.speaksOfSport() {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}
