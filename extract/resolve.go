package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Resolution within one article: acronyms join their bracketed long forms,
// later short mentions join the full names given elsewhere in the text, and
// every mention gets its canonical name (GUIDELINES.md "Canonical names").

// findDefinitions reads "Long Form (ACR)" and "ACR (Long Form)". Both the
// long form and the acronym become mentions when the long form can be
// labelled (by the gazetteer, a cue word, or an opening gerund, which names
// an initiative: "Transforming the Relationship ... (TRUST)"); every other
// use of the acronym in the text then carries the same label.
func (d *doc) findDefinitions() {
	toks := d.toks
	for p := 1; p < len(toks); p++ {
		if toks[p].text != "(" || d.used[p] {
			continue
		}
		q := p + 1
		for q < len(toks) && q <= p+12 && toks[q].text != ")" && toks[q].text != "(" && !toks[q].newline {
			q++
		}
		if q >= len(toks) || toks[q].text != ")" || q == p+1 || !d.free(p+1, q) {
			continue
		}
		if q-p-1 <= 3 && acronymLike(d.surface(p+1, q)) {
			d.defineBefore(p, q)
		} else {
			d.defineAfter(p, q)
		}
	}
}

// acronymLike: "NATO", "eVTOL", "SMEs", "ISRO-X", "EU ETS", "NDAA 2025".
func acronymLike(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 2 && lower <= upper+2 && len(s) <= 16
}

// defineBefore handles "Long Form (ACR)": the acronym is toks[p+1:q].
func (d *doc) defineBefore(p, q int) {
	acr := d.surface(p+1, q)
	letters := acronymLetters(acr)
	window := min(len(letters)+5, 2*len(letters))
	ws := p
	for words := 0; ws > 0 && words < window; {
		t := d.toks[ws-1]
		if t.kind == tkPunct && t.text != "," && t.text != "-" && t.text != "&" && !isApostrophe([]rune(t.text)[0]) || d.used[ws-1] {
			break
		}
		ws--
		if t.kind == tkWord {
			words++
		}
		if t.newline {
			break
		}
	}
	if ws >= p {
		return
	}
	off := matchLongForm(letters, d.text[d.toks[ws].start:d.toks[p-1].end])
	if off < 0 {
		return
	}
	ls := ws
	for ls < p && d.toks[ls].start < d.toks[ws].start+off {
		ls++
	}
	// the long form takes in the rest of its name: "U.S. Defense Security
	// Cooperation Agency (DSCA)"
	for ls > 0 && !d.used[ls-1] && !d.toks[ls].newline && (d.isName(ls-1) || d.inUnit(ls-1)) && d.toks[ls-1].kind == tkWord {
		ls--
	}
	d.define(ls, p, p+1, q)
}

// defineAfter handles "ACR (Long Form)": the acronym is the word before p.
func (d *doc) defineAfter(p, q int) {
	a := p - 1
	if d.used[a] || !acronymLike(d.toks[a].text) {
		return
	}
	letters := acronymLetters(d.toks[a].text)
	long := d.text[d.toks[p+1].start:d.toks[q-1].end]
	if off := matchLongForm(letters, long); off != 0 {
		return
	}
	d.define(p+1, q, a, a+1)
}

// wordsLongForm: the long form [ls, le) is two to six capitalised words,
// no connector but a hyphen or "&" between them, and no person's name: a
// given name first needs a common word that is no family name after it
// ("Christian Democratic Appeal", not "John Fitzgerald Kennedy").
func (d *doc) wordsLongForm(ls, le int) bool {
	words, common := 0, false
	for i := ls; i < le; i++ {
		t := d.toks[i]
		switch {
		case isCapitalised(t.text) && t.kind == tkWord:
			words++
			common = common || i > ls && d.commonWord(t.text) && !d.a.surnames.has(t.text)
		case i == ls || i == le-1 || t.text != "-" && t.text != "&":
			return false // "Humanitarian Assistance and Disaster Relief (HADR)": an activity's name has connectors
		}
	}
	// "Kessel Strike Missile (KSM)", "Clean Rivers Mission (CRM)": a
	// platform's or programme's head, which the chunk rules read
	last := d.toks[le-1].text
	return words >= 2 && words <= 6 && (common || !d.a.givenNames.has(d.toks[ls].text)) && !platformHeads.has(last) && !programHeads.has(last)
}

// inUnit reports whether token i lies inside a gazetteer unit. A unit is
// at most maxUnit tokens long, so only that many starts are looked at.
func (d *doc) inUnit(i int) bool {
	for s := i; s >= 0 && s > i-d.maxUnit; s-- {
		if u, ok := d.unitAt(s); ok && i < u.end {
			return true
		}
	}
	return false
}

// define labels a long form [ls, le) and its acronym [as, ae).
func (d *doc) define(ls, le, as, ae int) {
	// the text's own definition beats what the acronym means elsewhere:
	// the long form is looked up first, the acronym last
	acr := d.surface(as, ae)
	h, ok := d.a.gaz.lookup(d.toks[ls:le])
	if !ok {
		h.label = d.longFormLabel(ls, le)
		if h.label == eventCue {
			return
		}
		if h.label == "" && strings.HasSuffix(d.toks[ls].text, "ing") && isCapitalised(d.toks[ls].text) {
			h.label = "PROGRAM"
			if d.instituteHeaded(ls, le) {
				h.label = "ORG" // "Standing Kessel Group 1 (SKG1)": a unit (news_r23def.go)
			}
		}
		if h.label == "" && (d.programAfter(ls, ae) || d.ownedLongForm(ls, le) || as < ls && d.programWordBefore(as)) || h.label == "ORG" && (d.forcePlan(ls, le, ae) || d.compactOf(ls, le)) {
			h.label = "PROGRAM" // "Transformation in Contact (TiC) initiative"
		}
		if r := d.researchRole(ls, le); r != "" {
			h.label = r // "the Kessel Initiative (KI) said" (news_r26org.go)
		}
		if h.label == "" && d.connectorInitials(ls, le, acr) {
			h.label = "ORG" // "Renewal for Tarvo (RFT)" (news_r28org.go)
		}
		if h.label == "" {
			if h, ok = d.a.gaz.lookup(d.toks[as:ae]); !ok && (!d.wordsLongForm(ls, le) || d.modifies(max(le, ae))) {
				return // "the Active Electronically Scanned Array (AESA) radar": a kind of thing
			}
			if !ok {
				// "the Christian Democratic Appeal (CDA)", "Kessel Civic
				// Action (KCA)": a name no cue labels that the writer
				// shortens to its initials is a body's; people's, places'
				// and programmes' have their cues
				h.label = "ORG"
			}
		}
		switch {
		case ok:
		case h.label == "PROGRAM":
			h.canonical = strings.TrimSuffix(acr, "s")
		default:
			h.canonical = d.surface(ls, le)
		}
	}
	if !d.free(ls, le) || !d.free(as, ae) {
		return
	}
	d.add(ls, le, h.label, h.canonical)
	d.add(as, ae, h.label, h.canonical)
	// other uses of the acronym, before or after the definition. Defining
	// it again with the same meaning changes nothing, and after a few
	// meanings the first ones stand: each pass costs the acronym's uses.
	meanings := d.defined[acr]
	if slices.Contains(meanings, h) || len(meanings) >= maxAcronymMeanings {
		return
	}
	d.defined[acr] = append(meanings, h)
	n := ae - as
	for i := range d.positions(d.toks[as].text) {
		if i+n <= len(d.toks) && d.surface(i, i+n) == acr && d.free(i, i+n) {
			if u, ok := d.unitAt(i); !ok || u.end <= i+n {
				d.setUnit(i, unit{end: i + n, gazHit: h})
			}
		}
	}
	d.singularUses(as, ae, h) // "MRCVs", then "the MRCV" (news_r25def.go)
}

// maxAcronymMeanings bounds the meanings one acronym takes in a text.
const maxAcronymMeanings = 4

// positions yields the indices of the tokens that read w. The first few
// calls scan the tokens; a text with more definitions than that gets an
// index, so that many definitions in one long text stay linear.
func (d *doc) positions(w string) iter.Seq[int] {
	if d.byText == nil && d.scans < 16 {
		d.scans++
		return func(yield func(int) bool) {
			for i, t := range d.toks {
				if t.text == w && !yield(i) {
					return
				}
			}
		}
	}
	if d.byText == nil {
		d.byText = map[string][]int{}
		for i, t := range d.toks {
			d.byText[t.text] = append(d.byText[t.text], i)
		}
	}
	return slices.Values(d.byText[w])
}

// piecesOf cuts tokens [s, e) into chunk pieces, for cueLabel.
func (d *doc) piecesOf(s, e int) []piece {
	var ps []piece
	for i := s; i < e; {
		if u := d.units[i]; u != nil && u.end <= e {
			ps = append(ps, piece{s: i, e: u.end, unit: u})
			i = u.end
			continue
		}
		t := d.toks[i]
		ps = append(ps, piece{s: i, e: i + 1, conn: !startsName(t.text) || t.kind != tkWord})
		i++
	}
	return ps
}

// acronymLetters are the lower-cased letters and digits of an acronym,
// without a plural s ("SMEs" → "sme").
func acronymLetters(acr string) []rune {
	acr = strings.TrimSuffix(acr, "s")
	var out []rune
	for _, r := range acr {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// matchLongForm is Schwartz and Hearst's algorithm ("A simple algorithm for
// identifying abbreviation definitions in biomedical text", 2003): match the
// acronym's characters right to left in the candidate, the first one at the
// start of a word. It returns the byte offset where the long form starts,
// or -1. The first character must open a capitalised word, so "the" is not
// taken into "Transforming the Relationship ... (TRUST)".
func matchLongForm(letters []rune, cand string) int {
	if len(letters) == 0 {
		return -1
	}
	li := len(cand)
	for si := len(letters) - 1; si >= 0; si-- {
		c := letters[si]
		for {
			if li <= 0 {
				return -1
			}
			r, n := utf8.DecodeLastRuneInString(cand[:li])
			li -= n
			if unicode.ToLower(r) != c {
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(cand[:li])
			wordStart := li == 0 || !isWordRune(prev)
			if si > 0 || wordStart && !unicode.IsLower(r) {
				break
			}
		}
	}
	return li
}

// findShipLists reads "Indian Naval Ships Kestrel, Heron and Osprey": a
// ship-type phrase gives each name after it the phrase's initials as prefix
// ("INS Heron"), as navies write them.
func (d *doc) findShipLists() {
	toks := d.toks
	for i := 2; i+1 < len(toks); i++ {
		w := toks[i].text
		if w != "Ship" && w != "Ships" || d.used[i] {
			continue
		}
		s := i
		for s > 0 && isCapitalised(toks[s-1].text) && toks[s-1].kind == tkWord && !toks[s].newline && i-s < 4 {
			s--
		}
		if i-s < 1 {
			continue
		}
		var prefix strings.Builder
		for k := s; k <= i; k++ {
			r, _ := utf8.DecodeRuneInString(toks[k].text)
			prefix.WriteRune(r)
		}
		for k := i + 1; k < len(toks) && !toks[k].newline; {
			if !isCapitalised(toks[k].text) || d.used[k] {
				break
			}
			// "Ship Interdiction System": a longer name, no list of ships
			if k+1 < len(toks) && toks[k+1].kind == tkWord && isCapitalised(toks[k+1].text) && !toks[k+1].newline {
				break
			}
			d.add(k, k+1, "PLATFORM", prefix.String()+" "+toks[k].text)
			k++
			if k < len(toks) && (toks[k].text == "," || toks[k].text == "and") {
				k++
				if k < len(toks) && toks[k].text == "and" {
					k++
				}
				continue
			}
			break
		}
	}
}

// resolve joins lone words to the full names met elsewhere in the text and
// settles canonical names.
func (d *doc) resolve() {
	d.missionsIn()
	d.bracketAcronyms()
	d.propagate()
	d.placeLists()
	// guessed names go in only where the text itself said nothing better
	for _, w := range d.weakPlaces(d.weak) {
		if d.commonTail(w) {
			continue
		}
		d.add(w.s, w.e, "PERSON", "")
	}
	d.particleNames()
	d.particleSurnames()
	// names with particles are whole before their surnames are read, and
	// again once the lone words are in
	d.joinParticles()
	d.doubleBarrelled()
	surnames := map[string]string{}
	orgFirst := map[string]string{}
	ships := map[string]string{}
	for _, m := range d.mentions {
		n := m.e - m.s
		switch {
		case m.label == "PERSON" && n >= 2:
			last := m.e - 1
			if nameSuffixes.has(d.toks[last].text) {
				last--
			}
			if _, ok := surnames[d.toks[last].text]; !ok {
				surnames[d.toks[last].text] = d.canonical(m)
			}
		case m.label == "ORG" && n >= 2:
			w := d.toks[m.s].text
			// "the Kessel District Council": "Kessel" alone is the district (news_places9.go)
			if _, named := d.a.gaz.lookup(d.toks[m.s : m.s+1]); !named && !d.a.demonyms[w] && !orgStarts.has(w) && !orgHeads.has(w) && !titleWords.has(w) && isCapitalised(w) && !d.seenLower(w) && !gpeHeads.has(d.toks[m.s+1].text) {
				if _, ok := orgFirst[w]; !ok {
					orgFirst[w] = d.canonical(m)
				}
			}
		case m.label == "PLATFORM" && n == 2 && shipPrefixes.has(d.toks[m.s].text):
			ships[d.toks[m.s+1].text] = d.canonical(m)
		}
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.label == "PERSON" && m.e-m.s == 1 {
			if c, ok := surnames[d.toks[m.s].text]; ok {
				m.canonical = c
			}
		}
		// "Carlos Mendoza ... Mendoza said": a one-word place that is the
		// surname of someone named in the text is that person, unless a
		// place preposition stands before it ("in Mendoza")
		if (m.label == "GPE" || m.label == "LOC") && m.e-m.s == 1 && !m.reviewed && !(m.s > 0 && placePrepositions.has(d.toks[m.s-1].text)) {
			if c, ok := surnames[d.toks[m.s].text]; ok {
				m.label, m.canonical = "PERSON", c
			}
		}
		if m.label == "ORG" && m.e-m.s == 1 && m.canonical == "" {
			if c, ok := orgFirst[d.toks[m.s].text]; ok {
				m.canonical = c
			}
		}
	}
	// lone unknown names with no evidence of their own, for coordinatedPersons
	var unsure []int
	// lone words: the leftovers of chunks, and sentence openers the tagger
	// took for common words ("Okonkwo said")
	lone := len(d.mentions)
	var ends tokMap // makerAfterFrom's, read on its first fit
	for i, t := range d.toks {
		if d.used[i] || t.kind != tkWord || !isCapitalised(t.text) || functionWords.has(t.text) || calendarWords.has(t.text) || genericAcronyms.has(t.text) || postNominals.has(t.text) ||
			allCapitals(t.text) && d.a.stockIndices[t.text[:1]+strings.ToLower(t.text[1:])] { // "KOSPI" as "Kospi"
			continue
		}
		if next := i + 1; next < len(d.toks) && d.isName(next) && !d.toks[next].glued && !d.toks[next].newline && !titleWords.has(d.toks[next].text) {
			continue
		}
		w := t.text
		if d.a.givenNames.has(w) && !d.seenLower(w) {
			unsure = append(unsure, i) // "Chuck and Priya": a given name that is a word too
		}
		switch {
		case i > 0 && patronymics.has(d.toks[i-1].text) && !d.used[i-1] && !t.newline:
			d.add(i, i+1, "PERSON", "") // "bin Tareq"; joinParticles takes the particle in
		case surnames[w] != "":
			d.add(i, i+1, "PERSON", surnames[w])
		case (d.saidIts(i+1) || d.ownsIts(i+1) || d.beatKnownSide(i, i+1)) && !d.a.demonyms[w] && (!d.a.givenNames.has(w) || d.a.surnames.has(w)):
			// "Velto said its", "Marshall said its": no person named
			// so before, no given name alone
			d.add(i, i+1, "ORG", "")
		case d.loneGivenName(i):
			d.add(i, i+1, "PERSON", "")
		case d.commonStart(i), t.sentStart && d.compoundWord(w):
			// a sentence opener the tagger read as a common word, or two
			// run together ("Floodwater reached")
		case orgFirst[w] != "" && !d.titleAfter(i) && !t.glued:
			// "Velto Systems ... Velto said"; not "Defence" in "Defence
			// Minister" after a "Defence Acquisition Council", nor a title
			// ("General Staff" ... "Secretary-General")
			d.add(i, i+1, "ORG", orgFirst[w])
		case ships[w] != "":
			d.add(i, i+1, "PLATFORM", ships[w])
		case i >= 2 && d.toks[i-1].text == "in" && stakeNouns.has(strings.ToLower(d.toks[i-2].text)) && !d.a.givenNames.has(w):
			d.add(i, i+1, "ORG", "") // "shares in Tarvel closed lower"
		case d.makerAfterFrom(i, &ends): // news_r33org.go
			d.add(i, i+1, "ORG", "")
		case d.placeAfterPreposition(i), d.townOwner(i):
			d.add(i, i+1, "GPE", "")
		case d.afterHonorific(i), d.leaderName(i), d.ageAfter(i), d.gaelicSurname(i), d.greeted(i):
			d.add(i, i+1, "PERSON", "")
		case d.loneName(i):
			if article, place := d.placeAfterArticle(i); place {
				d.add(i, i+1, "LOC", "")
			} else if !article && d.personEvidence(i) {
				d.add(i, i+1, "PERSON", "")
			} else if !article {
				unsure = append(unsure, i)
			}
		case d.loneAcronym(i):
			d.add(i, i+1, "ORG", "")
		}
	}
	if ends != nil {
		d.done(ends)
	}
	// "in Kirkuk and Qarvesh": the lone rules above may have found the
	// list's first place
	d.placeListsSince(lone)
	d.dashRoads() // news_r25news.go
	d.placeKinds()
	d.innerPlaces()
	d.coordinatedPersons(unsure)
	d.coordinatedWords()
	d.guessedPlacesInPersonLists()
	d.coordinatedOrgs()
	d.listedOrgs()
	d.oneSenseOrgs()
	d.airlineDemonyms()
	d.dropStormNames()
	d.joinParticles()
	d.joinParticleSurnames()
	d.givenPlaceNames()
	d.placeOwners()
	d.linkSurnames()
	d.unboundUSNames()
	d.pairedPrograms()
	d.initialsAcronyms()
	d.partLists()
	d.cityParts()
	d.storyCityParts()
	d.buildingPlaces()
	d.postedAt()
	d.cityDistrictList()
	d.listPartApposition()
	d.bankRivers()
	d.partApposition()
	d.siteLists()
	d.roadCodes()
	d.venuePlaces()
	d.baseShortForms()
	d.betweenPlaces()
	d.compassOfPlaces()
	d.partsAgain()
	d.pairedSites()
	d.cityPartsLoc14()
	d.residentsParts()   // news_r28place.go
	d.townsNotOrgs()     // news_r28place.go
	d.compassCityParts() // news_r28place.go
	d.namedIslands()     // news_r29part.go
	d.featureCompanyAgain()
	// a name said to be a company's or listed with places elsewhere is no
	// person (news_r22person.go)
	d.firmTailPersons()
	d.firmOneSense()
	d.placeListPersons()
	d.wordGivenNames()
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.canonical == "" {
			m.canonical = d.canonical(*m)
		}
	}
}

// placesBy indexes the place mentions (GPE, LOC) by a token of theirs;
// done takes the map back.
func (d *doc) placesBy(token func(mention) int) tokMap {
	out := d.tokMap()
	for k, m := range d.mentions {
		if m.label == "GPE" || m.label == "LOC" {
			out.set(token(m), k)
		}
	}
	return out
}

// pairedPrograms: a pair of places joined by a hyphen before a
// programme's name is part of it ("the Japan-Philippines Reciprocal Access
// Agreement", "the India-US 2+2 Ministerial Dialogue"), as GUIDELINES.md
// has "India-United States Defense Acceleration Ecosystem"; the pair
// before anything else stays two places ("India-U.S. relationship").
func (d *doc) pairedPrograms() {
	ends := d.placesBy(func(m mention) int { return m.e })
	defer d.done(ends)
	drop := map[int]bool{}
	for k := range d.mentions {
		p := &d.mentions[k]
		if p.label != "PROGRAM" || p.s < 3 || d.toks[p.s].glued || p.reviewed {
			continue
		}
		b, ok := ends.get(p.s)
		if !ok {
			continue
		}
		hyphen := d.mentions[b].s - 1
		a, ok := ends.get(hyphen)
		if !ok || hyphen < 1 || d.toks[hyphen].text != "-" || !d.toks[hyphen].glued || !d.toks[hyphen+1].glued {
			continue
		}
		// the pair's own programme: the list's name of the whole, if any
		p.s, p.canonical = d.mentions[a].s, ""
		drop[a], drop[b] = true, true
	}
	d.dropMentions(drop)
}

// initialsAcronyms: an acronym no list knows that spells the initials of
// a programme or an organisation the text names in full is that one, with
// no brackets to say so ("the Pacific Deterrence Initiative ... the PDI
// line", "the European Peace Facility ... the EPF"); a programme's
// canonical is its acronym (GUIDELINES.md).
func (d *doc) initialsAcronyms() {
	long := map[string]int{} // initials → the first long mention's index
	for k, m := range d.mentions {
		if m.e-m.s < 2 || m.label != "PROGRAM" && m.label != "ORG" {
			continue
		}
		var b strings.Builder
		for i := m.s; i < m.e; i++ {
			if w := d.toks[i].text; d.toks[i].kind == tkWord && isCapitalised(w) {
				r, _ := utf8.DecodeRuneInString(w)
				b.WriteRune(r)
			}
		}
		if b.Len() >= 2 {
			if _, ok := long[b.String()]; !ok {
				long[b.String()] = k
			}
		}
	}
	if len(long) == 0 {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		w := d.toks[m.s].text
		if m.e-m.s != 1 || m.reviewed || m.canonical != "" && m.canonical != w || !acronymLike(w) {
			continue
		}
		l, ok := long[w]
		if !ok {
			continue
		}
		full := &d.mentions[l]
		m.label, m.canonical = full.label, d.canonical(*full)
		if full.label == "PROGRAM" {
			m.canonical, full.canonical = w, w
		}
	}
}

// missionsIn: a mission's name goes on with "in" and the place it serves
// ("the United Nations Mission in South Sudan", "the European Union
// Training Mission in Mali"), before a bracketed acronym is read after it.
func (d *doc) missionsIn() {
	starts := d.placesBy(func(m mention) int { return m.s })
	defer d.done(starts)
	drop := map[int]bool{}
	for k := range d.mentions {
		p := &d.mentions[k]
		in := p.e
		if p.label != "PROGRAM" || d.toks[p.e-1].text != "Mission" || in+1 >= len(d.toks) || d.toks[in].text != "in" {
			continue
		}
		at := in + 1
		if d.toks[at].text == "the" {
			at++
		}
		if g, ok := starts.get(at); ok {
			p.e, p.canonical = d.mentions[g].e, ""
			drop[g] = true
			continue
		}
		// a place no list knows: its capitalised words
		e := at
		for e < len(d.toks) && e < at+3 && !d.used[e] && d.toks[e].kind == tkWord && isCapitalised(d.toks[e].text) && !d.toks[e].newline {
			e++
		}
		if e > at {
			d.claim(p.e, e)
			p.e, p.canonical = e, ""
		}
	}
	d.dropMentions(drop)
}

// americanOnly are names of American bodies that no other country's bear.
var americanOnly = map[string]bool{"Pentagon": true, "State Department": true}

// unboundUSNames: a body the lists know as American but named in words
// other countries use too ("the House of Representatives", "Congress",
// "the Department of Energy", "the Pacific Fleet") is the American one only
// in a text that names the United States; elsewhere (a Philippine, Indian
// or Russian story) it keeps the name as written.
func (d *doc) unboundUSNames() {
	named := map[string]bool{}
	for i := range d.mentions {
		m := &d.mentions[i]
		s := d.surface(m.s, m.e)
		if m.label != "ORG" || m.reviewed || !strings.HasPrefix(m.canonical, "U.S. ") || americanOnly[s] ||
			strings.Contains(s, "U.S") || strings.HasPrefix(s, "US") || strings.ToUpper(s) == s {
			continue
		}
		if namesUS(d.text, named) {
			return // the text is about the United States: every such name is its
		}
		m.canonical = ""
	}
}

// titleAfter reports a title word after token i ("Defence Minister").
func (d *doc) titleAfter(i int) bool {
	return i+1 < len(d.toks) && titleWords.has(d.toks[i+1].text) && !d.toks[i+1].newline
}

// onePlaces maps the token of each one-word place (GPE or LOC) that no
// reviewer set to its mention; done takes the map back.
func (d *doc) onePlaces() tokMap {
	place := d.tokMap()
	for k, m := range d.mentions {
		if (m.label == "GPE" || m.label == "LOC") && m.e-m.s == 1 && !m.reviewed {
			place.set(m.s, k)
		}
	}
	return place
}

// givenPlaceNames: a one-word place right before a person's lone surname
// is the person's given name ("Florence Okafor", "Austin Brandt", "Ngozi
// Okonjo-Iweala"), unless a
// place preposition stands before it ("in Austin Brandt said").
func (d *doc) givenPlaceNames() {
	place := d.onePlaces() // token of a one-word place → its mention
	defer d.done(place)
	drop := map[int]bool{}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || !d.loneSurname(m.s, m.e) || m.reviewed || d.toks[m.s].newline {
			continue
		}
		j, ok := place.get(m.s - 1)
		if m.s == 0 || !ok {
			continue
		}
		p := d.mentions[j].s
		if p > 0 && placePrepositions.has(d.toks[p-1].text) || !d.personWord(piece{s: p, e: p + 1}) {
			continue
		}
		m.s, m.canonical = p, ""
		drop[j] = true
	}
	d.dropMentions(drop)
}

// tokMap maps token positions to non-negative ints (a mention's index, a
// token's), where a pass would otherwise fill a map[int]int: a slice by
// token, holding one plus the value, 0 for none. Positions outside the
// text read as absent.
type tokMap []int32

func (x tokMap) get(i int) (int, bool) {
	if i < 0 || i >= len(x) || x[i] == 0 {
		return 0, false
	}
	return int(x[i]) - 1, true
}

func (x tokMap) set(i, v int) { x[i] = int32(v) + 1 }

// tokMap returns an empty tokMap over the text's tokens and their end,
// a spare one of the document's when it has one; done gives it back.
func (d *doc) tokMap() tokMap {
	n := len(d.spareMaps)
	if n == 0 {
		return make(tokMap, len(d.toks)+1)
	}
	x := d.spareMaps[n-1]
	d.spareMaps = d.spareMaps[:n-1]
	clear(x)
	return x
}

func (d *doc) done(x tokMap) { d.spareMaps = append(d.spareMaps, x) }

// mentionsByStart is a tokMap from each mention's first token to its
// index (the later of two that start there); done gives it back.
func (d *doc) mentionsByStart() tokMap {
	x := d.tokMap()
	for k, m := range d.mentions {
		x.set(m.s, k)
	}
	return x
}

// mentionsByEnd is the same by the token after each mention's last.
func (d *doc) mentionsByEnd() tokMap {
	x := d.tokMap()
	for k, m := range d.mentions {
		x.set(m.e, k)
	}
	return x
}

// dropSet holds the indices of the mentions a pass drops, made on the
// first one: most passes drop nothing in most texts.
type dropSet map[int]bool

func (s *dropSet) add(k int) {
	if *s == nil {
		*s = dropSet{}
	}
	(*s)[k] = true
}

// dropMentions removes the mentions at the given indices, in order.
func (d *doc) dropMentions(drop dropSet) {
	if len(drop) == 0 {
		return
	}
	kept := d.mentions[:0]
	for k, m := range d.mentions {
		if !drop[k] {
			kept = append(kept, m)
		}
	}
	d.mentions = kept
}

// dropStormNames: a storm is named like a person ("Hurricane Delphine
// reached the coast. Delphine weakened"); the name after a storm word is no
// person's anywhere in the text, and no entity (storms are events).
func (d *doc) dropStormNames() {
	storms := map[string]bool{}
	for i := 0; i+1 < len(d.toks); i++ {
		if (stormWords.has(d.toks[i].text) || d.stormNamed(i)) && !d.toks[i+1].newline {
			storms[d.toks[i+1].text] = true
		}
	}
	if len(storms) == 0 {
		return
	}
	d.mentions = slices.DeleteFunc(d.mentions, func(m mention) bool {
		if m.reviewed {
			return false
		}
		// "Typhoon Yagi", "Typhoon Verbena" (a plant's name too) as a
		// whole, which a fighter's name would claim; "Typhoon FGR4",
		// "Typhoon EK", "Typhoon Tranche 3" and "Typhoon Block 10" are the
		// fighter
		if m.e-m.s == 2 {
			w := d.toks[m.s+1].text
			return stormWords.has(d.toks[m.s].text) && storms[w] && isCapitalised(w) && !allCapitals(w) && !strings.ContainsFunc(w, unicode.IsDigit) && !phaseWords.has(w) && !markWords.has(w) && !(m.e < len(d.toks) && isNumber(d.toks[m.e].text))
		}
		return m.label == "PERSON" && m.e-m.s == 1 && storms[d.toks[m.s].text]
	})
}

// coordinatedPersons: names joined by "and", "or" or a comma are of one
// kind, so a lone unknown name next to a person's in such a list is a
// person's too ("Varga, Okonkwo and Mr Brandt"), as is one that beats a
// person. Candidates are taken
// right to left and left to right, so evidence travels along the list.
func (d *doc) coordinatedPersons(unsure []int) {
	if len(unsure) == 0 {
		return
	}
	person := map[int]bool{} // token index of a PERSON mention's first (or honorific's) and last token
	for _, m := range d.mentions {
		if m.label == "PERSON" {
			person[m.s], person[m.e-1] = true, true
			if d.afterHonorific(m.s) {
				person[m.s-1] = true
			}
		}
	}
	joins := func(j int) bool {
		return j >= 0 && j < len(d.toks) && (d.toks[j].text == "," || d.toks[j].text == "and" || d.toks[j].text == "or") && !d.toks[j].newline
	}
	// "Varga beat Okonkwo": who beats a person is one
	beats := func(i int) bool {
		return i+2 < len(d.toks) && sideVerbs.has(d.toks[i+1].text) && person[i+2] && !d.toks[i+1].newline && !d.toks[i+2].newline
	}
	try := func(i int) {
		if !d.used[i] && (joins(i-1) && person[i-2] || joins(i+1) && person[i+2] && !d.toks[i+2].newline || beats(i)) && d.add(i, i+1, "PERSON", "") {
			person[i] = true
		}
	}
	for k := len(unsure) - 1; k >= 0; k-- {
		try(unsure[k])
	}
	for _, i := range unsure {
		try(i)
	}
}

// propagate gives a name the label it has elsewhere in the text: once
// "Boxer combat vehicles" says what Boxer is, a bare "Boxer" later or
// earlier is the same thing (one sense per article). Only free runs that
// are whole (no name word glued on either side) are taken.
func (d *doc) propagate() {
	// a sense is a mention's index, chained to the next sense of the same
	// first word: one slice for all, not a slice per word
	type sense struct{ m, next int }
	senses := make([]sense, 0, len(d.mentions))
	byFirst := map[string][2]int{} // first word → its first and last sense
	// a name mentioned again adds no sense: the first one of the same
	// words wins anyway, and a long text names some things thousands of times
	seen := map[string]bool{}
	for k, m := range d.mentions {
		w := d.toks[m.s].text
		if key := d.surface(m.s, m.e); !seen[key] {
			seen[key] = true
			n := len(senses)
			senses = append(senses, sense{m: k, next: -1})
			if ends, ok := byFirst[w]; ok {
				senses[ends[1]].next = n
				byFirst[w] = [2]int{ends[0], n}
			} else {
				byFirst[w] = [2]int{n, n}
			}
		}
	}
	if len(byFirst) == 0 {
		return
	}
	for i := 0; i < len(d.toks); i++ {
		ends, ok := byFirst[d.toks[i].text]
		if !ok || d.used[i] {
			continue
		}
		// d.add appends to d.mentions; the senses' mentions stay as they were
		for k := ends[0]; k >= 0; k = senses[k].next {
			first := d.mentions[senses[k].m]
			e := i + first.e - first.s
			if e > len(d.toks) || !d.free(i, e) || d.isName(i-1) || d.isName(e) || d.surface(i, e) != d.surface(first.s, first.e) {
				continue
			}
			if e < len(d.toks) && d.toks[e].glued && d.toks[e].text == "-" {
				continue
			}
			d.add(i, e, first.label, first.canonical)
			i = e - 1
			break
		}
	}
}

// canonical is a mention's canonical name when nothing more specific is
// known: its text, with "US" written "U.S." in organisation names and a
// platform's class noun in the singular.
func (d *doc) canonical(m mention) string {
	if m.canonical != "" {
		return m.canonical
	}
	s := d.surface(m.s, m.e)
	switch m.label {
	case "ORG":
		if rest, ok := strings.CutPrefix(s, "US "); ok {
			return "U.S. " + rest
		}
	case "PLATFORM":
		last := d.toks[m.e-1].text
		if sing := strings.TrimSuffix(last, "s"); sing != last && platformNouns.has(strings.ToLower(sing)) {
			return strings.TrimSuffix(s, "s")
		}
	}
	return s
}

// commonTail: a name guessed a person's from its shape alone that ends in
// a common English word no list holds as a family or given name, and ends
// its clause or stands before a noun ("in front of the Kessel End.", "the
// Orvane Total plan"), names a place, a firm or a thing as often as a
// person; with nothing else said of it, it is left out. A verb, a comma or
// "and" after it says nothing either way and keeps it ("Tarvo Gold
// bowled", "Ilja Vane, known as"), and so does a surname that comes back
// alone ("Ilja Sinner ... Sinner said").
func (d *doc) commonTail(w span) bool {
	last := d.toks[w.e-1].text
	if !d.commonWord(last) || d.a.surnames.has(last) || d.a.givenNames.has(last) || d.a.wordGivenNames[last] {
		return false
	}
	if w.e < len(d.toks) && !d.toks[w.e].newline {
		switch next := d.toks[w.e].text; {
		case sentenceEnds.has(next) || next == ")" || next == "”" || next == "\"":
		case d.toks[w.e].kind != tkWord:
			return false
		default:
			if tg := d.tagAfter(w.e - 1); tg != "NN" && tg != "NNS" {
				return false
			}
		}
	}
	for i := range d.positions(last) {
		if i != w.e-1 && (i == 0 || d.toks[i-1].text != d.toks[w.e-2].text) {
			return false
		}
	}
	return true
}
