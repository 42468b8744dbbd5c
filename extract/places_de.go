package extract

import "slices"

// dePlace reads a Spanish, Portuguese or French place's name joined by its
// particle ("Lomas de Zamora", "Santiago de Compostela", "Vila Nova de
// Gaia", "Aix-en-Provence" aside): a listed place or an unknown name, the
// particle, then a listed place or an unknown name, is one town, not two
// places nor an organisation. A given name first is a person's ("Luis de
// Guindos") unless a list knows it as a place and nothing in the text says
// person ("Santiago de Chile"); a body's first word ("Banco de España",
// "Universidad de Chile") is read by the organisation rules.
func (d *doc) dePlace(ps []piece) bool {
	if !d.isDePlace(ps) {
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "GPE", "")
}

// isDePlace: ps is such a town's name (see dePlace).
func (d *doc) isDePlace(ps []piece) bool {
	if len(ps) < 3 || len(ps) > 5 {
		return false
	}
	conn := 0
	for i, p := range ps {
		switch {
		case p.conn:
			if i == 0 || i == len(ps)-1 || !placeParticles.has(d.toks[p.s].text) {
				return false
			}
			conn++
		case p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC":
			return false
		}
	}
	if conn == 0 || conn > 2 {
		return false
	}
	first := ps[0]
	w := d.word(first)
	placeFirst := first.unit != nil && first.unit.label == "GPE"
	s, e := first.s, ps[len(ps)-1].e
	if orgStarts.has(w) || foreignBodyStarts.has(w) || titleWords.has(w) || d.personContext(s, e) ||
		d.a.givenNames.has(w) && !placeFirst || d.afterHonorific(s) {
		return false
	}
	// the name after the particle: a listed place, or an unknown name
	last := ps[len(ps)-1]
	return last.unit != nil || !d.a.givenNames.has(d.word(last)) && (d.a.uncommon(d.word(last)) || d.a.surnames.has(d.word(last)))
}

// inDePlace: the connector p of ps joins such a town's name, which a split
// at connectors must leave whole ("La Matanza and Lomas de Zamora").
func (d *doc) inDePlace(ps []piece, p piece) bool {
	if !placeParticles.has(d.toks[p.s].text) {
		return false
	}
	i := slices.IndexFunc(ps, func(q piece) bool { return q.s == p.s })
	lo, hi := i, i
	for lo > 0 && (!ps[lo-1].conn || placeParticles.has(d.toks[ps[lo-1].s].text)) {
		lo--
	}
	for hi+1 < len(ps) && (!ps[hi+1].conn || placeParticles.has(d.toks[ps[hi+1].s].text)) {
		hi++
	}
	return d.isDePlace(ps[lo : hi+1])
}
