package extract

import (
	"strings"
	"unicode"
)

// Context rules: unknown capitalised words labelled by the words around them.

// leftover labels a run of unknown capitalised words from their context,
// or leaves a lone word to resolution ("Khurshid" after "Imran Khurshid").
func (d *doc) leftover(ps []piece) {
	// "Foreign Student Exchange program": a title word opens the name
	if len(ps) >= 2 && titleWords.has(d.word(ps[0])) && !orgHeads.has(d.word(ps[0])) && !d.a.demonyms[d.word(ps[0])] {
		if label := d.contextLabel(ps[0].s, ps[len(ps)-1].e); label == "PROGRAM" || label == "PLATFORM" {
			d.add(ps[0].s, ps[len(ps)-1].e, label, "")
			return
		}
	}
	// "Egyptologist Zahi Hawass said": a common noun that opens the
	// sentence before two name words is their occupation
	for len(ps) > 0 && (d.a.demonyms[d.word(ps[0])] || titleWords.has(d.word(ps[0])) ||
		len(ps) >= 3 && d.toks[ps[0].s].sentStart && ps[0].unit == nil && d.occupationWord(d.word(ps[0]))) {
		ps = ps[1:]
	}
	if len(ps) == 0 || len(ps) == 1 && (genericAcronyms.has(d.word(ps[0])) || functionWords.has(d.word(ps[0]))) {
		return // "the MP said it": a common abbreviation, whatever acts; "The" alone is no name
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	// "said Ade Ologun, an economist at the firm": a name after a verb of
	// saying is who spoke, whatever the words after it say of a firm
	if len(ps) >= 2 && d.saidBefore(s, e) && d.personLen(ps) == len(ps) {
		d.addPerson(s, e)
		return
	}
	if label := d.contextLabel(s, e); label != "" {
		d.add(s, e, label, "")
		return
	}
	if len(ps) >= 2 && placeNameStarts.has(d.word(ps[0])) && !d.afterHonorific(s) && !d.personContext(s, e) {
		d.add(s, e, "GPE", "") // "Punta Lobos", "San Lorenzo Nuovo"
		return
	}
	if len(ps) >= 2 && d.personLen(ps) == len(ps) {
		switch {
		case d.businessPlural(ps) && !d.personContext(s, e) && !d.afterHonorific(s):
			d.add(s, e, "ORG", "") // "Halden Books", "Marlow Futures"
			return
		case d.personContext(s, e) || d.afterHonorific(s) || d.actedRun(ps):
			d.addPerson(s, e)
			return
		case d.nameRun(ps):
			d.weak = append(d.weak, span{s, e})
			return
		}
	}
	if len(ps) == 1 {
		w := d.toks[s].text
		if loneOrgs.has(w) {
			d.add(s, e, "ORG", "")
			return
		}
		if !d.toks[s].sentStart && !d.afterPlacePreposition(s) && !d.afterArticle(s) && d.personWord(ps[0]) && d.nameShaped(w) && !d.seenLower(w) && d.personContext(s, e) {
			d.addPerson(s, e)
			return
		}
		if camelCase(w) {
			d.add(s, e, "ORG", "")
		}
	}
}

// businessPlural: a proper name, then the plural of a common noun that is
// no family name ("Books", "Futures", "Motors"), names a firm by what it
// sells, not a person: "Halden Books". Family names that are plurals too
// ("Banks", "Fields") are in the surname list; a name of common words
// only ("Recovery Vehicles") is no firm's.
func (d *doc) businessPlural(ps []piece) bool {
	for _, p := range ps[:len(ps)-1] {
		w := d.word(p)
		if !d.a.uncommon(w) && !d.a.surnames.has(w) && !d.a.givenNames.has(w) {
			return false
		}
	}
	w := d.word(ps[len(ps)-1])
	sing, ok := strings.CutSuffix(w, "s")
	if !ok || strings.HasSuffix(sing, "s") || d.a.surnames.has(w) || d.a.givenNames.has(w) {
		return false
	}
	return d.a.commonWords.has(strings.ToLower(w)) || d.a.commonWords.has(strings.ToLower(sing))
}

// camelCase: "DataVane", "HydroLink" (company names), not "McKenna".
func camelCase(w string) bool {
	if strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") || !isCapitalised(w) {
		return false
	}
	// "Data"+"Vane": a capitalised word of three letters or more, then
	// another of two or more; not "PoE" or "NaCl"
	rs := []rune(w)
	for i := 3; i+2 <= len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) && unicode.IsLower(rs[i-2]) && unicode.IsLower(rs[i+1]) {
			return true
		}
	}
	return false
}

// occupationWord: a capitalised common noun no name is made of, as an
// occupation is ("Astronomer", "Egyptologist"): a lexicon word or a
// science's practitioner, and no given name.
func (d *doc) occupationWord(w string) bool {
	l := strings.ToLower(w)
	return (d.a.commonWords.has(l) || strings.HasSuffix(l, "ologist")) && !d.a.givenNames.has(w) && !d.a.wordGivenNames[w] && !d.a.surnames.has(w)
}

// groupFighters: "Wagner fighters", "Kessel fighters" at token e: a
// group's combatants; "Kessel fighter jets", "KAAN fighters" (capitals),
// "the Kessel fighter": aircraft.
func (d *doc) groupFighters(e int) bool {
	toks := d.toks
	return e > 0 && e+1 < len(toks) && toks[e].text == "fighters" && !toks[e].newline && !platformNouns.has(toks[e+1].text) && d.a.uncommon(toks[e-1].text)
}

// contextLabel labels unknown words by what surrounds them.
func (d *doc) contextLabel(s, e int) string {
	toks := d.toks
	if d.a.demonyms[toks[s].text] {
		return ""
	}
	if d.groupFighters(e) {
		return "ORG"
	}
	if followedBy(toks, e, platformModifiers, platformNouns) {
		return "PLATFORM"
	}
	if followedBy(toks, e, programModifiers, programNouns) {
		return "PROGRAM"
	}
	if d.afterExerciseNoun(s) {
		return "PROGRAM"
	}
	if e+1 < len(toks) && toks[e].text == "-" && toks[e].glued && (toks[e+1].text == "based" || toks[e+1].text == "headquartered") {
		return "GPE"
	}
	if d.orgContext(s, e) {
		return "ORG"
	}
	// "at Tarvel, Ontario": a place named with its state or country
	if e+1 < len(toks) && toks[e].text == "," {
		if u, ok := d.unitAt(e + 1); ok && u.label == "GPE" && s > 0 && (placePrepositions.has(toks[s-1].text) || toks[s-1].text == ",") {
			return "GPE"
		}
	}
	return ""
}

// afterExerciseNoun: an exercise named after its noun ("the naval
// exercise Blue Harbour", "exercises such as Iron Gate") or in apposition
// to a named one ("the Joint Military Exercise, Iron Gate").
func (d *doc) afterExerciseNoun(s int) bool {
	toks := d.toks
	if s < 1 || toks[s].sentStart {
		return false
	}
	k := s - 1
	switch {
	case toks[k].text == "," && k >= 1:
		return isCapitalised(toks[k-1].text) && exerciseNouns.has(strings.ToLower(toks[k-1].text))
	case toks[k].text == "as" && k >= 2 && toks[k-1].text == "such":
		k -= 2
	}
	return exerciseNouns.has(strings.ToLower(toks[k].text))
}

// orgContext: words around a name that make it a company's or a team's:
// "chief executive of X", "built by X", "X shares", "X's board", "the X
// game".
func (d *doc) orgContext(s, e int) bool {
	toks := d.toks
	if s >= 2 && !toks[s-1].newline {
		switch prep, before := toks[s-1].text, strings.ToLower(toks[s-2].text); {
		case (prep == "of" || prep == "at" || prep == "for") && orgRoles.has(before):
			return true
		case prep == "by" && orgMakers.has(before):
			return true
		case prep == "for" && teamVerbs.has(before):
			return true
		}
	}
	if e < len(toks) && !toks[e].newline {
		if orgAfter.has(toks[e].text) {
			return true
		}
		if teamNouns.has(toks[e].text) && strings.HasSuffix(toks[e-1].text, "s") && !peopleWord(d.a.demonyms, toks[e-1].text) {
			return true
		}
		if toks[e].kind == tkPossessive && e+1 < len(toks) && orgRoles.has(toks[e+1].text) {
			return true
		}
		// "Rocket Forge launched a satellite": a name made of a common noun
		// (no person's name is) acting as companies do
		if (orgVerbs.has(toks[e].text) || d.statementAfter(e)) && e-s >= 2 && !d.a.givenNames.has(toks[s].text) && d.commonWord(toks[e-1].text) {
			return true
		}
		if d.orgApposition(e) {
			return true
		}
	}
	return d.newsOrgContext(s, e)
}

// statementAfter: "said in a statement", "said in its filing" from token e.
func (d *doc) statementAfter(e int) bool {
	toks := d.toks
	return e+3 < len(toks) && personVerbs.has(toks[e].text) && toks[e+1].text == "in" &&
		(toks[e+2].text == "a" || toks[e+2].text == "its") && statementNouns.has(toks[e+3].text)
}

// orgApposition: ", the defence company," or ", a startup based in" after
// a name: a noun of organisations ends the apposition's phrase (not "the
// company's founder", "a bank manager"). ", the carmaker said" is a
// reporting clause after any last word ("a plant in Cologne, the
// carmaker said"), no apposition.
func (d *doc) orgApposition(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) {
		return false
	}
	for k, words := e+2, 0; k < len(toks) && words < 3 && toks[k].kind == tkWord && !toks[k].newline; k, words = k+1, words+1 {
		if gluedHyphen(toks, k+1) {
			k += 2 // "the Dublin-based lessor": one modifier
		}
		if !orgNouns.has(toks[k].text) {
			continue
		}
		// ", the carmaker said" reports a quote: no apposition
		n := k + 1
		return n == len(toks) || toks[n].kind == tkPunct || clauseStarts.has(toks[n].text) || auxiliaryVerbs.has(toks[n].text)
	}
	return false
}

// followedBy reports whether a noun from nouns follows token e, after at
// most five modifiers from mods (hyphens between them allowed, and "and"
// between two: "humanitarian and disaster relief exercise").
func followedBy(toks []tok, e int, mods, nouns *cueSet) bool {
	for k, n := e, 0; k < len(toks) && n < 5; k++ {
		t := toks[k]
		if t.text == "-" && t.glued || t.text == "and" && n > 0 {
			continue
		}
		if t.kind != tkWord || t.newline {
			return false
		}
		// "anti-tank", "precision-guided": a hyphenated modifier is one word
		if gluedHyphen(toks, k+1) && toks[k+2].kind == tkWord {
			if c := t.text + "-" + toks[k+2].text; mods.has(c) || mods.has(strings.ToLower(c)) {
				k += 2
				n++
				continue
			}
		}
		if nouns.has(t.text) {
			return true
		}
		if !mods.has(t.text) && !mods.has(strings.ToLower(t.text)) {
			return false
		}
		n++
	}
	return false
}
