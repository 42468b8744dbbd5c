package extract

var (
	bodyWatch35  = cue("bodyWatch35")
	pressWords35 = cue("pressWords35")
	pressUnits35 = cue("pressUnits35")
)

// Round 35 (r35extra): mentions where no name stands. A common word
// capitalised where a sentence opens (openingCommonWord), a celestial
// body's name that only qualifies a kind of work ("Earth-observation
// satellite": bodyWork), a body's press office named by its trade alone
// ("Press Office, Ministry of Defence": pressOffice).

// r35extraPost runs the round's passes on the mentions read.
func (d *doc) r35extraPost() {
	d.openingCommonWord()
	d.bodyWork()
	d.pressOffice()
}

// openingCommonWord: "Season tickets will rise", "Coastal batteries
// tracked", "- Coastal radar upgrade": one word read as a name where a
// sentence, a line or a list's item opens, that the lexicon holds and the
// text also writes in lower case, and that a lower-case word follows, is
// the common word capitalised by its place. Before a verb a firm's name
// takes ("Target said", "Shell is"), written capitalised inside a sentence
// elsewhere, or a listed name, it stays a name.
func (d *doc) openingCommonWord() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.e-m.s != 1 || m.e >= len(t) || m.reviewed || !d.opening(m.s) {
			continue // the cheap check
		}
		w := t[m.s].text
		n := m.e
		if t[n].text == "-" && t[n].glued && n+1 < len(t) {
			n++ // "Ground-based"
		}
		if t[n].glued && n == m.e || !isLowerWord(t[n].text) || n == m.e && (auxiliaryVerbs.has(t[n].text) || personVerbs.has(t[n].text) || orgVerbs.has(t[n].text) || companyVerbs.has(t[n].text)) {
			continue // "Target said", "Shell is": a verb a firm's name takes
		}
		if d.a.uncommon(w) || isAllCaps(w) || !d.seenLower(w) {
			continue
		}
		if _, listed := d.a.gaz.lookup(t[m.s:m.e]); listed || d.capitalisedInside(w) {
			continue // a listed name, or its word read as a name elsewhere
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}

// opening: token i opens a sentence, a line or a list's item ("- Coastal
// radar"), where a common word takes a capital.
func (d *doc) opening(i int) bool {
	t := d.toks
	return t[i].sentStart || t[i].newline || i > 0 && t[i-1].text == "-" && t[i-1].newline
}

// capitalisedInside reports whether w stands capitalised past a sentence's
// first word somewhere in the text, alone or ending a name ("the National
// Assembly"), as a name or its short form does; "Kessel Gold Company" is
// no such sign for "Gold".
func (d *doc) capitalisedInside(w string) bool {
	t := d.toks
	for i := range d.positions(w) {
		if !d.opening(i) && (i+1 == len(t) || t[i+1].kind != tkWord || !isCapitalised(t[i+1].text)) {
			return true
		}
	}
	return false
}

// bodyWork: "four Earth-imaging satellites", "a military Earth observation
// satellite": a celestial body's name before a word of watching it
// (bodyWatch35), with a hyphen or a space between, names a kind of work
// that looks at the body, no place; "orbits around the Earth" and "the
// Moon programme" stay places.
func (d *doc) bodyWork() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.e-m.s != 1 || m.e+1 >= len(t) || m.reviewed || !d.a.celestial[t[m.s].text] {
			continue // the cheap check
		}
		n := m.e
		if t[n].text == "-" && t[n].glued {
			n++
		}
		if !bodyWatch35.has(t[n].text) {
			continue
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}

// pressOffice: "Further information: Press Office, Ministry of Defence",
// "Press Service of the Ministry": the press office of a body named after
// it or before, which has no name of its own; "Kessel Press Office" keeps
// its owner's name and stays.
func (d *doc) pressOffice() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.e-m.s != 2 || m.reviewed || !pressUnits35.has(t[m.s+1].text) || !pressWords35.has(t[m.s].text) {
			continue // the cheap check
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}
