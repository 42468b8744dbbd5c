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
