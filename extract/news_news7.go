package extract

import "strings"

// Rules for the organisations and places of general news (round 7):
// companies read from what they say and do ("said on Thursday it would
// close", "warned that sales would fall", "wrote down its stake",
// "investors in X", a common word that speaks: "Target said"), regulators
// that fine, parties that win seats or lead a group ("Tessar lawmakers"),
// institutions after "the" that act, a ministry's comma-parted fields,
// sports' governing bodies, the club a player is signed from; islands
// named alone, Romance squares and streets, regions before a compass noun.
// Each is a chunk rule (chunkRules says where it stands) with its cue sets
// in cues.txt; the lists it reads (islands, parties, news agencies,
// leagues, space agencies, rivers, peaks) are in configs/gazetteer.
//
// Choices where GUIDELINES.md is silent, as testdata/written2's README
// makes them: an island is a place (LOC) even where a province or a town
// of the same name is a GPE ("wildfires on Crete", "tourism on Bali"); an
// island that is a country, a dependent territory or a state of a
// federation stays a GPE (Cyprus, Greenland, Tasmania). news_ency1.go's
// set reads "the island of Gotland" as the province (GPE); this file's
// list makes it the island. A continent is a place: Antarctica is LOC.

// loneWord: the chunk is one word of no list, neither a given name nor a
// frequent family name (those are the person rules'); it returns the
// word's token. The company and party rules below read such a word.
func (d *doc) loneWord(ps []piece) (int, bool) {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return 0, false
	}
	w := d.toks[ps[0].s].text
	return ps[0].s, !d.a.givenNames.has(w) && !d.a.surnames.has(w)
}

// islandName: "Tourism on Borneo", "the ferry to Luzon": a listed
// island's name alone is a place (LOC); an island that is also a province,
// a region or a town of the lists keeps that GPE ("off Bali", "in
// Sicily": GUIDELINES' GPE takes provinces), as a country's or an
// organisation's label stays ("Bali Airlines" is a longer run and never
// reaches here).
func (d *doc) islandName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if !d.a.islands[d.surface(s, e)] {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "LOC" {
			return false
		}
	}
	return d.add(s, e, "LOC", "")
}

// partyDeeds: "Likud lost two seats", "Orvane Unida became the largest
// party", "Tarvel joined the coalition": an unknown name that wins or loses
// seats, forms or joins a coalition, or becomes a party is a party (ORG).
// People win elections and majorities too, so only the nouns of parties
// count; a name with a given name, or a "his" or "her" in the clause,
// stays a person's.
func (d *doc) partyDeeds(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.a.givenNames.has(d.toks[ps[0].s].text) {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if e >= len(toks) || !partyVerbs.has(toks[e].text) || toks[e].newline {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+6 && !toks[k].sentStart; k++ {
		w := toks[k].text
		if personPossessives.has(w) || personPronouns.has(w) || toks[k].kind == tkPunct {
			return false
		}
		if partyObjects.has(w) || w == "party" && k > 0 && partyRanks.has(toks[k-1].text) {
			return d.add(s, e, "ORG", "")
		}
	}
	return false
}

// statementIts: "Velmont said on Thursday it had sold its stake", "Target
// said in a statement that it would close": a one-word name that says, on
// a day or in a statement, what "it" does to "its" own, or that "it" will
// close, cut or sell, is a company. A family name of the surnames list
// stays a person's (a surname alone is a later mention of one).
func (d *doc) statementIts(ps []piece) bool {
	s, ok := d.loneWord(ps)
	e := s + 1
	if !ok || e >= len(d.toks) || !personVerbs.has(d.toks[e].text) || d.toks[e].newline {
		return false
	}
	// right after the verb, itsCompany has read "its" already
	k := d.skipStatementAdjuncts(e + 1)
	if k > e+1 && d.itsAfter(k) || d.companyWill(k) {
		return d.add(s, e, "ORG", "")
	}
	return false
}

// skipStatementAdjuncts steps over what stands between a verb of saying
// and its clause: "on Thursday", "late on Friday", "in a statement",
// "in a filing on Monday", "that". It returns the first token after them.
func (d *doc) skipStatementAdjuncts(k int) int {
	toks := d.toks
	for k < len(toks) && !toks[k].sentStart {
		switch w := toks[k].text; {
		case w == "that" || w == "late" || w == "early" || w == "earlier":
			k++
		case w == "on" && k+1 < len(toks) && weekdays.has(toks[k+1].text):
			k += 2
		case w == "in" && k+2 < len(toks) && (toks[k+1].text == "a" || toks[k+1].text == "its") && statementNouns.has(toks[k+2].text):
			k += 3
		default:
			return k
		}
	}
	return k
}

// companyWill: "it would close", "it will cut", "it plans to sell": "it"
// at k, a modal or "plans to", and a company's deed.
func (d *doc) companyWill(k int) bool {
	toks := d.toks
	if k+2 >= len(toks) || toks[k].text != "it" || !auxiliaryVerbs.has(toks[k+1].text) && toks[k+1].text != "plans" {
		return false
	}
	k += 2
	if toks[k-1].text == "plans" && toks[k].text == "to" {
		k++
	}
	return k < len(toks) && !toks[k].sentStart && (itsVerbs.has(toks[k].text) || companyDeeds.has(toks[k].text))
}

// deedIts: "Temasek wrote down its stake", "Orvane sold off its shops": a
// one-word name that does a company's deed to its own, the deed's
// particle between, is a company (itsCompany reads the verbs without a
// particle). Writing down and off is a company's too.
func (d *doc) deedIts(ps []piece) bool {
	s, ok := d.loneWord(ps)
	e, toks := s+1, d.toks
	if !ok || e+2 >= len(toks) || toks[e].newline {
		return false
	}
	verb := toks[e].text
	if !itsVerbs.has(verb) && !companyDeeds.has(verb) && verb != "wrote" && verb != "writes" || !deedParticles.has(toks[e+1].text) || toks[e+2].text != "its" {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// dealName: "investors in Velmont", "a stake in Orvane Foods": an unknown
// name that a deal's noun or an acquiring verb stands before is a company,
// before the place rules read "in" and a name as a town.
func (d *doc) dealName(ps []piece) bool {
	s, e, toks := ps[0].s, ps[len(ps)-1].e, d.toks
	// "shares in Macy's": possessiveBusiness keeps the "'s"
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.a.givenNames.has(toks[s].text) || e < len(toks) && toks[e].kind == tkPossessive {
		return false
	}
	// a sentence opens with the noun too: "Investors in Velmont"
	if !d.dealBefore(s) && (s < 2 || toks[s].newline || !dealNouns.has(strings.ToLower(toks[s-2].text)+" "+toks[s-1].text)) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// businessSpeaker: "Heineken warned that beer sales would fall", "Maersk
// said rates would stay high", "Vale resumed output": a one-word name that
// speaks of sales, shares, rates or jobs, or does a company's deed to them,
// with no "he" or "she" in the clause, is a company.
// News names a person in full before it uses the surname alone, so a name
// that the text writes after a given name somewhere ("Anna Kessel ...
// Kessel said") stays a person's, as does a frequent family name.
func (d *doc) businessSpeaker(ps []piece) bool {
	s, ok := d.loneWord(ps)
	e, toks := s+1, d.toks
	if !ok || e+1 >= len(toks) || toks[e].newline {
		return false
	}
	v := e
	if auxiliaryVerbs.has(toks[v].text) {
		v++ // "Equinor will build"
	}
	if verb := toks[v].text; !personVerbs.has(verb) && !companySpeech.has(verb) && !namedSpeech.has(verb) && !itsVerbs.has(verb) && !companyDeeds.has(verb) {
		return false
	}
	business := false
	for k := v + 1; k < len(toks) && k <= v+20 && !toks[k].sentStart; k++ {
		t := toks[k].text
		if personPronouns.has(t) || personPossessives.has(t) {
			return false
		}
		business = business || businessNouns.has(t)
	}
	if !business || d.surnameInText(toks[s].text) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// surnameInText: w ends a person's name found before, or stands after a
// given name somewhere in the text (the first occurrences only, so that a
// word repeated all through a long text costs a bounded look).
func (d *doc) surnameInText(w string) bool {
	// "Hoang Phuc Lam ... Lam said": the end of a person's name found
	// before (among the last mentions, so a long text costs a bounded look)
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-256; k-- {
		if m := d.mentions[k]; m.label == "PERSON" && m.e-m.s >= 2 && d.toks[m.e-1].text == w {
			return true
		}
	}
	for k := len(d.weak) - 1; k >= 0 && k >= len(d.weak)-256; k-- {
		if m := d.weak[k]; m.e-m.s >= 2 && d.toks[m.e-1].text == w {
			return true // a name read a person's by its shape, labelled at the end
		}
	}
	n := 0
	for p := range d.positions(w) {
		if p > 0 && d.a.givenNames.has(d.toks[p-1].text) && !d.toks[p].newline {
			return true
		}
		if n++; n == 16 {
			break
		}
	}
	return false
}

// regulatorName: "Ofcom fined the broadcaster", "Quorvex barred the
// lender": a one-word name that fines, bars or clears a company is a
// regulator (a judge who fines is named with a title or in full).
func (d *doc) regulatorName(ps []piece) bool {
	s, ok := d.loneWord(ps)
	e, toks := s+1, d.toks
	if !ok || e+2 >= len(toks) || toks[e].newline || !regulatorVerbs.has(toks[e].text) {
		return false
	}
	if art := toks[e+1].text; art != "the" && art != "a" && art != "two" && art != "three" || !d.orgNoun(toks[e+2].text) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// squareName: "Plaza de Mayo", "Piazza della Signoria", "Place de la
// Concorde": a Romance square's or street's head, its particles and a name
// are one place.
func (d *doc) squareName(ps []piece) bool {
	toks := d.toks
	head := d.word(ps[0])
	if !squareHeads.has(head) || ps[0].e >= len(toks) {
		return false
	}
	if w := toks[ps[0].e].text; head == "Place" && w != "de" && w != "du" && w != "des" {
		return false // "Place" is an English word: only before "de"
	}
	if len(ps) == 1 {
		// "Place de la Concorde": two particles end the chunk at the head;
		// "Avenida 18 de Julio", "Rua 25 de Março": a date names the street
		k := ps[0].e
		if k+1 < len(toks) && len(toks[k].text) <= 2 && isNumber(toks[k].text) && !toks[k].newline && nameParticles.has(toks[k+1].text) {
			k++
		}
		for k < len(toks) && nameParticles.has(toks[k].text) && !toks[k].newline {
			k++
		}
		e := k
		for e < len(toks) && isCapitalised(toks[e].text) && !toks[e].newline && !d.used[e] {
			e++
		}
		return k > ps[0].e && e > k && d.add(ps[0].s, e, "LOC", "")
	}
	// the name ends at a connector that is no particle: "Plaza de Mayo and
	// Piazza Navona" are two
	end := len(ps)
	for i := 1; i < len(ps); i++ {
		if ps[i].conn && !nameParticles.has(d.toks[ps[i].s].text) {
			end = i
			break
		}
	}
	if end < 2 || ps[end-1].conn {
		return false
	}
	d.add(ps[0].s, ps[end-1].e, "LOC", "")
	if end+1 < len(ps) {
		d.classify(ps[end+1:])
	}
	return true
}

// commaListBody: "Ministry of Economy, Trade and Industry", "Department
// of Agriculture, Forestry and Fisheries": a body's head, "of" or "for",
// and a list of its fields parted by commas and closed by "and" are one
// name (the chunk ends at the first comma). A field that is a known name
// ("Ministry of Defence, India and Japan") ends nothing: the list is left.
func (d *doc) commaListBody(ps []piece) bool {
	if len(ps) < 3 || !orgStarts.has(d.word(ps[0])) || !ps[1].conn || ps[len(ps)-1].conn {
		return false
	}
	if w := d.toks[ps[1].s].text; w != "of" && w != "for" {
		return false
	}
	e := d.fieldListEnd(ps[len(ps)-1].e)
	if e < 0 {
		return false
	}
	return d.add(ps[0].s, e, "ORG", "")
}

// fieldListEnd: the list of a body's fields that a comma at k opens, the
// fields parted by commas and closed by "and" (", Trade and Industry"),
// ends where it returns; -1 when none does. A field is a run of one to
// three free capitalised words, none a known name.
func (d *doc) fieldListEnd(k int) int {
	toks := d.toks
	field := func(k int) int {
		e := k
		for e < len(toks) && e < k+3 && d.isName(e) && !toks[e].newline && !toks[e].sentStart {
			if _, known := d.units[e]; known {
				return k
			}
			e++
		}
		return e
	}
	commas := 0
	for k+1 < len(toks) && toks[k].text == "," {
		e := field(k + 1)
		if e == k+1 {
			return -1
		}
		commas++
		k = e
	}
	if commas == 0 || k+1 >= len(toks) || toks[k].text != "and" {
		return -1
	}
	if e := field(k + 1); e > k+1 {
		return e
	}
	return -1
}

// sportBody: "Cricket Australia", "Athletics Kenya", "USA Gymnastics": a
// sport's name and a place's, in either order, name the sport's national
// or state governing body.
func (d *doc) sportBody(ps []piece) bool {
	if len(ps) != 2 || ps[0].conn || ps[1].conn {
		return false
	}
	sport, place := ps[0], ps[1]
	if place.unit == nil {
		sport, place = place, sport
	}
	// "Health Canada", "Environment Canterbury": a public body, its word first
	if place.unit == nil || place.unit.label != "GPE" || !sportNames.has(d.word(sport)) && !(publicBodyWords.has(d.word(sport)) && sport.s < place.s) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "ORG", "")
}

// wordNameSpeaks: the common word that opens a sentence at i is a name
// because it speaks ("Target said", "Unite warned", "Stripe declined to
// comment"): a singular common noun, adjective or verb takes an article
// before it when it says something, so alone it is a company's or a
// union's name. Plurals and collective subjects ("Police said",
// "Officials said") are no names; given names and family names are left
// to the person rules.
func (d *doc) wordNameSpeaks(i int) bool {
	toks := d.toks
	// "Enough said.": the verb must open a clause
	if i+2 >= len(toks) || toks[i+1].newline || toks[i+2].sentStart || toks[i+2].text == "." {
		return false
	}
	w := toks[i].text
	if v := toks[i+1].text; !personVerbs.has(v) && !companySpeech.has(v) && !namedSpeech.has(v) {
		return false
	}
	return !strings.HasSuffix(w, "s") && !collectiveSubjects.has(w) && !d.a.givenNames.has(w) && !d.a.surnames.has(w) && !d.a.demonyms[w] && !d.surnameInText(w)
}

// wordNameSpeaker labels the speaking common word of wordNameSpeaks a
// company's (ORG), before the person rules read a lone name that speaks.
func (d *doc) wordNameSpeaker(ps []piece) bool {
	s, ok := d.loneWord(ps)
	if !ok || !d.toks[s].sentStart || !d.a.commonWords.has(strings.ToLower(d.toks[s].text)) || !d.wordNameSpeaks(s) {
		return false
	}
	return d.add(s, s+1, "ORG", "")
}

// theNameActs: "The Sorbonne cancelled classes", "the Rijksmuseum bought
// the painting": "the", an unknown one-word name and a verb of saying or
// of a company's deed make an institution; people take no article, and a
// vessel's verbs ("sank", "flew") are not these.
func (d *doc) theNameActs(ps []piece) bool {
	s, ok := d.loneWord(ps)
	e, toks := s+1, d.toks
	// "The Olympics opened": an event is no institution
	if !ok || s < 1 || e >= len(toks) || toks[s].newline || toks[e].newline || !strings.EqualFold(toks[s-1].text, "the") || !d.a.uncommon(toks[s].text) || eventHeads.has(toks[s].text) || d.a.demonyms[toks[s].text] {
		return false // "The Kenyan said": a person of that nation
	}
	if v := toks[e].text; !personVerbs.has(v) && !companySpeech.has(v) && !namedSpeech.has(v) && !itsVerbs.has(v) && !companyDeeds.has(v) && !institutionDeeds.has(v) {
		return false
	}
	// "a contest on the Tarvex opened": the name is no subject after a
	// preposition
	if s >= 2 && (placePrepositions.has(toks[s-2].text) || rangePrepositions.has(toks[s-2].text) || toks[s-2].text == "on" || toks[s-2].text == "of") {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// membersOf: "Tessar lawmakers walked out", "Orvane leader Ana Kessel": an
// unknown one-word name before a noun of a party's or a group's members
// or officers is the party or group (a town's lawmakers are a known
// place's, which this rule never sees).
func (d *doc) membersOf(ps []piece) bool {
	s, ok := d.loneWord(ps)
	e, toks := s+1, d.toks
	if !ok || e >= len(toks) || toks[e].newline || !memberNouns.has(toks[e].text) || !d.a.uncommon(toks[s].text) || d.a.demonyms[toks[s].text] {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// regionCompass: "the Pacific Northwest", "the Deep South", "the American
// Southwest": a sea's or a country's word, or a region's adjective, before
// a compass noun is one region (LOC), where the sea alone would be read.
func (d *doc) regionCompass(ps []piece) bool {
	if len(ps) != 2 || ps[0].conn || ps[1].conn || ps[1].unit != nil || !compassNouns.has(d.word(ps[1])) {
		return false
	}
	first := ps[0]
	switch {
	case first.unit != nil && first.unit.label == "LOC":
	case first.unit == nil && (regionAdjectives.has(d.word(first)) || d.a.demonyms[d.word(first)]):
	default:
		return false
	}
	return d.add(first.s, ps[1].e, "LOC", "")
}

// transferFrom: "Al-Hilal signed the Brazilian forward from Santos",
// "joined the club as a striker from Lyon": the side a player is signed
// from is a club, a town's name though it be; a country stays (a national
// side is no transfer's source).
func (d *doc) transferFrom(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) > 3 || hasConn(ps) || s < 3 || toks[s-1].text != "from" || toks[s].newline {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && (p.unit.label != "GPE" || d.a.countries[p.unit.canonical]) {
			return false
		}
	}
	position, verb := false, false
	for k := s - 2; k >= 0 && k >= s-10 && !toks[k+1].sentStart; k-- {
		position = position || playerPositions.has(toks[k].text)
		verb = verb || transferVerbs.has(toks[k].text)
	}
	if !position || !verb {
		return false
	}
	return d.add(s, e, "ORG", "")
}
