package extract

import "strings"

// Programme rules of round 9 (see news_progs7.go), for programmes in
// defence news that no list holds: a name in apposition to a programme's
// noun that a participle goes on ("Kessel, the submarine programme agreed
// with Orvania in 2008"), a "Force" long form and its acronym in brackets
// before a plan's noun ("the Minimum Readiness Force (MRF) plan"), an
// acronym known as a programme named again ("PROSUB"), a short name in
// brackets after a programme ("the New Growth Program (Novo Kessel)"), a
// codename before "deal" ("the Kessel deal"), and a nation's model ("the
// Danish model").

// participleApposition: any name of one to four words with a programme's
// noun in apposition after it that a past participle and a preposition, a
// present participle or "worth" go on is a programme's: "Kessel, the
// submarine programme agreed with Orvania", "Tarvel, the state defence
// cluster launched by the ministry", "Harlow, a scheme giving grants",
// "Orvane, a programme worth $2 billion".
// A name after an opening preposition may end an introductory phrase
// instead ("According to Kessel, the plan failed in May"): left alone.
func (d *doc) participleApposition(ps []piece) bool {
	words := d.nameWords(ps)
	s, e := ps[0].s, ps[len(ps)-1].e
	if words == 0 || words > 4 || d.otherCue(ps) || allUnits(ps) || d.introPhrase(s) {
		return false
	}
	k, ok := d.appositionOpens(e)
	if !ok {
		return false
	}
	toks := d.toks
	for n := 0; k+2 < len(toks) && n < 6; k, n = k+1, n+1 {
		t := toks[k]
		if t.newline || t.kind == tkPunct && t.text != "-" {
			return false
		}
		if programAppositionNouns.has(t.text) || appositionNouns.has(t.text) || planNouns.has(t.text) || apposedSchemeNouns.has(t.text) {
			next := toks[k+1].text
			goesOn := pastParticiple(next) && participleLinks.has(toks[k+2].text) || next == "worth" || len(next) > 5 && strings.HasSuffix(next, "ing")
			return goesOn && d.add(s, e, "PROGRAM", "")
		}
	}
	return false
}

// appositionOpens: an apposition opens at the comma at token e, with an
// article, an owner's pronoun or a name's "'s" after it (", the", ",
// its", ", NATO's"); it returns where the words after that opener start.
func (d *doc) appositionOpens(e int) (int, bool) {
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "," {
		return 0, false
	}
	k := e + 1
	switch w := toks[k].text; {
	case w == "the" || w == "a" || w == "an" || w == "its" || ownerPronouns.has(w):
		return k + 1, true
	case isCapitalised(w) && k+1 < len(toks) && toks[k+1].kind == tkPossessive:
		return k + 2, true // "NATO's"
	}
	return 0, false
}

// pastParticiple: a regular past participle ("agreed", "launched") or one
// of the irregular ones news writes after a programme ("set up", "run by").
func pastParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples.has(w)
}

// introPhrase: the name at s follows only an opening preposition and its
// article in its sentence ("According to Kessel,", "Under the Kessel,").
func (d *doc) introPhrase(s int) bool {
	for k, n := s-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		t := d.toks[k]
		switch {
		case t.sentStart || t.newline && k == s-1:
			return openingPrepositions.has(strings.ToLower(t.text))
		case t.text != "the" && t.text != "to" && t.kind != tkWord:
			return false
		}
	}
	return false
}

// forcePlan: a long form ending in "Force" and its acronym in brackets
// before a plan's noun name a force-structure plan, no force: "the Minimum
// Readiness Force (MRF) plan". Other heads of bodies ("the Kessel Agency
// (KA) programme") stay the body's, which runs the programme; so does a
// force a list holds (define looks the long form up first).
func (d *doc) forcePlan(ls, le, ae int) bool {
	return d.toks[le-1].text == "Force" && d.programAfter(ls, ae)
}

// bracketProgramName: a name of words in brackets right after a
// programme's name is its short name, when not an acronym (bracketAcronyms
// reads those): "the New Growth Program (Novo Kessel)".
func (d *doc) bracketProgramName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(d.mentions) == 0 || s < 2 || e >= len(toks) || toks[s-1].text != "(" || toks[e].text != ")" || e-s == 1 && acronymLike(toks[s].text) {
		return false
	}
	if m := d.mentions[len(d.mentions)-1]; m.e != s-1 || m.label != "PROGRAM" || d.nameWords(ps) == 0 {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// codenameDeal: "the Kessel deal", "the Orvane deal, under which", "the
// Tarvel fund": one capitalised word of no list between "the" and "deal"
// or "fund" is a procurement programme's or a fund's codename. A name the text has read as a company or a person
// before, or one a list holds, is theirs ("the Boeing deal").
func (d *doc) codenameDeal(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) != 1 || ps[0].unit != nil || e-s != 1 || s == 0 || e >= len(toks) || !codenameNouns.has(toks[e].text) || toks[s-1].text != "the" {
		return false
	}
	w := toks[s].text
	// a capitalised common word names codenames too ("the Kestrel deal"),
	// where no sentence, month or title capitalises it
	if len(w) < 3 || d.a.givenNames.has(w) || d.a.surnames.has(w) || toks[s].sentStart || calendarWords.has(w) || titleWords.has(w) || d.a.demonyms[w] {
		return false
	}
	if d.otherFirstWord(w) {
		return false // "Kessel Systems said ... the Kessel deal"
	}
	return d.add(s, e, "PROGRAM", "")
}

// progs9State: the first words of the mentions other than programmes read
// so far (otherFirstWord), with the mentions read for them.
type progs9State struct {
	firsts map[string]bool
	cur    mentionCursor
}

// otherFirstWord: a mention other than a programme's opens with w. The
// mentions are read once each, as the text's chunks are classified.
func (d *doc) otherFirstWord(w string) bool {
	st := &d.progs9
	ms, _ := st.cur.fresh(d)
	for _, m := range ms {
		if m.label == "PROGRAM" {
			continue
		}
		if st.firsts == nil {
			st.firsts = map[string]bool{}
		}
		st.firsts[d.toks[m.s].text] = true
	}
	return st.firsts[w]
}

// nationModel: "the Danish model", "the Singapore model": a nation's
// adjective or a country's name and "model" after "the" name a scheme
// other states copy (written8's README: a named scheme is a PROGRAM),
// "model" in the span.
func (d *doc) nationModel(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) != 1 || s == 0 || e >= len(toks) || toks[e].text != "model" || toks[s-1].text != "the" && toks[s-1].text != "The" {
		return false
	}
	if u := ps[0].unit; !(u == nil && e-s == 1 && d.a.demonyms[toks[s].text]) && !(u != nil && u.label == "GPE") {
		return false
	}
	return d.add(s, e+1, "PROGRAM", "")
}

// knownProgramAcronym: an acronym the text has read as a programme is the
// programme again where it stands alone ("KESSEL, the submarine programme
// ... KESSEL needed funds"), before the acronym rules read a body.
func (d *doc) knownProgramAcronym(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) != 1 || ps[0].unit != nil || e-s != 1 || !acronymLike(d.toks[s].text) || !d.programNamed(d.toks[s].text, false) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// craftWordName: a name of two to four words with a craft's name inside,
// and a word of no list with it, that a programme's noun names as a whole
// ("a mission named Trident Kessel", Trident a missile's name too);
// codeNamed reads it.
func (d *doc) craftWordName(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 4 {
		return false
	}
	craft, plain := false, false
	for _, p := range ps {
		switch {
		case p.conn:
			return false
		case p.unit == nil:
			plain = true
		case p.unit.label == "PLATFORM":
			craft = true
		case p.unit.label != "PROGRAM" && p.unit.label != "LOC" && p.unit.label != "GPE":
			return false
		}
	}
	return craft && plain
}

// celestialProgram: "the Moon programme", "the Mars mission": a body that
// space programmes are sent to, before a programme's noun, is the body's
// name (LOC), the noun outside; the programme has no name of its own
// there. Bodies that name missions and programmes ("Project Mercury", "the
// Psyche mission") are left out of the set.
func (d *doc) celestialProgram(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) != 1 || e-s != 1 || e >= len(d.toks) || !targetBodies.has(d.toks[s].text) || !programNouns.has(d.toks[e].text) && !planNouns.has(d.toks[e].text) {
		return false
	}
	return d.add(s, e, "LOC", "")
}
