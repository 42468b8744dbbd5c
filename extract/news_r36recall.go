package extract

// Round 36 (r36recall): names no rule read at all, adopted only where the
// development gold, counted whole, says the shape is a name with one label.
// A word of a place's shape joined by "and" or "or" to a town or a country
// is one too (coordinatedTowns); two name words after "at" with nothing
// read in them are a site (atSites).

// coordinatedTowns: "from Tarvo and Kesselby", "Orvik or Lindhaven
// signed": a word no rule read, of a place's shape (placeCandidate: a
// given name or no English word, no name after it, no person's context),
// joined by "and" or "or" to a mention read as a GPE, is a GPE too. The
// other side must be a whole mention ending or starting at the joint, so a
// list of people or firms that holds a town further off is left, and no
// owner ("led by Kessel and Tarvia's Orvane Power" joins a firm to a
// country's firm).
func (d *doc) coordinatedTowns() {
	var starts, ends tokMap
	t := d.toks
	for _, w := range [2]string{"and", "or"} {
		for b := range d.positions(w) {
			if b < 1 || b+1 >= len(t) || t[b].newline || t[b+1].newline {
				continue // the cheap check
			}
			left, right := d.isName(b-1), d.isName(b+1)
			if left == right {
				continue // both sides read, or neither side a bare name
			}
			if starts == nil {
				starts, ends = d.mentionsByStart(), d.mentionsByEnd()
				defer d.done(starts)
				defer d.done(ends)
			}
			if right {
				if k, ok := ends.get(b); ok && d.mentions[k].label == "GPE" && d.unreadTown(b+1) {
					d.add(b+1, b+2, "GPE", "")
				}
			} else if k, ok := starts.get(b + 1); ok && d.mentions[k].label == "GPE" && !d.ownerAt(d.mentions[k].e) && d.unreadTown(b-1) {
				d.add(b-1, b, "GPE", "")
			}
		}
	}
}

// unreadTown: token i is one word of a place's shape that stands alone:
// not a sentence's first word, no demonym ("Kessel and Tarvish crews"), and
// no last word of a longer name: a capitalised word or a Romance particle
// before it ("President Ana Kessel and Tarvia's envoy", "Pointe aux Tarves
// and Orvik") makes it part of one.
func (d *doc) unreadTown(i int) bool {
	t := d.toks[i]
	if t.sentStart || d.a.demonyms[t.text] {
		return false
	}
	if p := d.toks[i-1]; !t.newline && p.kind == tkWord && (isCapitalised(p.text) && !(p.sentStart && functionWords.has(p.text)) || placeJoins35.has(p.text) || nameParticles.has(p.text)) {
		return false
	}
	if d.placeCandidate(i) {
		return true
	}
	// an English word too ("Limerick and Cork", "Bridgend or Neath"),
	// when the text never writes it in lower case and no name, owner, verb
	// or person's context follows
	n := i + 1
	if n >= len(d.toks) || !d.isName(i) || t.glued || d.seenLower(t.text) {
		return false
	}
	if nx := d.toks[n]; !nx.newline && (nx.kind == tkWord && isCapitalised(nx.text) || nx.kind == tkPossessive || auxiliaryVerbs.has(nx.text) || personVerbs.has(nx.text)) {
		return false
	}
	return !d.personContext(i, n)
}

// atSites: "the deal was signed at Kessel Block", "tourists stay at Grand
// Orvane": two words of a name's shape after "at" that no rule read, with
// no name word after them, are a site, LOC: a town would be listed or read
// by its context, a body by its head noun, a person by the given name. One
// word is left (a firm's or a town's as often as a site's), and so are
// three or more (a school's or a firm's full name).
func (d *doc) atSites() {
	t := d.toks
	for b := range d.positions("at") {
		s := b + 1
		if s+1 >= len(t) || t[s].newline || t[s+1].newline || !d.isName(s) || !d.isName(s+1) {
			continue // the cheap check
		}
		if e := s + 2; e < len(t) && !t[e].newline && (d.isName(e) || t[e].kind == tkPossessive || t[e].glued && t[e].text == "-") {
			continue
		}
		if !d.siteWord(s) || !d.siteWord(s+1) {
			continue
		}
		d.add(s, s+2, "LOC", "")
	}
}

// siteWord: token i may be a word of a site's name: capitalised, no
// function word, title, demonym or calendar word.
func (d *doc) siteWord(i int) bool {
	w := d.toks[i].text
	return isCapitalised(w) && !functionWords.has(w) && !titleWords.has(w) && !honorifics.has(w) && !d.a.demonyms[w]
}
