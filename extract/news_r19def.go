package extract

import "strings"

// Round 19 (r19def): rules of naming in defence news, written from the
// development errors as general patterns and tested on invented names.

var (
	yardHeads19      = cue("yardHeads19")
	documentParts19  = cue("documentParts19")
	bodyAdjectives19 = cue("bodyAdjectives19")
	armRegions19     = cue("armRegions19")
)

// r19State is what the round-19 rules keep of a text while it is chunked.
type r19State struct {
	// platformWords holds the capitalised words of the platforms found so
	// far ("Kessel" of "Kessel E", "Tarvo" of "SK-2 Tarvo").
	platformWords nameMemo
}

// yardAtPlace: a shipyard, dockyard or docks named after "at" is the
// place where a ship is built or handed over, LOC: "launched at Kessel
// Naval Shipyard", "at Tarvo Docks", "at Naval Dockyard Orvane" (a city's
// name after the head). A yard that builds ("Kessel Shipyard won the
// order", "built by Kessel Shipyard") or a company's form after the head
// ("at Kessel Shipyard Limited") is the firm, left to the other rules.
func (d *doc) yardAtPlace(ps []piece) bool {
	n := len(ps)
	if n < 2 {
		return false
	}
	last := ps[n-1]
	head := d.word(last)
	if !yardHeads19.has(head) {
		// "Naval Dockyard Orvane": a city's name after the head
		if last.unit == nil || last.unit.label != "GPE" || n < 3 || !yardHeads19.has(d.word(ps[n-2])) {
			return false
		}
	}
	s := ps[0].s
	k := s - 1
	if k >= 0 && (d.toks[k].text == "the" || d.toks[k].text == "The") {
		k--
	}
	if k < 0 || d.toks[k].text != "at" && d.toks[k].text != "At" || hasConn(ps) {
		return false
	}
	return d.add(s, last.e, "LOC", "")
}

// documentPart: "Chapter VII of the Kessel Charter", "Annex II of the
// Tarvo Accord": a numbered part of a charter, treaty or act is no name
// of its own; the document after "of" is read alone. Like phaseOf, but
// before the programme rules take the run whole.
func (d *doc) documentPart(ps []piece) bool { return d.numberedPartOf(ps, documentParts19) }

// platformPlural: a capitalised word that is a platform named earlier in
// the text with an "s" is that platform in the plural, "s" and all: "the
// Kessel E ... the Kessels will fly", "the SK-2 Tarvo ... the Tarvos were
// retired", "four Orvane Docks (OD) ... the ODs". A word the text did not
// name as a platform is left alone ("the Browns").
func (d *doc) platformPlural(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 {
		return false
	}
	s := ps[0].s
	w := d.toks[s].text
	sing, ok := strings.CutSuffix(w, "s")
	if !ok || len(sing) < 2 {
		return false // the cheap check: one word ending in "s"
	}
	memo := &d.r19.platformWords
	for _, m := range memo.fresh(d) {
		if m.label != "PLATFORM" {
			continue
		}
		for i := m.s; i < m.e; i++ {
			if t := d.toks[i].text; d.toks[i].kind == tkWord && isCapitalised(t) && len(t) >= 2 {
				memo.put(t)
			}
		}
	}
	if !memo.names[sing] || memo.names[w] || d.a.givenNames.has(sing) {
		return false
	}
	return d.add(s, s+1, "PLATFORM", "")
}

// r19defPost runs the round-19 passes over the resolved mentions.
func (d *doc) r19defPost() {
	d.variantSlash()
	d.designatorLetter()
	d.placeGap()
}

// variantSlash: "the Kessel E/F", "the Tarvo-L MM/N": a platform's name
// and a variant's letters, a slash and a second variant's letters are one
// platform, two variants, as joinSlashes reads "F/A-18E/F"; the letter
// after the slash alone is no platform of its own.
func (d *doc) variantSlash() {
	toks := d.toks
	letter := func(k int) bool { // one or two capitals: "E", "MM"
		w := toks[k].text
		return len(w) <= 2 && strings.TrimLeft(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && w != ""
	}
	var drop dropSet
	var byStart tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != "PLATFORM" || m.reviewed || m.trim != 0 || m.e-m.s < 2 || e+1 >= len(toks) || toks[e].text != "/" {
			continue // the cheap check: a platform and a slash after it
		}
		if !letter(e-1) || toks[e-1].glued || !toks[e].glued || !toks[e+1].glued || !letter(e+1) ||
			e+2 < len(toks) && toks[e+2].glued && toks[e+2].kind == tkWord {
			continue
		}
		if d.used[e+1] {
			if byStart == nil { // built once, at the first slash that needs it
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			j, ok := byStart.get(e + 1)
			if !ok || d.mentions[j].e != e+2 || d.mentions[j].reviewed {
				continue
			}
			drop.add(j)
		}
		d.claim(e, e+2)
		m.e, m.canonical = e+2, ""
	}
	d.dropMentions(drop)
}

// designatorLetter: "the A18-M", "Kessel T7-K sonars": a designator and
// one capital after a hyphen are one model, the letter its variant's.
// joinSlashes reads a mark's numeral so ("Mk-II").
func (d *doc) designatorLetter() {
	toks := d.toks
	d.joinOverHyphen("PLATFORM", func(m *mention) bool {
		w := toks[m.e+1].text
		if m.trim != 0 || len(w) != 1 || w[0] < 'A' || w[0] > 'Z' || !isDesignator(toks[m.e-1].text) {
			return false
		}
		return m.e+2 >= len(toks) || !toks[m.e+2].glued
	})
}

// placeGap: "the TKO gap": a sea passage named by the initials of the
// lands it runs between is written with "gap" in lower case, part of the
// place's name as "the Fulda Gap" is. A place's full name before "gap" is
// as often an economist's ("the Europe gap") and is left alone.
func (d *doc) placeGap() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if e >= len(toks) || toks[e].text != "gap" || m.label != "LOC" || m.reviewed || toks[e].newline || d.used[e] ||
			m.e-m.s != 1 || !allCapitals(toks[m.s].text) {
			continue
		}
		d.claim(e, e+1)
		m.e, m.canonical = e+1, ""
	}
}

// federalBody: "the Federal Ministry of Kessel Affairs", "the Federal
// Office of Tarvo": "Federal" before a listed ministry's, department's or
// office's name is part of it, the name of a federation's body, not a
// word left alone before a list's name.
func (d *doc) federalBody(ps []piece) bool {
	if len(ps) != 2 || !bodyAdjectives19.has(d.word(ps[0])) {
		return false // the cheap check: "Federal" and one more piece
	}
	u := ps[1].unit
	if u == nil || u.label != "ORG" || !orgStarts.has(d.toks[ps[1].s].text) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "ORG", "")
}

// inSubdivision: "Kessel Air Base in Tarvo Prefecture", "Stalowa Kessel
// in the Tarvian Voivodeship": a name, "in" and a province's, county's or
// prefecture's name are two places, the second holding the first; the
// head word of the second must not label the run whole.
func (d *doc) inSubdivision(ps []piece) bool {
	n := len(ps)
	if n < 4 || !gpeHeads.has(d.word(ps[n-1])) {
		return false // the cheap check: a subdivision's head ends the run
	}
	i := 1
	for i < n-2 && d.toks[ps[i].s].text != "in" {
		i++
	}
	if i >= n-2 || !ps[i].conn && ps[i].e-ps[i].s != 1 {
		return false
	}
	j := i + 1
	if d.toks[ps[j].s].text == "the" {
		j++
	}
	if n-j < 2 || hasConn(ps[j:]) || hasConn(ps[:i]) {
		return false
	}
	d.classify(ps[:i])
	d.classify(ps[j:])
	return true
}
