package extract

import "strings"

// Programme rules of round 11 (see news_progs9.go), for programmes in
// defence news named without a cue word of their own: codenames before a
// procurement noun ("the Kessel and Orvane air defence programmes", a
// river's or a club's name in the lists), a long form a body owns ("the
// Agency's Orvane Space Architecture (OSA)"), a doctrine by its count ("the
// Three Principles on Kessel"), a programme's name "for" a country ("Iron
// Kessel for Orvania"), and a name before "contract vehicle".

// procurementRun: one to three codenames of one or two words each, joined
// by "and", after "the", "its", "their" or an owner's "'s", and before up to
// three procurement modifiers and a programme's or a plan's noun (plural
// after two names) are programmes: "the Kessel and Orvane air defence
// programmes", "Orvania's Tarvel border fortification plan", "the Kessel
// programme" (one word of no list alone is left to the older rules: "the
// Kessel border plan" may be a leader's). A listed river, town or club names such programmes; a
// country, a person or a firm does not ("the Orvania border plan", "the
// Boeing fighter programme"), nor does a design's number ("the Kessel-21
// programme" is a platform's) or a body's head ("the Kessel Party plan"), so a country's or a person's unit, or a
// body's alone, leaves the run to other rules. "the MDA's KESSEL contract
// vehicle" names a contracting programme.
func (d *doc) procurementRun(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s == 0 || e+1 >= len(toks) || len(ps) > 7 {
		return false
	}
	if prev := toks[s-1]; prev.text != "the" && prev.text != "The" && prev.text != "its" && prev.text != "their" && prev.kind != tkPossessive {
		return false
	}
	vehicle := toks[e].text == "contract" && toks[e+1].text == "vehicle"
	if !vehicle && !procurementModifiers.has(toks[e].text) && !procurementNouns.has(toks[e].text) {
		return false // the cheap test first
	}
	names, words, bodies, plural := [][2]int{}, 0, 0, false
	start := -1
	for i, p := range ps {
		if p.conn {
			if w := toks[p.s].text; w != "and" || start < 0 || i == len(ps)-1 {
				return false
			}
			names = append(names, [2]int{start, p.s})
			start, words = -1, 0
			continue
		}
		if u := p.unit; u != nil {
			switch u.label {
			case "ORG":
				bodies++
			case "LOC", "PROGRAM":
			default:
				return false
			}
		} else if w := toks[p.s].text; p.e-p.s != 1 || !isCapitalised(w) || strings.ContainsAny(w, "0123456789") || orgHeads.has(w) || d.a.givenNames.has(w) || calendarWords.has(w) || titleWords.has(w) || d.a.demonyms[w] {
			return false
		}
		if words++; words > 2 {
			return false
		}
		if start < 0 {
			start = p.s
		}
	}
	names = append(names, [2]int{start, e})
	if len(names) > 3 || bodies == len(names) {
		return false // "the Boeing fighter programme": a maker's
	}
	if len(names) == 1 && e-s == 1 && ps[0].unit == nil && !vehicle {
		return false // "the Kessel border plan": a leader's too; the older rules read one word
	}
	if !vehicle {
		k := e
		for n := 0; k < len(toks) && procurementModifiers.has(toks[k].text) && n < 3; k, n = k+1, n+1 {
		}
		if k >= len(toks) || !procurementNouns.has(toks[k].text) {
			return false
		}
		plural = strings.HasSuffix(toks[k].text, "s")
		if len(names) > 1 && !plural {
			return false // "the Kessel and Orvane programme": one joint name, read elsewhere
		}
	}
	if d.otherCue(ps) {
		return false // "the Kessel Bay defence plan": a place's
	}
	if d.codenames == nil {
		d.codenames = map[string]bool{}
	}
	for _, n := range names {
		d.codenames[d.surface(n[0], n[1])] = d.add(n[0], n[1], "PROGRAM", "")
	}
	return true
}

// ownedLongForm: a long form of two to seven capitalised words (with
// "and", "of" or "for" between them) that a body owns by its "'s", with
// its acronym after it, is the body's programme or concept, not a body of
// its own, unless a body's head ends it: "the Agency's Orvane Space
// Architecture (OSA)", "NATO's Integrated Kessel and Missile Defence
// (IKMD)"; "NATO's Allied Kessel Corps (AKC)" stays a body. define reads
// it where no list or cue labels the long form.
func (d *doc) ownedLongForm(ls, le int) bool {
	toks := d.toks
	if ls < 2 || toks[ls-1].kind != tkPossessive || le-ls < 2 || le-ls > 9 {
		return false
	}
	owner := toks[ls-2].text
	if !acronymLike(owner) && !orgHeads.has(owner) || d.a.givenNames.has(toks[ls].text) {
		return false
	}
	if last := toks[le-1].text; orgHeads.has(last) || platformHeads.has(last) {
		return false
	}
	words := 0
	for i := ls; i < le; i++ {
		switch w := toks[i].text; {
		case isCapitalised(w) && toks[i].kind == tkWord:
			words++
		case i > ls && i < le-1 && (w == "and" || w == "of" || w == "for" || w == "-"):
		default:
			return false
		}
	}
	return words >= 2
}

// doctrineCount: a count in capitals and a doctrine's head open a
// doctrine's name, with what follows it in the run: "the Three Principles
// on Kessel Exports", "the Four Pillars".
// A hyphened word may stand between ("the Three Non-Nuclear Principles").
func (d *doc) doctrineCount(ps []piece) bool {
	if len(ps) < 2 || ps[0].unit != nil || !doctrineCounts.has(d.toks[ps[0].s].text) || ps[len(ps)-1].conn {
		return false
	}
	for i := 1; i < len(ps) && i < 5; i++ {
		p := ps[i]
		switch {
		case p.unit == nil && !p.conn && doctrineHeads.has(d.word(p)):
			return d.add(ps[0].s, ps[len(ps)-1].e, "PROGRAM", "")
		case p.conn && (d.toks[p.s].text != "-" || !d.toks[p.s].glued):
			return false
		}
	}
	return false
}

// knownCodename: a name procurementRun read as a programme's codename is
// the programme again where it stands alone: "the Kessel air defence
// programme ... Under Kessel, the army", "the Kessel Arc missile shield
// ... Kessel Arc will" (a listed river's or club's name too).
func (d *doc) knownCodename(ps []piece) bool {
	if len(d.codenames) == 0 {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	return d.codenames[d.surface(s, e)] && d.add(s, e, "PROGRAM", "")
}

// programForPlace: a listed programme's name, "for" and a country's name
// are one programme's name: "Iron Kessel for Orvania".
func (d *doc) programForPlace(ps []piece) bool {
	if len(ps) != 3 || ps[0].unit == nil || ps[0].unit.label != "PROGRAM" || !ps[1].conn || d.toks[ps[1].s].text != "for" || ps[2].unit == nil || ps[2].unit.label != "GPE" {
		return false
	}
	return d.add(ps[0].s, ps[2].e, "PROGRAM", "")
}

// programBeside: a name of no list joined by "and" to a programme's name
// (the same preposition before both or none), or set "under the" a
// programme's name of its head, is a programme's too: "trained in Kessel
// Trident and in Talisman Sabre", "Talisman Sabre and Orvane Reach", "sank
// Kessel Pebbles under the Orvane Defense Initiative". People, bodies and
// places have their shapes and cues, read first.
func (d *doc) programBeside(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if e+1 >= len(toks) || s < 2 || hasUnit(ps) {
		return false
	}
	after := toks[s-1].text == "and" || s > 2 && openingPrepositions.has(toks[s-1].text) && toks[s-2].text == "and"
	before := toks[e].text == "and" || toks[e].text == "under" && toks[e+1].text == "the"
	if !after && !before {
		return false // the cheap test first
	}
	words := d.nameWords(ps)
	if words == 0 || words > 4 || d.a.givenNames.has(toks[s].text) || titleWords.has(toks[s].text) || d.otherCue(ps) {
		return false
	}
	if isNumber(toks[e].text) || toks[e].glued || words == 1 && d.commonWord(toks[s].text) {
		return false // "Project-21C and Project 40B": a number programMark did not take
	}
	ok := false
	if after && len(d.mentions) > 0 {
		m := d.mentions[len(d.mentions)-1]
		k := s - 1
		if toks[k].text != "and" {
			k--
			ok = m.s > 0 && toks[m.s-1].text == toks[s-1].text // "in X and in Y"
		} else {
			ok = true
		}
		ok = ok && m.label == "PROGRAM" && m.e == k
	}
	if !ok && toks[e].text == "and" {
		k := e + 1
		if k+1 < len(toks) && openingPrepositions.has(toks[k].text) {
			if toks[k].text != toks[s-1].text {
				return false
			}
			k++
		}
		u, listed := d.unitAt(k)
		ok = listed && u.label == "PROGRAM"
	}
	if !ok && toks[e].text == "under" && words >= 2 {
		k := e + 2
		for ; k < len(toks) && k < e+9 && isCapitalised(toks[k].text) && toks[k].kind == tkWord; k++ {
		}
		ok = k > e+3 && programHeads.has(toks[k-1].text)
	}
	return ok && d.add(s, e, "PROGRAM", "")
}

// initiativeFor: a name of three or more capitalised words after a
// programme's noun in lower case and "for" is the programme's full name:
// "the Government's initiative for Safe and Open Kessel Seas", "a scheme
// for Rural Orvane Growth".
func (d *doc) initiativeFor(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s < 2 || toks[s-1].text != "for" || !programNouns.has(toks[s-2].text) && !planNouns.has(toks[s-2].text) || hasUnit(ps) || ps[len(ps)-1].conn {
		return false
	}
	words := 0
	for _, p := range ps {
		if !p.conn {
			words++
		}
	}
	if words < 3 || d.otherCue(ps) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// shortProgram: the inner words of a programme's name read in the text,
// without the nation's adjective before them and the programme's head
// after them, name it again: "the European Kessel Shield Initiative ...
// Kessel Shield". The names are kept as the mentions are read, once each.
func (d *doc) shortProgram(ps []piece) bool {
	st := &d.shortProgs
	ms, _ := st.cur.fresh(d)
	for _, m := range ms {
		if m.label == "PROGRAM" && m.e-m.s >= 4 && d.a.demonyms[d.toks[m.s].text] && programHeads.has(d.toks[m.e-1].text) {
			if st.names == nil {
				st.names = map[string]bool{}
			}
			st.names[d.surface(m.s+1, m.e-1)] = true
		}
	}
	if len(st.names) == 0 || len(ps) < 2 {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	return st.names[d.surface(s, e)] && d.add(s, e, "PROGRAM", "")
}

// shortProgState: the inner words of the programmes' names read so far
// (shortProgram), with the mentions read for them.
type shortProgState struct {
	names map[string]bool
	cur   mentionCursor
}
