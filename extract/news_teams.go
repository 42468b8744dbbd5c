package extract

// cityTeam: a city's name that wins, loses or signs players is its club's:
// "Tarvel beat Orvane 2-0", "lost 1-3 to Tarvel", "lost to Tarvel",
// "drew 1-1 with Tarvel",
// "Tarvel signed the striker". A country's name in a match stays the
// country's (GUIDELINES has no label for national sides).
func (d *doc) cityTeam(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical] || homeNations.has(ps[0].unit.canonical) {
		return false
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	// "beat the Scarlets 31-18": a rugby or basketball score counts in a
	// sports text only (a vote is won 27-13 too)
	score := func(k, n int) bool { return d.scoreWithin(k, n) || d.pointsWithin(k, n) && d.sportText() }
	played := e < len(toks) && resultVerbs.has(toks[e].text) && score(e+1, 6) ||
		s > 0 && resultVerbs.has(toks[s-1].text) && score(e, 2) ||
		s > 1 && toks[s-1].text == "to" && (resultVerbs.has(toks[s-2].text) || s > 4 && d.scoreAt(s-4)) ||
		s > 1 && toks[s-1].text == "with" && (toks[s-2].text == "drew" || s > 4 && d.scoreAt(s-4)) ||
		d.signedPlayer(e)
	if !played {
		return false
	}
	d.add(s, e, "ORG", "")
	return true
}

// pointsWithin reports a score of up to three digits a side ("31-18",
// "102–99") in the n tokens from k.
func (d *doc) pointsWithin(k, n int) bool {
	toks := d.toks
	points := func(w string) bool { return len(w) <= 3 && isNumber(w) }
	for j := k; j+2 < len(toks) && j < k+n && !toks[j].sentStart; j++ {
		if points(toks[j].text) && toks[j+1].glued && toks[j+2].glued && (toks[j+1].text == "-" || toks[j+1].text == "–") && points(toks[j+2].text) {
			return true
		}
	}
	return false
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
