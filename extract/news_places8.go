package extract

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/trawl/trawl/configs"
)

// Round 8 (places8): parts of a city named in local news. GUIDELINES' GPE
// is a country, state, province or city; the suburbs, wards, townships and
// local government areas inside a city are places but no polity (LOC), as
// are its markets, hospitals, roads and grounds. No list holds suburbs, so
// these rules read what the text says around the name.

// cityParts: places found by a preposition or a list (GPE guessed from
// context, or a person guessed from a name's shape) that the sentence sets
// inside a city are LOC:
//   - after a kind noun of a city's parts before the list ("the suburbs of
//     Tarvo and Ilk", "townships such as Orvane", "the worst-hit wards were
//     Kessel and Harlow") or after it ("Tarvo and Ilk local government
//     areas", "the Orvane and Kessel wards");
//   - after a port's noun and "at" or "in" ("the terminals at Tarvo and
//     Kessel", "berths at Ilk"), or before a comma and the listed city it
//     lies in ("Ilk, Glasgow", not "Ilk, Glasgow, Scotland": an address);
//   - in a sentence that opens "In <city>," or names "<city>'s" before the
//     list, or in a city dateline's lead paragraph, after a place's
//     preposition ("In Glasgow, yards in Tarvo and Ilk", "TARVO — Streets
//     around Kessel Side were closed").
//
// A town of its own keeps its label: a listed city is read as a part only
// by a kind noun (cities of 100,000 people or more are listed, and so are
// some large suburbs), a town of the towns' list only by a kind noun or a
// port's (listedTown, news_r28place.go); a name shaped like a person's by a kind noun, a
// port's noun, or a place's or a route's preposition other than "from" in
// a city's sentence; and "X, a town" or "X, cities on its edge" stops a
// list.
func (d *doc) cityParts() {
	var firsts []int // a list may open with a site of the lists ("through Edgbaston, Tarvo and Ilk")
	for k, m := range d.mentions {
		if d.partCandidate(k) != partNone || m.label == "LOC" {
			firsts = append(firsts, k)
		}
	}
	if len(firsts) == 0 {
		return
	}
	slices.SortFunc(firsts, func(a, b int) int { return d.mentions[a].s - d.mentions[b].s })
	byStart := d.tokMap()
	defer d.done(byStart)
	var owners []int // where each "<city>'s" ends, in text order
	for k, m := range d.mentions {
		byStart.set(m.s, k)
		if m.label == "GPE" && m.e < len(d.toks) && d.toks[m.e].kind == tkPossessive {
			if u, ok := d.unitAt(m.s); ok && u.end == m.e && d.settingCity(u) {
				owners = append(owners, m.e)
			}
		}
	}
	slices.Sort(owners)
	inRun := map[int]bool{}
	dated := d.datelineCity()
	sent, cityAt := -1, -1 // the current sentence's first token, and where its city cue ends
	prev := -1             // the last token the walk back read
	for _, k := range firsts {
		if inRun[k] {
			continue
		}
		m := d.mentions[k]
		s := d.sentenceStart(m.s, prev, sent)
		prev = m.s
		if s != sent {
			sent, cityAt = s, d.cityCue(s, m.s, owners)
		} else if cityAt < 0 {
			cityAt = d.cityCue(s, m.s, owners)
		}
		run := []int{k}
		j := m.e
		for {
			n := j
			for n < len(d.toks) && (d.toks[n].text == "," || d.toks[n].text == "and" || d.toks[n].text == "or") && !d.toks[n].newline {
				n++
			}
			next, ok := byStart.get(n)
			if n == j || !ok || d.partCandidate(next) == partNone && d.mentions[next].label != "LOC" {
				break
			}
			run = append(run, next)
			inRun[next] = true
			j = d.mentions[next].e
		}
		if d.townApposition(j) {
			continue
		}
		kind := d.partKindBefore(m.s) || d.partKindAfter(j) || (dated > 0 && m.s < dated || cityAt >= 0 && cityAt <= m.s) && d.cityDistricts(m.s)
		// "Ichigaya, Tokyo": a place, a comma and the listed city it lies in
		inCity := len(run) == 1 && j+1 < len(d.toks) && d.toks[j].text == ","
		if inCity {
			u, ok := d.unitAt(j + 1)
			inCity = ok && d.settingCity(u)
			if n, more := byStart.get(u.end + 1); inCity && more && u.end < len(d.toks) && d.toks[u.end].text == "," {
				inCity = d.mentions[n].label != "GPE" // "Ilk, Perth, Western Australia": an address
			}
		}
		if dated > 0 && m.s >= dated {
			dated = 0 // the dateline sets its lead paragraph only
		}
		prep := ""
		if m.s > 0 {
			prep = d.toks[m.s-1].text
		}
		setting := (dated > 0 || cityAt >= 0 && cityAt <= m.s) && (placePrepositions.has(prep) || lonePlacePrepositions.has(prep) || routePrepositions.has(prep))
		// a name shaped like a person's is read as a part only where
		// people are not named: "streets around Orvane Side", not "a
		// letter from Kessel"
		people := setting && prep != "from" && (placePrepositions.has(prep) || routePrepositions.has(prep))
		// "the terminals at Tarvo and Kessel": a port's sites, but a listed
		// city keeps its label ("the port at Mombasa")
		port := (prep == "at" || prep == "in") && m.s >= 2 && portNouns.has(d.toks[m.s-2].text)
		people = people || port
		// "homes in Tarvo and Kessel Side": a listed district's partners (news_r29part.go)
		setting = setting || inCity || d.listedPartIn(run)
		if !kind && !setting && !port {
			continue
		}
		for _, r := range run {
			if kind {
				d.splitListed(r, "LOC", byStart) // "the Tarvo and Ilk neighbourhoods"
			}
			c := d.partCandidate(r)
			if c == partGuessed && (kind || port || !d.listedTown(r)) || kind && (c != partNone || d.shapedPerson(r)) || people && c == partNamed && d.mentions[r].label == "PERSON" {
				d.mentions[r].label, d.mentions[r].canonical = "LOC", ""
			}
		}
	}
}

type partKind uint8

const (
	partNone    partKind = iota
	partGuessed          // a place guessed from context, no list's
	partNamed            // a listed city or a person guessed from a name's shape
)

// partCandidate: what a mention may be taken back from to be a city's part.
func (d *doc) partCandidate(k int) partKind {
	m := d.mentions[k]
	if m.reviewed || m.e-m.s > 3 || d.adminUnit(k) { // "Kessel County" (news_r19news.go)
		return partNone
	}
	u, listed := d.unitAt(m.s)
	listed = listed && u.end == m.e
	switch {
	case m.label == "GPE" && !listed && m.canonical == "":
		return partGuessed
	case m.label == "GPE" && listed && d.a.worldCities[u.canonical]:
		return partNamed
	case m.label == "PERSON" && !listed && (m.canonical == "" || m.canonical == d.surface(m.s, m.e)) && !d.a.givenNames.has(d.toks[m.s].text):
		return partNamed
	}
	return partNone
}

// sentenceStart: the first token of the sentence holding token i, given
// sent, that of the sentence holding token prev, read before (prev < i):
// the walk back stops at prev, so the walks of one text cost its length.
func (d *doc) sentenceStart(i, prev, sent int) int {
	for k := i; k > prev && k >= 0; k-- {
		if d.toks[k].sentStart || d.toks[k].newline {
			return k
		}
	}
	return max(sent, 0)
}

// cityCue: where "In <city>," opening the sentence at s, or "<city>'s"
// before token e (owners: where each such possessive ends), ends; -1 if
// neither.
func (d *doc) cityCue(s, e int, owners []int) int {
	if s+2 < len(d.toks) && d.toks[s].text == "In" {
		if u, ok := d.unitAt(s + 1); ok && d.settingCity(u) && u.end < len(d.toks) && d.toks[u.end].text == "," {
			return u.end
		}
	}
	if i, _ := slices.BinarySearch(owners, s); i < len(owners) && owners[i] < e {
		return owners[i]
	}
	return -1
}

// datelineCity: the text opens with a listed city in capitals before a
// dash, a comma or a bracket ("TARVO —"), the city its story is set in;
// returns where the lead paragraph after it ends, 0 if none. Later
// paragraphs range over the country as often (a capital's dateline on a
// national story), so the lead alone is read as the city's.
func (d *doc) datelineCity() int {
	if len(d.mentions) == 0 || len(d.toks) == 0 || d.orig == "" {
		return 0
	}
	m := d.mentions[0]
	for _, n := range d.mentions {
		if n.s < m.s {
			m = n
		}
	}
	// a short city's name in capitals is read as an acronym before the
	// list ("OSLO —"): capitalsCity reads it by its title-cased name
	u, ok := d.unitAt(m.s)
	listed := ok && u.end == m.e && d.settingCity(u) || m.label == "GPE" && d.capitalsCity(m) != ""
	if m.s != 0 || !listed || m.e >= len(d.toks) {
		return 0
	}
	if w := d.orig[d.toks[m.s].start:d.toks[m.e-1].end]; strings.ToUpper(w) != w {
		return 0
	}
	if next := d.toks[m.e].text; next != "—" && next != "–" && next != "," && next != "(" {
		return 0
	}
	end := m.e
	for end < len(d.toks) && !d.toks[end].newline {
		end++
	}
	return end
}

// settingCity: a listed city, not a country ("Singapore") nor a state
// alone ("Gujarat"); a city that names its state too is one ("Tokyo",
// "Lagos").
func (d *doc) settingCity(u unit) bool {
	return u.label == "GPE" && d.a.cityNames[u.canonical] && !d.a.countries[u.canonical]
}

// cityFileNames returns the canonical names of the city files' entries.
func cityFileNames(entries []configs.GazetteerEntry) map[string]bool {
	m := map[string]bool{}
	for _, e := range entries {
		if f := filepath.Base(e.File); strings.HasPrefix(f, "cities") || strings.HasPrefix(f, "capitals") {
			m[e.Canonical] = true
		}
	}
	return m
}

// partKindBefore: a kind noun of a city's parts and its link before token
// s: "suburbs of", "townships such as", "wards were", "the suburb of".
func (d *doc) partKindBefore(s int) bool {
	k := s - 1
	if k >= 1 && d.toks[k].text == "as" && d.toks[k-1].text == "such" {
		k -= 2
	} else if k >= 0 && partLinks.has(d.toks[k].text) {
		k--
	} else {
		return false
	}
	return k >= 0 && cityPartNouns.has(strings.ToLower(d.toks[k].text)) && !d.partOfWhole(k)
}

// partKindAfter: a kind noun of a city's parts at token j, in lower case:
// "wards", "local government areas".
func (d *doc) partKindAfter(j int) bool {
	t := d.toks
	if j >= len(t) || t[j].newline {
		return false
	}
	if cityPartNouns.has(t[j].text) && !districtNouns.has(t[j].text) {
		return true
	}
	return j+2 < len(t) && t[j].text == "local" && t[j+1].text == "government" && (t[j+2].text == "area" || t[j+2].text == "areas")
}

// townApposition: ", a town", ", cities on ..." after a list at token j:
// places of their own.
func (d *doc) townApposition(j int) bool {
	t := d.toks
	if j+1 >= len(t) || t[j].text != "," {
		return false
	}
	k := j + 1
	if articles.has(t[k].text) && k+1 < len(t) {
		k++
	} else if !strings.HasSuffix(t[k].text, "s") {
		return false // ", city officials said": a noun's modifier, no apposition
	}
	return townNouns.has(t[k].text)
}

// partLists: the names listed after a kind noun of a city's parts in lower
// case and its link ("the worst-hit wards were Kessel, Harlow and Ilk",
// "townships such as Orvane") are the city's parts, LOC, and those after a
// town's noun are towns, GPE ("market towns such as Tarvo and Ilk Bridge",
// "towns at the eastern end, among them Kessel"), those no rule found too.
func (d *doc) partLists() {
	var byStart tokMap // built on the first list found
	for _, kind := range [2]struct {
		nouns *cueSet
		label string
	}{{cityPartNouns, "LOC"}, {townNouns, "GPE"}} {
		for w := range kind.nouns.all() {
			// seenLower asks the text's index of lower-case words: most
			// texts name no such noun, and pay no scan for it
			if !d.seenLower(strings.ToUpper(w[:1]) + w[1:]) {
				continue
			}
			for k := range d.positions(w) {
				if p := d.partListStart(k); p > 0 {
					if byStart == nil {
						byStart = d.mentionsByStart()
						defer d.done(byStart)
					}
					d.partList(p, kind.label, byStart)
				}
			}
		}
	}
}

// partListStart: where the list begins after the kind noun at k and its
// link, 0 if no link follows it.
func (d *doc) partListStart(k int) int {
	t := d.toks
	// "towns at the eastern end of the county, among them": a phrase in
	// lower case may stand between the noun and its comma
	for j := k + 1; j < len(t) && j <= k+8 && !t[j].newline && !isCapitalised(t[j].text); j++ {
		if t[j].text == "," {
			if j+2 < len(t) && (t[j+1].text == "among" || t[j+1].text == "including") {
				k = j
			}
			break
		}
	}
	switch {
	case k+2 < len(t) && (t[k+1].text == "such" && t[k+2].text == "as" || t[k+1].text == "among" && t[k+2].text == "them"):
		return k + 3
	case k+1 < len(t) && partLinks.has(t[k+1].text) && !d.partOfWhole(k):
		return k + 2
	}
	return 0
}

// partList labels the names of the list opening at token p LOC.
func (d *doc) partList(p int, label string, byStart tokMap) {
	t := d.toks
	for p < len(t) && !t[p].newline && isCapitalised(t[p].text) && t[p].kind == tkWord && !calendarWords.has(t[p].text) {
		e := p + 1
		for e < len(t) && e-p < 3 && !t[e].newline && t[e].kind == tkWord && isCapitalised(t[e].text) {
			e++
		}
		if k, ok := byStart.get(p); ok {
			if d.partCandidate(k) != partNone || d.guessedSite(k) || d.shapedPerson(k) {
				d.mentions[k].label, d.mentions[k].canonical = label, ""
			}
			e = d.mentions[k].e
			d.splitListed(k, label, byStart)
		} else {
			if d.add(p, e, label, "") {
				byStart.set(p, len(d.mentions)-1)
			}
		}
		for e < len(t) && (t[e].text == "," || t[e].text == "and" || t[e].text == "or") && !t[e].newline {
			e++
		}
		p = e
	}
}

// sitePlace: a hospital, an infirmary, a clinic, a medical centre or a
// market named after a place's preposition is the place ("treated at the
// Tarvo General Hospital", "traders at Orvane Market", "moved to Kessel
// Royal Infirmary"; "Hospital" ends a site's name anywhere, locHeads); a
// stream's head after one makes a
// stream ("a path beside Harlow Water", "near Kessel Reach", "along Orvane
// Brook"), no company ("Thames Water": a listed river first) nor person.
func (d *doc) sitePlace(ps []piece) bool {
	last := ps[len(ps)-1]
	if len(ps) < 2 || hasConn(ps) || last.unit != nil || !d.siteAfterPreposition(ps[0].s) {
		return false
	}
	s, e := ps[0].s, last.e
	w := d.word(last)
	switch {
	case siteInstitutionHeads.has(w):
	case (w == "Centre" || w == "Center") && d.toks[e-2].text == "Medical":
	case d.venueCentre(ps): // "a speech at the Dana Kessel Centre" (news_r19news.go)
		return true
	case streamHeads.has(w) && !hasUnit(ps) && !d.a.givenNames.has(d.word(ps[0])):
	default:
		return false
	}
	return d.add(s, e, "LOC", "")
}

// siteAfterPreposition: a place's preposition, and maybe "the", before
// token s ("at", "to the", "beside").
func (d *doc) siteAfterPreposition(s int) bool {
	k := s - 1
	if k >= 0 && (d.toks[k].text == "the" || d.toks[k].text == "The") {
		k--
	}
	return k >= 0 && (placePrepositions.has(d.toks[k].text) || sitePrepositions.has(d.toks[k].text))
}

// twoSites: "Harlow Heath and Kessel Park": two places' names joined by
// "and", each ending in a place's head, are two places.
func (d *doc) twoSites(ps []piece) bool {
	if len(ps) < 5 {
		return false
	}
	and := -1
	for i, p := range ps {
		if p.conn {
			if and >= 0 || d.toks[p.s].text != "and" {
				return false
			}
			and = i
		}
	}
	if and < 2 || and > len(ps)-3 {
		return false
	}
	left, right := ps[:and], ps[and+1:]
	site := func(p piece) bool { w := d.word(p); return p.unit == nil && (locHeads.has(w) || streamHeads.has(w)) }
	if !site(left[len(left)-1]) || !site(right[len(right)-1]) {
		return false
	}
	d.add(left[0].s, left[len(left)-1].e, "LOC", "")
	d.add(right[0].s, right[len(right)-1].e, "LOC", "")
	return true
}

// numberedRoad: a road's head and its number are one road ("State Highway
// 1", "National Highway 1A", "Route 66", "Interstate 40").
func (d *doc) numberedRoad(ps []piece) bool {
	last := ps[len(ps)-1]
	e := last.e
	if hasConn(ps) || last.unit != nil || !roadHeads.has(d.word(last)) && !siteNumberHeads.has(d.word(last)) || e >= len(d.toks) || !roadNumber(d.toks[e]) || d.used[e] {
		return false
	}
	return d.add(ps[0].s, e+1, "LOC", "")
}

// roadNumber: a road's number, digits and maybe a letter ("1", "44", "1A").
func roadNumber(t tok) bool {
	w := t.text
	if t.glued || t.newline || w == "" || len(w) > 4 || w[0] < '0' || w[0] > '9' {
		return false
	}
	digits := strings.TrimRight(w, "ABCDEFGHJKLMNPQRSTUVWXYZ")
	return len(w)-len(digits) <= 1 && strings.Trim(digits, "0123456789") == ""
}

// roadCodes: a road's code of a letter and digits ("the M62", "the A1",
// "the N1"), read elsewhere as a model's, is a road where the text says
// so: "on the M62", "the A1 near", "the M1 was closed".
func (d *doc) roadCodes() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.e-m.s != 1 || m.reviewed || m.label == "LOC" || m.s == 0 || t[m.s-1].text != "the" {
			continue
		}
		coded := d.codedRoad(*m) // "the D4 motorway" (news_r19news.go)
		if !coded && !roadCode(t[m.s].text) {
			continue
		}
		before := m.s >= 2 && roadBefore.has(t[m.s-2].text)
		after := m.e < len(t) && roadAfter.has(t[m.e].text)
		closed := m.e+1 < len(t) && (t[m.e].text == "was" || t[m.e].text == "is") && roadStates.has(t[m.e+1].text)
		if before || after || closed || coded {
			m.label, m.canonical = "LOC", ""
		}
	}
}

// roadCode: A, M or N and one to three digits ("A1", "M62", "N14").
func roadCode(w string) bool {
	if len(w) < 2 || len(w) > 4 || w[0] != 'A' && w[0] != 'M' && w[0] != 'N' {
		return false
	}
	return strings.Trim(w[1:], "0123456789") == ""
}

// venuePlaces: a place guessed from context after "at" in a sentence about
// a match or a race is its ground or circuit, no town ("drew 1-1 at
// Tarvo Park"'s short form "at Tarvo", "won at Kessel", "the race at
// Orvane"); a listed city keeps its label ("won at Leeds"). Only the ten
// tokens before "at" are read.
func (d *doc) venuePlaces() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if d.partCandidate(k) != partGuessed || m.s == 0 {
			continue
		}
		at := m.s - 1
		if t[at].text == "the" && at > 0 {
			at--
		}
		if t[at].text == "at" && d.sportBefore(at) {
			m.label = "LOC"
		}
	}
}

// sportBefore: a result's verb, a match's noun or a score in the ten
// tokens of the sentence before token k.
func (d *doc) sportBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		w := d.toks[j].text
		if resultVerbs.has(w) || venueWords.has(w) || d.scoreAt(j) {
			return true
		}
		if d.toks[j].sentStart || d.toks[j].newline {
			break
		}
	}
	return false
}

// baseShortForms: a base's or a site's name alone after the place was
// named whole is the place ("RAAF Base Tindal ... flew from Tindal",
// "Kessel Orvik Airport ... Orvik handled 9 million passengers", "Tarvo
// Stadium ... Tarvo was full"), no town nor person, nor an organisation
// guessed from a workplace's "at". A site's name is the word before its
// head and its modifiers, unless a list names it ("Kessel", a city).
func (d *doc) baseShortForms() {
	names := map[string]bool{}
	for _, m := range d.mentions {
		if m.label != "LOC" || m.e-m.s < 2 {
			continue
		}
		if m.e-m.s >= 3 && baseHeads.has(d.toks[m.e-2].text) {
			names[d.toks[m.e-1].text] = true
			continue
		}
		if !siteShortHeads.has(d.toks[m.e-1].text) {
			continue
		}
		k := m.e - 2
		for k > m.s && siteModifiers.has(d.toks[k].text) {
			k--
		}
		if w := d.toks[k].text; !siteModifiers.has(w) && isCapitalised(w) && !d.inUnit(k) && d.a.uncommon(w) && !d.a.givenNames.has(w) {
			names[w] = true
		}
	}
	if len(names) == 0 {
		return
	}
	// "in Tarvo" is the town a stadium is named after
	inTown := func(i int) bool { return i > 0 && d.toks[i-1].text == "in" }
	for k := range d.mentions {
		m := &d.mentions[k]
		_, listed := d.units[m.s]
		guessedOrg := m.label == "ORG" && !listed && !m.reviewed && m.canonical == "" // "crews at Tindal"
		if m.e-m.s == 1 && names[d.toks[m.s].text] && (d.partCandidate(k) != partNone || guessedOrg) && !inTown(m.s) {
			m.label, m.canonical = "LOC", ""
		}
	}
	for i, t := range d.toks {
		if names[t.text] && !d.used[i] && !d.isName(i-1) && !d.isName(i+1) && !inTown(i) {
			d.add(i, i+1, "LOC", "") // "Orvik is full": no rule read it
		}
	}
}

// landSite: barracks, garrisons, plains, dales, downs, wards and farms of the sun
// or the wind are places whatever name comes before their head ("Kessel
// Barracks", "Tarvo Garrison", "Harlow Plain", "the Orvane Dales",
// "Kessel Solar Farm", "Higashi Ward").
func (d *doc) landSite(ps []piece) bool {
	last := ps[len(ps)-1]
	if len(ps) < 2 || hasConn(ps) || last.unit != nil || d.a.givenNames.has(d.word(ps[0])) {
		return false // "Kevin Downs": a given name's
	}
	w := d.word(last)
	if !landHeads.has(w) && !(w == "Farm" && farmWords.has(d.toks[last.s-1].text)) {
		return false
	}
	return d.add(ps[0].s, last.e, "LOC", "")
}

// openingIn: unknown names after "In" opening a sentence and before its
// comma are places ("In Tarvo and Ilk, police fired tear gas"), as after
// "in" inside one; a word the lexicon knows is none ("In Brief,").
func (d *doc) openingIn(ps []piece) bool {
	t := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if t[s].text == "In" && t[s].sentStart {
		ps = ps[1:]
		for len(ps) > 0 && ps[0].conn {
			ps = ps[1:]
		}
	} else if s == 0 || t[s-1].text != "In" || !t[s-1].sentStart {
		return false
	}
	if len(ps) == 0 || e >= len(t) || t[e].text != "," {
		return false
	}
	var names []span
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && !ps[j].conn {
			if ps[j].unit != nil || !d.a.uncommon(d.word(ps[j])) || d.a.givenNames.has(d.word(ps[j])) {
				return false
			}
			j++
		}
		if j == i || j-i > 3 || j < len(ps) && d.toks[ps[j].s].text != "and" {
			return false
		}
		names = append(names, span{ps[i].s, ps[j-1].e})
		i = j + 1
	}
	for _, n := range names {
		d.add(n.s, n.e, "GPE", "")
	}
	return true
}

// venueAfterAt: unknown names after "at" or "at the" in a sentence about a
// match or a race are its ground or circuit ("drew 0-0 at the Tarvo",
// "won 2-1 at the Estadi Kessel", "pole for the Orvane Grand Prix at
// Harlowe"); a listed club or city keeps its label ("lost at Arsenal").
func (d *doc) venueAfterAt(ps []piece) bool {
	s := ps[0].s
	at := s - 1
	if at > 0 && d.toks[at].text == "the" {
		at--
	}
	if at < 1 || d.toks[at].text != "at" || hasUnit(ps) || hasConn(ps) || len(ps) > 4 || !d.sportBefore(at) {
		return false
	}
	if first := d.word(ps[0]); d.a.givenNames.has(first) || !d.a.uncommon(first) && len(ps) == 1 {
		return false
	}
	return d.add(s, ps[len(ps)-1].e, "LOC", "")
}

// splitListed parts a place's mention that holds a list's "and" into the
// two places ("Tarvo and Kessel Creek" after "suburbs such as").

// guessedSite: a place's mention of more than one word that a head word
// made a site ("Ilk Bridge", "Tarvo and Kessel Bridge"), no list's: a
// town after a town's noun.
func (d *doc) guessedSite(k int) bool {
	m := d.mentions[k]
	_, listed := d.units[m.s]
	return m.label == "LOC" && !m.reviewed && !listed && m.e-m.s > 1 && (m.canonical == "" || m.canonical == d.surface(m.s, m.e))
}
func (d *doc) splitListed(k int, label string, byStart tokMap) {
	m := d.mentions[k]
	if m.label != label || m.reviewed {
		return
	}
	for a := m.s + 1; a < m.e-1; a++ {
		if d.toks[a].text == "and" {
			d.mentions[k] = mention{span: span{m.s, a}, label: label}
			d.mentions = append(d.mentions, mention{span: span{a + 1, m.e}, label: label})
			byStart.set(a+1, len(d.mentions)-1)
			d.used[a] = false
			return
		}
	}
}

// betweenPlaces: "between A and B" where one of the two is a listed place
// or a route stands just before ("the road between Tarvo and Kessel",
// "closed the highway between Ilk and Orvane") names two places: a name
// shaped like a person's there is a town's (GPE).
func (d *doc) betweenPlaces() {
	if !d.seenLower("Between") {
		return
	}
	starts, ends := d.mentionsByStart(), d.mentionsByEnd()
	defer d.done(starts)
	defer d.done(ends)
	t := d.toks
	for b := range d.positions("between") {
		a, ok := starts.get(b + 1)
		if !ok || d.mentions[a].e >= len(t) || t[d.mentions[a].e].text != "and" {
			continue
		}
		c, ok := starts.get(d.mentions[a].e + 1)
		if !ok {
			continue
		}
		if !d.routeBefore(b, ends) && !d.listedPlace(a) && !d.listedPlace(c) {
			continue
		}
		for _, k := range [2]int{a, c} {
			if m := &d.mentions[k]; m.label == "PERSON" && d.partCandidate(k) == partNamed {
				m.label, m.canonical = "GPE", ""
			}
		}
	}
}

// listedPlace: a mention of a listed GPE or LOC.
func (d *doc) listedPlace(k int) bool {
	m := d.mentions[k]
	u, ok := d.unitAt(m.s)
	return ok && u.end == m.e && (m.label == "GPE" || m.label == "LOC")
}

// routeBefore: a route's noun or a road's mention (ends: the mentions by
// their end) just before token b ("the road between", "State Highway 1
// between", "trains between").
func (d *doc) routeBefore(b int, ends tokMap) bool {
	if b == 0 {
		return false
	}
	k, ok := ends.get(b)
	return routeNouns.has(d.toks[b-1].text) || ok && d.mentions[k].label == "LOC"
}

// placePrefixTown: "Port Tarvo", "New Kessel": a town's name opened by
// "Port" or "New" before a name that is no more than a word of its own
// ("Port Augusta", not "Augusta" the person; "New Brighton", not
// "Brighton"), when the whole is no listed name ("New York" is).
func (d *doc) placePrefixTown(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || hasConn(ps) {
		return false
	}
	s := ps[0].s
	if w := d.word(ps[0]); w != "Port" && w != "New" || s > 0 && articles.has(d.toks[s-1].text) {
		return false // "the Port of", "the New Democrats"
	}
	name := ps[1]
	if name.unit != nil && name.unit.label != "GPE" && name.unit.label != "PERSON" || name.unit == nil && !d.a.uncommon(d.word(name)) && !d.a.givenNames.has(d.word(name)) {
		return false
	}
	return d.add(s, name.e, "GPE", "")
}

// compassOfPlaces: a name shaped like a person's after a compass word and
// "of", or after "outskirts of", is a place's ("south of Katherine", "on
// the outskirts of Tarvo"), a town's (GPE).
func (d *doc) compassOfPlaces() {
	t := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.reviewed || m.s < 2 || t[m.s-1].text != "of" || !compassOfWords.has(t[m.s-2].text) {
			continue
		}
		if m.canonical == "" || m.canonical == d.surface(m.s, m.e) {
			m.label, m.canonical = "GPE", ""
		}
	}
}

// shapedPerson: a person's mention that no list or reviewer named, a given
// name first or not ("Kim Long" after "the wards of" is a ward: a kind
// noun outweighs a given name).
func (d *doc) shapedPerson(k int) bool {
	m := d.mentions[k]
	_, listed := d.units[m.s]
	return m.label == "PERSON" && !m.reviewed && !listed && m.e-m.s <= 3 && (m.canonical == "" || m.canonical == d.surface(m.s, m.e))
}
