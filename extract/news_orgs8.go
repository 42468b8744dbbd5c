package extract

import (
	"strings"
	"unicode"
)

// Rules for organisations and platforms in defence and general news
// (round 8): a hull number in its navy's symbols ("LHA 6"), a ship's name
// used again without its prefix ("HMCS Tarvel", then "Tarvel"), a body's
// name that ends in its country ("Arts Council Orvania"), a company written
// after its legal form ("PT Kessel Indonesia"), clubs, teams and leagues by
// the short names sport desks use and a racing car's designation in a
// sports text; an organisation's short name in brackets, a division or a
// subsidiary of a company, an office of an international body, an armed
// service alone, names that a legal form or "for the" parts, hyphenated
// firms, platforms by their designs, their other names and serials,
// spacecraft by their deeds. Each is a chunk rule (chunkRules says where
// it stands) with its cue sets in cues.txt; the short names of teams are
// the list configs/gazetteer/team_short_names.yaml, bare airliner numbers
// configs/gazetteer/airliners.yaml.

// orgs8State remembers what the rules read about the whole text.
type orgs8State struct {
	sportRead, sport bool // sport: the text reports a game (sportText)
	// ships are the names given after a ship's prefix so far, with the
	// ship's canonical; seen counts the mentions read for them
	ships map[string]string
	// surnames are the last words of people's names so far
	surnames map[string]bool
	// sides are the names read as a side on a result's line ("Orvane 24
	// Kessel 20"), with their canonical (news_orgs12.go teamAgain)
	sides map[string]string
	// firstWords are the opening words of organisations' names of two
	// words or more, with their canonical (news_orgs12.go orgShortForm)
	firstWords map[string]string
	seen       int
	// space: the text reports spaceflight (spaceText)
	spaceRead, space bool
	// law: the text reports a legislature's work (news_orgs12.go lawText)
	lawRead, law bool
}

// sectionHeading: "RUGBY — Orvania beat Kessel", "Formula One: Tarvel
// took pole", "MOTOR RACING —": a sport's name, or words in capitals that
// are all common English words and no listed name, heading a paragraph of
// a round-up are no entity (and no dateline's place).
func (d *doc) sectionHeading(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if e >= len(toks) || !toks[s].sentStart {
		return false
	}
	if next := toks[e].text; next != "—" && next != "–" && next != "-" && next != ":" {
		return false
	}
	w := toks[s].text
	if allCapitals(w) {
		w = w[:1] + strings.ToLower(w[1:])
	}
	if sport := e-s <= 2 && (sportNames.has(w) || w == "Formula" && e-s == 2); !sport && !d.commonCapitals(ps) {
		return false
	}
	d.claim(s, e)
	return true
}

// commonCapitals: the chunk is written in capitals ("MOTOR RACING", read
// as "Motor Racing") and every word is a common English word and part of
// no listed name.
func (d *doc) commonCapitals(ps []piece) bool {
	if w := d.orig[d.toks[ps[0].s].start:d.toks[ps[len(ps)-1].e-1].end]; strings.ToUpper(w) != w {
		return false
	}
	for _, p := range ps {
		w := d.word(p)
		if p.unit != nil || p.conn || d.a.uncommon(w) || !d.a.commonWords.has(strings.ToLower(w)) {
			return false
		}
	}
	return d.a.commonWords.len() > 0
}

// trailingThe: "the Ministry of Defence and The Rt Hon ...": a name never
// ends in "The", which opens the next name or title.
func (d *doc) trailingThe(ps []piece) bool {
	n := len(ps)
	if n < 2 || d.word(ps[n-1]) != "The" || !ps[n-2].conn {
		return false
	}
	d.classify(ps[:n-1])
	return true
}

// hullNumber: "USS Tarvel (LHA 6)", "the DDG-105": a hull classification
// symbol and a number name a ship (GUIDELINES' PLATFORM; written6's README
// makes the bracketed hull number its own mention).
func (d *doc) hullNumber(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !hullSymbols.has(d.word(ps[0])) {
		return false
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	if e < len(toks) && toks[e].text == "-" && toks[e].glued {
		e++
	}
	if e >= len(toks) || toks[e].newline || !isNumber(toks[e].text) || e > s+1 && !toks[e].glued || !d.free(s, e+1) {
		return false
	}
	return d.add(s, e+1, "PLATFORM", "")
}

// shipShortName: "the frigate HMCS Tarvel ... Tarvel sailed on": a name
// that the text gave a ship with its prefix before is the ship again, even
// where the name is a town's too (ships are named after towns).
func (d *doc) shipShortName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if hasConn(ps) || s > 0 && shipPrefixes.has(d.toks[s-1].text) {
		return false
	}
	st := d.readMentions()
	if len(st.ships) == 0 {
		return false
	}
	canonical, ok := st.ships[d.surface(s, e)]
	return ok && d.add(s, e, "PLATFORM", canonical)
}

// readMentions brings the names read from the mentions so far up to date:
// ships after their prefix, people's surnames, sides of a result's line,
// organisations' opening words.
func (d *doc) readMentions() *orgs8State {
	st := &d.orgs8
	for ; st.seen < len(d.mentions); st.seen++ {
		m := d.mentions[st.seen]
		switch {
		case m.label == "PLATFORM" && m.e-m.s > 1 && shipPrefixes.has(d.toks[m.s].text):
			if st.ships == nil {
				st.ships = map[string]string{}
			}
			st.ships[d.surface(m.s+1, m.e)] = m.canonical
		case m.label == "PERSON" && m.e-m.s > 1:
			if st.surnames == nil {
				st.surnames = map[string]bool{}
			}
			st.surnames[d.toks[m.e-1].text] = true
		case m.label == "ORG" && d.lineScoreAt(m.e):
			if st.sides == nil {
				st.sides = map[string]string{}
			}
			st.sides[d.surface(m.s, m.e)] = m.canonical
		case m.label == "ORG" && m.e-m.s >= 2 && m.e-m.s <= 4:
			k := m.s
			if legalPrefixes.has(d.toks[k].text) {
				k++ // "PT Kessel Indonesia": the company's word after its form
			}
			if k+1 >= m.e || !d.shortFormWord(k) || placeBodyHeads.has(d.toks[m.e-1].text) {
				continue // "Kessel District Council": "Kessel" is the place
			}
			if st.firstWords == nil {
				st.firstWords = map[string]string{}
			}
			if _, ok := st.firstWords[d.toks[k].text]; !ok {
				c := m.canonical
				if c == "" {
					c = d.surface(m.s, m.e)
				}
				st.firstWords[d.toks[k].text] = c
			}
		}
	}
	return st
}

// bodyOfCountry: "Arts Council Orvania", "Border Guard Kessel": a public
// body's name may end in its country or state; the whole run is the body.
// The words before the place are plain words, the last an organisation's
// head or a company's field ("Kessel Defence Orvania").
func (d *doc) bodyOfCountry(ps []piece) bool {
	n := len(ps)
	if n < 3 || ps[n-1].unit == nil || ps[n-1].unit.label != "GPE" {
		return false
	}
	for _, p := range ps[:n-1] {
		if p.unit != nil || p.conn {
			return false
		}
	}
	if w := d.word(ps[n-2]); !orgHeads.has(w) && !divisionWords.has(w) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// legalFormFirst: "PT Kessel Indonesia", "PJSC Tarvel": a company's legal
// form written before its name, as Indonesian and Russian companies write
// it, makes the run up to a connector the company's, a place's name in it
// included.
func (d *doc) legalFormFirst(ps []piece) bool {
	if len(ps) < 2 || !legalPrefixes.has(d.word(ps[0])) || ps[1].conn {
		return false
	}
	n := 1
	for n < len(ps) && !ps[n].conn {
		n++
	}
	d.add(ps[0].s, ps[n-1].e, "ORG", "")
	if n < len(ps) {
		d.classify(ps[n+1:]) // "PT Kessel and PJSC Tarvel": two companies
	}
	return true
}

// sportText reports whether the text reports sport: two different words
// of games ("striker", "half-time", "Grand Prix"...), a sport's name
// ("Rugby", "Cricket": a sports desk's heading) or a match's score ("2-0").
// Read once a text.
func (d *doc) sportText() bool {
	st := &d.orgs8
	if st.sportRead {
		return st.sport
	}
	st.sportRead = true
	first := ""
	toks := d.toks
	for i, t := range toks {
		w := t.text
		if gluedHyphen(toks, i+1) {
			w += "-" + toks[i+2].text // "half-time" is three tokens
		}
		if len(w) > 1 && allCapitals(w) {
			w = w[:1] + strings.ToLower(w[1:]) // a heading: "RUGBY —"
		}
		switch {
		case t.kind != tkWord:
			continue
		case sportNames.has(w) || sportLeagues.has(t.text):
			w = "sport"
		case d.scoreAt(i):
			w = "score"
		case !sportWords.has(w):
			continue
		}
		if w == first {
			continue
		}
		if first != "" {
			st.sport = true
			break
		}
		first = w
	}
	return st.sport
}

// teamShortName: "Tarvel drew with Kessel", "won at Tarvel": the short
// names of the clubs and teams of the largest leagues
// (team_short_names.yaml) are the clubs' in a text that reports sport, or
// where two of them meet across a verb of results ("Tarvel beat Kessel").
// A city's name that is also a club's keeps its place after "in", "at"
// or "near" ("fans in Tarvel"), unless a result or a score comes before
// "at" ("lost at Tarvel", "won 2-0 at Tarvel").
func (d *doc) teamShortName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if s > 0 && !d.used[s-1] && !toks[s].sentStart && isCapitalised(toks[s-1].text) && e-s < 3 && d.a.teamShortNames[d.surface(s-1, e)] {
		s-- // "All Blacks": a common word opens the name and no chunk
	}
	if e-s > 3 || !d.a.teamShortNames[d.surface(s, e)] {
		return false
	}
	// "In Tarvel, ...": the preposition opening the sentence counts too
	if s > 0 && (placeOnlyPrepositions.has(toks[s-1].text) || toks[s-1].sentStart && placeOnlyPrepositions.has(strings.ToLower(toks[s-1].text))) && !(toks[s-1].text == "at" && s > 1 && (resultVerbs.has(toks[s-2].text) || resultNouns.has(toks[s-2].text) || s > 4 && d.scoreAt(s-4))) {
		return false
	}
	if !d.sportText() && !d.teamMeets(s, e) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// teamStarts: "Arsenal came from behind": a listed team's one-word name
// opening a sentence of a sports text is a name, though a common word
// (markCommonStarts asks); so is a side in capitals opening a result's
// line ("BULLS 27 (Tries: ...)", capsResultSide, news_r21org.go).
func (d *doc) teamStarts(i int) bool {
	return d.a.teamShortNames[d.toks[i].text] && d.sportText() || d.capsResultSide(i)
}

// teamMeets reports another listed team across a verb of results from the
// name at [s, e): "Tarvel beat Kessel", "Kessel lost at Tarvel", "Tarvel
// drew with Kessel".
func (d *doc) teamMeets(s, e int) bool {
	toks := d.toks
	listed := func(i, j int) bool { return i >= 0 && j <= len(toks) && i < j && d.a.teamShortNames[d.surface(i, j)] }
	// after: a result and its links ("drew with"), then a team
	k, result := e, false
	for ; k < len(toks) && k < e+3 && !toks[k].sentStart && (resultVerbs.has(toks[k].text) || matchLinks.has(toks[k].text)); k++ {
		result = result || resultVerbs.has(toks[k].text)
	}
	for n := 1; result && n <= 3; n++ {
		if listed(k, k+n) {
			return true
		}
	}
	// before: a team, then a result and its links
	k, result = s, false
	for ; k > 0 && k > s-3 && !toks[k].sentStart && (resultVerbs.has(toks[k-1].text) || matchLinks.has(toks[k-1].text)); k-- {
		result = result || resultVerbs.has(toks[k-1].text)
	}
	for n := 1; result && n <= 3; n++ {
		if listed(k-n, k) {
			return true
		}
	}
	return false
}

// raceCar: "the MCL39", "its SF-25": in a text that reports sport, two or
// three capitals and a two-digit number are a racing car's designation
// (written5's README: an F1 car is a PLATFORM). One capital ("U21",
// "T20") is an age group or a format of cricket, not a car.
func (d *doc) raceCar(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	s := ps[0].s
	w := d.toks[s].text
	e := s + 1
	toks := d.toks
	if carLetters(w) && gluedHyphen(toks, e) && twoDigits(toks[e+1].text) {
		e += 2 // "SF-25"
	} else if i := strings.IndexFunc(w, unicode.IsDigit); i < 0 || !carLetters(w[:i]) || !twoDigits(w[i:]) {
		return false
	}
	if e < len(toks) && toks[e].glued && toks[e].kind == tkWord || !d.sportText() {
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}

func carLetters(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func twoDigits(w string) bool {
	return len(w) == 2 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9'
}

// unitAndOrg: "Velto Industries and Kessel Group will bid": a listed
// organisation, "and" and a name ending in an organisation's head are two
// organisations (andHeads reads the same of two unknown names). When the
// second opens with a head word, "and" joins two trades of one name
// ("Tarvel Opera and Ballet Company").
func (d *doc) unitAndOrg(ps []piece) bool {
	if len(ps) < 4 || ps[0].unit == nil || ps[0].unit.label != "ORG" || !ps[1].conn || d.toks[ps[1].s].text != "and" {
		return false
	}
	right := ps[2:]
	last := d.word(right[len(right)-1])
	if hasConn(right) || hasUnit(right) || !orgHeads.has(last) && !groupHeads.has(last) || orgHeads.has(d.word(right[0])) {
		return false
	}
	d.classify(ps[:1])
	d.classify(right)
	return true
}

// placeForBody: "talks at Abbey Vale for the Kessel Defence Materiel
// Agency": a name of no organisation's word, "for the" and a name ending
// in an organisation's head are two names, the second the body the first
// was for (a body's own "for the" follows one of its heads: "Centre for
// the Study of Tarvel").
func (d *doc) placeForBody(ps []piece) bool {
	for i := 1; i+3 < len(ps); i++ {
		if !ps[i].conn || d.toks[ps[i].s].text != "for" || !ps[i+1].conn || d.toks[ps[i+1].s].text != "the" {
			continue
		}
		left, right := ps[:i], ps[i+2:]
		last := d.word(right[len(right)-1])
		if hasConn(left) || hasConn(right) || len(right) < 2 || !orgHeads.has(last) {
			return false
		}
		for _, p := range left {
			if w := d.word(p); orgHeads.has(w) || groupHeads.has(w) || titleWords.has(w) || programHeads.has(w) || p.unit != nil && p.unit.label != "LOC" && p.unit.label != "GPE" {
				return false
			}
		}
		d.classify(left)
		d.classify(right)
		return true
	}
	return false
}

// legalFormEnds: "a contract with Tarvel Electronics S.A. of Kessel for
// Orvane drones": a company's legal form ends its name; what follows a
// connector is another name ("of" its town, "for" what it makes: a
// "for" parts the rest too). "Co."
// and "Corp." may go on ("Aluminum Co. of Orvania").
func (d *doc) legalFormEnds(ps []piece) bool {
	for i := 1; i+2 < len(ps); i++ {
		if p := ps[i]; p.conn && !companyLinks.has(d.toks[p.s].text) {
			return false // "from Tarvel to Kessel, Inc.": two names joined
		}
		w := d.word(ps[i])
		if !ps[i+1].conn || !legalSuffixes.has(w) && !foreignLegalForms.has(w) || w == "Co." || w == "Corp." || w == "Corp" {
			continue
		}
		d.add(ps[0].s, ps[i].e, "ORG", "")
		rest := ps[i+2:]
		j := 0
		for j < len(rest) && !rest[j].conn {
			j++
		}
		if j > 0 && d.toks[ps[i+1].s].text == "of" && !hasUnit(rest[:j]) {
			// "Tarvel S.A. of Nowa Kessel for Orvane drones": the
			// company's seat is a town
			d.add(rest[0].s, rest[j-1].e, "GPE", "")
			if rest = rest[j:]; len(rest) == 0 {
				return true
			}
		}
		if !d.splitAt(rest, func(p piece) bool { return d.toks[p.s].text == "for" }) {
			d.classify(rest)
		}
		return true
	}
	return false
}

// designNumbered: "the Type 212CD", "Sonar 2087": "Type" or "Sonar" and
// a number of two digits or more, perhaps with a letter mark, name a
// platform's design with no platform noun after them (typeNumber wants
// one); a one-digit "Type 2" is a kind of illness or licence.
func (d *doc) designNumbered(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || !designWords.has(d.word(ps[0])) {
		return false
	}
	s := ps[0].s
	toks := d.toks
	if s+1 >= len(toks) || toks[s+1].glued || toks[s+1].newline || d.used[s+1] || !designNumber(toks[s+1].text) {
		return false
	}
	return d.add(s, s+2, "PLATFORM", "")
}

// designNumber: two to four digits and at most three capitals after them
// ("26", "052D", "212CD").
func designNumber(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i < 2 || i > 4 || len(w)-i > 3 {
		return false
	}
	return allCapitals(w[i:])
}

// knownAs: "the Orvane launcher, known in Kessel as Tarvel-K", "the
// Kessel jet, also called Orvane": a name given as another name of a
// platform named just before it in the sentence is a platform too
// (written6's README: a licence-built name is its own PLATFORM).
func (d *doc) knownAs(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if hasConn(ps) || s < 2 || len(d.mentions) == 0 {
		return false
	}
	k := s - 1
	if toks[k].text == "as" {
		for k--; k > s-6 && k > 0 && !toks[k].sentStart && !aliasVerbs.has(toks[k].text); k-- {
		}
	}
	if !aliasVerbs.has(toks[k].text) || toks[k].text == "known" && toks[s-1].text != "as" {
		return false
	}
	// the mention before the verb ("known in Kessel as": Kessel is after it)
	i := len(d.mentions) - 1
	for i > 0 && d.mentions[i].s >= k {
		i--
	}
	m := d.mentions[i]
	if m.label != "PLATFORM" || m.e > k || m.e < k-4 {
		return false
	}
	for j := m.e; j < s; j++ {
		if toks[j].sentStart {
			return false
		}
	}
	// "Tarvel-K": a mark after a hyphen is part of the name
	if gluedHyphen(toks, e) && toks[e+1].kind == tkWord && !d.used[e+1] {
		e += 2
	}
	return d.add(s, e, "PLATFORM", "")
}

// spaceText reports whether the text reports spaceflight: two different
// words of space (spaceWords: "orbit", "spacecraft", "telescope"...). Read
// once a text.
func (d *doc) spaceText() bool {
	st := &d.orgs8
	if !st.spaceRead {
		st.spaceRead = true
		first := ""
		for _, t := range d.toks {
			if w := t.text; spaceWords.has(w) && w != first {
				if first != "" {
					st.space = true
					break
				}
				first = w
			}
		}
	}
	return st.space
}

// craftAcronym: "PLATO will reach its orbit", "TESS has found 600
// planets", "the HTV-X1": in a text of spaceflight an acronym that no
// list or bracket defines and that does what a craft does is the craft
// (written5's README: science spacecraft and telescopes are PLATFORM even
// where their name names the mission), and so is one with a serial after
// a hyphen.
func (d *doc) craftAcronym(ps []piece) bool {
	if ps[0].unit != nil || !plainAcronym(d.word(ps[0])) {
		return false
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	serial := len(ps) == 3 && ps[1].conn && toks[ps[1].s].text == "-" && ps[2].unit == nil && ps[2].e-ps[2].s == 1 && hasDigit(toks[ps[2].s].text)
	switch {
	case serial:
		e = ps[2].e
	case len(ps) != 1 || !d.craftDeedAt(e):
		return false
	}
	if !d.spaceText() {
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}

// craftDeedAt reports a verb of what a craft does at k, perhaps after an
// auxiliary: "will reach", "has found", "was launched", "docked".
func (d *doc) craftDeedAt(k int) bool {
	toks := d.toks
	for n := 0; k < len(toks) && n < 2 && !toks[k].sentStart; k, n = k+1, n+1 {
		if craftDeeds.has(toks[k].text) {
			return true
		}
		if !auxiliaryVerbs.has(toks[k].text) {
			return false
		}
	}
	return false
}

func hasDigit(w string) bool { return strings.IndexFunc(w, unicode.IsDigit) >= 0 }

// missionIn: "the United Nations Support Office in Kessel", "NATO Security
// Assistance and Training for Orvania": an international body's name, the
// words of what it does and the country it works in or for name one of
// its offices or missions (an ORG). Programmes, events and posts of the
// body ("NATO Summit in Tarvel", "UN Envoy for Kessel") keep their rules.
func (d *doc) missionIn(ps []piece) bool {
	n := len(ps)
	if n < 4 || ps[0].unit == nil || ps[0].unit.label != "ORG" || ps[n-1].unit == nil || ps[n-1].unit.label != "GPE" || !ps[n-2].conn {
		return false
	}
	if w := d.toks[ps[n-2].s].text; w != "in" && w != "for" {
		return false
	}
	for k := ps[0].s; k < ps[0].e; k++ {
		if !missionOwners.has(d.toks[k].text) {
			return false
		}
	}
	for _, p := range ps[1 : n-2] {
		w := d.word(p)
		if p.conn && d.toks[p.s].text != "and" || p.unit != nil || programHeads.has(w) || eventHeads.has(w) {
			return false
		}
	}
	// a post's head ends the words before a post's country: "Envoy for"
	if last := d.word(ps[n-3]); titleWords.has(last) || roleHeads.has(last) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// hyphenFirm: "the Kessel-Tarvel plant", "shares of Kessel-Tarvel", "the
// shipping line A.B. Kessel-Tarvel": two names joined by a hyphen, perhaps
// after initials, are one company's name where a company's context stands
// around them (a works' noun after, shares, a stake or a company's noun
// before), before the hyphen parts them.
func (d *doc) hyphenFirm(ps []piece) bool {
	i := 0
	if len(ps) == 4 && initials(d.word(ps[0])) {
		i = 1
	}
	if len(ps)-i != 3 || !ps[i+1].conn || d.toks[ps[i+1].s].text != "-" {
		return false
	}
	// a given name first is a person's ("Anne-Marie"); after the hyphen
	// it may be a founder's surname ("Hapag-Lloyd")
	if ps[i].unit != nil || ps[i+2].unit != nil || ps[i].e-ps[i].s != 1 || ps[i+2].e-ps[i+2].s != 1 || d.a.givenNames.has(d.word(ps[i])) {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	after := e < len(toks) && worksNouns.has(toks[e].text)
	before := s > 1 && (toks[s-1].text == "of" || toks[s-1].text == "in") && stakeNouns.has(strings.ToLower(toks[s-2].text)) ||
		s > 0 && orgNouns.has(toks[s-1].text)
	if !after && !before {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// teamPossessive: "Kessels' Tarvel Orvane was third": a listed team's
// name ending in "s", its apostrophe and a name after it are the team and
// one of its people (the apostrophe joined them in one run), in a text that
// reports sport.
func (d *doc) teamPossessive(ps []piece) bool {
	k := 1
	for k < len(ps) && !(ps[k].conn && isApostrophe([]rune(d.toks[ps[k].s].text)[0])) {
		k++
	}
	if k >= len(ps)-1 || ps[k-1].conn {
		return false
	}
	s, e := ps[0].s, ps[k-1].e
	if e-s > 3 || !d.a.teamShortNames[d.surface(s, e)] || !d.sportText() {
		return false
	}
	d.add(s, e, "ORG", "")
	d.classify(ps[k+1:])
	return true
}

// givenNamePlatform: "Charles Leclerc took pole ... Leclerc said": a known
// given name before a one-word platform of the lists (a tank, a missile
// named after a person) is a person's name, and so is that word alone
// after it.
func (d *doc) givenNamePlatform(ps []piece) bool {
	last := ps[len(ps)-1]
	if last.unit == nil || last.unit.label != "PLATFORM" || last.e-last.s != 1 {
		return false
	}
	switch {
	case len(ps) == 1:
		e := last.e
		if !d.readMentions().surnames[d.toks[last.s].text] || e < len(d.toks) && (platformNouns.has(d.toks[e].text) || moreCraftNouns.has(d.toks[e].text)) {
			return false // "its Leclerc tanks": the platform
		}
	case len(ps) != 2 || ps[0].unit != nil || !d.a.givenNames.has(d.word(ps[0])):
		return false
	}
	return d.add(ps[0].s, last.e, "PERSON", "")
}

// companyDivision: "Tarvel Defence and Space", "Kessel Alenia Space",
// "Tarvel Defence Australia": a listed organisation's
// name and the words of one of its fields or the country it works in name
// a division or a subsidiary of it, one organisation (the field's word or
// the country ends the run). A body in capitals or of a generic head
// before a country ("EU Australia", "State Department Kessel") is no
// company, and "and" joins no country ("Kessel Industries and Orvania").
func (d *doc) companyDivision(ps []piece) bool {
	n := len(ps)
	if n < 2 || ps[0].unit == nil || ps[0].unit.label != "ORG" {
		return false
	}
	last := ps[n-1]
	country := last.unit != nil && d.a.countries[last.unit.canonical] && !allCapitals(d.toks[ps[0].s].text) && !genericHeads.has(d.toks[ps[0].e-1].text)
	if country {
		n-- // a field's word must stand between: nationalArm reads "Kessel Australia"
	} else if !divisionWords.has(d.word(last)) {
		return false
	}
	if n < 2 {
		return false
	}
	for _, p := range ps[1:n] {
		w := d.toks[p.s].text
		if p.unit != nil || p.conn && w != "and" && w != "&" || !p.conn && d.a.givenNames.has(w) || country && (p.conn || !divisionWords.has(w)) {
			return false
		}
	}
	return d.add(ps[0].s, last.e, "ORG", "")
}

// bracketShortName: "the Kessel Ports Authority (Kesport)", "Tarvel
// Semiconductor Industries (Tasi)": one word in brackets right after an
// organisation's name is its short name, though not its initials (a blend
// or a name in its own language; a word of lower-case letters, no
// designator: "(OA-1)"), and names it again later in the text.
func (d *doc) bracketShortName(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || len(d.mentions) == 0 {
		return false
	}
	s := ps[0].s
	toks := d.toks
	w := toks[s].text
	m := d.mentions[len(d.mentions)-1]
	if s < 2 || s+1 >= len(toks) || toks[s-1].text != "(" || toks[s+1].text != ")" || m.e != s-1 || m.label != "ORG" || len(w) < 4 || !isCapitalised(w) || strings.IndexFunc(w, unicode.IsLower) < 0 || hasDigit(w) || d.a.givenNames.has(w) {
		return false
	}
	canonical := m.canonical
	if canonical == "" {
		canonical = d.surface(m.s, m.e)
	}
	d.add(s, s+1, "ORG", canonical)
	for i := range d.positions(w) {
		if i > s+1 && !d.used[i] {
			if _, ok := d.units[i]; !ok {
				d.setUnit(i, unit{end: i + 1, gazHit: gazHit{label: "ORG", canonical: canonical}})
			}
		}
	}
	return true
}

// armedService: "the Navy deployed troops", "awarded by the Army", "the
// Treasury approved it": an armed service's or the finance ministry's word
// alone after "the", capitalised, is that body of the story's country
// (GUIDELINES' ORG takes armed services and ministries; written6's README
// annotates "Navy" alone).
func (d *doc) armedService(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !serviceWords.has(d.word(ps[0])) {
		return false
	}
	s := ps[0].s
	if s == 0 || d.toks[s-1].text != "the" && d.toks[s-1].text != "The" {
		return false
	}
	return d.add(s, s+1, "ORG", "")
}

// cityClubPossessive: "Tarvel's innings never recovered", "Kessel's
// coach said": in a sports text a city's name, its "'s" and a team's word
// (its coach, captain, fans, innings, striker) is the city's club; a
// country's stays the country's (national sides are GPE).
func (d *doc) cityClubPossessive(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical] {
		return false
	}
	e := ps[0].e
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != "'s" && toks[e].text != "’s" || !teamRoles.has(toks[e+1].text) && !sportWords.has(toks[e+1].text) || !d.sportText() {
		return false
	}
	return d.add(ps[0].s, e, "ORG", "")
}
