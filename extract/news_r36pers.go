package extract

// Round 36's rules for names read as people's (r36pers), each adopted on
// its precision over the whole development gold.

var lonePlaceMoves36 = unionOf(throughPrepositions, cue("lonePlaceMoves36"))

// r36persPost runs round 36's passes for people's names.
func (d *doc) r36persPost() {
	d.movePrepositionPlaces()
	d.articlePersons()
}

// movePrepositionPlaces: one name word read as a person's right after "on",
// "from", "to", "through" and their kin ("a ferry to Tarvo",
// "vents on Orvane", "jets from Kessel") is almost never a person's in the
// gold; nor are the names listed after it. Unlisted, it is a town as often
// as a site or an island, so no label fits: the reading is dropped. In a
// text of sport, or with a person's own evidence (a listed given name, a
// verb before "to" that a person follows, a scorer's mark in brackets, a
// possessive, a title, a role, a verb of saying, the surname given someone
// else: "lost to Brandt", where the text names Ilse Brandt), the person
// stays, as older rounds read them.
func (d *doc) movePrepositionPlaces() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.e-m.s != 1 || m.s < 1 || t[m.s].newline || !lonePlaceMoves36.has(t[m.s-1].text) {
			continue // the cheap check
		}
		if p := t[m.s-1].text; p == "to" && m.s > 1 && toPersonVerbs.has(t[m.s-2].text) || d.a.givenNames.has(t[m.s].text) || m.e < len(t) && t[m.e].text == "(" || !d.placeShapedPerson(k) {
			continue // "lost to Brandt", "a card to Marian", "from Brandt (pen)"
		}
		if d.speaksOfSport() {
			break // "a penalty from Brandt": a player
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		d.placeChain(k, byStart, func(k int) {
			if !d.a.givenNames.has(t[d.mentions[k].s].text) {
				drop.add(k) // "on Kaleiwa and Anna": Anna stays
			}
		})
	}
	d.dropMentions(drop)
}

// articlePersons: a name read as a person's right after a lower-case
// "the" ("the Tarvo Barrage", "at the Kessel Orvane yard", "over the
// Orvane-el-Tarvo") is no person's: the gold never writes an article
// before one. Its label is unknown, so it is dropped, unless the text gives
// its last word to someone else ("the Brandt government", where Ilse Brandt
// is named), a listed given name opens it ("the Ana Kessel case") or a
// leader's noun follows ("the Halvik administration").
func (d *doc) articlePersons() {
	t := d.toks
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.s < 1 || t[m.s-1].text != "the" || t[m.s].newline {
			continue // the cheap check
		}
		if m.reviewed || titleWords.has(t[m.s].text) || d.a.givenNames.has(t[m.s].text) || m.e < len(t) && leaderNouns.has(t[m.e].text) || d.personElsewhere(m.s, m.e) {
			continue // "the Ana Kessel case", "the Brandt administration"
		}
		drop.add(k)
	}
	d.dropMentions(drop)
}
