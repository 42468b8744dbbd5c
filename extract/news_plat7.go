package extract

import (
	"slices"
	"strings"
)

// craftWords may stand between a craft's name and its noun; anyCraftNouns
// end it, craftNouns when the name has no number (the broad nouns left
// out). Built once from the cue sets.
var (
	craftWords    = unionOf(platformModifiers, craftKinds, craftRoles)
	anyCraftNouns = unionOf(platformNouns, moreCraftNouns)
	craftNouns    = without(anyCraftNouns, vaguePlatformNouns)
	vehicleNouns  = unionOf(craftNouns, singularVehicles)
)

func unionOf(sets ...*cueSet) *cueSet {
	return cueFrom(func() *cueSet {
		u := newCueSet()
		for _, s := range sets {
			for w := range s.all() {
				u.put(w)
			}
		}
		return u
	})
}

func without(set, out *cueSet) *cueSet {
	return cueFrom(func() *cueSet {
		u := newCueSet()
		for w := range set.all() {
			if !out.has(w) {
				u.put(w)
			}
		}
		return u
	})
}

// Platform rules of round 7: a name before what a craft is for and its
// noun ("the Kessel navigation satellite", "Orvane bullet trains"), a
// vessel named in apposition to its noun ("a frigate, the Harlow,"), a
// vessel after "carrier" when no airline is meant, and a name listed with
// a platform ("the Orvane and Kessel Shadow missiles").

// craftNounName: an unlisted name, perhaps with its number, before the
// noun of a craft and the words that say what it is for is the craft's: "the
// Michibiki navigation satellite", "a Global 8000 business jet", "Velaro
// trains", "the Israeli Arrow 3 interceptor" (a demonym first is a flag,
// no name). A maker's or a listed organisation's name is the company's
// ("Airbus helicopters", "Tesla cars"), and a noun as broad as "system" or
// "vehicle" needs a number with the name ("the Orvane system" may be
// software).
func (d *doc) craftNounName(ps []piece) bool {
	if hasConn(ps) || len(ps) > 3 || d.groupFighters(ps[len(ps)-1].e) {
		return false
	}
	if d.a.demonyms[d.word(ps[0])] && len(ps) > 1 {
		ps = ps[1:]
	}
	// "the Kessel MANPADS", "Orvane ICBMs": a kind's acronym ends the run
	// (a programme's noun after it, or a common word before it, makes the
	// run a programme's: "the Blue SAM list")
	acronym, kind := false, piece{}
	if last := d.word(ps[len(ps)-1]); len(ps) == 2 && allCapitals(strings.TrimSuffix(last, "s")) && moreCraftNouns.has(last) && !d.a.commonWords.has(strings.ToLower(d.word(ps[0]))) {
		end := ps[len(ps)-1].e
		if end < len(d.toks) && programNouns.has(d.toks[end].text) {
			return false
		}
		kind, ps, acronym = ps[len(ps)-1], ps[:len(ps)-1], true
	}
	for i, p := range ps {
		// a listed platform or a designator is read by the rules that know
		// its canonical ("FGM-148" is "Javelin")
		if p.unit != nil {
			return false // "the Mars rover": a place's name says where it goes
		}
		w := d.word(p)
		if isModel(w) || markDesignator(w) {
			return false
		}
		if p.unit == nil && (w == "" || titleWords.has(w) || orgHeads.has(w) || programHeads.has(w) || locHeads.has(w) || gpeHeads.has(w) || eventHeads.has(w) ||
			d.a.demonyms[w] || d.a.vehicleMakers[w] || i == 0 && d.a.givenNames.has(w) && len(ps) > 1) {
			return false
		}
	}
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if toks[s].sentStart && len(ps) == 1 && ps[0].unit == nil {
		return false // "Cargo ships were stuck": a sentence's capital
	}
	numbered := false
	switch {
	case acronym:
	case gluedHyphen(toks, e) && (isNumber(toks[e+1].text) || romanNumeral(toks[e+1].text)) && !d.used[e+1]:
		e, numbered = e+2, true
	case e < len(toks) && !toks[e].glued && !toks[e].newline && !d.used[e] && (isNumber(toks[e].text) && len(toks[e].text) <= 4 && !isYear(toks[e].text) || romanNumeral(toks[e].text)):
		e, numbered = e+1, true
	}
	if e < len(toks) && toks[e].glued {
		return false // "L-SAM" split at its hyphen: the name goes on
	}
	nouns := craftNouns
	if numbered {
		nouns = anyCraftNouns
	}
	// "the Kessel bullet train": a train, a bus or a car in the singular
	// is a model's only after what it does
	modified := e < len(toks) && craftWords.has(toks[e].text) && followedBy(toks, e+1, craftWords, vehicleNouns)
	if !acronym && !modified && !followedBy(toks, e, craftWords, nouns) {
		return false
	}
	if !d.add(s, e, "PLATFORM", "") {
		return false
	}
	d.claim(kind.s, kind.e) // the kind's acronym is no name
	return true
}

// ownedVehicle: a name with a model's number after a vehicle maker's
// possessive is the maker's model: "Orvane's Kessel 5", "Harlow's QX9"
// (a person after the possessive has no number).
func (d *doc) ownedVehicle(ps []piece) bool {
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if len(ps) > 2 || hasUnit(ps) || hasConn(ps) || s < 2 || toks[s-1].kind != tkPossessive || !d.a.vehicleMakers[toks[s-2].text] {
		return false
	}
	switch {
	case len(ps) == 1 && isModel(d.word(ps[0])):
	case e < len(toks) && !toks[e].glued && !toks[e].newline && !d.used[e] && isNumber(toks[e].text) && len(toks[e].text) <= 3:
		e++
	default:
		return false
	}
	return d.add(s, e, "PLATFORM", "")
}

// designatorName: a designator with its hyphen and a name after it are
// one platform with no noun after them too: "the XQ-58 Valkyrie will
// fly", "a CP-140 Aurora" (a given name or a common word as a craft's
// name). Words of organisations, programmes and titles are no part of it
// ("the F-35 Joint Program Office").
func (d *doc) designatorName(ps []piece) bool {
	w := d.word(ps[0])
	if len(ps) < 2 || len(ps) > 3 || hasConn(ps) || !strings.Contains(w, "-") || !isDesignator(w) {
		return false
	}
	for _, p := range ps[1:] {
		w := d.word(p)
		if p.unit != nil || isDesignator(w) || titleWords.has(w) || orgHeads.has(w) || programHeads.has(w) || locHeads.has(w) || gpeHeads.has(w) || eventHeads.has(w) || d.a.demonyms[w] {
			return false
		}
	}
	e := ps[len(ps)-1].e
	h, _ := d.a.gaz.lookup(d.toks[ps[0].s:e])
	return d.add(ps[0].s, e, "PLATFORM", h.canonical)
}

// listedMark: a listed platform and a service's mark after it are one
// platform, the variant: "Typhoon FGR4", "Hawk T2", "Tornado GR4" (a few
// capitals and a number, perhaps a letter after it).
func (d *doc) listedMark(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || ps[0].unit.label != "PLATFORM" || ps[1].unit != nil || !serviceMark(d.word(ps[1])) {
		return false
	}
	return d.add(ps[0].s, ps[1].e, "PLATFORM", "")
}

// serviceMark: one to four capitals, one or two digits and perhaps a
// capital: "FGR4", "T2", "GR9", "AEW1", "HC6A".
func serviceMark(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	tail := len(w) - j
	return i >= 1 && i <= 4 && j-i >= 1 && j-i <= 2 && (tail == 0 || tail == 1 && w[j] >= 'A' && w[j] <= 'Z')
}

// flightNumber: "Flight" and a number after a name are a flight's
// number, no part of the name and no entity: "Starship Flight 7", "Orvane
// Air Flight 212"; the name before is read on its own ("Flight III" is a
// version, read by platformMark).
func (d *doc) flightNumber(ps []piece) bool {
	last := ps[len(ps)-1]
	e := last.e
	if len(ps) < 2 || d.word(last) != "Flight" || e >= len(d.toks) || d.toks[e].newline || !isNumber(d.toks[e].text) || d.used[e] {
		return false
	}
	d.claim(last.s, e+1)
	d.classify(ps[:len(ps)-1])
	return true
}

// flaggedPlatform: a demonym before a platform's designator or listed
// name is a flag, no part of the name: "Russian Su-35s", "the Swedish
// CV90s", "German Leopard 2s"; the rest is read on its own. Names that a
// demonym opens ("Indian Navy", "British Airways") have no designator.
func (d *doc) flaggedPlatform(ps []piece) bool {
	if len(ps) < 2 || hasConn(ps) || !d.a.demonyms[d.word(ps[0])] {
		return false
	}
	p := ps[1]
	w := strings.TrimSuffix(d.word(p), "s")
	if !(p.unit != nil && p.unit.label == "PLATFORM" || p.unit == nil && isModel(w)) {
		return false
	}
	d.classify(ps[1:])
	return true
}

// ownedModel: a model number at token i with its variant or a family's
// letter after a maker's possessive is the maker's model, the maker
// outside it: "Boeing's 777-9", "Orvane's 787X" (a bare "Orvane's 350"
// may count staff).
func (d *doc) ownedModel(i int, variant bool) bool {
	toks := d.toks
	if i < 2 || toks[i-1].kind != tkPossessive || !variant && len(strings.TrimSuffix(toks[i].text, "s")) != 4 {
		return false
	}
	return d.makerBefore(i-1) < i-1
}

// modelMaker: the organisation named in [s, i) is an aircraft's maker
// (model_makers.yaml, vehicle_makers.yaml), not an airline that owns it;
// an empty span is no organisation.
func (d *doc) modelMaker(s, i int) bool {
	if s >= i {
		return true
	}
	name := d.surface(s, i)
	return d.a.modelMakers[name] || d.a.vehicleMakers[name]
}

// familyModel: a designator and a family's mark glued after its number,
// "A321XLR", "A350ULR" (the mark written apart is read by familyNumber).
func familyModel(w string) bool {
	// the marks are two or three capitals; isModel asks of every word, so
	// the marks are looked up, not walked
	n := len(w)
	for k := 2; k <= 3 && k < n; k++ {
		if c := w[n-k-1]; c >= '0' && c <= '9' && familyMarks.has(w[n-k:]) && isDesignator(w[:n-k]) {
			return true
		}
	}
	return false
}

// navalCarrier: "carrier" before the name at token s is an aircraft
// carrier's noun, not an airline's or a phone network's, when no word of
// those trades stands before it: "the carrier Orvane", "the Chinese
// carrier Kessel", but "the budget carrier X", "wireless carrier Y"; a
// cargo's word makes it a merchant ship's ("the car carrier Orvane").
// A name that ends in an organisation's word is an airline's ("the
// carrier Orvane Air"); afterShipNoun leaves listed organisations to their
// label.
func (d *doc) navalCarrier(ps []piece) bool {
	toks := d.toks
	s := ps[0].s
	if s < 2 || toks[s-1].text != "carrier" || orgHeads.has(d.word(ps[len(ps)-1])) || d.word(ps[len(ps)-1]) == "Air" || d.word(ps[0]) == "Air" {
		return false
	}
	prev := toks[s-2]
	if prev.text == "aircraft" || cargoCarriers.has(prev.text) {
		return true
	}
	if !(articles.has(prev.text) || d.a.demonyms[prev.text] || prev.kind == tkPossessive) || carrierTrades.has(prev.text) {
		return false
	}
	// a warship's word within a dozen words in the same clause
	stop := func(k int) bool { return toks[k].newline || toks[k].text == ";" }
	for k := s - 2; k >= 0 && k >= s-12 && !stop(k); k-- {
		if navalWords.has(toks[k].text) {
			return true
		}
		if toks[k].sentStart {
			break
		}
	}
	for k := ps[len(ps)-1].e; k < len(toks) && k < s+14 && !stop(k) && !toks[k].sentStart; k++ {
		if navalWords.has(toks[k].text) {
			return true
		}
	}
	return false
}

// withPlatform: "the carrier Orvane with F-35B jets", "delivered the
// KX-9 to the Orvanian Army": a platform's designator or listed name on
// one side of "with", "to", "for" or "from" and a name on the other are
// two names, each read on its own, before a list or a cue word takes the
// run whole.
func (d *doc) withPlatform(ps []piece) bool {
	platform := func(p piece) bool {
		return p.unit != nil && p.unit.label == "PLATFORM" || p.unit == nil && !p.conn && isModel(d.word(p))
	}
	for i := 1; i+1 < len(ps); i++ {
		w := d.toks[ps[i].s].text
		if !ps[i].conn || w != "with" && w != "to" && w != "for" && w != "from" {
			continue
		}
		if platform(ps[i-1]) || platform(ps[i+1]) {
			d.classify(ps[:i])
			d.classify(ps[i+1:])
			return true
		}
	}
	return false
}

// vesselApposition: a name set off after a vessel's noun, "the" and a
// comma is the vessel's ("a frigate, the Kessel, sailed"; "its first
// submarine, the Orvane."), as is a name before ", the" and an ordinal
// or a class and the vessel's noun ("Harlow, the sixth Kessel boat,").
// Ships are named after places and people, so their labels give way.
func (d *doc) vesselApposition(ps []piece) bool {
	if hasConn(ps) || len(ps) > 3 || !looseUnits(ps) && !(len(ps) == 1 && ps[0].unit.label == "GPE") {
		return false
	}
	toks := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	closed := e >= len(toks) || toks[e].kind == tkPunct || toks[e].newline
	before := s >= 3 && toks[s-1].text == "the" && toks[s-2].text == "," && vesselNoun(toks[s-3].text)
	if before && closed {
		return d.add(s, e, "PLATFORM", "")
	}
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].text != "the" {
		return false
	}
	for k, n := e+2, 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		t := toks[k]
		switch {
		case t.newline || t.kind != tkWord && !(t.text == "-" && t.glued):
			return false
		case vesselNoun(t.text):
			if k+1 < len(toks) && toks[k+1].kind == tkWord && !phraseEnds.has(toks[k+1].text) {
				return false
			}
			return d.add(s, e, "PLATFORM", "")
		case !(fleetOrder.has(t.text) || t.text == "-" || t.glued || isCapitalised(t.text) || isModel(t.text) || platformModifiers.has(t.text)):
			return false
		}
	}
	return false
}

// vesselNoun: a vessel's noun, singular ("frigate", "boat", "carrier",
// "flagship").
func vesselNoun(w string) bool {
	return shipNouns.has(w) && !strings.HasSuffix(w, "s") || w == "boat" || w == "carrier" || w == "submarine" || w == "flagship"
}

// coordinatedPlatforms: a name joined by "and", "or" or a comma to a
// platform's is one of the same kind when nothing listed says otherwise:
// "the Orvane and Kessel Shadow missiles", "its Harlow-2 and the Tarvel
// flew", "Type 75 ships and a Type 71". A guessed label gives way (a lone
// unknown word read as a surname or a place); a listed name, a name of
// two words or more ("the Chicago Bulls"), one who speaks ("and Varga
// said") or owns ("and Kessel's") keeps its label, and a free run in a
// designation's shape is taken whole.
func (d *doc) coordinatedPlatforms() {
	toks := d.toks
	joins := func(j int) bool {
		return j >= 0 && j < len(toks) && !toks[j].newline && (toks[j].text == "and" || toks[j].text == "or" || toks[j].text == ",")
	}
	if !slices.ContainsFunc(d.mentions, func(m mention) bool { return m.label == "PLATFORM" }) {
		return
	}
	// the mentions by their first and last token, so that each look-up is
	// one step and the pass stays linear
	starts, lasts := d.tokMap(), d.tokMap()
	defer d.done(starts)
	defer d.done(lasts)
	for i, m := range d.mentions {
		starts.set(m.s, i)
		lasts.set(m.e-1, i)
	}
	at := func(k int, forward, parallel bool) {
		idx, ok := starts.get(k)
		if !forward {
			idx, ok = lasts.get(k)
		}
		if !ok {
			idx = -1
		}
		if n := len(d.mentions); d.platformAt(k, forward, parallel, idx) && len(d.mentions) > n {
			m := d.mentions[n]
			starts.set(m.s, n)
			lasts.set(m.e-1, n)
		}
	}
	for i := 0; i < len(d.mentions); i++ {
		m := d.mentions[i]
		if m.label != "PLATFORM" {
			continue
		}
		// the name after: "X and (the) Y", "X ships and a Y"
		j := m.e
		for n := 0; n < 3 && j < len(toks) && !joins(j) && (anyCraftNouns.has(toks[j].text) || craftWords.has(toks[j].text)); n++ {
			j++
		}
		the := m.s > 0 && toks[m.s-1].text == "the"
		if joins(j) {
			k := j + 1
			if k < len(toks) && (toks[k].text == "the" || toks[k].text == "a" || toks[k].text == "an") {
				k++
			}
			at(k, true, the && toks[k-1].text == "the")
		}
		// the name before: "Y and (the) X"
		j = m.s - 1
		if j >= 1 && (toks[j].text == "the" || toks[j].text == "a" || toks[j].text == "an") {
			j--
		}
		if joins(j) && j >= 1 {
			at(j-1, false, false)
		}
	}
}

// platformAt relabels the mention idx (-1: none), which starts (forward)
// or ends (backward) at token k, or adds the free name there as a
// platform, as coordinatedPlatforms allows; it reports a change. A plain
// word is taken only in parallel with the platform ("the Orvane and the
// Kessel"), where the lexicon does not know it.
func (d *doc) platformAt(k int, forward, parallel bool, idx int) bool {
	toks := d.toks
	if k < 0 || k >= len(toks) {
		return false
	}
	if d.used[k] {
		if idx < 0 {
			return false
		}
		m := &d.mentions[idx]
		if m.reviewed || m.e-m.s-strings.Count(d.surface(m.s, m.e), "-") > 1 || m.label == "PLATFORM" || m.label == "MONEY" || m.label == "PROGRAM" {
			return false
		}
		if _, listed := d.a.gaz.lookup(toks[m.s:m.e]); listed || d.a.givenNames.has(toks[m.s].text) {
			return false
		}
		// "and Varga said", "and Kessel's", "and a Kessel Air 787": one who
		// speaks, owns, or names what follows
		if m.e < len(toks) && (personVerbs.has(toks[m.e].text) || toks[m.e].kind == tkPossessive || d.used[m.e] && !toks[m.e].newline) {
			return false
		}
		m.label, m.canonical = "PLATFORM", ""
		return true
	}
	// a free run: capitalised words, designators, glued hyphens and a
	// spaced number after a word ("Type 71", "Cheongung-II")
	s, e := k, k+1
	if !forward {
		for s > 0 && toks[s].glued && !d.used[s-1] && (toks[s].text == "-" || toks[s-1].text == "-") {
			s--
		}
	} else {
		for e < len(toks) && toks[e].glued && !d.used[e] && (toks[e].text == "-" || toks[e-1].text == "-") {
			e++
		}
		if e < len(toks) && !toks[e].glued && !d.used[e] && isNumber(toks[e].text) && len(toks[e].text) <= 3 {
			e++
		}
	}
	if toks[s].sentStart || !isCapitalised(toks[s].text) || functionWords.has(toks[s].text) || d.a.demonyms[toks[s].text] || titleWords.has(toks[s].text) {
		return false
	}
	// a designation's shape only ("L-SAM", "Type 71", "KX-2"): a plain
	// word may be anything's name
	plain := parallel && !d.a.commonWords.has(strings.ToLower(toks[s].text))
	if s+1 == e && !(allCapitals(toks[s].text) && len(toks[s].text) >= 2) && !plain {
		return false
	}
	for i := s; i < e; i++ {
		if d.used[i] || toks[i].newline {
			return false
		}
	}
	return d.add(s, e, "PLATFORM", "")
}

// versionSuffix takes a Joint Electronics Type Designation System
// version written glued after a designator into the platform's name:
// "AN/SPY-6(V)1", "AN/ALQ-249(V)" (the "(V)" marks a variable
// configuration, its number which one).
func (d *doc) versionSuffix() {
	toks := d.toks
	glued := func(k int, w string) bool { return k < len(toks) && toks[k].glued && (w == "" || toks[k].text == w) }
	for i := range d.mentions {
		m := &d.mentions[i]
		e := m.e
		if m.label != "PLATFORM" || m.reviewed || m.trim != 0 || !glued(e, "(") || !glued(e+1, "V") || !glued(e+2, ")") || !d.free(e, e+3) {
			continue
		}
		end := e + 3
		if glued(end, "") && isNumber(toks[end].text) && d.free(end, end+1) {
			end++
		}
		d.claim(e, end)
		m.e, m.canonical = end, ""
	}
}
