package extract

// Round-8 news rules for people with foreign names and for the name-shaped
// things that are no person. People: a given name no list holds before a
// surname that is also a town's name ("Lerato Brits scored", "Olusegun
// Ibadan, 61,"), read when a person's context stands beside the name.
//
// Choices where GUIDELINES.md is silent: a name of an unknown word and a
// town's is a place's when a place preposition stands before it ("in
// Nova Kessel") and a person's only with a person's evidence (a verb of
// acting, an apposition, an age, a title); with neither it keeps the
// place's label.

// unknownGivenTownSurname: an unknown word that could be a given name, then
// a one-word town or city of the lists (no country), with a person's
// context beside them, is a person's full name: "Lerato Brits scored",
// "Chisomo Banda, an economist,", "police questioned Nikolaj Kiev". Not
// after a place preposition ("in Nova Kessel"), and not without the
// context ("Lerato Brits" alone may be a place's two-word name).
func (d *doc) unknownGivenTownSurname(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !d.surnameUnit(ps[1]) || ps[1].unit.label != "GPE" ||
		d.a.countries[ps[1].unit.canonical] || d.afterPlacePreposition(ps[0].s) {
		return false
	}
	w := d.word(ps[0])
	if !d.a.uncommon(w) || d.seenLower(w) || !d.nameShaped(w) || !d.personWord(ps[0]) {
		return false
	}
	s, e := ps[0].s, ps[1].e
	if !d.actsAfter(e-1) && !d.personContext(s, e) && !d.newsPersonContext(s, e) {
		return false
	}
	d.addPerson(s, e)
	return true
}

// weakForeignPlace: a run of name words guessed a person's from its shape
// alone is a place's two-word name where the words around it say so,
// beyond weakPlaces' "in" and "near" with no given name:
//   - after "in" or "near" also with a given name that is a common
//     word too ("near Tan Kessel", "in Ban Orvo"), and before a verb
//     ("officials in Ta Kessel said": the verb is the officials');
//   - after a preposition of going through or into ("into Siem Orvo",
//     "through El Kessel");
//   - between "from" and "to" ("from Nowa Orvo to ..."), and after "to"
//     where a journey's verb or a "from" stands before ("sent trucks to
//     Huong Kessel", "from Nowa Orvo to Biała Kessel");
//   - after "and" or a comma that follow a place just named ("to Huong
//     Kessel and Phong Orvo").
//
// A listed given name opens no place ("met in Maria Kessel's office" aside,
// "in Anna Kessel" is a person's more often), nor does a possessive follow.
func (d *doc) weakForeignPlace(w span) bool {
	toks := d.toks
	prev := w.s - 1
	if prev < 0 || toks[w.s].newline || d.a.givenNames[toks[w.s].text] || d.ownerAt(w.e) {
		return false
	}
	p := toks[prev].text
	verbNext := w.e < len(toks) && toks[w.e].kind == tkWord && !toks[w.e].newline
	switch {
	case d.afterInOrNear(w.s):
		return (verbNext || !d.personContext(w.s, w.e)) && !d.a.givenNames[toks[w.e-1].text]
	case throughPrepositions[p]:
		return !d.personContext(w.s, w.e)
	case p == "from":
		return w.e < len(toks) && toks[w.e].text == "to"
	case p == "to":
		return prev > 0 && (journeyVerbs[toks[prev-1].text] || d.fromBefore(prev)) && !d.personContext(w.s, w.e)
	case p == "and" || p == ",":
		n := len(d.mentions)
		return n > 0 && d.mentions[n-1].e == prev && d.mentions[n-1].label == "GPE" && !d.personContext(w.s, w.e)
	}
	return false
}

// fromBefore: "from" opens the phrase of a few capitalised words that ends
// at token i ("from Nowa Orvo to").
func (d *doc) fromBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch t := d.toks[k]; {
		case t.text == "from":
			return k < i-1
		case !isCapitalised(t.text) || t.newline:
			return false
		}
	}
	return false
}

// sayersPlace: two or three name words no list holds after "in" or "near"
// and before a verb are a place where the subject of the verb is ("officials
// in Ta Kemmel said", "villages near Tan Orvik flooded"): the verb is the
// subject's, no evidence that the name is a person's. A listed given name
// at either end keeps a person's reading ("confidence in Anna Kemmel
// grew"), as does a possessive (no verb follows it).
func (d *doc) sayersPlace(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.personLen(ps) != len(ps) || !d.afterInOrNear(s) ||
		d.a.givenNames[d.toks[s].text] || d.a.givenNames[d.toks[e-1].text] {
		return false
	}
	if e >= len(d.toks) || d.toks[e].kind != tkWord || d.toks[e].newline || !d.actsAfter(e-1) && !personVerbs[d.toks[e].text] {
		return false
	}
	return d.add(s, e, "GPE", "")
}

// afterInOrNear: "in" or "near" stands before token s on its line.
func (d *doc) afterInOrNear(s int) bool {
	return s > 0 && !d.toks[s].newline && (d.toks[s-1].text == "in" || d.toks[s-1].text == "near")
}
