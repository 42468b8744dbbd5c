package extract

import "strings"

// Round 12's rules for defence platforms and organisations: units by a
// cardinal number ("No. 11 Squadron", "816 Squadron"), directorates
// general, a group's initials before its listed company ("HD Kessel
// Heavy Industries"), a range's letters before a missile's acronym
// ("MR-SAM"), ships' names with a hyphenated syllable ("ROKS Kessel
// Yeong-sil"), a platform's mark with its number ("the Caesar Mk II",
// "F-16 Block 70"), a designator's family or a name named again with
// another number ("KESAT-7R ... KESAT-7", "Kessel 4 ... Kessel 2"), a
// listed variant's word, a revised class ("Improved Kilo"), a system and
// its missile side by side ("Patriot PAC-3 MSE"), a release's capitals
// header (its month, "by PIB Delhi"), shared ship prefixes in a text of
// navies ("SAS Kessel"), a maker's model number ("Dornier 228") and craft
// ("a Dornier from"), "People's" services, types named in capitals after
// a count, names in apposition to a platform's noun or before a calibre,
// a demonym before a listed public body, national arms by endonym,
// committees "on" their fields, and contract numbers, which hold no
// designator. Each is a chunk rule (chunkRules says where it stands) with
// its cue sets in cues.txt.

// numberedSquadron: "No. 11 Squadron", "816 Squadron", "4 Wing", "16 Air
// Assault Brigade": a number in figures before a unit's kind (a word or
// two of its arm between) names the unit, with "No." before it as the
// Commonwealth air forces write it; a count is written before a plural
// ("12 squadrons") or in words, and a year is no unit's number ("in 2026
// Squadron numbers fell").
func (d *doc) numberedSquadron(ps []piece) bool {
	n := len(ps)
	s := ps[0].s
	if n > 3 || s == 0 || !cardinalUnitKinds.has(d.toks[ps[n-1].e-1].text) || hasConn(ps) {
		return false // the cheap check: a unit's kind ends the chunk
	}
	toks := d.toks
	num := toks[s-1]
	if num.newline || d.used[s-1] || num.kind != tkWord || len(num.text) > 4 || !allDigits(num.text) || num.text[0] == '0' || isYear(num.text) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil || p.e-p.s != 1 {
			return false
		}
	}
	start := s - 1
	if start >= 1 && !d.used[start-1] && (toks[start-1].text == "No." || toks[start-1].text == "No") {
		start-- // "No. 11 Squadron", "No 3 Squadron"
	}
	return d.add(start, ps[n-1].e, "ORG", "")
}

// allDigits: w is written in ASCII digits only ("816", not "1,200").
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// directorateGeneral: "the Directorate General of Naval Design",
// "Directorate-General for Defence Industry and Space": a directorate
// general and its field are one body, "General" no title of a person's
// and the fields joined by "and" its own; "and the" after the field
// opens another name.
func (d *doc) directorateGeneral(ps []piece) bool {
	if len(ps) < 4 || d.word(ps[0]) != "Directorate" {
		return false // the cheap check
	}
	k := 1
	if ps[k].conn && d.toks[ps[k].s].text == "-" {
		k++
	}
	if k+2 >= len(ps) || d.word(ps[k]) != "General" || !ps[k+1].conn {
		return false
	}
	if w := d.toks[ps[k+1].s].text; w != "of" && w != "for" {
		return false
	}
	for i := k + 2; i+1 < len(ps); i++ {
		if ps[i].conn && d.toks[ps[i].s].text == "and" && ps[i+1].conn && d.toks[ps[i+1].s].text == "the" {
			d.add(ps[0].s, ps[i-1].e, "ORG", "")
			d.classify(ps[i+2:])
			return true
		}
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
}

// groupInitials: "HD Kessel Heavy Industries", "LX Tarvel": a group's
// initials that no list holds, before its listed company with no space
// for a connector, are part of the company's name, as conglomerates name
// their affiliates. Known initials (a country's, an alliance's, one the
// text defined) stand apart: "UK Kessel Systems" is a place and a firm.
func (d *doc) groupInitials(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 4 || ps[0].unit != nil || ps[1].unit == nil || ps[1].unit.label != "ORG" || hasConn(ps) {
		return false // the cheap check
	}
	w := d.word(ps[0])
	if !bareInitials(w) || genericAcronyms.has(w) || d.defined[w] != nil || shipPrefixes.has(w) {
		return false // "TCG Kessel": a navy's ship, no group's firm (news_r15def.go)
	}
	for _, p := range ps[2:] {
		if p.unit != nil || !isCapitalised(d.word(p)) {
			return false // "HD Kessel Mipo": a plain name after the company's only
		}
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
}

// rangeAcronym: "MR-SAM", "LR-SAM", "VL-SRSAM": a range's or a role's
// letters and a hyphen before a listed weapon's acronym are one weapon
// (the hyphen would leave the letters alone).
func (d *doc) rangeAcronym(ps []piece) bool {
	if len(ps) != 3 || !ps[1].conn || ps[0].unit != nil || ps[2].unit != nil && ps[2].unit.label != "PLATFORM" {
		return false // the cheap check
	}
	toks := d.toks
	e := ps[2].e
	if toks[ps[1].s].text != "-" || !toks[ps[1].s].glued || !toks[ps[2].s].glued || e < len(toks) && toks[e].glued && toks[e].text == "-" {
		return false
	}
	if w := d.word(ps[0]); len(w) > 3 || !allCapitals(w) {
		return false
	}
	if y := d.word(ps[2]); ps[2].unit == nil && !(allCapitals(y) && (moreCraftNouns.has(y) || strings.HasSuffix(y, "SAM"))) {
		return false
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// hyphenedShip: "ROKS Kessel Yeong-sil": a ship's prefix and a name whose
// last syllable follows a hyphen in lower case (Korean given names are
// written so) are one ship; the chunk ends at the lower-case syllable.
func (d *doc) hyphenedShip(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if len(ps) < 2 || e+1 >= len(toks) || toks[e].text != "-" || !toks[e].glued || !toks[e+1].glued || !shipPrefixes.has(d.word(ps[0])) {
		return false // the cheap check
	}
	if w := toks[e+1].text; toks[e+1].kind != tkWord || !isLowerWord(w) || len(w) > 5 || hasConn(ps) {
		return false
	}
	return d.add(ps[0].s, e+2, "PLATFORM", "")
}

// markedName: "the Caesar Mk II", "Kessel Mk 2", "the Orvane Tarvel Mk
// III": a name and a "Mk" mark with its numeral are a platform's, over a
// ruler's or a person's reading of the name and its numeral (no person
// writes "Mk"); "F-16 Block 70", "the Kessel Batch 2": a listed platform
// or a designator and another mark with its number are one too (a block
// of flats has no designator before it).
func (d *doc) markedName(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || !markWords.has(d.word(ps[n-1])) && (n < 3 || !markWords.has(d.word(ps[n-2]))) || hasConn(ps) {
		return false // the cheap check
	}
	toks := d.toks
	e := ps[n-1].e
	mark := d.word(ps[n-1])
	if markWords.has(mark) {
		// "Archer Mk 2": the number after the chunk; "Starship Flight 7"
		// numbers a flight
		if mark == "Flight" || e >= len(toks) || toks[e].glued || toks[e].newline || !allDigits(toks[e].text) || len(toks[e].text) > 2 {
			return false
		}
		e++
	} else if mark = d.word(ps[n-2]); !versionNumeral(d.word(ps[n-1])) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PLATFORM" {
			return false
		}
	}
	if head := ps[0]; mark != "Mk" && (n != 2 && !(n == 3 && mark == d.word(ps[1])) || head.unit == nil && !isDesignator(d.word(head))) {
		return false
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}

// familySerial: "KESAT-7R will replace KESAT-7": a designator's family
// (its capitals before the hyphen, three or more) that the text already
// named a platform with makes another number of it a platform too, where
// the capitals and a bare number alone could be anything ("COVID-19").
func (d *doc) familySerial(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if len(ps) != 1 || e+1 >= len(toks) || toks[e].text != "-" || !toks[e].glued || !toks[e+1].glued {
		return false // the cheap check
	}
	family, num := d.word(ps[0]), toks[e+1].text
	if len(family) < 3 || !allCapitals(family) || !isNumber(num) || num[0] == '0' || e+2 < len(toks) && toks[e+2].glued && toks[e+2].kind == tkWord {
		return false
	}
	return d.indexPlatforms().families[family] && d.add(ps[0].s, e+2, "PLATFORM", "")
}

// listedVariant: "AH-64E Kessel Guardian helicopters", "the Kessel
// Sentinel drones": listed platforms and one word after them before a
// platform's noun are one platform, the word its variant's name, whatever
// a list makes of the word alone (an outlet's "Guardian").
func (d *doc) listedVariant(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || ps[0].unit == nil || ps[0].unit.label != "PLATFORM" || ps[n-1].unit != nil || ps[n-1].conn {
		return false // the cheap check
	}
	for _, p := range ps[1 : n-1] {
		if p.conn || p.unit == nil || p.unit.label != "PLATFORM" {
			return false
		}
	}
	if w := d.word(ps[n-1]); !isCapitalised(w) || hasDigit(w) || !followedBy(d.toks, ps[n-1].e, platformModifiers, platformNouns) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "PLATFORM", "")
}

// improvedClass: "two Improved Kessel-class submarines", "the Modified
// Kessel": a word of a design's revision before a listed class or
// platform is part of its name, as navies name the revised class.
func (d *doc) improvedClass(ps []piece) bool {
	if len(ps) != 2 || ps[1].unit == nil || ps[1].unit.label != "PLATFORM" || !revisionWords.has(d.word(ps[0])) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "PLATFORM", "")
}

// nameThenDesignator: "Patriot PAC-3 MSE interceptors", "the Kessel
// KX-2 missile": a listed platform's name and a hyphenated designator
// after it are two names of one system, each a mention, as a
// designator before a name is one ("AH-64E Apache"). The designator
// keeps a variant's capitals after it ("MSE").
func (d *doc) nameThenDesignator(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || ps[0].unit == nil || ps[0].unit.label != "PLATFORM" || ps[1].unit != nil || hasConn(ps) {
		return false // the cheap check
	}
	name, des := d.surface(ps[0].s, ps[0].e), d.word(ps[1])
	if hasDigit(name) || !strings.Contains(des, "-") || !isDesignator(des) {
		return false
	}
	if len(ps) == 3 && (ps[2].unit != nil || !allCapitals(d.word(ps[2])) || len(d.word(ps[2])) > 4) {
		return false
	}
	if e := ps[len(ps)-1].e; e < len(d.toks) && d.toks[e].glued && d.toks[e].text == "-" {
		return false // "PAC-2 GEM-T": the variant goes on past the chunk
	}
	d.addUnit(ps[0])
	return d.add(ps[1].s, ps[len(ps)-1].e, "PLATFORM", "")
}

// headerMonth: "Posted On: 04 DEC 2026": a month written in capitals
// between a day and a year is a date's, no body's acronym.
func (d *doc) headerMonth(ps []piece) bool {
	s := ps[0].s
	if len(ps) != 1 || s == 0 || s+1 >= len(d.toks) || !capitalMonths.has(d.surface(s, ps[0].e)) {
		return false // the cheap check
	}
	if !isNumber(d.toks[s-1].text) || len(d.toks[s-1].text) > 2 || !isYear(d.toks[s+1].text) {
		return false
	}
	d.claim(s, ps[0].e) // no later pass reads a listed acronym into it
	return true
}

// bureauOffice: "Posted On: ... by PIB Delhi", "by PTI Mumbai": a listed
// body's acronym and a city after "by" name the body's office there, as
// a release's byline gives it.
func (d *doc) bureauOffice(ps []piece) bool {
	s := ps[0].s
	if len(ps) != 2 || s == 0 || d.toks[s-1].text != "by" || ps[0].unit == nil || ps[1].unit == nil || ps[0].unit.label != "ORG" || ps[1].unit.label != "GPE" {
		return false // the cheap check
	}
	if !allCapitals(d.surface(ps[0].s, ps[0].e)) {
		return false
	}
	return d.add(s, ps[1].e, "ORG", "")
}

// sharedPrefixShip: "SAS Kessel spent the year alongside", "the carrier
// ENS Tarvo Kessel Brandt" (a person's three names): a ship's prefix
// that is other bodies' letters too (South Africa's SAS, Egypt's ENS,
// Colombia's ARC) opens a ship's name in a text of navies, where a
// vessel's noun or a navy is named within the sentence or the one before,
// and no noun follows the name ("the SAS Kessel unit" is the body's).
func (d *doc) sharedPrefixShip(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 4 || !sharedShipPrefixes.has(d.surface(ps[0].s, ps[0].e)) || hasConn(ps) {
		return false // the cheap check
	}
	for _, p := range ps[1:] {
		if w := d.word(p); p.unit != nil && p.unit.label == "ORG" || p.unit == nil && (!isCapitalised(w) || orgHeads.has(w) || militaryUnits.has(w)) {
			return false // "the SAS Regiment" is the body
		}
	}
	toks := d.toks
	if d.modifies(ps[len(ps)-1].e - 1) {
		return false // "the SAS Kessel unit": the body's
	}
	sentences := 0
	for k := ps[0].s - 1; k >= 0 && k >= ps[0].s-40; k-- {
		w := toks[k].text
		if vesselNoun(w) || pluralShipNoun(w) || w == "Navy" || w == "navy" {
			return d.add(ps[0].s, ps[len(ps)-1].e, "PLATFORM", "")
		}
		if toks[k+1].sentStart {
			if sentences++; sentences > 1 {
				break
			}
		}
	}
	return false
}

// makerNumber: "Dornier 228 maritime patrol aircraft", "Tatra 815-7
// chassis", "King Kessel 350 aircraft": a maker's or a family's name and a
// model number of three or four figures (a variant's after a hyphen)
// before a platform's noun are one model; a year is no model's number.
func (d *doc) makerNumber(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if len(ps) > 2 || e+1 >= len(toks) || toks[e].glued || toks[e].newline || !allDigits(toks[e].text) {
		return false // the cheap check: a number after a name
	}
	if n := toks[e].text; len(n) < 3 || len(n) > 4 || n[0] == '0' || isYear(n) || hasConn(ps) || d.used[e] {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "ORG" && p.unit.label != "PLATFORM" || p.unit == nil && !isCapitalised(d.word(p)) {
			return false
		}
	}
	end := e + 1
	if gluedHyphen(toks, end) && allDigits(toks[end+1].text) {
		end += 2 // "815-7"
	}
	if !followedBy(toks, end, platformModifiers, platformNouns) {
		return false
	}
	return d.add(ps[0].s, end, "PLATFORM", "")
}

// makerCraft: "a Dornier from the coast guard joined", "an Airbus of the
// air force landed": a maker's name after "a" or "an", with no noun after
// it, is one of its craft ("a Kessel spokesperson" is the maker's).
func (d *doc) makerCraft(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) != 1 || s == 0 || ps[0].unit == nil || ps[0].unit.label != "ORG" || toks[s-1].text != "a" && toks[s-1].text != "an" || e >= len(toks) {
		return false // the cheap check
	}
	if next := toks[e].text; !craftFollowers.has(next) || ps[0].e-ps[0].s != 1 {
		return false
	}
	// a text of craft names a platform before: "a Kessel from" is a
	// craft only there
	return d.indexPlatforms().any && d.add(s, e, "PLATFORM", "")
}

// peoplesService: "the Vietnam People's Air Force", "the Korean People's
// Army": a country's or people's "People's" and an armed service after
// it are one body (the possessive would end the name), as are a party or a
// front ("the Kessel People's Liberation Front").
func (d *doc) peoplesService(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if e+2 >= len(toks) || toks[e].kind != tkPossessive || toks[e-1].text != "People" || len(ps) > 3 {
		return false // the cheap check
	}
	end := e + 1
	for end < len(toks) && end < e+4 && !toks[end].newline && isCapitalised(toks[end].text) && !d.used[end] {
		end++
	}
	// "the Kessel People's Liberation Front": a party's or a front's head
	// too (r19def)
	if h := toks[end-1].text; end == e+1 || !commandHeads.has(h) && !militaryUnits.has(h) && !orgOfHeads.has(h) {
		return false
	}
	return d.add(ps[0].s, end, "ORG", "")
}

// countedKindName: "six Next Generation Offshore Patrol Vessels (NGOPV)",
// "61 Armored Multi-Purpose Vehicles", "two 12.7 mm Stabilised Remote
// Control Guns": common words in capitals after a count, ending in a
// platform's head in the plural, are a named type of platform as
// releases write it, the plural inside the name; a body's word inside
// makes a body's ships ("two Coast Guard Ships").
func (d *doc) countedKindName(ps []piece) bool {
	n := len(ps)
	s := ps[0].s
	if n < 2 || s == 0 || !countedPlatformHeads.has(d.word(ps[n-1])) || hasUnit(ps) {
		return false // the cheap check
	}
	if prev := d.toks[s-1].text; !isNumber(prev) && !countWords.has(prev) && prev != "mm" {
		return false
	}
	for _, p := range ps {
		if p.conn && d.toks[p.s].text != "-" || hasDigit(d.word(p)) || orgHeads.has(d.word(p)) {
			return false // "31 MQ-9B Remotely Piloted Aircraft": a model's kind after it
		}
	}
	return d.add(s, ps[n-1].e, "PLATFORM", "")
}

// nounApposition: "Orvania's laser interceptor, Kessel Beam, now has",
// "the next missile, Kessel 4, moves", "a drone, the KV-7,": a name set
// off by commas after a platform's noun is the platform's; a saying verb
// after the name makes it a speaker ("the missile, Harlow said,"), and
// carriers and transports are airlines' nouns too.
func (d *doc) nounApposition(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	c := s - 1
	if c >= 3 && toks[c].text == "the" {
		c-- // "a drone, the KV-7," (news_r23def.go)
	}
	if c < 1 || toks[c].text != "," || !platformNouns.has(toks[c-1].text) || strings.HasSuffix(toks[c-1].text, "s") {
		return false // the cheap check
	}
	if w := toks[c-1].text; w == "carrier" || w == "transport" || w == "system" || len(ps) > 3 {
		return false
	}
	for _, p := range ps {
		if p.conn && (toks[p.s].text != "-" || !toks[p.s].glued) {
			return false // a code's hyphen ("KV-C") joins no two names
		}
	}
	if e < len(toks) && !toks[e].glued && allDigits(toks[e].text) && len(toks[e].text) <= 2 {
		e++ // "Kessel 4"
	}
	if e >= len(toks) || toks[e].text != "," && toks[e].text != "." {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label == "PERSON" || p.unit == nil && (d.a.givenNames.has(d.word(p)) || d.namedPerson(d.word(p))) {
			return false
		}
	}
	return d.add(s, e, "PLATFORM", "")
}

// numberedSibling: "Kessel 4 ... will replace Kessel 2": a name and a
// number the text named as a platform makes the same name with another
// number a platform too; a design's word ("Type") numbers many things,
// and a noun after the number is what it numbers ("Type 2 diabetes").
func (d *doc) numberedSibling(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if len(ps) > 2 || e >= len(toks) || toks[e].glued || toks[e].newline || !allDigits(toks[e].text) || len(toks[e].text) > 2 || hasConn(ps) {
		return false // the cheap check
	}
	if designWords.has(d.word(ps[0])) {
		return false // "Type 31 frigates ... Type 2 diabetes"
	}
	// the tagger last, as it costs most
	return d.indexPlatforms().numbered[d.surface(ps[0].s, e)] && !d.modifies(e) && d.add(ps[0].s, e+1, "PLATFORM", "")
}

// platformIndex holds what round 12's rules ask of the platforms found so
// far in a text, each mention read once (a dropped mention resets it), so
// that no rule scans the mentions for each chunk.
type platformIndex struct {
	cur mentionCursor
	any bool
	// numbered: the names of platforms written with a number after them
	// ("Kessel" of "Kessel 4"); families: the capitals before the hyphen
	// of hyphenated designators ("KESAT" of "KESAT-7R")
	numbered, families map[string]bool
}

// indexPlatforms brings the text's platformIndex up to date.
func (d *doc) indexPlatforms() *platformIndex {
	x := &d.progs.platforms
	ms, again := x.cur.fresh(d)
	if again {
		*x = platformIndex{cur: x.cur}
	}
	if x.numbered == nil {
		x.numbered, x.families = map[string]bool{}, map[string]bool{}
	}
	toks := d.toks
	for _, m := range ms {
		if m.label != "PLATFORM" {
			continue
		}
		x.any = true
		if m.e-m.s >= 2 && allDigits(toks[m.e-1].text) {
			x.numbered[d.surface(m.s, m.e-1)] = true
		}
		if m.e-m.s >= 3 && toks[m.s+1].text == "-" {
			x.families[toks[m.s].text] = true
		}
	}
	return x
}

// flaggedBody: "the Czech Ministry of Defence", "U.S. Missile Defense
// Agency", "the Finnish Air Force": a demonym or a place's name before a
// listed public body is part of the body's name, as defence writers and
// the corpus write it ("U.S. Defense Department" is one name).
func (d *doc) flaggedBody(ps []piece) bool {
	if len(ps) != 2 || ps[1].unit == nil || ps[1].unit.label != "ORG" || !publicBodyHeads.has(d.toks[ps[1].e-1].text) {
		return false // the cheap check
	}
	if u := ps[0].unit; u != nil && u.label != "GPE" || u == nil && !d.a.demonyms[d.word(ps[0])] {
		return false
	}
	if _, ok := d.units[ps[1].s]; ok && d.a.demonyms[d.toks[ps[1].s].text] {
		return false // "Indian Navy" after a demonym: two flags
	}
	return d.add(ps[0].s, ps[1].e, "ORG", "")
}

// orgSubsidiary: "Kessel Deutschland", "Tarvel Systems Nederland": a
// listed company and a country's name in its own language after it are
// the company's national arm, as "Lockheed Martin Australia" is in
// English (nationalArm).
func (d *doc) orgSubsidiary(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || ps[0].unit.label != "ORG" || ps[1].unit != nil || ps[1].conn || !countryEndonyms.has(d.word(ps[1])) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "ORG", "")
}

// committeeOn: "the Portfolio Committee on Defence and Military
// Veterans", "the Standing Committee on Kessel Affairs": a committee and
// the fields it sits on, joined by "and", are one body; "and the" opens
// another name.
func (d *doc) committeeOn(ps []piece) bool {
	k := -1
	for i, p := range ps {
		if p.conn && d.toks[p.s].text == "on" && i > 0 && d.word(ps[i-1]) == "Committee" {
			k = i
			break
		}
	}
	if k < 0 || k+1 >= len(ps) || ps[k+1].conn {
		return false
	}
	end := len(ps)
	for i := k + 1; i+1 < len(ps); i++ {
		if ps[i].conn && d.toks[ps[i].s].text == "and" && ps[i+1].conn {
			end = i // "... Veterans and the Kessel Navy"
			break
		}
		if ps[i].conn && d.toks[ps[i].s].text != "and" && d.toks[ps[i].s].text != "of" {
			return false
		}
	}
	d.add(ps[0].s, ps[end-1].e, "ORG", "")
	if end < len(ps) {
		d.classify(ps[end+1:])
	}
	return true
}

// contractNumber: "contract N00024-24-C-2110", "W58RGZ-25-F-0123": a
// contract's number of three parts or more joined by hyphens, the first
// an office's code of six letters and figures and one a fiscal year's two
// figures, is no designator ("C-2110" is a part); its
// tokens are claimed whole.
func (d *doc) contractNumber(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	before := s >= 2 && toks[s-1].text == "-" && toks[s].glued && toks[s-1].glued
	after := gluedHyphen(toks, e)
	if !before && !after || len(ps) != 1 {
		return false // the cheap check
	}
	a, b := s, e
	for a >= 2 && toks[a].glued && toks[a-1].glued && toks[a-1].text == "-" {
		a -= 2
	}
	for b+1 < len(toks) && toks[b].glued && toks[b+1].glued && toks[b].text == "-" {
		b += 2
	}
	parts, year := 0, false
	for i := a; i < b; i += 2 {
		for _, part := range strings.Split(toks[i].text, "-") {
			parts++
			year = year || len(part) == 2 && allDigits(part)
		}
	}
	// the issuing office's code opens it: six letters and figures
	if first, _, _ := strings.Cut(toks[a].text, "-"); parts < 3 || !year || len(first) != 6 || !hasDigit(first) {
		return false
	}
	d.claim(a, b)
	return true
}

// calibreName: "DITA 155mm wheeled howitzers", "the Kessel 120 mm
// mortar": a name before a gun's calibre and a platform's noun is the
// gun's (the calibre stays outside).
func (d *doc) calibreName(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if e+1 >= len(toks) || toks[e].glued || !strings.HasSuffix(toks[e].text, "mm") && toks[e+1].text != "mm" {
		return false // the cheap check: a calibre after the name
	}
	next := e + 1
	if toks[e].text == "mm" || !strings.HasSuffix(toks[e].text, "mm") {
		next = e + 2 // "120 mm"
	}
	if n := strings.TrimSuffix(toks[e].text, "mm"); n == "" || !isNumber(n) || len(ps) > 2 || hasConn(ps) || hasUnit(ps) {
		return false
	}
	if d.a.givenNames.has(d.word(ps[0])) || !followedBy(toks, next, platformModifiers, platformNouns) {
		return false
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}
