package extract

import "strings"

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
// evidence beside them, is a person's full name: "Lerato Brits scored",
// "Chisomo Banda, an economist,", "Lawyer Fatou Kaolack", a
// byline ("By Nour Hassan" on its own line), a scorecard ("(Wolvaardt
// 114, Tazmin Brits 58)") or a list of people ("by Ana Ruiz and Tazmin
// Brits"). The same holds for a town's name that is a given name too,
// then a surname no lexicon knows ("tries by Juan Cruz and Santiago
// Carreras"). Not after a place preposition ("in Nova Kessel"), and not
// without the evidence ("Lerato Brits" alone may be a place's two-word
// name).
func (d *doc) unknownGivenTownSurname(ps []piece) bool {
	// "Lawyer Fatou Kaolack filed": a role opening the sentence is the
	// evidence, outside the name
	role := len(ps) == 3 && ps[0].unit == nil && d.toks[ps[0].s].sentStart && personRoles.has(strings.ToLower(d.word(ps[0])))
	if role {
		ps = ps[1:]
	}
	if len(ps) != 2 || hasConn(ps) || ps[0].e-ps[0].s != 1 || ps[1].e-ps[1].s != 1 || d.afterPlacePreposition(ps[0].s) {
		return false
	}
	town := func(p piece) bool {
		return d.surnameUnit(p) && p.unit.label == "GPE" && !d.a.countries[p.unit.canonical]
	}
	name := func(p piece) bool {
		w := d.word(p)
		return p.unit == nil && (d.a.uncommon(w) || d.a.givenNames.has(w)) && !d.seenLower(w) && d.nameShaped(w) && d.personWord(p) && !placeNameStarts.has(w) && !gpeHeads.has(w)
	}
	if !(name(ps[0]) && town(ps[1]) || town(ps[0]) && name(ps[1]) && !d.a.givenNames.has(d.word(ps[1]))) {
		return false
	}
	s, e := ps[0].s, ps[1].e
	// a verb of acting is evidence of the sentence's subject only ("Tickets
	// for Velvex Puri went on sale": the tickets went)
	subject := d.toks[s].sentStart || s > 0 && d.toks[s-1].kind == tkPunct
	if !role && !(subject && d.actsAfter(e-1)) && !d.personContext(s, e) && !d.newsPersonContext(s, e) && !d.bylineName(s, e) && !d.scoreName(s, e) && !d.personListed(s) {
		return false
	}
	d.addPerson(s, e)
	return true
}

// bylineName: "By" opens the line and the name [s, e) ends it.
func (d *doc) bylineName(s, e int) bool {
	return s > 0 && d.toks[s-1].text == "By" && d.toks[s-1].newline && !d.toks[s].newline && (e == len(d.toks) || d.toks[e].newline)
}

// scoreName: a scorecard's entry, the name [s, e) after a comma, a
// semicolon or a bracket and before a score ("(Wolvaardt 114, Tazmin
// Brits 58)").
func (d *doc) scoreName(s, e int) bool {
	if s == 0 || e+1 >= len(d.toks) || d.toks[e].newline || !isNumber(d.toks[e].text) {
		return false
	}
	switch d.toks[s-1].text {
	case ",", ";", "(":
		return d.toks[e+1].kind == tkPunct
	}
	return false
}

// personListed: a person's name just taken, then "and" or a comma, stand
// before token s ("by Ana Ruiz and Tazmin Brits").
func (d *doc) personListed(s int) bool {
	n := len(d.mentions)
	if s < 2 || n == 0 || d.toks[s].newline {
		return false
	}
	if p := d.toks[s-1].text; p != "and" && p != "," {
		return false
	}
	return d.mentions[n-1].e == s-1 && d.mentions[n-1].label == "PERSON"
}

// weakForeignPlace: a run of name words guessed a person's from its shape
// alone is a place's two-word name where the words around it say so,
// beyond weakPlaces' "in" and "near" with no given name:
//   - after "in" or "near" also with a given name that is a common
//     word too ("near Tan Kessel", "in Ban Orvo"), and before a verb
//     ("officials in Ta Kessel said": the verb is the officials');
//   - after a preposition of going through or into ("into Siem Orvo",
//     "through El Kessel");
//   - after a verb done to towns ("shelled Kessel Orvo", "families fled
//     Dong Kessel", "floods swept Binh Orvo");
//   - between "from" and "to" ("from Nowa Orvo to ..."), and after "to"
//     where a journey's verb or noun or a "from" stands before ("sent trucks to
//     Huong Kessel", "from Nowa Orvo to Biała Kessel");
//   - after "and" that follows a place just named ("to Huong
//     Kessel and Phong Orvo") or a list opened by "in", "near" or a
//     preposition of going through ("in Siedlce and Nowa Orvo"); not
//     after a comma, which also ends an opening phrase ("In Tarvel, Aryn
//     Kessel won").
//
// A listed given name opens no place ("met in Maria Kessel's office" aside,
// "in Anna Kessel" is a person's more often), nor does a possessive follow.
func (d *doc) weakForeignPlace(w span) bool {
	toks := d.toks
	prev := w.s - 1
	if prev < 0 || toks[w.s].newline || d.a.givenNames.has(toks[w.s].text) || d.ownerAt(w.e) {
		return false
	}
	p := toks[prev].text
	verbNext := w.e < len(toks) && toks[w.e].kind == tkWord && !toks[w.e].newline
	switch {
	case d.afterInOrNear(w.s):
		return (verbNext || !d.personContext(w.s, w.e)) && !d.a.givenNames.has(toks[w.e-1].text)
	case throughPrepositions.has(p):
		return !d.personContext(w.s, w.e)
	case seizedPlaceVerbs.has(p) || reachedPlaceVerbs.has(p):
		return !d.personContext(w.s, w.e)
	case p == "from":
		return w.e < len(toks) && toks[w.e].text == "to"
	case p == "to":
		return prev > 0 && (journeyVerbs.has(toks[prev-1].text) || journeyNouns.has(toks[prev-1].text) || d.fromBefore(prev)) && !d.personContext(w.s, w.e)
	case p == "and":
		return (d.placeEndsAt(prev) || d.placeListBefore(prev)) && !d.personContext(w.s, w.e) && !d.parallelPlaceAt(w.e)
	}
	return false
}

// givenNamedTown: a town named like a person, one word that is a listed
// given name, where a listed place beside it says what it is: "from Anna
// to Oslo", "from Oslo to Anna", "in Oslo and Anna." at a list's end. Not
// after a mere "to" ("a card to Anna"), nor before a verb ("police in Oslo
// and Anna spoke"), nor where a person's context follows, which the
// callers ask.
func (d *doc) givenNamedTown(w span) bool {
	toks := d.toks
	if w.e != w.s+1 || w.s < 1 {
		return false
	}
	switch toks[w.s-1].text {
	case "from":
		u, ok := d.unitAt(w.e + 1)
		return ok && toks[w.e].text == "to" && u.label == "GPE"
	case "to":
		return d.placeEndsAt(w.s-1) && d.fromBefore(w.s-1)
	case "and":
		// "in Oslo and Anna." ends the list; "in Oslo and Anna spoke" may
		// join Anna to the subject
		return d.placeEndsAt(w.s-1) && d.placeListBefore(w.s-1) && (w.e == len(toks) || toks[w.e].kind == tkPunct || toks[w.e].newline)
	}
	return false
}

// placeEndsAt: a listed town's or country's name ends at token i, or one
// of the last mentions taken (weakPlaces and placeLists take them in text
// order) is a place's that ends there.
func (d *doc) placeEndsAt(i int) bool {
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-8; k-- {
		if d.mentions[k].e == i {
			return d.mentions[k].label == "GPE"
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if u, ok := d.unitAt(k); ok {
			return u.end == i && u.label == "GPE"
		}
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

// sayersPlace: two or three name words no list holds after "in" or "near",
// or after a plural noun and "from", and before a verb are a place where
// the subject of the verb is ("officials in Ta Kemmel said", "villages
// near Tan Orvik flooded", "delegates from Nowy Orvik met"): the verb is
// the subject's, no evidence that the name is a person's. A listed given name
// at either end keeps a person's reading ("confidence in Anna Kemmel
// grew"), as does a possessive (no verb follows it).
func (d *doc) sayersPlace(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.personLen(ps) != len(ps) || !d.afterInOrNear(s) && !d.fromGroup(s) ||
		d.a.givenNames.has(d.toks[s].text) || d.a.givenNames.has(d.toks[e-1].text) {
		return false
	}
	if e >= len(d.toks) || d.toks[e].kind != tkWord || d.toks[e].newline || !d.actsAfter(e-1) && !personVerbs.has(d.toks[e].text) {
		return false
	}
	return d.add(s, e, "GPE", "")
}

// afterInOrNear: "in" or "near" stands before token s on its line.
func (d *doc) afterInOrNear(s int) bool {
	return s > 0 && !d.toks[s].newline && (d.toks[s-1].text == "in" || d.toks[s-1].text == "near")
}

// listedForeignPlace: two or three name words no list holds after a place
// just named and "and" or "or" are the list's next place ("bases in
// Warsaw and Oddar Kemmel"), where no person's context nor a verb of
// acting stands; a listed given name opens a person's ("Kyiv and Anna
// Kemmel"). A comma also ends an opening phrase ("In Riyadh, Aryn Kessel
// won"), so it lists nothing here.
func (d *doc) listedForeignPlace(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || s < 2 || d.toks[s].newline || d.personLen(ps) != len(ps) ||
		d.a.givenNames.has(d.toks[s].text) || d.ownerAt(e) {
		return false
	}
	if p := d.toks[s-1].text; p != "and" && p != "or" || d.actsAfter(e-1) || d.parallelPlaceAt(e) {
		return false
	}
	n := len(d.mentions)
	if n == 0 || d.mentions[n-1].e != s-1 || d.mentions[n-1].label != "GPE" || d.personContext(s, e) {
		return false
	}
	return d.add(s, e, "GPE", "")
}

// placeListBefore: the names before token i, parted by commas and "and",
// follow "in", "near" or a preposition of going through ("bases in Sisaket,
// Kemmel and ..."): a list of places whatever the lists know of them.
func (d *doc) placeListBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		switch t := d.toks[k]; {
		case t.text == "in" || t.text == "near" || throughPrepositions.has(t.text):
			return k < i-1
		case t.newline || t.text != "," && t.text != "and" && !isCapitalised(t.text):
			return false
		}
	}
	return false
}

// articleForeignName: "the" and two or three name words no lexicon knows
// are no person's bare name (articles stand before none; common words make
// common names: "the Opera House"): a body's, whose kind may follow ("the
// Viv Kessel coalition") or that acts or is named after a preposition
// ("seats in the Jatiya Orvik"), or a site's before a site's noun ("near
// the Ta Orvik temple"). Before another lower-case word the name modifies
// something other rules read ("the Orvik Tessa class"); a listed given
// name opens a person's or a firm's name but before a body's noun.
func (d *doc) articleForeignName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || s == 0 || d.toks[s].newline || !articles.has(d.toks[s-1].text) ||
		d.toks[s-1].text == "a" || d.toks[s-1].text == "an" || d.personLen(ps) != len(ps) || placeNameStarts.has(d.word(ps[0])) || d.ownerAt(e) {
		return false
	}
	// a given name opens a body's name only before the body's or the
	// site's noun ("the Viv Orvane coalition")
	kindAfter := e < len(d.toks) && !d.toks[e].newline && (groupNouns.has(d.toks[e].text) || siteNouns.has(d.toks[e].text))
	if d.a.givenNames.has(d.toks[s].text) && !kindAfter {
		return false
	}
	for _, p := range ps {
		if w := d.word(p); !d.a.uncommon(w) && !d.a.givenNames.has(w) || d.seenLower(w) {
			return false // "the Opera House", "the Armed Forces": common words
		}
	}
	if d.cueLabel(ps) != "" {
		return false // "the Venice Biennale": a cue word says what it is
	}
	if kindAfter {
		if siteNouns.has(d.toks[e].text) {
			return d.add(s, e, "LOC", "")
		}
		return d.add(s, e, "ORG", "")
	}
	// with no kind after it, a body's name is one that acts ("the Jatiya
	// Orvik voted") or that one is in, of or by ("seats in the Jatiya
	// Orvik"); "won the Kirti Orvik" is an award's
	acts := e < len(d.toks) && !d.toks[e].newline && (d.actsAfter(e-1) || auxiliaryVerbs.has(d.toks[e].text) || personVerbs.has(d.toks[e].text))
	if b := s - 2; !acts && (b < 0 || !placePrepositions.has(d.toks[b].text) && !lonePlacePrepositions.has(d.toks[b].text) && d.toks[b].text != "by" && d.toks[b].text != "with") {
		return false
	}
	if d.modifierAt(e) {
		return false // "the Orvik Tessa class"
	}
	return d.add(s, e, "ORG", "")
}

// hyphenGivenName: a given name written with a hyphen, then a surname,
// is one person's name: "Jean-Baptiste Kinshasa" (the surname a town's
// too), "Faustin-Archange Touadéra won" and "the mayor, Pierre-Louis
// Jacmel," (no list holds either half as a given name: a person's evidence
// must stand beside it). Every part is a name word and
// the hyphen is glued on both sides.
func (d *doc) hyphenGivenName(ps []piece) bool {
	if len(ps) != 4 || !ps[1].conn || d.toks[ps[1].s].text != "-" || !d.toks[ps[1].s].glued || !d.toks[ps[2].s].glued ||
		ps[3].conn {
		return false
	}
	towns := 0 // "Pierre-Louis": a half that is a town's name too
	for _, p := range ps[:3:3] {
		switch w := d.word(p); {
		case p.conn:
		case d.surnameUnit(p):
			towns++
		case p.unit != nil || !d.personWord(p) || d.seenLower(w) || !d.a.givenNames.has(w) && !d.nameShaped(w):
			return false
		}
	}
	last := ps[3]
	if !d.personWord(last) && !(d.surnameUnit(last) && last.unit.label == "GPE" && !d.a.countries[last.unit.canonical]) {
		return false
	}
	s, e := ps[0].s, last.e
	given := towns == 0 && (d.a.givenNames.has(d.word(ps[0])) || d.a.givenNames.has(d.word(ps[2])))
	if !given && !d.actsAfter(e-1) && !d.personContext(s, e) && !d.afterHonorific(s) {
		return false
	}
	d.addPerson(s, e)
	return true
}

// whichOrg: a name shaped like a person's, then ", which" and a verb of
// saying or of business, is a company's: a person is "who", and a place
// says and employs nothing ("won by Larsen Moller, which said it would
// hire 500 workers").
func (d *doc) whichOrg(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.personLen(ps) != len(ps) || e+2 >= len(toks) ||
		toks[e].text != "," || toks[e+1].text != "which" || !whichOrgVerbs.has(toks[e+2].text) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// officeThenName: after a title and "of", title words and then a person's
// name of two or three words ("Minister of National Defence Władysław
// Kosiniak-Kamysz"): the index of the name's first piece, or 0. The name
// opens with a word no title list holds and is person-shaped throughout.
func (d *doc) officeThenName(rest []piece) int {
	j := 0
	for j < len(rest) && !rest[j].conn && rest[j].unit == nil && titleWords.has(d.word(rest[j])) {
		j++
	}
	if j == 0 || j == len(rest) || len(rest)-j < 2 || hasConn(rest[j:j+1]) {
		return d.portfolioName(rest) // "Minister of Water and Energy Tarvik Orlanov" (news_r23org.go)
	}
	if n := d.personLen(rest[j:]); n != len(rest)-j || n > 4 {
		return d.portfolioName(rest)
	}
	return j
}

// bracketOtherName: two to four name words no list holds, alone in
// brackets right after an organisation's name, are its name in another
// language ("the Armament Agency (Agencja Uzbrojenia)", "the national
// parliament (Jatiya Sangsad)" once the body is named): the same label.
// An acronym in brackets is bracketAcronyms'; a listed given name opens
// a person's ("Velto Corp (Tom Brandt)": a spokesman).
func (d *doc) bracketOtherName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) < 2 || len(ps) > 4 || hasUnit(ps) || s < 2 || e >= len(toks) || toks[s-1].text != "(" || toks[e].text != ")" ||
		d.a.givenNames.has(toks[s].text) {
		return false
	}
	n := len(d.mentions)
	if n == 0 || d.mentions[n-1].e != s-1 || d.mentions[n-1].label != "ORG" {
		return false
	}
	for _, p := range ps {
		if !p.conn && !isCapitalised(d.word(p)) {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// articlePlace: a Spanish or French article opening two or three name
// words after a place's preposition is a place's name ("between El Alto
// and Oruro", "to La Ceiba", "from Les Cayes"); no person's name opens
// with one but a few surnames ("La Russa"), which a place's preposition
// does not stand before. Not before a noun the name modifies ("in El Niño
// years"), nor after "of", which kind nouns stand before ("the
// neighbourhoods of Las Orvas": a district, LOC).
func (d *doc) articlePlace(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || s == 0 || d.toks[s].newline || !articlePlaceStarts.has(d.word(ps[0])) {
		return false
	}
	if p := d.toks[s-1].text; !placePrepositions.has(p) && !throughPrepositions.has(p) && p != "to" && p != "between" {
		return false
	}
	if d.ownerAt(e) || d.modifierAt(e) {
		return false
	}
	return d.add(s, e, "GPE", "")
}

// modifierAt: the lower-case word at token e is none that ends a name's
// phrase (a preposition, a clause's word, an auxiliary, a verb of acting
// or saying): the name before it modifies it ("El Niño years").
func (d *doc) modifierAt(e int) bool {
	if e >= len(d.toks) || d.toks[e].newline || d.toks[e].kind != tkWord || isCapitalised(d.toks[e].text) {
		return false
	}
	w := d.toks[e].text
	return !clauseWords.has(w) && !placePrepositions.has(w) && !lonePlacePrepositions.has(w) && !auxiliaryVerbs.has(w) && !personVerbs.has(w) && !d.actsAfter(e-1)
}

// hyphenPlaceWord: two name words joined by a hyphen, one of them a
// French or Spanish toponym's generic word ("Pétion-Ville", "Orvik-Ville",
// "Villa-Kessel"), are a town's name, no double surname; with a person's
// context beside them they are left to the person rules, but for a verb
// after "in" or "near" ("the network in Pétion-Ville warned": the
// network's).
func (d *doc) hyphenPlaceWord(ps []piece) bool {
	if len(ps) != 3 || !ps[1].conn || d.toks[ps[1].s].text != "-" || !d.toks[ps[1].s].glued || !d.toks[ps[2].s].glued || hasUnit(ps) {
		return false
	}
	a, b := d.word(ps[0]), d.word(ps[2])
	if !hyphenPlaceWords.has(a) && !hyphenPlaceWords.has(b) || d.a.givenNames.has(a) || d.a.givenNames.has(b) {
		return false
	}
	s, e := ps[0].s, ps[2].e
	if !d.afterInOrNear(s) && d.personContext(s, e) || d.afterHonorific(s) {
		return false
	}
	return d.add(s, e, "GPE", "")
}

// honorificName: "Sheikh" and one name word that no list holds as a given
// name, alone, are a name whose honorific is part of it ("Sheikh Hasina",
// the Bangladeshi family name; later "Hasina" alone is the same person's).
// A listed given name after it ("Sheikh Mohammed") or a longer name with
// its particles ("Sheikh Tamim bin Hamad") leaves the title outside, as
// GUIDELINES.md writes titles.
func (d *doc) honorificName(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit != nil || hasConn(ps) || !nameHonorifics.has(d.word(ps[0])) {
		return false
	}
	w := d.word(ps[1])
	if e := ps[1].e; d.a.givenNames.has(w) || !d.a.uncommon(w) || d.seenLower(w) || e < len(d.toks) && nameParticles.has(d.toks[e].text) {
		return false
	}
	d.addPerson(ps[0].s, ps[1].e)
	return true
}

// tradeTail: a word no lexicon knows, then a trade's word that ends
// companies' names but is a family name too ("Power"), is a company's
// name ("Acwa Power", "Tarsa Renewables"); a listed given name opens a
// person's ("Samantha Power"), and a person's evidence keeps it one.
func (d *doc) tradeTail(ps []piece) bool {
	if len(ps) != 2 || hasUnit(ps) || hasConn(ps) || !powerTails.has(d.word(ps[1])) {
		return false
	}
	s, e := ps[0].s, ps[1].e
	if w := d.word(ps[0]); !d.a.uncommon(w) || d.a.givenNames.has(w) || d.a.wordGivenNames[w] || d.seenLower(w) || d.personContext(s, e) || d.afterHonorific(s) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// clickName: a name written with a click letter, "!" glued to a capital
// after white space ("Johannes !Gawaxab", "!Gawaxab said"), is a
// person's: Khoekhoe and San family names in Namibian and South African
// news; an exclamation mark has white space after it, not before. The
// given name before it joins the name: a person's mention that ends at the
// "!" is widened, a free capitalised word taken in.
func (d *doc) clickName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) > 2 || hasConn(ps) || hasUnit(ps) || s == 0 || toks[s-1].text != "!" || !toks[s].glued || toks[s-1].glued && s > 1 && toks[s-2].kind == tkWord {
		return false
	}
	bang := s - 1
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-8; k-- {
		if m := &d.mentions[k]; m.e == bang && m.label == "PERSON" {
			d.claim(bang, e)
			delete(d.personEnds, m.e)
			m.e = e
			d.personEnds[e] = true
			return true
		}
	}
	start := bang
	if k := bang - 1; k >= 0 && !d.used[k] && toks[k].kind == tkWord && isCapitalised(toks[k].text) && !toks[bang].newline && d.personWord(piece{s: k, e: k + 1}) {
		start = k
	}
	return d.add(start, e, "PERSON", "")
}

// fromGroup: "from" after a plural noun of people stands before token s
// ("officials from", "delegates from"): where they come from, no person
// ("calls from Kessel Varno" are a person's).
func (d *doc) fromGroup(s int) bool {
	if s < 2 || d.toks[s].newline || d.toks[s-1].text != "from" {
		return false
	}
	t := d.toks[s-2]
	return (!isCapitalised(t.text) || t.sentStart) && fromPeople.has(strings.ToLower(t.text))
}

// saintPlace: a name, the French "Ste." or "Sainte" and another name are a
// place's ("Sault Ste. Marie"); a given name first is a person's name
// ("Yves Ste. Marie" is rare, and left to the person rules).
func (d *doc) saintPlace(ps []piece) bool {
	if len(ps) != 3 || hasConn(ps) || hasUnit(ps) || !sainteWords.has(d.word(ps[1])) || d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	return d.add(ps[0].s, ps[2].e, "GPE", "")
}

// startedTown: a toponym's generic first word (placeNameStarts: "Ciudad",
// "Puerto", "San") before a one-word town of the lists makes one town's
// name ("Ciudad Juárez", "Puerto Kessel"), not a word and a town.
func (d *doc) startedTown(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || !placeNameStarts.has(d.word(ps[0])) || !d.surnameUnit(ps[1]) || ps[1].unit.label != "GPE" ||
		d.afterHonorific(ps[0].s) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "GPE", "")
}

// toponymStart: an Arabic toponym's generic first word ("Deir", monastery;
// "Beit", house; "Ras", cape; "Kafr", village; "Tell", mound) and a name,
// with its article ("al-", "el-") if written, are a town's name: "Beit
// Kessar", "Deir al-Orvan", "Ras al-Tavik"; so are the generic words of
// Thai, Khmer and Slavic towns ("Ban Orvo", "Kampong Kessar", "Nowy
// Tarvik"). A person's context keeps the other rules' reading ("Mae Kessel
// said"), but for a verb after "in" or "near".
func (d *doc) toponymStart(ps []piece) bool {
	s := ps[0].s
	if w := d.word(ps[0]); ps[0].unit != nil || ps[0].e-s != 1 || !arabicPlaceStarts.has(w) && !townWordStarts.has(w) || len(ps) > 3 || hasConn(ps) {
		return false
	}
	e := ps[len(ps)-1].e
	if len(ps) == 1 {
		e = d.articleNameAt(e) // "Deir al-Orvan": the article ends the chunk
		if e == ps[0].e {
			return false
		}
	}
	if !d.afterInOrNear(s) && d.personContext(s, e) || d.afterHonorific(s) {
		return false
	}
	return d.add(s, e, "GPE", "")
}

// articleNameAt: from token e, an Arabic article, a glued hyphen and a
// capitalised word ("al-Orvan", "el-Kessar"): the end of the name after
// it, or e.
func (d *doc) articleNameAt(e int) int {
	toks := d.toks
	if e+2 < len(toks) && arabicArticles.has(toks[e].text) && !toks[e].glued && toks[e+1].text == "-" && toks[e+1].glued && toks[e+2].glued &&
		isCapitalised(toks[e+2].text) && !d.used[e+2] {
		return e + 3
	}
	return e
}

// parallelPlaceAt: a place's preposition at token e: the name before it is
// where something is, in a list of pairs ("Ana Ruiz in Lagos and Xóchitl
// Orvane in Guadalajara"), no place of the list.
func (d *doc) parallelPlaceAt(e int) bool {
	return e < len(d.toks) && !d.toks[e].newline && placePrepositions.has(d.toks[e].text)
}
