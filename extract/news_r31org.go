package extract

// Round 31 (r31org): organisations' names cut at "and" or at a sentence's
// opening word, and towns read as organisations. A town named as where a
// works stands ("the Kessel plant in Tarvoul") stays a town where the text
// names it alone again ("workers at Tarvoul") (worksTowns); a body named
// for two trades or two towns joined by "and" is one body ("the Kessel
// Corps Centre and School", "councils such as Tarvo City and Orvane")
// (andBodies); a plural common noun opening a sentence and a company's
// name after it ("Airports Tarvonia Limited said") are one name
// (commonStartCompany); a manager of assets, debt or funds is named by its
// trade's two words last ("Kessel Horizon Asset Management") (managerName,
// as a chunk: news_r19misc.go's fundManager mends a person's reading after).
// cues.txt's orgHeads take "Sciences", "Chamber" and "Housing" ("Brisk
// Sciences", "the Kessel Tarvonia Regional Chamber", "Tarvo Community
// Housing") and parties' plurals ("the Tarvo Unionists", "Greens").

import "strings"

var (
	pairedHeads31 = cue("pairedHeads31")
	jointCities31 = cue("jointCities31")
)

// worksTowns: "the Kessel plant in Tarvoul ... workers at Tarvoul", "the
// mine near Tarvoul ... Tarvoul", "fitted out at Orvik in Tarvoul",
// "Tarvoul Council ... clinics in Tarvoul", "Tarvoul city manager": a
// one-word name read as an organisation's is the town a works stands in
// where a works' or a site's noun and "in", "at" or "near" stand before
// it, or a place and "in"; the town that a council named for it governs
// (its short form, placeBodyHeads); or the town a town's noun in lower
// case after it says it is. Every one-word mention of it read as an
// organisation after a place's preposition ("at", "from", "near") is the
// town too, in a text that does not report sport (where a town names its
// club). The cheap check reads the mention's length; the names are
// gathered on the first fit.
func (d *doc) worksTowns() {
	t := d.toks
	var towns map[string]bool
	var byEnd tokMap
	for _, m := range d.mentions {
		if m.label != "ORG" || m.reviewed || m.e-m.s != 1 || m.e >= len(t) {
			continue // the cheap check
		}
		w := t[m.s].text
		if !isCapitalised(w) || allCapitals(w) || towns[w] || !d.townEvidence(m, &byEnd) {
			continue
		}
		if towns == nil {
			if d.speaksOfSport() {
				break
			}
			towns = map[string]bool{}
		}
		towns[w] = true
	}
	if byEnd != nil {
		d.done(byEnd)
	}
	if towns == nil {
		return
	}
	for k, m := range d.mentions {
		if m.label != "ORG" || m.reviewed || m.e-m.s != 1 || !towns[t[m.s].text] {
			continue
		}
		// "shares in Kessel": a stake is in the body
		if m.s > 1 && t[m.s-1].text == "in" && stakeNouns.has(strings.ToLower(t[m.s-2].text)) {
			continue
		}
		if m.s > 0 && placePrepositions.has(t[m.s-1].text) || m.e < len(t) && townNouns.has(t[m.e].text) {
			d.mentions[k].label, d.mentions[k].canonical = "GPE", ""
		}
	}
}

// townEvidence reports what says the one-word mention m names a town: a
// works' or a site's noun and a place's preposition before it, a place
// and "in" before it, a town's noun after it, or a council named for it
// as its canonical.
func (d *doc) townEvidence(m mention, byEnd *tokMap) bool {
	t := d.toks
	if townNouns.has(t[m.e].text) {
		return true
	}
	if c := m.canonical; len(c) > len(t[m.s].text)+1 && strings.HasPrefix(c, t[m.s].text+" ") && placeBodyHeads.has(c[strings.LastIndexByte(c, ' ')+1:]) {
		return true
	}
	if m.s < 2 || !placeOnlyPrepositions.has(t[m.s-1].text) {
		return false
	}
	if before := t[m.s-2].text; worksNouns.has(before) || siteKindNouns.has(before) {
		return true
	}
	if t[m.s-1].text != "in" {
		return false
	}
	if *byEnd == nil {
		*byEnd = d.mentionsByEnd()
	}
	o, ok := byEnd.get(m.s - 1)
	return ok && d.mentions[o].label == "GPE"
}

// andBodies: "the Kessel Corps Centre and School", "the Tarvo Museum and
// Library": a body's name that one of a school's, a museum's or a
// hospital's heads ends, "and" and one more such head alone are one body
// that does both, ORG whole; "councils such as Tarvo City and Orvane": a
// city's name and "and" before a town's read as an organisation is one
// council named for both (no sports text, where "Tarvo City and Orvane"
// are two clubs). A second name of its own ("and Kessel School", "and
// Orvane Borough Council") stays apart.
func (d *doc) andBodies() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "ORG" || m.e+1 >= len(t) || t[m.e].text != "and" || m.reviewed || m.e-m.s < 2 || drop[k] {
			continue // the cheap check
		}
		head, next := t[m.e-1].text, t[m.e+1]
		if next.newline || !isCapitalised(next.text) || allCapitals(next.text) {
			continue
		}
		// the name ends after the word after "and"
		if e := m.e + 2; e < len(t) && !t[e].newline && t[e].kind == tkWord && isCapitalised(t[e].text) {
			continue
		}
		switch {
		case pairedHeads31.has(head) && pairedHeads31.has(next.text) && !d.used[m.e+1]:
			d.mentions[k].e, d.mentions[k].canonical = m.e+2, ""
		case jointCities31.has(head):
			if byStart == nil {
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			j, ok := byStart.get(m.e + 1)
			if !ok || d.mentions[j].label != "ORG" || d.mentions[j].e != m.e+2 || d.mentions[j].reviewed || d.speaksOfSport() {
				continue
			}
			d.mentions[k].e, d.mentions[k].canonical = m.e+2, ""
			drop.add(j)
		}
	}
	d.dropMentions(drop)
}

// commonStartCompany: "Airports Tarvonia Limited said", "Ports Kessel
// Ltd will": a plural common noun opening a sentence, that the tagger
// read as a common word, before a place's name and a company's legal
// form opens the company's name, a state company named for its trade
// and its country; the place and the form alone are no name.
func (d *doc) commonStartCompany(ps []piece) bool {
	n := len(ps)
	if n != 2 || ps[0].unit == nil || ps[0].unit.label != "GPE" || ps[1].unit != nil || !legalSuffixes.has(d.word(ps[1])) && d.word(ps[1]) != "Limited" {
		return false
	}
	s := ps[0].s - 1
	if s < 0 {
		return false
	}
	w := d.toks[s]
	if !w.sentStart || !d.commonStart(s) || d.used[s] || w.kind != tkWord || len(w.text) < 4 || w.text[len(w.text)-1] != 's' || !d.commonWord(w.text) {
		return false
	}
	return d.add(s, ps[1].e, "ORG", "")
}

// managerName: "Penang-based Tarvo Horizon Asset Management", "the Kessel
// Debt Management": capitalised words, a place's among them, before a
// field of finance and "Management" name a manager of assets, debt or
// funds, ORG whole, no person ("Debt Management") and no place.
func (d *doc) managerName(ps []piece) bool {
	n := len(ps)
	if n < 3 || d.word(ps[n-1]) != "Management" || !managedKinds19.has(d.word(ps[n-2])) || hasConn(ps) {
		return false
	}
	for _, p := range ps[:n-2] {
		if u := p.unit; u != nil && u.label != "GPE" && u.label != "LOC" && u.label != "ORG" || u == nil && d.a.givenNames.has(d.word(p)) {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}
