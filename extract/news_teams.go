package extract

// cityTeam: a city's name that wins, loses or signs players is its club's:
// "Tarvel beat Orvane 2-0", "lost 1-3 to Tarvel", "lost to Tarvel",
// "drew 1-1 with Tarvel", a result's line "Tarvel 24 Orvane 20",
// "Tarvel signed the striker". A country's name in a match stays the
// country's (GUIDELINES has no label for national sides).
func (d *doc) cityTeam(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical] || homeNations[ps[0].unit.canonical] {
		return false
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	// "beat the Scarlets 31-18": a rugby or basketball score counts in a
	// sports text only (a vote is won 27-13 too)
	score := func(k, n int) bool { return d.scoreWithin(k, n) || d.pointsWithin(k, n) && d.sportText() }
	played := e < len(toks) && resultVerbs[toks[e].text] && score(e+1, 6) || d.resultLine(s, e) ||
		s > 0 && resultVerbs[toks[s-1].text] && score(e, 2) ||
		s > 1 && toks[s-1].text == "to" && (resultVerbs[toks[s-2].text] || s > 4 && d.scoreAt(s-4)) ||
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

// resultLine: tokens [s, e) are one side of a line that holds only a
// result, "Tarvel 24 Orvane 20": two names each with its score.
func (d *doc) resultLine(s, e int) bool {
	toks := d.toks
	first := s == 0 || toks[s].newline
	// the first side: its score, then the other side's name and score
	// end the line; the second: a score and a name before it open the line
	k := e
	if !first {
		if s < 2 || !d.lineScoreAt(s-1) || !d.lineScoreAt(e) || e+1 < len(toks) && !toks[e+1].newline {
			return false
		}
		k = s - 2
		for k > 0 && !toks[k].newline && toks[k].kind == tkWord {
			k--
		}
		return (k == 0 || toks[k].newline) && toks[k].kind == tkWord && s-1-k <= 4
	}
	if !d.lineScoreAt(k) {
		return false
	}
	j := k + 1
	for j < len(toks) && !toks[j].newline && toks[j].kind == tkWord && isCapitalised(toks[j].text) && j-k <= 4 {
		j++
	}
	return j > k+1 && j < len(toks) && !toks[j].newline && d.lineScoreAt(j) && (j+1 == len(toks) || toks[j+1].newline)
}

// oneSenseTeams: in a sports text, a listed place that plays as a club
// once ("Tarvel beat Orvane 2-0", "Tarvel coach Ana Kessel") is the club
// at every mention ("Tarvel closed it out"), one sense per article; a
// country keeps its label, as national sides do.
func (d *doc) oneSenseTeams() {
	var teams map[string]string
	for _, m := range d.mentions {
		if m.label != "ORG" {
			continue
		}
		if u := d.units[m.s]; u != nil && u.end == m.e && u.label == "GPE" {
			if teams == nil {
				teams = map[string]string{}
			}
			teams[d.surface(m.s, m.e)] = m.canonical
		}
	}
	if teams == nil || !d.sportText() {
		return
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.label != "GPE" {
			continue
		}
		if c, ok := teams[d.surface(m.s, m.e)]; ok {
			m.label, m.canonical = "ORG", c
		}
	}
}
