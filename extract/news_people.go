package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// Rules for the people and organisations of general news (politics,
// business, sport, aviation): the structures of club and team names, the
// context that makes an unknown name a company's, and name shapes of
// people that the person rules do not read (initials, East Asian given
// names). The cue words are in cues.txt.

// teamName: a place and a plural nickname name a team: "Harbor City
// Hawks", "Norland Falcons" (a place of the gazetteer first), or in a
// sport's text an unknown place's word, a common word and a common
// plural ("Kessel Super Kings", nicknameTeam). Plurals that
// name a place's parts ("Keys", "Falls") are left to the place rules, and
// a place that is also a given name before a family name is a person's
// ("Austin Rhodes").
func (d *doc) teamName(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	if ps[0].unit == nil && d.nicknameTeam(ps) {
		return d.add(ps[0].s, ps[2].e, "ORG", "")
	}
	if ps[0].unit == nil || ps[0].unit.label != "GPE" {
		return false
	}
	for _, p := range ps[1:] {
		w := d.word(p)
		if p.unit != nil || p.conn || !d.personWord(p) || d.a.givenNames.has(w) || len(w) < 3 || placeNameStarts.has(w) {
			return false
		}
	}
	// no article stands before a person's name, so after one a plural
	// that is a family name too is the nickname ("the Harlow Banks")
	last := d.word(ps[len(ps)-1])
	sing, ok := strings.CutSuffix(last, "s")
	family := d.a.surnames.has(last) && !d.afterArticle(ps[0].s)
	if !ok || len(sing) < 3 || strings.HasSuffix(sing, "s") || placePlurals.has(last) || eventHeads.has(last) || family || peopleWord(d.a.demonyms, last) {
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
	return true
}

// roleBeforeName: a person's role written with a capital before a full
// name is no part of it: "Astronaut Priya Nair", "Striker Ann Brandt".
func (d *doc) roleBeforeName(ps []piece) bool {
	if len(ps) < 3 || ps[0].unit != nil || !personRoles.has(strings.ToLower(d.word(ps[0]))) {
		return false
	}
	n := d.personLen(ps[1:])
	if n < 2 || !d.nameRun(ps[1:1+n]) {
		return false
	}
	d.addPerson(ps[1].s, ps[n].e)
	d.classify(ps[n+1:])
	return true
}

// titleSurname: a given name and a title word that is a family name too,
// ending the run (a generational suffix aside), are one person's name:
// "Stephanie Pope", "Carole King", "Martin Luther King Jr."; a title before
// the given name is no part of it.
func (d *doc) titleSurname(ps []piece) bool {
	end := len(ps) - 1
	last := end
	if last >= 2 && nameSuffixes.has(d.word(ps[last])) {
		last-- // "Martin Luther King Jr."
	}
	if last < 1 || !titleSurnames.has(d.word(ps[last])) || ps[last-1].unit != nil || !d.personWord(ps[last-1]) {
		return false
	}
	first := last - 1
	for first > 0 && ps[first-1].unit == nil && d.personWord(ps[first-1]) && last-first < 3 {
		first--
	}
	if !d.a.givenNames.has(d.word(ps[first])) {
		return false
	}
	d.classify(ps[:first])
	d.addPerson(ps[first].s, ps[end].e)
	return true
}

// hyphenatedName: a word no lexicon knows, then names joined by hyphens,
// are a person's name on the same weak evidence as a run of such words
// (nameRun): "Shai Varga-Alexander"; a compound adjective is none
// ("Anglo-Saxon").
func (d *doc) hyphenatedName(ps []piece) bool {
	if len(ps) < 4 || len(ps) > 6 || ps[1].conn || !d.a.uncommon(d.word(ps[0])) || !hasConn(ps) {
		return false
	}
	for i, p := range ps {
		switch {
		case p.conn && (d.toks[p.s].text != "-" || i+1 == len(ps) || ps[i+1].conn):
			return false
		case !p.conn && (p.unit != nil || !d.personWord(p)):
			return false
		}
	}
	d.weak = append(d.weak, span{ps[0].s, ps[len(ps)-1].e})
	return true
}

// joinParticleSurnames: a person's name goes on over lower-case particles
// to a surname that is also a place or a common word, which no rule took
// for a name ("Pedro dos Santos", "Tessa van der Berg").
func (d *doc) joinParticleSurnames() {
	place := d.onePlaces()
	defer d.done(place)
	drop := map[int]bool{}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.reviewed {
			continue
		}
		e := m.e
		for e < len(d.toks) && e < m.e+2 && nameParticles.has(d.toks[e].text) && !d.used[e] && !d.toks[e].newline {
			e++
		}
		if e == m.e || e >= len(d.toks) {
			continue
		}
		j, ok := place.get(e)
		free := !ok && !d.used[e] && d.personWord(piece{s: e, e: e + 1}) && !d.toks[e].newline
		if !free && (!ok || drop[j]) {
			continue
		}
		d.claim(m.e, e+1)
		m.e, m.canonical = e+1, ""
		if ok {
			drop[j] = true
		}
	}
	d.dropMentions(drop)
}

// coordinatedOrgs: a lone unknown name labelled a person on evidence of
// its own shape or verb alone, joined by "and", "or" or a comma to an
// organisation and to no person, is an organisation too: "shares of
// Kering and Vellmar fell". A name linked to a full name in the text, a
// given name or one after an honorific keeps its label.
func (d *doc) coordinatedOrgs() {
	// the first and last token of each mention → its label, as it is now
	labels := make([]string, len(d.mentions))
	at := d.tokMap()
	defer d.done(at)
	for k, m := range d.mentions {
		labels[k] = m.label
		at.set(m.s, k)
		at.set(m.e-1, k)
	}
	labelAt := func(i int) string {
		if k, ok := at.get(i); ok {
			return labels[k]
		}
		return ""
	}
	// a comma joins a list, but also ends a clause ("before Easter, Velto
	// said"): names no rule took are joined by "and" or "or" only
	comma := true
	joins := func(j int) bool {
		return j >= 0 && j < len(d.toks) && (comma && d.toks[j].text == "," || d.toks[j].text == "and" || d.toks[j].text == "or") && !d.toks[j].newline
	}
	orgBeside := func(i int) bool {
		left, right := "", ""
		if joins(i - 1) {
			left = labelAt(i - 2)
		}
		if joins(i+1) && i+2 < len(d.toks) && !d.toks[i+2].newline {
			right = labelAt(i + 2)
		}
		return (left == "ORG" || right == "ORG") && left != "PERSON" && right != "PERSON"
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.e-m.s != 1 || m.reviewed || m.canonical != "" || d.a.givenNames.has(d.toks[m.s].text) || d.afterHonorific(m.s) {
			continue
		}
		// "the Kessel League, Varga's party,": an owner heads no list
		if orgBeside(m.s) && !d.ownerAt(m.e) {
			m.label = "ORG"
		}
	}
	// a lone unknown name that no rule took: "Vextrion and Tarvel agreed"
	comma = false
	for i, t := range d.toks {
		if !d.used[i] && t.kind == tkWord && d.a.uncommon(t.text) && !calendarWords.has(t.text) && !d.a.givenNames.has(t.text) && d.nameShaped(t.text) && !d.isName(i+1) && orgBeside(i) {
			d.add(i, i+1, "ORG", "")
		}
	}
}

// linkSurnames: a person named again by the end of the full name,
// particles and hyphenated parts and all ("Von der Leyen", "Zeta-Morgan",
// "da Silva", "O’Brien" after "O'Brien"), or by the family name written
// first ("Park" after "Park Min-jun"), is the same person; the short
// form takes in the particles before it and the full name's canonical.
func (d *doc) linkSurnames() {
	// key is the lower-case text of tokens [s, e), in a buffer reused by
	// the next call: a look-up by string(key(s, e)) does not copy it
	var buf []byte
	key := func(s, e int) []byte {
		buf = appendLower(buf[:0], normKey(d.surface(s, e)))
		return buf
	}
	full := map[string]string{} // lower-case end of a full name → its canonical
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.e-m.s < 2 {
			continue
		}
		surf := d.surface(m.s, m.e)
		if m.canonical == "" || len(m.canonical) < len(surf) && strings.HasSuffix(strings.ToLower(surf), strings.ToLower(m.canonical)) {
			m.canonical = surf // "Ana da Silva" is no shorter name's
		}
		for i := m.s + 1; i < m.e; i++ {
			if _, ok := full[string(key(i, m.e))]; !ok && !d.toks[i].glued {
				full[string(buf)] = m.canonical
			}
		}
		if isLowerWord(d.toks[m.e-1].text) && d.toks[m.e-1].glued {
			full[string(key(m.s, m.s+1))] = m.canonical // "Park Min-jun"
		}
	}
	if len(full) == 0 {
		return
	}
	// longest reaches from e back to a start that is a full name's end
	longest := func(s, e int) (int, string) {
		best, canon := -1, ""
		for i := s; i >= 0 && i >= s-4 && (i == s || !d.used[i] && !d.toks[i+1].newline && d.surnamePart(i)); i-- {
			if c, ok := full[string(key(i, e))]; ok {
				best, canon = i, c
			}
		}
		return best, canon
	}
	byStart := d.mentionsByStart()
	defer d.done(byStart)
	for i := len(d.toks) - 1; i >= 0; i-- {
		k, isMention := byStart.get(i)
		switch {
		case isMention && d.mentions[k].label == "PERSON" && !d.mentions[k].reviewed:
			m := &d.mentions[k]
			if s, c := longest(m.s, m.e); s >= 0 && c != d.surface(m.s, m.e) {
				d.claim(s, m.s)
				m.s, m.canonical = s, c
			}
		case !isMention && !d.used[i] && d.toks[i].kind == tkWord && isCapitalised(d.toks[i].text) && !calendarWords.has(d.toks[i].text) && !d.isName(i+1):
			if s, c := longest(i, i+1); s >= 0 {
				d.add(s, i+1, "PERSON", c)
			}
		}
	}
}

// surnamePart: token i may stand inside a surname before its last word: a
// particle ("von", "Da"), a hyphen, or a capitalised word a hyphen joins
// to the next ("Zeta" of "Zeta-Morgan").
func (d *doc) surnamePart(i int) bool {
	t := d.toks[i]
	var buf [64]byte
	if l := appendLower(buf[:0], t.text); nameParticles.has(string(l)) || nameArticles.has(string(l)) {
		return true
	}
	if t.text == "-" && t.glued {
		return true
	}
	return isCapitalised(t.text) && i+1 < len(d.toks) && d.toks[i+1].text == "-" && d.toks[i+1].glued
}

// givenPlacePerson: a one-word place, or an organisation of the lists,
// whose name is also a given name, then a surname, is a person's name
// ("Austin Rhodeswick", "Florence Okafor"), unless a place preposition
// stands before it. The surname is no common word ("Georgia Tech" is a
// university), and a plural after it that is no family name is a team's
// nickname ("Charlotte Comets").
func (d *doc) givenPlacePerson(ps []piece) bool {
	u := ps[0].unit
	if len(ps) < 2 || len(ps) > 5 || u == nil || ps[0].e-ps[0].s != 1 || u.label != "GPE" && u.label != "LOC" && u.label != "ORG" ||
		d.afterPlacePreposition(ps[0].s) || d.personLen(ps[1:]) != len(ps)-1 || gpeHeads.has(d.word(ps[len(ps)-1])) {
		return false
	}
	// "Santiago Peña met": a place's name that no given-name list holds,
	// with a surname no lexicon knows and a person's verb after them
	if !d.a.givenNames.has(d.toks[ps[0].s].text) && !(len(ps) == 2 && u.label != "ORG" && d.placeGivenName(ps)) {
		return false
	}
	words := 0
	for _, p := range ps[1:] {
		if p.conn {
			continue // "Alexandria Ocasio-Reyes": a hyphenated surname
		}
		if words++; words > 2 || !d.a.uncommon(d.word(p)) && !d.a.surnames.has(d.word(p)) {
			return false
		}
	}
	last := d.word(ps[len(ps)-1])
	if sing, ok := strings.CutSuffix(last, "s"); ok && !strings.HasSuffix(sing, "s") && !d.a.surnames.has(last) {
		return false
	}
	d.addPerson(ps[0].s, ps[len(ps)-1].e)
	return true
}

// givenOrgSurname: a given name, then a one-word organisation of the lists
// that is named after a family ("Michael Tarrant" where "Tarrant" is a
// company's name too), is a person's name: the founder, or another of
// the name.
func (d *doc) givenOrgSurname(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || !d.a.givenNames.has(d.word(ps[0])) || ps[1].unit == nil || ps[1].unit.label != "ORG" || ps[1].e-ps[1].s != 1 {
		return false
	}
	w := d.toks[ps[1].s].text
	if !isCapitalised(w) || strings.IndexFunc(w[1:], unicode.IsUpper) >= 0 {
		return false // "Priya SpaceX", "Michael BBC": no family name
	}
	d.addPerson(ps[0].s, ps[1].e)
	return true
}

// contextOrg: a run of names, places among them, that the context makes a
// company's or a team's is one name: "Ostrava Forge's chief executive",
// "beat Arden Vale 3-0"; a given name and a surname are left to the
// person rules ("beat John Varga 3-1").
func (d *doc) contextOrg(ps []piece) bool {
	person := d.a.givenNames.has(d.word(ps[0])) && d.surnameWord(d.word(ps[len(ps)-1]))
	if len(ps) < 2 || hasConn(ps) || person || !d.newsOrgContext(ps[0].s, ps[len(ps)-1].e) {
		return false
	}
	// "said Ade Ologun, an economist at the firm": who speaks is a person
	if s := ps[0].s; s > 0 && personVerbs.has(d.toks[s-1].text) {
		return false
	}
	// a ship, a weapon or a programme keeps its cue ("the INS Tarvel
	// captain"); a place's cue gives way ("Harlow Palace 2-1")
	if l := d.cueLabel(ps); l == "PLATFORM" || l == "PROGRAM" || l == eventCue {
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
	return true
}

// airlineName: "Wizz Air", "Air Vellora": "Air" and a word no lexicon
// knows name an airline (a country's airline is airlineRule's).
func (d *doc) airlineName(ps []piece) bool {
	if len(ps) != 2 || hasUnit(ps) || hasConn(ps) {
		return false
	}
	first, second := d.word(ps[0]), d.word(ps[1])
	if !(second == "Air" && d.a.uncommon(first) || first == "Air" && d.a.uncommon(second)) {
		return false
	}
	d.add(ps[0].s, ps[1].e, "ORG", "")
	return true
}

// hyphenJoins: a hyphen piece and a name word after it go on a person's
// name ("Okafor-Lind" after a title or honorific).
func (d *doc) hyphenJoins(conn, next piece) bool {
	return conn.conn && d.toks[conn.s].text == "-" && d.personWord(next)
}

// workTitle: a name right after a noun of works ("the film Tarrant",
// "the novel Harbour Lights") is a work's title, no entity: the run is
// claimed and dropped, as events' names are.
func (d *doc) workTitle(ps []piece) bool {
	s := ps[0].s
	if s == 0 || !workNouns.has(d.toks[s-1].text) || d.toks[s].newline || hasUnit(ps) {
		return false
	}
	d.claim(s, ps[len(ps)-1].e)
	return true
}

// clubStart: a club's name opens with a word of sports clubs and goes on
// with a place's or another name ("Real Cordoba", "Borussia Halden",
// "Sporting Arvela"); with no connector and at most three names.
func (d *doc) clubStart(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 4 || !clubStarts.has(d.word(ps[0])) || hasConn(ps) {
		return false
	}
	for _, p := range ps[1:] {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false
		}
		if p.unit == nil && !d.personWord(p) {
			return false
		}
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
	return true
}

// initialsName: initials before a surname are a person's name: "J.R.R.
// Tolkien", "C.K. Varga" (capitals each with a full stop, at least two,
// then one or two name words); not an abbreviation such as "P.S.".
func (d *doc) initialsName(ps []piece) bool {
	w := d.word(ps[0])
	if len(ps) < 2 || len(ps) > 3 || ps[0].unit != nil || !initials(w) || genericAcronyms.has(strings.ReplaceAll(w, ".", "")) {
		return false
	}
	for _, p := range ps[1:] {
		if p.unit != nil || !d.personWord(p) {
			return false
		}
	}
	d.addPerson(ps[0].s, ps[len(ps)-1].e)
	return true
}

// initials: "J.R.R.", "C.S.": single capitals each followed by a full stop.
func initials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// eastAsianName: a family name, then a two-syllable given name written
// with a hyphen and its second syllable in lower case, is a person's
// name: "Park Min-jun", "Lee Hsien-loong". Both parts before the hyphen
// are short capitalised words (syllableAfter says which may be).
func (d *doc) eastAsianName(ps []piece) bool {
	if len(ps) != 4 || !d.eastAsianShape(ps) {
		return false
	}
	d.addPerson(ps[0].s, ps[3].e)
	return true
}

// eastAsianShape: ps opens with such a name's four pieces; the family name
// may be a common word or a place's head ("Park", "Song").
func (d *doc) eastAsianShape(ps []piece) bool {
	if len(ps) < 4 || ps[0].unit != nil || ps[1].unit != nil || !ps[2].conn || d.toks[ps[2].s].text != "-" {
		return false
	}
	family, second := d.word(ps[0]), d.toks[ps[3].s].text
	return isCapitalised(family) && utf8.RuneCountInString(family) <= 5 && d.syllableAfter(ps[2].s) && isLowerWord(second)
}

// syllableAfter: the lower-case second syllable of such a given name may
// join the chunk after the hyphen at j: the word before is a short
// capitalised word that is a given name, no word the lexicon knows ("Min"
// in "Min-jun", "Hsien" in "Hsien-loong") or follows a short family name,
// and the syllable is short.
func (d *doc) syllableAfter(j int) bool {
	before, after := d.toks[j-1].text, d.toks[j+1].text
	if utf8.RuneCountInString(before) > 6 || utf8.RuneCountInString(after) > 5 {
		return false
	}
	// "Han Duck-soo": after a short family name the syllable may be an
	// English word too
	family := j >= 2 && !d.toks[j-1].glued && d.a.surnames.has(d.toks[j-2].text) && utf8.RuneCountInString(d.toks[j-2].text) <= 4
	return d.a.uncommon(before) || d.a.givenNames.has(before) || family
}

// businessName: a person's name or another proper name, then the plural
// of a common noun that is no family name, name a firm by what it sells
// ("Malcolm Tarrant Books", "Halden Books", a listed company's "Volvo
// Trucks"), unless the text marks a person (an honorific before it, a
// verb of saying after it); a given name and a plural alone are a
// person's ("Carla Banks").
func (d *doc) businessName(ps []piece) bool {
	// "Volvo Trucks": a company of the lists and what it sells
	if len(ps) == 2 && ps[0].unit != nil && ps[0].unit.label == "ORG" && !operator(ps[0].unit.canonical) && ps[1].unit == nil && d.businessPlural(ps[1:]) {
		d.add(ps[0].s, ps[1].e, "ORG", "")
		return true
	}
	if len(ps) < 2 || len(ps) > 4 || hasUnit(ps) || hasConn(ps) || !d.businessPlural(ps) {
		return false
	}
	// "Carla Banks": a given name and a plural is a person's name
	if len(ps) == 2 && d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	return d.addFirm(ps)
}

// addFirm labels ps a firm's name unless the text marks a person there:
// an honorific before it, a verb of saying after it.
func (d *doc) addFirm(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if d.afterHonorific(s) || d.personContext(s, e) {
		return false
	}
	d.add(s, e, "ORG", "")
	return true
}

// camelName: a run of names that ends in a word with a capital inside
// ("Spirit AeroSystems", "Harbor DataWorks") is a company's.
func (d *doc) camelName(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || hasUnit(ps) || hasConn(ps) || !camelCase(d.word(ps[len(ps)-1])) {
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
	return true
}

// newsOrgContext: what makes an unknown name an organisation's in news:
// a noun of companies and outlets just before it ("the carmaker Velto",
// "the journal Nature", "Ozempic maker Velto"), a verb of saying after a
// bare name and its article ("the Kremlin said"), a company's officers or accounts after its
// possessive ("Velto's chief executive", "Velto's revenue"), a match
// score after it or after its verb ("Harlow Town 2-1", "Harlow beat
// Arden 2-1"), or the company named again as such later in its sentence
// ("Velto filed for bankruptcy, the company said").
func (d *doc) newsOrgContext(s, e int) bool {
	toks := d.toks
	if s >= 2 && !toks[s].newline && !d.a.givenNames.has(toks[s].text) {
		prev, before := toks[s-1].text, toks[s-2]
		switch {
		case (orgNouns.has(prev) || outletNouns.has(prev)) && (articles.has(before.text) || before.kind == tkPossessive):
			return true
		case makerNouns.has(prev) && (articles.has(before.text) || before.kind == tkPossessive || isCapitalised(before.text) && before.kind == tkWord):
			return true // "Ozempic maker Velto", "the phone's maker Velto"
		}
	}
	if d.signedPlayer(e) || d.transfer(s, e) || d.basedCompany(s) || d.modifiedCompany(s) || d.workplaceBefore(s) || d.scoreWith(s) || d.suchAsBefore(s) || d.nounBeforeApposition(s, e) || d.pollBy(s) || d.pluralSideWonLost(s, e) || d.bodyNounBefore(s) || d.beatKnownSide(s, e) || d.articleNameActs(s, e) {
		return true
	}
	// "Velto, the world's largest maker of ...", "Velto, the country's
	// biggest bank,"
	if e+1 < len(toks) && toks[e].text == "," && d.ownedAfter(e+1, func(w string) bool { return makerNouns.has(w) || d.orgNoun(w) }) {
		return true
	}
	// "Velto shut its plant", "Tarvel Rail said its trains were late",
	// "Velto has 3,000 employees", "Velto filed for bankruptcy", "Velto
	// was founded in 1998"
	if (d.ownsIts(e) || d.saidIts(e) || d.countedMembers(e) || d.filedFor(e) || d.foundedAfter(e)) && !d.a.givenNames.has(toks[s].text) {
		return true
	}
	// "Velto and its partners", "Velto or its officers": a person's is
	// "and his", "and her"
	if e+1 < len(toks) && (toks[e].text == "and" || toks[e].text == "or") && toks[e+1].text == "its" && !toks[e].newline && !toks[e+1].newline {
		return true
	}
	// "Velto employees", "the Velto board"; "Velto, which makes batteries"
	if e+2 < len(toks) && !toks[e].newline && !d.a.givenNames.has(toks[s].text) &&
		(orgMembers.has(toks[e].text) || toks[e].text == "," && toks[e+1].text == "which" && companyVerbs.has(toks[e+2].text)) {
		return true
	}
	// "the Dagbladet newspaper": an outlet's noun after a name and its
	// article
	if d.afterArticle(s) && e < len(toks) && outletHeads.has(toks[e].text) && !toks[e].newline {
		return true
	}
	// "the Kremlin said": a bare name after an article that speaks is an
	// institution's (a person's bare name takes no article)
	if e-s == 1 && d.afterArticle(s) && !toks[s].sentStart && e < len(toks) && personVerbs.has(toks[e].text) {
		return true
	}
	if e+2 < len(toks) && toks[e].kind == tkPossessive && !toks[e+1].newline {
		if next := toks[e+1].text; orgAccounts.has(next) || next == "chief" && officerKinds.has(toks[e+2].text) {
			return true
		}
		// "Rocket Forge's Electra rocket": the maker of a named machine,
		// a name of two words or more that opens with no given name
		if e-s >= 2 && !d.a.givenNames.has(toks[s].text) && isCapitalised(toks[e+1].text) && followedBy(toks, e+2, platformModifiers, platformNouns) {
			return true
		}
	}
	if d.scoreAt(e) || e+1 < len(toks) && articles.has(toks[e].text) && d.scoreAt(e+1) || d.scoreBefore(s) {
		return true // "Harlow 2-1", "gave Harlow a 2-0 win", "a 2-0 win over Harlow"
	}
	if e < len(toks) && teamRoles.has(toks[e].text) && !toks[e].newline && !d.a.givenNames.has(toks[s].text) && d.roleNotVerb(e) || d.orgAppositionAfter(e) || d.unitOf(e) {
		return true
	}
	if d.dealBefore(s) || d.boughtFor(s, e) || d.teamAfterArticle(s, e) || d.officerAfter(e) && (e-s > 1 || d.a.uncommon(toks[s].text)) {
		return true
	}
	// "played for the Comets", "joined the Harlow Hawks": what one plays
	// for or joins, with its article, is a team or a company
	if s >= 3 && d.afterArticle(s) && (toks[s-2].text == "for" && teamVerbs.has(toks[s-3].text) || joinVerbs.has(toks[s-2].text)) {
		return true
	}
	if e+1 < len(toks) && resultVerbs.has(toks[e].text) && d.scoreWithin(e+1, 5) {
		return true
	}
	return toks[s].sentStart && d.companySaid(e)
}

// teamAfterArticle: a plural name after "the" that beats, is beaten or
// signs is a team's: "the Harbor Hawks beat ...", "lost to the Comets",
// "the Comets signed ..."; a people's name ("the Peruvians") is not.
func (d *doc) teamAfterArticle(s, e int) bool {
	toks := d.toks
	if !d.afterArticle(s) || e >= len(toks) || toks[e].newline {
		return false
	}
	last := toks[e-1].text
	if sing, ok := strings.CutSuffix(last, "s"); !ok || strings.HasSuffix(sing, "s") || peopleWord(d.a.demonyms, last) {
		return false
	}
	// "the Comets beat the Harriers", "... won 3-1", "... lost to the
	// Harriers", "... signed a pitcher"; not "the Oscars drew fewer viewers"
	if next := toks[e].text; teamVerbs.has(next) || resultVerbs.has(next) && e+2 < len(toks) &&
		(d.scoreAt(e+1) || d.opponentAt(e+1) || toks[e+1].text == "to" && d.opponentAt(e+2)) {
		return true
	}
	if s < 2 {
		return false
	}
	before := toks[s-2].text
	return resultVerbs.has(before) || before == "against" || s >= 3 && before == "to" && resultVerbs.has(toks[s-3].text)
}

// officerAfter: a company's officer and the officer's name follow token
// e: "Velto CEO Ann Brandt", "Velto chief executive Ann Brandt".
func (d *doc) officerAfter(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || !companyOfficers.has(toks[e].text) || toks[e].newline {
		return false
	}
	k := e + 1
	if strings.EqualFold(toks[e].text, "chief") {
		if !officerKinds.has(strings.ToLower(toks[k].text)) {
			return false
		}
		k++
		if k < len(toks) && strings.EqualFold(toks[k].text, "officer") {
			k++
		}
	}
	return k < len(toks) && !toks[k].newline && isCapitalised(toks[k].text) && d.a.givenNames.has(toks[k].text)
}

// titleGoesOn: ps[k] is a further word of a title ("Executive", "Officer",
// or "Operating" before "Officer"), not a person's given name.
func (d *doc) titleGoesOn(ps []piece, k int) bool {
	w := d.word(ps[k])
	if d.a.givenNames.has(w) {
		return false
	}
	return titleWords.has(w) || officerKinds.has(strings.ToLower(w)) && k+1 < len(ps) && titleWords.has(d.word(ps[k+1]))
}

// dealBefore: a company is what a deal is made with: "a stake in Velto",
// "a merger with Velto", "acquired Velto", "the takeover of Velto".
func (d *doc) dealBefore(s int) bool {
	toks := d.toks
	if s < 1 || toks[s].newline {
		return false
	}
	if acquireVerbs.has(toks[s-1].text) {
		return true
	}
	return s >= 2 && dealNouns.has(toks[s-2].text+" "+toks[s-1].text)
}

// boughtFor: "bought Velto for $2 billion": a name bought for money is a
// company's (the amount is a MONEY mention, claimed before the names).
func (d *doc) boughtFor(s, e int) bool {
	toks := d.toks
	return s >= 1 && buyVerbs.has(toks[s-1].text) && e+1 < len(toks) && toks[e].text == "for" && d.used[e+1] && !toks[e].newline
}

// scoreAt: a match score starts at token k ("2-1", "0–0"), of five goals
// or fewer a side as football's and hockey's are; tennis sets (6-4),
// frames and legs (10-8) are players' scores, not teams'.
func (d *doc) scoreAt(k int) bool {
	toks := d.toks
	if k+2 >= len(toks) || toks[k].glued || !toks[k+1].glued || !toks[k+2].glued || toks[k+1].text != "-" && toks[k+1].text != "–" {
		return false
	}
	goals := func(w string) bool { return len(w) == 1 && w[0] >= '0' && w[0] <= '5' }
	if !goals(toks[k].text) || !goals(toks[k+2].text) {
		return false
	}
	return k+3 >= len(toks) || !toks[k+3].glued || toks[k+3].kind == tkPunct && toks[k+3].text != "-"
}

// roleApposition: a name between commas right after a person's role is
// the person's: "The striker, Okonkwo, signed".
func (d *doc) roleApposition(s, e int) bool {
	toks := d.toks
	return s >= 2 && toks[s-1].text == "," && personRoles.has(toks[s-2].text) && e < len(toks) && toks[e].text == "," && !toks[s].newline
}

// orgAppositionAfter: ", a Berlin-based startup," after a name: an
// apposition of up to six words, compounds with hyphens among them, that
// ends in a noun of organisations (orgApposition reads shorter ones).
func (d *doc) orgAppositionAfter(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) {
		return false
	}
	for k, words := e+2, 0; k < len(toks) && words < 6 && !toks[k].newline; k++ {
		t := toks[k]
		if t.text == "-" && t.glued {
			continue
		}
		if t.kind != tkWord {
			return false
		}
		words++
		if d.orgNoun(t.text) {
			n := k + 1
			return n == len(toks) || toks[n].kind == tkPunct || clauseStarts.has(toks[n].text)
		}
	}
	return false
}

// scoreBefore: the name a match was won over or lost to, after its score:
// "a 2-0 win over Tessford", "a 3-1 defeat to Harlow".
func (d *doc) scoreBefore(s int) bool {
	toks := d.toks
	if s < 5 || !matchLinks.has(toks[s-1].text) || !resultNouns.has(toks[s-2].text) {
		return false
	}
	return d.scoreAt(s-5) || s >= 6 && d.scoreAt(s-6)
}

// orgNoun: a noun of organisations, singular or plural ("company",
// "airlines", "companies").
func (d *doc) orgNoun(w string) bool {
	if orgNouns.has(w) {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return orgNouns.has(stem + "y")
	}
	sing, ok := strings.CutSuffix(w, "s")
	return ok && orgNouns.has(sing)
}

// companySaid: the sentence from token e on ends by naming its subject
// as a company: ", the company said", "the airlines added".
func (d *doc) companySaid(e int) bool {
	toks := d.toks
	for k := e; k+2 < len(toks) && k < e+40; k++ {
		if toks[k+1].sentStart || toks[k+1].newline {
			return false
		}
		if articles.has(toks[k].text) && d.orgNoun(toks[k+1].text) && (personVerbs.has(toks[k+2].text) || orgVerbs.has(toks[k+2].text)) {
			return true
		}
	}
	return false
}

// ageAfter: an age in apposition after token i ("Sinner, 23, said") makes
// it a person's name, though it is a common word too.
func (d *doc) ageAfter(i int) bool {
	toks := d.toks
	return i+3 < len(toks) && toks[i+1].text == "," && isNumber(toks[i+2].text) && len(toks[i+2].text) <= 3 && toks[i+3].text == "," && !toks[i+1].newline
}

// monthSurname: a month's name right after a given name is a surname:
// "Theresa May", "Brian May".
func (d *doc) monthSurname(i int) bool {
	return i > 0 && monthSurnames.has(d.toks[i].text) && d.a.givenNames.has(d.toks[i-1].text) && !d.toks[i].newline
}

// afterArticle: token i follows "the" or "a", before which no person's
// bare name stands ("the Moon", "a Lincoln").
func (d *doc) afterArticle(i int) bool {
	return i > 0 && articles.has(d.toks[i-1].text) && !d.toks[i].newline
}

// namePrefix: "LeBron", "DeShawn", "LaToya", "DiMaggio": a name with an
// inner capital after a two-letter prefix of names.
func namePrefix(w string) bool {
	return len(w) > 3 && nameInnerPrefixes.has(w[:2]) && w[2] >= 'A' && w[2] <= 'Z'
}

// wordGivenName: a given name that is an English word too opens a
// person's name before a surname no lexicon knows or a family name: "Max
// Verstappen", "Grant Whitlock"; not a place's part ("North").
func (d *doc) wordGivenName(ps []piece) bool {
	if len(ps) < 2 || ps[1].unit != nil || placeParts.has(d.word(ps[0])) {
		return false
	}
	return d.a.wordGivenNames[d.word(ps[0])] && d.surnameWord(d.word(ps[1]))
}

// surnameWord: a capitalised word no lexicon knows, or a frequent family
// name.
func (d *doc) surnameWord(w string) bool {
	return d.a.uncommon(w) || d.a.surnames.has(w)
}

// afterPlacePreposition: token s follows "in", "at" or "near": "the
// office in Tarvel said" names a place, whatever verb follows.
func (d *doc) afterPlacePreposition(s int) bool {
	return s > 0 && placeOnlyPrepositions.has(d.toks[s-1].text) && !d.toks[s].newline
}

// nameStartsAt: a capitalised word opening a sentence that the tagger
// would read as a common word opens a name here: one with an age in
// apposition ("Sinner, 23,"), a club's opening word before a name ("Real
// Cordoba"), a given name that is a word too before a surname ("Max
// Verstappen"), or a family name before a hyphenated given name ("Park
// Min-jun"), or a noun or adjective before a surname and a verb of acting
// ("Precious Moyo won").
func (d *doc) nameStartsAt(i int) bool {
	toks := d.toks
	if i+1 >= len(toks) || toks[i+1].newline {
		return false
	}
	if d.ageAfter(i) {
		return true
	}
	if toks[i+1].glued || !isCapitalised(toks[i+1].text) {
		return false
	}
	if clubStarts.has(toks[i].text) || namePrefix(toks[i].text) || d.a.wordGivenNames[toks[i].text] && !placeParts.has(toks[i].text) && d.surnameWord(toks[i+1].text) {
		return true
	}
	if d.wordThenSurname(i) {
		return true
	}
	return i+3 < len(toks) && toks[i+2].text == "-" && toks[i+2].glued && toks[i+3].glued && isLowerWord(toks[i+3].text) && d.syllableAfter(i+2)
}

// articleSurname: "al-Tamimi" after a person's name ends it: token e
// opens a surname with a hyphenated article ("Hamid al-Tamimi").
func (d *doc) articleSurname(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || !nameArticles.has(toks[e].text) || toks[e].glued || toks[e].newline {
		return false
	}
	if toks[e+1].text != "-" || !toks[e+1].glued || !toks[e+2].glued || !d.free(e, e+3) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[e+2].text)
	return unicode.IsUpper(r)
}

// newsPersonContext: what makes a name a person's in news and
// encyclopaedic prose besides a verb of saying beside it: "according to
// Varga", "Varga and his wife", "Varga was born", "Varga said she",
// "Varga, the club's captain,", "Varga is a lawyer. She ...", "the death
// of Varga", "met Varga", "Varga's novels", "Varga (born 1950)".
func (d *doc) newsPersonContext(s, e int) bool {
	toks := d.toks
	if s >= 2 && strings.EqualFold(toks[s-2].text, "according") && toks[s-1].text == "to" && !toks[s].newline {
		return true
	}
	// "the death of Varga", "the wife of Varga": kin and a life before
	// "of"; "met Varga", "married Varga": what is done to people alone,
	// to a name that is no common word too ("met Baker there" may be a
	// trade's)
	if s >= 2 && !toks[s].newline && (toks[s-1].text == "of" && kinNouns.has(toks[s-2].text) ||
		personObjectVerbs.has(toks[s-1].text) && (e-s > 1 || d.a.uncommon(toks[s].text))) {
		return true
	}
	// "Varga's novels", "Varga's speech": works and words of a person
	if e+1 < len(toks) && toks[e].kind == tkPossessive && personWorks.has(toks[e+1].text) && !toks[e+1].newline {
		return true
	}
	if d.pronounNext(s, e) || d.occupationAfter(e) || d.officeAfter(e) || d.successorBefore(s) || d.kinOfAfter(e) || d.people4Context(s, e) {
		return true
	}
	if e+1 >= len(toks) || toks[e].newline || toks[e+1].newline {
		return false
	}
	next, after := toks[e].text, toks[e+1].text
	if next == "(" && d.lifeDatesAt(e+1) {
		return true
	}
	switch {
	case next == "and" && personPossessives.has(after):
		return true // "Varga and his brother"; a company is "Velto and its partners"
	case auxiliaryVerbs.has(next) && lifeParticiples.has(after):
		return true
	case personVerbs.has(next) && personPronouns.has(after):
		return true
	}
	return next == "," && d.roleOfAfter(e+1)
}

// pronounNext: the name opens its sentence, and the next sentence opens
// with "He" or "She", who is that subject: "Varga is the finance
// minister. He has held the post since 2021."
func (d *doc) pronounNext(s, e int) bool {
	toks := d.toks
	if !toks[s].sentStart {
		return false
	}
	for k := e; k < len(toks) && k < e+60; k++ {
		if toks[k].sentStart {
			return personPronouns.has(strings.ToLower(toks[k].text))
		}
	}
	return false
}

// roleOfAfter: "the club's captain", "the company's new chief" from token
// k: an article, an owner's possessive and a person's role, perhaps after
// one modifier.
func (d *doc) roleOfAfter(k int) bool {
	return d.ownedAfter(k, func(w string) bool { return personRoles.has(w) || roleHeads.has(w) })
}

// ownedAfter: from token k, "the", an owner's possessive and a noun that
// head accepts, perhaps after one modifier: "the club's new captain", "the
// world's largest carmaker".
func (d *doc) ownedAfter(k int, head func(string) bool) bool {
	toks := d.toks
	if k+3 >= len(toks) || toks[k].text != "the" || toks[k+2].kind != tkPossessive {
		return false
	}
	for j := k + 3; j < len(toks) && j <= k+4 && toks[j].kind == tkWord && !toks[j].newline; j++ {
		if head(toks[j].text) {
			return true
		}
	}
	return false
}

// saidIts: "Velto said its profit rose", "Velto said it would close
// its plant": a verb of saying at token e and "its" after it, or "it" and
// then "its" in the same sentence, speak for a thing, a company, not a
// person.
func (d *doc) saidIts(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || !personVerbs.has(toks[e].text) || toks[e].newline {
		return false
	}
	return d.itsAfter(e + 1)
}

// itsAfter: "its" at k, or "it" at k and "its" later in its sentence
// before any person's pronoun.
func (d *doc) itsAfter(k int) bool {
	toks := d.toks
	if k >= len(toks) {
		return false
	}
	switch toks[k].text {
	case "its":
		return true
	case "it":
		for j := k + 1; j < len(toks) && j < k+24 && !toks[j].sentStart; j++ {
			if personPronouns.has(toks[j].text) || personPossessives.has(toks[j].text) {
				return false
			}
			if toks[j].text == "its" {
				return true
			}
		}
	}
	return false
}

// particleNames: "Yusuf al-Qaradi", "Abdel Aziz el-Sayed": one to three
// name words, then a surname written with a hyphenated article, are a
// person's name, whatever verb follows (the chunker splits it at the
// hyphen); not the end of a hyphenated name ("Ash-Sharq al-Awsat").
func (d *doc) particleNames() {
	toks := d.toks
	nameWord := func(i int) bool {
		w := toks[i].text
		return d.free(i, i+1) && !toks[i].glued && isCapitalised(w) && !functionWords.has(w) && d.personWord(piece{s: i, e: i + 1}) &&
			!d.seenLower(w) && (d.a.givenNames.has(w) || d.a.uncommon(w))
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i+1].newline || !nameWord(i) || !d.articleSurname(i+1) {
			continue
		}
		s := i
		for s > 0 && s > i-2 && !toks[s].newline && nameWord(s-1) {
			s--
		}
		d.add(s, i+4, "PERSON", "")
		i += 3
	}
}

// actedRun: a capitalised word that is also a common word, then a surname
// no lexicon knows, with a person's verb after them, are a person's name
// ("Precious Moyo won", "Bola Tinubu signed"); a common word last is a
// company's ("Blue Origin flew"), and words that open places, clubs and
// organisations open no person's name. Two unknown words are nameRun's,
// weak evidence that the text's own label beats.
func (d *doc) actedRun(ps []piece) bool {
	if len(ps) != 2 || hasUnit(ps) || hasConn(ps) {
		return false
	}
	first := d.word(ps[0])
	if d.a.uncommon(first) || placeNameStarts.has(first) || clubStarts.has(first) || orgStarts.has(first) || locStarts.has(first) || placeParts.has(first) || locOpeners.has(first) || programOpeners.has(first) {
		return false
	}
	return d.lastNameEvidence(ps)
}

// placeGivenName: a one-word place before an unknown surname and a
// person's verb is a given name ("Santiago Peña met").
func (d *doc) placeGivenName(ps []piece) bool {
	return ps[1].unit == nil && d.lastNameEvidence(ps)
}

// lastNameEvidence: the run's last word is a surname no lexicon knows,
// and a verb of acting or the person context follows it.
func (d *doc) lastNameEvidence(ps []piece) bool {
	l := ps[len(ps)-1]
	w := d.word(l)
	if l.e-l.s != 1 || !d.a.uncommon(w) || d.seenLower(w) || !d.nameShaped(w) || d.a.givenNames.has(w) {
		return false
	}
	return d.actsAfter(l.s) || d.newsPersonContext(ps[0].s, l.e)
}

// wordThenSurname: a sentence opens with a noun or an adjective, then a
// surname no lexicon knows and a verb of acting: "Precious Moyo won";
// an adverb opens none ("Later Okafor resigned").
func (d *doc) wordThenSurname(i int) bool {
	if i+2 >= len(d.toks) || d.units[i] != nil || d.units[i+1] != nil || !d.actedRun([]piece{{s: i, e: i + 1}, {s: i + 1, e: i + 2}}) {
		return false
	}
	var win [2]token.Token
	win[0], win[1] = token.Token{Text: d.toks[i].text}, token.Token{Text: d.toks[i+1].text}
	d.a.tagger.TagTokens(win[:])
	switch win[0].Tag {
	case "JJ", "NN", "NNS", "NNP":
		return true
	}
	return false
}

// actingCompany: "Blue Origin flew", "Sierra Space delayed": a name of two
// or three words that ends in a common noun (a person's ends in a
// surname), no cue word or place's head in it, and acts is a company's.
// A verb has three letters at least ("ran", "cut"; a stray "s" is none).
// A role is no company: "the Prime Minister said", "the Army Chief met";
// a name after a role word is a person's ("founder Ann Vexley replied").
func (d *doc) actingCompany(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || hasUnit(ps) || hasConn(ps) || d.onlyTitle(ps) {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	last := toks[e-1].text
	if e >= len(toks) || len(toks[e].text) < 3 || d.a.givenNames.has(toks[s].text) || d.afterHonorific(s) || s > 0 && d.roleWord(s-1) ||
		!d.commonWord(last) || d.a.surnames.has(last) || athleteDeeds.has(toks[e].text) || !d.actsAfter(e-1) || lifeVerbs.has(toks[e].text) {
		return false // "Ravi Gill scored 147": a player's deed
	}
	// "Jannik Sinner beat Carlos Alcaraz": who beats a person is one
	if sideVerbs.has(toks[e].text) && e+1 < len(toks) && d.a.givenNames.has(toks[e+1].text) {
		return false
	}
	d.add(s, e, "ORG", "")
	return true
}

// titleOfRole: an office's title, "of" and what it heads. Title words on
// both sides ("the Chief of the Army Staff", "Secretary of the Navy",
// "Minister of External Affairs") name an office, and the chunk gives
// nothing; otherwise the title stays outside what follows ("Chairman of
// the Joint Chiefs of Staff" gives the Joint Chiefs of Staff). With a name
// after it ("... Staff Gen Anil Rao") the title rules read it.
func (d *doc) titleOfRole(ps []piece) bool {
	of := -1
	for i, p := range ps {
		if p.conn && d.toks[p.s].text == "of" {
			of = i
			break
		}
		if p.unit != nil || p.conn || !titleWords.has(d.word(p)) {
			return false
		}
	}
	if of < 1 || of+1 == len(ps) || !officeHeads.has(d.word(ps[of-1])) {
		return false
	}
	rest := ps[of+1:]
	if rest[0].conn && d.toks[rest[0].s].text == "the" {
		rest = rest[1:]
	}
	if j := d.officeThenName(rest); j > 0 {
		d.claim(ps[0].s, rest[j].s)
		d.classify(rest[j:])
		return true
	}
	office := len(rest) > 0
	for _, p := range rest {
		if d.a.givenNames.has(d.word(p)) {
			return false // "Secretary of Defense for X Michael Duffey": the title rules read the name
		}
		for k := p.s; k < p.e; k++ {
			office = office && !p.conn && titleWords.has(d.toks[k].text)
		}
	}
	office = office || d.ministerPortfolio(ps[of-1], rest) // news_r23org.go
	d.claim(ps[0].s, ps[of].e)
	if office {
		d.claim(ps[of].e, ps[len(ps)-1].e)
		return true
	}
	d.classify(rest)
	return true
}

// onlyTitle reports a run of title words and nothing else ("Foreign
// Secretary", "Deputy Governor"): a role, not a name.
func (d *doc) onlyTitle(ps []piece) bool {
	for _, p := range ps {
		if !titleWords.has(d.word(p)) {
			return false
		}
	}
	return true
}

// hyphenSurname: two name words joined by a hyphen that no lexicon knows,
// with a person's verb or context, are a person's double surname:
// "Dlamini-Zuma served", "said Okonjo-Vance"; a compound of places or
// peoples is none ("Indo-Pacific").
func (d *doc) hyphenSurname(ps []piece) bool {
	if len(ps) != 3 || !ps[1].conn || d.toks[ps[1].s].text != "-" || ps[0].unit != nil || ps[2].unit != nil {
		return false
	}
	for _, p := range []piece{ps[0], ps[2]} {
		w := d.word(p)
		if !d.personWord(p) || !d.a.uncommon(w) && !d.a.surnames.has(w) || !d.nameShaped(w) || d.seenLower(w) {
			return false
		}
	}
	s, e := ps[0].s, ps[2].e
	if !d.actsAfter(e-1) && !d.personContext(s, e) {
		return false
	}
	d.addPerson(s, e)
	return true
}

// loneSurname: the mention [s, e) is one word, or two joined by a hyphen
// ("Okonjo-Iweala").
func (d *doc) loneSurname(s, e int) bool {
	return e-s == 1 || e-s == 3 && d.toks[s+1].text == "-" && d.toks[s+1].glued && d.toks[s+2].glued
}

// pronounSpeaker: a one-word name of the lists that speaks of himself or
// herself is a person's: "Jordan said he would stay", "Ford said she".
func (d *doc) pronounSpeaker(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	if w := d.toks[ps[0].s].text; strings.ToUpper(w) == w {
		return false // "NATO said he": an acronym speaks for its own
	}
	e := ps[0].e
	if e+1 >= len(d.toks) || !personVerbs.has(d.toks[e].text) || !personPronouns.has(d.toks[e+1].text) || d.toks[e].newline {
		return false
	}
	switch ps[0].unit.label {
	case "GPE", "LOC", "ORG":
		d.addPerson(ps[0].s, e)
		return true
	}
	return false
}

// signedPlayer: "Chelsea signed a striker", "Everton sacked their
// manager": a club's dealings in players and coaches after token e, which
// make the name before them a club's, a given name or a place's as it may
// be elsewhere.
func (d *doc) signedPlayer(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || !squadVerbs.has(toks[e].text) || toks[e].newline {
		return false
	}
	if !articles.has(toks[e+1].text) && toks[e+1].text != "their" && toks[e+1].text != "its" {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+3 && toks[k].kind == tkWord && !toks[k].newline; k++ {
		if playerRoles.has(toks[k].text) {
			return true
		}
	}
	return false
}

// transfer: "joined Chelsea from Everton": a move between clubs (or
// companies) names both ends; one name each, as a person who is joined
// comes with no "from".
func (d *doc) transfer(s, e int) bool {
	toks := d.toks
	if e-s != 1 || toks[s].newline {
		return false
	}
	// the club joined: "joined X from Y"
	if s >= 1 && joinVerbs.has(toks[s-1].text) && e+1 < len(toks) && toks[e].text == "from" && isCapitalised(toks[e+1].text) && !toks[e].newline {
		return true
	}
	// the club left: "joined X from Y"
	return s >= 3 && toks[s-1].text == "from" && isCapitalised(toks[s-2].text) && joinVerbs.has(toks[s-3].text)
}

// lifeDatesAt: an encyclopaedia's dates of a life open at token k: "born
// 1950", "née Varga", "1901–1975" (years with a dash between, as far apart
// as a life's: a programme's "2019–2024" is none).
func (d *doc) lifeDatesAt(k int) bool {
	toks := d.toks
	if k >= len(toks) {
		return false
	}
	if w := toks[k].text; w == "born" || w == "née" || w == "nee" {
		return true
	}
	if k+2 >= len(toks) || toks[k+1].text != "–" && toks[k+1].text != "-" {
		return false
	}
	from, err1 := strconv.Atoi(toks[k].text)
	to, err2 := strconv.Atoi(toks[k+2].text)
	return err1 == nil && err2 == nil && len(toks[k].text) == 4 && to-from >= 20 && to-from <= 110
}

// placeGiven: a given name alone after "in", "at" or "near" with no
// person's context names a place ("a school in Kent", "near Florence");
// placeAfterPreposition reads it.
func (d *doc) placeGiven(i int) bool {
	return (d.afterPlacePreposition(i) || d.givenNamedTown(span{i, i + 1})) && !d.personContext(i, i+1) && !(i+1 < len(d.toks) && d.toks[i+1].kind == tkPossessive)
}
