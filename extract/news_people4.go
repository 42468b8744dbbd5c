package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Round-4 news rules for people and places. People: what is done to a
// person or with one ("Varga was arrested", "founded by Varga", "met with
// Varga"), the people around one ("critics of Varga", "leaders such as
// Varga"), a person's affairs ("Varga's visit"), a role in apposition
// ("Varga, the Spain midfielder,"), Irish and Scottish surnames alone
// ("O'Keefe"), surnames with their particle ("de Klerk"), given names
// with initials ("George R.R. Varga"), names greeted in a letter ("Hi
// Priya,") and names in lists of people. Places: a state's postal code or
// a listed region after a place ("Dayton, OH", "TARVEL, Germany (Reuters)
// -"), a place said to be a town ("Brixley is a market town in Kent", "the
// town of Kessara"), a name before a province's or a region's noun ("the
// Kelbin province", read by districtRule), unknown names in a list of
// places ("in Kirkuk, Qarvesh and Tulmar") and names guessed a person's
// from their shape after "in" ("grew up in Merthyr Tydfil"). And what is
// no person or place: a founder's name and a trade ("Ann Brandt Design"),
// a name before a company's object ("Velcor cut prices"), a web address, a
// numbered reference ("in Section 7"). The cue words are in cues.txt, the
// postal codes in configs/gazetteer/state_codes.yaml.
//
// Choices where GUIDELINES.md is silent: a postal code after a place is
// its own GPE with itself as canonical ("OH"), as "Calif." is; the noun
// after a name stays outside it ("the Kelbin province" gives "Kelbin"),
// a province, prefecture or county being a GPE and a region a LOC; lists
// hold one kind of thing, so an unknown name in a list of places after a
// place preposition is a place though it could be a surname ("delegates
// from Leeds, Varga and Tolland"), and a firm named after its founder and
// trade is an organisation.

// stateCodeAt: from token e, ", OH" or ", BC" ends there (punctuation, a
// line's end or a ZIP code after it): a state's or province's postal code
// after a place's name.
func (d *doc) stateCodeAt(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != "," || toks[e+1].newline || !d.a.stateCodes[toks[e+1].text] || d.used[e+1] {
		return false
	}
	k := e + 2
	return k >= len(toks) || toks[k].newline || toks[k].kind == tkPunct && toks[k].text != "-" ||
		len(toks[k].text) == 5 && isNumber(toks[k].text)
}

// regionAt: from token e, ", Germany" or ", Mont." ends a phrase there: a
// listed country or state after a comma, then punctuation or the line's
// end, as datelines and addresses write a place's region ("TARVEL,
// Germany (Reuters) -"). Not before a possessive ("Velto, Germany's
// largest bank"), a hyphen ("Germany-based") or another name (a list:
// "Varga, Germany, France and Italy").
func (d *doc) regionAt(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != "," || toks[e+1].newline {
		return false
	}
	u, ok := d.unitAt(e + 1)
	if !ok || u.label != "GPE" || !d.free(e+1, u.end) {
		return false
	}
	k := u.end
	if k >= len(toks) || toks[k].newline {
		return true
	}
	if toks[k].kind != tkPunct || toks[k].text == "-" && toks[k].glued {
		return false
	}
	return toks[k].text != "," || k+1 >= len(toks) || !isCapitalised(toks[k+1].text) || toks[k+1].newline
}

// dottedRegionAt: from token e, ", Calif." or ", N.Y.": a region's dotted
// abbreviation, which only datelines and addresses write, is as sure a
// sign of a place before it as a postal code ("visited Tarvo, Calif.").
// One word: a city's name that ends in a dotted part ("Washington, D.C.")
// is an address after a body as often as after a place.
func (d *doc) dottedRegionAt(e int) bool {
	if !d.regionAt(e) {
		return false
	}
	u, _ := d.unitAt(e + 1)
	r := d.surface(e+1, u.end)
	return strings.HasSuffix(r, ".") && !strings.Contains(r, " ")
}

// cityStateCode: "Dayton, OH", "Kelowna, BC", "Tarvel, Germany": a name
// before a postal code or a listed region is a place, and the code after
// a place is a GPE. A person's full name before a degree ("Ann Brandt,
// MD") is none: chunks are read in text order, so the code is taken only
// when a GPE was just named before it. A name of one word before a code
// is a place's; of two or three, one that opens with a given name or a
// word no lexicon knows is a person's.
func (d *doc) cityStateCode(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) == 1 && ps[0].unit == nil && s >= 2 && d.stateCodeAt(s-1) {
		n := len(d.mentions)
		if n == 0 || d.mentions[n-1].e != s-1 || d.mentions[n-1].label != "GPE" {
			return false
		}
		d.add(s, e, "GPE", "")
		return true
	}
	code := d.stateCodeAt(e) || d.dottedRegionAt(e)
	if !code && !d.regionAt(e) || hasConn(ps) || len(ps) > 3 || orgHeads.has(d.word(ps[len(ps)-1])) {
		return false // "Trinity College, Cambridge": an organisation and its town
	}
	if s > 0 && gluedHyphen(d.toks, s-1) {
		return false // "Saint-Tarvo, Que.": the part after a hyphen is no whole name
	}
	if len(ps) == 1 && ps[0].unit != nil {
		switch {
		case ps[0].unit.label == "GPE":
			d.addUnit(ps[0])
		case code:
			d.add(s, e, "GPE", "")
		default:
			return false
		}
		return true
	}
	// two or three words shaped like a person's name are one's
	if hasUnit(ps) || len(ps) > 1 && d.nameRun(ps) {
		return false
	}
	// "Vingegaard, Denmark, +1:02": a results table names an athlete and
	// a country; a dateline opens its line, an address follows "in"
	if prev := s - 1; !code && !d.toks[s].newline && !(prev >= 0 && (placePrepositions.has(d.toks[prev].text) || lonePlacePrepositions.has(d.toks[prev].text))) && !d.nextPlaceOfList(s) {
		return false
	}
	d.add(s, e, "GPE", "")
	return true
}

// nextPlaceOfList: token s opens the next item of a list of places with
// their regions, after "; " or ", and" that follows a place just read
// ("in Troy, Alabama; Tarvo, Texas; and Kessel, Ohio"): the preposition
// before the first item governs them all.
func (d *doc) nextPlaceOfList(s int) bool {
	k := s - 1
	and := k >= 0 && (d.toks[k].text == "and" || d.toks[k].text == "or")
	if and {
		k--
	}
	if k < 1 || d.toks[k].text != ";" && !(and && d.toks[k].text == ",") {
		return false
	}
	n := len(d.mentions)
	return n > 0 && d.mentions[n-1].e == k && d.mentions[n-1].label == "GPE"
}

// settlementAfter: from token e, "is a market town in", "was a small
// village near", ", the capital of": what is said to be a settlement is a
// GPE. The noun must end its phrase ("a city councillor" is a person's
// trade).
func (d *doc) settlementAfter(e int) bool {
	toks := d.toks
	if e+3 >= len(toks) || toks[e].text != "is" && toks[e].text != "was" && toks[e].text != "," || !articles.has(toks[e+1].text) || toks[e+1].newline {
		return false
	}
	k := e + 2
	for n := 0; k < len(toks) && n < 4 && !settlementNouns.has(toks[k].text); n++ {
		t := toks[k]
		if t.newline || !(t.kind == tkWord && !isCapitalised(t.text) || t.text == "-" && t.glued) {
			return false
		}
		k++
	}
	if k+1 >= len(toks) || !settlementNouns.has(toks[k].text) || toks[k].newline {
		return false
	}
	next := toks[k+1]
	return next.kind == tkPunct || settlementLinks.has(next.text)
}

// settlementOfBefore: "the town of", "the northern province of" before
// token s.
func (d *doc) settlementOfBefore(s int) bool {
	toks := d.toks
	return s >= 2 && toks[s-1].text == "of" && settlementNouns.has(toks[s-2].text) && !toks[s].newline
}

// namedSettlement labels a name said to be a town or a city a GPE ("the
// province of Velmar said"), before the apposition (", a ...") or a verb
// of saying makes it a person's.
func (d *doc) namedSettlement(ps []piece) bool {
	if hasUnit(ps) || hasConn(ps) || !d.settlementAfter(ps[len(ps)-1].e) && !d.settlementOfBefore(ps[0].s) {
		return false
	}
	d.add(ps[0].s, ps[len(ps)-1].e, "GPE", "")
	return true
}

// peopleAdjective: a word of the name is a people's adjective ("the
// Kurdish region", "the Shia Arab regions"), which names no place before
// a province's or a region's noun; adjectives in "-ish" are in no
// demonyms' list.
func (d *doc) peopleAdjective(ps []piece) bool {
	for _, p := range ps {
		if w := d.word(p); w != "" && (d.a.demonyms[w] || !d.nameShaped(w) || strings.HasSuffix(w, "ish")) {
			return true
		}
	}
	return false
}

// people4Context: round 4's evidence that a name is a person's, around
// [s, e): what is done to people ("was arrested"), the people around one
// ("critics of Varga"), people of a kind ("leaders such as Varga",
// "players like Varga"), what only people do to or with one ("founded by
// Varga", "met with Varga"), what a person gives ("a goal from Varga"), a
// person's affairs ("Varga's visit") and a role in apposition ("Varga,
// the world record holder,").
func (d *doc) people4Context(s, e int) bool {
	toks := d.toks
	if d.passiveAfter(e) || d.roleAppositionAfter(e) {
		return true
	}
	if s >= 2 && !toks[s].newline {
		prev, before := toks[s-1].text, strings.ToLower(toks[s-2].text)
		if prev == "of" && personGroups.has(before) || prev == "from" && givenByPeople.has(before) || prev == "like" && peopleNouns.has(before) {
			return true
		}
		// "founded by Varga", "met with Varga"
		if prev == "by" && agentVerbs.has(before) || prev == "with" && withVerbs.has(before) {
			return true
		}
		// "leaders such as Varga"
		if prev == "as" && before == "such" && s >= 3 && peopleNouns.has(strings.ToLower(toks[s-3].text)) {
			return true
		}
	}
	return e+1 < len(toks) && toks[e].kind == tkPossessive && personAffairs.has(toks[e+1].text) && !toks[e+1].newline
}

// roleAppositionAfter: ", the marathon world record holder," or ", a
// retired farmer and" from token e: an article, up to four lower-case
// modifiers (a country's name or adjective among them) and a noun of what
// only people are, ending its phrase.
func (d *doc) roleAppositionAfter(e int) bool {
	toks := d.toks
	if e+3 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) || toks[e+1].newline {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+6; k++ {
		t := toks[k]
		// "the Spain midfielder", "the Brazilian striker": a country or
		// its demonym may stand among the modifiers
		if t.newline || t.kind != tkWord && !(t.text == "-" && t.glued) || isCapitalised(t.text) && !d.a.demonyms[t.text] && !d.placeUnitAt(k) {
			return false
		}
		if appositionRoles.has(t.text) {
			n := k + 1
			return n == len(toks) || toks[n].kind == tkPunct || roleEnds.has(toks[n].text)
		}
	}
	return false
}

// passiveAfter: "was arrested", "has been charged", "was later jailed"
// from token e: what the law or violence does to people, seldom to places
// or companies (which are "fined" or "sued", left out).
func (d *doc) passiveAfter(e int) bool {
	toks := d.toks
	k := e
	switch {
	case k+1 < len(toks) && (toks[k].text == "was" || toks[k].text == "is" || toks[k].text == "were"):
		k++
	case k+2 < len(toks) && (toks[k].text == "has" || toks[k].text == "had") && toks[k+1].text == "been":
		k += 2
	default:
		return false
	}
	if k+1 < len(toks) && (strings.HasSuffix(toks[k].text, "ly") || passiveAdverbs.has(toks[k].text)) {
		k++ // "was later arrested", "was reportedly detained"
	}
	return !toks[k].newline && personPassives.has(toks[k].text)
}

// gaelicSurname: a lone word shaped as an Irish surname, "O'Keefe", is a
// person's; one shaped as a Scottish one, "McTavish", "MacAllister", with
// a person's context too, as companies and teams are named so ("McLaren
// won"). Not after an article ("the O'Rourke") nor before a noun it
// modifies.
func (d *doc) gaelicSurname(i int) bool {
	w := d.toks[i].text
	var rest string
	switch {
	case irishPrefix(w) && strings.HasPrefix(w, "O"):
		_, n := utf8.DecodeRuneInString(w[1:])
		rest = w[1+n:]
	case strings.HasPrefix(w, "Mac") && d.scottishContext(i):
		rest = w[3:]
	case strings.HasPrefix(w, "Mc") && d.scottishContext(i):
		rest = w[2:]
	default:
		return false
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || len(rest) <= n || strings.IndexFunc(rest[n:], func(c rune) bool { return !unicode.IsLower(c) }) >= 0 {
		return false
	}
	// "McDonald s": a possessive written apart is a shop's or a brand's
	if next := i + 1; next < len(d.toks) && d.toks[next].text == "s" {
		return false
	}
	return !d.afterArticle(i) && !d.modifies(i) && !d.toks[i].glued
}

// scottishContext: a person's context around token i, or a verb done to
// people before it ("thanked McTavish"), which personContext asks of
// words no lexicon knows only.
func (d *doc) scottishContext(i int) bool {
	return d.personContext(i, i+1) || i > 0 && personObjectVerbs.has(d.toks[i-1].text) && !d.toks[i].newline
}

// greeted: "Hi Priya,", "Dear Tamsyn,", "Hey Vladek!": a name after a
// greeting that opens its line or sentence is a person's, when it is no
// common word ("Hello World") and stands alone.
func (d *doc) greeted(i int) bool {
	toks := d.toks
	if i == 0 || !greetings.has(toks[i-1].text) || !toks[i-1].sentStart || toks[i].newline {
		return false
	}
	w := toks[i].text
	if !d.personWord(piece{s: i, e: i + 1}) || !d.a.givenNames.has(w) && !d.a.uncommon(w) {
		return false
	}
	k := i + 1
	return k >= len(toks) || toks[k].newline || toks[k].text == "," || toks[k].text == "!" || toks[k].text == ":"
}

// maxListItems bounds the items of a list of places read from one token.
const maxListItems = 12

// placeLists: unknown names in a list with a place are places ("in Kirkuk,
// Qarvesh and Tulmar", "roads in Leeds, Harrowby and Ostley", "retook
// Tulmar and Qarvesh"): the list ends with "and" or "or" before its last
// item, holds no person or organisation, and follows a place preposition
// (or a verb of seizing towns, or "such as" and "including") inside its
// sentence or names two places. "In London, Brakwell and Ostrander met" is a phrase
// and a list of people: its preposition opens the sentence.
func (d *doc) placeLists() {
	places := d.tokMap() // first token of a GPE or LOC mention → its end
	defer d.done(places)
	found := false
	for _, m := range d.mentions {
		if m.label == "GPE" || m.label == "LOC" {
			places.set(m.s, m.e)
			found = true
		}
	}
	if !found {
		return
	}
	toks := d.toks
	var cands []int
	for k := 0; k < len(toks); k++ {
		// a list opens with a place (a taken token) or a candidate (a free
		// capitalised one); most tokens are free lower-case words
		if d.used[k] {
			if _, ok := places.get(k); !ok {
				continue
			}
		} else if !isCapitalised(toks[k].text) || !d.placeCandidate(k) {
			continue
		}
		cands = cands[:0]
		known, j, conj, closed := 0, k, false, false
	items:
		for n := 0; n < maxListItems; n++ {
			if e, ok := places.get(j); ok {
				known++
				j = e
			} else if d.placeCandidate(j) {
				cands = append(cands, j)
				j++
			} else {
				break
			}
			closed = conj
			if closed || j+1 >= len(toks) || toks[j].newline {
				break
			}
			if toks[j].text == "," && (toks[j+1].text == "and" || toks[j+1].text == "or") {
				j++
			}
			switch toks[j].text {
			case "and", "or":
				conj = true
			case ",":
			default:
				break items
			}
			if j++; j >= len(toks) || toks[j].newline {
				break
			}
		}
		placed := k > 0 && (placePrepositions.has(toks[k-1].text) || lonePlacePrepositions.has(toks[k-1].text) || seizedPlaceVerbs.has(toks[k-1].text)) && !toks[k-1].sentStart || d.listIntroduced(k)
		// a given name ("Wakefield", "Charlotte") needs two other places
		given := 0
		for _, c := range cands {
			if d.a.givenNames.has(toks[c].text) {
				given++
			}
		}
		if closed && known > 0 && (placed || known >= 2) && (given == 0 || known+len(cands)-given >= 2) {
			for _, c := range cands {
				d.add(c, c+1, "GPE", "")
			}
		}
	}
}

// placeListsSince reads the lists of places again when a place was found
// among the mentions from index k on.
func (d *doc) placeListsSince(k int) {
	for _, m := range d.mentions[k:] {
		if m.label == "GPE" || m.label == "LOC" {
			d.placeLists()
			return
		}
	}
}

// placeCandidate: token i may be an unknown place in a list: a free
// capitalised word standing alone, shaped like a name, no common word,
// with nothing about it that makes it a person's.
func (d *doc) placeCandidate(i int) bool {
	if i >= len(d.toks) || d.used[i] || !d.isName(i) {
		return false
	}
	t := d.toks[i]
	if !d.a.givenNames.has(t.text) && !d.a.uncommon(t.text) || !d.nameShaped(t.text) || t.glued {
		return false
	}
	if next := i + 1; next < len(d.toks) && !d.toks[next].newline && (d.isName(next) || d.toks[next].kind == tkPossessive || d.toks[next].glued && d.toks[next].text == "-") {
		return false
	}
	// "in Oslo, and Quennell was listed", "in Oslo, and Quennell thanked
	// them": the subject of a new clause, which a comma before "and" opens
	// with a verb of its own ("voters in Oslo and Quennell queued" is a list)
	// "in Tarvo and Orvik were told": a plural verb after "and" with no
	// comma keeps the list (news_r19news.go)
	if next := i + 1; next < len(d.toks) && (auxiliaryVerbs.has(d.toks[next].text) || personVerbs.has(d.toks[next].text)) && !d.listBeforePluralVerb(i) {
		return false
	}
	if i >= 2 && d.toks[i-2].text == "," && d.toks[i-1].text == "and" {
		if tg := d.tagAfter(i); tg == "VBD" || tg == "VBZ" || tg == "MD" {
			return false
		}
	}
	return !d.personContext(i, i+1)
}

// placeOwners: a one-word place whose death or funeral the text speaks of
// is a person named like one ("Ostrova's death", "Florence's funeral"),
// unless the noun opens a compound ("Kessel's death toll").
func (d *doc) placeOwners() {
	for k := range d.mentions {
		m := &d.mentions[k]
		n := m.e + 1
		if m.label != "GPE" && m.label != "LOC" || m.e-m.s != 1 || m.reviewed || n >= len(d.toks) || d.toks[m.e].kind != tkPossessive || !lifeEvents.has(d.toks[n].text) || d.toks[n].newline {
			continue
		}
		if tg := d.tagAfter(n); tg == "NN" || tg == "NNS" {
			continue
		}
		m.label, m.canonical = "PERSON", ""
	}
}

// coordinatedWords: a capitalised word that is a common word too and a
// frequent family or given name, joined by "and" or "or" to a person's
// name, is a person's ("Varga and Bush", "Rod or Ann Brandt"):
// coordinatedPersons reads only words no lexicon knows. A party or a
// movement named by a common word is no family name ("Ann Brandt and
// Reform"); commas are left out, as an apposition may follow a name
// ("Varga, Reform's leader").
func (d *doc) coordinatedWords() {
	toks := d.toks
	joins := func(j int) bool { return j >= 0 && j < len(toks) && (toks[j].text == "and" || toks[j].text == "or") }
	var personAt map[int]bool // first and last token of each person's name, built at the first candidate
	for i, t := range toks {
		if d.used[i] || t.kind != tkWord || t.sentStart || t.newline || t.glued || !isCapitalised(t.text) || !(joins(i-1) || joins(i+1)) || !d.commonWord(t.text) {
			continue
		}
		if personAt == nil {
			personAt = map[int]bool{}
			for _, m := range d.mentions {
				if m.label == "PERSON" {
					personAt[m.s], personAt[m.e-1] = true, true
				}
			}
		}
		if !(joins(i-1) && personAt[i-2] || joins(i+1) && personAt[i+2] && !toks[i+2].newline) {
			continue
		}
		w := t.text
		if !d.a.surnames.has(w) && !d.a.givenNames.has(w) && !d.a.wordGivenNames[w] || functionWords.has(w) || calendarWords.has(w) || titleWords.has(w) || loneOrgs.has(w) || d.a.demonyms[w] || d.seenLower(w) || d.afterArticle(i) ||
			!d.personWord(piece{s: i, e: i + 1}) || d.isName(i+1) || i+1 < len(toks) && toks[i+1].kind == tkWord && d.modifies(i) {
			continue
		}
		d.add(i, i+1, "PERSON", "")
	}
}

// weakPlaces takes out of the names guessed a person's from their shape
// alone those after "in" or "near" with no given name, which are places
// ("grew up in Merthyr Tydfil", "a village near Llanfair Caereinion"),
// labels them GPE, labels those after "at" LOC (a venue: "played at
// Kessel Orvane") and returns the others. A possessive after one makes it
// an owner ("in Tarvo Kessel's office").
func (d *doc) weakPlaces(weak []span) []span {
	kept := weak[:0]
	for _, w := range weak {
		prev := w.s - 1
		place := d.weakForeignPlace(w) || prev >= 0 && (d.toks[prev].text == "in" || d.toks[prev].text == "near") && !d.toks[w.s].newline &&
			!d.a.givenNames.has(d.toks[w.s].text) && !d.a.wordGivenNames[d.toks[w.s].text] &&
			!d.ownerAt(w.e) && !d.personContext(w.s, w.e)
		if place {
			d.add(w.s, w.e, "GPE", "")
			continue
		}
		// "beat the Bulls at Kessel Orvane": a venue; not "a swipe at
		// Kessel Orvane"
		if prev >= 1 && d.toks[prev].text == "at" && !d.toks[w.s].newline && !atPersonWords.has(d.toks[prev-1].text) &&
			!d.a.givenNames.has(d.toks[w.s].text) && !d.a.wordGivenNames[d.toks[w.s].text] && !d.ownerAt(w.e) && !d.personContext(w.s, w.e) {
			d.add(w.s, w.e, "LOC", "")
			continue
		}
		kept = append(kept, w)
	}
	return kept
}

// ownerAt: a possessive stands at token e, glued ("Kessel's") or written
// apart as web text does ("Kessel 's").
func (d *doc) ownerAt(e int) bool {
	toks := d.toks
	if e >= len(toks) {
		return false
	}
	if toks[e].kind == tkPossessive {
		return true
	}
	r, _ := utf8.DecodeRuneInString(toks[e].text)
	return isApostrophe(r) && e+1 < len(toks) && toks[e+1].glued && (toks[e+1].text == "s" || toks[e+1].text == "S")
}

// placeKindNoun: a noun of a kind of place ("province", "city", "region"),
// which in lower case ends a phrase that names no place ("the northern
// province", "the capital city"), though a listed name ends so
// ("Northern Province").
func placeKindNoun(w string) bool {
	return settlementNouns.has(w) || provinceNouns.has(w) || regionNouns.has(w) || districtNouns.has(w)
}

// particleSurnames: a surname with its particle and no given name, "de
// Klerk", "da Silva", "von der Leyen", "dos Santos", is a person's, the
// particle in it. Not after a capitalised word, whose name the particle
// joins ("Tour de France"; a given name is joinParticles'), nor after an
// article ("a van Dorn drove"); a title may stand before ("President da
// Silva").
func (d *doc) particleSurnames() {
	toks := d.toks
	var personAt tokMap // first token of a one-word person's name → its mention, built at the first particle
	for i := 0; i+1 < len(toks); i++ {
		if !surnameParticles.has(toks[i].text) || d.used[i] || toks[i].glued {
			continue
		}
		if personAt == nil {
			personAt = d.tokMap()
			defer d.done(personAt)
			for k, m := range d.mentions {
				if m.label == "PERSON" && m.e-m.s == 1 && !m.reviewed {
					personAt.set(m.s, k)
				}
			}
		}
		if i > 0 && !toks[i].newline && (isCapitalised(toks[i-1].text) && !titleWords.has(toks[i-1].text) || articles.has(toks[i-1].text)) {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && nameParticles.has(toks[j].text) && !toks[j].glued {
			j++ // "von der Leyen", "de la Cruz"
		}
		if k, ok := personAt.get(j); ok && !toks[j].newline && d.free(i, j) {
			m := &d.mentions[k]
			d.claim(i, j)
			m.s, m.canonical = i, "" // "President da Silva": the name was read without its particle
			continue
		}
		w := toks[j].text
		if toks[j].newline || toks[j].glued || d.used[j] || d.inUnit(j) || !d.personWord(piece{s: j, e: j + 1}) || !d.a.uncommon(w) && !d.a.surnames.has(w) || d.isName(j+1) {
			continue
		}
		d.add(i, j+1, "PERSON", "")
		i = j
	}
}

// tradeName: a person's name, or a name no lexicon knows, then a trade's
// noun name a firm by its founder and trade ("Malcolm Tarrant
// Motorsports", "Ann Brandt Design", "Ashdown Horse Transport"), not a
// person. Three or four words, as "Ann Design" may be a person's; the
// trades of orgHeads are read before (cueRule), and businessName reads
// the plurals.
func (d *doc) tradeName(ps []piece) bool {
	if len(ps) < 3 || len(ps) > 4 || hasUnit(ps) || hasConn(ps) || !tradeNouns.has(d.word(ps[len(ps)-1])) {
		return false
	}
	first := d.word(ps[0])
	if !d.a.givenNames.has(first) && !d.a.uncommon(first) && !d.a.surnames.has(first) {
		return false
	}
	for _, p := range ps[:len(ps)-1] {
		if !d.personWord(p) {
			return false
		}
	}
	return d.addFirm(ps)
}

// placeUnitAt: a listed one-word GPE starts at token k.
func (d *doc) placeUnitAt(k int) bool {
	u, ok := d.unitAt(k)
	return ok && u.label == "GPE" && u.end == k+1
}

// givenInitialsName: a given name, initials and a surname are a person's
// name: "George R.R. Varga", "Ann K.L. Brandt" (initialsName reads them
// with no given name before).
func (d *doc) givenInitialsName(ps []piece) bool {
	if len(ps) != 3 || hasUnit(ps) || !d.a.givenNames.has(d.word(ps[0])) || !initials(d.word(ps[1])) || !d.personWord(ps[2]) {
		return false
	}
	d.addPerson(ps[0].s, ps[2].e)
	return true
}

// noPlaceWord: the lone word at i names no place, whatever preposition
// stands before it: a web address ("to Velto.com"), or a common word with
// a capital before a number ("in Section 7", "at Gate 5") or before a noun
// it modifies ("in International markets").
func (d *doc) noPlaceWord(i int) bool {
	toks := d.toks
	if i+2 < len(toks) && toks[i+1].text == "." && toks[i+1].glued && toks[i+2].glued && webDomains.has(strings.ToLower(toks[i+2].text)) {
		return true
	}
	if !d.commonWord(toks[i].text) || i+1 >= len(toks) || toks[i+1].newline {
		return false
	}
	return isNumber(toks[i+1].text) && !toks[i+1].glued || d.modifies(i)
}

// companyObjectAt: token k, the object of a verb after a name, is what
// companies act on ("Velcor cut prices", "Velcor raised fares"), so the
// verb is no evidence of a person.
func (d *doc) companyObjectAt(k int) bool {
	return k < len(d.toks) && companyObjects.has(d.toks[k].text) && !d.toks[k].newline
}

// guessedPlacesInPersonLists: a one-word place no list knows, guessed from
// a preposition before it ("the team of Nakashima"), that opens a list of
// two or more people after it ("of Nakashima, Oduya and Brandt") is a
// person's name: lists hold one kind of thing.
func (d *doc) guessedPlacesInPersonLists() {
	toks := d.toks
	byStart := d.mentionsByStart() // first token → mention
	defer d.done(byStart)
	joins := func(j int) bool {
		return j < len(toks) && (toks[j].text == "," || toks[j].text == "and" || toks[j].text == "or") && !toks[j].newline
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "GPE" && m.label != "LOC" || m.e-m.s != 1 || m.reviewed || d.inUnit(m.s) {
			continue
		}
		// the people after it, joined one to the next
		people, j := 0, m.e
		for joins(j) && people < maxListItems {
			if j+1 < len(toks) && toks[j].text == "," && (toks[j+1].text == "and" || toks[j+1].text == "or") {
				j++
			}
			n, ok := byStart.get(j + 1)
			if !ok || d.mentions[n].label != "PERSON" {
				break
			}
			people++
			j = d.mentions[n].e
		}
		if people >= 2 {
			m.label, m.canonical = "PERSON", ""
		}
	}
}

// afterPersonOf: "of" and a person's name stand before token s ("Mayor
// Tania Varga of Rotorua told"): the verb after the name is the person's,
// and the name is the person's place or employer.
func (d *doc) afterPersonOf(s int) bool {
	return s >= 2 && d.toks[s-1].text == "of" && !d.toks[s].newline && d.personEnds[s-1]
}

// stormNamed: token i is "named" after a storm's noun in lower case, with
// a comma perhaps between ("the storm, named Delphine,", "a hurricane
// named Delphine"): the name after it is a storm's, as after "Hurricane".
func (d *doc) stormNamed(i int) bool {
	toks := d.toks
	if toks[i].text != "named" || i == 0 {
		return false
	}
	k := i - 1
	if toks[k].text == "," && k > 0 {
		k--
	}
	w := toks[k].text
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && stormWords.has(strings.ToUpper(w[:1])+w[1:])
}
