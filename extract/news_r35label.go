package extract

import "strings"

var (
	sidePlurals35 = cue("sidePlurals35")
	clubHeads35   = cue("clubHeads35")
	bodyNouns35   = cue("bodyNouns35")
	bodyHeads35   = cue("bodyHeads35")
)

// townClubs: "Tarvo United beat Kessel FC ... Tarvo levelled", "Tarvo
// visit Orvane next week": in a sports text a town's name standing alone
// is its club's, ORG, where the text names a club by the town and one word
// more ("Tarvo United", "AS Tarvo", "Tarvo Thunder"; the club's name is
// its canonical), or where a plural verb follows it (a side agrees in the
// plural, a town does not). A town after a place's preposition, before a
// possessive or as the dateline stays the town (townStaysPlace), as do a
// country (sets differ on national sides) and a town inside a longer name
// or after "for" (townInName); a plural verb after a list ("Tarvo and
// Kessel are") is the list's.
func (d *doc) townClubs() {
	var clubs map[string]string
	read := false
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "GPE" || m.e-m.s > 3 || m.reviewed || d.townStaysPlace(m) || d.townInName(m.s) {
			continue
		}
		if !read {
			if !d.sportText() {
				return
			}
			clubs, read = d.townClubNames(), true
		}
		name := clubs[strings.ToLower(d.surface(m.s, m.e))]
		if name == "" && !d.sidePlural(m.s, m.e) {
			continue
		}
		d.mentions[k].label, d.mentions[k].canonical = "ORG", name
	}
}

// townInName: "the Fairgrounds Tarvo site", "flights for Tarvo": a
// capitalised word before the town within its sentence makes it part of a
// longer name, and "for" a destination, unless a team's verb comes before
// it ("signed for Tarvo").
func (d *doc) townInName(s int) bool {
	if s == 0 || d.toks[s].sentStart {
		return false
	}
	w := d.toks[s-1].text
	return isCapitalised(w) && !d.toks[s-1].sentStart || w == "for" && !(s > 1 && teamVerbs.has(d.toks[s-2].text))
}

// sidePlural: a side's verb after the name at [s, e) (perhaps after ",
// who"), on its line: a result ("Tarvo drew 1-1 with Kessel", "and Tarvo,
// who beat Kessel") or a plural verb with no "and", "or" or comma before
// the name, which would be a list's ("Tarvo and Kessel are").
func (d *doc) sidePlural(s, e int) bool {
	toks := d.toks
	if e+2 < len(toks) && toks[e].text == "," && toks[e+1].text == "who" {
		e += 2
	}
	if e >= len(toks) || toks[e].newline {
		return false
	}
	if sideVerbs.has(toks[e].text) {
		return true
	}
	return sidePlurals35.has(toks[e].text) && (s == 0 || !listLinks.has(toks[s-1].text))
}

// townClubNames maps the lower-case town of each club named by a town and
// one word more ("Tarvo United", "AS Tarvo", "Tarvo Thunder") to the club's
// name; a body's head ("Tarvo Council", "Tarvo University") names no club,
// a club's head ("United", "FC") does.
func (d *doc) townClubNames() map[string]string {
	clubs := map[string]string{}
	for _, m := range d.mentions {
		if m.label != "ORG" || m.e-m.s < 2 || m.e-m.s > 4 {
			continue
		}
		name := d.surface(m.s, m.e)
		first, last := d.toks[m.s], d.toks[m.e-1]
		if clubWord(last) {
			clubs[strings.ToLower(d.surface(m.s, m.e-1))] = name
		}
		if clubWord(first) {
			clubs[strings.ToLower(d.surface(m.s+1, m.e))] = name
		}
	}
	return clubs
}

// clubWord: a word that may join a town's name to make its club's.
func clubWord(t tok) bool {
	return t.kind == tkWord && (!orgHeads.has(t.text) || clubHeads35.has(t.text))
}

// bodyNounNames: "Environmental group Tarvo said", "Licence holder Kessel
// Minerals welcomed": a name read as a person's right after a noun that
// only bodies are (bodyNouns35: no trade people have, as "developer" or
// "rival"), standing as its title with no article or possessive between,
// is the body's, ORG, and so is the same name elsewhere in the text; a
// holder is a body's only where a common word follows the name's first
// ("Kessel Minerals"; "record holder Jan Orvik" keeps the person). A
// listed given name opening a name with no common word keeps the person.
func (d *doc) bodyNounNames() {
	var names map[string]bool
	toks := d.toks
	for _, m := range d.mentions {
		if m.label != "PERSON" || m.s == 0 || m.reviewed {
			continue
		}
		p := toks[m.s-1]
		w := p.text
		if p.sentStart {
			w = strings.ToLower(w)
		} else if p.newline || w != strings.ToLower(w) {
			continue
		}
		if !bodyNouns35.has(w) && !(w == "holder" && d.commonAfterFirst(m.s, m.e)) || d.a.givenNames.has(toks[m.s].text) && !d.commonAfterFirst(m.s, m.e) {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[d.surface(m.s, m.e)] = true
	}
	if names == nil {
		return
	}
	for k, m := range d.mentions {
		if m.label == "PERSON" && !m.reviewed && names[d.surface(m.s, m.e)] {
			d.mentions[k].label, d.mentions[k].canonical = "ORG", ""
		}
	}
}

// appositionHeads: "Kessel Dairy, the former dairy arm now owned by",
// "Jan Orvik, the carrier's commercial director.", "Project Tarvo, the
// brigade's engineering unit that": the head noun of an apposition after
// a name says what the name is where the name's own words were read
// otherwise. A role's head that only people have (roleHeads,
// appositionRoles: no "manager", which asset managers are) makes a name of
// two or three capitalised words that holds no body's head a person's; a
// part of a body (bodyHeads35; "a unit of measure" is none) makes a name
// read as a programme's or a craft's a body's, and one read as a person's
// unless it opens with a given name and holds no common word. A place's
// label is left alone ("Tarvo, the company's home town"). The head ends
// the apposition's phrase: punctuation, a clause ("that", "of", "based")
// or "now" follows.
func (d *doc) appositionHeads() {
	toks := d.toks
	for k, m := range d.mentions {
		e := m.e
		if m.reviewed || e+3 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) || m.label == "GPE" || m.label == "LOC" || m.label == "MONEY" {
			continue
		}
		label := d.appositionHead(e + 2)
		switch {
		case label == "" || label == m.label:
		case label == "PERSON" && m.e-m.s >= 2 && m.e-m.s <= 3 && d.plainName(m.s, m.e):
			d.mentions[k].label, d.mentions[k].canonical = "PERSON", ""
		case label == "ORG" && (m.label != "PERSON" || !d.a.givenNames.has(toks[m.s].text) || d.commonAfterFirst(m.s, m.e)):
			d.mentions[k].label, d.mentions[k].canonical = "ORG", ""
		}
	}
}

// appositionHead reads the apposition's phrase from token k, after its
// article: at most five words or possessives on one line, up to a head
// noun its phrase ends on, and answers PERSON for a role's head, ORG for a
// body's, or "".
func (d *doc) appositionHead(k int) string {
	toks := d.toks
	for n := 0; k < len(toks) && n < 5 && !toks[k].newline && (toks[k].kind == tkWord || toks[k].kind == tkPossessive); k, n = k+1, n+1 {
		if gluedHyphen(toks, k+1) {
			k += 2 // "the carrier-capable drone": one modifier
			continue
		}
		w := toks[k].text
		if articles.has(w) {
			return "" // "the rocket the company is building": a clause
		}
		label := ""
		switch {
		case roleHeads.has(w) || appositionRoles.has(w):
			label = "PERSON"
		case bodyHeads35.has(w) && (k+1 == len(toks) || toks[k+1].text != "of"):
			label = "ORG"
		default:
			continue
		}
		if n := k + 1; n == len(toks) || toks[n].kind == tkPunct || clauseStarts.has(toks[n].text) || auxiliaryVerbs.has(toks[n].text) || toks[n].text == "now" {
			return label
		}
	}
	return ""
}

// commonAfterFirst: a common word after the name's first ("Anna Dairy
// Holdings"), which no person's name holds.
func (d *doc) commonAfterFirst(s, e int) bool {
	for _, t := range d.toks[s+1 : e] {
		if t.kind == tkWord && !d.a.uncommon(t.text) {
			return true
		}
	}
	return false
}

// plainName: capitalised words only, none a body's head.
func (d *doc) plainName(s, e int) bool {
	for _, t := range d.toks[s:e] {
		if t.kind != tkWord || !isCapitalised(t.text) || orgHeads.has(t.text) {
			return false
		}
	}
	return true
}
