package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Round 32 (r32place): places not found or cut. A landform's word in
// Arabic and an article or an elided particle before the name are one
// place (landformParticle); a railway named for the places a dash joins is
// the line, not its firm (dashRoute); a launch site's state after a spaced
// dash is part of its name (siteDashState); a road named "Way" by a
// road's word (namedWay); a harbour after a place's preposition
// (harbourNames); a base's or a training ground's name used alone after
// "at" or "through" (siteAlone). Irish and Scottish waters' words, capes
// and strips by their heads, national roads' codes and numbered outposts
// are cue words (locOpeners, locHeads, roadHeads, siteNumberHeads).

var (
	landformParticles32    = cue("landformParticles32")
	landformWords32        = cue("landformWords32")
	dashRouteHeads32       = cue("dashRouteHeads32")
	dashSiteHeads32        = cue("dashSiteHeads32")
	wayAfter32             = cue("wayAfter32")
	groundNouns32          = cue("groundNouns32")
	groundUses32           = cue("groundUses32")
	sitePassPrepositions32 = cue("sitePassPrepositions32")
	wayHeads33             = cue("wayHeads33")
)

// landformParticle: a landform's word in Arabic ("Guelb", hill; "Kedia",
// plateau; "Jebel", mountain; "Wadi", dry river) and an article written
// apart ("el", "ed") or an elided French particle ("d’", "l’") before a
// name are one place, LOC: "the Guelb el Tarvo mine", "the Kedia
// d’Orvane". The chunker stops at the small word, and the parts alone
// would read a town and a person.
func (d *doc) landformParticle(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 || !landformWords32.has(d.word(ps[0])) {
		return false
	}
	t, i := d.toks, ps[0].e
	if i >= len(t) || t[i].newline || d.used[i] {
		return false
	}
	switch {
	case landformParticles32.has(t[i].text) && d.isName(i+1) && !t[i+1].newline:
		return d.add(ps[0].s, i+2, "LOC", "")
	case elidedName(t[i].text):
		return d.add(ps[0].s, i+1, "LOC", "")
	}
	return false
}

// elidedName: w is an elided French particle glued to a capitalised name,
// "d’Orvane", "l’Tarvo" (the tokenizer keeps them one word).
func elidedName(w string) bool {
	if len(w) < 3 || w[0] != 'd' && w[0] != 'l' {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "’")
	if !ok {
		rest, ok = strings.CutPrefix(w[1:], "'")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsUpper(r)
}

// dashRoute: "the Tarvo–Kessel Railway": a railway named for the places a
// dash joins is the line, LOC, though "Railway" ends a firm's name
// ("Kessel Railway" alone); the part read as a firm takes the line's label,
// and dashJoinedSite (news_r28fac.go) joins the place before the dash to
// it, as the chunker joins a hyphened pair ("the Tarvo-Kessel Railway").
// The name after the dash must be a listed place, and a capitalised word
// must stand glued before the dash.
func (d *doc) dashRoute() {
	t := d.toks
	changed := false
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "ORG" || m.s < 2 || m.e-m.s < 2 || !dashRouteHeads32.has(t[m.e-1].text) || t[m.s-1].text != "–" && t[m.s-1].text != "-" {
			continue // the cheap check
		}
		if m.reviewed || !t[m.s-1].glued || !t[m.s].glued || t[m.s-2].kind != tkWord || !isCapitalised(t[m.s-2].text) {
			continue
		}
		if u, ok := d.unitAt(m.s); !ok || u.end != m.e-1 || u.label != "GPE" {
			continue
		}
		m.label, m.canonical = "LOC", ""
		changed = true
	}
	if changed {
		d.dashJoinedSite()
	}
}

// siteDashState: "the Tarvo Spaceport Complex – Kessel": a launch site's
// name carries the state or the country it stands in after a spaced dash,
// one name, LOC. A city after the dash, or a name going on after the
// place ("– Kessel Orvane"), is left apart.
func (d *doc) siteDashState() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := d.mentions[k]
		if m.label != "LOC" || m.e+1 >= len(t) || t[m.e].text != "–" || !dashSiteHeads32.has(t[m.e-1].text) {
			continue // the cheap check
		}
		if m.reviewed || t[m.e].glued || t[m.e+1].newline {
			continue
		}
		if byStart == nil {
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		o, ok := byStart.get(m.e + 1)
		if !ok || d.mentions[o].label != "GPE" {
			continue
		}
		g := d.mentions[o]
		if u, listed := d.unitAt(g.s); !listed || u.end != g.e || d.a.cityNames[u.canonical] {
			continue
		}
		if g.e < len(t) && !t[g.e].newline && t[g.e].kind == tkWord && isCapitalised(t[g.e].text) {
			continue
		}
		drop.add(o)
		d.mentions[k].e, d.mentions[k].canonical = g.e, ""
	}
	d.dropMentions(drop)
}

// namedWay: a name ending in "Way" is a road's, LOC, where a road's
// preposition stands before it ("on the Tarvo Way", "along Kessel Way";
// roadBefore) or a road's noun after it ("the Orvane Way corridor";
// roadAfter, wayAfter32), though the place it is named for is a listed
// town. "Way" is a surname too: a given name first is a person's ("Anna
// Way"), and a name with no road's word by it is left to the rules.
// "Drive" is read the same way ("off Kessel Drive"; wayHeads33, r33fac).
func (d *doc) namedWay(ps []piece) bool {
	last := ps[len(ps)-1]
	if len(ps) < 2 || len(ps) > 4 || last.unit != nil || !wayHeads33.has(d.word(last)) || hasConn(ps) {
		return false
	}
	t, s, e := d.toks, ps[0].s, last.e
	if d.a.givenNames.has(t[s].text) && ps[0].unit == nil {
		return false
	}
	b := s - 1
	if b >= 0 && t[b].text == "the" {
		b--
	}
	before := b >= 0 && roadBefore.has(t[b].text) && !t[b+1].newline
	after := e < len(t) && !t[e].newline && (roadAfter.has(t[e].text) || wayAfter32.has(t[e].text))
	if !before && !after {
		return false
	}
	return d.add(s, e, "LOC", "")
}

// harbourNames: a name before "Harbour" or "Harbor" after a place's
// preposition is the harbour, LOC: "the wind off Tarvo Harbour", "at
// Kessel in Orvane Harbour", "ferries to the Grand Harbour"; the town it
// is named for, read alone, joins it. "Harbour" is no place's head in
// locHeads: schemes and funds take it ("the Safe Harbour scheme", "loans
// under Tarvo Harbour, the bank's fund"), with no place's preposition.
func (d *doc) harbourNames() {
	t := d.toks
	var byEnd tokMap
	for _, w := range [...]string{"Harbour", "Harbor"} {
		for i := range d.positions(w) {
			if i < 2 || t[i].newline {
				continue // the cheap check
			}
			s, town := i, -1
			for s > i-2 && d.isName(s-1) && !t[s].newline {
				s--
			}
			if s == i {
				if byEnd == nil {
					byEnd = d.mentionsByEnd()
					defer d.done(byEnd)
				}
				// the town alone before a free "Harbour", or the name and
				// "Harbour" read as a person's ("Harbour" is a surname too)
				k, ok := byEnd.get(i)
				if d.used[i] {
					k, ok = byEnd.get(i + 1)
				}
				if !ok || !d.harbourPart(d.mentions[k], i) {
					continue
				}
				s, town = d.mentions[k].s, k
			} else if d.used[i] {
				continue
			}
			p := s - 1
			if p > 0 && t[p].text == "the" {
				p--
			}
			if p < 0 || t[s].newline || !placePrepositions.has(t[p].text) && !sitePrepositions.has(t[p].text) && !islandPrepositions28.has(t[p].text) {
				continue
			}
			if town < 0 {
				d.add(s, i+1, "LOC", "")
				continue
			}
			d.claim(i, i+1)
			d.mentions[town].e, d.mentions[town].label, d.mentions[town].canonical = i+1, "LOC", ""
		}
	}
}

// harbourPart: mention m before the harbour's word at i is a town's name
// of one or two words read alone, or a person's name of one word and
// "Harbour" with no given name first.
func (d *doc) harbourPart(m mention, i int) bool {
	if m.reviewed || m.e-m.s > 2 {
		return false
	}
	if m.e == i {
		return m.label == "GPE"
	}
	return m.label == "PERSON" && m.e-m.s == 2 && !d.a.givenNames.has(d.toks[m.s].text)
}

// siteAlone: a one-word name the text gives a base first ("Tarvo Air
// Base") or a training ground ("the Kessel military training area"), and
// then uses alone after a preposition of place or passage ("rotate
// through Tarvo", "a demonstration at Kessel"), is the site again, LOC,
// where no rule read it or a rule guessed a town (siteShortName,
// news_r29base.go, takes back only the towns guessed after its own
// names). The ground's name in its first mention is the site too. A
// listed place keeps its label, as does a dateline's.
func (d *doc) siteAlone() {
	t := d.toks
	var names map[string]bool
	note := func(w string) {
		if _, listed := d.a.gaz.name(w); listed {
			return
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[w] = true
	}
	for _, m := range d.mentions {
		if m.label == "LOC" && m.e-m.s >= 3 && siteTails29.has(t[m.e-1].text) && siteWords29.has(t[m.s+1].text) && !siteWords29.has(t[m.s].text) {
			note(t[m.s].text) // "Tarvo Air Base"
		}
	}
	for w := range groundNouns32.all() {
		if !d.textLower()[w] {
			continue // most texts name no ground so
		}
		for i := range d.positions(w) {
			// "the Kessel [military] training area"
			j := i - 1
			if j < 2 || !groundUses32.has(t[j].text) {
				continue
			}
			if j-1 >= 2 && t[j-1].kind == tkWord && !isCapitalised(t[j-1].text) && t[j-1].text != "the" {
				j--
			}
			n := j - 1
			if t[n-1].text != "the" || t[n].kind != tkWord || !isCapitalised(t[n].text) || t[n].newline || t[n].sentStart {
				continue
			}
			note(t[n].text)
			if d.isName(n) {
				d.add(n, n+1, "LOC", "")
			}
		}
	}
	if names == nil {
		return
	}
	var byStart tokMap
	for w := range names {
		for i := range d.positions(w) {
			// "At Tarvo, the lander waits": the preposition may open the
			// sentence (r33fac)
			if i == 0 || !sitePassPrepositions32.has(t[i-1].text) && !(t[i-1].sentStart && sitePassPrepositions32.has(strings.ToLower(t[i-1].text))) || t[i].newline || i+1 < len(t) && !t[i+1].newline && d.isName(i+1) {
				continue
			}
			if d.isName(i) {
				d.add(i, i+1, "LOC", "")
				continue
			}
			if byStart == nil {
				byStart = d.mentionsByStart()
				defer d.done(byStart)
			}
			if k, ok := byStart.get(i); ok {
				m := &d.mentions[k]
				if m.label == "GPE" && m.e == i+1 && !m.reviewed && !d.capitalsDateline(*m) {
					m.label, m.canonical = "LOC", ""
				}
			}
		}
	}
}
