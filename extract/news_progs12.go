package extract

import "strings"

// Programme and platform rules of round 12: treaties named "Union" or
// "Compact" between states, a review's year, an exercise's edition number
// after a one-word name, a body before its programme manager, a research
// programme hosted at a body; craft named in apposition to their noun, a
// platform named again by the last word of its name, launch vehicles by
// their head.

// progs12State is what the round-12 rules keep of a text while it is
// chunked.
type progs12State struct {
	// lastWords holds the last word of each platform name of two or more
	// words found so far ("Gateway" of "Lunar Gateway").
	lastWords nameMemo
	// treaties holds the names of treaties found so far without their head
	// ("Kessel" of "the Kessel Treaty").
	treaties nameMemo
	// stems holds the names of craft read with a number glued to them,
	// without it ("Kesselarm" of "Kesselarm3").
	stems map[string]bool
}

// pactUnion: a "Union" one state signs with another, and "Compacts of"
// a relation, are treaties: "the Kessel Union with Orvania", "the Compacts
// of Free Association". A body's union ("the European Union") is a list's
// unit and is no chunk of plain words.
func (d *doc) pactUnion(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 6 || hasUnit(ps) {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[n-1].e
	if d.compactOf(s, e) {
		return d.add(s, e, "PROGRAM", "")
	}
	if d.word(ps[n-1]) != "Union" || n > 3 || hasConn(ps) || s == 0 || toks[s-1].text != "the" || e+1 >= len(toks) || toks[e].text != "with" {
		return false
	}
	if u, ok := d.unitAt(e + 1); !ok || u.label != "GPE" {
		return false
	}
	w := d.word(ps[0])
	if d.a.demonyms[w] || compassWords.has(strings.ToLower(w)) || d.a.givenNames.has(w) {
		return false // "the Western Union with": a body's name
	}
	return d.add(s, e, "PROGRAM", "")
}

// compactOf: "Compact of" or "Compacts of" and a capitalised word open
// the treaty's name in tokens [s, e): "the Compacts of Free Association";
// define asks it too, where the name's head would make it a body's.
func (d *doc) compactOf(s, e int) bool {
	toks := d.toks
	return e-s >= 3 && (toks[s].text == "Compacts" || toks[s].text == "Compact") && toks[s+1].text == "of" && isCapitalised(toks[s+2].text)
}

// yearReview: a year before a review's, a strategy's or a white paper's
// name is part of it, the edition it names: "the 2015 Defence Review",
// "the 2022 National Defense Strategy".
func (d *doc) yearReview(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	if s < 2 || !reviewHeads.has(d.word(ps[n-1])) || !isYear(d.toks[s-1].text) || n > 5 || ps[0].conn {
		return false
	}
	if prev := d.toks[s-2]; prev.text != "the" && prev.text != "its" && prev.kind != tkPossessive {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PROGRAM" {
			return false
		}
	}
	return d.add(s-1, e, "PROGRAM", "")
}

// exerciseNumber: a name after an exercise's noun and a number of two
// digits or a year after it are the exercise's edition: "the air exercise
// Kessel 26", "exercise Orvane 2025". The number is no count: no plural
// noun follows it.
func (d *doc) exerciseNumber(ps []piece) bool {
	n := len(ps)
	e := ps[n-1].e
	toks := d.toks
	if n > 3 || e+1 > len(toks)-1 || !isNumber(toks[e].text) || toks[e].glued || len(toks[e].text) != 2 && !isYear(toks[e].text) || !d.afterExerciseNoun(ps[0].s) || hasConn(ps) {
		return false
	}
	if next := toks[e+1].text; isLowerWord(next) && strings.HasSuffix(next, "s") {
		return false // "exercise Kessel 25 ships"
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PROGRAM" {
			return false
		}
	}
	return d.add(ps[0].s, e+1, "PROGRAM", "")
}

// programmeRole: a name without an article before "programme manager"
// and a person's name is the body the manager works for: "Kessel
// programme manager Tarvo Brandt said". "the Kessel programme manager"
// is the programme's, left to the programme rules.
func (d *doc) programmeRole(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if e+3 >= len(toks) || toks[e].text != "programme" && toks[e].text != "program" || !programmeRoles.has(toks[e+1].text) || !isCapitalised(toks[e+2].text) {
		return false
	}
	if s > 0 && !toks[s].sentStart && !toks[s].newline && (articles.has(toks[s-1].text) || toks[s-1].kind == tkPossessive) {
		return false
	}
	if n > 3 || hasConn(ps) || strings.ContainsAny(toks[s].text, "0123456789") {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "ORG" {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// craftNounComma: a craft's noun, a comma and one or two names are the
// craft's names in apposition: "the capsule, Kessel,", "twin orbiters,
// Kessel and Tarvo,". A person, a body or a place a list knows keeps its
// label, and a name that speaks ("the rocket, Kessel said,") is no craft.
func (d *doc) craftNounComma(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s < 2 || toks[s-1].text != "," || !craftCommaNouns.has(toks[s-2].text) {
		return false
	}
	items, ok := d.listItems(ps)
	if !ok || len(items) > 2 {
		return false
	}
	if e < len(toks) && (personVerbs.has(toks[e].text)) {
		return false
	}
	for _, it := range items {
		if len(it) == 0 || len(it) > 3 || hasConn(it) {
			return false
		}
		for _, p := range it {
			if p.unit != nil && p.unit.label != "PLATFORM" {
				return false
			}
		}
		if w := d.word(it[0]); d.a.givenNames.has(w) || titleWords.has(w) {
			return false
		}
		if k := it[len(it)-1].e; k < len(toks) && isNumber(toks[k].text) {
			return false // "the vessels, CSB 8011 and CSB 8012": hull numbers, read elsewhere
		}
	}
	for _, it := range items {
		d.add(it[0].s, it[len(it)-1].e, "PLATFORM", "")
	}
	return true
}

// platformLastWord: the last word of a platform's longer name, alone (a
// common word in capitals inside a sentence), is the platform named again: "the Lunar Kessel ...
// Kessel's future", "the Orvane Tarvo ... Tarvo will fly". The first word
// is platformShortForm's (it may be the maker's).
func (d *doc) platformLastWord(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	memo := &d.progs12.lastWords
	for _, m := range memo.fresh(d) {
		if m.label == "PLATFORM" && m.e-m.s >= 2 && !d.toks[m.e-1].glued && isCapitalised(d.toks[m.e-1].text) && !isDesignator(d.toks[m.e-1].text) {
			memo.put(d.toks[m.e-1].text)
		}
	}
	w := d.word(ps[0])
	if w == "" || !memo.names[w] || d.a.givenNames.has(w) || platformHeads.has(w) || platformNouns.has(strings.ToLower(w)) {
		return false
	}
	if s := ps[0].s; d.commonWord(w) && (s == 0 || d.toks[s].sentStart || d.toks[s].newline) {
		return false // a common word opening a sentence is no name
	}
	return d.add(ps[0].s, ps[0].e, "PLATFORM", "")
}

// launchVehicle: a name that ends in "Launch Vehicle" is a rocket's, a
// country's name in it too: "the Orvania Next-generation Launch Vehicle".
func (d *doc) launchVehicle(ps []piece) bool {
	n := len(ps)
	if n < 3 || d.word(ps[n-1]) != "Vehicle" || d.word(ps[n-2]) != "Launch" {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "PLATFORM", "")
}

// treatyShortName: the words of a treaty's name before its head name the
// treaty again alone: "the Kessel Treaty ... What does Kessel change?",
// "the Tarvo Orvane Accord ... under Tarvo Orvane". A name a list knows
// keeps its label ("the Paris Agreement ... in Paris"), and a given name
// or a common word opening a sentence is read by the other rules.
func (d *doc) treatyShortName(ps []piece) bool {
	if len(ps) > 2 || hasUnit(ps) || hasConn(ps) {
		return false
	}
	memo := &d.progs12.treaties
	for _, m := range memo.fresh(d) {
		if m.label == "PROGRAM" && m.e-m.s >= 2 && m.e-m.s <= 3 && treatyHeads.has(d.toks[m.e-1].text) && !d.a.demonyms[d.toks[m.s].text] && isCapitalised(d.toks[m.s].text) {
			memo.put(d.surface(m.s, m.e-1))
		}
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(memo.names) == 0 || !memo.names[d.surface(s, e)] {
		return false
	}
	w := d.toks[s].text
	if d.a.givenNames.has(w) || d.commonWord(w) && (d.toks[s].sentStart || d.toks[s].newline) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// listPartOwner: a run of names before a programme's or a platform's noun
// holds two things where "in the" parts it, the second named for the
// noun ("the Kessel Tarvo in the ORVANE mission": a craft, then the
// mission), and where its last name owns what follows ("exercises such as
// Kessel Tarvo and the Orvane Guard's contribution": the owner is no
// exercise). Each part is read on its own.
func (d *doc) listPartOwner(ps []piece) bool {
	n := len(ps)
	e := ps[n-1].e
	toks := d.toks
	owner := e < len(toks) && toks[e].kind == tkPossessive
	cut, skip := -1, 0
	for i := 1; i+2 < n; i++ {
		if !ps[i].conn || ps[i-1].conn {
			continue
		}
		switch w := toks[ps[i].s].text; {
		case w == "in" && ps[i+1].conn && toks[ps[i+1].s].text == "the" && !ps[i+2].conn:
			cut, skip, owner = i, 2, false
		case w == "and" && owner:
			cut, skip = i, 1
			if ps[i+1].conn && toks[ps[i+1].s].text == "the" {
				skip = 2
			}
		}
	}
	if cut < 0 || cut+skip >= n || hasUnit(ps) {
		return false
	}
	label := d.contextLabel(ps[0].s, e)
	if label != "PROGRAM" && label != "PLATFORM" {
		return false
	}
	d.classify(ps[:cut])
	if owner {
		d.classify(ps[cut+skip:])
		return true
	}
	d.add(ps[cut+skip].s, e, label, "")
	return true
}

// placeAboard: a place's name after "aboard the", with a craft's noun in
// the apposition after it, is a vessel named after the place: "aboard the
// Kessel, one of the new carriers", "aboard the Tarvo, a tanker built in
// Korea". The place stays where no craft's noun follows ("aboard the Doha
// flight" is no name of a craft anyway).
func (d *doc) placeAboard(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s < 2 || toks[s-1].text != "the" || !strings.EqualFold(toks[s-2].text, "aboard") || len(ps) != 1 || ps[0].unit == nil || e+2 >= len(toks) || toks[e].text != "," {
		return false
	}
	if l := ps[0].unit.label; l != "GPE" && l != "LOC" {
		return false
	}
	for k := e + 1; k < len(toks) && k < e+8; k++ {
		t := toks[k]
		if t.kind != tkWord || t.newline {
			return false
		}
		if platformNouns.has(t.text) || craftCommaNouns.has(t.text) {
			return d.add(s, e, "PLATFORM", "")
		}
	}
	return false
}

// companyName: a piece a list names an organisation, or a name the text
// called one before.
func (d *doc) companyName(p piece) bool {
	if p.unit != nil {
		return p.unit.label == "ORG"
	}
	name := d.surface(p.s, p.e)
	for i := len(d.mentions) - 1; i >= 0; i-- {
		if m := d.mentions[i]; m.label == "ORG" && d.surface(m.s, m.e) == name {
			return true
		}
	}
	return false
}

// ownedModelNumber: a company's name and a number of one or two digits
// after an owner's word are a model of the company's: "builds its Kessel
// 3 in Ghent", "the new Tarvo 4 went on sale". A count or a share after
// the number ("its Kessel 3 per cent") is no model's.
func (d *doc) ownedModelNumber(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) != 1 || s == 0 || e+1 >= len(toks) {
		return false
	}
	num := toks[e].text
	if !isNumber(num) || len(num) > 2 || toks[e].glued || !modelOwners.has(toks[s-1].text) || !d.companyName(ps[0]) {
		return false
	}
	if next := toks[e+1]; next.kind == tkWord && isLowerWord(next.text) && !connectors.has(next.text) && !placePrepositions.has(next.text) || next.text == "%" {
		return false
	}
	return d.add(s, e+1, "PLATFORM", "")
}

// modelsNoun: a name after an owner's word, before "model" or "models"
// or before "and" and another name that "models" follows, is a maker's
// model: "its Kessel EV and Tarvo.ev models", "the company's Orvane
// model"; the name after "and" follows the first ("Tarvo.ev", its glued
// parts too). A programme's "the Danish model" has no owner before it.
func (d *doc) modelsNoun(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || s == 0 || d.a.demonyms[toks[s].text] {
		return false
	}
	for e < len(toks) && toks[e].glued && (toks[e].text == "." || toks[e].text == "-") && e+1 < len(toks) && toks[e+1].glued && toks[e+1].kind == tkWord {
		e += 2 // "Tarvo.ev"
	}
	if e >= len(toks) {
		return false
	}
	owned := toks[s-1].text == "its" || toks[s-1].text == "their" || toks[s-1].kind == tkPossessive
	switch {
	case modelNouns.has(toks[e].text):
		if !owned {
			n := len(d.mentions)
			if toks[s-1].text != "and" || n == 0 || d.mentions[n-1].label != "PLATFORM" || d.mentions[n-1].e != s-1 {
				return false
			}
		}
	case toks[e].text == "and" && owned:
		k := e + 1
		for ; k < len(toks) && k < e+6 && (isCapitalised(toks[k].text) || toks[k].glued); k++ {
		}
		if k == e+1 || k >= len(toks) || !modelNouns.has(toks[k].text) {
			return false
		}
	default:
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}

// digitTailCraft: one word in capitals and lower case that ends in a digit
// or two, in a text of spaceflight, is a craft's
// or a rocket's name with its number: "a test version of Kesselarm3",
// "Tarvosat2 reached orbit"; the name without its number is the series
// named again ("Kesselarm put us in space"). A word of capitals alone ("ABC3") is left to
// the designator rules, and so is a defence text's "Kessel1" cluster: a
// launch's word near it is not enough.
func (d *doc) digitTailCraft(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	w := d.word(ps[0])
	n := len(w)
	if d.progs12.stems[w] {
		return d.add(ps[0].s, ps[0].e, "PLATFORM", "")
	}
	if n < 5 || w[n-1] < '0' || w[n-1] > '9' || !isCapitalised(w) {
		return false // the cheap test first
	}
	k := n - 1
	for k > 0 && w[k-1] >= '0' && w[k-1] <= '9' {
		k--
	}
	if n-k > 2 || k < 4 || strings.ToLower(w[:k]) == w[:k] || strings.ToUpper(w[:k]) == w[:k] {
		return false
	}
	s, e := ps[0].s, ps[0].e
	if e < len(d.toks) && d.toks[e].glued && (d.toks[e].kind == tkWord || d.toks[e].text == "-") || !d.spaceText() {
		return false
	}
	if stem := w[:k]; !d.commonWord(stem) {
		if d.progs12.stems == nil {
			d.progs12.stems = map[string]bool{}
		}
		d.progs12.stems[stem] = true
	}
	return d.add(s, e, "PLATFORM", "")
}

// sportLeagueCode: a code of two or more capitals and digits before a
// match's noun in a sports report is a league's or a competition's, no
// platform: "a sold-out KT20 clash", "the KPL25 final". One letter ("a
// T20 match") is a format, left alone.
func (d *doc) sportLeagueCode(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	w := d.word(ps[0])
	e := ps[0].e
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z' || e >= len(d.toks) || !matchNouns.has(d.toks[e].text) {
		return false // the cheap test first
	}
	digits := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c < 'A' || c > 'Z':
			return false
		}
	}
	if !digits || !d.sportText() {
		return false
	}
	return d.add(ps[0].s, e, "ORG", "")
}

// placeConvention: a place's name before "Convention" names a treaty
// signed there: "the Kessel Convention bans mines", "the Tarvo
// Conventions"; a party's or a trade's convention has no place's name
// alone before its head ("the Democratic National Convention"), and one
// met "at" or sent "to" is a meeting.
func (d *doc) placeConvention(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || ps[1].unit != nil || ps[1].conn {
		return false
	}
	if w := d.word(ps[1]); w != "Convention" && w != "Conventions" {
		return false
	}
	if l := ps[0].unit.label; l != "GPE" && l != "LOC" {
		return false
	}
	if s := ps[0].s; s >= 2 && d.toks[s-1].text == "the" && (d.toks[s-2].text == "at" || d.toks[s-2].text == "to") {
		return false // "delegates at the Kessel Convention": a meeting
	}
	e := ps[1].e
	if e < len(d.toks) && (d.toks[e].text == "Centre" || d.toks[e].text == "Center" || d.toks[e].text == "centre" || d.toks[e].text == "center" || d.toks[e].text == "delegates") {
		return false
	}
	return d.add(ps[0].s, e, "PROGRAM", "")
}

// craftNamed: a name after a craft's noun and "named", "dubbed" or
// "christened", in quotes or not, is the craft's: 'the booster, named
// "Kessel Tarvo", landed', "a tanker named Orvane Star". A person's given
// name first is left to the person rules ("a ship's cat named Tom" has no
// craft's noun before "named" anyway).
func (d *doc) craftNamed(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	k := s - 1
	if k >= 0 && toks[k].kind == tkPunct && isQuote(toks[k].text) {
		k--
	}
	if k < 1 || !namingVerbs.has(toks[k].text) {
		return false // the cheap test first
	}
	k--
	if toks[k].text == "," && k > 0 {
		k--
	}
	if !platformNouns.has(toks[k].text) && !craftCommaNouns.has(toks[k].text) || len(ps) > 6 || d.a.givenNames.has(toks[s].text) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PLATFORM" {
			return false
		}
	}
	return d.add(s, e, "PLATFORM", "")
}

// makerModelDeed: one unknown word after a vehicle maker's possessive,
// before what is done to a model (recalled, sold, delayed), is the
// maker's model, a named vehicle: "Orvane's Kessel was recalled",
// "Tarvo's Harrow outsold its rivals". The maker's people ("Orvane's
// Brandt said") have a person's name and a person's verb; "sold" is no
// model's deed alone (a chief sells shares).
func (d *doc) makerModelDeed(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[0].e
	if len(ps) != 1 || ps[0].unit != nil || s < 2 || toks[s-1].kind != tkPossessive || e+1 >= len(toks) || !d.a.vehicleMakers[toks[s-2].text] {
		return false
	}
	k := e
	if auxiliaryVerbs.has(toks[k].text) {
		k++
	}
	if !modelDeeds.has(toks[k].text) {
		return false
	}
	w := d.word(ps[0])
	if w == "" || d.a.givenNames.has(w) || d.a.surnames.has(w) || d.namedPerson(w) || titleWords.has(w) {
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}
