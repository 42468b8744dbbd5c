package extract

import (
	"strings"
	"unicode"
)

// Platform rules of general and defence news (see news_places.go): aircraft
// and vehicle models, version marks and variants, vessels named after
// their noun, and platforms in the plural.

// trimPlurals takes a plural's "s" off the end of a platform's span:
// "ten Boeing 787-9 Dreamliners" names the "Boeing 787-9 Dreamliner", "six
// A321neos" the "A321neo". Only spans with a model number are cut (a
// defined name such as "Light Specialist Vehicles" stays whole), and names
// that end in "s" in the singular stay ("Pegasus", "Hercules", "Atlas").
func (d *doc) trimPlurals() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.label != "PLATFORM" || m.reviewed {
			continue
		}
		last := d.toks[m.e-1].text
		sing, ok := strings.CutSuffix(last, "s")
		if !ok || sing == "" {
			continue
		}
		// "777-300ERs": a variant's capitals after the model's hyphen too
		model := isModel(sing) || makerCode(sing) || isNumber(sing) || m.e-m.s >= 3 && d.toks[m.e-2].text == "-" && modelSuffix(sing)
		// "M1E3 Abrams": a family's name that ends in "s" itself, as the
		// lists know it, stays whole
		_, listed := d.a.gaz.name(last)
		family := !model && m.e-m.s >= 2 && isCapitalised(last) && d.hasDigits(m.s, m.e-1) && d.singularName(sing) && !listed
		if !model && !family {
			continue
		}
		if m.canonical == d.surface(m.s, m.e) {
			m.canonical = ""
		}
		m.trim = 1
	}
}

// hasDigits: a token in [s, e) holds a digit (a model number).
func (d *doc) hasDigits(s, e int) bool {
	for i := s; i < e; i++ {
		if strings.IndexFunc(d.toks[i].text, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// singularName: sing, a capitalised word less its final "s", is the
// singular of a plural: not a name that ends in "s" itself ("Pegasus",
// "Atlas", "Ibis"), and after "e" only where the lexicon knows the
// singular ("Eagles", not "Hercules").
func (d *doc) singularName(sing string) bool {
	switch {
	case strings.HasSuffix(sing, "s"), strings.HasSuffix(sing, "u"), strings.HasSuffix(sing, "i"), strings.HasSuffix(sing, "a"):
		return false
	case strings.HasSuffix(sing, "e"):
		return d.a.commonWords.has(strings.ToLower(sing))
	}
	return true
}

// typeNumber: "Type" and a number name a platform when a platform noun
// follows ("Type 12 missiles", "Type 054B frigates"); listed types are
// gazetteer names already.
func (d *doc) typeNumber(ps []piece) bool {
	if len(ps) != 1 || d.word(ps[0]) != "Type" {
		return false
	}
	toks := d.toks
	n := ps[0].e
	if n >= len(toks) || toks[n].glued || toks[n].newline || !typeDesignation(toks[n].text) || d.used[n] {
		return false
	}
	if !followedBy(toks, n+1, platformModifiers, platformNouns) {
		return false
	}
	d.add(ps[0].s, n+1, "PLATFORM", "")
	return true
}

// typeDesignation: digits with perhaps a capital letter or two after them
// ("12", "055", "054B").
func typeDesignation(w string) bool {
	digits := strings.TrimRight(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	return digits != "" && len(digits) <= 3 && len(w)-len(digits) <= 2 && strings.Trim(digits, "0123456789") == ""
}

// familyNumber: a model's family name in capitals takes the number of its
// variant after it, "Boeing 737 MAX 9" (news also write "737 Max 9"); e is
// where the family name starts, end where it ends; the new end is returned.
func (d *doc) familyNumber(e, end int) int {
	toks := d.toks
	if end == e || end >= len(toks) || toks[end].glued || toks[end].newline || d.used[end] {
		return end
	}
	fam := toks[end-1].text
	// "two Boeing 737 MAX 8s": trimPlurals cuts the s
	n := strings.TrimSuffix(toks[end].text, "s")
	if len(fam) < 2 || strings.ToUpper(fam) != fam && !familyMarks.has(strings.ToUpper(fam)) || !isNumber(n) || len(n) > 2 {
		return end
	}
	return end + 1
}

// shipNameOf: a ship's name may hold "of" ("HMS Prince of Wales"): the
// prefix, a name, "of" and one more name end the chunk, with no other
// connector ("HMS Valiant of the Royal Navy" is two names).
func (d *doc) shipNameOf(ps []piece) bool {
	conns := 0
	at := 0
	for i, p := range ps {
		if p.conn {
			conns++
			at = i
		}
	}
	return conns == 1 && at >= 2 && at == len(ps)-2 && d.toks[ps[at].s].text == "of" && ps[len(ps)-1].e-ps[len(ps)-1].s == 1
}

// platformMark: a version mark after a platform's name stays inside it,
// as a Roman numeral does ("F-15EX Eagle II"): "Tomahawk Block V",
// "Arleigh Burke Flight III", "Type 26 Batch 2". The platform before the
// mark is a listed one, a designator, or one or two names; "Flight" takes
// a Roman numeral only ("Flight 370" is a flight, no version).
func (d *doc) platformMark(ps []piece) bool {
	if hasConn(ps) || len(ps) < 2 {
		return false
	}
	toks := d.toks
	for i := 1; i < len(ps); i++ {
		if !markWords.has(d.word(ps[i])) {
			continue
		}
		head := ps[:i]
		listed := len(head) == 1 && head[0].unit != nil && head[0].unit.label == "PLATFORM"
		// "Virginia Block V submarines": a class named after a place, with a
		// platform's noun after its mark
		placeClass := len(head) == 1 && head[0].unit != nil && (head[0].unit.label == "GPE" || head[0].unit.label == "LOC")
		named := len(head) <= 2 && !d.a.givenNames.has(d.word(head[0]))
		for _, p := range head {
			named = named && p.unit == nil && (isDesignator(d.word(p)) || d.personWord(p))
		}
		if !listed && !named && !placeClass {
			return false
		}
		e := ps[i].e
		switch {
		case i+1 < len(ps) && versionNumeral(d.word(ps[i+1])):
			e = ps[i+1].e
		case i+1 == len(ps) && d.word(ps[i]) != "Flight" && e < len(toks) && (isNumber(toks[e].text) && len(toks[e].text) <= 2 || digitVersion(toks[e].text)) && !toks[e].glued && !toks[e].newline:
			e++
		default:
			return false
		}
		if !listed && !named && !followedBy(toks, e, platformModifiers, platformNouns) {
			return false
		}
		d.add(ps[0].s, e, "PLATFORM", "")
		d.classifyPlain(ps[d.pieceAt(ps, e):])
		return true
	}
	return false
}

// versionNumeral: a Roman numeral, perhaps with a sub-version's capital
// after it, "III", "IA", "IIB" ("Block IA", "Flight IIA").
func versionNumeral(w string) bool {
	if t := strings.TrimRight(w, "ABC"); len(w)-len(t) == 1 && len(t) <= 3 {
		w = t
	}
	return romanNumeral(w)
}

// pieceAt is the index of the first piece of ps that starts at or after
// token e, len(ps) if none does.
func (d *doc) pieceAt(ps []piece, e int) int {
	for i, p := range ps {
		if p.s >= e {
			return i
		}
	}
	return len(ps)
}

// afterShipNoun: a name right after a vessel's noun is the vessel's:
// "the submarine Dosan Ahn Changho", "the aircraft carrier Shandong", "the
// cruise ship Icon of the Seas", "the research vessel Tan Hai 6"; a ship is
// often named after a person, a place or an exercise ("the frigate
// Tarkash"). So is the name in "the wreck of the X".
// "Carrier" alone is also an airline, so it needs a warship's context
// (navalCarrier).
func (d *doc) afterShipNoun(ps []piece) bool {
	s := ps[0].s
	if s == 0 || d.toks[s].newline {
		return false
	}
	noun := d.toks[s-1].text
	wreck := s >= 3 && d.toks[s-1].text == "the" && d.toks[s-2].text == "of" && wreckNouns.has(d.toks[s-3].text)
	if !shipNouns.has(noun) && !d.navalCarrier(ps) && !wreck && !d.landingDock(s-1) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" && p.unit.label != "PERSON" && p.unit.label != "PROGRAM" {
			return false
		}
		// "Icon of the Seas", "Charles de Gaulle", "Shin Chae-ho": "of", "the",
		// a name's particles and hyphens only
		if w := d.toks[p.s].text; p.conn && w != "of" && w != "the" && w != "-" && !nameParticles.has(w) {
			return false
		}
	}
	if (titleWords.has(d.word(ps[0])) || honorifics.has(d.word(ps[0]))) && !royalTitles.has(d.word(ps[0])) {
		return false // "the ship's Captain Hale": a title opens a person's name ("the liner Queen Anne" is a ship's)
	}
	e := ps[len(ps)-1].e
	// "the research vessel Tan Hai 6": a sister ship's number, not a
	// count of something ("the ship Tarvel 12 miles off")
	if t := d.toks; e < len(t) && !t[e].glued && !t[e].newline && isNumber(t[e].text) && len(t[e].text) <= 2 && !d.used[e] &&
		!(e+1 < len(t) && t[e+1].kind == tkWord && strings.HasSuffix(t[e+1].text, "s") && !isCapitalised(t[e+1].text)) {
		e++
	}
	d.add(s, e, "PLATFORM", "")
	return true
}

// vehicleModel: a vehicle maker (configs/gazetteer/vehicle_makers.yaml)
// and the model's name after it are a vehicle: "Toyota Corolla", "Nissan
// Leaf", "Tesla Model Y", "Ford F-150"; "Toyota Motor", "Tesla CEO" and
// "Volkswagen Group" are the company (titles, organisation heads and the
// notModels words are no model; a maker and one of those is the company).
func (d *doc) vehicleModel(ps []piece) bool {
	if hasConn(ps) || len(ps) > 3 {
		return false
	}
	if d.word(ps[0]) == "Model" {
		return d.possessedModel(ps)
	}
	if len(ps) < 2 {
		return false
	}
	first := ps[0]
	if first.unit != nil && first.unit.label != "ORG" || !d.a.vehicleMakers[d.surface(first.s, first.e)] {
		return false
	}
	e := ps[len(ps)-1].e
	// "Toyota Motor", "Ford Credit": the maker's company; "Mitsubishi UFJ
	// shares": a company of the maker's group
	if len(ps) == 2 && (notModels.has(d.word(ps[1])) || e < len(d.toks) && orgAfter.has(d.toks[e].text) && !d.toks[e].newline) {
		d.add(first.s, e, "ORG", "")
		return true
	}
	for _, p := range ps[1:] {
		w := d.word(p)
		if w == "" || orgHeads.has(w) || titleWords.has(w) || programHeads.has(w) || locHeads.has(w) || gpeHeads.has(w) || eventHeads.has(w) ||
			notModels.has(w) || d.a.demonyms[w] || d.a.vehicleMakers[w] {
			return false
		}
	}
	// "Tesla Model 3", "Bombardier Global 8000": a model's number after its
	// name (a year is the model year, outside)
	if t := d.toks[min(e, len(d.toks)-1)]; e < len(d.toks) && isNumber(t.text) && len(t.text) <= 4 && !isYear(t.text) && !t.glued && !t.newline {
		e++
	}
	d.add(first.s, e, "PLATFORM", "")
	return true
}

// possessedModel: "Tesla's Model Y", "Ford's Model T": "Model" and a
// letter or a number after a vehicle maker's possessive, or before a
// car's noun with no maker named ("recalled Model Y cars").
func (d *doc) possessedModel(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	switch {
	case len(ps) == 2 && len(d.word(ps[1])) == 1:
	case len(ps) == 1 && e < len(toks) && isNumber(toks[e].text) && len(toks[e].text) <= 2 && !toks[e].newline:
		e++
	default:
		return false
	}
	possessed := s >= 2 && toks[s-1].kind == tkPossessive && d.a.vehicleMakers[toks[s-2].text]
	if !possessed && !(e < len(toks) && carNouns.has(toks[e].text) && !toks[e].newline) {
		return false
	}
	d.add(s, e, "PLATFORM", "")
	return true
}

// variantMark: capitals, perhaps with digits, that mark a platform's
// variant after a hyphen: "NG" (new generation), "ER", "P", "1A".
func variantMark(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	for _, c := range w {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// numberedPlatform: an unknown name and a number glued to it by a hyphen
// or after it, before a platform noun, is a platform's: "Nagastra-1
// loitering munitions", "Harlow-2 drones", "the Landsat 9 satellite".
func (d *doc) numberedPlatform(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	toks := d.toks
	e := ps[0].e
	switch {
	case gluedHyphen(toks, e) && isNumber(toks[e+1].text) && len(toks[e+1].text) <= 3 && !d.used[e+1]:
		e += 2
	// "the Landsat 9 satellite": a spaced number of one or two digits
	case e < len(toks) && !toks[e].glued && !toks[e].newline && isNumber(toks[e].text) && len(toks[e].text) <= 2 && !d.used[e]:
		e++
	default:
		return false
	}
	if !followedBy(toks, e, platformModifiers, platformNouns) {
		return false
	}
	d.add(ps[0].s, e, "PLATFORM", "")
	return true
}

// possessiveSplit: an organisation's plural possessive inside a run of
// capitals ends the organisation's name: "the Marine Corps' Amphibious
// Combat Vehicle" is the corps and its vehicle, while "Coastal Leaders'
// Summit" is one name.
func (d *doc) possessiveSplit(ps []piece) bool {
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i].conn || !isApostrophe([]rune(d.toks[ps[i].s].text)[0]) {
			continue
		}
		left := ps[:i]
		if !(len(left) == 1 && left[0].unit != nil && left[0].unit.label == "ORG") && d.cueLabel(left) != "ORG" {
			return false
		}
		d.classify(left)
		d.classify(ps[i+1:])
		return true
	}
	return false
}

// namedPlatformHead: a name ending in a platform's head word with a proper
// name inside is the platform's, however much its first word looks like a
// surname: "Orvane Strike Missile", "Kestrel Recovery Vehicle". A run of
// common words only ("Electronic Warfare System", "Armoured Recovery
// Vehicles") describes a kind, no named thing, as do the words after a
// designator or a listed name ("MQ-9B Remotely Piloted Aircraft"); and
// "System" also ends companies' names, so it is no head here.
func (d *doc) namedPlatformHead(ps []piece) bool {
	last := ps[len(ps)-1]
	head := d.word(last)
	if len(ps) < 2 || hasConn(ps) || !platformHeads.has(head) || strings.HasPrefix(head, "System") {
		return false
	}
	proper := false
	for _, p := range ps[:len(ps)-1] {
		w := d.word(p)
		if p.unit != nil || isDesignator(w) {
			return false // "MQ-9B Remotely Piloted Aircraft": the name and what it is
		}
		proper = proper || !d.commonWord(w)
	}
	if !proper || d.a.givenNames.has(d.word(ps[0])) || d.thinkTank(ps) {
		return false
	}
	d.add(ps[0].s, last.e, "PLATFORM", "")
	return true
}

// modelWord: a model number with a lower-case variant is an aircraft's
// even without its maker: "A320neo", "A330neos" (the plural's s is cut
// later), or a family's mark glued on ("A321XLR"). "G7s" is a plural, no
// variant.
func (d *doc) modelWord(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	w := d.word(ps[0])
	sing := strings.TrimSuffix(w, "s")
	base := strings.TrimRightFunc(sing, unicode.IsLower)
	if (len(sing)-len(base) < 2 || !isModel(sing)) && !familyModel(sing) {
		return false
	}
	d.add(ps[0].s, ps[0].e, "PLATFORM", "")
	return true
}

// makerModel: a maker and a two-digit model with its variant after a
// hyphen or a platform noun after it, "ATR 72-600", "ATR 42 turboprops"
// (three-digit models are read by findModelNumbers; two digits alone are
// too often a count: "Boeing 40 jobs").
func (d *doc) makerModel(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "ORG" {
		return false
	}
	toks := d.toks
	e := ps[0].e
	if e+1 >= len(toks) || toks[e].glued || toks[e].newline || len(toks[e].text) != 2 || !isNumber(toks[e].text) || d.used[e] {
		return false
	}
	// "ATR 72-600", or "ATR 72 turboprops" with a platform noun after
	switch {
	// a variant of one or two digits alone is a score's other side:
	// "beat Tarvel 86-81", "Kessel 24-20"
	case gluedHyphen(toks, e+1) && modelSuffix(toks[e+2].text) && !(len(toks[e+2].text) <= 2 && isNumber(toks[e+2].text)) && d.free(e, e+3):
		d.add(ps[0].s, e+3, "PLATFORM", "")
	case followedBy(toks, e+1, platformModifiers, platformNouns):
		d.add(ps[0].s, e+1, "PLATFORM", "")
	default:
		return false
	}
	return true
}

// modelCodePlatform: a name and a model code that opens with a digit,
// before a platform noun or after a listed platform's name: "Leopard 2A8
// tanks", "Orvane 3B drones".
func (d *doc) modelCodePlatform(ps []piece) bool {
	if len(ps) != 1 {
		return false
	}
	p := ps[0]
	if p.unit != nil && p.unit.label != "PLATFORM" {
		return false
	}
	toks := d.toks
	e := p.e
	if e >= len(toks) || toks[e].glued || toks[e].newline || d.used[e] || !digitModelCode(toks[e].text) {
		return false
	}
	if p.unit == nil && !followedBy(toks, e+1, platformModifiers, platformNouns) {
		return false
	}
	d.add(p.s, e+1, "PLATFORM", "")
	return true
}

// digitModelCode: a digit, then capitals and digits with at least one
// capital: "2A8", "2A4", "3B".
func digitModelCode(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[0] < '0' || w[0] > '9' {
		return false
	}
	caps := 0
	for _, c := range w {
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return caps > 0
}

// joinVariants joins a variant's capitals to the designator or acronym
// ending the platform before them: "IRIS-T SLM", "Patriot PAC-3 MSE" are
// one platform each, not a platform and another platform or an
// organisation (a lone unknown acronym reads as one); two names of one
// listed platform side by side are one mention ("Apache AH-64E"); and a
// variant's number after a designator's hyphen joins it ("C-130J-30").
func (d *doc) joinVariants() {
	byEnd := d.tokMap() // end token of a platform → its mention
	defer d.done(byEnd)
	for k, m := range d.mentions {
		if m.label == "PLATFORM" && !m.reviewed && m.trim == 0 {
			byEnd.set(m.e, k)
		}
	}
	drop := map[int]bool{}
	for k := range d.mentions {
		// "C-130J-30": a variant's number after a designator's hyphen
		m := &d.mentions[k]
		e := m.e
		if m.label == "PLATFORM" && !m.reviewed && m.trim == 0 && gluedHyphen(d.toks, e) &&
			isNumber(d.toks[e+1].text) && len(d.toks[e+1].text) <= 3 && isDesignator(d.lastWord(m.s, e)) && d.free(e, e+2) {
			d.claim(e, e+2)
			m.e, m.canonical = e+2, ""
		}
	}
	for k, m := range d.mentions {
		p, ok := byEnd.get(m.s)
		if !ok || m.label != "PLATFORM" && m.label != "ORG" || m.reviewed || drop[p] {
			continue
		}
		prev := &d.mentions[p]
		w, last := d.toks[m.s].text, d.lastWord(prev.s, prev.e)
		// "Apache AH-64E": a listed name and its own designator
		same := m.label == "PLATFORM" && m.canonical != "" && m.canonical == prev.canonical && !d.toks[m.s].newline
		variant := !d.toks[m.s].glued && !d.toks[m.s].newline && len(w) >= 2 && len(w) <= 3 && strings.ToUpper(w) == w && (isDesignator(last) || acronymLike(last))
		if !same && !variant {
			continue
		}
		if !same {
			prev.canonical = ""
		}
		prev.e = m.e
		drop[k] = true
	}
	d.dropMentions(drop)
}

// lastWord is the last run of glued tokens in [s, e): "PAC-3" of "Patriot
// PAC-3".
func (d *doc) lastWord(s, e int) string {
	k := e - 1
	for k > s && d.toks[k].glued {
		k--
	}
	return d.surface(k, e)
}

// namedDesignator: an unknown name and a designator after it are one
// platform: "Magura V5", "Harrier GR9", "Orvane X2"; a given name, a title
// or a listed name before a designator is not its name ("John F2").
func (d *doc) namedDesignator(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit != nil || ps[1].conn {
		return false
	}
	name, des := d.word(ps[0]), d.word(ps[1])
	if !isDesignator(des) || isDesignator(name) || markDesignator(des) || !d.personWord(ps[0]) || d.a.givenNames.has(name) || titleWords.has(name) || !d.a.uncommon(name) && !d.commonWord(name) {
		return false
	}
	d.add(ps[0].s, ps[1].e, "PLATFORM", "")
	return true
}

// pluralPlatform: a designator or a listed platform's name in the plural
// is the platform, its "s" outside the span: "F-35s", "MQ-9Bs" (the
// shape says enough), "36 Rafales", "four Apaches" (a count before it
// says it is a number of things, not a team: "the Patriots won").
func (d *doc) pluralPlatform(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil {
		return false
	}
	s := ps[0].s
	w := d.toks[s].text
	sing, ok := strings.CutSuffix(w, "s")
	if !ok || sing == "" {
		return false
	}
	if isDesignator(sing) {
		return d.add(s, s+1, "PLATFORM", "") // trimPlurals cuts the s
	}
	counted := s > 0 && (isNumber(d.toks[s-1].text) || countWords.has(strings.ToLower(d.toks[s-1].text)))
	if !counted && !d.operatedPlural(s) {
		return false
	}
	return d.addListedPlural(s)
}

// addListedPlural labels token s a platform when it is a listed
// platform's name in the plural ("Rafales", "Apaches"), its "s" or "es"
// outside the span.
func (d *doc) addListedPlural(s int) bool {
	canonical, cut := d.listedPlural(s)
	if cut == 0 {
		return false
	}
	if d.add(s, s+1, "PLATFORM", canonical) {
		d.mentions[len(d.mentions)-1].trim = cut
	}
	return true
}

// listedPlural returns the canonical of the listed platform token s names
// in the plural and the letters of its ending, or 0.
func (d *doc) listedPlural(s int) (string, int) {
	w := d.toks[s].text
	for _, cut := range []int{1, 2} {
		if len(w) <= cut {
			break
		}
		t := d.toks[s]
		t.text = w[:len(w)-cut]
		if h, ok := d.a.gaz.lookup([]tok{t}); ok && h.label == "PLATFORM" && (cut == 1 || strings.HasSuffix(w, "es")) {
			return h.canonical, cut
		}
	}
	return "", 0
}

// cutKindWords cuts the word for the kind of thing off a name listed with
// it, as the noun after a platform's name stays outside it (GUIDELINES):
// a class of ships is named without "-class" (the listed "Kolkata-class",
// listed so as "Kolkata" alone is the city, gives "Kolkata", as an
// unlisted "Orvane-class frigate" gives "Orvane"), and a programme
// without its lower-case noun (the listed "Replicator initiative", listed
// so as "replicator" is a word, gives "Replicator").
func (d *doc) cutKindWords() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.reviewed || m.trim != 0 {
			continue
		}
		last := d.toks[m.e-1].text
		switch {
		case m.label == "PLATFORM" && m.e-m.s >= 3 && strings.EqualFold(last, "class") && d.toks[m.e-2].text == "-":
			m.e -= 2
			m.canonical = strings.TrimSuffix(m.canonical, "-class")
		case m.label == "PROGRAM" && m.e-m.s >= 2 && programNouns.has(last) && !d.toks[m.e-1].glued:
			m.e--
		}
	}
}

// className: a name before "class" or "-class" that ends its phrase, or
// before a vessel's noun, is a class of ships, whatever else the name is:
// "succeed the Kolkata class.", "two Orvane-class." (before a platform
// noun the context rules read it already); "a Harvard class action" is
// no ship, as the word after "class" says.
func (d *doc) className(ps []piece) bool {
	if hasConn(ps) || len(ps) > 3 {
		return false
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	k := e
	if gluedHyphen(toks, k) {
		k++
	} else if k < len(toks) && toks[k].glued {
		return false
	}
	if k >= len(toks) || toks[k].text != "class" || toks[k].newline {
		return false
	}
	next := k + 1
	naval := d.navalClass(ps[0].s, next) // "the Kessel class began sea trials" (news_r15def.go)
	proper := false                      // "Premium Economy class" is a cabin's
	for _, p := range ps {
		if p.unit != nil && p.unit.label == "PERSON" && !naval {
			return false
		}
		proper = proper || p.unit != nil || !d.commonWord(d.word(p))
	}
	if !proper {
		return false
	}
	ends := next >= len(toks) || toks[next].newline || toks[next].kind == tkPunct && toks[next].text != "-"
	noun := next
	if noun+2 < len(toks) && markWords.has(toks[noun].text) && (versionNumeral(toks[noun+1].text) || allDigits(toks[noun+1].text)) {
		noun += 2 // "Kessel-class Flight III destroyers": the class's flight between (news_r24def.go)
	}
	if !ends && !naval && !followedBy(toks, noun, platformModifiers, platformNouns) {
		return false
	}
	if len(ps) > 1 && ps[0].unit == nil && d.a.demonyms[d.word(ps[0])] {
		// "a Norwegian Fridtjof Nansen-class frigate": the navy's
		// adjective is no part of the class's name
		ps = ps[1:]
	}
	d.add(ps[0].s, e, "PLATFORM", "")
	return true
}

// makerNamedPlatform: a company's name and a craft's name before a
// platform's noun are one platform, "the SpaceX Dragon capsule", "the
// Orvane Falcon drone", and so are a company's and a listed platform's
// one-word name ("aboard a SpaceX Dragon"); a place after the company is
// none ("a Boeing Ohio jet"). A maker, a listed platform and its variant's
// mark are one too (makerPlatformMark).
func (d *doc) makerNamedPlatform(ps []piece) bool {
	if len(ps) == 3 && d.makerPlatformMark(ps) {
		return true
	}
	if len(ps) != 2 || hasConn(ps) || ps[0].unit == nil || ps[0].unit.label != "ORG" || operator(ps[0].unit.canonical) {
		return false
	}
	if u := ps[1].unit; u != nil && u.label != "PLATFORM" || u == nil && (d.a.givenNames.has(d.word(ps[1])) || titleWords.has(d.word(ps[1])) || orgHeads.has(d.word(ps[1]))) {
		return false
	}
	if (ps[1].unit == nil || ps[1].e-ps[1].s > 1) && !followedBy(d.toks, ps[1].e, platformModifiers, platformNouns) {
		return false
	}
	d.add(ps[0].s, ps[1].e, "PLATFORM", "")
	return true
}

// operator reports an organisation that flies or sails platforms but
// makes none, by the last word of its name (an air force, a navy, an
// alliance, a ministry): "IAF Rafale jets" are the air force's Rafales,
// while "the SpaceX Dragon capsule" is the maker's craft.
func operator(canonical string) bool {
	return operatorHeads.has(canonical[strings.LastIndexByte(canonical, ' ')+1:])
}

// aboardName: a name after "aboard" (and an article) that ends its phrase
// or stands before a platform's noun is the vessel's or the craft's:
// "aboard a SpaceX Dragon", "aboard the Orvane Star", "aboard the Theodore
// Roosevelt"; "aboard a Delta flight" is the airline's (a flight is no
// platform), and a lone company or place keeps its label.
func (d *doc) aboardName(ps []piece) bool {
	s := ps[0].s
	k := s - 1
	if k >= 0 && (d.toks[k].text == "the" || d.toks[k].text == "a" || d.toks[k].text == "an") {
		k--
	}
	if k < 0 || !strings.EqualFold(d.toks[k].text, "aboard") || d.toks[s].newline || len(ps) > 4 {
		return false
	}
	if len(ps) == 1 && ps[0].unit != nil && ps[0].unit.label != "PLATFORM" {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && (p.unit.label == "GPE" || p.unit.label == "LOC") || p.conn && d.toks[p.s].text != "of" {
			return false
		}
	}
	toks := d.toks
	e := ps[len(ps)-1].e
	ends := e >= len(toks) || toks[e].newline || toks[e].kind != tkWord || connectors.has(toks[e].text) || placePrepositions.has(toks[e].text)
	if !ends && !followedBy(toks, e, platformModifiers, platformNouns) {
		return false
	}
	canonical := "" // "aboard the ISS": a listed craft keeps its canonical
	if len(ps) == 1 && ps[0].unit != nil {
		canonical = ps[0].unit.canonical
	}
	d.add(s, e, "PLATFORM", canonical)
	return true
}

// thinkTank: "the Orvane Think Tank" is an institute, though "Tank" ends
// platforms' names ("Orvane Light Tank").
func (d *doc) thinkTank(ps []piece) bool {
	return len(ps) >= 2 && d.word(ps[len(ps)-2]) == "Think"
}

// singularPlatformHeads are the platform heads that name one system; a
// plural head describes a kind ("Armoured Recovery Vehicles").
func singularPlatformHead(w string) bool {
	return platformHeads.has(w) && !strings.HasSuffix(w, "s")
}

// definitePlatform: a run of three or more capitalised words after "the"
// or a possessive (four or more with a weapon's word, without them),
// ending in a platform's head in the singular, is a
// named system even when all its words are common ones: "the Very Short
// Range Air Defence System", "the Army's Optionally Manned Fighting
// Vehicle", "the Long Range Anti-Ship Missile"; "an Electronic Warfare System" is a kind, and a programme's
// noun after the run leaves it to the programme rules ("the Orvane
// Combat Vehicle programme").
func (d *doc) definitePlatform(ps []piece) bool {
	s := ps[0].s
	if len(ps) < 3 || hasUnit(ps) || s == 0 || !singularPlatformHead(d.word(ps[len(ps)-1])) || d.thinkTank(ps) {
		return false
	}
	for _, p := range ps {
		if p.conn && d.toks[p.s].text != "-" {
			return false // "Anti-Ship" holds a hyphen, no other connector
		}
	}
	// "for Guided Multiple Launch Rocket System production": with no
	// article, four words or more and a weapon's word inside
	prev := d.toks[s-1]
	bare := !strings.EqualFold(prev.text, "the") && prev.kind != tkPossessive
	if bare && len(ps) < 4 {
		return false
	}
	// "System" also ends the names of institutions and schemes ("the
	// Federal Reserve System", "the National Pension System"): a system
	// needs a weapon's word inside ("Air Defence System")
	weapon := false
	for _, p := range ps {
		w := d.word(p)
		if isDesignator(w) || d.a.givenNames.has(w) && p.s == s {
			return false
		}
		weapon = weapon || p.e < ps[len(ps)-1].e && (platformModifiers.has(strings.ToLower(w)) || platformNouns.has(strings.ToLower(w)))
	}
	armed := weapon || !bare && !strings.HasPrefix(d.word(ps[len(ps)-1]), "System")
	e := ps[len(ps)-1].e
	if !armed || followedBy(d.toks, e, programModifiers, programNouns) {
		return false
	}
	d.add(s, e, "PLATFORM", "")
	return true
}

// platformVariantName: a listed platform's name and words after it,
// before a platform's noun or ending in a platform's head, name its
// variant: "the BrahMos Extended Range missile", "the Kestrel Long
// Endurance drone", "the Tomahawk Land Attack Missile", "the Kaveri
// Derivative Engine" (a place's head word inside, "Range", does not make
// it a place).
func (d *doc) platformVariantName(ps []piece) bool {
	if len(ps) < 2 || hasConn(ps) || ps[0].unit == nil || ps[0].unit.label != "PLATFORM" {
		return false
	}
	for _, p := range ps[1:] {
		if p.unit != nil {
			return false
		}
	}
	e := ps[len(ps)-1].e
	last := d.word(ps[len(ps)-1])
	if !singularPlatformHead(last) && !platformNouns.has(strings.ToLower(last)) && !followedBy(d.toks, e, platformModifiers, platformNouns) {
		return false
	}
	d.add(ps[0].s, e, "PLATFORM", "")
	return true
}

// designatorNamed: a designator and a name after it, before a platform's
// noun, are one platform, whatever list the name is in: "MQ-9B Sea
// Guardian drones" (a listed operation's name too), "KC-390 Millennium
// aircraft".
func (d *doc) designatorNamed(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || ps[0].unit != nil || !isDesignator(d.word(ps[0])) {
		return false
	}
	for _, p := range ps[1:] {
		if p.unit != nil && (p.unit.label == "GPE" || p.unit.label == "ORG" || p.unit.label == "PERSON") || p.unit == nil && isDesignator(d.word(p)) {
			return false
		}
	}
	e := ps[len(ps)-1].e
	if !followedBy(d.toks, e, platformModifiers, platformNouns) {
		return false
	}
	h, _ := d.a.gaz.lookup(d.toks[ps[0].s:e])
	d.add(ps[0].s, e, "PLATFORM", h.canonical)
	return true
}

// personNamedCraft: a person's name between "the" or a possessive and a
// craft's noun names the craft after the person: "the James Webb
// telescope", "ESA's Nancy Orvane probe", "the Theodore Kessel carrier"
// (the noun stays outside).
// A system, suite or engine may be a person's idea, not named after one.
func (d *doc) personNamedCraft(ps []piece) bool {
	s := ps[0].s
	if hasConn(ps) || len(ps) > 4 || s == 0 || !strings.EqualFold(d.toks[s-1].text, "the") && d.toks[s-1].kind != tkPossessive {
		return false
	}
	person := ps[0].unit != nil && ps[0].unit.label == "PERSON" || ps[0].unit == nil && d.a.givenNames.has(d.word(ps[0]))
	for _, p := range ps[1:] {
		person = person && (p.unit == nil || p.unit.label == "PERSON")
	}
	e := ps[len(ps)-1].e
	if !person || e >= len(d.toks) || d.toks[e].newline || !platformNouns.has(d.toks[e].text) || ideaNouns.has(d.toks[e].text) {
		return false
	}
	d.add(s, e, "PLATFORM", "")
	return true
}

// joinSlashes takes the letters a slash joins to a platform's designator
// into it: "F/A-18" (a fighter and attack aircraft), "F/A-18E/F" (two
// variants), "EA-18G" needs none; and a mark's numeral after a hyphen
// joins the mark ("Pinaka Mk-II", not "Pinaka Mk" and "II").
func (d *doc) joinSlashes() {
	toks := d.toks
	d.joinOverHyphen("PLATFORM", func(m *mention) bool { return toks[m.e-1].text == "Mk" && versionNumeral(toks[m.e+1].text) })
	letters := func(k int) bool {
		w := toks[k].text
		return len(w) <= 2 && strings.ToUpper(w) == w && isCapitalised(w)
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.label != "PLATFORM" || m.reviewed {
			continue
		}
		endsDesignator := isDesignator(d.lastWord(m.s, m.e))
		// "F/A-18F Super Hornet", "F/A-18C Hornets": the designator opens the name
		if s := m.s; s >= 2 && isDesignator(toks[s].text) && toks[s].glued && toks[s-1].text == "/" && toks[s-1].glued && letters(s-2) && d.free(s-2, s) {
			d.used[s-2], d.used[s-1] = true, true
			m.s, m.canonical = s-2, ""
		}
		if e := m.e; m.trim == 0 && e+1 < len(toks) && endsDesignator && toks[e].text == "/" && toks[e].glued && toks[e+1].glued && letters(e+1) && d.free(e, e+2) &&
			!(e+2 < len(toks) && toks[e+2].glued && toks[e+2].kind == tkWord) {
			d.used[e], d.used[e+1] = true, true
			m.e, m.canonical = e+2, ""
		}
	}
}

// shipByVerb: a name after "the" and before a verb only vessels take is
// the vessel's: "The Ever Given ran aground", "the Orvane Star sank",
// "the Harlow docked"; with no article it may be a person ("Harlow
// sailed") and is left to the other rules.
func (d *doc) shipByVerb(ps []piece) bool {
	s := ps[0].s
	if len(ps) > 4 || s == 0 || !strings.EqualFold(d.toks[s-1].text, "the") || hasConn(ps) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "PERSON" && p.unit.label != "GPE" && p.unit.label != "PLATFORM" {
			return false
		}
	}
	toks := d.toks
	k := ps[len(ps)-1].e
	if k < len(toks) && (toks[k].text == "has" || toks[k].text == "had") {
		k++ // "the Orvane has docked"
	}
	if k >= len(toks) || toks[k].newline {
		return false
	}
	verb := shipVerbs.has(toks[k].text) && toks[k].text != "aground" || toks[k].text == "ran" && k+1 < len(toks) && toks[k+1].text == "aground"
	if !verb {
		return false
	}
	if l := d.cueLabel(ps); l != "" && l != "PLATFORM" {
		return false // "the Coast Guard sailed": an organisation by its head word
	}
	if last := ps[len(ps)-1]; last.unit == nil && strings.HasSuffix(d.word(last), "s") {
		return false // "the Harlows sailed to victory": a team or a party
	}
	d.add(s, ps[len(ps)-1].e, "PLATFORM", "")
	return true
}

// makerPlatformMark: a maker, a listed platform's one-word name and its
// variant's mark are one platform, as "Airbus A321neo" is: "Saab Gripen
// E", "Orvane Kestrel II", "Dassault Rafale M".
func (d *doc) makerPlatformMark(ps []piece) bool {
	if hasConn(ps) || ps[0].unit == nil || ps[0].unit.label != "ORG" || ps[1].unit == nil || ps[1].unit.label != "PLATFORM" || ps[1].e-ps[1].s != 1 || ps[2].unit != nil {
		return false
	}
	mark := d.word(ps[2])
	if !variantMark(mark) && !romanNumeral(mark) && !isDesignator(mark) {
		return false
	}
	d.add(ps[0].s, ps[2].e, "PLATFORM", "")
	return true
}

// classPrefixName: a platform's class written out in capitals before a
// listed platform's name stays in its span, as "LCA Tejas Mk1A" keeps
// "LCA" (GUIDELINES): "the Advanced Light Helicopter Dhruv", "Light Combat
// Helicopters Prachand".
func (d *doc) classPrefixName(ps []piece) bool {
	n := len(ps)
	if n < 3 || hasConn(ps) || ps[n-1].unit == nil || ps[n-1].unit.label != "PLATFORM" || !platformHeads.has(d.word(ps[n-2])) {
		return false
	}
	for _, p := range ps[:n-1] {
		if p.unit != nil || isDesignator(d.word(p)) {
			return false
		}
	}
	d.add(ps[0].s, ps[n-1].e, "PLATFORM", ps[n-1].unit.canonical)
	return true
}

// consumerProduct: a name before a consumer device's noun ("the Galaxy
// S24 phones", "Pixel 9 smartphones", "Switch 2 consoles") is a product's
// and no entity: PLATFORM names vehicles and military or dual-use systems
// (GUIDELINES.md), and phones, laptops and consoles are none of these,
// while cars are vehicles (vehicleModel). A maker's name first keeps its
// label ("Samsung Galaxy phones", "Nokia phones"); the rest is claimed
// and dropped.
func (d *doc) consumerProduct(ps []piece) bool {
	toks := d.toks
	e := ps[len(ps)-1].e
	if e < len(toks) && isNumber(toks[e].text) && !toks[e].newline {
		e++ // "Pixel 9 phones": the model's number outside the chunk
	}
	if e >= len(toks) || toks[e].newline || !deviceNouns.has(toks[e].text) {
		return false
	}
	s := ps[0].s
	if u := ps[0].unit; u != nil && u.label == "ORG" {
		if len(ps) == 1 {
			return false // "Nokia phones": the maker's, read by the rules below
		}
		d.add(ps[0].s, ps[0].e, "ORG", "")
		s = ps[0].e
	}
	d.claim(s, e)
	return true
}

// bracketAlias: an acronym in brackets just after a platform's name is the
// same platform's short name, "the Orvane Strike Missile (OSM)", where
// findDefinitions could not label the long form alone (a name in it is no
// common word) and the chunk rules labelled it after.
func (d *doc) bracketAlias(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if len(ps) != 1 || ps[0].unit != nil || s < 2 || e >= len(toks) || toks[s-1].text != "(" || toks[e].text != ")" ||
		!acronymLike(d.surface(s, e)) || len(d.mentions) == 0 {
		return false
	}
	m := d.mentions[len(d.mentions)-1]
	if m.label != "PLATFORM" || m.e != s-1 {
		return false
	}
	canonical := m.canonical
	if canonical == "" {
		canonical = d.surface(m.s, m.e)
	}
	return d.add(s, e, "PLATFORM", canonical)
}

// bracketDesignator: a name with its designator in brackets after it is a
// platform's, "the Kessel Hawk (KH-2) trainer", "Orvane Shield (OS-3)",
// however much the name looks like a person's; a known name, a company's
// or one opened by a given name keeps its label ("Orvane Aerospace
// (OA-1)", "Mary Kessel (F-35)").
func (d *doc) bracketDesignator(ps []piece) bool {
	e := ps[len(ps)-1].e
	toks := d.toks
	if hasUnit(ps) || hasConn(ps) || orgHeads.has(d.word(ps[len(ps)-1])) || d.a.givenNames.has(d.word(ps[0])) || e+2 >= len(toks) || toks[e].text != "(" || d.programHeaded(ps) {
		return false
	}
	q := e + 1
	for q < len(toks) && q <= e+4 && toks[q].text != ")" && !toks[q].newline {
		q++
	}
	if q >= len(toks) || toks[q].text != ")" || q == e+1 || !isDesignator(d.surface(e+1, q)) {
		return false // "Kessel ( )": empty brackets
	}
	return d.add(ps[0].s, e, "PLATFORM", "")
}
