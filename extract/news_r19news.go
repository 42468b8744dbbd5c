package extract

import "strings"

// Round 19 (r19news): places in general news by the shape of their names
// and the words around them: a street's or a site's name that opens with
// a given name ("at Dana Place", "the Orvane Grove end"), a road's code
// before a road's noun ("the D4 motorway"), and towns listed after a
// place's preposition before a plural verb ("in Tarvo and Orvik were").

// siteHeads19: cues.txt's [siteHeads19].
var siteHeads19 = cue("siteHeads19")

// givenNameSite: a given name or an unknown word and a word that ends
// streets, squares and headlands but is a surname too ("Place", "Grove",
// "Ness"), which the person rules read as a full name, are a site
// after "at", "in" or "near", or between "the" and a noun in lower case:
// "a speech at Dana Place", "the Orvane Grove end", "the Marta Ness pad".
// A person's context ("at Dana Place's home", "Andy Grove said") or a
// name that goes on stays a person's.
func (d *doc) givenNameSite(ps []piece) bool {
	if len(ps) != 2 || !siteHeads19.has(d.word(ps[1])) || ps[1].unit != nil || ps[0].e-ps[0].s != 1 || ps[1].e-ps[1].s != 1 || ps[0].conn || ps[1].conn {
		return false
	}
	s, e := ps[0].s, ps[1].e
	t := d.toks
	if s == 0 || t[s].newline || ps[0].unit != nil && ps[0].unit.label != "PERSON" || ps[0].unit == nil && !d.a.givenNames.has(t[s].text) && !d.nameShaped(t[s].text) {
		return false
	}
	switch {
	case placeOnlyPrepositions.has(t[s-1].text):
		if e < len(t) && t[e].kind == tkPossessive {
			return false
		}
	case t[s-1].text == "the":
		// "the Orvane Grove end": the name modifies a noun of its own
		if !d.modifies(e - 1) {
			return false
		}
	default:
		return false
	}
	if d.personContext(s, e) {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// roadNouns19: cues.txt's [roadNouns19].
var roadNouns19 = cue("roadNouns19")

// codedRoad: a code of one or two capitals, digits and maybe a capital
// ("D4", "E40", "A1A", "SR9") before a road's noun ("the D4 motorway",
// "the A1A causeway") is a road's, whichever letter opens it; roadCode
// reads A, M and N codes where weaker words say road.
func (d *doc) codedRoad(m mention) bool {
	t := d.toks
	if m.e >= len(t) || !roadNouns19.has(t[m.e].text) || t[m.e].newline {
		return false
	}
	w := t[m.s].text
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	n := 0
	for n < len(w) && n < 2 && w[n] >= 'A' && w[n] <= 'Z' {
		n++
	}
	rest := strings.TrimRight(w[n:], "ABCDEFGHJKLMNPQRSTUVWXYZ")
	if n == 0 || len(w)-n-len(rest) > 1 || rest == "" || len(rest) > 3 {
		return false
	}
	return strings.Trim(rest, "0123456789") == ""
}

// pluralVerbs19: cues.txt's [pluralVerbs19].
var pluralVerbs19 = cue("pluralVerbs19")

// listBeforePluralVerb: token i closes a list after "and" or "or" with
// no comma before it, and a verb that a plural subject takes follows
// ("families in Tarvo and Orvik were told", "in Kessel and Ilm have
// waited"): the list is the places, no new clause's subject, which
// edited prose opens after a comma ("in Lyon, and Brandt was").
func (d *doc) listBeforePluralVerb(i int) bool {
	t := d.toks
	if i < 2 || i+1 >= len(t) || !pluralVerbs19.has(t[i+1].text) || t[i+1].newline {
		return false
	}
	c := t[i-1].text
	return (c == "and" || c == "or") && t[i-2].text != ","
}

var (
	routePrepositions19 = cue("routePrepositions19")
	corridorSchemes19   = cue("corridorSchemes19")
)

// routeCorridor: a corridor of common words that trains or trade travel
// ("service on the Silver Corridor", "trade along the Amber
// Corridor") is a route, a place; placeTail reads one of name words
// alone. A scheme's word in it ("the Orvane Economic Corridor", "an
// Industrial Corridor") keeps the programme.
func (d *doc) routeCorridor(ps []piece) bool {
	s := ps[0].s
	if s < 2 || d.toks[s-1].text != "the" || !routePrepositions19.has(d.toks[s-2].text) {
		return false
	}
	for _, p := range ps {
		if corridorSchemes19.has(d.word(p)) {
			return false
		}
	}
	return true
}

// legislators19: cues.txt's [legislators19].
var legislators19 = cue("legislators19")

// seatFor: a name after a legislator's noun and "for" is the seat the
// member holds, a place, though it reads as a person's or a surname:
// "the MP for Kessel Orvane", "the member for Tarvo". A body's head in
// it ("a board member for Kessel Holdings") or a listed body stays.
func (d *doc) seatFor(ps []piece) bool {
	s := ps[0].s
	t := d.toks
	if s < 2 || t[s-1].text != "for" || !legislators19.has(t[s-2].text) || t[s].newline || len(ps) > 3 || hasConn(ps) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" && p.unit.label != "PERSON" {
			return false
		}
		if w := d.word(p); orgHeads.has(w) || orgStarts.has(w) || titleWords.has(w) {
			return false
		}
	}
	return d.add(s, ps[len(ps)-1].e, "GPE", "")
}

// adminHeads19: cues.txt's [adminHeads19].
var adminHeads19 = cue("adminHeads19")

// adminUnit: mention k ends in the head of a country's first or second
// tier ("Kessel County", "Tarvo Prefecture", "the Orvane Region"): a
// province or a county, GPE, never a city's part, whatever city the
// story is set in (partCandidate).
func (d *doc) adminUnit(k int) bool {
	m := d.mentions[k]
	return m.e-m.s >= 2 && adminHeads19.has(d.toks[m.e-1].text)
}

var (
	venueWords19   = cue("venueWords19")
	venueBefore19  = cue("venueBefore19")
	centreFields19 = cue("centreFields19")
)

// venueCentre: a centre named for a person, a sponsor or an event's kind
// alone, where something is held ("a speech at the Dana Kessel Centre",
// "the final at the Orvane Center", "a fair at the National Exhibition
// Centre"), is the venue, LOC. A field's word makes it a body that
// studies or runs something ("the Kessel Policy Center", "the Tarvo
// Research Centre"), as do "for" after it ("the Kessel Centre for
// Peace") and a post before "at" ("an analyst at the Orvane Center").
func (d *doc) venueCentre(ps []piece) bool {
	last := ps[len(ps)-1]
	w := d.word(last)
	if w != "Centre" && w != "Center" || len(ps) < 2 || len(ps) > 4 || hasConn(ps) {
		return false
	}
	t := d.toks
	s, e := ps[0].s, last.e
	k := s - 1
	if k >= 0 && t[k].text == "the" {
		k--
	}
	if k < 1 || !venueBefore19.has(t[k].text) || staffAtNouns.has(strings.ToLower(t[k-1].text)) || e < len(t) && (t[e].text == "for" || t[e].text == "of") {
		return false
	}
	for _, p := range ps[:len(ps)-1] {
		if p.unit != nil {
			if p.unit.label != "PERSON" && p.unit.label != "ORG" {
				return false
			}
			continue
		}
		pw := d.word(p)
		if centreFields19.has(pw) || !venueWords19.has(pw) && d.commonWord(pw) {
			return false
		}
	}
	return d.add(s, e, "LOC", "")
}
