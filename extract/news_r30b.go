package extract

// Round 30 (r30b): organisation names cut in two or read as a person's.
// Two organisations' names side by side with only a space between them are
// one name (joinAdjacent); a name read as a person's from its shape that
// "which" refers back to is a body's (whichBody).

// absorb extends mention k over mention j, which drop then holds for
// dropMentions.
func (d *doc) absorb(k, j int, drop dropSet) dropSet {
	d.mentions[k].e, d.mentions[k].canonical = d.mentions[j].e, ""
	drop.add(j)
	return drop
}

// joinAdjacent: two mentions of label on one line with one space and
// nothing else between them are one name, of at most most words (0: any).
// English joins two bodies with "and", a comma or a slash, never with a
// bare space ("the Tarvo Orvik joint venture", "Kessel Dynamics Morrow"
// are one organisation's), and parts two people with "and" or a comma
// ("said Abdi Hassan Orvik" read as "Abdi" and "Hassan Orvik" is one
// person, news_r31pers.go).
func (d *doc) joinAdjacent(label string, most int) {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != label || m.e >= len(t) || m.reviewed || t[m.e].glued || t[m.e].newline || t[m.e].start != t[m.e-1].end+1 {
			continue // the cheap check
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		j, ok := byStart.get(m.e)
		if !ok || drop[j] || drop[k] || d.mentions[j].label != label || d.mentions[j].reviewed || most > 0 && d.mentions[j].e-m.s > most {
			continue
		}
		drop = d.absorb(k, j, drop)
	}
	d.dropMentions(drop)
}

// whichBody: "Kessel Water, which buys the town's water", "repairs are done
// by Tarvo Tehnika, which opened a hangar": a name read as a person's from
// its shape, then a comma and "which", is a body's, ORG: English refers
// back to a person with "who". A person's evidence around the name or for
// a name of the same last word elsewhere (namedPersonElsewhere: "Anna
// Kessel said") and a title before it keep the person ("a report by Anna
// Kessel, which ..." where "which" is the report's).
func (d *doc) whichBody() {
	t := d.toks
	var named map[string]personEvidence
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "PERSON" || m.e+1 >= len(t) || t[m.e].text != "," || t[m.e+1].text != "which" {
			continue // the cheap check
		}
		if m.reviewed || titleWords.has(t[m.s].text) || d.a.givenNames.has(t[m.s].text) || d.personContext(m.s, m.e) {
			continue
		}
		if named == nil {
			named = d.peopleByLastWord()
		}
		if d.namedPersonElsewhere(k, named) {
			continue
		}
		d.mentions[k].label, d.mentions[k].canonical = "ORG", ""
	}
}
