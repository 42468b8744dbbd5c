package extract

import "strings"

// Rules for organisations in general and defence news (round 9): bodies
// named in Portuguese, Spanish, French or Italian ("Banco do Kessel"),
// exchanges named by their operator and city ("Nasdaq Tarvel"), criminal
// groups ("the Kessel Cartel"), a city's government ("Tarvel City
// Municipality"), headquarters ("Defence Headquarters"), an armed group's
// province ("Islamic State Kessel Province") and military units by their
// ordinal ("7th Division") or their number after a one-word German name
// ("Panzerbrigade 45"). Each is a chunk rule (chunkRules says where it
// stands) with its cue sets in cues.txt.

// foreignOrgName: "Banco do Kessel", "Caixa Geral de Tarvel", "Tarvel
// Construções Navais": a name opened by a body's generic word in one of
// those languages, or holding a word of a firm's field in them, is the
// body whole; its "do"/"de" is no person's particle. "X and Banco Y" is
// two bodies.
func (d *doc) foreignOrgName(ps []piece) bool {
	rest := []piece(nil)
	for i, p := range ps {
		if p.conn && i > 0 && bodyEndPrepositions.has(d.toks[p.s].text) {
			ps, rest = ps[:i], ps[i+1:] // "Tarvel Investimentos in Kessel"
			break
		}
	}
	names := 0
	firm := false
	for _, p := range ps {
		if !p.conn {
			names++
			firm = firm || foreignFirmWords.has(d.word(p))
		}
	}
	e := d.bodyParticleName(ps[len(ps)-1].e) // "do Kessel" is no chunk's part
	if names < 2 && e == ps[0].e {
		return false
	}
	if !d.foreignBody(ps) && !firm { // a head may open a listed name: "Instituto"
		return false
	}
	for i, p := range ps[:len(ps)-1] {
		if w := d.toks[p.s].text; p.conn && i > 0 && (w == "and" || w == "&") {
			// "Centro Kessel and the Banco Tarvel", "Colegio de Tarvel
			// and Kessel University": the second body opens after the
			// connectors, or is a whole name by its head word
			j := i + 1
			for j < len(ps) && ps[j].conn {
				j++
			}
			// an English "and" joins no words of a name in another language:
			// "the Parti Socialiste and PVDA-PTB" are two parties
			if j < len(ps) && (w == "and" || d.foreignBody(ps[j:]) || orgHeads.has(d.word(ps[len(ps)-1]))) {
				d.classify(ps[:i])
				d.classify(ps[j:])
				return true
			}
		}
	}
	d.add(ps[0].s, e, "ORG", "")
	if len(rest) > 0 {
		d.classify(rest)
	}
	return true
}

// foreignBody: the chunk opens with a foreign body's word ("Banco",
// "Policía"); "Centro" opens a town centre's name too ("Centro Histórico").
func (d *doc) foreignBody(ps []piece) bool {
	first := d.toks[ps[0].s].text
	return foreignBodyStarts.has(first) && !(first == "Centro" && len(ps) > 1 && placeAfterCentro.has(d.toks[ps[1].s].text))
}

// bodyParticleName returns the end of the name that particles, or the
// "e", "y" and "et" of those languages, and capitalised words after token
// e add to a body's name ("Banco" "de la Kessel", "Instituto de Tarvel"
// "e Kessel"); e when there is none.
func (d *doc) bodyParticleName(e int) int {
	toks := d.toks
	for {
		k := e
		for k < len(toks) && k < e+2 && !d.used[k] && !toks[k].newline && (nameParticles.has(toks[k].text) || toks[k].text == "e" || toks[k].text == "y" || toks[k].text == "et") {
			k++
		}
		if k == e {
			return e
		}
		end := k
		for {
			p, ok := d.itemAt(end)
			if !ok || toks[p.s].newline {
				break
			}
			end = p.e
		}
		if end == k {
			return e
		}
		e = end
	}
}

// exchangeCity: "shares rose on Nasdaq Tarvel": an exchange operator and
// a city name one exchange.
func (d *doc) exchangeCity(ps []piece) bool {
	if len(ps) != 2 || ps[0].e-ps[0].s != 1 || !exchangeOperators.has(d.toks[ps[0].s].text) || ps[1].unit == nil || ps[1].unit.label != "GPE" {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "ORG", "")
}

// groupTail: "the Tarvel Cartel", "the Gulf Cartel": a cartel's name ends
// in its kind, and a place before it names the group, not the place.
func (d *doc) groupTail(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || !groupTails.has(d.word(ps[n-1])) || hasConn(ps) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// cityBody: "Tarvel City Municipality said", "the Kessel Metropolitan
// Administration", "Orvane Metropolitan City": a city's government by its
// name and its kind is a body, though a city's name opens it; "in Tarvel
// Municipality", "in Orvane Metropolitan City" are the place.
func (d *doc) cityBody(ps []piece) bool {
	n := len(ps)
	if n < 2 || hasConn(ps) {
		return false
	}
	tail, before := d.word(ps[n-1]), d.word(ps[n-2])
	metroCity := tail == "City" && before == "Metropolitan" // "Tarvel Metropolitan City"
	if !cityBodyTails.has(tail) && !metroCity {
		return false
	}
	if tail == "Administration" || tail == "Corporation" {
		if before != "City" && before != "Metropolitan" && before != "Municipal" {
			return false
		}
	} else if s := ps[0].s; s > 0 && placeOnlyPrepositions.has(d.toks[s-1].text) {
		return false // "floods in Tarvel Metropolitan City": the place
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// headquartersName: "Defence Headquarters said", "Tarvel Armed Forces
// Headquarters": a name ending in "Headquarters" is the command it
// houses, a body.
func (d *doc) headquartersName(ps []piece) bool {
	n := len(ps)
	if n < 2 || hasConn(ps) || d.word(ps[n-1]) != "Headquarters" {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// groupProvince: "Islamic State Kessel Province": an armed group's name
// and a region's name with "Province" is the group's branch there, not a
// province.
func (d *doc) groupProvince(ps []piece) bool {
	n := len(ps)
	if n < 3 || ps[0].unit == nil || ps[0].unit.label != "ORG" || d.word(ps[n-1]) != "Province" || hasConn(ps) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// ordinalUnit: "the 7th Division", "12th Brigade": a unit's word alone
// after an ordinal is that unit (longer names take their number in
// leadingNumber).
func (d *doc) ordinalUnit(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || ps[0].s == 0 {
		return false
	}
	s := ps[0].s
	w := d.toks[s].text
	if !militaryUnits.has(w) || w == "Team" || w == "Group" {
		return false
	}
	toks := d.toks
	if t := toks[s-1]; t.newline || d.used[s-1] || !isOrdinal(t.text) {
		return false
	}
	if s+2 < len(toks) && toks[s+1].text == "," && isOrdinal(toks[s+2].text) {
		return false // "1st Battalion, 5th Rifle Regiment": leadingNumber joins them
	}
	return d.add(s-1, s+1, "ORG", "")
}

// numberedUnit: "Panzerbrigade 45", "Jägerbataillon 292": one word ending
// in a unit's kind, German or Scandinavian, and its number name the unit.
func (d *doc) numberedUnit(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	s := ps[0].s
	toks := d.toks
	if s+1 >= len(toks) || toks[s+1].newline || toks[s+1].glued || !isNumber(toks[s+1].text) {
		return false
	}
	w := strings.ToLower(toks[s].text)
	for k := range unitSuffixes.all() {
		if len(w) > len(k)+2 && strings.HasSuffix(w, k) {
			return d.add(s, s+2, "ORG", "")
		}
	}
	return false
}

// bodyLongForm: "Centre for Kessel Systems and Sciences (CKSS)", "Islamic
// State Tarvel Province (ISTP)": the long form of a defined acronym that
// opens with a body's word and "for" or "of", or with an armed group's
// name and ends in "Province", or whose acronym holds "&", is the body's,
// whatever words and "and" it holds (the acronym's letters already match
// its words).
func (d *doc) bodyLongForm(s, e int) bool {
	toks := d.toks
	if e-s >= 3 && orgStarts.has(toks[s].text) && (toks[s+1].text == "for" || toks[s+1].text == "of") {
		return true
	}
	if u, ok := d.unitAt(s); ok && u.label == "ORG" && u.end < e-1 && toks[e-1].text == "Province" {
		return true
	}
	// "Kessel Equipment and Tarvel Support (KE&TS)": an ampersand in the
	// acronym of three or more words is a body's, as companies write
	// theirs; two words are a field ("Research and Development (R&D)")
	if e+2 >= len(toks) || toks[e].text != "(" || e-s < 4 {
		return false
	}
	for i := e + 1; i < len(toks) && i <= e+3 && toks[i].text != ")"; i++ {
		if strings.Contains(toks[i].text, "&") {
			return true
		}
	}
	return false
}

// schoolName: "Tarvel Girls' High School", "Kessel Boys' College": a name,
// its pupils' word with a plural possessive and a school's kind are one
// school, not a person and a school.
func (d *doc) schoolName(ps []piece) bool {
	n := len(ps)
	if n < 4 || !schoolHeads.has(d.word(ps[n-1])) {
		return false
	}
	for i := 4; i < n-1; i++ {
		// "Tarvel Girls' High School and Kessel Boys' College": two
		if ps[i].conn && d.toks[ps[i].s].text == "and" && d.schoolName(ps[:i]) {
			d.classify(ps[i+1:])
			return true
		}
	}
	pupils := 0
	for i, p := range ps {
		switch {
		case p.conn && (i == 0 || !pupilWords.has(d.word(ps[i-1])) || !isApostrophe([]rune(d.toks[p.s].text)[0])):
			return false
		case p.conn:
			pupils = i
		}
	}
	if pupils < 2 {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// partyFaction: "the Kessel Party of Tarvel (Unified Socialist)", "Janata
// Dal (United)": a faction's name in brackets right after a party's name
// is part of it, as the parties register them; an acronym or a place in
// the brackets is not ("Labour Party (UK)").
func (d *doc) partyFaction(ps []piece) bool {
	toks := d.toks
	// "the Kessel Congress and the Tarvel Party (Unified)": the faction
	// is the last party's
	left := -1
	for i, p := range ps {
		if w := toks[p.s].text; p.conn && (w == "and" || w == ",") {
			left = i
		}
	}
	first := left + 1
	for first < len(ps) && ps[first].conn {
		first++
	}
	party := false
	for _, p := range ps[first:] {
		party = party || partyHeads.has(d.word(p))
	}
	e := ps[len(ps)-1].e
	if !party || e+2 >= len(toks) || toks[e].text != "(" {
		return false
	}
	lower := false
	k := e + 1
	for ; k < len(toks) && k <= e+5 && toks[k].text != ")"; k++ {
		t := toks[k]
		if _, unit := d.units[k]; unit || t.newline || d.used[k] {
			return false
		}
		if t.text == "-" || t.text == "–" {
			continue
		}
		if t.kind != tkWord || !isCapitalised(t.text) {
			return false
		}
		lower = lower || !allCapitals(t.text)
	}
	if k >= len(toks) || toks[k].text != ")" || k == e+1 || !lower {
		return false
	}
	if left >= 0 {
		d.classify(ps[:left])
	}
	return d.add(ps[first].s, k+1, "ORG", "")
}

// programOffice: "Program Executive Office Kessel and Tarvel", "Joint
// Program Office Kessel": the U.S. services' acquisition offices are named
// by the office's words and its portfolio, whose "and" joins one name.
func (d *doc) programOffice(ps []piece) bool {
	if len(ps) < 4 || ps[0].unit != nil || ps[1].unit != nil || ps[2].unit != nil || d.word(ps[2]) != "Office" {
		return false
	}
	if w0, w1 := d.word(ps[0]), d.word(ps[1]); !(w0 == "Program" && w1 == "Executive") && !(w0 == "Joint" && w1 == "Program") {
		return false
	}
	for _, p := range ps[3:] {
		if w := d.toks[p.s].text; p.conn && w != "and" && w != "&" {
			return false
		}
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
}

// clubPrefix: "RS Tarvel beat FK Kessel": in a sports text a club's
// abbreviated form and a name after it are the club, though the name is
// a town's.
func (d *doc) clubPrefix(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || ps[0].e-ps[0].s != 1 || !clubPrefixes.has(d.toks[ps[0].s].text) || hasConn(ps) || !d.sportText() {
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
}
