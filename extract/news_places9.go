package extract

import (
	"slices"
	"strings"
)

// Round 9 (places9): places in general news that no list holds, read by
// the structure of their names and what the text says around them.

// landmarkOf: a building's or a monument's head, "of" and a name are one
// site, LOC ("the Palace of Tarvo", "the Temple of Kessel", "the Pyramids
// of Orvane", "the Palace of the Orvanian National Congress"), over the
// place or the body the name holds. The name ends at a connector other
// than "of" ("the Palace of Tarvo and the Tower of Ilk" are two). Bodies
// named so ("Church of England") keep their head out of the list.
func (d *doc) landmarkOf(ps []piece) bool {
	if len(ps) < 3 || !landmarkHeads.has(d.word(ps[0])) || !ps[1].conn || d.toks[ps[1].s].text != "of" {
		return false
	}
	end := len(ps)
	for i := 2; i < len(ps); i++ {
		if w := d.toks[ps[i].s].text; ps[i].conn && w != "of" && w != "the" {
			end = i
			break
		}
	}
	for end > 2 && ps[end-1].conn {
		end--
	}
	if end < 3 || !d.add(ps[0].s, ps[end-1].e, "LOC", "") {
		return false
	}
	if end < len(ps) {
		d.classify(ps[end:])
	}
	return true
}

// greaterCity: "Greater" before a place's name or an unknown one names a
// city's metropolitan region or a wider land, no polity: LOC ("Greater
// Tarvo"), where placeParts would keep the place's label; so does a
// compass adjective before a listed city or state that no list names
// whole ("Western Tarvo", "Northern Kessel", "Lower Ilk"; "Western
// Australia" and "Northern Ireland" are listed units). A country keeps
// its label ("Eastern Orvania" is the country's east as often).
func (d *doc) greaterCity(ps []piece) bool {
	if len(ps) != 2 || ps[1].conn {
		return false
	}
	u := ps[1].unit
	switch w := d.word(ps[0]); {
	case w == "Greater":
		if u != nil && u.label != "GPE" && u.label != "LOC" {
			return false
		}
	case compassAdjectives.has(w) && ps[0].unit == nil && !d.toks[ps[1].s].glued:
		if u == nil || u.label != "GPE" || d.a.countries[u.canonical] {
			return false
		}
	default:
		return false
	}
	return d.add(ps[0].s, ps[1].e, "LOC", "")
}

// partOpener: a plural kind noun of a city's parts opening a sentence
// ("Barangays Tarvo and Ilk were flooded", "Wards Kessel East and Orvane
// North") stays out of the names it lists, which are LOC. The singular
// "Ward" is a surname as often, so only the plural reads so.
func (d *doc) partOpener(ps []piece) bool {
	s := 1 // the first piece of the names
	if o := ps[0].s - 1; o >= 0 && partOpeners.has(d.toks[o].text) && d.toks[o].sentStart {
		s = 0 // "Wards" read as a common word at a sentence's start, out of the chunk
	} else if len(ps) < 2 || !partOpeners.has(d.word(ps[0])) || ps[1].conn {
		return false
	} else {
		d.claim(ps[0].s, ps[0].e)
	}
	for i := s; i <= len(ps); i++ {
		if i == len(ps) || ps[i].conn && d.toks[ps[i].s].text == "and" {
			if i > s {
				d.add(ps[s].s, ps[i-1].e, "LOC", "")
			}
			s = i + 1
		}
	}
	return true
}

// riverBanks: an unknown name after "the" that bursts or goes over its
// banks is a river's, LOC ("the Tarvo burst its banks", "pushed the Ilk
// and the Kessel over their banks"). The walk after the name reads only
// a pair's "and the <Name>", a verb of overflowing and "its"/"their"
// "banks".
func (d *doc) riverBanks(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	// "the Ilk and the Kessel" may be one chunk: its two names
	names := [][]piece{ps}
	if i := slices.IndexFunc(ps, func(p piece) bool { return p.conn }); i > 0 && i+2 < len(ps) && t[ps[i].s].text == "and" && t[ps[i+1].s].text == "the" {
		names = [][]piece{ps[:i], ps[i+2:]}
	}
	for _, n := range names {
		if len(n) > 2 || hasUnit(n) || hasConn(n) {
			return false
		}
	}
	if s == 0 || !strings.EqualFold(t[s-1].text, "the") {
		return false
	}
	k := e
	if k+1 < len(t) && t[k].text == "and" && t[k+1].text == "the" {
		k += 2
		for n := 0; n < 3 && k < len(t) && isCapitalised(t[k].text) && !t[k].newline; n++ {
			k++
		}
	}
	if k < len(t) && bankVerbs.has(t[k].text) {
		k++ // "burst", "over"
	}
	if k+1 >= len(t) || !bankOwners.has(t[k].text) || t[k+1].text != "banks" || k+2 < len(t) && t[k+2].glued && isApostrophe([]rune(t[k+2].text)[0]) {
		return false // "its banks' support": the lenders
	}
	for _, n := range names {
		d.add(n[0].s, n[len(n)-1].e, "LOC", "")
	}
	return true
}

// cityDistricts: "the districts of" before a list, in a sentence set in a
// city (its dateline's lead, "In <city>,", "<city>'s"), names the city's
// districts, LOC ("TARVO — cases rose in the northern districts of Ilk and
// Kessel"). Without a city the districts are a country's: GPE
// ("Orvania's hill districts of Ilk and Kessel").
func (d *doc) cityDistricts(s int) bool {
	return s >= 2 && d.toks[s-1].text == "of" && (d.toks[s-2].text == "districts" || d.toks[s-2].text == "district")
}

// partsAgain: a name the rules read as a city's part or a site (LOC) is
// that place where the text names it again, where a lone word's rule
// guessed a town or a person, or said nothing ("floods in Tarvo and Ilk
// ... the minister visited Tarvo", "the road between Ilk and Kessel").
// A guessed person is taken only after a place's or a route's
// preposition: "Tarvo said" may be a surname's use. Listed names keep
// their label, and so does a dateline's city. One walk over the mentions and one over the tokens.
func (d *doc) partsAgain() {
	type place struct {
		n    int
		name string
	}
	byFirst := map[string][]place{}
	seen := map[string]bool{}
	for _, m := range d.mentions {
		if m.label != "LOC" || m.e-m.s > 3 {
			continue
		}
		e := m.e
		if e-m.s > 1 && d.toks[e-1].text == "station" {
			e-- // "Nørrebro station" names the part "Nørrebro" (siteNounAfter)
		}
		name := d.surface(m.s, e)
		if seen[name] {
			continue
		}
		seen[name] = true
		w := d.toks[m.s].text
		byFirst[w] = append(byFirst[w], place{e - m.s, name})
	}
	if len(byFirst) == 0 {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label == "LOC" || !seen[d.surface(m.s, m.e)] || d.capitalsDateline(*m) {
			continue
		}
		prep := ""
		if m.s > 0 {
			prep = d.toks[m.s-1].text
		}
		c := d.partCandidate(k)
		if c == partGuessed || m.label == "PERSON" && c == partNamed && (placePrepositions.has(prep) || routePrepositions.has(prep)) {
			m.label, m.canonical = "LOC", ""
		}
	}
	for i := 0; i < len(d.toks); i++ {
		ps, ok := byFirst[d.toks[i].text]
		if !ok || !d.isName(i) {
			continue
		}
		for _, p := range ps {
			e := i + p.n
			if e > len(d.toks) || !d.free(i, e) || d.isName(i-1) || d.isName(e) || d.surface(i, e) != p.name {
				continue
			}
			d.add(i, e, "LOC", "")
			i = e - 1
			break
		}
	}
}

// capitalsDateline: a mention written in capitals at the text's start, a
// dateline's city, which names a town where a site takes its name
// ("TARVO BRIDGE — ..." then "Tarvo Bridge" the bridge).
func (d *doc) capitalsDateline(m mention) bool {
	if m.s != 0 || d.orig == "" {
		return false
	}
	w := d.orig[d.toks[m.s].start:d.toks[m.e-1].end]
	return strings.ToUpper(w) == w
}

// siteInTown: "in" at piece i after a name opened by a place's kind word
// ends the site's name: "Stadio Orvane in Tarvo", "Fort Kessel in Ilk" are
// a site and its town (joinable); such names hold no "in".
func (d *doc) siteInTown(ps []piece, i int) bool {
	return ps[i].conn && i > 0 && d.toks[ps[i].s].text == "in" && locOpeners.has(d.word(ps[0]))
}

// kindNounSite: a name between "the", "its" or an owner's "'s" and a site's
// kind noun in lower case is that site's, LOC, the noun left out: "output
// from the Tarvo field", "the company's Kessel complex", "the Ponta do
// Ilk terminal", "the Orvane foreshore"; a word of its kind may stand
// between (siteKindModifiers: "the Tarvo copper mine", "the Ilk dry
// port", "the Kessel power station"). A listed body, person or craft
// keeps its label ("the Shell terminal"), and so does a town alone ("the
// Tarvo terminal" where Tarvo is a listed city: the terminal in it) but
// before a resource's word ("the Tarvo gas field" is named for it). After
// an owner a works' noun reads so too (ownedSiteNouns: "its Tarvo plant",
// "the carmaker's Ilk factory": the owner is the firm); the
// name's first word is no English word nor a people's ("the Republican
// field" is the party's candidates).
func (d *doc) kindNounSite(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if s == 0 || e+1 >= len(t) || t[e].newline || len(ps) > 4 || hasConn(ps) {
		return false // "the Tarvo and Ilk fields": two sites, read as a list
	}
	owned := t[s-1].text == "its" || t[s-1].kind == tkPossessive
	unknownSite := siteNounsUnknown21.has(t[e].text) // "the Tarvo depot" (news_r21news.go)
	if !siteKindNouns.has(t[e].text) && !unknownSite && !(owned && ownedSiteNouns.has(t[e].text)) && (!siteKindModifiers.has(t[e].text) || t[e+1].newline || !siteKindNouns.has(t[e+1].text)) {
		return false
	}
	if !owned && t[s-1].text != "the" && (t[s-1].text != "The" || !t[s-1].sentStart) {
		return false
	}
	if unknownSite && hasUnit(ps) {
		return false
	}
	// a resource's word names the field or the mine, whose name a town's
	// may be ("the Tarvo gas field"), and so does the mine's or the
	// field's own noun ("the Tarvo mine", news_r21news.go)
	if u := ps[0].unit; len(ps) == 1 && u != nil && (!siteKindNouns.has(t[e].text) && resourceWords.has(t[e].text) || !owned && namedSiteNouns21.has(t[e].text)) {
		if u.label != "GPE" || d.a.countries[u.canonical] {
			return false
		}
		return d.add(s, e, "LOC", "")
	}
	for _, p := range ps {
		if u := p.unit; u != nil && (len(ps) == 1 || u.label != "GPE" && u.label != "LOC") {
			return false
		}
	}
	if w := d.word(ps[0]); w == "" || !d.a.uncommon(w) || d.a.demonyms[w] {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// pairedSites: a lone name no rule read, after "and" and a site's name
// (LOC), is a site of the same kind: "the riverbeds of the Tarvo and Ilk",
// "the Kessel and Orvane bridges", "between Tarvo Park and Ilk". A name
// of more words, or one a rule labelled, is left alone.
func (d *doc) pairedSites() {
	t := d.toks
	for _, m := range d.mentions {
		j := m.e + 1
		if m.label != "LOC" || j >= len(t) || t[m.e].text != "and" || t[m.e].newline || !d.isName(j) || d.isName(j+1) || !d.free(j, j+1) {
			continue
		}
		if j+1 < len(t) && t[j+1].glued && t[j+1].kind != tkPunct {
			continue
		}
		d.add(j, j+1, "LOC", "")
	}
}

// residentFrom: an unknown name after a resident's noun and "from" is the
// place the person lives in: "a market vendor from Tarvo Ilk", "farmers
// from Kessel". It is a GPE guessed from context (no canonical), which
// cityParts reads as a city's part in a city's sentence. A listed body or
// person keeps its label, and a given name opens a person's.
func (d *doc) residentFrom(ps []piece) bool {
	s := ps[0].s
	if s < 2 || len(ps) > 3 || hasConn(ps) || d.toks[s-1].text != "from" || !residentNouns.has(strings.ToLower(d.toks[s-2].text)) || d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false
		}
	}
	return d.add(s, ps[len(ps)-1].e, "GPE", "")
}

// twoWordTown: an unknown word before a listed town's one-word name, after
// a place's preposition, is the first word of one town's name: "in
// Stalowa Kessel", "to Nowa Tarvo" (the listed "Kessel" is another place
// or a district elsewhere). A city of the main city lists keeps its name
// ("in Orvaszt Lagos" is two places more often than one); the world list
// holds large suburbs and towns that share a name too. A given name, a people's adjective or a word
// of English opens no such name ("in Paris Hilton's", "in Polish Tarvo").
func (d *doc) twoWordTown(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit == nil || ps[1].unit.label != "GPE" || ps[1].e-ps[1].s != 1 || d.a.cityNames[ps[1].unit.canonical] && !d.a.worldCities[ps[1].unit.canonical] {
		return false
	}
	s := ps[0].s
	if s == 0 {
		return false
	}
	if p := d.toks[s-1].text; !placePrepositions.has(p) && !lonePlacePrepositions.has(p) && !routePrepositions.has(p) {
		return false
	}
	w := d.word(ps[0])
	if !d.a.uncommon(w) || d.a.givenNames.has(w) || d.a.demonyms[w] || placeParts.has(w) || compassWords.has(strings.ToLower(w)) {
		return false
	}
	return d.add(s, ps[1].e, "GPE", "")
}
