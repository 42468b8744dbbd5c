package extract

// Round 35 (r35miss): names no rule read at all. A word no list holds in
// "between A and B" beside a place or after a route's noun is a town too
// (betweenUnread); the sides of a results line ("TARVO 3, KESSEL 2") are
// clubs (scoreLineSide); a word of a name's shape before a town's office
// and its holder's name is the town (townOfficeTowns); in a text of
// islands, such a word after "on" is an island (unreadIsland).

var townOffices35 = cue("townOffices35")

// townOfficeTowns: "Tarvoby Mayor Ana Brandt", "while Orvanby councillor
// Ola Lind said": a word no rule read, no English word (uncommon), just
// before a town's office and the name of the person who holds it is the
// town, GPE. A word of the language there is the office's ("Lord Mayor",
// "Deputy Mayor", "Independent councillor"); a name of two words before
// the office is left, as its first word may be a person's or a body's.
func (d *doc) townOfficeTowns() {
	t := d.toks
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.s < 2 || !townOffices35.has(t[m.s-1].text) {
			continue // the cheap check
		}
		i := m.s - 2
		if t[m.s].newline || t[m.s-1].newline || !d.a.uncommon(t[i].text) || !d.isName(i) {
			continue
		}
		if i > 0 && !t[i].newline && !t[i].sentStart && t[i-1].kind == tkWord && isCapitalised(t[i-1].text) {
			continue
		}
		d.add(i, i+1, "GPE", "")
	}
}

// scoreLineSide: "TARVO 3, KESSEL UNITED 2", "Orvane 118, Kessel 112": a
// line of two names, each with a score of up to three digits, the two
// joined by a comma, is a results line, and each name a club, ORG; a
// nickname that is an English word ("THUNDER") too. A country's name
// stays the country's, as in goalsBehindsSide.
func (d *doc) scoreLineSide(ps []piece) bool {
	n := len(ps)
	if n > 3 {
		return false
	}
	t := d.toks
	s, e := ps[0].s, ps[n-1].e
	if e >= len(t) || t[e].newline || !score(t[e].text) || ps[0].unit != nil && d.a.countries[ps[0].unit.canonical] {
		return false
	}
	if s == 0 || t[s].newline {
		// the line's first side: the other's name and score end the line
		if e+3 >= len(t) || t[e+1].text != "," {
			return false
		}
		k := e + 2
		for k < len(t) && k < e+5 && t[k].kind == tkWord && isCapitalised(t[k].text) && !t[k].newline {
			k++
		}
		return k > e+2 && k < len(t) && score(t[k].text) && !t[k].newline && d.lineEndsAt(k+1) && d.add(s, e, "ORG", "")
	}
	// the line's second side: the first's name and score open the line
	if !d.lineEndsAt(e+1) || s < 3 || t[s-1].text != "," || !score(t[s-2].text) {
		return false
	}
	k := s - 3
	for k > s-5 && k > 0 && !t[k].newline && t[k-1].kind == tkWord && isCapitalised(t[k-1].text) {
		k--
	}
	return t[k].kind == tkWord && isCapitalised(t[k].text) && (k == 0 || t[k].newline) && d.add(s, e, "ORG", "")
}

// score: a game's score, a number of up to three digits.
func score(w string) bool { return len(w) <= 3 && isNumber(w) }

// lineEndsAt: token i opens a new line, or the text has ended.
func (d *doc) lineEndsAt(i int) bool { return i >= len(d.toks) || d.toks[i].newline }

// betweenUnread: "the road between Tarvo and Kesselby", "the M4 between
// Orvik and Lindhaven", "flights between Kessel and Tarvo": in "between A
// and B" a word no rule read, of a name's shape, a given name or no
// English word (placeCandidate), is a place when the other side is a place's mention
// (its label, so two islands stay LOC) or a route stands before "between"
// (routeBefore; then GPE). betweenPlaces reads the same pairs when a name
// there was read as a person's; here a side was read as nothing. Two
// unread words with no route before ("talks between Tarvo and Kessel")
// may be firms or people and are left.
func (d *doc) betweenUnread() {
	if !d.seenLower("Between") {
		return // the cheap check
	}
	var starts, ends tokMap
	t := d.toks
	for b := range d.positions("between") {
		if b+3 >= len(t) || t[b+1].newline {
			continue
		}
		if starts == nil {
			starts, ends = d.mentionsByStart(), d.mentionsByEnd()
			defer d.done(starts)
			defer d.done(ends)
		}
		// each side: a place's mention (its index) or an unread word (-1)
		var side [2]int
		var at [2]int
		i, ok := b+1, true
		for n := range 2 {
			at[n] = i
			if k, found := starts.get(i); found {
				if l := d.mentions[k].label; l != "GPE" && l != "LOC" {
					ok = false
					break
				}
				side[n], i = k, d.mentions[k].e
			} else if d.placeCandidate(i) {
				side[n], i = -1, i+1
			} else {
				ok = false
				break
			}
			if n == 0 && (i+1 >= len(t) || t[i].text != "and" || t[i+1].newline) {
				ok = false
				break
			}
			i++
		}
		if !ok || side[0] >= 0 && side[1] >= 0 {
			continue
		}
		label := "GPE"
		if k := max(side[0], side[1]); k >= 0 {
			label = d.mentions[k].label
		} else if !d.routeBefore(b, ends) {
			continue
		}
		for n := range 2 {
			if side[n] < 0 {
				d.add(at[n], at[n]+1, label, "")
			}
		}
	}
}

// unreadIsland: "the runway on Tarvosk", "not everyone on Tarvosk
// agrees": in a text of islands (islandPlaces asks), a word after "on"
// that no rule read, of a name's shape and no English word, with no name
// after it (placeCandidate), is an island, as the same word read as a
// place elsewhere would be. A word of the language ("on Thursday", "on
// Hazard") and a name of two words are left, and so is a word after
// "off": a coast's town ("a patrol off Tarvosk") as often as an island.
func (d *doc) unreadIsland(i int) bool {
	return d.toks[i-1].text == "on" && d.a.uncommon(d.toks[i].text) && d.placeCandidate(i)
}
