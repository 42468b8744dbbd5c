package extract

import "strings"

// Round-4 news rules for organisations. A company by what it does to or
// says of its own ("Velto shut its plant", "has 3,000 employees", "filed
// for bankruptcy", "was founded in 1998"), by where people work ("a
// professor at Quenby", "worked for Velto"), by its kind named before it
// ("companies such as Velto", "the union, Unite,", "the band Velvet
// Harbor", "a poll by Ipsova"), by the list it is named in with a known
// company, by an acronym given in brackets after its name, by its
// founder's name and "'s" ("Tavener's says"), or by names joined with "&";
// two names of organisations joined by "and" or "for the" are two; teams
// by a drawn score or a bare win or loss; armed forces by "Forces". And
// acronyms that are common nouns ("a CPA", "ISO 6400", "COVID") are no
// organisation. The cue words are in cues.txt.

// ownsIts: "shut its plant", "will cut its forecast" from token e: a verb
// a company does to its own plants, prices and plans, perhaps after an
// auxiliary, then "its". A person's would be "his" or "her".
func (d *doc) ownsIts(e int) bool {
	toks := d.toks
	if e < len(toks) && auxiliaryVerbs.has(toks[e].text) {
		e++
	}
	return e+1 < len(toks) && itsVerbs.has(toks[e].text) && toks[e+1].text == "its" && !toks[e].newline && !toks[e+1].newline
}

// suchAsBefore: "companies such as Velto", "carmakers like Orvex",
// "lenders including Quenta": organisations of a kind named by example.
func (d *doc) suchAsBefore(s int) bool {
	toks := d.toks
	k := s - 1
	if k < 1 || toks[s].newline {
		return false
	}
	switch toks[k].text {
	case "like", "including":
	case "as":
		if k < 2 || toks[k-1].text != "such" {
			return false
		}
		k--
	default:
		return false
	}
	w := strings.ToLower(toks[k-1].text)
	return w != strings.TrimSuffix(w, "s") && d.orgNoun(w)
}

// nounBeforeApposition: "the union, Unite, said", "its parent, Orvane
// Holdings,": a noun of organisations or bodies after an article, or a
// company's relation after "its", then the name between commas (the noun right
// before the name, "the carmaker Velto", is read in newsOrgContext).
func (d *doc) nounBeforeApposition(s, e int) bool {
	toks := d.toks
	if s < 3 || toks[s-1].text != "," || toks[s].newline || d.a.givenNames.has(toks[s].text) {
		return false
	}
	noun, det := strings.ToLower(toks[s-2].text), strings.ToLower(toks[s-3].text)
	if !(articles.has(det) || det == "its") || !orgNouns.has(noun) && !bodyKinds.has(noun) && !(det == "its" && itsRelations.has(noun)) {
		return false
	}
	return e == len(toks) || toks[e].text == "," || toks[e].text == "."
}

// countedMembers: "has 3,000 employees", "operates 40 stores" from token
// e: a company counts its staff, shops and customers.
func (d *doc) countedMembers(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || !countVerbs.has(toks[e].text) || toks[e].newline {
		return false
	}
	k := e + 1
	if !isNumber(toks[k].text) {
		return false
	}
	if k+1 < len(toks) && (toks[k+1].text == "million" || toks[k+1].text == "thousand") {
		k++
	}
	return k+1 < len(toks) && countedNouns.has(toks[k+1].text)
}

// filedFor: "filed for bankruptcy", "files for an IPO" from token e: a
// company goes bankrupt or public ("filed for divorce" is a person's).
func (d *doc) filedFor(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || !strings.HasPrefix(toks[e].text, "file") || toks[e+1].text != "for" || toks[e].newline {
		return false
	}
	k := e + 2
	if articles.has(toks[k].text) && k+1 < len(toks) {
		k++
	}
	return insolvencyNouns.has(toks[k].text)
}

// pollBy: "a poll by Ipsova", "a survey carried out by Tarvel Research":
// who takes polls and surveys is an organisation. Up to two lower-case
// words stand between the noun and "by".
func (d *doc) pollBy(s int) bool {
	toks := d.toks
	if s < 2 || toks[s-1].text != "by" || toks[s].newline {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-4; k-- {
		w := toks[k].text
		if pollNouns.has(w) {
			return true
		}
		if toks[k].kind != tkWord || isCapitalised(w) || toks[k].newline {
			return false
		}
	}
	return false
}

// pluralSideWonLost: "the Lakers lost again", "the Comets won on
// Sunday": a plural name after its article that won or lost, then when or
// where, is a team (teamAfterArticle reads those with a score or a side;
// "the Oscars won praise" has an object, and a bare "the Patriots won."
// may be missiles' as well as a team's).
func (d *doc) pluralSideWonLost(s, e int) bool {
	toks := d.toks
	if !d.afterArticle(s) || e+1 >= len(toks) || toks[e].newline || toks[e].text != "won" && toks[e].text != "lost" {
		return false
	}
	last := toks[e-1].text
	if sing, ok := strings.CutSuffix(last, "s"); !ok || strings.HasSuffix(sing, "s") || peopleWord(d.a.demonyms, last) {
		return false
	}
	return matchAfter.has(toks[e+1].text) && !toks[e+1].newline
}

// workplaceBefore: "a professor at Quenby", "worked at Tarvex": a noun of
// a post or a verb of working, then "at", names the organisation after
// it (a town takes "in": "a doctor in Tarvel"); so does "worked for
// Velto", a verb of working and "for", the name no person's by its
// given name.
func (d *doc) workplaceBefore(s int) bool {
	toks := d.toks
	if s < 2 || toks[s].newline || toks[s-1].newline {
		return false
	}
	before := strings.ToLower(toks[s-2].text)
	switch toks[s-1].text {
	case "at":
		return workAt.has(before)
	case "for":
		return strings.HasPrefix(before, "work") && !d.a.givenNames.has(toks[s].text)
	}
	return false
}

// foundedAfter: "was founded in 1998", ", which is headquartered in Oslo"
// from token e: a copula and a participle only companies take.
func (d *doc) foundedAfter(e int) bool {
	toks := d.toks
	if e+1 < len(toks) && toks[e].text == "," && toks[e+1].text == "which" {
		e += 2
	}
	if e+1 >= len(toks) || toks[e].newline || toks[e+1].newline {
		return false
	}
	be := toks[e].text
	return (be == "is" || be == "was" || be == "are" || be == "were") && orgParticiples.has(toks[e+1].text)
}

// bodyNounBefore: "the band Velvet Harbor", "the group Hamas": a noun of
// bodies of people after an article or a possessive names the body after
// it.
func (d *doc) bodyNounBefore(s int) bool {
	toks := d.toks
	if s < 2 || toks[s].newline || d.a.givenNames.has(toks[s].text) || !bodyKinds.has(toks[s-1].text) {
		return false
	}
	return articles.has(toks[s-2].text) || toks[s-2].kind == tkPossessive
}

// bracketAcronyms: an acronym in brackets right after an organisation's
// or a programme's name is the same body or programme, its letters the
// name's or not ("the Nordic Wetland Union (NWCA)", "Doctors Without
// Borders (MSF)", "the ... Mission in Somalia (AUSSOM)"), and so is every
// other use of it in the text (GUIDELINES: an acronym defined in brackets
// is its own mention; a programme's canonical is its acronym).
// findDefinitions read those whose letters match, before the names were
// labelled.
func (d *doc) bracketAcronyms() {
	toks := d.toks
	var defined map[string]mention // acronym → its label and canonical; made on the first
	for k, m := range d.mentions {
		a := m.e + 1
		if m.label != "ORG" && m.label != "PROGRAM" || a+1 >= len(toks) || toks[m.e].text != "(" || toks[a+1].text != ")" || !acronymLike(toks[a].text) || !d.free(a, a+1) {
			continue
		}
		if defined == nil {
			defined = map[string]mention{}
		}
		if _, ok := defined[toks[a].text]; !ok {
			c := d.canonical(m)
			if m.label == "PROGRAM" {
				c = toks[a].text
				d.mentions[k].canonical = c
			}
			defined[toks[a].text] = mention{label: m.label, canonical: c}
		}
	}
	if len(defined) == 0 {
		return
	}
	// uses another rule read already ("OUSMIK has": an acronym that acts)
	for k := range d.mentions {
		m := &d.mentions[k]
		if c, ok := defined[toks[m.s].text]; ok && m.e-m.s == 1 && !m.reviewed && (m.canonical == "" || m.canonical == toks[m.s].text) {
			m.label, m.canonical = c.label, c.canonical
		}
	}
	for i, t := range toks {
		if c, ok := defined[t.text]; ok && !d.used[i] && !d.isName(i-1) && !d.isName(i+1) {
			d.add(i, i+1, c.label, c.canonical)
		}
	}
}

// commonAcronym: an acronym that is a common noun or a standard, no
// organisation: after "a" or "an" with no noun after it ("a CPA,", "an
// MRI."; "a NATO summit" names the alliance), before a bare number ("ISO
// 6400", "USB 3"; a year is no such number: "the ESA 2025 report"), or
// an honorific in capitals ("DR", "MRS").
func (d *doc) commonAcronym(i int) bool {
	toks := d.toks
	w := toks[i].text
	if honorifics.has(w[:1] + strings.ToLower(w[1:])) {
		return true
	}
	next := ""
	if i+1 < len(toks) && !toks[i+1].newline {
		next = toks[i+1].text
	}
	if isNumber(next) && !toks[i+1].glued && !(len(next) == 4 && (next[:2] == "19" || next[:2] == "20")) {
		return true
	}
	if i == 0 || toks[i-1].text != "a" && toks[i-1].text != "an" {
		return false
	}
	return next == "" || toks[i+1].kind == tkPunct || connectors.has(next)
}

// listedOrgs: names in a list of three or more, joined by commas and
// "and" or "or", of which one is an organisation and none is another
// kind of thing, are organisations too: "it bought Velto, Quorlix and
// Tarvex Labs", "rivals such as Velto, Kestrel Foods, and Orlith". A
// lone word taken for a person on weak evidence, or a run of names taken
// for one by its shape alone ("Quorlix Vane"), joins them; a place, a
// person with a given name or a title, or a programme in the list keeps
// it mixed, and nothing is changed.
func (d *doc) listedOrgs() {
	toks := d.toks
	orgs := false
	for _, m := range d.mentions {
		orgs = orgs || m.label == "ORG"
	}
	if !orgs {
		return // a list needs an organisation in it
	}
	starts := d.mentionsByStart() // first token of each mention → its index
	defer d.done(starts)
	// guessed: name runs taken for persons by their shape alone (doc.weak)
	guessed := make(map[span]bool, len(d.weak))
	for _, w := range d.weak {
		guessed[w] = true
	}
	// item reads a name at token i: a mention (its index), or a run of
	// capitalised words no rule took (-1); it returns where the name ends
	item := func(i int) (end, mention int) {
		if i >= len(toks) {
			return i, -1
		}
		if d.used[i] {
			if k, ok := starts.get(i); ok {
				return d.mentions[k].e, k
			}
			return i, -1
		}
		j := i
		for j < len(toks) && !d.used[j] && d.freeName(j) && (j == i || !toks[j].newline) {
			j++
		}
		return j, -1
	}
	// sep reads a list's separator at token i: ",", "and", "or", ", and"
	sep := func(i int) (end int, comma bool) {
		if i < len(toks) && toks[i].text == "," && !toks[i].newline {
			comma = true
			i++
		}
		if i < len(toks) && (toks[i].text == "and" || toks[i].text == "or") && !toks[i].newline {
			i++
		}
		return i, comma
	}
	var items []span
	var ks []int
	for i := 0; i < len(toks); {
		items, ks = items[:0], ks[:0]
		commas := 0
		j := i
		for {
			end, k := item(j)
			if end == j || j > i && toks[j].newline {
				break // a list ends with its line
			}
			items, ks = append(items, span{j, end}), append(ks, k)
			next, comma := sep(end)
			if next == end {
				break
			}
			if comma {
				commas++
			}
			j = next
		}
		if len(items) >= 3 && commas >= 1 && !d.bylineOpens(items[0].s) {
			d.labelListedOrgs(items, ks, guessed)
		}
		if len(items) > 0 {
			i = items[len(items)-1].e
		} else {
			i++
		}
	}
}

// freeName: token j is a capitalised word that may be part of a name: no
// function word, month or demonym, and not written in lower case in the
// text; at a sentence's start only a word no lexicon knows.
func (d *doc) freeName(j int) bool {
	t := d.toks[j]
	if t.kind != tkWord || !isCapitalised(t.text) || functionWords.has(t.text) || calendarWords.has(t.text) || d.a.demonyms[t.text] || d.seenLower(t.text) {
		return false
	}
	return !t.sentStart || d.a.uncommon(t.text)
}

// labelListedOrgs labels the names of one list as listedOrgs says;
// guessed holds the name runs taken for persons by their shape alone.
func (d *doc) labelListedOrgs(items []span, ks []int, guessed map[span]bool) {
	orgs := 0
	for _, k := range ks {
		if k < 0 {
			continue
		}
		m := d.mentions[k]
		switch {
		case m.label == "ORG":
			orgs++
		case m.label == "PERSON" && !m.reviewed && m.canonical == "" && !d.a.givenNames.has(d.toks[m.s].text) && !d.afterHonorific(m.s) && (m.e-m.s == 1 || guessed[m.span]):
		default:
			return
		}
	}
	if orgs == 0 {
		return
	}
	for n, k := range ks {
		if k >= 0 {
			d.mentions[k].label = "ORG"
			continue
		}
		d.add(items[n].s, items[n].e, "ORG", "")
	}
}

// oneSenseOrgs: a lone word taken for a place only because "at" or "in"
// stands before it ("at Velto") is the organisation the text names it
// elsewhere, one sense per article: "Velto said its profit rose ...
// analysts at Velto".
func (d *doc) oneSenseOrgs() {
	var orgs map[string]bool // made on the first one: most texts have none
	for _, m := range d.mentions {
		if m.label == "ORG" && m.e-m.s == 1 {
			if orgs == nil {
				orgs = map[string]bool{}
			}
			orgs[d.toks[m.s].text] = true
		}
	}
	if len(orgs) == 0 {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "GPE" || m.e-m.s != 1 || m.reviewed || !orgs[d.toks[m.s].text] || m.s == 0 || !placePrepositions.has(d.toks[m.s-1].text) {
			continue
		}
		if _, listed := d.units[m.s]; !listed {
			m.label, m.canonical = "ORG", ""
		}
	}
}

// findAmpersandFirms reads "Brannock & Hale", "Marsh & Vell", "Tarvel &
// Sons": up to three names each side of a spaced "&" are a firm's name,
// which the chunker, reading capitalised words, parts at the sign. Places
// joined so ("Trinidad & Tobago", "Bosnia & Herzegovina") and common words
// ("Research & Development") are no firm unless a firm's head ends them
// ("Kessel Shipbuilders & Engineers"); a listed name ("Procter &
// Gamble") is read by its list.
func (d *doc) findAmpersandFirms() {
	toks := d.toks
	place := func(i int) bool {
		u, ok := d.unitAt(i)
		return ok && (u.label == "GPE" || u.label == "LOC")
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != "&" || toks[i+1].newline {
			continue
		}
		s := i
		for s > 0 && i-s < 3 && !toks[s].newline && d.isName(s-1) {
			s--
		}
		e := i + 1
		for e < len(toks) && e-i <= 3 && d.isName(e) && (e == i+1 || !toks[e].newline) {
			e++
		}
		if s == i || e == i+1 || place(s) || place(i+1) || !d.free(s, e) {
			continue
		}
		if u, ok := d.unitAt(s); ok && u.end > i || d.andName(s, i, e) {
			continue
		}
		common := true
		for k := s; k < e && common; k++ {
			common = k == i || d.commonWord(toks[k].text)
		}
		// "Kessel Shipbuilders & Engineers": common words with a firm's
		// head last are a firm's name too (round 12)
		// "the Textile, Clothing & Footwear Association": the end of a
		// list of fields, which fieldsBeforeHead reads whole (round 25)
		if common && s >= 2 && toks[s-1].text == "," && d.commonWord(toks[s-2].text) && isCapitalised(toks[s-2].text) {
			continue
		}
		if !common || orgHeads.has(toks[e-1].text) || firmTails.has(toks[e-1].text) {
			d.add(s, e, "ORG", "")
			i = e - 1
		}
	}
}

// andName: the names [s, e) with "and" for the "&" at i are a listed
// name of some other kind ("Bosnia & Herzegovina" is "Bosnia and
// Herzegovina", a country).
func (d *doc) andName(s, i, e int) bool {
	ts := append([]tok(nil), d.toks[s:e]...)
	ts[i-s].text = "and"
	h, ok := d.a.gaz.lookup(ts)
	return ok && h.label != "ORG"
}

// twoOrgNames: "Skyvane Airlines and Norland Airways", "Pellam Oil and
// Corvane Energy": "and" between two names of two words or more names two
// organisations, not one, when both end in an organisation's head word
// and the second opens with a proper name, or one ends in a head word and
// the other in a common noun and both open with proper names. A common
// word opens a name's own part ("Arms Control and Disarmament Agency",
// "Halden Assembly and Test Ltd" are one). "for", "with", "to" or "by"
// (and "the") part two names only when both end in a head word and the
// second opens with a proper name: "built by Quorlix Space Systems for
// the Norland Space Agency" ("Institute for Peace Studies" is one).
func (d *doc) twoOrgNames(ps []piece) bool {
	at, n := -1, 0 // the connectors' first piece and their number
	for i, p := range ps {
		if !p.conn {
			continue
		}
		if at >= 0 && i != at+n {
			return false
		}
		if at < 0 {
			at = i
		}
		n++
	}
	if at < 2 || len(ps)-at-n < 2 {
		return false
	}
	left, right := ps[:at], ps[at+n:]
	proper := func(p piece) bool { return p.unit != nil || d.a.uncommon(d.word(p)) }
	lastL, lastR := d.word(left[len(left)-1]), d.word(right[len(right)-1])
	headL, headR := orgHeads.has(lastL), orgHeads.has(lastR)
	conn, the := d.toks[ps[at].s].text, n == 2 && d.toks[ps[at+1].s].text == "the"
	switch {
	case n == 1 && conn == "and" && headL && headR && proper(right[0]):
	case n == 1 && conn == "and" && proper(left[0]) && proper(right[0]) && (headL && d.commonWord(lastR) || headR && d.commonWord(lastL)):
	case (n == 1 || the) && partingLinks.has(conn) && headL && headR && proper(right[0]):
	default:
		return false
	}
	// "Pellam Oil", a proper name and a common noun, is the company's
	// name beside the other's, which no other rule would read
	for _, side := range [][]piece{left, right} {
		if orgHeads.has(d.word(side[len(side)-1])) {
			d.classify(side)
		} else {
			d.add(side[0].s, side[len(side)-1].e, "ORG", "")
		}
	}
	return true
}

// forcesName: "the Orvanian Defence Forces", "the Rapid Support Forces":
// a name of three words ending in "Forces", or of two opening with a
// proper name or a people's adjective, is an armed force's; "the Armed
// Forces" alone is the generic phrase (GUIDELINES: generic phrases are
// no entities), and "Forces" is no head word of orgHeads for that.
func (d *doc) forcesName(ps []piece) bool {
	n := len(ps)
	if n < 2 || hasConn(ps) || d.word(ps[n-1]) != "Forces" {
		return false
	}
	first := d.word(ps[0])
	if n == 2 && ps[0].unit == nil && !d.a.demonyms[first] && !d.a.uncommon(first) {
		return false
	}
	d.add(ps[0].s, ps[n-1].e, "ORG", "")
	return true
}

// itsCompany: "Marathon shut its refinery", "Harvest said its sales
// rose": a lone word no list knows that speaks of or acts on "its" own is
// a company's, over an event's head word or a common word's reading.
func (d *doc) itsCompany(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	if e := ps[0].e; !d.ownsIts(e) && !d.saidIts(e) {
		return false
	}
	d.add(ps[0].s, ps[0].e, "ORG", "")
	return true
}

// possessiveBusiness: "Tavener's says", "Macy's fell", "shares in Kohl's
// and Macy's": a name and "'s" with no noun after it, where a company's
// verb follows or a deal's noun stands before, is a business named for its
// founder, "'s" and all. Only verbs no contraction of "has" or "is" reads
// count ("Orrin's dropped" may be "Orrin has dropped"): present tenses in -s
// and past tenses unlike their participles.
func (d *doc) possessiveBusiness(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil && ps[0].unit.label != "ORG" && ps[0].unit.label != "PERSON" {
		return false
	}
	s, e := ps[0].s, ps[0].e
	if !d.elliptical(s, e) {
		return false
	}
	d.add(s, e+1, "ORG", "")
	return true
}

// elliptical: the name [s, e) with "'s" at e names a business by the
// evidence possessiveBusiness reads; a second such name right after "and"
// or "or" lends the first its verb ("Macy's and Kohl's fell"), one step
// only, so that a long chain costs no more than its length.
func (d *doc) elliptical(s, e int) bool {
	toks := d.toks
	if d.businessEvidence(s, e) {
		return true
	}
	k := e + 2
	if e+1 >= len(toks) || toks[e].kind != tkPossessive || toks[e+1].text != "and" && toks[e+1].text != "or" {
		return false
	}
	return k+1 < len(toks) && isCapitalised(toks[k].text) && !toks[k].newline && d.businessEvidence(k, k+1)
}

// businessEvidence: "'s" at e and a company's verb after it, or a deal's
// noun before s and no noun after the "'s".
func (d *doc) businessEvidence(s, e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].kind != tkPossessive || toks[e+1].newline {
		return false
	}
	next := toks[e+1].text
	return businessVerbs.has(next) || d.dealBefore(s) && (toks[e+1].kind == tkPunct || next == "and" || next == "or")
}

// beatKnownSide: "Quenby beat Arsenal", "Arsenal thrashed Quenby", "drew
// with the Comets": a side that beats, or is beaten by, a listed
// organisation is a team too (people beat people: the other side must be
// an organisation, and a given name keeps a person).
func (d *doc) beatKnownSide(s, e int) bool {
	toks := d.toks
	if d.a.givenNames.has(toks[s].text) {
		return false
	}
	orgAt := func(k int) bool {
		if k < len(toks) && articles.has(toks[k].text) {
			k++
		}
		u, ok := d.unitAt(k)
		return ok && u.label == "ORG"
	}
	if e+1 < len(toks) && sideVerbs.has(toks[e].text) && !toks[e].newline && !toks[e+1].newline {
		k := e + 1
		if toks[k].text == "with" {
			k++
		}
		if orgAt(k) {
			return true
		}
	}
	if s < 2 || toks[s].newline || !sideVerbs.has(toks[s-1].text) && !(toks[s-1].text == "with" && sideVerbs.has(toks[s-2].text)) {
		return false
	}
	last := len(d.mentions) - 1
	verb := s - 1
	if toks[verb].text == "with" {
		verb--
	}
	return last >= 0 && d.mentions[last].e == verb && d.mentions[last].label == "ORG"
}

// articleNameActs: "the Tarvex announced new rules", "the Quenby hired a
// coach": a bare name after its article that acts as institutions do is
// one (newsOrgContext reads one that speaks, "the Kremlin said"; a river
// floods, no institution's verb). After a preposition or another function
// word the name is no subject: "a festival on the Renaissance opened".
func (d *doc) articleNameActs(s, e int) bool {
	toks := d.toks
	if e-s != 1 || !d.afterArticle(s) || toks[s].sentStart || e >= len(toks) || toks[e].newline || !orgVerbs.has(toks[e].text) {
		return false
	}
	if s >= 2 {
		w := []rune(toks[s-2].text)
		if len(w) > 0 && functionWords.has(strings.ToUpper(string(w[:1]))+string(w[1:])) {
			return false
		}
	}
	return true
}

// scoreWith: "drew 1-1 with the Marlow Kings", "won 3-0 against Harlow":
// a result verb, a score and "with" or "against" before a name, perhaps
// with its article, make it the other team's.
func (d *doc) scoreWith(s int) bool {
	toks := d.toks
	k := s - 1
	if k >= 0 && articles.has(toks[k].text) {
		k--
	}
	if k < 4 || toks[k].text != "with" && toks[k].text != "against" {
		return false
	}
	return d.scoreAt(k-3) && resultVerbs.has(toks[k-4].text)
}
