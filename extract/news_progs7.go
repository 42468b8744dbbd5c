package extract

import "strings"

// Programme rules of round 7 (see news_programs.go and news_progs6.go), for
// names that no list holds and no kind noun marks: a name and its edition
// ("Orvane Shield-26", "Kessel VIII", "Harlow Phase 2", "Kessel 2.0"), a
// name in apposition to a programme's noun before or after it ("the
// initiative — Iron Kessel —", "Kessel, the navy's training scheme,"), a
// name of common words after a verb that takes programmes ("joined Iron
// Kessel", "as part of Orvane Shield"), "Make in X", Indian missions
// ("-yaan") and the Hindi heads of exercises and schemes ("X Shakti"),
// numbered crewed flights ("Crew-12"), a quoted name an institution owns
// ("the ministry's 'Year of Kessel'"), and a programme named again with or
// without its edition ("the Kessel programme ... Kessel 3").

// editionMark: where an edition's mark ends after a name that ends at
// token e, and whether the mark alone says "programme": a hyphen and a
// number or a Roman numeral glued to the name ("-26", "-XII"), a number of
// one or two digits or a year apart ("Kessel 42"), or, strongly, a phase
// ("Phase 2") or a version ending in ".0" ("2.0"). 0 when none follows.
func (d *doc) editionMark(e int) (int, bool) {
	toks := d.toks
	if e >= len(toks) || toks[e].newline {
		return 0, false
	}
	t := toks[e]
	end := 0
	strong := false
	switch {
	case t.text == "-" && t.glued && e+1 < len(toks) && toks[e+1].glued:
		// "Kessel-2026A": a letter marks the year's second drill
		if w := toks[e+1].text; editionNumber(w) || isYear(strings.TrimRight(w, "ABCDEFGH")) || editionRoman(w) {
			end = e + 2
		}
	case t.glued:
		return 0, false
	case phaseWords.has(t.text) && e+1 < len(toks) && (editionNumber(toks[e+1].text) || editionRoman(toks[e+1].text)):
		end, strong = e+2, true
	case strings.HasSuffix(t.text, ".0") && isNumber(t.text):
		end, strong = e+1, true
	case len(t.text) <= 2 && editionNumber(t.text) || isYear(t.text) || editionRoman(t.text):
		// apart, a number of three digits is a suite's or a model's
		end = e + 1
	}
	// "Kessel-26-class", "Kessel 2000 Campaign": a longer word or name
	if end == 0 || end < len(toks) && (toks[end].glued && toks[end].kind == tkWord || toks[end].text == "-" && toks[end].glued || isCapitalised(toks[end].text) && !toks[end].sentStart) {
		return 0, false
	}
	if !strong && end < len(toks) && (platformNouns.has(toks[end].text) || shipNouns.has(toks[end].text) || deviceNouns.has(toks[end].text) || carNouns.has(toks[end].text) || editionCounts.has(toks[end].text)) {
		return 0, false
	}
	return end, strong
}

// editionNumber: one to three digits, an edition's or a flight's number.
func editionNumber(w string) bool {
	return len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// editionRoman: a Roman numeral up to "LXXX" in capitals ("Kessel XL").
func editionRoman(w string) bool {
	return w != "" && len(w) <= 7 && strings.Trim(w, "IVXL") == ""
}

// nameWords: the run is one name of capitalised words, a glued hyphen
// allowed inside ("Re-Kessel"), with no unit but a programme's or a
// place's; it returns how many words it has.
func (d *doc) nameWords(ps []piece) int {
	if w := d.toks[ps[0].s].text; w == "A" || w == "An" || w == "The" {
		return 0 // "A Charge to Keep": a title's
	}
	n := 0
	for i, p := range ps {
		switch {
		case p.conn:
			if d.toks[p.s].text != "-" || !d.toks[p.s].glued || i == 0 {
				return 0
			}
		case p.unit != nil:
			if l := p.unit.label; l != "PROGRAM" && l != "LOC" && l != "GPE" {
				return 0
			}
			n++
		default:
			n++
		}
	}
	return n
}

// programMark: a name and its edition's mark are a programme's edition:
// "Orvane Shield-26", "Kessel Prahar XV", "Harlow Phase 2", "Tarvel 2.0".
// A name of one word needs more, as platforms carry numbers too
// ("Kessel-17" may be a missile): a verb that takes programmes before it,
// a programme's noun in apposition, or the name known as a programme.
// A given name first is a person's ("Henry VIII").
func (d *doc) programMark(ps []piece) bool {
	if len(ps) > 6 {
		return false
	}
	name := ps
	end, strong := 0, false
	tail, e := d.word(ps[len(ps)-1]), ps[len(ps)-1].e
	switch {
	case len(ps) > 1 && !ps[len(ps)-2].conn && editionRoman(tail):
		name, end = ps[:len(ps)-1], e
	case len(ps) > 1 && phaseWords.has(tail) && e < len(d.toks) && !d.toks[e].glued && (editionNumber(d.toks[e].text) || editionRoman(d.toks[e].text)):
		// "Kessel Phase 2": the phase word was read as part of the name
		name, end, strong = ps[:len(ps)-1], e+1, true
	default:
		end, strong = d.editionMark(e)
	}
	words := d.nameWords(name)
	if end == 0 || words == 0 || words > 4 || d.otherCue(name) {
		return false
	}
	s, ne := name[0].s, name[len(name)-1].e
	first := d.toks[s].text
	if d.a.givenNames.has(first) || titleWords.has(first) || royalTitles.has(first) || phaseWords.has(first) || markWords.has(first) {
		return false
	}
	if words == 2 && d.a.demonyms[first] {
		return false // "the Iranian Kessel-110": a flag and a missile (plat10)
	}
	last := d.toks[ne-1].text
	if len(last) < 3 || strings.ContainsAny(last, "0123456789") || markWords.has(last) {
		return false // "Soyuz MS-25", "Kessel Block IV": a designator, a version
	}
	if d.craftBefore(s) {
		return false // "the research vessel Kessel Hai 6"
	}
	listed := len(name) == 1 && name[0].unit != nil && name[0].unit.label == "PROGRAM"
	// a number apart counts products' models too ("Kessel Watch 7",
	// "Kessel Studio 2022", "Kessel Saga VII"): only a mark glued after a
	// hyphen needs no more evidence after a name of two words
	glued := end == ne+2 && d.toks[ne].text == "-"
	if !strong && !listed && (words == 1 || !glued || allUnits(name)) && !d.programContext(s) && !d.appositionAfter(end) && !d.editionVerbAfter(end) && !d.programNounAfter(end) && !d.programNamed(d.surface(s, ne), false) {
		return false
	}
	return d.add(s, end, "PROGRAM", "")
}

// allUnits: every piece of the run is a list's name.
func allUnits(ps []piece) bool {
	for _, p := range ps {
		if p.unit == nil && !p.conn {
			return false
		}
	}
	return true
}

// programNounAfter: a programme's or a plan's noun follows token e:
// "Kessel 2047 plan", "Orvane VIII exercise", "the Kessel 3 acquisition
// plan", "the Kessel-II procedure".
func (d *doc) programNounAfter(e int) bool {
	toks := d.toks
	return followedBy(toks, e, programModifiers, programNouns) || followedBy(toks, e, planModifiers, planNouns) || followedBy(toks, e, acquisitionWords, planNouns) || followedBy(toks, e, acquisitionWords, procedureNouns)
}

// editionVerbAfter: a verb that says an edition began or ended follows
// the name that ends at e, a comma between or not: "Kessel-26 concluded
// on Friday", "..., Kessel-26, began"; missiles and craft do not begin.
func (d *doc) editionVerbAfter(e int) bool {
	toks := d.toks
	if e < len(toks) && toks[e].text == "," {
		e++
	}
	return e < len(toks) && editionEndVerbs.has(toks[e].text)
}

// craftBefore: a vessel's or a platform's noun stands before the name at s
// ("the frigate Kessel 6").
func (d *doc) craftBefore(s int) bool {
	k := s - 1
	if k >= 0 && d.toks[k].text == "the" {
		k--
	}
	return k >= 0 && (shipNouns.has(d.toks[k].text) || platformNouns.has(d.toks[k].text))
}

// programContext: the words before token s take a programme: a verb of
// holding or joining ("hosted", "joined", "wrapped up", "took part in",
// "participated in", "as part of", "signed up to", "the edition of"),
// "during", "codenamed", "so-called", a
// programme's noun and "known as", or a programme's noun and a comma or a
// dash ("the exercise, Kessel-26,", "the initiative — Iron Kessel —").
func (d *doc) programContext(s int) bool {
	toks := d.toks
	k := s - 1
	if k >= 0 && isQuote(toks[k].text) {
		k--
	}
	if k >= 0 && (toks[k].text == "the" || toks[k].text == "its" || toks[k].text == "their") {
		k--
	}
	if k < 0 || toks[k].newline && k == s-1 {
		return false
	}
	w := toks[k].text
	switch {
	case programVerbs.has(w):
		return true
	case (w == "in" || w == "of" || w == "to") && k > 0 && (toks[k-1].text == "part" || toks[k-1].text == "up" && w == "to"):
		return true
	case w == "in" && k > 0 && participateVerbs.has(toks[k-1].text):
		return true // "participated in Kessel Lance"
	case w == "of" && k > 0 && editionNouns.has(toks[k-1].text):
		return true // "the 24th edition of Kessel", "the second phase of Kessel Lance"
	case w == "up" && k > 0 && toks[k-1].text == "wrapped":
		return true
	case w == "called" && k > 1 && toks[k-1].text == "-" && toks[k-2].text == "so":
		return true // "the so-called Iron Kessel"
	case w == "as" && k > 1 && toks[k-1].text == "known":
		// "the drill known as Kessel", "the initiative, known as Kessel";
		// what is named, called or dubbed so is codeNamed's
		j := k - 2
		if toks[j].text == "," && j > 0 {
			j--
		}
		return programAppositionNouns.has(toks[j].text) || appositionNouns.has(toks[j].text)
	case (w == "," || w == "—" || w == "–") && k > 0:
		n := toks[k-1].text
		return programAppositionNouns.has(n) || appositionNouns.has(n)
	}
	return false
}

// appositionAfter: a programme's noun in apposition follows the name that
// ends at e: "Kessel, the navy's training scheme," "Kessel, a plan to
// guard cables", "Kessel, NATO's exercise in Orvania", "Kessel, the first
// Orvane flight"; the noun ends the apposition (before a comma, a stop or
// a preposition), so "Kessel, the mission's commander" and "Kessel, a
// mission specialist" are no programmes.
func (d *doc) appositionAfter(e int) bool {
	k, ok := d.appositionOpens(e)
	if !ok {
		return false
	}
	toks := d.toks
	for n := 0; k < len(toks) && n < 6; k, n = k+1, n+1 {
		t := toks[k]
		// an amount inside is claimed already: "a $1 billion plan"
		if t.newline || t.kind == tkPunct && t.text != "-" && !d.used[k] {
			return false
		}
		if !programAppositionNouns.has(t.text) && !appositionNouns.has(t.text) && !planNouns.has(t.text) {
			continue
		}
		if k+1 == len(toks) {
			return true
		}
		next := toks[k+1].text
		return next == "," || next == "." || next == ";" || next == ")" || appositionEnds.has(next)
	}
	return false
}

// appositionNamed: any name with a programme's noun in apposition after
// it is a programme's, one word or a given name's shape and all, as the
// noun must end the apposition: "Kessel, the bank's fund for suppliers",
// "Orvane Vikas, a scheme for farmers", "K1, the first crewed flight".
func (d *doc) appositionNamed(ps []piece) bool {
	words := d.nameWords(ps)
	if words == 0 || words > 4 || !d.appositionAfter(ps[len(ps)-1].e) || d.otherCue(ps) || allUnits(ps) {
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "PROGRAM", "")
}

// missionNoun: a name before "mission" is the mission's, where a craft's
// head word would make it a platform: "the Kessel Clipper mission"; a
// place's or a body's name alone is no mission's name ("the Mars mission").
func (d *doc) missionNoun(ps []piece) bool {
	e := ps[len(ps)-1].e
	if d.nameWords(ps) == 0 || allUnits(ps) || e >= len(d.toks) || d.toks[e].text != "mission" || d.craftBefore(ps[0].s) {
		return false
	}
	if l := d.cueLabel(ps); l != "" && l != "PROGRAM" && l != "PLATFORM" {
		return false
	}
	return d.add(ps[0].s, e, "PROGRAM", "")
}

// commonNamedProgram: a name of two or more capitalised common words after
// a verb that takes programmes, before "patrols", or in apposition to a
// programme's noun, is a programme's: "Germany joined Iron Lattice", "as
// part of Quiet Harbour", "the Maritime Cooperative Activity patrols",
// "the initiative — Steel Canopy —", "Polar Kessel, a plan to watch the
// Arctic". Companies named so are read by their own context
// before (a cue word, "shares of"); a given name first is a person's.
func (d *doc) commonNamedProgram(ps []piece) bool {
	words := d.nameWords(ps)
	s, e := ps[0].s, ps[len(ps)-1].e
	if words < 2 || words > 4 || s == 0 || d.a.givenNames.has(d.toks[s].text) {
		return false
	}
	if e < len(d.toks) && (d.toks[e].glued && d.toks[e].text == "-" || isNumber(d.toks[e].text)) {
		return false // "Strait Storm-2026A", "launched Galaxy Watch 7": a number programMark did not take
	}
	common := true
	for _, p := range ps {
		if w := d.word(p); !p.conn && p.unit == nil && !d.commonWord(w) {
			common = false
		}
	}
	// products and rulers are launched and reigned under too, so these
	// verbs take only names of common words; so do patrols ("the Orvane
	// Sentry patrols")
	loose := common && (looseProgramVerbs.has(d.toks[s-1].text) || e < len(d.toks) && patrolNouns.has(d.toks[e].text))
	if !d.programContext(s) && !loose && !d.appositionAfter(e) {
		return false
	}
	// "conducted Kessel Guardian": a newspaper's head word names exercises
	// too, where no article makes it a paper ("the Kessel Guardian")
	if d.otherCue(ps) && (!paperHeads.has(d.word(ps[len(ps)-1])) || d.toks[s-1].text == "the") {
		return false
	}
	if last := d.word(ps[len(ps)-1]); dayHeads.has(last) || orgHeads.has(strings.TrimSuffix(last, "s")) && last != strings.TrimSuffix(last, "s") {
		return false // "hosted Earth Day events", "the Combined Maritime Forces"
	}
	// people join bands and firms ("Anna Kessel joined Radio Orvane"), and
	// a coined name ("the Kessel Piano Trio") needs a verb of holding an
	// exercise
	joined := joinVerbs.has(d.toks[s-1].text) || s > 1 && joinVerbs.has(d.toks[s-2].text)
	if joined && (!common || d.personBefore(s)) || !common && !d.coinedName(ps) {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// personBefore: the name nearest before token s in its sentence, the
// verb's subject as a rule, is a person's ("Anna Kessel joined X").
func (d *doc) personBefore(s int) bool {
	// the sentence's start, looked for no further than a long sentence's
	// length, so that text with no stops stays linear
	start := s
	for start > 0 && start > s-80 && !d.toks[start].sentStart {
		start--
	}
	// mentions are added left to right, so the sentence's are at the end
	for i := len(d.mentions) - 1; i >= 0 && d.mentions[i].e > start; i-- {
		if m := d.mentions[i]; m.e <= s {
			return m.label == "PERSON"
		}
	}
	return false
}

// coinedName: a name of words no list knows before a common noun, as
// programmes are coined ("Bushido Guardian", "Kessel Sentinel"); a known
// surname or a place's name first is a person's or a team's ("Morgan
// Guardian", "Manchester United").
func (d *doc) coinedName(ps []piece) bool {
	last := d.word(ps[len(ps)-1])
	if last == "" || !d.commonWord(last) {
		return false
	}
	for _, p := range ps[:len(ps)-1] {
		w := d.word(p)
		if p.conn || w == "" || d.a.surnames.has(strings.ToUpper(w)) || d.a.surnames.has(w) || d.a.givenNames.has(w) {
			return false
		}
	}
	return true
}

// makeInProgram: "Make in" and a place's or a name's is a campaign for
// local industry, after India's ("Make in Orvania"); "make in" in lower
// case is a verb.
func (d *doc) makeInProgram(ps []piece) bool {
	toks := d.toks
	s := ps[0].s
	if toks[s].text != "Make" || ps[0].unit != nil {
		return false
	}
	k := ps[0].e
	if k+1 >= len(toks) || toks[k].text != "in" || toks[k+1].newline {
		return false
	}
	p, ok := d.itemAt(k + 1)
	if !ok || p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
		return false
	}
	e := p.e
	// "Make in Kessel Harlow": a place of two words
	for e < len(toks) && d.isName(e) && !toks[e].newline {
		e++
	}
	d.addReadRest(ps, s, e, "PROGRAM")
	return true
}

// addReadRest adds tokens [s, e) of the chunk ps under label and reads
// what follows them in the chunk on its own ("PM-KESSEL on Monday").
func (d *doc) addReadRest(ps []piece, s, e int, label string) {
	d.add(s, e, label, "")
	for i, p := range ps {
		if p.s >= e {
			d.classify(ps[i:])
			break
		}
	}
}

// yaanMission: a word ending in "yaan" ("craft", "vehicle") names an Indian
// mission, with its number or not: "Kesselyaan", "Orvaneyaan-2".
func (d *doc) yaanMission(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	w := d.word(ps[0])
	if len(w) < 7 || !strings.HasSuffix(w, "yaan") {
		return false
	}
	s, e := ps[0].s, ps[0].e
	if end, _ := d.editionMark(e); end > 0 && d.toks[e].text == "-" {
		e = end
	}
	return d.add(s, e, "PROGRAM", "")
}

// indianProgramHead: a Hindi word for power, a shield, a bridge, a strike,
// an exercise or a friendship ends the name of an Indian exercise or
// scheme: "Kessel Shakti", "Orvane Kavach", "Tarvel Setu"; the name's
// edition goes with it ("Kessel Shakti-26"), and makes a head alone one
// ("Maitri-XIV").
func (d *doc) indianProgramHead(ps []piece) bool {
	words := d.nameWords(ps)
	if words == 0 || words > 4 || !indianProgramHeads.has(d.word(ps[len(ps)-1])) {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	end, _ := d.editionMark(e)
	if words == 1 && end == 0 {
		return false // "Shakti" alone is a given name too; "Shakti-VIII" is not
	}
	return d.add(s, max(e, end), "PROGRAM", "")
}

// crewFlight: a crewed flight's series and its number are a mission:
// "Crew-12", "Ax-5", "Expedition 74".
func (d *doc) crewFlight(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	s := ps[0].s
	// "Ax-5" may be one token, as short designators are
	if series, n, ok := strings.Cut(d.word(ps[0]), "-"); ok {
		if !flightSeries.has(series) || !editionNumber(n) {
			return false
		}
		return d.add(s, s+1, "PROGRAM", "")
	}
	end, _ := d.editionMark(ps[0].e)
	if !flightSeries.has(d.word(ps[0])) || end == 0 || !isNumber(d.toks[end-1].text) {
		return false
	}
	return d.add(s, end, "PROGRAM", "")
}

// ownedQuote: a quoted name an institution owns is its programme or
// campaign: "the ministry's 'Year of Kessel'", "the army's "Fit Orvane"
// drive", "the 'Year of Kessel' declared by the ministry"; a person's
// quoted work is read elsewhere.
func (d *doc) ownedQuote(ps []piece) bool {
	if d.nameWords(ps) == 0 && !hasConn(ps) || hasUnit(ps) {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if s < 3 || e >= len(toks) || !isQuote(toks[s-1].text) || !isQuote(toks[e].text) {
		return false
	}
	k := s - 2
	owned := toks[k].kind == tkPossessive && programOwners.has(toks[k-1].text) || toks[k].text == "its" || toks[k].text == "their"
	// "the 'Year of Kessel' declared by the ministry": the owner after it
	byOwner := toks[k].text == "the" && e+2 < len(toks) && launchParticiples.has(toks[e+1].text) && toks[e+2].text == "by"
	if !owned && !byOwner {
		return false
	}
	return d.add(s, e, "PROGRAM", "")
}

// progMemo holds the names of the programmes found so far in a text,
// whole ("Kessel" of "the Kessel programme") or stripped of an opener or
// an edition ("Kessel" of "Exercise Kessel-26"); each mention is read once
// (see nameMemo). The keys are slices of the text, so no name is copied.
type progMemo struct {
	whole, stripped map[string]bool
	cur             mentionCursor
}

// programNamed: the name was found as a programme earlier in the text,
// stripped of its opener or its edition or, unless stripped is set, whole.
// A common word alone is not kept.
func (d *doc) programNamed(name string, stripped bool) bool {
	memo := &d.progNames
	if memo.whole == nil {
		memo.whole, memo.stripped = map[string]bool{}, map[string]bool{}
	}
	ms, _ := memo.cur.fresh(d)
	for _, m := range ms {
		if m.label != "PROGRAM" {
			continue
		}
		s, e := m.s, m.e
		if programOpeners.has(d.toks[s].text) && e-s > 1 {
			s++
		}
		for e-s > 1 && (isNumber(d.toks[e-1].text) || editionRoman(d.toks[e-1].text) || d.toks[e-1].text == "-") {
			e--
		}
		switch {
		case e-s == 1 && d.commonWord(d.toks[s].text):
		case s == m.s && e == m.e:
			memo.whole[d.surface(s, e)] = true
		default:
			memo.stripped[d.surface(s, e)] = true
		}
	}
	return memo.stripped[name] || !stripped && memo.whole[name]
}

// knownProgram: a programme found earlier in the text, named again without
// its opener or edition, or with another edition: "Exercise Kessel-26 ...
// Kessel will", "the Kessel programme ... Kessel 3". The same name whole
// again is left to the rules that read it first (its list's canonical).
func (d *doc) knownProgram(ps []piece) bool {
	if d.nameWords(ps) == 0 || len(ps) > 4 {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	end, _ := d.editionMark(e)
	if end == 0 && e < len(d.toks) && d.toks[e].text == "-" && d.toks[e].glued {
		return false // "the Kessel-class frigates": a longer word
	}
	if !d.programNamed(d.surface(s, e), end == 0) {
		return false
	}
	return d.add(s, max(e, end), "PROGRAM", "")
}
