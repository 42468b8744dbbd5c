package extract

import (
	"slices"
	"strings"
)

// Document-level evidence against a PERSON: a name read as a person from
// "X said" or "X's" alone is a company's or a place's when the text says so
// elsewhere.

var (
	firmHoldings22          = cue("firmHoldings22")
	firmDeeds22             = cue("firmDeeds22")
	listPlacePrepositions22 = cue("listPlacePrepositions22")
	kinWords22              = cue("kinWords22")
)

// firmOneSense: a one-word name that the text reads as a company once
// ("Korvane said its", "Korvane's shares", "shares in Korvane", "Korvane was
// valued at") is that company wherever else it stands alone ("Korvane
// said"), unless the text gives it a given name ("Lena Korvane"), a title
// before it, or it is a given name itself.
func (d *doc) firmOneSense() {
	t := d.toks
	var firms map[string]bool // made on the first: most texts have none
	person := false
	for _, m := range d.mentions {
		if m.e-m.s == 1 && m.label == "PERSON" {
			person = true
			break
		}
	}
	if !person {
		return
	}
	for _, m := range d.mentions {
		if m.e-m.s != 1 || (m.label != "ORG" || m.reviewed) && (m.label != "PERSON" || !d.firmEvidence(m.s)) {
			continue
		}
		if firms == nil {
			firms = map[string]bool{}
		}
		firms[t[m.s].text] = true
	}
	if firms == nil {
		return
	}
	for _, m := range d.mentions {
		if m.label != "PERSON" {
			continue
		}
		for i := m.s; i < m.e; i++ {
			if m.e-m.s > 1 || i > 0 && (titleWords.has(t[i-1].text) || honorifics.has(t[i-1].text)) {
				delete(firms, t[i].text)
			}
		}
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		w := t[m.s].text
		if m.label == "PERSON" && m.e-m.s == 1 && !m.reviewed && firms[w] && !d.a.givenNames.has(w) {
			m.label, m.canonical = "ORG", ""
		}
	}
}

// firmEvidence: the word at i is spoken of as only a company is: "Korvane's
// shares", "Korvane's chief executive" ... , "shares in Korvane",
// "Korvane was valued at", "Korvane is headquartered".
func (d *doc) firmEvidence(i int) bool {
	t := d.toks
	n := len(t)
	if i+2 < n && t[i+1].kind == tkPossessive {
		j := i + 2
		if firmHoldings22.has(t[j].text) {
			return true
		}
		return j+1 < n && !isCapitalised(t[j].text) && firmHoldings22.has(t[j+1].text)
	}
	if i >= 2 && (t[i-1].text == "in" || t[i-1].text == "of") && stakeNouns.has(t[i-2].text) {
		return true
	}
	k := i + 1
	if k < n && auxiliaryVerbs.has(t[k].text) {
		k++
	}
	if k < n && t[k].text == "been" {
		k++
	}
	if k >= n || !firmDeeds22.has(t[k].text) {
		return false
	}
	return t[k].text != "valued" || k+1 < n && t[k+1].text == "at"
}

// placeListPersons: names listed after a place's preposition with a town
// or a site among them are places too ("in Leeds and Tarvomere", "between
// Oslo, Kessel Vang and Tarvo Lund"): a list of people rarely follows
// "in", and never mixed with a town. A country is no such evidence
// ("talks between France, Tarvo Vang and Orvik Lumas" may name its
// parties). A name the text uses for a person elsewhere ("Lund said") or
// with a given name ("Marta Lund") stays a person, as does a list that
// ends in a clause of its own (listClause: "in Leeds and Brandt said no",
// "Orvo Lund in Leeds and Tarvo Brandt in York"); commas alone make an
// apposition ("from Kessel, Tarvo Lund, asked"), and ", and" before the
// second of two names a new clause ("in Leeds, and Brandt").
func (d *doc) placeListPersons() {
	t := d.toks
	if !slices.ContainsFunc(d.mentions, func(m mention) bool { return m.label == "PERSON" }) {
		return
	}
	byStart := d.mentionsByStart()
	defer d.done(byStart)
	joins := func(j int) bool {
		return j < len(t) && (t[j].text == "," || t[j].text == "and" || t[j].text == "or") && !t[j].newline
	}
	var members [maxListItems]int
	for i := 0; i+1 < len(t); i++ {
		if !listPlacePrepositions22.has(t[i].text) {
			continue
		}
		first, ok := byStart.get(i + 1)
		if !ok {
			continue
		}
		members[0] = first
		n, j, anded := 1, d.mentions[first].e, false
		for joins(j) && n < maxListItems {
			if j+1 < len(t) && t[j].text == "," && (t[j+1].text == "and" || t[j+1].text == "or") {
				j++
			}
			if t[j].text != "," {
				anded = true
			}
			x, ok := byStart.get(j + 1)
			if !ok {
				break
			}
			members[n], n = x, n+1
			j = d.mentions[x].e
		}
		if n < 2 {
			continue
		}
		place, people := "", 0
		for _, x := range members[:n] {
			switch m := d.mentions[x]; {
			case m.label == "GPE" && !d.a.countries[m.canonical] || m.label == "LOC":
				if place == "" {
					place = m.label
				}
			case m.label == "PERSON":
				people++
			}
		}
		if place == "" || people == 0 {
			continue
		}
		if !anded || n == 2 && t[d.mentions[first].e].text == "," || d.listClause(i, d.mentions[members[n-1]].e, n) {
			continue
		}
		for _, x := range members[:n] {
			m := &d.mentions[x]
			if m.label == "PERSON" && !m.reviewed && m.e-m.s <= 3 && !d.a.givenNames.has(t[m.s].text) && !d.personElsewhere(m.s, m.e) {
				m.label, m.canonical = place, ""
			}
		}
		i = j - 1
	}
}

// personElsewhere: the last word of the name at s..e ends a person's name
// somewhere else in the text.
func (d *doc) personElsewhere(s, e int) bool {
	w := d.toks[e-1].text
	for _, m := range d.mentions {
		if m.label == "PERSON" && (m.s != s || m.e != e) && d.toks[m.e-1].text == w {
			return true
		}
	}
	return false
}

var firmTails22 = cue("firmTails22")

// firmTailPersons: a name read as a person's that ends in a legal form
// ("Kessel Brandt SA") or a trade ("Kessel Marine", "Orvane Copper Mines",
// "Tarvo Energy") is a company's; a family name that is also a trade's word
// ("Marta Power") or a given name before it ("Dana Kessel Post") keeps the
// person, except before a legal form.
func (d *doc) firmTailPersons() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.e-m.s < 2 || m.reviewed {
			continue
		}
		w := t[m.e-1].text
		if !legalSuffixes.has(w) && (!orgHeads.has(w) && !firmTails22.has(w) || d.a.surnames.has(w) || d.a.givenNames.has(t[m.s].text)) {
			continue
		}
		m.label, m.canonical = "ORG", ""
	}
}

// wordGivenNames: a capitalised common word inside a sentence right
// before a lone family name is the person's given name ("a ball from Will
// O'Varne", "after Blessing Tarvoni bowled"): inside a sentence English
// writes the modal or the noun in lower case. Titles, months, days,
// function words, kin and rank ("Aunt", "Baroness") and past participles
// ("Called") are no given names, nor a word after an article ("the
// Reliever Brandt": a role) or after another capitalised word.
func (d *doc) wordGivenNames() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		g := m.s - 1
		if m.label != "PERSON" || m.e-m.s != 1 || g < 1 || m.reviewed || d.used[g] || t[g].sentStart || t[m.s].newline || t[m.s].glued || t[g].kind != tkWord {
			continue
		}
		w := t[g].text
		if !isCapitalised(w) || allCapitals(w) || !d.a.commonWords.has(strings.ToLower(w)) || titleWords.has(w) || honorifics.has(w) || functionWords.has(w) || calendarWords.has(w) || d.a.demonyms[w] || kinWords22.has(w) || royalTitles.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			continue // "Aunt Tarvi", "Called Tarvi"
		}
		if p := t[g-1].text; isCapitalised(p) || p == "the" || p == "a" || p == "an" {
			continue
		}
		m.s, m.canonical = g, ""
		d.used[g] = true
	}
}
