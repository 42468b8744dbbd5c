package extract

import (
	"strings"
	"sync"
)

// Round 16 (r16news): places in general news that the text names by
// their form: a U.S. state's short form that is a word too after a town
// ("Tarvo, Pa."), and a listed city that the chunk rules read as a club
// or a company where the words around it speak of a place.

var stateAbbrevCues = cue("stateAbbrevs16")

// stateAbbrevs16: "Ill" -> "Illinois", from cues.txt's [stateAbbrevs16].
var stateAbbrevs16 = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for w := range stateAbbrevCues.all() {
		if k, v, ok := strings.Cut(w, ":"); ok {
			out[k] = v
		}
	}
	return out
})

// r16Post runs after resolution.
func (d *doc) r16Post() {
	d.ambiguousStateAfterTown()
	d.placeNamedAsBody()
	d.compoundPlaceNames()
}

// ambiguousStateAfterTown: "Tarvo, Ill." and "Kesselby, Pa., said": a
// state's short form that is also a word or a title ("Ill.", "Pa.",
// "Mass.") is the state when a town's GPE ends right before its comma
// and a stop is glued to it, and punctuation or the text's or a line's
// end follows (the stop may end the sentence). "Ill. health" or "Pa."
// in a quote has no town before it.
func (d *doc) ambiguousStateAfterTown() {
	t := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		if m.label != "GPE" || m.e+2 >= len(t) || t[m.e].text != "," {
			continue
		}
		i := m.e + 1
		state, ok := stateAbbrevs16()[t[i].text]
		if !ok || t[i].newline || d.used[i] {
			continue
		}
		end := i + 1
		if t[end].text != "." || !t[end].glued {
			continue
		}
		end++
		if end < len(t) && !t[end].newline && t[end].kind != tkPunct && !(t[end].kind == tkWord && isCapitalised(t[end].text)) {
			continue // "Kessel, Pa. it said" is no form a writer uses
		}
		d.add(i, end, "GPE", state)
	}
}

// colonDateline: "KESSELTON: The council met": papers in South Asia and
// the Gulf end the dateline that opens a text with a colon. Only the
// text's first words, and no common word ("UPDATE: The", "NOTE:") nor a
// heading in a text (a lineup's "TARVO: Orvane; Kessel").
func (d *doc) colonDateline(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if s != 0 || t[e].text != ":" || e+1 >= len(t) || t[e+1].newline {
		return false
	}
	for _, p := range ps {
		if p.unit == nil && d.commonWord(d.word(p)) {
			return false
		}
	}
	return true
}

// capsColonOpener: the text opens with one word in capitals, a colon and
// a capitalised word on the same line ("KESSELTON: The council met"),
// which the tagger, seeing the colon, reads as a common word; it is the
// dateline's place name (colonDateline).
func (d *doc) capsColonOpener() bool {
	t := d.toks
	return len(t) > 2 && t[1].text == ":" && !t[2].newline && isCapitalised(t[2].text) && len(t[0].text) >= 4 && allCapitals(t[0].text)
}

// placeOfNouns16: cues.txt's [placeOfNouns16].
var placeOfNouns16 = cue("placeOfNouns16")

// placeNamedAsBody: a name read as an organisation, because a club of
// the lists bears the town's name or the text named the town's council
// before ("Kessel Council ... Kessel"), is the town where the words
// around it speak of a place:
//   - in a list of places after a place's preposition, beside a GPE:
//     "buyers in Kessel and Lyon", "via Lyon, Tarvo and Kessel";
//   - after "mayor of", "borough of", "residents of": "a former mayor of
//     Kessel".
//
// A name with an organisation's head word ("Kessel Bank and Lyon") or a
// possessive after it ("in Kessel's 2-1 win", the club's) stays.
func (d *doc) placeNamedAsBody() {
	t := d.toks
	var byStart, byEnd tokMap
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "ORG" || m.reviewed || m.e-m.s > 3 || m.s < 2 {
			continue
		}
		if m.e < len(t) && (t[m.e].kind == tkPossessive || t[m.e].glued && t[m.e].text == "-") {
			continue
		}
		prev := t[m.s-1].text
		if prev != "of" && prev != "and" && prev != "," && !placePrepositions.has(prev) && prev != "via" {
			continue
		}
		if !d.bareName(m.s, m.e) {
			continue
		}
		place := false
		if prev == "of" {
			place = placeOfNouns16.has(t[m.s-2].text)
		} else {
			if byStart == nil {
				byStart, byEnd = d.mentionsByStart(), d.mentionsByEnd()
				defer d.done(byStart)
				defer d.done(byEnd)
			}
			place = d.inPlaceList(k, byStart, byEnd)
		}
		if place {
			m.label, m.canonical = "GPE", d.surface(m.s, m.e)
		}
	}
}

// bareName: tokens s..e are capitalised words none of which is an
// organisation's head or a common word ("Kessel", "Silver Tarvo").
func (d *doc) bareName(s, e int) bool {
	for i := s; i < e; i++ {
		w := d.toks[i].text
		if d.toks[i].kind != tkWord || !isCapitalised(w) || orgHeads.has(w) || orgStarts.has(w) || d.a.demonyms[w] {
			return false
		}
	}
	return true
}

// inPlaceList: mention k stands in a list ("A, B and C") whose first item
// follows a place's preposition, and a neighbour in the list is a GPE.
func (d *doc) inPlaceList(k int, byStart, byEnd tokMap) bool {
	t := d.toks
	m := d.mentions[k]
	gpeNext := false
	if m.e+1 < len(t) && (t[m.e].text == "and" || t[m.e].text == ",") && !t[m.e+1].newline {
		// "Shares in Kessel, Japan's largest carmaker": a comma before a
		// place's possessive opens an apposition, no list
		if n, ok := byStart.get(m.e + 1); ok && d.mentions[n].label == "GPE" {
			o := d.mentions[n]
			gpeNext = t[m.e].text == "and" || o.e < len(t) && (t[o.e].text == "," || t[o.e].text == "and")
		}
	}
	gpePrev := false
	first := m.s
	for steps := 0; steps < 8; steps++ {
		sep := first - 1
		if sep < 1 || t[sep].text != "and" && t[sep].text != "," {
			break
		}
		n, ok := byEnd.get(sep)
		if !ok {
			break
		}
		if l := d.mentions[n].label; l != "GPE" && l != "LOC" {
			return false
		}
		// "in Lyon, Kessel gained": a comma after a place opens a clause
		// unless the list goes on or "and" closes it
		if n2 := d.mentions[n]; n2.label == "GPE" && n2.e == m.s-1 && (t[sep].text == "and" || m.e < len(t) && (t[m.e].text == "," || t[m.e].text == "and")) {
			gpePrev = true
		}
		first = d.mentions[n].s
	}
	if !gpeNext && !gpePrev || first < 1 {
		return false
	}
	p := t[first-1].text
	if p == "in" && first >= 2 && stakeNouns.has(strings.ToLower(t[first-2].text)) {
		return false // "shares in Kessel and Lyon Air": stakes in firms
	}
	return placePrepositions.has(p) || p == "via" || p == "between"
}

var (
	placeParticles16 = cue("placeParticles16")
	placeArticles16  = cue("placeArticles16")
)

// compoundPlaceNames: capitalised words joined by glued hyphens with a
// small particle among them are one town's name, GPE: "Tarvo-la-Neuve",
// "Saint-Kessel-de-Orvane", "Kessel-upon-Tarvo", with "La" or "Le"
// before it ("La Tarvo-de-Fonds"). The parts alone were read as a person
// ("Neuve") or a club; a longer name around it ("Tarvo-la-Neuve
// University") or a mention of the whole already there stays.
func (d *doc) compoundPlaceNames() {
	t := d.toks
	for i := 1; i+1 < len(t); i++ {
		if t[i].text != "-" || !gluedHyphen(t, i) || !placeParticles16.has(t[i+1].text) {
			continue
		}
		// the chain around the particle: back and forth over glued hyphens
		s := i - 1
		for s >= 2 && gluedHyphen(t, s-1) {
			s -= 2
		}
		e := i + 2
		for e+1 < len(t) && gluedHyphen(t, e) {
			e += 2
		}
		if e > len(t) || t[s].kind != tkWord || !isCapitalised(t[s].text) || t[e-1].kind != tkWord || !isCapitalised(t[e-1].text) {
			i = e
			continue
		}
		if s > 0 && placeArticles16.has(t[s-1].text) && !t[s].newline {
			s--
		}
		d.hyphenedPlace(s, e)
		i = e
	}
}

// hyphenedPlace puts a GPE over tokens [s, e) in place of the mentions
// inside it, unless a mention reaches past it or covers it whole.
func (d *doc) hyphenedPlace(s, e int) {
	var inside []int
	for k, m := range d.mentions {
		if m.e <= s || m.s >= e {
			continue
		}
		if m.s < s || m.e > e || m.reviewed || m.s == s && m.e == e {
			return
		}
		inside = append(inside, k)
	}
	if len(inside) > 0 {
		drop := make(map[int]bool, len(inside))
		for _, k := range inside {
			drop[k] = true
		}
		d.dropMentions(drop)
	}
	for k := s; k < e; k++ {
		d.used[k] = false
	}
	d.add(s, e, "GPE", d.surface(s, e))
}
