package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Round-6 rules for people and places in encyclopaedic prose, where a
// person is named once in full with no title, often by a name no list
// holds, among dates, works and places. People: a given name, a particle
// and a name ("Leonardo da Rimini"); a surname that is a town's too
// ("Joaquim Ferreira Lima", "Simón Bolívar (1783–1830)"); a ruler's
// epithet, numeral or title ("Suleiman the Magnificent", "Mehmed II
// died", "Queen Victoria", "Genghis Khan"); western-order given names with
// a hyphen ("Young-ho Choi"); a name after a person's role or kin ("the
// sculptor Ngozi Eze", "his grandson Safi", "Mbeki's successor"), before
// "himself", after ", known as", "the statue of", "designed by", "lost
// to"; a name before a verb of a life ("Tessarov taught"), after a verb
// of praise or a work ("praised by Nabokov", "works by Matisse") or
// "studied under". Places: a city named like a person in a list of places
// or after a verb that takes places ("in Kraków and Bologna", "left
// Tangier"); "the island of X", "the summit of X" (LOC); a river that
// flows; a birthplace of name words ("born at Yasnaya Polyana"); a state
// by its form ("the Kingdom of X", "the Khmer Empire"); a land by its
// ending ("Transylvania"). Schools: "educated at Harvard". What is no
// entity: a quoted work's title after its noun or verb ("the opera "Prince
// Kessel"", "wrote Aida"), a battle or a siege ("the Battle of Mohács"),
// a language ("wrote in Yiddish"). The cue words are in cues.txt.
//
// Choices where GUIDELINES.md is silent: a work's title (book, film, song,
// opera) is no entity, even where it holds a person's or a place's name,
// as workTitle already decides for a title after its noun without quotes;
// so is a battle, as cueRule drops events; a ruler's epithet and numeral
// are part of the name as a generational suffix is, a ruler's title
// before it stays outside as other titles do, and "of" and a place after
// such a title belong to the name ("Saint Francis of Assisi"); an island,
// a mountain or a river named as such is a LOC, its county or town a GPE;
// a school named after its town is an ORG after "studied at".

// quotedWork: a chunk inside a quotation that a work's noun or a verb of
// making works opens ("the novel, "The Salt Road",", "wrote "Aleph"") is
// part of the work's title: the chunk is claimed and dropped. The quote
// must close within a title's length.
func (d *doc) quotedWork(ps []piece) bool {
	const titleLen = 12 // tokens a quoted title may hold
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	q := -1
	for k := s - 1; k >= 0 && k >= s-titleLen && q < 0; k-- {
		if quoteMark(toks[k].text) {
			q = k
		} else if toks[k].newline {
			break
		}
	}
	if q < 1 {
		return false
	}
	closed := false
	for k := e; k < len(toks) && k < q+titleLen+2; k++ {
		if quoteMark(toks[k].text) {
			closed = true
			break
		}
		if toks[k].newline {
			break
		}
	}
	if !closed {
		return false
	}
	// a work's noun may stand before a comma ("her novel, "Salt Road","); a
	// verb only right before the quote, as "wrote, "..."" quotes words
	b := q - 1
	if titleVerbs.has(toks[b].text) {
		d.claim(s, e)
		return true
	}
	if toks[b].text == "," || toks[b].text == ":" {
		b--
	}
	if b < 0 || !workNouns.has(toks[b].text) && !quotedWorkNouns.has(toks[b].text) {
		return false
	}
	d.claim(s, e)
	return true
}

// quoteMark: a quotation mark, straight or curly, opening or closing.
func quoteMark(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "«" || s == "»"
}

// particleName: a chunk of name words that ends in a given name, then a
// particle and a capitalised name, is one person's name, the name after
// the particle being a place's or a company's or not ("Leonardo da
// Rimini", "Ahmad ibn Haldar"): the chunk, the particles and up to two
// name words are claimed together.
func (d *doc) particleName(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if len(ps) > 3 || hasConn(ps) || e+1 >= len(toks) || !surnameParticles.has(toks[e].text) && !patronymics.has(toks[e].text) {
		return false
	}
	for _, p := range ps {
		if p.e-p.s != 1 || p.unit == nil && !d.personWord(p) {
			return false
		}
	}
	if !d.a.givenNames.has(d.toks[ps[len(ps)-1].s].text) {
		return false
	}
	k := e
	for k < len(toks) && nameParticles.has(toks[k].text) && !toks[k].newline {
		k++
	}
	n := 0
	for n < 2 && k+n < len(toks) && !toks[k+n].newline && d.isName(k+n) && d.personWord(piece{s: k + n, e: k + n + 1}) {
		n++
	}
	if n == 0 {
		return false
	}
	d.addPerson(ps[0].s, k+n)
	return true
}

// givenSurnamePlace: a first name that is a given name or a word no
// lexicon knows, a listed surname and a one-word town make three words of
// one name, the town's name being a family name too ("Joaquim Ferreira
// Lima", "Andrés Lima Ortiz" with the town in the middle). A country's or
// a longer place's name is no surname ("Maria Ortiz Brazil" stays two).
func (d *doc) givenSurnamePlace(ps []piece) bool {
	if len(ps) < 3 || len(ps) > 4 || hasConn(ps) || ps[0].unit != nil {
		return false
	}
	if first := d.word(ps[0]); !d.a.givenNames.has(first) && !d.a.uncommon(first) || !d.personWord(ps[0]) {
		return false
	}
	places, surnames := 0, 0
	for _, p := range ps[1:] {
		switch {
		case d.surnameUnit(p) && p.unit.label == "GPE" && !d.a.countries[p.unit.canonical]:
			places++
		case p.unit != nil || !d.personWord(p):
			return false
		case d.a.surnames.has(d.word(p)):
			surnames++
		}
	}
	if places == 0 || surnames == 0 {
		return false
	}
	d.addPerson(ps[0].s, ps[len(ps)-1].e)
	return true
}

// epithetName: a one-word name, "the" and a ruler's epithet ("Suleiman
// the Magnificent", "Pliny the Elder") is a person's name, the epithet
// included; not before another capitalised word ("the Great Lakes").
func (d *doc) epithetName(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[0].e
	if len(ps) != 1 || e-s != 1 || e+2 > len(toks) || toks[e].text != "the" || !epithets.has(toks[e+1].text) || toks[e+1].newline {
		return false
	}
	if e+2 < len(toks) && isCapitalised(toks[e+2].text) && !toks[e+2].newline {
		return false
	}
	w := d.toks[s].text
	if !d.a.givenNames.has(w) && !d.a.uncommon(w) && (ps[0].unit == nil || ps[0].unit.label != "GPE") {
		return false
	}
	d.addPerson(s, e+2)
	return true
}

// roleGivenPlace: after a person's role ("the sculptor", "his wife"), a
// one-word place and a surname-like word is a person's name whose given
// name is also a town's ("the sculptor Ngozi Eze").
func (d *doc) roleGivenPlace(ps []piece) bool {
	s := ps[0].s
	if len(ps) < 2 || len(ps) > 3 || s == 0 || d.toks[s].newline || !personRoles.has(d.toks[s-1].text) && !occupationNouns.has(d.toks[s-1].text) ||
		!d.surnameUnit(ps[0]) || d.personLen(ps[1:]) != len(ps)-1 || hasUnit(ps[1:]) {
		return false
	}
	d.addPerson(s, ps[len(ps)-1].e)
	return true
}

// natureOf: a name after "the slopes of", "the peak of" ("the slopes of
// Everest") is the mountain's, a LOC, though a town has the name too;
// after "the island of", "the peninsula of", "the summit of" an unknown
// name is the island's or the mountain's, while a country, a province or
// a town keeps its label ("the island of Taiwan", "the island of
// Hainan").
func (d *doc) natureOf(ps []piece) bool {
	s := ps[0].s
	if len(ps) > 3 || hasConn(ps) || s < 2 || d.toks[s-1].text != "of" || d.toks[s].newline {
		return false
	}
	// "summit" is a meeting's too ("the summit of Tianjin"): it reads only
	// an unknown name
	noun := d.toks[s-2].text
	mountain := mountainParts.has(noun)
	if !mountain && !islandNouns.has(noun) && noun != "summit" {
		return false
	}
	for _, p := range ps {
		switch {
		case p.unit == nil || p.unit.label == "LOC":
		case p.unit.label == "GPE" && mountain && !d.a.countries[p.unit.canonical]:
		default:
			return false
		}
	}
	return d.add(s, ps[len(ps)-1].e, "LOC", "")
}

// languageName: a language's name alone is no entity ("wrote in Yiddish",
// "spoke Swahili"); the word is claimed and dropped.
func (d *doc) languageName(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 || !languages.has(d.word(ps[0])) {
		return false
	}
	d.used[ps[0].s] = true
	return true
}

// regnalName: a word no lexicon knows and a regnal numeral, then a verb of
// acting or of a life ("Mehmed II captured", "Ostrel IV died") or after
// "under" or "of" ("rebuilt under Ramesses II"), is a ruler's name; a listed mission's or a product's mark ("Artemis II")
// was read before, and a common word's ("Falcon II") is left alone.
func (d *doc) regnalName(ps []piece) bool {
	if len(ps) != 2 || hasUnit(ps) || hasConn(ps) || !nameSuffixes.has(d.word(ps[1])) || !d.a.uncommon(d.word(ps[0])) {
		return false
	}
	e := ps[1].e
	// "rebuilt under Ramesses II", "the tomb of Ostrel IV"
	if s := ps[0].s; s > 0 && reignLinks.has(d.toks[s-1].text) && !d.toks[s].newline {
		d.addPerson(s, e)
		return true
	}
	if e >= len(d.toks) || d.toks[e].newline || !personVerbs.has(d.toks[e].text) && !reignVerbs.has(d.toks[e].text) && !d.actsAfter(e-1) {
		return false
	}
	d.addPerson(ps[0].s, e)
	return true
}

// selfName: a one-word name before "himself" or "herself" is a person's
// ("Ferrari himself drove"), a company's or a town's though it be.
func (d *doc) selfName(ps []piece) bool {
	e := ps[len(ps)-1].e
	if len(ps) > 3 || hasConn(ps) || e >= len(d.toks) || !reflexives.has(d.toks[e].text) || d.toks[e].newline {
		return false
	}
	if len(ps) > 1 && d.personLen(ps) != len(ps) || len(ps) == 1 && ps[0].e-ps[0].s != 1 {
		return false
	}
	d.addPerson(ps[0].s, e)
	return true
}

// kinName: after "his", "her" or "their" and a word of kin or succession,
// a name is a person's, even where a town or a company has it ("his
// grandson Safi", "her husband Ostrel Vane").
func (d *doc) kinName(ps []piece) bool {
	s := ps[0].s
	if len(ps) > 3 || hasConn(ps) || s < 2 || d.toks[s].newline || !kinTitles.has(d.toks[s-1].text) || !ownerPronouns.has(strings.ToLower(d.toks[s-2].text)) {
		return false
	}
	if len(ps) == 1 && ps[0].e-ps[0].s == 1 && (ps[0].unit == nil || ps[0].unit.label != "GPE" || !d.a.countries[ps[0].unit.canonical]) ||
		len(ps) > 1 && d.personLen(ps) == len(ps) {
		d.addPerson(s, ps[len(ps)-1].e)
		return true
	}
	return false
}

// memorialOf: after "the statue of", "the tomb of", "a biography of", a
// one-word name or a person's full name is whom it shows, holds or tells
// of ("the statue of Bolívar"), a town's name though it be; a country is
// a country ("a biography of Italy").
func (d *doc) memorialOf(ps []piece) bool {
	s := ps[0].s
	if len(ps) > 3 || hasConn(ps) || s < 2 || d.toks[s].newline || d.toks[s-1].text != "of" || !memorialNouns.has(d.toks[s-2].text) {
		return false
	}
	if len(ps) == 1 && ps[0].e-ps[0].s == 1 && (ps[0].unit == nil && d.personWord(ps[0]) || ps[0].unit != nil && ps[0].unit.label == "GPE" && !d.a.countries[ps[0].unit.canonical]) ||
		len(ps) > 1 && !hasUnit(ps) && d.personLen(ps) == len(ps) {
		d.addPerson(s, ps[len(ps)-1].e)
		return true
	}
	return false
}

// madeWork: a name right after "wrote" or "composed", with no list's name
// in it, is the work's title ("Verdi wrote Aida for the opening"), no
// entity; a possessive after it makes it the owner of what was made
// ("wrote Varga's life"), an article after it the one written to ("wrote
// Varga a letter"). A painter paints people as often as works.
func (d *doc) madeWork(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if s == 0 || !workMakingVerbs.has(d.toks[s-1].text) || d.toks[s].newline || hasUnit(ps) {
		return false
	}
	// "wrote Putin a letter": whom one writes to, before what is written
	if e < len(d.toks) && (d.toks[e].kind == tkPossessive || articles.has(d.toks[e].text) || ownerPronouns.has(d.toks[e].text)) {
		return false
	}
	d.claim(s, e)
	return true
}

// westernHyphenName: a two-syllable given name written with a hyphen and
// its second syllable in lower case, then a family name, is a person's
// name in the western order ("Young-ho Choi"); two such names joined by
// "and" are two people, where a place's or a park's cue word would read
// the run as one place. The family name is listed or short, and then the
// syllable is no English word ("Low-cost Carriers" is no name).
func (d *doc) westernHyphenName(ps []piece) bool {
	var names []span
	for i := 0; i < len(ps); {
		if i > 0 {
			if !ps[i].conn || d.toks[ps[i].s].text != "and" {
				return false
			}
			i++
		}
		if i+4 > len(ps) || ps[i].unit != nil || ps[i+3].unit != nil || !ps[i+1].conn || d.toks[ps[i+1].s].text != "-" {
			return false
		}
		first, second, family := d.toks[ps[i].s].text, d.toks[ps[i+2].s].text, d.word(ps[i+3])
		if utf8.RuneCountInString(first) > 6 || utf8.RuneCountInString(second) > 5 || !isLowerWord(second) || derivedAdjectives.has(second) ||
			!d.a.surnames.has(family) && !(isCapitalised(family) && utf8.RuneCountInString(family) <= 6 && !d.commonWord(second)) {
			return false
		}
		names = append(names, span{ps[i].s, ps[i+3].e})
		i += 4
	}
	for _, n := range names {
		d.addPerson(n.s, n.e)
	}
	return len(names) > 0
}

// eventOf: "the Battle of Mohács", "the Siege of Leiden": a battle's or a
// siege's name is an event's, no entity, with the place in it; the run is
// claimed and dropped, as cueRule drops an event named by its last word.
func (d *doc) eventOf(ps []piece) bool {
	if len(ps) < 3 || ps[0].unit != nil || !eventOpeners.has(d.word(ps[0])) || !ps[1].conn || d.toks[ps[1].s].text != "of" {
		return false
	}
	d.claim(ps[0].s, ps[len(ps)-1].e)
	return true
}

// studyAt: a one-word name after "studied at", "educated at", "graduated
// from" is a school's ("educated at Harvard and Oxford"), though a town
// has the name; a country stays a country ("studied at home in Peru" has
// no name after "at"). Names listed after the first take its reading.
func (d *doc) studyAt(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 || ps[0].unit != nil && (ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical]) ||
		ps[0].unit == nil && !d.personWord(ps[0]) || !d.afterStudy(ps[0].s) {
		return false
	}
	return d.add(ps[0].s, ps[0].e, "ORG", "")
}

// afterStudy: token s follows "studied at", "studied law at" or
// "graduated from", or "and" or a comma after a school so named.
func (d *doc) afterStudy(s int) bool {
	toks := d.toks
	if s < 2 || toks[s].newline {
		return false
	}
	// "studied at", "studied law at"
	if prev := toks[s-1].text; prev == "at" || prev == "from" {
		k := s - 2
		if k > 0 && isLowerWord(toks[k].text) && !studyVerbs.has(toks[k].text) {
			k--
		}
		return studyVerbs.has(toks[k].text)
	}
	if prev := toks[s-1].text; prev != "and" && prev != "," {
		return false
	}
	n := len(d.mentions)
	return n > 0 && d.mentions[n-1].e == s-1 && d.mentions[n-1].label == "ORG" && d.afterStudy(d.mentions[n-1].s)
}

// placeByList: a city whose name is also a common or a given name
// ("Bologna", "Florence") is a place after another place and "and" or a
// comma ("in Kraków and Bologna"), or as the object of a verb that takes
// places ("left Tangier", "ruled Florence"), where ambiguousCity wants a
// place preposition; not before a possessive or another name.
func (d *doc) placeByList(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].s < 2 {
		return false
	}
	toks := d.toks
	s := ps[0].s
	if !d.a.ambiguousCities[toks[s].text] || toks[s].sentStart || toks[s].newline {
		return false
	}
	if next := s + 1; next < len(toks) && (toks[next].kind == tkPossessive || isCapitalised(toks[next].text) && !toks[next].newline) {
		return false
	}
	prev := toks[s-1].text
	n := len(d.mentions)
	listed := (prev == "and" || prev == "," || prev == "or") && n > 0 && d.mentions[n-1].e == s-1 && d.mentions[n-1].label == "GPE"
	if !listed && !placeVerbs.has(prev) {
		return false
	}
	return d.add(s, s+1, "GPE", "")
}

// aliasName: a name after ", known as" or ", nicknamed" that follows a
// person's name is the same person's other name ("Edson Arantes do
// Nascimento, known as Pelé").
func (d *doc) aliasName(ps []piece) bool {
	s := ps[0].s
	if len(ps) > 3 || hasConn(ps) || s < 3 || d.toks[s].newline {
		return false
	}
	k := s - 1
	if d.toks[k].text == "as" && d.toks[k-1].text == "known" {
		k--
	}
	if !aliasWords.has(d.toks[k].text) || k < 2 {
		return false
	}
	if d.toks[k-1].text == "also" {
		k--
	}
	if d.toks[k-1].text != "," {
		return false
	}
	// the person's name ends at the comma, or a particle and a surname
	// that resolve will join to it stand between ("Arantes do Nascimento")
	j := k - 1
	for j > 0 && !d.used[j-1] && (isCapitalised(d.toks[j-1].text) || nameParticles.has(d.toks[j-1].text)) {
		j--
	}
	if !d.personEnds[j] {
		return false
	}
	d.addPerson(s, ps[len(ps)-1].e)
	return true
}

// possessiveKin: a one-word name before a possessive and a word of kin or
// succession is a person's ("Mbeki's successor", "Ford's grandson"), a
// company's or a town's though it be; a country is a country ("Kenya's
// heir" is none such). A word of a life's work ("Darwin's theory",
// "Amundsen's expedition") does the same for a name no list holds as a
// company's.
func (d *doc) possessiveKin(ps []piece) bool {
	e := ps[0].e
	if len(ps) != 1 || e-ps[0].s != 1 || e+1 >= len(d.toks) || d.toks[e].kind != tkPossessive ||
		ps[0].unit != nil && d.a.countries[ps[0].unit.canonical] || ps[0].unit == nil && !d.personWord(ps[0]) {
		return false
	}
	owned := d.toks[e+1].text
	if !kinTitles.has(owned) && !(lifeWorks.has(owned) && (ps[0].unit == nil || ps[0].unit.label == "GPE")) {
		return false
	}
	d.addPerson(ps[0].s, e)
	return true
}

// flowingRiver: "the Danube flows", "the Mekong rises in Tibet", "a
// crossing of the Rhine": a one-word name after "the" that flows, or
// after a river's part riverRule does not read, is a river's (LOC). The
// name is one no lexicon knows or a town's or a company's of the lists,
// never a country's; "rises" needs a place preposition after it ("the
// Nikkei rose" is an index).
func (d *doc) flowingRiver(ps []piece) bool {
	s := ps[0].s
	toks := d.toks
	if len(ps) != 1 || ps[0].e-s != 1 || s == 0 || !strings.EqualFold(toks[s-1].text, "the") || toks[s].newline {
		return false
	}
	if u := ps[0].unit; u != nil && (u.label != "GPE" && u.label != "ORG" || d.a.countries[u.canonical]) ||
		u == nil && (!d.a.uncommon(toks[s].text) || d.a.demonyms[toks[s].text]) {
		return false
	}
	flows := false
	if e := s + 1; e < len(toks) && !toks[e].newline {
		v := toks[e].text
		flows = flowVerbs.has(v) || (v == "rises" || v == "rose") && e+1 < len(toks) && placePrepositions.has(toks[e+1].text)
	}
	part := s >= 3 && toks[s-2].text == "of" && riverCourse.has(toks[s-3].text)
	return (flows || part) && d.add(s, s+1, "LOC", "")
}

// makerPerson: two or three name words after "designed by", "built by"
// that no lexicon knows as common words, opening with a given name or an
// unknown word, are a person's name, an architect's or a builder's
// ("designed by Alvar Aalto"): a company's name of no cue word is seldom
// made of such words alone, and the cue words were read before. What is
// bought or owned is a company's ("acquired by Brannock Vell").
func (d *doc) makerPerson(ps []piece) bool {
	s := ps[0].s
	if len(ps) < 2 || len(ps) > 3 || hasUnit(ps) || hasConn(ps) || s < 2 || d.toks[s-1].text != "by" ||
		!builderVerbs.has(d.toks[s-2].text) || !d.nameRun(ps) || d.personLen(ps) != len(ps) {
		return false
	}
	for _, p := range ps {
		if d.commonWord(d.word(p)) {
			return false
		}
	}
	d.addPerson(s, ps[len(ps)-1].e)
	return true
}

// lifeEvidence: what in encyclopaedic prose makes the name [s, e) a
// person's (personContext asks): a verb of a life or work right after it
// ("Tessarov taught at the academy", "Okafor emigrated"), which companies
// and places do not do; an agent of praise, thought or discovery ("praised
// by Nabokov", "discovered by Tessarov"); the maker of works ("works by
// Matisse"); a master ("studied under Glazunov").
func (d *doc) lifeEvidence(s, e int) bool {
	toks := d.toks
	if s >= 2 && !toks[s].newline {
		prev, before := toks[s-1].text, toks[s-2].text
		if prev == "by" && (thinkerVerbs.has(before) || workNouns.has(before) || worksBy.has(before)) || prev == "under" && masterVerbs.has(before) {
			return true
		}
	}
	return d.lifeVerbAfter(s, e)
}

// lifeVerbAfter: a verb of a person's life or work right after the name
// [s, e); as actedVerb, not after another capitalised word, whose longer
// name the name ends, unless that word is a sentence's adverb ("Afterwards
// Tessarov taught").
func (d *doc) lifeVerbAfter(s, e int) bool {
	toks := d.toks
	if e >= len(toks) || toks[e].newline || !lifeVerbs.has(toks[e].text) {
		return false
	}
	// "Velto studied the market": what one studies with an article after
	// it is a firm's object as well
	if v := toks[e].text; (v == "studied" || v == "painted") && e+1 < len(toks) && (articles.has(toks[e+1].text) || toks[e+1].text == "its") {
		return false
	}
	prev := s - 1
	return s == 0 || toks[s].newline || !isCapitalised(toks[prev].text) || toks[prev].sentStart && functionWords.has(toks[prev].text)
}

// royalTitleName: a ruler's, a noble's or a saint's title, then a name
// ("Queen Victoria", "Tsar Nicholas II", "the Ottoman sultan Selim I",
// "Saint Francis of Assisi"): the name is a person's, the title outside
// it (GUIDELINES.md), though the name be a town's, and with the title
// before it a regnal "I" and "of" and a place belong to the name. After
// "Saint" the name must be a given name ("Saint Kessel" may be a town).
func (d *doc) royalTitleName(ps []piece) bool {
	toks := d.toks
	first := 0
	switch {
	case ps[0].unit == nil && !ps[0].conn && royalTitles.has(d.word(ps[0])):
		first = 1
	case ps[0].s > 0 && !toks[ps[0].s].newline && royalTitles.has(toks[ps[0].s-1].text) && !d.used[ps[0].s-1]:
		// "the sultan Selim I", or a title the tagger took for a common
		// word at a sentence's start ("Queen Victoria opened")
	default:
		return false
	}
	if first >= len(ps) || ps[first].conn || ps[first].e-ps[first].s != 1 {
		return false
	}
	name := ps[first]
	w := toks[name.s].text
	if name.unit != nil && (name.unit.label != "GPE" && name.unit.label != "LOC" || d.a.countries[name.unit.canonical]) || name.unit == nil && !d.personWord(name) {
		return false
	}
	if first == 1 && saintTitles.has(d.word(ps[0])) && !d.a.givenNames.has(w) {
		return false
	}
	k := first + 1
	// more name words, none a common word but a given name or a surname
	// ("John Paul II", not "Thomas Housing Development")
	for k < len(ps) && k < first+3 && !ps[k].conn && ps[k].unit == nil && d.personWord(ps[k]) && !nameSuffixes.has(d.word(ps[k])) && d.word(ps[k]) != "I" &&
		(!d.commonWord(d.word(ps[k])) || d.a.givenNames.has(d.word(ps[k])) || d.a.surnames.has(d.word(ps[k]))) {
		k++
	}
	if k < len(ps) && (nameSuffixes.has(d.word(ps[k])) || d.word(ps[k]) == "I") {
		k++
	}
	// "Francis of Assisi", "Catherine of Aragon"
	if k+1 < len(ps) && ps[k].conn && toks[ps[k].s].text == "of" && (ps[k+1].unit != nil && ps[k+1].unit.label == "GPE" || ps[k+1].unit == nil && d.personWord(ps[k+1])) {
		k += 2
	}
	if k != len(ps) {
		return false
	}
	// "Sultan Kudarat province": a place named after a ruler
	if e := ps[k-1].e; e < len(toks) && !toks[e].newline && (placeKindNoun(toks[e].text) || riverNouns.has(toks[e].text)) {
		return false
	}
	d.addPerson(ps[first].s, ps[k-1].e)
	return true
}

// rulerSuffixName: a name and a ruler's or an official's title written
// after it ("Genghis Khan", "Enver Pasha", "Kessel Bey") is a person's
// name, which actingCompany would read as a company's ending in a common
// word.
func (d *doc) rulerSuffixName(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || !rulerSuffixes.has(d.word(ps[len(ps)-1])) || d.personLen(ps[:len(ps)-1]) != len(ps)-1 {
		return false
	}
	d.addPerson(ps[0].s, ps[len(ps)-1].e)
	return true
}

// bornAtPlace: a name after "born at", "died at", "buried in" is a
// place's, two or three words that look like a person's name included
// ("born at Yasnaya Polyana"), where the place preposition alone leaves
// such a run to the person rules.
func (d *doc) bornAtPlace(ps []piece) bool {
	s := ps[0].s
	if len(ps) > 3 || hasConn(ps) || s < 2 || d.toks[s].newline || !placePrepositions.has(d.toks[s-1].text) ||
		!lifeParticiples.has(d.toks[s-2].text) && d.toks[s-2].text != "died" {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" || p.unit == nil && !d.personWord(p) {
			return false
		}
	}
	return d.add(s, ps[len(ps)-1].e, "GPE", "")
}

// placeNamedPerson: a word no lexicon knows and a town's name or a
// company's that is a family's ("Enzo Ferrari"), with a person's evidence
// after them (a verb of a life, of saying or of a reign, or the years of a
// life in brackets), are a person's full name ("Simón Bolívar (1783–1830)
// led"); a country is no surname, and any verb of acting is too little
// ("Tickets for Velvex Puri went on sale").
func (d *doc) placeNamedPerson(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit == nil || ps[1].e-ps[1].s != 1 {
		return false
	}
	// a town's name, or a company's named after its founder ("Enzo
	// Ferrari"): one capital, no inner one ("SpaceX")
	switch u, w := ps[1].unit, d.toks[ps[1].s].text; {
	case u.label == "GPE" && !d.a.countries[u.canonical]:
	case u.label == "ORG" && isCapitalised(w) && strings.IndexFunc(w[1:], unicode.IsUpper) < 0:
	default:
		return false
	}
	if first := d.word(ps[0]); !d.a.uncommon(first) && !d.a.givenNames.has(first) || !d.personWord(ps[0]) || d.a.demonyms[first] {
		return false
	}
	e := ps[1].e
	toks := d.toks
	if e >= len(toks) || toks[e].newline {
		return false
	}
	years := toks[e].text == "(" && e+1 < len(toks) && isNumber(toks[e+1].text)
	if !years && !lifeVerbs.has(toks[e].text) && !personVerbs.has(toks[e].text) && !reignVerbs.has(toks[e].text) {
		return false
	}
	d.addPerson(ps[0].s, e)
	return true
}

// historicState: a state named by its form ("the Kingdom of Kongo", "the
// Republic of Venice", "the Khmer Empire", "the Delhi Sultanate") is one
// GPE, the place in it included (GUIDELINES.md: the longest name wins);
// the states of today are in the lists already ("Republic of Korea").
func (d *doc) historicState(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 5 {
		return false
	}
	open := ps[0].unit == nil && stateForms.has(d.word(ps[0])) && ps[1].conn && d.toks[ps[1].s].text == "of" && len(ps) > 2
	last := ps[len(ps)-1]
	closed := last.unit == nil && stateForms.has(d.word(last)) && !hasConn(ps)
	if !open && !closed {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false
		}
	}
	return d.add(ps[0].s, last.e, "GPE", "")
}

// placeEnding: a lone word no lexicon knows that ends as the names of
// lands do ("Transylvania", "Kafiristan") is a place's, which a verb
// after it would make a person's; a given name is left alone ("Ilania").
func (d *doc) placeEnding(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	w := d.word(ps[0])
	if !d.a.uncommon(w) || d.a.givenNames.has(w) || d.a.surnames.has(w) || !d.personWord(ps[0]) || !hasSuffixIn(w, landEndings) {
		return false
	}
	return d.add(ps[0].s, ps[0].e, "GPE", "")
}

// toPerson: a name after "lost to", "married to", "dedicated to" is a
// person's ("He lost to Karpov", "the symphony was dedicated to
// Tessarov"), where "to" alone would make an unknown name a place
// ("flights to Kessel"); a listed name keeps its label.
func (d *doc) toPerson(ps []piece) bool {
	s := ps[0].s
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || s < 2 || d.toks[s].newline || d.toks[s-1].text != "to" || !toPersonVerbs.has(d.toks[s-2].text) || d.personLen(ps) != len(ps) {
		return false
	}
	d.addPerson(s, ps[len(ps)-1].e)
	return true
}

// placeStartAfterPreposition: a place's generic first word ("Monte",
// "Santa", "Puerto") and a name after a place preposition are a place's
// name ("fought at Monte Cassino"), though the first word is a given name
// too.
func (d *doc) placeStartAfterPreposition(ps []piece) bool {
	s := ps[0].s
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || s == 0 || d.toks[s].newline || !placeNameStarts.has(d.word(ps[0])) || !placePrepositions.has(d.toks[s-1].text) {
		return false
	}
	return d.add(s, ps[len(ps)-1].e, "GPE", "")
}
