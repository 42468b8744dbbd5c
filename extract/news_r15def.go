package extract

import "strings"

// Round 15 (r15def): rules of naming in defence news, written from the
// development errors as general patterns and tested on invented names.

// navalClass: a name before "class" in a text of navies is a class of
// ships, whatever word follows: "the fifth of the Kessel class built at
// Orvik", "the Tarvo Brandt class began sea trials", "the Orvane-class
// minehunters". "the Kessel class of 2019" is a school's year, and no
// vessel's noun, navy or shipyard's deed nearby leaves the name alone.
func (d *doc) navalClass(s, next int) bool {
	toks := d.toks
	if next < len(toks) && toks[next].kind == tkWord {
		if w := toks[next].text; vesselNoun(w) || pluralShipNoun(w) {
			return true
		}
		if w := toks[next].text; w == "of" || w == "action" || w == "actions" {
			return false
		}
	}
	return d.navalNear(s)
}

// dutchShipPrefix: "Zr.Ms. Kessel", "Hr.Ms. Tarvo Brandt": the Dutch
// navy's prefix (Zijner or Harer Majesteits) is written with its stops,
// which part it into words; with the capitalised name after it, it is one
// ship, before "Ms." reads as an honorific and the name as a person's.
func (d *doc) dutchShipPrefix(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false // the cheap check: "Zr" or "Hr" alone
	}
	toks := d.toks
	s := ps[0].s
	if w := toks[s].text; w != "Zr" && w != "Hr" {
		return false
	}
	k := s + 1
	if k+2 >= len(toks) || toks[k].text != "." || !toks[k].glued || !toks[k+1].glued || !strings.HasPrefix(toks[k+1].text, "Ms") {
		return false
	}
	k += 2
	if toks[k].text == "." && toks[k].glued {
		k++ // "Ms" and its stop as two tokens
	}
	e := k
	for e < len(toks) && e-k < 4 && toks[e].kind == tkWord && isCapitalised(toks[e].text) && !toks[e].newline && !d.used[e] {
		e++
	}
	if e == k {
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}

// postProgramme: "Tarvo Brandt, Senior Fellow, Kessel Security
// Programme, Orvane Institute": a programme, project or centre named right
// after a writer's post, parted from it by a comma, is the unit of a
// research body that employs the writer, an organisation; "a fellow of the
// Kessel Programme" and "under the Kessel Programme" name a scheme.
func (d *doc) postProgramme(ps []piece) bool {
	last := ps[len(ps)-1]
	if last.unit != nil || len(ps) < 2 {
		return false // the cheap check
	}
	if w := d.word(last); w != "Programme" && w != "Program" && w != "Project" {
		return false
	}
	s := ps[0].s
	if k := d.postIn(ps); k > 0 {
		// "a Senior Fellow in the Kessel Security Programme" (news_r21def.go)
		return d.add(ps[k].s, last.e, "ORG", "")
	}
	if s < 2 || d.toks[s-1].text != "," || !bylinePosts.has(d.toks[s-2].text) {
		return false
	}
	return d.add(s, last.e, "ORG", "")
}

// bylineOpens: token s opens a byline's names ("By" first on its line,
// or "Analysis by"), whose commas part a writer, a post and a body, no
// list of bodies: "By Tarvo Brandt, Senior Fellow, Kessel Institute"
// (listedOrgs).
func (d *doc) bylineOpens(s int) bool {
	if s == 0 {
		return false
	}
	toks := d.toks
	switch toks[s-1].text {
	case "By":
		return s == 1 || toks[s-1].newline
	case "by":
		return s == 2 || s > 2 && toks[s-2].newline
	}
	return false
}
