package extract

import "strings"

// Round 33 (r33fac): facilities, roads and sites. A built site's head
// makes the name before it one place, a place's name and all
// (facilityName); a country's abbreviation and a number is a numbered
// highway in a text of roads (usHighway); a ground's stand or a town's
// quarter is "the X End" (namedEnd); a street's name before a works' noun
// is the site (streetWorks). Centres of transit, flight, business
// and the like are sites (siteCentreKinds33, venueKindCentre), "Drive" is
// a road's head as "Way" is (wayHeads33, namedWay), and a space centre's
// name used alone that a surname's list read as a person is the site again
// (siteShortName).

var (
	facilityHeads33 = cue("facilityHeads33")
	yardKinds33     = cue("yardKinds33")
	heldHeads33     = cue("heldHeads33")
)

// facilityName: "the Tarvo State Capitol", "the Kessel Navy Yard", "the
// Orvane National Marine Sanctuary", "the Tarvo Missile Firing
// Installation": a name that a built site's head ends is the site, LOC,
// the listed place or body opening it inside the span, not read apart.
// A museum is the site only where something is held or done at it ("said
// at the Kessel-Brandt Museum"); "a curator at" it, and a museum that
// acts, are the body's. "Yard" is a site's after a navy's word only.
func (d *doc) facilityName(ps []piece) bool {
	n := len(ps)
	last := ps[n-1]
	if n < 2 || n > 6 || last.unit != nil || last.conn {
		return false
	}
	w := d.word(last)
	held := heldHeads33.has(w)
	if !held && !facilityHead(w, d.word(ps[n-2])) {
		return false
	}
	t, s := d.toks, ps[0].s
	for _, p := range ps {
		if p.conn && t[p.s].text != "-" {
			return false // "the Kessel Museum and Library", "Tarvo of the Sanctuary"
		}
	}
	if held {
		k := s - 1
		if k >= 0 && t[k].text == "the" {
			k--
		}
		if k < 1 || !venueBefore19.has(t[k].text) || staffAtNouns.has(strings.ToLower(t[k-1].text)) {
			return false
		}
	}
	return d.add(s, last.e, "LOC", "")
}

// facilityHead: w ends a built site's name, with before the word before it
// ("Navy Yard"; "Scotland Yard" is a police force). A long form defined by
// its initials takes the label too: "the Tarvo Missile Firing Installation
// (TMFI)" (longFormLabel).
func facilityHead(w, before string) bool {
	return facilityHeads33.has(w) && (w != "Yard" || yardKinds33.has(before))
}

// usHighway: "$310 million for U.S. 97 through Kessel": the country's
// abbreviation and a road's number, in a text that speaks of roads, is the
// numbered highway, LOC, the number inside the span. A number glued to
// what follows ("U.S. 10%") or followed by a word that is no road's
// preposition ("U.S. 20 percent") is a figure, left alone.
func (d *doc) usHighway(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].e-ps[0].s != 1 || !d.a.countries[ps[0].unit.canonical] {
		return false
	}
	t, e := d.toks, ps[0].e
	if w := t[ps[0].s].text; w != "U.S." && w != "US" || e >= len(t) || !roadNumber(t[e]) || len(t[e].text) > 3 || d.used[e] {
		return false
	}
	if a := e + 1; a < len(t) && !t[a].newline && (t[a].glued && t[a].kind == tkWord || t[a].text == "%" || t[a].kind == tkWord && !roadAfter.has(t[a].text) && !sitePrepositions.has(t[a].text) && !highwayAfter33.has(t[a].text)) {
		return false
	}
	return d.speaksOf(roadWords23) && d.add(ps[0].s, e+1, "LOC", "")
}

var highwayAfter33 = cue("highwayAfter33")

// namedEnd: "the Roker Tarvo End", "the smaller Kessel End plant", "sent
// the Tarvo End into a roar": a name that "End" closes after "the" (and
// perhaps one word in lower case) is a ground's stand or a town's
// quarter, LOC, not a person's name nor a body's. A common word before the
// head ("the Deep End", "the Year End") is no name, but a point of the
// compass is ("the South End").
func (d *doc) namedEnd(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || ps[n-1].unit != nil || d.word(ps[n-1]) != "End" || hasConn(ps) {
		return false
	}
	t, s := d.toks, ps[0].s
	if w := d.word(ps[0]); ps[0].unit == nil && d.commonWord(w) && !compassParts28.has(w) || n == 2 && d.a.givenNames.has(w) {
		return false
	}
	b := s - 1
	if b >= 1 && t[b].kind == tkWord && !isCapitalised(t[b].text) && t[b].text != "the" {
		b-- // "the smaller South End plant"
	}
	if b < 0 || !strings.EqualFold(t[b].text, "the") {
		return false
	}
	return d.add(s, ps[n-1].e, "LOC", "")
}

// streetWorks: "the Tarvo Road plant", "at its Kessel Avenue factory": a
// name a street's head ends, before a works' noun in lower case, names
// the site by its street, LOC, not a firm whose plant it is ("the Kessel
// plant"). A given name and the head alone ("the Anna Lane factory") may
// be a person's, left to the rules.
func (d *doc) streetWorks(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || ps[n-1].unit != nil || !streetHeads21.has(d.word(ps[n-1])) || hasConn(ps) {
		return false
	}
	t, e := d.toks, ps[n-1].e
	if e >= len(t) || t[e].newline || !ownedSiteNouns.has(t[e].text) || n == 2 && d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	return d.add(ps[0].s, e, "LOC", "")
}
