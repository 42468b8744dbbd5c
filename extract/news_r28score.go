package extract

// scorerLists: a sports text's line of scorers or figures, each a family
// name and a number ("Tarvo 24, Kessel 19, Morrow-Hale 18, Ilk 11";
// cricket's "Brandt 104, Orvik 66; Lumas 5-87"; "Ervine 72*"), names a
// person in every item once one of its names is a person's and none of them
// anything else: most players are known by their family name alone, which
// no list holds. A side's line-up ("Tarvo; Kessel, Morrow, Ilk; Lumas,
// Brandt") is such a line without numbers: six names or more, half of them
// people's already. A line of teams' scores or a league table ("Tarvo 2,
// Kessel 1"; "Ilk City 24, Orvane 22") has clubs or places among its names,
// or no person, and is left alone.
func (d *doc) scorerLists() {
	if !d.speaksOfSport() {
		return
	}
	t := d.toks
	var byStart tokMap
	for i := 0; i < len(t); {
		items, numbered := d.scorerItems(i)
		if len(items) < 3 || !numbered && len(items) < 6 {
			i++
			continue
		}
		i = items[len(items)-1][1]
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		people, other := 0, false
		for _, it := range items {
			if k, ok := byStart.get(it[0]); ok && d.mentions[k].e == it[1] && d.mentions[k].label == "PERSON" {
				people++
			} else if !d.free(it[0], it[1]) {
				other = true // a club's, a place's name: no line of scorers
			}
		}
		if people == 0 || other || !numbered && 2*people < len(items) {
			continue
		}
		for _, it := range items {
			d.add(it[0], it[1], "PERSON", "")
		}
	}
}

// scorerItems reads the items of a line of scorers from token i: a name
// of one capitalised word, or words joined by hyphens, then a number
// (with a bowler's "-87" or a not-out "*") or none, then "," or ";" before
// the next item, all on one line. It returns each item's name as [start,
// end), and whether every item had its number.
func (d *doc) scorerItems(i int) (items [][2]int, numbered bool) {
	t := d.toks
	numbered = true
	for {
		s := i
		if s >= len(t) || t[s].kind != tkWord || !isCapitalised(t[s].text) || allCapitals(t[s].text) && len(t[s].text) > 1 || len(items) > 0 && t[s].newline {
			return items, numbered
		}
		e := s + 1
		for e+1 < len(t) && t[e].text == "-" && t[e].glued && t[e+1].glued && isCapitalised(t[e+1].text) {
			e += 2
		}
		n := e
		if n < len(t) && allDigits(t[n].text) && len(t[n].text) <= 3 && !t[n].newline {
			n++
			if n+1 < len(t) && t[n].text == "-" && t[n].glued && allDigits(t[n+1].text) {
				n += 2
			}
			if n < len(t) && t[n].text == "*" && t[n].glued {
				n++
			}
		} else {
			numbered = false
		}
		items = append(items, [2]int{s, e})
		if n+1 >= len(t) || t[n].text != "," && t[n].text != ";" || t[n+1].newline {
			return items, numbered
		}
		i = n + 1
	}
}
