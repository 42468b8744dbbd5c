package extract

// Round 36 (r36recall): names no rule read at all, adopted only where the
// development gold, counted whole, says the shape is a name with one label.
// A word of a place's shape joined by "and" or "or" to a town or a country
// is one too (coordinatedTown); two name words after "at" with nothing
// read in them are a site (atSite).

// r36recallPost reads the text's joints once: "and" and "or" for
// coordinatedTown, "at" for atSite.
func (d *doc) r36recallPost() {
	var starts, ends tokMap
	for b, tk := range d.toks {
		switch tk.text {
		case "and", "or":
			if !d.coordinatedJoint(b) {
				continue
			}
			if starts == nil {
				starts, ends = d.mentionsByStart(), d.mentionsByEnd()
				defer d.done(starts)
				defer d.done(ends)
			}
			d.coordinatedTown(b, starts, ends)
		case "at":
			d.atSite(b)
		}
	}
}

// coordinatedJoint: "and" or "or" at b has a bare name on one side only
// (the cheap check, before the mentions' maps are made and coordinatedTown
// is asked).
func (d *doc) coordinatedJoint(b int) bool {
	t := d.toks
	return b >= 1 && b+1 < len(t) && !t[b].newline && !t[b+1].newline && d.isName(b-1) != d.isName(b+1)
}

// coordinatedTown: "from Tarvo and Kesselby", "Orvik or Lindhaven
// signed": a word no rule read, of a place's shape (unreadTown), joined by
// "and" or "or" at b to a mention read as a GPE, is a GPE too. The other
// side must be a whole mention ending or starting at the joint, so a list
// of people or firms that holds a town further off is left, and no owner
// ("led by Kessel and Tarvia's Orvane Power" joins a firm to a country's
// firm), nor a list that holds a firm or a person before
// (mixedListBefore).
func (d *doc) coordinatedTown(b int, starts, ends tokMap) {
	if d.isName(b + 1) {
		if k, ok := ends.get(b); ok && d.mentions[k].label == "GPE" && !d.mixedListBefore(d.mentions[k].s, ends) && d.unreadTown(b+1) {
			d.add(b+1, b+2, "GPE", "")
		}
	} else if k, ok := starts.get(b + 1); ok && d.mentions[k].label == "GPE" && !d.ownerAt(d.mentions[k].e) && !d.mixedListBefore(b-1, ends) && d.unreadTown(b-1) {
		d.add(b-1, b, "GPE", "")
	}
}

// mixedListBefore: the list item before token s is a mention of another
// kind than a place ("visited Kessel Foods, Tarvo and Oslo"): the list
// mixes things, and its unread word may be a firm as well as a town.
func (d *doc) mixedListBefore(s int, ends tokMap) bool {
	if s < 2 || d.toks[s-1].text != "," {
		return false
	}
	k, ok := ends.get(s - 1)
	return ok && d.mentions[k].label != "GPE" && d.mentions[k].label != "LOC"
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

// atSite: "the deal was signed at Kessel Block", "tourists stay at Grand
// Orvane": two words of a name's shape after "at" (at b) that no rule
// read, with no name word after them, are a site, LOC: a town would be
// listed or read by its context, a body by its head noun, a person by the
// given name. One word is left (a firm's or a town's as often as a
// site's), and so are three or more (a school's or a firm's full name).
func (d *doc) atSite(b int) {
	t := d.toks
	s := b + 1
	if s+1 >= len(t) || t[s].newline || t[s+1].newline || !d.isName(s) || !d.isName(s+1) {
		return // the cheap check
	}
	if e := s + 2; e < len(t) && !t[e].newline && (d.isName(e) || t[e].kind == tkPossessive || t[e].glued && t[e].text == "-") {
		return
	}
	// "Gate B": a designation's letter; "KFB Tarvo": a prefix's initials
	if w, v := t[s].text, t[s+1].text; len(v) < 2 || len(w) <= 3 && allCapitals(w) {
		return
	}
	if d.siteWord(s) && d.siteWord(s+1) {
		d.add(s, s+2, "LOC", "")
	}
}

// siteWord: token i may be a word of a site's name: capitalised, no
// function word, title, demonym or calendar word.
func (d *doc) siteWord(i int) bool {
	w := d.toks[i].text
	return isCapitalised(w) && !functionWords.has(w) && !titleWords.has(w) && !honorifics.has(w) && !d.a.demonyms[w]
}
