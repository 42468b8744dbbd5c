package extract

// Round 24 (r24org): organisations and people in general news read from
// the structure of their names: parties with hyphens ("Kessel
// Movement-Orvania", "Tarvo Tehreek-i-Orvan", "KVQ-P"), a title and a
// role's noun before a full name ("General Manager Ana Kessel"), bodies
// in other languages whose head a particle's chain follows ("Association
// des Producteurs de Tarvo"), two companies joined by "and", a company
// whose last word is a hyphened pair of common words ("Tarvo High-Tech"),
// names after a letter and an apostrophe ("Koffi N’Kessel"), a plural
// noun in a headline, and a body's name that a market's word follows.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	partyHeads24     = cue("partyHeads24")
	izafeHeads24     = cue("izafeHeads24")
	izafeLinks24     = cue("izafeLinks24")
	sharedHeads24    = cue("sharedHeads24")
	romanceLinks24   = cue("romanceLinks24")
	firmNouns24      = cue("firmNouns24")
	firmVerbsAfter24 = cue("firmVerbsAfter24")
	pactNouns24      = cue("pactNouns24")
)

// partyHyphen: "the Kessel Movement-Orvania", "Tarvo Front-Kessel": a
// party's head joined by a hyphen to a place or a name is one party's
// name, ORG, no person's double surname; a run before the head is the
// party's too.
func (d *doc) partyHyphen(ps []piece) bool {
	n := len(ps)
	if n < 3 || ps[n-1].conn || !ps[n-2].conn || ps[n-1].e-ps[n-1].s != 1 {
		return false
	}
	toks := d.toks
	h := ps[n-2].s
	if !gluedHyphen(toks, h) || ps[n-3].unit != nil || !partyHeads24.has(toks[ps[n-3].s].text) {
		return false
	}
	// "the Kessel Party-Tarvo coalition", "Kessel Congress-TQZ talks":
	// two parties side by side; a place or a name after the hyphen is
	// the party's
	if u := ps[n-1].unit; u != nil && u.label != "GPE" || u == nil && allCapitals(d.word(ps[n-1])) {
		return false
	}
	if e := ps[n-1].e; e < len(toks) && (pairNouns.has(toks[e].text) || pactNouns24.has(toks[e].text)) {
		return false
	}
	// the run before the head, back to the last connector; a head alone
	// ("Congress-Tarvo") may be one party beside another
	k := n - 3
	for k > 0 && !ps[k-1].conn && (ps[k-1].unit == nil || ps[k-1].unit.label == "GPE") {
		k--
	}
	if k == n-3 || k > 0 && !ps[k-1].conn {
		return false
	}
	if k > 0 {
		d.classify(ps[:k-1])
	}
	return d.add(ps[k].s, ps[n-1].e, "ORG", "")
}

// izafeParty: "Tarvo Tehreek-i-Orvan", "Jamaat-e-Kessel": a movement's,
// a party's or an army's word in Urdu or Persian, joined by "-i-" or
// "-e-" to a name, is a party's or a group's name, ORG, with the run of
// names before it ("Tarvo" is its country); the tokenizer leaves the link
// out of the chunk, which ends at the head.
func (d *doc) izafeParty(ps []piece) bool {
	n := len(ps)
	last := ps[n-1]
	toks := d.toks
	e := last.e
	if last.unit != nil || last.conn || e+3 >= len(toks) || !izafeHeads24.has(toks[last.s].text) || !gluedHyphen(toks, e) || !izafeLinks24.has(toks[e+1].text) || !gluedHyphen(toks, e+2) {
		return false
	}
	if !isCapitalised(toks[e+3].text) || d.used[e+3] {
		return false
	}
	end := e + 4
	// "-Orvan-Kessel": a faction's letter or name after another hyphen
	for gluedHyphen(toks, end) && isCapitalised(toks[end+1].text) && !d.used[end+1] {
		end += 2
	}
	k := n - 1
	for k > 0 && !ps[k-1].conn && (ps[k-1].unit == nil || ps[k-1].unit.label == "GPE") {
		k--
	}
	if k > 0 {
		if !ps[k-1].conn {
			return false
		}
		d.classify(ps[:k-1])
	}
	return d.add(ps[k].s, end, "ORG", "")
}

// lettersHyphenLetter: "the KVQ-P", "TQZ-N", "the TQZ-KVQ": an acronym,
// a hyphen and one capital letter, or another acronym no list knows, are
// a party's or a group's name or faction, ORG whole, no lone letter; "X"
// after the hyphen marks a project ("KF-X") and is left alone, and a
// craft's noun beside the name makes it a platform's (rangeAcronym reads
// "MR-SAM" before).
func (d *doc) lettersHyphenLetter(ps []piece) bool {
	if len(ps) != 3 || !ps[1].conn || ps[2].unit != nil || ps[2].e-ps[2].s != 1 || ps[0].e-ps[0].s != 1 {
		return false
	}
	toks := d.toks
	w, l := toks[ps[0].s].text, toks[ps[2].s].text
	if len(l) > 4 || l == "X" || !allCapitals(l) || len(w) < 2 || len(w) > 5 || !allCapitals(w) || !gluedHyphen(toks, ps[1].s) {
		return false
	}
	// "TQZ-KVQ": two acronyms, neither listed ("US-UK" are two places);
	// a listed body before one letter is the faction's
	if u := ps[0].unit; u != nil && (u.label != "ORG" || len(l) > 1) {
		return false
	}
	if e := ps[2].e; gluedHyphen(toks, e) || len(l) > 1 && d.modifies(e-1) {
		return false // "TQZ-KVQ-N": a longer code; "the TQZ-KVQ vaccine": a product's
	}
	// two acronyms name a body after "the" or in a bracket after its
	// name written out ("the TQZ-KVQ", "(TQZ-KVQ)"); bare, a disease's
	// or a pair's ("TQZ-KVQ remains a threat")
	if s := ps[0].s; len(l) > 1 && (s == 0 || toks[s-1].text != "the" && toks[s-1].text != "The" && toks[s-1].text != "(") {
		return false
	}
	// "KVQ-P 7", "KVQ-P drones", "a drone, the KVQ-P": a designator's
	// number or a craft's noun beside it make it a platform's
	s, e := ps[0].s, ps[2].e
	if e < len(toks) && !toks[e].newline && isNumber(toks[e].text) || followedBy(toks, e, platformModifiers, platformNouns) {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		if platformNouns.has(toks[k].text) {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// roleNounName: "General Manager Ana Kessel", "Director of Sport Ivo
// Marek", "Minister for Sport Ivo Marek": a title's word and capitalised
// common nouns of the role before a full name, or the common nouns of a
// portfolio after a title and "of" or "for", are no part of the name;
// splitTitle would read the role's noun as a given name. A name before
// the title ("Kessel Group General Manager Ana Brandt") is read alone.
func (d *doc) roleNounName(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 8 || ps[n-1].unit != nil || hasConn(ps) {
		return false
	}
	t := 0 // the role's first piece
	for t < n-2 && !d.roleNoun(ps[t]) {
		t++
	}
	j := t + 1 // the name's first piece
	for j < n-1 && d.roleNoun(ps[j]) {
		j++
	}
	if t >= n-2 || j == n-1 || d.personLen(ps[j:]) != n-j || !d.nameRun(ps[j:]) {
		return false
	}
	if t > 0 {
		// the role opens at its title's first word: "Kessel County" is
		// the body's ("Kessel County General Manager")
		for t < j && !d.titleWord(ps[t]) {
			t++
		}
		if j-t < 2 {
			return false // "Kessel Director Ana Brandt": the title rules' own
		}
	}
	titled := false
	for _, p := range ps[t:j] {
		titled = titled || d.titleWord(p)
	}
	if !titled {
		// "Minister for Sport Ivo Marek": the portfolio after "for" or "of"
		s := ps[0].s
		if s > 0 && d.toks[s-1].text == "the" {
			s--
		}
		if t > 0 || s < 2 || d.toks[s-1].text != "of" && d.toks[s-1].text != "for" {
			return false
		}
		w := d.toks[s-2].text
		if !titleWords.has(w) && !titleHeads.has(w) {
			return false
		}
	} else if j == 1 {
		return false // "Director Ana Kessel": the title rules' own
	}
	d.classify(ps[:t])
	d.claim(ps[t].s, ps[j-1].e)
	d.addPerson(ps[j].s, ps[n-1].e)
	return true
}

// titleWord: a title's word or a person's role ("General", "Manager").
func (d *doc) titleWord(p piece) bool {
	w := d.word(p)
	return titleWords.has(w) || titleHeads.has(w) || personRoles.has(strings.ToLower(w))
}

// roleNoun: a capitalised common word that no given name is, or a
// title's word: a role's or a portfolio's word ("Manager", "Sport").
func (d *doc) roleNoun(p piece) bool {
	w := d.word(p)
	// "Senate Majority Leader", "City Council Leader", "Party Leader",
	// "Army Chief": a house's, a council's, a party's or a service's word
	// is the body's, no role's; a portfolio's ("Energy", "Transport") is
	// the role's
	if w == "" || !isCapitalised(w) || allCapitals(w) || d.a.givenNames.has(w) || d.a.demonyms[w] || houseNames23.has(w) || unionHeads23.has(w) || partyHeads24.has(w) || serviceWords23.has(w) || w == "Parliament" {
		return false
	}
	return titleWords.has(w) || titleHeads.has(w) || d.commonWord(w) && !d.a.surnames.has(w)
}

// sharedHeadParticle: "the Association des Producteurs de Tarvo", "the
// Bureau National Interprofessionnel du Kessel", "Union des Orvans": a
// head that English shares with French or Spanish, before a particle
// English never writes ("des", "du", "de"), opens a body's name in that
// language, ORG whole through its chain of particles and names.
func (d *doc) sharedHeadParticle(ps []piece) bool {
	n := len(ps)
	e := ps[n-1].e
	if ps[0].unit != nil || e+1 >= len(d.toks) || !sharedHeads24.has(d.toks[ps[0].s].text) || !romanceLinks24.has(d.toks[e].text) || hasConn(ps) {
		return false
	}
	end := d.bodyParticleName(e)
	if end == e {
		return false
	}
	return d.add(ps[0].s, end, "ORG", "")
}

// twoCompanies: "Kessel Corporation and Tarvo Mining Corporation", "Tarvo
// Holdings and Orvane Energy": a listed company, or a run of names without a
// connector that a body's head ends, then "and" and a second name that a
// head ends, are two bodies; the cue rules would read the run as one. The
// second may hold an "and" of its own ("Tarvo Mine Rehabilitation and
// Mining Corporation").
func (d *doc) twoCompanies(ps []piece) bool {
	n := len(ps)
	if n < 4 || ps[n-1].unit != nil || !orgHeads.has(d.word(ps[n-1])) {
		return false
	}
	i := 1
	for i < n && !ps[i].conn {
		i++
	}
	if i >= n-2 || d.toks[ps[i].s].text != "and" || ps[i+1].conn {
		return false
	}
	if i == 1 && ps[0].unit != nil {
		if ps[0].unit.label != "ORG" {
			return false
		}
	} else if ps[i-1].unit != nil || !orgHeads.has(d.word(ps[i-1])) || !d.nameOpener(ps[0]) {
		return false
	}
	if !d.nameOpener(ps[i+1]) {
		return false
	}
	// "Kessel and Tarvo for Artillery": a connector other than "and"
	// after it ties the run otherwise
	for _, p := range ps[i+1:] {
		if p.conn && d.toks[p.s].text != "and" && d.toks[p.s].text != "&" {
			return false
		}
	}
	d.classify(ps[:i])
	d.classify(ps[i+1:])
	return true
}

// nameOpener: a piece that opens a name of its own, a listed name or a
// capitalised word no lexicon knows ("Tarvo", "NewKessel"), no common
// word ("Trust and Savings Bank").
func (d *doc) nameOpener(p piece) bool {
	if p.unit != nil {
		return true
	}
	w := d.word(p)
	return w != "" && isCapitalised(w) && !d.commonWord(w) && !titleWords.has(w)
}

// techTail: "built by Tarvo High-Tech", "the Kessel Agro-Industrial
// plant": a name whose last word is a pair of capitalised common words
// joined by a hyphen, neither a family name, is a company's, no person's
// double surname, where a company's context stands around it
// (firmContext); "the think tank Kessel-Grup", a name and a hyphened word
// after a company's noun, is one too.
func (d *doc) techTail(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 5 || !ps[n-2].conn || ps[n-1].unit != nil || ps[n-3].unit != nil {
		return false
	}
	toks := d.toks
	if !gluedHyphen(toks, ps[n-2].s) {
		return false
	}
	a, b := d.word(ps[n-3]), d.word(ps[n-1])
	if !isCapitalised(a) || !isCapitalised(b) || allCapitals(a) || allCapitals(b) {
		return false
	}
	s := ps[0].s
	if n == 3 {
		// "the think tank Kessel-Grup": a company's noun before
		if s == 0 || !d.firmNounAt(s-1) || d.a.givenNames.has(a) {
			return false
		}
		return d.add(s, ps[2].e, "ORG", "")
	}
	for _, w := range []string{a, b} {
		if !d.commonWord(w) || d.a.surnames.has(w) || d.a.givenNames.has(w) || titleWords.has(w) {
			return false
		}
	}
	for _, p := range ps[:n-3] {
		if p.conn || p.unit != nil && p.unit.label != "GPE" && p.unit.label != "ORG" {
			return false
		}
	}
	if !d.firmContext(s, ps[n-1].e) {
		return false
	}
	return d.add(s, ps[n-1].e, "ORG", "")
}

// firmContext: the words around tokens [s, e) say a company: a
// company's noun or "by" before, a works' noun or a company's deed after.
func (d *doc) firmContext(s, e int) bool {
	toks := d.toks
	if s > 0 && (toks[s-1].text == "by" || d.firmNounAt(s-1) || orgNouns.has(toks[s-1].text)) {
		return true
	}
	if e < len(toks) && !toks[e].newline {
		if t := toks[e].text; worksNouns.has(t) || firmVerbsAfter24.has(t) || t == "," && e+1 < len(toks) && (toks[e+1].text == "which" || toks[e+1].text == "the") {
			return true
		}
	}
	return false
}

// firmNounAt: token k is a company's or a body's noun ("firm", "group"),
// or "think tank" ends at it ("tank" alone is a weapon).
func (d *doc) firmNounAt(k int) bool {
	w := d.toks[k].text
	return firmNouns24.has(w) || w == "tank" && k > 0 && d.toks[k-1].text == "think"
}

// apostropheName: "Koffi N’Kessel", "Ja’Tarvo Brandt": a name word opened
// by one or two letters and an apostrophe before a capital is a person's,
// as "O’Kessel" is; "L’" is French's article ("L’Orvane" a firm).
func (d *doc) apostropheName(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || hasConn(ps) || hasUnit(ps) {
		return false
	}
	marked := false
	for _, p := range ps {
		w := d.word(p)
		if apostrophePrefixed(w) {
			marked = true
			continue
		}
		if !d.personWord(p) || d.commonWord(w) && !d.a.givenNames.has(w) && !d.a.surnames.has(w) {
			return false
		}
	}
	// "Côte D’Orvane" is a place's: a given name opens the name, or the
	// marked word does ("N’Tarvo Kessel"), or a person's context stands
	// around it ("police chief Koffi N’Kessel said")
	if !marked || !apostrophePrefixed(d.word(ps[0])) && !d.a.givenNames.has(d.word(ps[0])) && !d.personContext(ps[0].s, ps[n-1].e) {
		return false
	}
	d.addPerson(ps[0].s, ps[n-1].e)
	return true
}

// apostrophePrefixed: "N’Kessel", "Ja’Tarvo", "D'Orvan": a capital (and a
// small letter), an apostrophe and a capitalised rest in small letters.
func apostrophePrefixed(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if r < 'A' || r > 'Z' || r == 'L' {
		return false
	}
	rest := w[size:]
	if r2, n2 := utf8.DecodeRuneInString(rest); r2 >= 'a' && r2 <= 'z' {
		rest = rest[n2:]
	}
	a, n := utf8.DecodeRuneInString(rest)
	if !isApostrophe(a) {
		return false
	}
	rest = rest[n:]
	if !isCapitalised(rest) || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	_, n = utf8.DecodeRuneInString(rest)
	return strings.IndexFunc(rest[n:], func(c rune) bool { return !unicode.IsLower(c) }) < 0
}

// headlinePlural: "ORVANE INKS DEAL FOR MARTA RADARS": in a line of
// capitals, a name whose last word is the plural of a craft's or a
// weapon's noun ("Radars", "Corvettes") names things, no person; the
// plural is left out and the rest read alone.
func (d *doc) headlinePlural(ps []piece) bool {
	n := len(ps)
	if n > 2 || ps[n-1].unit != nil || ps[n-1].conn {
		return false
	}
	last := ps[n-1]
	w := d.toks[last.s].text
	if len(w) < 4 || w[len(w)-1] != 's' || !d.wroteInCapitals(last.s) {
		return false
	}
	// a craft's or a weapon's noun ("Radars"), no family name ("Banks")
	// nor a body's head ("KESSEL COMMUNICATIONS")
	if d.a.surnames.has(w) || d.a.givenNames.has(w) || orgHeads.has(w) || !platformNouns.has(strings.ToLower(w)) {
		return false
	}
	d.claim(last.s, last.e)
	if n == 2 {
		d.classify(ps[:1])
	}
	return true
}

// wroteInCapitals: token k was written in capitals in the text as given (a
// headline's), though readCaps wrote it in title case.
func (d *doc) wroteInCapitals(k int) bool {
	t := d.toks[k]
	o := d.orig[t.start:t.end]
	return len(o) > 1 && strings.ToUpper(o) == o && strings.ToLower(o) != o
}

// headThenMarket: "the Tarvo Stock Exchange Prime market", "Orvania
// Bank Retail customers": a body's name that a listed place opens and
// its head ends, then one capitalised common word before a noun in lower
// case, is the body; the word after the head names the noun's kind (a
// market's segment), no part of the body. Without this the run, ending in
// no head, falls to the plain reading, which keeps the place alone.
func (d *doc) headThenMarket(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 6 || ps[0].unit == nil || ps[0].unit.label != "GPE" || ps[n-1].unit != nil || ps[n-2].unit != nil || !orgHeads.has(d.toks[ps[n-2].s].text) || hasConn(ps) {
		return false
	}
	toks := d.toks
	w, e := d.word(ps[n-1]), ps[n-1].e
	if e >= len(toks) || toks[e].newline || toks[e].kind != tkWord || !isLowerWord(toks[e].text) || !d.a.commonWords.has(toks[e].text) {
		return false
	}
	if !d.commonWord(w) || allCapitals(w) || orgHeads.has(w) || titleHeads.has(w) || locHeads.has(w) || programHeads.has(w) || eventHeads.has(w) || d.a.givenNames.has(w) || d.a.demonyms[w] {
		return false
	}
	d.claim(ps[n-1].s, e)
	d.classify(ps[:n-1])
	return true
}
