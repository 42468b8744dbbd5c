package extract

import "strings"

// Programme and place rules of round 6 (see news_programs.go and
// news_places.go), on defence and policy news. Places: two bases joined by
// "and", air bases by their force's prefix or before "air base", a place
// named after a person with an honorific, head words that other rules read
// as an organisation's or a person's ("X Plains", "X Arsenal", "the X
// Line", "X Tunnel"), a name before "area" or "sector", "A and B Island",
// "X in the Y River", a town in a contract notice's list of work shares.
// Programmes: a name before "plan", "campaign" or "policy" or in quotes, in
// apposition to its noun ("its mission, X,"), codenamed, held with a
// partner or taken part in, an exercise's edition with a hyphenated year
// or a number, an opener's name repeated without the opener, Hindi scheme
// heads ("Yojana"), control regimes, conclaves and reviews, a defined
// acronym before a programme's noun.

// twoBases: "and" between two names of bases or places parts them, before
// baseRule takes the run whole: "Naval Base Kessel and Orvane Air Force
// Base", "RAF Tarvel and Harlow Air Base".
func (d *doc) twoBases(ps []piece) bool {
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i].conn || d.toks[ps[i].s].text != "and" {
			continue
		}
		// the names next to "and", up to the connectors around them
		l := i
		for l > 0 && !ps[l-1].conn {
			l--
		}
		r := i + 1
		for r < len(ps) && !ps[r].conn {
			r++
		}
		left, right := ps[l:i], ps[i+1:r]
		if !d.baseShaped(left) && !d.baseShaped(right) || !d.baseShaped(left) && !d.placeName(left) || !d.baseShaped(right) && !d.placeName(right) {
			continue
		}
		d.classify(ps[:i])
		d.classify(ps[i+1:])
		return true
	}
	return false
}

// baseShaped: a run shaped like a base's name: base words and a base head
// then a name ("Naval Base Kessel", "Air Force Station Orvane"), a name and
// a base head ("Orvane Air Base"), or an air force's prefix and a name
// ("RAF Tarvel").
func (d *doc) baseShaped(ps []piece) bool {
	if len(ps) < 2 {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if baseHeads.has(toks[e-1].text) || basePrefixes.has(toks[s].text) && !d.commonWord(toks[s+1].text) {
		return true
	}
	k := s
	for k < e && baseWords.has(toks[k].text) {
		k++
	}
	return k > s && k+1 < e && baseHeads.has(toks[k].text)
}

// honorificPlace: a place named after a person keeps the honorific inside
// its name: "Dr Orvane Kessel Island", "Sir Tarvel Harlow Glacier"; the
// place's head word ends it, so no person is read in it.
func (d *doc) honorificPlace(ps []piece) bool {
	if len(ps) < 3 || hasConn(ps) || !honorifics.has(d.word(ps[0])) || !locHeads.has(d.word(ps[len(ps)-1])) {
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "LOC", "")
}

// placeTail: a name ending in a word that names a kind of land, a zone,
// a tunnel or an arsenal is a place, over an organisation's or a person's
// reading: "the Orvane Plains", "the Demilitarized Zone", "Tarvel
// Arsenal"; so is a chain of islands ("the Second Island Chain") and a
// line after "the" ("the Kessel Line"). "Corridor" ends programmes too
// ("Economic Corridor"): a corridor is a place only after a name no
// lexicon knows and before no programme's noun ("the Kessel Corridor").
func (d *doc) placeTail(ps []piece) bool {
	if len(ps) < 2 || hasConn(ps) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "LOC" && p.unit.label != "GPE" {
			return false
		}
	}
	head := d.word(ps[len(ps)-1])
	switch {
	case head == "Chain":
		// "the First Island Chain"; a "Supply Chain" is no place
		if d.word(ps[len(ps)-2]) != "Island" {
			return false
		}
	case head == "Line":
		// "the Kessel Line" of control; "Orvane Line" with no article may
		// be a shipping company
		if ps[0].s == 0 || strings.ToLower(d.toks[ps[0].s-1].text) != "the" {
			return false
		}
	case placeTails.has(head):
	case head == "Corridor":
		// "the Kessel Corridor project" is the project's
		if e := ps[len(ps)-1].e; followedBy(d.toks, e, programModifiers, planNouns) || followedBy(d.toks, e, programModifiers, programNouns) {
			return false
		}
		for _, p := range ps[:len(ps)-1] {
			if w := d.word(p); w != "" && d.commonWord(w) && !d.routeCorridor(ps) { // "on the Keystone Corridor" (news_r19news.go)
				return false
			}
		}
	default:
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "LOC", "")
}

// regimeProgram: "Regime", "Conclave" and "Review" after common words end
// a programme's name: "the Missile Technology Control Regime", "the Orvane
// Maritime Conclave", "the Strategic Defence Review"; a regime named after
// a ruler ("the Kessel regime") has no common word before it.
func (d *doc) regimeProgram(ps []piece) bool {
	return d.regimeName(ps) && d.add(ps[0].s, ps[len(ps)-1].e, "PROGRAM", "")
}

// regimeName says whether ps is shaped as regimeProgram reads; the long
// form of an acronym asks it too ("Missile Technology Control Regime
// (MTCR)").
func (d *doc) regimeName(ps []piece) bool {
	if len(ps) < 2 || hasConn(ps) || !programTails.has(d.word(ps[len(ps)-1])) {
		return false
	}
	common := false
	review := d.word(ps[len(ps)-1]) == "Review"
	for _, p := range ps[:len(ps)-1] {
		if p.unit != nil && (p.unit.label == "PERSON" || p.unit.label == "ORG") {
			return false
		}
		w := d.word(p)
		common = common || w != "" && d.commonWord(w)
		if review && (w == "" || !d.commonWord(w) || w == "Law") {
			return false // "the Harlow Business Review", "a Law Review": journals
		}
	}
	return common
}

// prefixBase: an air force's prefix and a name no list knows make an air
// base's name, a place: "RAF Tarvel", "RAAF Base Kessel"; the prefix
// alone is the air force ("the RAF said"), and a platform's name after it
// is the force's platform ("RAF Typhoon jets").
func (d *doc) prefixBase(ps []piece) bool {
	if len(ps) < 2 || hasConn(ps) || !basePrefixes.has(d.surface(ps[0].s, ps[0].e)) {
		return false
	}
	// "RAAF Base Darwin": a base head, then any name, a town's too
	if len(ps) > 2 && baseHeads.has(d.word(ps[1])) {
		return d.add(ps[0].s, ps[len(ps)-1].e, "LOC", "")
	}
	for _, p := range ps[1:] {
		// "HMNB Portsmouth": a base named after its town, not its country
		town := p.unit != nil && (p.unit.label == "GPE" || p.unit.label == "LOC") && !d.a.countries[p.unit.canonical]
		if w := d.word(p); !town && (w == "" || d.commonWord(w)) {
			return false
		}
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "LOC", "")
}

// namedPlan: a name no list knows, or a place's with such a name, before
// a programme's noun of policy ("plan", "campaign", "instrument") is the
// programme's: "the Forward Shield plan", "the "Clean Skies" campaign",
// "the SAFE loan instrument", "the Rebuild Orvania plan".
// A single word must be in capitals or quoted ("the Kessel plan" may be a
// person's plan), and a given name opens no programme ("the Anna Kessel
// plan").
func (d *doc) namedPlan(ps []piece) bool {
	plain := false
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false
		}
		plain = plain || p.unit == nil && !p.conn
	}
	if !plain || d.otherCue(ps) {
		return false // "the Orvania plan": the country's; "the Kessel Party plan": the party's
	}
	for _, p := range ps {
		if p.conn && d.toks[p.s].text != "of" && d.toks[p.s].text != "for" {
			return false // "Mission X and the Y scheme": two names
		}
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	quoted := s > 0 && e < len(toks) && isQuote(toks[s-1].text) && isQuote(toks[e].text)
	if quoted {
		e++
	}
	if len(ps) == 1 && !quoted && !allCapitals(d.word(ps[0])) || d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	if !followedBy(toks, e, planModifiers, planNouns) && !followedBy(toks, e, programModifiers, planNouns) {
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "PROGRAM", "")
}

// isQuote: a straight or curly quote, double or single.
func isQuote(w string) bool {
	return w == `"` || w == "“" || w == "”" || w == "'" || w == "‘" || w == "’"
}

// programApposition: a name in apposition to a programme's noun is the
// programme's: "ended its mission, Orvane Shield, in July", "the
// operation, KESSEL, began", "the mission in Tarvel, KESMIS, needs";
// commas or a full stop close it.
func (d *doc) programApposition(ps []piece) bool {
	if len(ps) > 4 || hasConn(ps) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PROGRAM" && p.unit.label != "ORG" {
			return false
		}
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if s < 2 || toks[s-1].text != "," || e >= len(toks) || toks[e].text != "," && toks[e].text != "." {
		return false
	}
	// the noun, or the noun and where it is: "its mission in Orvania, X,"
	k := s - 2
	for n := 0; n < 4 && k > 0 && !programAppositionNouns.has(toks[k].text) && (isCapitalised(toks[k].text) || toks[k].text == "in" || toks[k].text == "to"); n++ {
		k--
	}
	if !programAppositionNouns.has(toks[k].text) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// exerciseEdition: a name, a hyphen and a year are an exercise's edition,
// whatever kind the name alone would be: "Kessel-2026", "the Orvane
// Shield-2025 drills", "Joint Harlow-2025"; platforms and products carry
// model numbers, not years. An opener inside the run starts the name
// ("Tri-Service Exercise Kessel-2026").
func (d *doc) exerciseEdition(ps []piece) bool {
	for i, p := range ps {
		if !p.conn || d.toks[p.s].text == "-" {
			continue
		}
		// "Kessel-2026 and Orvane-2026": two editions
		if d.toks[p.s].text == "and" && i > 0 && i+1 < len(ps) && d.editionEnd(ps[:i]) > 0 {
			d.classify(ps[:i])
			d.classify(ps[i+1:])
			return true
		}
		return false
	}
	for i, p := range ps {
		if i > 0 && programOpeners.has(d.word(p)) {
			ps = ps[i:]
			break
		}
	}
	if len(ps) > 4 || hasConn(ps) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PROGRAM" {
			return false
		}
	}
	s, e := ps[0].s, d.editionEnd(ps)
	// "Sea-2025" alone: a short word and its year read as one designator,
	// a platform's shape; "Kessel-2026-built": the year is inside a word
	if e == 0 || e == ps[len(ps)-1].e && len(ps) == 1 || e < len(d.toks) && d.toks[e].glued {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// editionEnd: where an edition's year ends when ps ends with one glued
// after a hyphen ("Kessel-2026", "Joint Sea-2025" read as one word); 0
// when it does not.
func (d *doc) editionEnd(ps []piece) int {
	e := ps[len(ps)-1].e
	toks := d.toks
	switch {
	case yearSuffixed(d.word(ps[len(ps)-1])):
		return e
	case gluedHyphen(toks, e) && isYear(strings.TrimRight(toks[e+1].text, "ABCDEFGH")):
		return e + 2
	}
	return 0
}

// yearSuffixed: a capitalised word, a hyphen and a year in one token
// ("Sea-2025"); two or three capitals are a model's letters ("EF-2000").
func yearSuffixed(w string) bool {
	name, year, ok := strings.Cut(w, "-")
	return ok && len(name) > 1 && isCapitalised(name) && !(len(name) <= 3 && allCapitals(name)) && isYear(strings.TrimRight(year, "ABCDEFGH"))
}

// localProgram: Hindi words for a scheme, a campaign or a project end a
// programme's name, whatever titles, places or given names stand before
// them: "Pradhan Mantri Orvane Kalyan Yojana", "Tarvel Pariyojana". The
// name runs to the first connector.
func (d *doc) localProgram(ps []piece) bool {
	k := 0
	for k < len(ps) && !ps[k].conn {
		k++
	}
	if k < 2 || !localProgramHeads.has(d.word(ps[k-1])) {
		return false
	}
	d.add(ps[0].s, ps[k-1].e, "PROGRAM", "")
	d.classify(ps[k:])
	return true
}

// communityOrg: a name of three words or more ending in "Community" is a
// regional body's: "the Orvane Economic Community", "the Southern Tarvel
// Development Community"; two words ("the Kessel Community") may be
// people.
func (d *doc) communityOrg(ps []piece) bool {
	if len(ps) < 3 || hasConn(ps) || d.word(ps[len(ps)-1]) != "Community" {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false
		}
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
}

// openerInPlace: an operation's or an exercise's name ends before "in"
// and a place: "Operation Orvane Kessel in the Lake Tarvel region",
// "Exercise Harlow Gate in Kessel Bay"; such names take no "in".
func (d *doc) openerInPlace(ps []piece) bool {
	if len(ps) < 4 || !programOpeners.has(d.word(ps[0])) {
		return false
	}
	for i := 2; i+1 < len(ps); i++ {
		if !ps[i].conn {
			continue
		}
		if d.toks[ps[i].s].text != "in" || hasConn(ps[1:i]) {
			return false
		}
		right := ps[i+1:]
		if right[0].conn && d.toks[right[0].s].text == "the" {
			right = right[1:]
		}
		if len(right) == 0 {
			return false
		}
		// a known place, a place's name, or an opener and a name ("Lake
		// Tarvel", "Mount Kessel")
		known := len(right) == 1 && right[0].unit != nil && (right[0].unit.label == "LOC" || right[0].unit.label == "GPE") ||
			len(right) >= 2 && locOpeners.has(d.word(right[0])) && !hasConn(right)
		if !known && !d.placeName(right) {
			return false
		}
		d.add(ps[0].s, ps[i-1].e, "PROGRAM", "")
		d.classify(right)
		return true
	}
	return false
}

// observanceDay: a day of observance is an event, no entity, though its
// words may read as a person's name: "Orvane Vijay Diwas". The run is
// claimed and dropped, as cueRule drops events.
func (d *doc) observanceDay(ps []piece) bool {
	if len(ps) < 2 || !observanceHeads.has(d.word(ps[len(ps)-1])) {
		return false
	}
	// the day's name runs back to the last connector; what stands before
	// it ("the Kessel Seaboard on ...") is read on its own
	k := len(ps) - 1
	for k > 0 && !ps[k-1].conn {
		k--
	}
	if k == len(ps)-1 {
		return false
	}
	d.claim(ps[k].s, ps[len(ps)-1].e)
	if k > 0 {
		d.classify(ps[:k-1])
	}
	return true
}

// areaNounPlace: a name no list knows after "the" and before a noun of a
// stretch of land, in lower case, is the place's: "the Kessel area", "the
// Orvane sector", "the Tarvel corridor"; a known town or state keeps its
// label ("the Harlow sector" when Harlow is listed).
func (d *doc) areaNounPlace(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.otherCue(ps) {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if s == 0 || toks[s-1].text != "the" || e >= len(toks) || toks[e].newline || !placeAreaNouns.has(toks[e].text) {
		return false
	}
	for _, p := range ps {
		if d.a.givenNames.has(d.word(p)) || d.commonWord(d.word(p)) {
			return false // "the Anna area", "the Security sector"
		}
	}
	return d.add(s, e, "LOC", "")
}

// programAfter: a programme's noun, in either case, right after the
// bracket that closes a defined acronym at e, the long form opening at s:
// "the Orvane in Contact (OIC) initiative", "the Research and Kessel (RK)
// Scheme". A kind of programme is no name: after "a" or a modifier in
// lower case the long form is a description ("the bilateral Harbour
// Rescue (HR) exercise").
func (d *doc) programAfter(s, e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || toks[e].text != ")" {
		return false
	}
	if s > 0 && toks[s-1].kind == tkWord && isLowerWord(toks[s-1].text) && !ownerWords.has(toks[s-1].text) {
		return false
	}
	w := strings.ToLower(toks[e+1].text)
	return programNouns.has(w) || planNouns.has(w)
}

// inThePlace: "in the" before a place's name parts a run: "near Kessel in
// the Orvane River valley" holds a town and a river, whatever the name
// before "in" is.
func (d *doc) inThePlace(ps []piece) bool {
	for i := 1; i+2 < len(ps); i++ {
		if !ps[i].conn || d.toks[ps[i].s].text != "in" || !ps[i+1].conn || d.toks[ps[i+1].s].text != "the" || ps[i-1].conn {
			continue
		}
		if right := ps[i+2:]; d.placeName(right) {
			d.classify(ps[:i])
			d.classify(right)
			return true
		}
	}
	return false
}

// spacedNumberProgram: a name, a number of up to three digits and a
// programme's noun are a numbered exercise: "the Orvane Prophet 19
// drills". One common word alone ("Phase 2 project") is no name.
func (d *doc) spacedNumberProgram(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.otherCue(ps) {
		return false
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	if e+1 >= len(toks) || toks[e].glued || toks[e].newline || !isNumber(toks[e].text) || len(toks[e].text) > 3 || !followedBy(toks, e+1, programModifiers, programNouns) {
		return false
	}
	if len(ps) == 1 && d.commonWord(d.word(ps[0])) {
		return false
	}
	return d.add(ps[0].s, e+1, "PROGRAM", "")
}

// baseNounPlace: a name before "air base", "naval station", "training area"
// or "airbase" in lower case is the base's, a place, a person's name too
// ("the Orvane Kessel air base"); a listed town keeps its label.
func (d *doc) baseNounPlace(ps []piece) bool {
	if hasConn(ps) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PERSON" {
			return false
		}
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	if e >= len(toks) || toks[e].newline {
		return false
	}
	if toks[e].text != "airbase" && (e+1 >= len(toks) || !baseNounModifiers.has(toks[e].text) || !baseNounHeads.has(toks[e+1].text)) {
		return false
	}
	return d.add(ps[0].s, e, "LOC", "")
}

// mentionCursor reads the mentions of a text as they are found, each once,
// so that no rule scans them all for each chunk.
type mentionCursor struct{ seen int }

// fresh returns the mentions added since the last call; when mentions were
// dropped in between it returns them all again, and says so.
func (c *mentionCursor) fresh(d *doc) (ms []mention, again bool) {
	if c.seen > len(d.mentions) {
		c.seen, again = 0, true
	}
	ms = d.mentions[c.seen:]
	c.seen = len(d.mentions)
	return ms, again
}

// nameMemo holds names read from the mentions found so far in a text, so
// that a later short form can be looked up; each mention is read once.
type nameMemo struct {
	names map[string]bool
	cur   mentionCursor
}

// fresh returns the mentions added since the last call; when mentions were
// dropped in between it forgets the names and returns them all again.
func (n *nameMemo) fresh(d *doc) []mention {
	ms, again := n.cur.fresh(d)
	if again {
		clear(n.names)
	}
	return ms
}

func (n *nameMemo) put(w string) {
	if n.names == nil {
		n.names = map[string]bool{}
	}
	n.names[w] = true
}

// programShortForm: a programme named with its opener is named again
// without it: "Exercise Orvane Shield began ... Orvane Shield will last",
// "Project Kessel ... Kessel is due in 2030"; a common word alone is read
// so only inside a sentence, where its capital marks the name ("Project
// Harbinger ... and Harbinger will cost"; "Operation Unity ... Unity
// said" at a sentence's start stays whatever else reads it).
func (d *doc) programShortForm(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) {
		return false
	}
	memo := &d.openerNames
	for _, m := range memo.fresh(d) {
		if m.label == "PROGRAM" && m.e-m.s >= 2 && programOpeners.has(d.toks[m.s].text) && isCapitalised(d.toks[m.s+1].text) {
			memo.put(d.surface(m.s+1, m.e))
			// "Exercise Flintlock 2026 ... Flintlock": the name without
			// its edition too
			if e := m.e - 1; e > m.s+1 && isNumber(d.toks[e].text) {
				memo.put(d.surface(m.s+1, e))
			}
		}
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	if !memo.names[d.surface(s, e)] || len(ps) == 1 && d.commonWord(d.word(ps[0])) && (d.toks[s].sentStart || d.toks[s].newline) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// workShare: a name, its state or country and a share in brackets are a
// place where work is done, as contract notices list them: "Orvane
// Springs, California (20%); Kessel, Lancashire, United Kingdom (15%)",
// though the name is shaped like a person's.
func (d *doc) workShare(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) {
		return false
	}
	toks := d.toks
	k := ps[len(ps)-1].e
	// one or two places after commas, then the bracket
	for n := 0; n < 2 && k+1 < len(toks) && toks[k].text == ","; n++ {
		u, ok := d.unitAt(k + 1)
		if !ok || u.label != "GPE" {
			return false
		}
		k = u.end
	}
	if k == ps[len(ps)-1].e || k+1 >= len(toks) || toks[k].text != "(" || !isNumber(strings.TrimSuffix(toks[k+1].text, "%")) {
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "GPE", "")
}

// codeNamed: what an operation is codenamed, or dubbed, named or called
// after a programme's noun, is its name: "the strikes, codenamed Orvane
// Dawn,", "an exercise dubbed Kessel Shield-2026", "the mission, called
// Tarvel Watch". "Named" alone names people too ("a man named Kessel").
func (d *doc) codeNamed(ps []piece) bool {
	if len(ps) > 4 || hasConn(ps) {
		return false
	}
	// a place's name inside is the programme's ("Winter Harlow"), a
	// place's name alone is not
	if d.nameWords(ps) == 0 && !d.craftWordName(ps) || allUnits(ps) && ps[0].unit.label != "PROGRAM" {
		return false
	}
	toks := d.toks
	s := ps[0].s
	if s == 0 {
		return false
	}
	v := toks[s-1].text
	named := v == "codenamed" || v == "named" && s >= 3 && toks[s-2].text == "-" && toks[s-3].text == "code"
	if !named && codeNameVerbs.has(v) {
		for k := s - 2; k >= 0 && k >= s-4 && !named; k-- {
			named = programAppositionNouns.has(toks[k].text)
		}
	}
	if !named {
		return false
	}
	e := ps[len(ps)-1].e
	if end := d.editionEnd(ps); end > 0 {
		e = end
	} else if end, _ := d.editionMark(e); end > 0 {
		e = end // "named Kessel Shield 26", "dubbed Kessel-XII" (news_progs7.go)
	}
	return d.add(s, e, "PROGRAM", "")
}

// andIsland: "A and B Island" with the head in the singular names two
// islands, the first without its head: "past Orvane and Kessel Island".
func (d *doc) andIsland(ps []piece) bool {
	if len(ps) < 4 || !ps[1].conn || d.toks[ps[1].s].text != "and" || !islandHeads.has(d.word(ps[len(ps)-1])) || hasConn(ps[2:]) {
		return false
	}
	if w := d.word(ps[0]); w == "" || d.commonWord(w) {
		return false
	}
	d.add(ps[0].s, ps[0].e, "LOC", "")
	d.classify(ps[2:])
	return true
}

// partInCodeName: two or three capitalised words ending in a common word,
// after "took part in" or "participated in", are an exercise's code name:
// "troops took part in Orvane Noon", "ships participated in Kessel
// Breeze". Towns and people seldom end in a common word, and a place's,
// an organisation's or an event's head word says what else it is; a known
// name keeps its label.
func (d *doc) partInCodeName(ps []piece) bool {
	last := d.word(ps[len(ps)-1])
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || hasUnit(ps) || !d.commonWord(last) || d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	if locHeads.has(last) || orgHeads.has(last) || gpeHeads.has(last) || eventHeads.has(last) {
		return false // "took part in Brixley Park", "in the Harlow Cup"
	}
	toks := d.toks
	s := ps[0].s
	if s < 2 || toks[s-1].text != "in" || !partakeWords.has(toks[s-2].text) {
		return false
	}
	return d.add(s, ps[len(ps)-1].e, "PROGRAM", "")
}

// openerWordNumber: an opener, a name and a number are one project:
// "Project Land 400", "Operation Kessel 2"; a year after it is a date
// ("Operation Orvane 2025" stays with programEdition's reading).
func (d *doc) openerWordNumber(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || !programOpeners.has(d.word(ps[0])) {
		return false
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	if e >= len(toks) || toks[e].glued || toks[e].newline || !isNumber(toks[e].text) || len(toks[e].text) > 4 || isYear(toks[e].text) || d.used[e] {
		return false
	}
	return d.add(ps[0].s, e+1, "PROGRAM", "")
}

// heldWith: a name held, hosted or conducted with a country or a force is
// an exercise's, as is a word in capitals so held: "the coast guards held
// Orvane Kaijin with Japan", "the navies conducted KESPAT in the Andaman
// Sea". A given name opens no exercise's name ("held Anna Kessel").
func (d *doc) heldWith(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.a.givenNames.has(d.word(ps[0])) || d.otherCue(ps) {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s == 0 || !editionVerbs.has(toks[s-1].text) {
		return false
	}
	w := d.word(ps[0])
	capitals := len(ps) == 1 && len(w) >= 4 && allCapitals(w) && !d.commonWord(w) // "began USING it" shouts a word
	with := e+1 < len(toks) && toks[e].text == "with"
	if with {
		u, ok := d.unitAt(e + 1)
		with = ok && (u.label == "GPE" || u.label == "ORG")
	}
	if !capitals && !with {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// otherCue: the run's first or last word makes it a name of another kind
// than a programme ("Kessel Party", "Orvane Industries", "Harlow Bay"), as
// cueLabel reads it.
func (d *doc) otherCue(ps []piece) bool {
	l := d.cueLabel(ps)
	return l != "" && l != "PROGRAM"
}

// pmScheme: "PM-" glued to a capitalised name is an Indian central
// scheme's name ("Pradhan Mantri"): "PM-KESSEL", "PM-Orvane" (readCaps
// may have set the capitals in title case); "PM" and a name apart is often
// the Prime Minister and a surname ("PM Kessel said").
// What follows the name in the run ("PM-KESSEL on Monday") is read on its
// own.
func (d *doc) pmScheme(ps []piece) bool {
	toks := d.toks
	s := ps[0].s
	var e int
	switch {
	case strings.HasPrefix(toks[s].text, "PM-"):
		e = s + 1
		if w := toks[s].text[3:]; len(w) < 3 || !isCapitalised(w) {
			return false
		}
	case toks[s].text == "PM" && gluedHyphen(toks, s+1):
		e = s + 3
		if w := toks[s+2].text; len(w) < 3 || !isCapitalised(w) {
			return false
		}
	default:
		return false
	}
	if e < len(toks) && toks[e].glued {
		return false // "PM-KESSEL-2": more of a longer word
	}
	d.addReadRest(ps, s, e, "PROGRAM")
	return true
}
