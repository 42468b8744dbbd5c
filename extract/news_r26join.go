package extract

import "strings"

// Round 26 (r26join): spans that cross what a name never crosses. Two
// complete names joined by "with", by "in" a place "and", or a place
// "and" a county's name ("Kesselcorp with Tarvo Petroleum", "Kessel Works
// in Orvania and Tarvo Steel", "Tarvo and Kessel County"); a site's
// letter before the full stop that ends its sentence ("on Concourse A.
// Kessel Air said"); a side's innings total or score after its name
// ("Tarvo Red 231 (Brandt 74)", "the Tarvo Flames 4-3"); a compass point
// and a common noun typed in lower case ("the east end of"), which name
// no place; and one stand named after two people ("the Tarvo and Kessel
// Stand"). Titles stay outside a person's name: an honorific before an
// apposition that reads a body ("Dr Ana Kessel, a consultant at the
// agency"), and the honorifics of Malay, Arabic and South Asian usage,
// added to titleWords (cues.txt).

var designationHeads26 = cue("designationHeads26")

// joinedNames: "the project, led by Kesselcorp with Tarvo Petroleum",
// "a Memorandum of Understanding with Orvania",
// "plants including Kessel Works in Orvania and Tarvo Steel", "in Orvania
// and Tarvo County": two names joined by a word no name of their kind
// holds are two when each is complete, a listed name or one a head word
// closes, and the head is not shared. Before cueRule, whose head at the
// end takes the run whole. "Persons with Disabilities" has no firm's head
// after "with"; one word before "and" and a county's name is a town or a
// county of its own ("Tarvo and Kessel County": two), a head in the
// plural is shared and left alone ("the Tarvo and Kessel Counties"), and a
// stand's head is shared (sharedStand).
func (d *doc) joinedNames(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 9 || !hasConn(ps) || ps[n-1].conn {
		return false // the cheap check
	}
	// "a Memorandum of Understanding with Orvania": an agreement's or a
	// body's name, complete by its head, and the country it is made with
	if n >= 4 && ps[n-2].conn && d.toks[ps[n-2].s].text == "with" && !ps[n-3].conn && ps[n-1].unit != nil && ps[n-1].unit.label == "GPE" {
		if l := d.cueLabel(ps[:n-2]); l == "PROGRAM" || l == "ORG" {
			d.classify(ps[:n-2])
			d.addUnit(ps[n-1])
			return true
		}
	}
	i := 1
	for i < n-1 && !ps[i].conn {
		i++
	}
	left, right := ps[:i], ps[i+1:]
	if hasConn(left) || len(right) == 0 {
		return false
	}
	switch d.toks[ps[i].s].text {
	case "with":
		if right[0].conn && d.toks[right[0].s].text == "the" {
			right = right[1:]
		}
		if len(right) == 0 || hasConn(right) || !d.firmName(left) || !d.firmName(right) {
			return false
		}
	case "in":
		// the place "in" which the first stands, then "and" and the second
		if len(right) < 3 || !listedPlace26(right[:1]) || !right[1].conn || d.toks[right[1].s].text != "and" || hasConn(right[2:]) ||
			!d.headedSide26(left) || !d.headedSide26(right[2:]) {
			return false
		}
		d.classify(left)
		d.classify(right[:1])
		d.classify(right[2:])
		return true
	case "and":
		if hasConn(right) || !(d.onePlace26(left) && d.countyName26(right) || d.countyName26(left) && d.onePlace26(right)) {
			return false
		}
		// a word no list knows beside a county is a town or a county too
		for _, q := range [][]piece{left, right} {
			if len(q) == 1 && q[0].unit == nil {
				d.add(q[0].s, q[0].e, "GPE", "")
			} else {
				d.classify(q)
			}
		}
		return true
	default:
		return false
	}
	d.classify(left)
	d.classify(right)
	return true
}

// listedPlace26: one listed town, state or place.
func listedPlace26(q []piece) bool {
	return len(q) == 1 && q[0].unit != nil && (q[0].unit.label == "GPE" || q[0].unit.label == "LOC")
}

// onePlace26: a listed town or place, or one proper word no lexicon
// knows, which a county's name beside it leaves a place of its own.
func (d *doc) onePlace26(q []piece) bool {
	if len(q) != 1 {
		return false
	}
	return listedPlace26(q) || q[0].unit == nil && q[0].e-q[0].s == 1 && d.a.uncommon(d.word(q[0]))
}

// countyName26: a name of two words or more that a proper word opens and
// a subdivision's head in the singular closes ("Tarvo County").
func (d *doc) countyName26(q []piece) bool {
	if len(q) < 2 || len(q) > 4 || hasConn(q) || !gpeHeads.has(d.word(q[len(q)-1])) {
		return false
	}
	w := d.word(q[0])
	return q[0].unit != nil && q[0].unit.label == "GPE" || isCapitalised(w) && !d.commonWord(w) && !titleWords.has(w)
}

// headedSide26: a company's or a site's complete name: listed, or two
// words or more that the head of a body or of a place closes ("Kessel
// Works", "Tarvo Quay", "Broad River Steel"), no title or function word
// first.
func (d *doc) headedSide26(q []piece) bool {
	if len(q) == 1 {
		return q[0].unit != nil && q[0].unit.label != "PERSON"
	}
	last, first := d.word(q[len(q)-1]), d.word(q[0])
	if len(q) > 5 || !orgHeads.has(last) && !locHeads.has(last) && !firmTails22.has(last) {
		return false
	}
	return q[0].unit != nil || isCapitalised(first) && !titleWords.has(first) && !functionWords.has(first)
}

// designationStop: "more space on Concourse A. Kessel Air said": one
// capital letter after a word that lettered parts of a site or a plan
// take ("Gate B", "Terminal C", "Group D") names that part, and its full
// stop before a capital ends the sentence: the letter is no initial. The
// word before must be written with its capital, as in the part's name.
func designationStop(text string, i, j int) bool {
	if j-i != 1 || i < 3 || text[i-1] != ' ' || j+2 >= len(text) || text[j+1] != ' ' || text[j+2] < 'A' || text[j+2] > 'Z' {
		return false
	}
	k := strings.LastIndexAny(text[:i-1], " \n(") + 1
	return designationHeads26.has(text[k : i-1])
}

// inningsSide: "SCORES: Tarvo Red 231 (Brandt 74, Kessel 5-48)": a side's
// name before an innings total (runs, wickets after a hyphen or a slash)
// and the bracket of its batters' and bowlers' figures is the side, ORG;
// the total is no part of it ("Task Force 231" is read when no scorers
// follow). A listed place keeps its label, as a nation's side is written.
func (d *doc) inningsSide(ps []piece) bool {
	if len(ps) > 4 || hasConn(ps) {
		return false // the cheap check
	}
	n := len(ps)
	e := ps[n-1].e
	t := d.toks
	if e+3 >= len(t) || t[e].newline || len(t[e].text) > 3 || !isNumber(t[e].text) {
		return false
	}
	k := e + 1
	if (t[k].text == "-" || t[k].text == "/") && t[k].glued && t[k+1].glued && isNumber(t[k+1].text) {
		k += 2 // "158-4", "231/7"
	}
	if k+2 >= len(t) || t[k].text != "(" || t[k].newline || !d.bracketFigures(k) || !d.sportText() {
		return false
	}
	if n == 1 && ps[0].unit != nil && ps[0].unit.label == "GPE" {
		return false // "England 285 (Brandt 96)": a nation's side keeps its place's label
	}
	h, _ := d.a.gaz.lookup(t[ps[0].s:e])
	canon := ""
	if h.label == "ORG" {
		canon = h.canonical
	}
	return d.add(ps[0].s, e, "ORG", canon)
}

// bracketFigures: the bracket at token k opens with a player's name of
// one to three capitalised words and a number ("(Brandt 74,", "(Ana
// Kessel 5-48)").
func (d *doc) bracketFigures(k int) bool {
	t := d.toks
	j := k + 1
	for j < len(t) && j <= k+3 && t[j].kind == tkWord && isCapitalised(t[j].text) && !t[j].newline {
		j++
	}
	return j > k+1 && j < len(t) && !t[j].newline && isNumber(t[j].text)
}

// compassPhrase: "the east end of the concourse", "on the north side":
// a compass point and a common noun typed in lower case say where in a
// place something is; a list's "East End" is a name only in capitals.
func (d *doc) compassPhrase(i, n int) bool {
	return n == 2 && compassOfWords.has(d.toks[i].text) && d.a.commonWords.has(d.toks[i+1].text)
}

// sharedStand: "a six into the Tarvo and Kessel Stand": two words joined
// by "and" before a stand's or a pavilion's head share it, one place
// named after two people; a single word before "and" names no stand of
// its own. Before the split at "and" reads a place and a person.
func (d *doc) sharedStand(ps []piece) bool {
	if len(ps) != 4 || !ps[1].conn || !venueHeads26.has(d.word(ps[3])) || d.toks[ps[1].s].text != "and" {
		return false
	}
	for _, p := range []piece{ps[0], ps[2]} {
		if p.e-p.s != 1 || p.unit != nil && p.unit.label == "ORG" || !isCapitalised(d.toks[p.s].text) || d.commonWord(d.toks[p.s].text) {
			return false
		}
	}
	return d.add(ps[0].s, ps[3].e, "LOC", "")
}

// honorificPerson: "Dr Ana Kessel, a consultant at the agency, said": an
// honorific before one to three name words opens a person's name, the
// title outside it, whatever an apposition after it says of a body.
// Before the apposition and context rules read the run as a body's.
func (d *doc) honorificPerson(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || ps[0].unit != nil || hasConn(ps) || !honorifics.has(d.word(ps[0])) || d.personLen(ps[1:]) != n-1 || eventHeads.has(d.word(ps[n-1])) {
		return false // "Sir Kessel Cup": a prize's head
	}
	d.addPerson(ps[1].s, ps[n-1].e)
	return true
}

// sideScore: "the Oilers beat the Tarvo Flames 4-3": a listed club
// before a score, two numbers of one or two digits joined by a hyphen,
// keeps its label; the score's first number is no model's ("its Kessel
// 4"), as a model's variant has three digits or letters ("Kessel
// 787-9" is read by the platform rules). Before ownedModelNumber reads a
// platform.
func (d *doc) sideScore(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "ORG" {
		return false // the cheap check
	}
	e, t := ps[0].e, d.toks
	if e+2 >= len(t) || t[e].glued || t[e].newline || !d.lineScoreAt(e) || t[e+1].text != "-" && t[e+1].text != "–" || !t[e+1].glued || !t[e+2].glued || !d.lineScoreAt(e+2) {
		return false
	}
	d.addUnit(ps[0])
	return true
}
