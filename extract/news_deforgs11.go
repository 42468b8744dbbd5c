package extract

import "strings"

// Rules for organisations in defence news (round 11): commands named with
// the region they serve ("Naval Forces Europe-Africa", "Air Forces in
// Europe"), units by their kind and base or number ("Fighter Wing Kessel",
// "Tactical Air Wing 74") or by a Roman numeral ("VI Brigada Aérea"),
// research establishments, a contract notice's company with its article
// ("The Kessel Co., Tarvel, Texas, has been awarded") and its division
// ("Kessel Dynamics Electric Boat, Tarvel, Texas,"), bodies named after a
// royal ("King Kessel Center for ..."), a think tank's project ("the
// Kessel Project at CSIS"), joint ventures, outlets in a byline or a
// dateline's brackets, and plural ranks that are no body ("the Service
// Chiefs"). Each is a chunk rule (chunkRules says where it stands) with
// its cue sets in cues.txt.

// regionalCommand: "U.S. Naval Forces Europe-Africa", "U.S. Army
// Pacific", "Naval Striking and Support Forces NATO", "U.S. Air Forces in
// Europe": a service's name and the region, country or alliance it serves
// after it are one command; "and" before a second service's name makes two
// ("... Central Command and U.S. Marine Corps Forces Pacific").
func (d *doc) regionalCommand(ps []piece) bool {
	if len(ps) < 2 || !d.hasCommandHead(ps) {
		return false
	}
	if d.commandShape(ps) {
		return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
	}
	for i, p := range ps {
		if !p.conn || d.toks[p.s].text != "and" || i == 0 {
			continue
		}
		j := i + 1
		for j < len(ps) && ps[j].conn {
			j++ // "and the"
		}
		if j < len(ps) && (d.commandShape(ps[:i]) || d.commandShape(ps[j:])) {
			d.classify(ps[:i])
			d.classify(ps[j:])
			return true
		}
	}
	return false
}

// commandHead: a service's head word, or a listed body ending in one.
func (d *doc) commandHead(p piece) bool {
	return !p.conn && commandHeads.has(d.toks[p.e-1].text) && (p.unit == nil || p.unit.label == "ORG")
}

// hasCommandHead is the cheap guard of regionalCommand: a service's word,
// alone or ending a listed body.
func (d *doc) hasCommandHead(ps []piece) bool {
	for _, p := range ps {
		if !p.conn && commandHeads.has(d.toks[p.e-1].text) {
			return true
		}
	}
	return false
}

// commandShape: a service's head (a word, or a listed body ending in one,
// "U.S. Army"), something before it unless the head is such a body, and
// after it only regions, countries, acronyms of alliances or a command's
// listed name, joined by a hyphen or "and" ("in" only right after
// "Forces", before a continent or an ocean), or after "Command" one word
// that is no English word (its base).
func (d *doc) commandShape(ps []piece) bool {
	head := -1
	for i, p := range ps {
		if d.commandHead(p) {
			head = i
			break
		}
	}
	if head < 0 || head == 0 && ps[0].unit == nil {
		return false
	}
	for head+1 < len(ps) && ps[head+1].unit == nil && d.commandHead(ps[head+1]) {
		head++ // "Marine Corps Forces", "Joint Force Command"; a listed command is the tail
	}
	if head == len(ps)-1 {
		return false
	}
	for i := head + 1; i < len(ps); i++ {
		p := ps[i]
		w := d.toks[p.s].text
		switch {
		case p.conn && (w == "-" || w == "and") && i > head+1 && i < len(ps)-1:
		case p.conn && w == "in" && i == head+1 && d.toks[ps[head].s].text == "Forces" && i+1 < len(ps) && ps[i+1].unit != nil && ps[i+1].unit.label == "LOC":
		case p.unit != nil && (p.unit.label == "LOC" || p.unit.label == "GPE"):
		case p.unit != nil && p.unit.label == "ORG" && (allCapitals(w) || d.toks[p.e-1].text == "Command"):
		case p.unit == nil && i == head+1 && i == len(ps)-1 && d.toks[ps[head].e-1].text == "Command" && d.a.uncommon(w):
			// "Joint Force Command Brunssum": a command's base no list holds
		default:
			return false
		}
	}
	return true
}

// basedUnit: "Fighter Wing Kessel", "Tactical Air Wing 74", "Standing
// Orvane Maritime Group 2", "Combined Task Force 150": a unit's kind after
// a word of its arm, then its base's name or its number, is the unit
// ("Wing Commander" is a rank; in a sports text "Qualifying Group 2" is
// a stage of a tournament).
func (d *doc) basedUnit(ps []piece) bool {
	n := len(ps)
	if n < 2 || hasConn(ps) {
		return false
	}
	toks := d.toks
	last := d.word(ps[n-1])
	if basedUnitKinds.has(last) || last == "Group" || last == "Force" {
		e := ps[n-1].e
		if e < len(toks) && !toks[e].newline && !toks[e].glued && isNumber(toks[e].text) && len(toks[e].text) <= 3 && d.free(e, e+1) && !(last == "Group" && d.sportText()) {
			return d.add(ps[0].s, e+1, "ORG", "")
		}
		return false
	}
	if n < 3 || !basedUnitKinds.has(d.word(ps[n-2])) || titleWords.has(last) || orgHeads.has(last) {
		return false
	}
	if u := ps[n-1].unit; u != nil && u.label != "GPE" && u.label != "LOC" {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// romanUnit: "VI Brigada Aérea", "XVIII Airborne Corps": a Roman numeral
// opening a name with a unit's word numbers the unit; "the II Brigada and
// the V Brigada" are two.
func (d *doc) romanUnit(ps []piece) bool {
	if len(ps) < 2 || ps[0].unit != nil || !d.romanOpens(ps) {
		return false
	}
	for i, p := range ps {
		if p.conn && d.toks[p.s].text == "and" && i > 0 {
			j := i + 1
			for j < len(ps) && ps[j].conn {
				j++
			}
			if j < len(ps) && d.romanOpens(ps[j:]) {
				d.classify(ps[:i])
				d.classify(ps[j:])
				return true
			}
			return false
		}
	}
	for i, p := range ps {
		if p.conn && i > 0 && d.toks[p.s].text == "in" {
			if !d.romanUnit(ps[:i]) {
				return false
			}
			d.classify(ps[i+1:]) // "the VI Brigada in Kessel Province": the place stays apart
			return true
		}
	}
	for _, p := range ps[1:] {
		if w := d.word(p); militaryUnits.has(w) || foreignUnitWords.has(w) {
			return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
		}
	}
	return false
}

// romanOpens: the chunk opens with a Roman numeral of two letters or more
// ("II", "VI", "XVIII"), or of one right before a unit's word ("V Corps",
// "V Brigada"); a lone "I" or "V" is a pronoun or a letter as often.
func (d *doc) romanOpens(ps []piece) bool {
	w := d.word(ps[0])
	if len(w) == 1 {
		return len(ps) > 1 && isRoman(w) && (militaryUnits.has(d.word(ps[1])) || foreignUnitWords.has(d.word(ps[1])))
	}
	return len(w) >= 2 && isRoman(w)
}

// isRoman: w is written in the letters of Roman numerals up to L.
func isRoman(w string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L':
		default:
			return false
		}
	}
	return true
}

// researchEstablishment: "the Kessel Defence Research Establishment": an
// establishment of research, weapons or trials is a body.
func (d *doc) researchEstablishment(ps []piece) bool {
	n := len(ps)
	if n < 2 || d.word(ps[n-1]) != "Establishment" || !establishmentKinds.has(d.word(ps[n-2])) {
		return false
	}
	for i := n - 2; i > 0; i-- {
		if ps[i].conn && d.toks[ps[i].s].text == "the" && ps[i-1].conn && d.toks[ps[i-1].s].text == "and" {
			d.classify(ps[:i-1]) // "the Kessel Group and the Tarvel ... Establishment"
			return d.add(ps[i+1].s, ps[n-1].e, "ORG", "")
		}
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// noticeCompany: "The Kessel Co., Tarvel, Texas, has been awarded": in a
// contract notice a company's "The" opens its line and its name, and the
// place of the works follows after a comma; "Kessel Dynamics Electric
// Boat, Tarvel," is the company's division named whole.
func (d *doc) noticeCompany(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != "," || toks[e+1].newline || hasConn(ps) || !d.noticePlace(e+1) {
		return false
	}
	if (legalSuffixes.has(toks[e-1].text) || toks[e-1].text == "Company" || toks[e-1].text == "Corporation") && s > 0 && toks[s-1].text == "The" && (s == 1 || toks[s-1].newline) && d.free(s-1, s) {
		return d.add(s-1, e, "ORG", "")
	}
	if n < 3 || n > 5 || ps[0].unit == nil || ps[0].unit.label != "ORG" || !toks[s].newline && s > 0 {
		return false
	}
	for _, p := range ps[1:] {
		if p.unit != nil || titleWords.has(d.word(p)) {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// noticePlace: token k opens a place of a contract notice: a place's name
// (listed or not) and a comma, then a state's or country's name.
func (d *doc) noticePlace(k int) bool {
	toks := d.toks
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].text == "," {
			u, ok := d.unitAt(j + 1)
			return j > k && ok && u.label == "GPE"
		}
		if !isCapitalised(toks[j].text) && toks[j].text != "." {
			return false
		}
	}
	return false
}

// royalBody: "the King Kessel Center for Research", "the Sheikh Tarvel
// Institute": a royal's title and name before a body's head are the
// body's name, not a person.
func (d *doc) royalBody(ps []piece) bool {
	n := len(ps)
	if n < 3 || !royalTitles.has(d.word(ps[0])) {
		return false
	}
	for i, p := range ps[2:] {
		if p.conn {
			return false
		}
		if royalBodyHeads.has(d.word(p)) {
			if i+3 < n && !ps[i+3].conn {
				return false // the head ends the name or opens its "for ..."
			}
			return d.add(ps[0].s, ps[n-1].e, "ORG", "")
		}
	}
	return false
}

// hostedProject: "the Kessel Defense Project at CSIS", "the Tarvel
// Information Project at the Federation of ...": a project housed at a
// body is a team of that body, an organisation.
func (d *doc) hostedProject(ps []piece) bool {
	n := len(ps)
	if n < 2 || !hostedHeads.has(d.word(ps[n-1])) || hasConn(ps) {
		return false
	}
	e := ps[n-1].e
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != "at" {
		return false
	}
	k := e + 1
	if toks[k].text == "the" && k+1 < len(toks) {
		k++
	}
	if u, ok := d.unitAt(k); ok && u.label == "ORG" || len(toks[k].text) >= 3 && allCapitals(toks[k].text) {
		return d.add(ps[0].s, e, "ORG", "")
	}
	for j := k; j < len(toks) && j < k+5 && isCapitalised(toks[j].text) && !toks[j].newline; j++ {
		if orgHeads.has(toks[j].text) {
			return d.add(ps[0].s, e, "ORG", "") // "at the Kessel Institute"
		}
	}
	return false
}

// jointVenture: "the industrial joint venture Kessel", "Kesselwing, the
// joint venture of ...", "Tarvel, a consortium of": a joint venture named
// is a body (and its name alone later, by propagation).
func (d *doc) jointVenture(ps []piece) bool {
	n := len(ps)
	if n > 3 || hasConn(ps) || !onlyOrgUnits(ps) {
		return false
	}
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s >= 2 && toks[s-1].text == "venture" && toks[s-2].text == "joint" || s >= 1 && toks[s-1].text == "consortium" {
		return d.add(s, e, "ORG", "")
	}
	if e+3 < len(toks) && toks[e].text == "," && articles.has(toks[e+1].text) &&
		(toks[e+2].text == "joint" && toks[e+3].text == "venture" || toks[e+2].text == "consortium") {
		return d.add(s, e, "ORG", "")
	}
	return false
}

// outletCredit: "By Anna Kessel, Tarvel Defence Review" ending a byline's
// line, "TOKYO (Kessel Maritime Review) —" in a dateline's brackets: an
// outlet's name, though a place opens it (the dateline's capitals are read
// as written: the tokens hold the city's name in its usual case).
func (d *doc) outletCredit(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s < 2 || n < 2 {
		return false
	}
	if toks[s-1].text == "(" && e+1 < len(toks) && toks[e].text == ")" && (clauseOpener(toks[e+1].text) || toks[e+1].text == "-") && allCapitals(d.orig[toks[s-2].start:toks[s-2].end]) {
		return d.add(s, e, "ORG", "")
	}
	if toks[s-1].text != "," || e < len(toks) && !toks[e].newline || strings.HasSuffix(toks[e-1].text, "ing") {
		return false // "By A. Kessel, Local Democracy Reporting": a scheme's name, no outlet's
	}
	for _, p := range ps {
		if bylinePosts.has(d.word(p)) {
			return false // "By A. Kessel, Staff Writer": the writer's post
		}
	}
	for k := s - 2; k >= 0 && k >= s-6; k-- {
		if toks[k].text == "By" && (k == 0 || toks[k].newline) {
			return d.add(s, e, "ORG", "")
		}
		if !isCapitalised(toks[k].text) && toks[k].text != "." {
			return false
		}
	}
	return false
}

// pluralRanks: "the three Service Chiefs", "the Combatant Commanders":
// the holders of a kind of post are people, not a body; "the Combatant
// Commands" are a kind of body, none named.
func (d *doc) pluralRanks(ps []piece) bool {
	return len(ps) == 2 && rankKindWords.has(d.word(ps[0])) && pluralPosts.has(d.word(ps[1]))
}

// mixedAcronym: "state-owned KAdeT", "the OrDB": one word of three
// capitals or more with lower-case letters among them (a capital after
// them: "BARTrail" is an acronym run into a word), no digit and no
// plural's "s", is a body's acronym that keeps its small words' letters.
func (d *doc) mixedAcronym(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	w := d.toks[ps[0].s].text
	if len(w) < 4 || len(w) > 8 || w[len(w)-1] == 's' || !isCapitalised(w) {
		return false
	}
	upper, lower, inner := 0, 0, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
			inner = inner || lower > 0
		case c >= 'a' && c <= 'z':
			lower++
		default:
			return false
		}
	}
	if upper < 3 || !inner {
		return false // "BARTrail": an acronym run into a word
	}
	return d.add(ps[0].s, ps[0].e, "ORG", "")
}
