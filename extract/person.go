package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Person heuristics: titles, given names, name-shaped words and the verbs
// and appositions that mark a person.

// splitTitle finds a title inside a chunk ("U.S. Defense Secretary Pete
// Hegseth"): the name after it is a PERSON, what comes before is classified
// on its own, and the title itself is no entity.
func (d *doc) splitTitle(ps []piece) bool {
	for h := len(ps) - 2; h >= 0; h-- {
		if !titleHeads.has(d.word(ps[h])) {
			continue
		}
		rest := h + 1
		// "Chief Executive Officer Ann Brandt", "Chief Operating Officer
		// Ann Brandt": the title's other words
		for rest < len(ps)-1 && d.titleGoesOn(ps, rest) {
			rest++
		}
		middle := []piece(nil)
		if ps[rest].conn {
			// "Secretary of State Ilsa Brandt", "Ambassador to Peru Tomas Reyes"
			k := rest
			for k < len(ps) && ps[k].conn {
				k++
			}
			g := k
			for g < len(ps) && !(ps[g].unit == nil && !ps[g].conn && d.a.givenNames.has(d.word(ps[g]))) {
				g++
			}
			if g >= len(ps) {
				continue
			}
			middle, rest = ps[k:g], g
		}
		ls := h // where the title's words begin
		for ls > 0 && (titleWords.has(d.word(ps[ls-1])) || ps[ls-1].conn) {
			ls--
		}
		n := d.personLen(ps[rest:])
		// "Minister Israel Katz", "Senator Georgia Brandt": a place's
		// name as a given name, a surname after it
		if n == 0 && rest+1 < len(ps) && d.surnameUnit(ps[rest]) && d.a.surnames.has(d.word(ps[rest+1])) {
			n = 1 + d.personLen(ps[rest+1:])
		}
		// "Director General Armed Forces Medical Services": an
		// organisation's name after the title, no person
		if n > 0 && rest+n < len(ps) && orgHeads.has(d.word(ps[len(ps)-1])) {
			d.classify(ps[:ls])
			d.classify(ps[rest:])
			return true
		}
		if n == 0 && d.eastAsianShape(ps[rest:]) {
			n = 4 // "Gen. Park Tae-woo"
		}
		// "Air Chief Marshal AP Singh": initials without stops after a
		// title, whatever else the capitals may stand for
		if n == 0 && rest+1 < len(ps) && bareInitials(d.toks[ps[rest].s].text) && ps[rest].e-ps[rest].s == 1 {
			if m := d.personLen(ps[rest+1:]); m > 0 {
				n = 1 + m
			}
		}
		if n == 0 {
			continue
		}
		d.classify(ps[:ls])
		d.classify(middle)
		d.addPerson(ps[rest].s, ps[rest+n-1].e)
		d.classify(ps[rest+n:])
		return true
	}
	return false
}

// personLen is how many of ps make a person's name: up to four name words
// and a generational suffix.
func (d *doc) personLen(ps []piece) int {
	n := 0
	for n < len(ps) && n < 4 && (d.personWord(ps[n]) || n > 0 && d.surnameUnit(ps[n])) {
		n++
		// "Okafor-Lind", "Waker-Uz-Zaman": a name with hyphens
		for n+1 < len(ps) && d.hyphenJoins(ps[n], ps[n+1]) {
			n += 2
		}
	}
	if n > 0 && n < len(ps) && nameSuffixes.has(d.word(ps[n])) {
		n++
	}
	return n
}

// personWord: a capitalised word that could be part of a name ("K", "Ōtani"),
// not a word that names an organisation or a title.
func (d *doc) personWord(p piece) bool {
	w := d.word(p)
	if w == "" {
		return false
	}
	if d.a.demonyms[w] {
		return false
	}
	if d.a.givenNames.has(w) {
		return true
	}
	if titleWords.has(w) || orgHeads.has(w) || programHeads.has(w) || locHeads.has(w) || functionWords.has(w) || postNominals.has(w) || gpeHeads.has(w) && d.commonWord(w) && !d.a.surnames.has(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	upper := 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLetter(c) || unicode.IsMark(c) || c == '.' || c == '\'' || c == '’' || c == '-':
		default:
			return false
		}
	}
	return upper == 1 || len(w) <= 2 || upper == 2 && (irishPrefix(w) || namePrefix(w)) || strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") || initials(w)
}

// surnameUnit: a one-word place that is also a surname ("James Denver").
func (d *doc) surnameUnit(p piece) bool {
	return p.unit != nil && p.e-p.s == 1 && (p.unit.label == "GPE" || p.unit.label == "LOC")
}

func (d *doc) addPerson(s, e int) {
	// "Lee Jae-myung" after a title: the given name's second syllable,
	// which the title's rule reads as a piece of its own
	if t := d.toks; gluedHyphen(t, e) && t[e+1].kind == tkWord &&
		!isCapitalised(t[e+1].text) && !derivedAdjectives.has(t[e+1].text) && d.syllableAfter(e) && d.free(e, e+2) {
		e += 2
	}
	d.add(s, e, "PERSON", "")
}

// saidBefore: a verb of saying before the name [s, e) ("said Brandt"),
// but not "said Vextra had": a verb after the name makes it the subject of
// what was said, not the one who said it.
func (d *doc) saidBefore(s, e int) bool {
	return s > 0 && personVerbs.has(d.toks[s-1].text) && !d.verbFollows(e-1)
}

// personContext: a reporting verb or an apposition next to the name.
func (d *doc) personContext(s, e int) bool {
	toks := d.toks
	if d.saidBefore(s, e) {
		return true
	}
	if e < len(toks) && personVerbs.has(toks[e].text) && !d.saidIts(e) && !d.afterPersonOf(s) {
		return true
	}
	if e+1 < len(toks) && toks[e].text == "," && appositions.has(toks[e+1].text) {
		return true
	}
	// "Brandt, the leader of ...": a role after "the" in apposition
	if e+2 < len(toks) && toks[e].text == "," && articles.has(toks[e+1].text) && appositions.has(toks[e+2].text) && !d.toks[e+2].newline {
		return true
	}
	// "Brandt, 54, said": an age in apposition
	if e+3 < len(toks) && toks[e].text == "," && isNumber(toks[e+1].text) && len(toks[e+1].text) <= 3 && toks[e+2].text == "," {
		return true
	}
	// "the striker Okonkwo", "novelist Brandt": a person's role just before,
	// or in apposition ("the striker, Okonkwo, ...")
	if s > 0 && personRoles.has(toks[s-1].text) && !toks[s].newline || d.roleApposition(s, e) {
		return true
	}
	// "written by Brandt": the maker of a work
	if s > 1 && toks[s-1].text == "by" && workVerbs.has(toks[s-2].text) {
		return true
	}
	// "Brandt's wife", "Brandt's death": kin and a life
	if e+1 < len(toks) && toks[e].kind == tkPossessive && kinNouns.has(toks[e+1].text) {
		return true
	}
	return d.newsPersonContext(s, e) || d.lifeEvidence(s, e)
}

// leaderName: "the Halvorsen administration", "the Okafor presidency": a
// capitalised word between "the" and a noun of a leader's term of office is
// the leader's name, even where it is also a common word ("the Bush
// administration").
func (d *doc) leaderName(i int) bool {
	return i > 0 && i+1 < len(d.toks) && articles.has(d.toks[i-1].text) && leaderNouns.has(d.toks[i+1].text) &&
		!d.toks[i].sentStart && !d.toks[i+1].newline && d.personWord(piece{s: i, e: i + 1})
}

// joinParticles widens each person's name over the particles before it
// and the name they join it to: "Tareq" → "Karim bin Tareq" (the given name
// free or a person's name itself), "Tamimi" → "al-Tamimi" → "Hamid
// al-Tamimi". Particles with no name before them stay out ("a van Tareq
// drove"), except the hyphenated article, which is part of the surname,
// and a patronymic ("bin Tareq").
func (d *doc) joinParticles() {
	toks := d.toks
	byEnd := d.tokMap()
	defer d.done(byEnd)
	for k, m := range d.mentions {
		if m.label == "PERSON" {
			byEnd.set(m.e, k)
		}
	}
	drop := map[int]bool{}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.reviewed || drop[k] {
			continue
		}
		s := m.s
		if s >= 2 && toks[s-1].text == "-" && toks[s-1].glued && toks[s].glued && nameArticles.has(toks[s-2].text) && d.free(s-2, s) {
			s -= 2
		}
		p := s
		for p > 0 && nameParticles.has(toks[p-1].text) && !d.used[p-1] && !toks[p].newline {
			p--
		}
		start := s
		if p < s || s < m.s {
			switch j, ok := byEnd.get(p); {
			case p == 0 || toks[p].newline:
			case ok && j != k && !d.mentions[j].reviewed:
				start = d.mentions[j].s
				drop[j] = true
			case !d.used[p-1] && d.personWord(piece{s: p - 1, e: p}) && !functionWords.has(toks[p-1].text):
				start = p - 1
			}
			if start == s && p < s && patronymics.has(toks[s-1].text) {
				start = s - 1 // "bin Tareq" names a person without a given name
			}
		}
		d.claim(start, m.s)
		m.s = start
		if d.articleSurname(m.e) {
			d.claim(m.e, m.e+3)
			m.e += 3
		}
	}
	d.dropMentions(drop)
}

// afterHonorific reports whether an honorific stands right before token i.
func (d *doc) afterHonorific(i int) bool {
	return i > 0 && honorifics.has(d.toks[i-1].text) && !d.toks[i].newline
}

// nameRun: two or three capitalised words that could be a name and open
// with a given name or a word no lexicon knows ("Dario Vescovi", "Benoît
// Marchal", "Tess McAvoy").
func (d *doc) nameRun(ps []piece) bool {
	if len(ps) > 3 {
		return false
	}
	first := d.word(ps[0])
	if !d.a.givenNames.has(first) && !d.a.uncommon(first) && !namePrefix(first) && !d.wordGivenName(ps) {
		return false
	}
	// "Artemis II": a numeral after one word that is no given name is a
	// mission's or a product's mark ("Elizabeth II" is a person)
	if len(ps) == 2 && nameSuffixes.has(d.word(ps[1])) && !d.a.givenNames.has(first) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil || placeNameStarts.has(d.word(p)) {
			return false
		}
	}
	return true
}

// speaksOf reports whether the text holds one of set's words in lower
// case: "flights", "traffic", "shares", "striker", what a story is about.
// The set's words may be written capitalised or in lower case.
func (d *doc) speaksOf(set *cueSet) bool {
	var buf [64]byte
	for w := range set.all() {
		if d.textLower()[string(appendLower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// speaksOfSport is speaksOf(sportWords), which several passes and rules
// ask of the same text: read once.
func (d *doc) speaksOfSport() bool {
	if d.sport == 0 {
		d.sport = 1
		if d.speaksOf(sportWords) {
			d.sport = 2
		}
	}
	return d.sport == 2
}

// seenLower reports whether w also occurs in lower case in the text, a
// sign that it is a common word capitalised.
func (d *doc) seenLower(w string) bool {
	var buf [64]byte
	l := appendLower(buf[:0], w)
	return string(l) == w || d.textLower()[string(l)]
}

// textLower is the set of the text's words that open in lower case, read
// once a text.
func (d *doc) textLower() map[string]bool {
	if d.lowerWords == nil {
		d.lowerWords = make(map[string]bool, len(d.toks)/4) // about one distinct lower-case word in four tokens
		for _, t := range d.toks {
			if r, _ := utf8.DecodeRuneInString(t.text); t.kind == tkWord && unicode.IsLower(r) {
				d.lowerWords[t.text] = true
			}
		}
	}
	return d.lowerWords
}

// personEvidence: what makes a lone unknown word a person's name rather
// than a weapon's, a product's or a place's that looks like a surname
// ("the Korvan hit its target"): a given name ("Priya"), a verb of saying
// or an apposition beside it ("Okonkwo said", "Okonkwo, who"), or a
// frequent family name where it stands as a person's would. A title, an
// honorific and a surname used after the full name were tried before.
func (d *doc) personEvidence(i int) bool {
	return d.a.givenNames.has(d.toks[i].text) || d.personContext(i, i+1) || d.familyName(i) || d.actedVerb(i)
}

// actedVerb: a past-tense verb of acting right after the word ("Okonkwo
// resigned", "Tessaro scored"); forms of be and have, which places and
// things take as well ("Tarvel was"), are no evidence. After another
// capitalised word or an initial the word ends a longer name ("Vell
// Tessaro", "J.K. Tessaro"), which it alone is not.
func (d *doc) actedVerb(i int) bool {
	if i > 0 && !d.toks[i].newline && isCapitalised(d.toks[i-1].text) || d.companyObjectAt(i+2) {
		return false
	}
	return d.actsAfter(i) && !d.placeBefore(i)
}

// placeBefore: "and" or "or" and a place's name end before token i ("voters
// in Tarvel and Ilkmar queued": the verb is the voters').
func (d *doc) placeBefore(i int) bool {
	if i < 2 || d.toks[i-1].text != "and" && d.toks[i-1].text != "or" || !d.used[i-2] {
		return false
	}
	// the place was found just before, among the last mentions (a bounded
	// look, so a long text stays linear)
	for k := len(d.mentions) - 1; k >= 0 && k >= len(d.mentions)-256; k-- {
		if m := d.mentions[k]; m.e == i-1 {
			return m.label == "GPE" || m.label == "LOC"
		}
	}
	return false
}

// actsAfter: the word after i is a past-tense verb of acting.
func (d *doc) actsAfter(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].kind != tkWord || d.toks[i+1].newline || auxiliaryVerbs.has(d.toks[i+1].text) || orgVerbs.has(d.toks[i+1].text) || thingVerbs.has(d.toks[i+1].text) {
		return false
	}
	return d.tagAfter(i) == "VBD"
}

// familyName: a frequent family name ("Novak", "Haddad") inside a sentence,
// or opening one with a verb after it ("Novak won"); at a sentence's start
// with no verb it may be a capitalised heading or a product's name. After
// another capitalised word or an initial it is the end of a longer name
// the chunker could not read ("J.K.L. Novak"), which it alone is not.
func (d *doc) familyName(i int) bool {
	if !d.a.surnames.has(d.toks[i].text) {
		return false
	}
	if i > 0 && !d.toks[i].newline && isCapitalised(d.toks[i-1].text) {
		return false
	}
	return !d.toks[i].sentStart || d.verbFollows(i)
}

// verbFollows: the word after i is a finite verb ("Novak won", "Novak
// has"), as the tagger reads it.
func (d *doc) verbFollows(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].kind != tkWord || d.toks[i+1].newline {
		return false
	}
	if auxiliaryVerbs.has(d.toks[i+1].text) {
		return true
	}
	switch d.tagAfter(i) {
	case "VBD", "VBZ", "MD":
		return true
	}
	return false
}

// loneGivenName: a given name alone is a person's ("Thanks, Priya", a
// sign-off line), unless the text also uses it as a common word or it
// stands before a noun it modifies. One that is also an English word
// ("Chuck", "Matt") needs more: not opening a sentence, or a line to itself.
func (d *doc) loneGivenName(i int) bool {
	w := d.toks[i].text
	if !d.a.givenNames.has(w) || d.seenLower(w) || d.toks[i].glued || d.modifies(i) || d.afterArticle(i) || d.placeGiven(i) {
		return false
	}
	return d.a.uncommon(w) || !d.toks[i].sentStart || d.lineAlone(i)
}

// lineAlone: token i stands on a line of its own, a comma or full stop aside.
func (d *doc) lineAlone(i int) bool {
	if !d.toks[i].newline {
		return false
	}
	j := i + 1
	for j < len(d.toks) && !d.toks[j].newline && d.toks[j].kind == tkPunct {
		j++
	}
	return j == len(d.toks) || d.toks[j].newline
}

// irishPrefix: "O’Brennan", "D'Arcy": a capital, an apostrophe, a capital.
func irishPrefix(w string) bool {
	rest, ok := strings.CutPrefix(w, "O")
	if !ok {
		rest, ok = strings.CutPrefix(w, "D")
	}
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isApostrophe(r)
}

// hyphenatedPerson labels a chunk whose only connectors are hyphens as one
// person's name when it opens with a given name and every part is shaped
// like a name: "Anne-Marie Whitlock", "Catherine Zeta-Morgan"; a lower-case
// part after a hyphen belongs to the name before it ("Lee Hsien-loong").
func (d *doc) hyphenatedPerson(ps []piece) bool {
	// "Businessman Jean-Louis Billon": an occupation opening the sentence
	// stays outside
	if len(ps) >= 4 && d.toks[ps[0].s].sentStart && !ps[1].conn && d.occupationWord(d.word(ps[0])) {
		d.classify(ps[:1])
		ps = ps[1:]
		if !d.hyphenatedPerson(ps) {
			d.classify(ps)
		}
		return true
	}
	if len(ps) < 3 || !d.a.givenNames.has(d.word(ps[0])) || !hasConn(ps) {
		return false // "Christian Democratic Appeal": three names, no hyphen
	}
	words := 0
	for i, p := range ps {
		switch {
		case p.conn:
			if d.toks[p.s].text != "-" || i+1 == len(ps) || ps[i+1].conn {
				return false
			}
		case d.personWord(p) || i > 0 && ps[i-1].conn && isLowerWord(d.toks[p.s].text):
			words++
		default:
			return false
		}
	}
	if words > 5 {
		return false
	}
	d.addPerson(ps[0].s, ps[len(ps)-1].e)
	return true
}

// doubleBarrelled: a person's full name (two words at least) goes on
// through a glued hyphen and one more capitalised word that ends the
// name: "Jamison Gibson-Park", "Aisha Bello-Yusuf", where the given name
// is unknown and the hyphen had split the chunk. A lone name on either
// side ("the Modi-Biden talks") or a name after the added word ("Joe
// Biden-Xi Jinping summit") joins nothing; a mention of the added word
// alone is dropped into the name.
func (d *doc) doubleBarrelled() {
	toks := d.toks
	d.joinOverHyphen("PERSON", func(m *mention) bool {
		e := m.e
		if e-m.s < 2 || toks[e+1].kind != tkWord || !isCapitalised(toks[e+1].text) || allCapitals(toks[e+1].text) {
			return false
		}
		n := e + 2
		return n >= len(toks) || toks[n].newline || !(toks[n].glued && (toks[n].kind == tkWord || toks[n].text == "-") || isCapitalised(toks[n].text))
	})
}

// joinOverHyphen extends each mention of label that joins says so over a
// glued hyphen and the one glued token after it (m.e+1 in range); a
// mention of that token alone goes into it.
func (d *doc) joinOverHyphen(label string, joins func(m *mention) bool) {
	toks := d.toks
	byStart := d.mentionsByStart()
	defer d.done(byStart)
	drop := map[int]bool{}
	for k := range d.mentions {
		m := &d.mentions[k]
		e := m.e
		if m.label != label || m.reviewed || e+1 >= len(toks) || toks[e].text != "-" || !toks[e].glued || !toks[e+1].glued || !joins(m) {
			continue
		}
		if n, ok := byStart.get(e + 1); ok && d.mentions[n].e == e+2 && !d.mentions[n].reviewed {
			drop[n] = true
		} else if d.used[e+1] {
			continue
		}
		d.claim(e, e+2)
		m.e, m.canonical = e+2, ""
	}
	d.dropMentions(drop)
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) < 0
}

// bareInitials: two or three capitals, as Indian and other names write
// initials without stops ("AP Singh", "VK Saraswat").
func bareInitials(w string) bool {
	return len(w) >= 2 && len(w) <= 3 && allCapitals(w)
}
