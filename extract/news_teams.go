package extract

// cityTeam: a city's name that wins, loses or signs players is its club's:
// "Tarvel beat Orvane 2-0", "lost 1-3 to Tarvel", "lost to Tarvel",
// "drew 1-1 with Tarvel",
// "Tarvel signed the striker". A country's name in a match stays the
// country's (GUIDELINES has no label for national sides).
func (d *doc) cityTeam(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical] {
		return false
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	played := e < len(toks) && resultVerbs[toks[e].text] && d.scoreWithin(e+1, 6) ||
		s > 0 && resultVerbs[toks[s-1].text] && d.scoreWithin(e, 2) ||
		s > 1 && toks[s-1].text == "to" && (resultVerbs[toks[s-2].text] || s > 4 && d.scoreAt(s-4)) ||
		s > 1 && toks[s-1].text == "with" && (toks[s-2].text == "drew" || s > 4 && d.scoreAt(s-4)) ||
		d.signedPlayer(e)
	if !played {
		return false
	}
	d.add(s, e, "ORG", "")
	return true
}

// scoreWithin reports a match score ("2-0") in the n tokens from k.
func (d *doc) scoreWithin(k, n int) bool {
	for j := k; j < len(d.toks) && j < k+n && !d.toks[j].sentStart; j++ {
		if d.scoreAt(j) {
			return true
		}
	}
	return false
}
