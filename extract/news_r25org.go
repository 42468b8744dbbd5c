package extract

// Round 25 (r25org): organisations and people in general news read from
// the structure of their names and their context: a club or a company
// that the Arabic article opens ("Al-Tarvo"), a place's health service
// ("Kessel Health"), a title English does not know used as a noun ("the
// Taoiseach said") and an office's title alone ("Chief Health Officer"),
// no entity; two companies joined by "and", a company's division and a
// ministry's fields joined by "and", a body's fields listed with commas,
// companies listed after "partners include" or "a consortium of", a
// listed company's arm ("KVB Vidora"), a company and its home country,
// and a role before initials.

import (
	"slices"
	"strings"
	"unicode"
)

var (
	articleWords25  = cue("articleWords25")
	articleCues25   = cue("articleCues25")
	serviceHeads25  = cue("serviceHeads25")
	firmListNouns25 = cue("firmListNouns25")
	firmListLinks25 = cue("firmListLinks25")
	fieldLinks25    = cue("fieldLinks25")
	roleEnds25      = cue("roleEnds25")
	companyTrades25 = cue("companyTrades25")
)

// articleClub: "Al-Tarvo beat Al-Kessel", "El-Orvan signed him", "Al-Tarvo
// Al-Kessel": the Arabic article glued by a hyphen to a name, once or
// more, and nothing else in the chunk, is a club's or a company's name in
// a text about a game or a business, ORG whole; the hyphen would part it
// into "Al" and a name, or read a double surname. A person's family name
// ("Ana Al-Tarvo ... Al-Tarvo said") keeps its person.
func (d *doc) articleClub(ps []piece) bool {
	n := len(ps)
	if n < 3 || n%3 != 0 || ps[0].unit != nil || !ps[1].conn {
		return false
	}
	toks := d.toks
	for i := 0; i < n; i += 3 {
		a, h, w := ps[i], ps[i+1], ps[i+2]
		if a.unit != nil || a.e-a.s != 1 || !articleWords25.has(toks[a.s].text) || !h.conn || !gluedHyphen(toks, h.s) {
			return false
		}
		if w.unit != nil && w.unit.label != "ORG" || w.e-w.s != 1 || !isCapitalised(toks[w.s].text) {
			return false
		}
	}
	s, e := ps[0].s, ps[n-1].e
	if d.surnameInText(toks[e-1].text) {
		return false
	}
	// "the club Al-Tarvo", "shares in Al-Kessel", "Al-Tarvo coach": a
	// club's or a firm's word beside it, or a text about a game
	near := s > 0 && articleCues25.has(toks[s-1].text) || e < len(toks) && articleCues25.has(toks[e].text)
	if !near && !d.speaksOfSport() {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// serviceHealth: "Kessel Health said", "KV Health and TQ Health warned":
// a state's, a town's or an acronym's name before "Health" is the public
// health service there, ORG, no place and a person named "Health"; a
// common word before it ("Public Health", "Mental Health") is a field.
func (d *doc) serviceHealth(ps []piece) bool {
	if len(ps) != 2 || ps[1].unit != nil || ps[1].conn || ps[1].e-ps[1].s != 1 || ps[0].conn {
		return false
	}
	toks := d.toks
	if !serviceHeads25.has(toks[ps[1].s].text) {
		return false
	}
	p := ps[0]
	w := d.word(p)
	switch {
	case p.unit != nil:
		if p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false
		}
	case p.e-p.s != 1:
		return false
	case allCapitals(w):
		if len(w) < 2 || len(w) > 5 {
			return false
		}
	case !d.a.uncommon(w) || d.a.givenNames.has(w) || d.a.demonyms[w]:
		return false
	}
	return d.add(p.s, ps[1].e, "ORG", "")
}

// titleNoun: "the Taoiseach said", "The Tánaiste and Minister": a title's
// word that English does not know, alone, is the office's holder, no body
// (theNameActs would read "the X said" as an institution).
func (d *doc) titleNoun(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	w := d.toks[ps[0].s].text
	if !titleHeads.has(w) || !d.a.uncommon(w) || d.a.givenNames.has(w) || d.a.surnames.has(w) {
		return false
	}
	d.claim(ps[0].s, ps[0].e)
	return true
}

// firmsAnd: "the Export Bank of the Kessel Republic and Tarvo Export
// Finance", "Kessel Gas and Orvan Energy", "Tarvo Bank and KVB Bank": two
// complete names of companies or bodies joined by "and" are two, ORG each;
// the head at the end would take the run whole. A field after "and"
// ("of Housing and Urban Affairs", "Iron and Steel Company") opens with a
// common word and stays one body's.
func (d *doc) firmsAnd(ps []piece) bool {
	n := len(ps)
	if n < 4 || ps[n-1].conn || ps[n-1].unit != nil {
		return false
	}
	and := n - 2
	for and > 0 && !ps[and].conn {
		and--
	}
	toks := d.toks
	if and < 1 || toks[ps[and].s].text != "and" || n-and-1 < 2 {
		return false
	}
	left, right := ps[:and], ps[and+1:]
	if !d.firmName(right) || !d.firmName(left) && !d.headOfCountry(left) && !d.properRun(left) {
		return false
	}
	for _, q := range [][]piece{left, right} {
		if len(q) == 1 {
			d.addUnit(q[0])
		} else {
			d.add(q[0].s, q[len(q)-1].e, "ORG", "")
		}
	}
	return true
}

// firmName: a listed organisation alone, or a name that a proper word or
// an acronym opens and a company's or a body's head ends ("Kessel
// Energy", "KVB Bank", "Tarvo Export Finance"), with no connector and no
// given name.
func (d *doc) firmName(q []piece) bool {
	if len(q) == 1 {
		return q[0].unit != nil && q[0].unit.label == "ORG"
	}
	if len(q) > 5 || hasConn(q) {
		return false
	}
	last := d.word(q[len(q)-1])
	if q[len(q)-1].unit != nil || !orgHeads.has(last) && !firmTails22.has(last) && !legalSuffixes.has(last) {
		return false
	}
	switch f := q[0]; {
	case f.unit != nil:
		return f.unit.label == "ORG" || f.unit.label == "GPE"
	case f.e-f.s != 1:
		return false
	default:
		w := d.toks[f.s].text
		return !d.a.givenNames.has(w) && (allCapitals(w) && len(w) > 1 || !d.commonWord(w) && isCapitalised(w))
	}
}

// headOfCountry: "the Trade Credit Bank of the Kessel Republic": a body's
// head, "of", "the" perhaps, and a country's name, a body complete.
func (d *doc) headOfCountry(q []piece) bool {
	n := len(q)
	if n < 3 || q[n-1].conn || q[n-1].unit == nil || q[n-1].unit.label != "GPE" {
		return false
	}
	k := n - 2
	if d.toks[q[k].s].text == "the" {
		k--
	}
	if k < 1 || !q[k].conn || d.toks[q[k].s].text != "of" || q[k-1].unit != nil {
		return false
	}
	return orgHeads.has(d.word(q[k-1]))
}

// properRun: "KVB Velbank", "TarvoCorp Velbank": two to four capitalised
// words that no lexicon knows as common words or given names, with no
// connector, one of them a brand's shape (an acronym, an inner capital) or
// the first a listed organisation (a group's arm); before a company's full
// name and "and", a company's name too. Two plain name words ("Orvane
// Tarvel") may be a person's.
func (d *doc) properRun(q []piece) bool {
	if len(q) < 2 || len(q) > 4 || hasConn(q) {
		return false
	}
	brand := false
	for k, p := range q {
		if k == 0 && p.unit != nil && p.unit.label == "ORG" {
			brand = true
			continue
		}
		w := d.word(p)
		if p.unit != nil || p.e-p.s != 1 || !isCapitalised(w) || d.commonWord(w) || d.a.givenNames.has(w) || d.a.surnames.has(w) {
			return false
		}
		brand = brand || allCapitals(w) || strings.IndexFunc(w[1:], unicode.IsUpper) >= 0
	}
	return brand
}

// divisionAnd: "Kessel Group Sensors and Flight Control", "Tarvo Defence
// and Space": a company's name (a listed one, or a run its head ends), then
// the common words of its division's fields joined by "and", is the
// division's name, ORG whole; split at "and" the fields would read a
// platform and nothing. A title's words ("Chairman and Chief Executive",
// "Finance Ministers") or a second body's head after it are no division.
func (d *doc) divisionAnd(ps []piece) bool {
	n := len(ps)
	if n < 4 || n > 9 || ps[n-1].conn || ps[0].conn {
		return false
	}
	and := slices.IndexFunc(ps, func(p piece) bool { return p.conn })
	toks := d.toks
	if and < 2 || toks[ps[and].s].text != "and" || n-and-1 > 3 || hasConn(ps[and+1:]) {
		return false
	}
	// the company: a listed organisation first, or a run to its head
	h := 0
	if u := ps[0].unit; u == nil || u.label != "ORG" {
		h = 1
		for h < and && !orgHeads.has(d.word(ps[h])) {
			h++
		}
		if h >= and-1 || !d.firmName(ps[:h+1]) {
			return false
		}
	}
	for _, p := range ps[h+1:] {
		if p.conn {
			continue
		}
		w := d.word(p)
		if p.unit != nil || !isCapitalised(w) || !d.commonWord(w) || titleWords.has(w) || titleHeads.has(w) || orgHeads.has(w) || locHeads.has(w) || gpeHeads.has(w) {
			return false
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// bodyTitleField: "the Ministry of Planning and Finance", "the Department of
// Justice and Home Affairs": a body's field after "and" that is also a
// title's word ("Finance Minister") ends the chunk before it; when no
// name or title's head follows, the field is the body's, ORG whole.
func (d *doc) bodyTitleField(ps []piece) bool {
	n := len(ps)
	if n < 3 || ps[0].unit != nil || !ps[1].conn || ps[n-1].conn || ps[n-1].unit != nil {
		return false
	}
	toks := d.toks
	e := ps[n-1].e
	if e+2 >= len(toks) || toks[e].text != "and" || toks[e].newline || toks[e+1].newline || !titleWords.has(toks[e+1].text) || d.used[e+1] {
		return false
	}
	if toks[ps[1].s].text != "of" || !orgStarts.has(d.word(ps[0])) || hasConn(ps[2:]) || hasUnit(ps[2:]) {
		return false
	}
	end := e + 1
	for end < len(toks) && end < e+3 && !toks[end].newline && isCapitalised(toks[end].text) && !d.used[end] {
		w := toks[end].text
		if titleHeads.has(w) || !d.commonWord(w) {
			return false // "and Finance Minister Ana Kessel", "and Kessel"
		}
		end++
	}
	if end < len(toks) && !toks[end].newline && isCapitalised(toks[end].text) {
		return false
	}
	return d.add(ps[0].s, end, "ORG", "")
}

// roleInitials: "Leader of the Opposition A.B. Kessel", "Minister of
// State Affairs C.D. Brandt": a portfolio's or a role's words after a title
// and "of", then initials and a surname, are the role and the person's
// name apart (roleNounName reads the same with a given name).
func (d *doc) roleInitials(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 5 || ps[0].unit != nil || hasConn(ps) {
		return false
	}
	t := 0
	for t < n-2 && d.roleNoun(ps[t]) && !initials(d.word(ps[t])) {
		t++
	}
	if t == 0 || !initials(d.word(ps[t])) || ps[t].unit != nil {
		return false
	}
	for _, p := range ps[t+1:] {
		if p.unit != nil || !d.personWord(p) {
			return false
		}
	}
	s := ps[0].s
	toks := d.toks
	if s > 0 && toks[s-1].text == "the" {
		s--
	}
	if s < 2 || toks[s-1].text != "of" || !titleWords.has(toks[s-2].text) && !titleHeads.has(toks[s-2].text) {
		return false
	}
	d.claim(ps[0].s, ps[t-1].e)
	d.addPerson(ps[t].s, ps[n-1].e)
	return true
}

// firmList: "the partners include Kessimo, the state's KVB and Orvada",
// "a consortium of Kessimo, Tarvo-Morel and Vorvatis", "retail partners,
// including KVB Oil and Orvada": names listed after a noun of companies
// (partners, a consortium, bidders) and "include", "including", "of" or
// "such as" are the companies, ORG each; a listed place keeps its label
// and a given name refuses the list (investors may be people).
func (d *doc) firmList(ps []piece) bool {
	s := ps[0].s
	toks := d.toks
	if s < 2 || len(ps) > 7 || toks[s].newline {
		return false
	}
	if w := toks[s-1].text; w != "," && w != "and" && !firmListLinks25.has(w) {
		return false
	}
	if !d.afterFirmList(s) {
		return false
	}
	// the items: runs of up to three names between "and"s
	var items [4][]piece
	n, k := 0, 0
	for i, p := range ps {
		if !p.conn || gluedHyphen(toks, p.s) {
			continue // "Tarvo-Morel": a hyphen inside one name
		}
		if toks[p.s].text != "and" || n == len(items)-1 {
			return false
		}
		items[n], n, k = ps[k:i], n+1, i+1
	}
	items[n], n = ps[k:], n+1
	for _, q := range items[:n] {
		if len(q) == 0 || len(q) > 5 {
			return false
		}
		for _, p := range q {
			if p.conn {
				continue
			}
			w := d.word(p)
			if p.unit != nil && p.unit.label != "ORG" && len(q) > 1 || p.unit == nil && (!isCapitalised(w) || d.a.givenNames.has(w) || titleWords.has(w)) {
				return false
			}
		}
		// "operators of Kessel Harbour": a site's or a place's head ends
		// no company's name
		if last := d.toks[q[len(q)-1].e-1].text; locHeads.has(last) || gpeHeads.has(last) || q[0].unit == nil && d.surnameInText(last) {
			return false
		}
	}
	for _, q := range items[:n] {
		if len(q) == 1 && q[0].unit != nil {
			d.addUnit(q[0])
		} else {
			d.add(q[0].s, q[len(q)-1].e, "ORG", "")
		}
	}
	return true
}

// afterFirmList: token s opens an item of a list of names that a noun of
// companies and a link open ("partners include", "consortium of",
// "bidders, including", "rivals such as"), the items before it capitalised
// names, "the", commas, hyphens, possessives and "and" (up to a bounded
// look back).
func (d *doc) afterFirmList(s int) bool {
	toks := d.toks
	k := s - 1
	for ; k > 0 && k >= s-16; k-- {
		t := toks[k]
		if t.newline && k != s-1 {
			return false
		}
		if firmListLinks25.has(t.text) {
			break
		}
		if t.kind != tkPossessive && t.text != "," && t.text != "and" && t.text != "the" && t.text != "-" && !isCapitalised(t.text) {
			return false
		}
	}
	if k <= 0 || !firmListLinks25.has(toks[k].text) {
		return false
	}
	if toks[k].text == "as" {
		if k < 2 || toks[k-1].text != "such" {
			return false
		}
		k--
	}
	k--
	if toks[k].text == "," && k > 0 {
		k--
	}
	return firmListNouns25.has(toks[k].text)
}

// commaListTail: "the Kessel University and the Institute for Systems and
// Computer Engineering, Technology and Science", "the Committee on
// Petitions, Public Accounts and State Enterprises": a body's head, "of",
// "for" or "on", and its fields, the list going on past the chunk with
// commas and "and", are one body; a body before "and the" is read apart
// (commaListBody reads the list when the head opens the chunk after "of"
// or "for").
func (d *doc) commaListTail(ps []piece) bool {
	n := len(ps)
	e := ps[n-1].e
	if n < 3 || ps[n-1].conn || e >= len(d.toks) || d.toks[e].text != "," {
		return false
	}
	toks := d.toks
	h := n - 3
	for h >= 0 && (ps[h].unit != nil || !orgStarts.has(d.word(ps[h])) && !orgHeads.has(d.word(ps[h])) || !fieldLinks25.has(toks[ps[h+1].s].text)) {
		h--
	}
	if h < 0 || h == 0 && toks[ps[1].s].text != "on" {
		return false
	}
	for _, p := range ps[h+2:] {
		if p.unit != nil || p.conn && toks[p.s].text != "and" {
			return false
		}
	}
	end := d.fieldListEnd(e)
	if end < 0 {
		return false
	}
	if h > 0 {
		d.classify(ps[:h])
	}
	return d.add(ps[h].s, end, "ORG", "")
}

// fieldsBeforeHead: "the Assembly's Defence, Trade and Foreign
// Affairs Committee", "the Leather, Apparel & Luggage Association": a
// list of common words parted by commas and closed by "and" or "&", after
// "the" or a possessive, that ends in a body's head is the body's fields,
// ORG whole; a listed body, an armed service or a word that opens a
// body's name in the list leaves it ("the Army, Navy and Air Force", "the
// Bank, Treasury and Finance Ministry").
func (d *doc) fieldsBeforeHead(ps []piece) bool {
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	if len(ps) != 1 || ps[0].unit != nil || e-s != 1 || s == 0 || e >= len(toks) || toks[e].text != "," {
		return false
	}
	// the chunk's own word may be claimed by a rule that split a longer
	// chunk ("Ana Kessel of the Leather")
	if w := toks[s].text; toks[s-1].text != "the" && toks[s-1].kind != tkPossessive || !isCapitalised(w) || !d.commonWord(w) || orgStarts.has(w) || serviceWords.has(w) || titleHeads.has(w) || d.a.givenNames.has(w) {
		return false
	}
	closed := false // "and" after the last comma
	k := e
	for ; k < len(toks) && k < e+16; k++ {
		switch w := toks[k].text; {
		case w == ",":
			closed = false
		case w == "and" || w == "&":
			closed = true
		case closed && orgHeads.has(w) && !serviceWords.has(w) && d.isName(k) && (k+1 >= len(toks) || toks[k+1].newline || !isCapitalised(toks[k+1].text)):
			return d.add(s, k+1, "ORG", "")
		case d.fieldWord(k):
		default:
			return false
		}
	}
	return false
}

// fieldWord: token k is a free capitalised common word, no word that
// opens a body's name, no armed service, title's head or given name: a
// field's ("Defence", "Apparel", "Leather").
func (d *doc) fieldWord(k int) bool {
	w := d.toks[k].text
	if !d.isName(k) || !d.commonWord(w) || orgStarts.has(w) || serviceWords.has(w) || titleHeads.has(w) || d.a.givenNames.has(w) {
		return false
	}
	_, known := d.units[k]
	return !known
}

// subsidiaryName: "Tarvo's KVB Vidora", "Tarvocorp Orvanet": a listed
// organisation and a word no lexicon knows, no given name or family name,
// are its subsidiary's or arm's name, ORG whole; read alone, the company
// would keep its name and drop the word. A plural after it is no name.
func (d *doc) subsidiaryName(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || ps[0].unit.label != "ORG" || ps[1].unit != nil || ps[1].conn || ps[1].e-ps[1].s != 1 {
		return false
	}
	// "the Kessel Ministry Orientalists": a plural is the body's people
	w := d.word(ps[1])
	if strings.HasSuffix(w, "s") || !d.a.uncommon(w) || d.a.givenNames.has(w) || d.a.surnames.has(w) || d.seenLower(w) {
		return false
	}
	// "the KVB Tarvel unit": a ship's prefix and name, or a name before
	// the noun it modifies, is no arm's name
	if d.modifies(ps[1].e - 1) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "ORG", "")
}

// roleOnly: "Chief Health Officer", "Deputy Transport Secretary": a
// title's first word, a portfolio's common words and a title's head, with
// no name after them, are a role, no entity; splitTitle would read the
// portfolio's word as a person's name.
func (d *doc) roleOnly(ps []piece) bool {
	n := len(ps)
	if n < 3 || n > 5 || hasConn(ps) || hasUnit(ps) || !titleWords.has(d.word(ps[0])) || !titleHeads.has(d.word(ps[n-1])) && !roleEnds25.has(d.word(ps[n-1])) {
		return false
	}
	for _, p := range ps[1 : n-1] {
		w := d.word(p)
		if p.e-p.s != 1 || !d.commonWord(w) || d.a.givenNames.has(w) || d.a.surnames.has(w) {
			return false
		}
	}
	d.claim(ps[0].s, ps[n-1].e)
	return true
}

// companyOfCountry: "Kessel Aerospace of Norway", "Tarvo Technologies of
// Chile": a company named by its trade, "of" and a country is the company
// and its home, ORG and GPE (bodyOfPlace keeps a public body's country:
// "the Civil Aviation Authority of Norway").
func (d *doc) companyOfCountry(ps []piece) bool {
	n := len(ps)
	if n < 4 || !ps[n-2].conn || ps[n-1].unit == nil || ps[n-1].unit.label != "GPE" || d.toks[ps[n-2].s].text != "of" || hasConn(ps[:n-2]) || !companyTrades25.has(d.word(ps[n-3])) {
		return false
	}
	d.classify(ps[:n-2])
	d.addUnit(ps[n-1])
	return true
}
