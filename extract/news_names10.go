package extract

import (
	"strings"
	"unicode"
)

// Round-10 news rules for organisations known by plain words and for
// name-shaped runs that are no person: Indigenous groups by their kind
// ("Ngāti Kessel, the local hapū", "Tarvel iwi", "the Kessel Lake First
// Nation"), public bodies whose name ends in their country ("Business
// Orvania", "Land Information Orvania"), a lone word that runs or
// represents something ("Solidarity, which represents skilled workers")
// and outlets by a newspaper's word in their name where one is told
// something ("told Business Daily").
//
// Choices where GUIDELINES.md is silent: an iwi, a hapū, a rūnanga and a
// First Nation are organisations (a people's body that speaks, signs and
// owns), as the written sets label them.

// indigenousGroup: "Ngāti Kessel", "Ngāi Tarvel, the local hapū,",
// "Tarvel iwi spokesman", "Te Rūnanga o Kessel", "the Kessel Lake First
// Nation", "Orvane Cree Nation": a Māori group by its opening word ("Ngāti",
// "Ngāi": "descendants of"), by its kind after the name or in an
// apposition, a rūnanga with its "o" and the people's name, and a nation
// of the First Nations by its tail. The words are the group's, though a
// given name or a place's word opens them.
func (d *doc) indigenousGroup(ps []piece) bool {
	n := len(ps)
	toks := d.toks
	s, e := ps[0].s, ps[n-1].e
	first := toks[s].text
	switch {
	case maoriGroupStarts.has(first) && n >= 2 && !ps[1].conn:
		// "Ngāti Kessel and Ngāi Tarvel": the group ends at a connector
		for i, p := range ps {
			if p.conn {
				d.add(s, ps[i-1].e, "ORG", "")
				d.classify(ps[i+1:])
				return true
			}
		}
	case first == "Te" && n == 2 && runangaWords.has(d.word(ps[1])):
		// "Te Rūnanga o Kessel": the council of the people after "o"
		if e+1 < len(toks) && toks[e].text == "o" && !toks[e+1].newline {
			if p, ok := d.itemAt(e + 1); ok && isCapitalised(toks[p.s].text) {
				e = p.e
				for q, ok := d.itemAt(e); ok && !toks[q.s].newline && isCapitalised(toks[q.s].text); q, ok = d.itemAt(e) {
					e = q.e
				}
			}
		}
	case n >= 2 && d.word(ps[n-1]) == "Nation" && !hasConn(ps):
		// "Membertou First Nation", "Orvane Cree Nation"
	case hasConn(ps) || n > 3:
		return false
	case e < len(toks) && indigenousKinds.has(toks[e].text) && !toks[e].newline:
		// "Tarvel iwi spokesman"
	case d.groupApposition(e):
	default:
		return false
	}
	return d.add(s, e, "ORG", "")
}

// groupApposition: ", the local hapū", ", an iwi of the east coast": an
// apposition of a group's kind after token e, with at most two modifiers.
func (d *doc) groupApposition(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+4; k++ {
		if indigenousKinds.has(toks[k].text) {
			return true
		}
		if toks[k].kind != tkWord || isCapitalised(toks[k].text) {
			return false
		}
	}
	return false
}

// countryBody: "Business Orvania", "Land Information Orvania", "Sport
// Kessel", "Visit Tarvel": plain words of the language (no acronym: "USS
// Orvania" is a ship) before a country's
// name make a public body or a campaign's agency named for the country,
// as governments name them; a compass word or a region's adjective before
// a country names a part of it ("Central Orvania", "Rural Kessel"), a
// place's opening word a place in it ("Mount Kessel", "Lake Tarvel"), and
// a place's preposition before the run keeps the place ("in Western
// Kessel"); a programme's noun after it makes a programme's name ("the
// Rebuild Kessel plan").
func (d *doc) countryBody(ps []piece) bool {
	n := len(ps)
	last := ps[n-1].unit
	if n < 2 || n > 4 || last == nil || last.label != "GPE" || !d.a.countries[last.canonical] && !homeNations.has(last.canonical) {
		return false
	}
	s, e := ps[0].s, ps[n-1].e
	if s > 0 && placeOnlyPrepositions.has(d.toks[s-1].text) {
		return false
	}
	if e < len(d.toks) && (programNouns.has(d.toks[e].text) || planNouns.has(d.toks[e].text) || appositionNouns.has(d.toks[e].text)) {
		return false // "the Rebuild Kessel plan": a programme's name
	}
	for _, p := range ps[:n-1] {
		w := d.word(p)
		if w == "" || p.e-p.s != 1 || !isCapitalised(w) || allCapitals(w) || shipPrefixes.has(w) || d.a.givenNames.has(w) ||
			regionAdjectives.has(w) || countryParts.has(w) || locStarts.has(w) || locOpeners.has(w) || placeNameStarts.has(w) || titleWords.has(w) || derivedAdjectives.has(w) {
			return false
		}
		// round 15: a brand no list holds before the country is the
		// body's or the company's too ("Kesselway Orvania", "Tarvo
		// Holding Orvania"), but no family name ("Brandt Orvania" may be
		// a runner and the country she runs for)
		if d.a.uncommon(w) && (d.a.surnames.has(w) || !d.brandBeforeCountry(ps)) {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// whichRuns: "Solidarity, which represents skilled workers", "Amberline,
// which runs 40 hotels": a name of up to three words, then ", which" and
// a verb of representing, selling or making, or of running, owning or
// employing a counted number of things, or of going bankrupt or public
// or filing for insolvency (news_orgs12.go), is an organisation's, whatever
// its words: a person is "who", a day represents nothing, and a town
// runs its own schools but no counted hotels. The part of a hyphenated
// name after its hyphen is no name of its own.
func (d *doc) whichRuns(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if e+3 >= len(toks) || toks[e].text != "," || toks[e+1].text != "which" || len(ps) > 3 || hasConn(ps) || calendarWords.has(toks[s].text) || toks[s].glued {
		return false
	}
	if v, next := toks[e+2].text, toks[e+3].text; !whichRunVerbs.has(v) && !(countedRunVerbs.has(v) && isNumber(next)) && !(v == "went" && wentStates.has(next)) && !(v == "filed" && next == "for") && !d.whichNamed(s, e) {
		return false
	}
	return onlyOrgUnits(ps) && d.add(s, e, "ORG", "")
}

// toldOutlet: "told Business Daily", "told the Daily Monitor", "according
// to the Sunday Kessel", "told News24": an outlet one is told by or
// reported by, by a newspaper's word at either end of its name ("Daily",
// "Herald", "Tribune"), or one word with digits in it; not a person's name
// with a given name ("told Emma Post").
func (d *doc) toldOutlet(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	if n > 3 || hasConn(ps) {
		return false
	}
	// "the Sunday Tribune": a day's name opening it is left out of the chunk
	if n == 1 && outletTails.has(d.word(ps[0])) && s > 0 && outletOpeners.has(d.toks[s-1].text) && d.free(s-1, s) && d.toldBefore(s-1) {
		return d.add(s-1, e, "ORG", "")
	}
	if !d.toldBefore(s) {
		return false
	}
	if n == 1 {
		w := d.word(ps[0])
		if w == "" || !hasLetterAndDigit(w) {
			return false
		}
		return d.add(s, e, "ORG", "")
	}
	if ps[n-1].unit != nil || d.a.givenNames.has(d.toks[s].text) {
		return false
	}
	if !outletOpeners.has(d.word(ps[0])) && !outletTails.has(d.word(ps[n-1])) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// toldBefore: "told", "told the", "according to (the)", "reported by
// (the)" stand before token s on its line.
func (d *doc) toldBefore(s int) bool {
	toks := d.toks
	k := s - 1
	if k >= 0 && (toks[k].text == "the" || toks[k].text == "The") {
		k--
	}
	if k < 0 || toks[k+1].newline {
		return false
	}
	switch toks[k].text {
	case "told", "tells", "telling":
		return true
	case "to":
		return k > 0 && (toks[k-1].text == "according" || toks[k-1].text == "According")
	case "by":
		return k > 0 && (toks[k-1].text == "reported" || toks[k-1].text == "published")
	}
	return false
}

// hasLetterAndDigit: a word of letters with a digit in it ("News24").
func hasLetterAndDigit(w string) bool {
	letter, digit := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r):
			digit = true
		}
	}
	return letter && digit && isCapitalised(w)
}

// kindBefore: "the housing charity Kessel", "Concert promoter Tarvel", "a
// private equity fund Orvane", "its refiner Kessel": a noun of a body's
// kind, after an article, a possessive or the sentence's start and at most
// two modifiers, names
// the body after it, as does a company's relation after "its" ("its
// low-cost unit Kessel"); a listed given name opens a person's ("the promoter
// Anna Kessel"), whose trade the noun may be, a title a person's ("the
// union's Lord Kessel"), and a carrier or a ship's noun a ship's ("the
// carrier Kessel": plat7's rules read airlines). Nouns that people bear as
// well as firms (investor, peer, rival) are left out.
func (d *doc) kindBefore(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if n >= 2 && n <= 4 && toks[s].sentStart && rivalWords.has(toks[s].text) && !hasConn(ps) && ps[1].unit == nil && !d.a.givenNames.has(toks[ps[1].s].text) {
		return d.add(ps[1].s, e, "ORG", "") // "Rival Kessel cut its prices": the rival is no part of the name
	}
	if s < 2 || n > 3 || hasConn(ps) || toks[s].newline || !bodyKindNouns.has(toks[s-1].text) && !orgNouns.has(toks[s-1].text) && !itsRelations.has(toks[s-1].text) || shipNouns.has(toks[s-1].text) || toks[s-1].text == "carrier" ||
		d.a.givenNames.has(toks[s].text) || shipPrefixes.has(toks[s].text) || titleWords.has(toks[s].text) || honorifics.has(toks[s].text) {
		return false
	}
	// a place's name may end the body's ("the company Kessel Pacific"),
	// not open it ("the bank Orvania's rate")
	if u := ps[0].unit; u != nil && u.label != "ORG" {
		return false
	}
	// a company's relation ("its unit Kessel", "the carrier's contract
	// partner Tarvel") names a body only after a company's possessive:
	// "her partner Ana"
	relation := !bodyKindNouns.has(toks[s-1].text) && !orgNouns.has(toks[s-1].text)
	k := s - 2
	// a country's adjective is a modifier too: "its Orvanian arm Tarvo" (news_r23org.go)
	for m := 0; m < 2 && k >= 0 && !toks[k+1].sentStart && toks[k].kind == tkWord && (!isCapitalised(toks[k].text) || d.a.demonyms[toks[k].text] && !toks[k].sentStart) && !articles.has(toks[k].text) && toks[k].text != "its" && toks[k].text != "their"; m++ {
		k-- // "housing", "private equity"
		if k > 0 && toks[k].text == "-" && toks[k].glued && toks[k-1].kind == tkWord {
			k-- // "low-cost": one modifier
		}
	}
	switch {
	case relation && (k < 0 || toks[k].text != "its" && toks[k].text != "Its" && !(toks[k].kind == tkPossessive && k > 0 && (orgNouns.has(toks[k-1].text) || companyHeads.has(toks[k-1].text)))):
		return false // "its partner", "the airline's partner", not "her partner"
	case k >= 0 && k < s-1 && toks[k].sentStart && toks[k].kind == tkWord && isCapitalised(toks[k].text) && !d.used[k]:
		// "Concert promoter Tarvel said": the modifier opens the sentence
	case k >= 0 && (articles.has(toks[k].text) || toks[k].kind == tkPossessive || toks[k].text == "The" || toks[k].text == "its" || toks[k].text == "Its" || toks[k].text == "their"):
	default:
		return false
	}
	return d.add(s, e, "ORG", "")
}

// marketDeed: "Kessel Orvane fell 3%", "Tarvel Haugen posted a loss",
// "Orvane Quill cut 300 jobs": a verb of the market with a share's move,
// of accounts with a loss or profit, or of jobs cut, after a name, is a
// company's deed (a move of a lone word may be a commodity's or a coin's:
// "Brent fell 4%"), whatever the name's shape (a person falls no 3%), a
// given name's too ("Morgan Kessel fell 2%"), a lone word's where the
// sentence named a company's shares before ("Shares in Kessel rose 2% and
// Tarvel gained 3%", sharesBefore); a listed given name keeps a
// person's reading of jobs cut (a chief executive cuts them too), and "the"
// before the name an index's ("the Kessel 50 rose 1%").
func (d *doc) marketDeed(ps []piece) bool {
	kind := len(ps)
	ps = d.withoutKindOpener(ps)
	n := len(ps)
	kind -= n // "Miner Kessel fell": a kind before the lone word
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s > 0 && (toks[s-1].text == "the" || toks[s-1].text == "The") {
		return false // "the Kessel 50 rose 1%": an index
	}
	if e+2 >= len(toks) || !marketVerbs.has(toks[e].text) && !accountVerbs.has(toks[e].text) && !companyDeeds.has(toks[e].text) || n > 3 || hasConn(ps) || toks[e].newline {
		return false
	}
	if !onlyOrgUnits(ps) {
		return false
	}
	v := toks[e].text
	next := toks[e+1].text
	switch {
	case marketVerbs.has(v) && isNumber(next) && (toks[e+2].text == "%" || toks[e+2].text == "per" || toks[e+2].text == "percent") &&
		(n >= 2 || kind > 0 || !d.a.givenNames.has(toks[s].text) && (d.sharesBefore(s) || d.loneShareMover(s))):
	// "Tarvolt eased to $12.65": a price the share moved to (news_r23org.go)
	case marketVerbs.has(v) && d.priceAfter(e+1) && (n >= 2 || kind > 0 || !d.a.givenNames.has(toks[s].text) && d.loneShareMover(s)):
	case accountVerbs.has(v) && d.accountObject(e+1):
	case companyDeeds.has(v) && isNumber(next) && toks[e+2].text == "jobs" && !d.a.givenNames.has(toks[s].text):
	default:
		return false
	}
	return d.add(s, e, "ORG", "")
}

// withoutKindOpener: "Miner Kessel S.A. fell": a body's kind opening the
// sentence is no part of the name after it.
func (d *doc) withoutKindOpener(ps []piece) []piece {
	if len(ps) < 2 || ps[0].unit != nil || ps[1].conn || !d.toks[ps[0].s].sentStart {
		return ps
	}
	if w := strings.ToLower(d.word(ps[0])); bodyKindNouns.has(w) || orgNouns.has(w) {
		return ps[1:]
	}
	return ps
}

// accountObject: "a loss", "a net profit", "record revenue", "its first
// annual loss" from token k.
func (d *doc) accountObject(k int) bool {
	toks := d.toks
	for m := 0; m < 4 && k < len(toks) && toks[k].kind == tkWord && !isCapitalised(toks[k].text); m, k = m+1, k+1 {
		if accountNouns.has(toks[k].text) {
			return true
		}
	}
	return false
}

// bodyObject: "represented by Kessel", "a subsidiary of Tarvel", "the
// shareholders of Orvane Quill", "values Kessel at $3 billion", "the
// line run by Kessel": a name after what only a body is or has
// is the body's; a listed given name opens a person's.
func (d *doc) bodyObject(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s < 2 || n > 3 || hasConn(ps) || toks[s].newline || toks[s-1].newline || d.a.givenNames.has(toks[s].text) {
		return false
	}
	if !onlyOrgUnits(ps) {
		return false
	}
	prep, noun := toks[s-1].text, toks[s-2].text
	switch {
	case prep == "by" && noun == "represented":
	case prep == "of" && bodyPartNouns.has(noun):
	case valueVerbs.has(prep) && e < len(toks) && toks[e].text == "at":
		// "the deal values Kessel at $3 billion"
	case prep == "by" && (noun == "run" || noun == "operated") && s >= 3 && serviceNouns.has(toks[s-3].text) && d.a.uncommon(toks[e-1].text) && !d.a.surnames.has(toks[e-1].text) &&
		!titleWords.has(toks[s].text) && !honorifics.has(toks[s].text):
		// "the bus line run by Kessel": a service is run by its operator;
		// a family name, a common word's or a title keeps a person's
		// reading ("a clinic run by Smith", "by Dr Kessel")
	default:
		return false
	}
	return d.add(s, e, "ORG", "")
}

// joinedAs: "joined Kessel as chief financial officer", "joined Tarvel
// Quill as head of sales": one joins a body as a post; a listed given
// name opens a person's ("joined Anna Kessel as co-host").
func (d *doc) joinedAs(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s < 1 || e+1 >= len(toks) || toks[e].text != "as" || !joinVerbs.has(toks[s-1].text) || n > 3 || hasConn(ps) || d.a.givenNames.has(toks[s].text) {
		return false
	}
	if w := toks[e+1].text; isCapitalised(w) || toks[e+1].kind != tkWord || !companyOfficers.has(w) && !postWords.has(w) {
		return false
	}
	return onlyOrgUnits(ps) && d.add(s, e, "ORG", "")
}

// bandMember: "Kessel frontman Tarvel Quill", "Orvane singer Ana Kessel",
// "Tarvel economist Ana Quill": a name before a band member's or a firm's
// staff noun and a person's name is the band's or the firm's,
// and the name after the noun the member's. A common word opening the
// sentence is a genre, no band ("Pop singer Ana Kessel"), and a people's
// word a nationality ("Orvanian singer Ana Kessel").
func (d *doc) bandMember(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if e+1 >= len(toks) {
		return false
	}
	// after: where the member's name starts, past the noun; a body's
	// post may take modifiers ("Kessel general manager Ana Brandt")
	after, post := e+1, false
	if !bandRoles.has(toks[e].text) && !firmStaff.has(toks[e].text) {
		if after, post = d.bodyPostAt(e); !post {
			return false
		}
	}
	if toks[e].newline || after >= len(toks) || !isCapitalised(toks[after].text) || n > 3 || hasConn(ps) {
		return false
	}
	// "Kessel economist Ana Brandt": a firm's staff, after a word no
	// lexicon knows and no given name ("the Opposition spokesman Ana
	// Brandt", "Marlo spokesman Dan Hale") or a name of two words
	// a body's acronym before its post is no common word ("TKF president")
	acronym := post && n == 1 && len(toks[s].text) >= 2 && allCapitals(toks[s].text)
	if (firmStaff.has(toks[e].text) || post) && n == 1 && ps[0].unit == nil && !acronym && (!d.a.uncommon(toks[s].text) || d.a.givenNames.has(toks[s].text)) {
		return false
	}
	if n == 1 && (toks[s].sentStart && !acronym && !d.a.uncommon(toks[s].text) || d.a.demonyms[toks[s].text] || derivedAdjectives.has(toks[s].text)) || d.a.givenNames.has(toks[s].text) && n > 1 {
		return false
	}
	if !onlyOrgUnits(ps) {
		return false
	}
	d.add(s, e, "ORG", "")
	if post {
		// the holder's name is left to the person rules, which know a
		// surname that is a town's too ("Ana Lucena")
		return true
	}
	// the member's name after the noun, of up to three words
	var member []piece
	for k := after; len(member) < 3; {
		p, ok := d.itemAt(k)
		if !ok || p.conn || p.unit != nil || toks[p.s].newline || !isCapitalised(toks[p.s].text) {
			break
		}
		member = append(member, p)
		k = p.e
	}
	if len(member) > 0 && d.personLen(member) == len(member) {
		d.addPerson(member[0].s, member[len(member)-1].e)
	}
	return true
}

// bodyApposition: "Kessel, a nonprofit, runs food banks", "Tarvel, the
// Oslo studio, said", "Orvane, a start-up backed by": an apposition whose
// head is a body's kind after at most three modifiers, ending there or
// before a participle that bodies take, names a body, as does an asset
// manager; a person is "a rival", "an investor", so those kinds are left
// out. The part of a hyphenated name after its hyphen is no name of its
// own ("Kessel-Tarvel, the party,"). A ranking by its owner ("Kessel, the
// world's biggest miner,", "Tarvel, Orvania's largest lender,") names a
// body by a trade's noun too: a person is ranked as a man, a leader or a
// player, never as a lender.
func (d *doc) bodyApposition(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) && toks[e+2].kind != tkPossessive || n > 3 || hasConn(ps) || d.a.givenNames.has(toks[s].text) && n > 1 || toks[s].glued {
		return false
	}
	if !onlyOrgUnits(ps) {
		return false
	}
	ranked := false
	for k := e + 2; k < len(toks) && k <= e+8 && (toks[k].kind == tkWord || toks[k].kind == tkPossessive && k <= e+3) && !toks[k].newline; k++ {
		if toks[k].kind == tkPossessive {
			ranked = true // "the world's", "Orvania's"
			continue
		}
		w := toks[k].text
		if gluedHyphen(toks, k+1) {
			w += "-" + toks[k+2].text // "start-up", "non-profit"
			k += 2
		}
		// "an asset manager" is a firm, "a team manager" a person
		if appositionBodyNouns.has(w) || ranked && (orgNouns.has(w) || companyHeads.has(w)) || w == "manager" && managedAssets.has(toks[k-1].text) {
			next := k + 1
			if next == len(toks) || toks[next].kind == tkPunct || clauseStarts.has(toks[next].text) || auxiliaryVerbs.has(toks[next].text) || orgParticiples.has(toks[next].text) || bodyParticiples.has(toks[next].text) {
				return d.add(s, e, "ORG", "")
			}
			return false
		}
	}
	return false
}

// ownedBodyThing: "Kessel Orvane's website", "Tarvel's new app",
// "Orvane's parent company", "Kessel, whose shares fell": what only a
// body owns, after the name's possessive or ", whose" and at most two
// modifiers, makes the name a body's; a person the text has named keeps a
// person's reading.
func (d *doc) ownedBodyThing(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	// ", whose shares": a relative clause owns as a possessive does
	whose := e+2 < len(toks) && toks[e].text == "," && toks[e+1].text == "whose"
	if e+1 >= len(toks) || toks[e].kind != tkPossessive && !whose || n > 3 || hasConn(ps) || d.a.givenNames.has(toks[s].text) {
		return false
	}
	k := e + 1
	if whose {
		k++
	}
	first := k
	owned := func(w string) bool { return bodyThings.has(w) || whose && whoseBodyThings.has(w) }
	for m := 0; m < 2 && k+1 < len(toks) && toks[k].kind == tkWord && !isCapitalised(toks[k].text) && !owned(toks[k].text) && !d.bodyOfficerAt(k); m++ {
		k++
	}
	if (k >= len(toks) || !owned(toks[k].text) && !d.bodyOfficerAt(k) || toks[k].newline) && !d.parentCompany(first) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil {
			return false
		}
	}
	if d.namedPerson(toks[e-1].text) {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// givenSiteSurname: "Ian Marsh said", "Coach Paul Lake", "the goalkeeper,
// Sam Field,": a listed given name and a surname that is also a site's
// head word (Marsh, Lake, Field, Hill) are a person's name where a
// person's evidence stands beside them: a verb of saying or acting, a
// role just before, or an apposition after a role and a comma. Without
// it the run keeps a site's reading ("crossed Ian Marsh").
func (d *doc) givenSiteSurname(ps []piece) bool {
	opener := false // "Coach Paul Lake": the role opens the sentence, in the chunk
	if len(ps) == 3 && ps[0].unit == nil && d.toks[ps[0].s].sentStart && d.roleWord(ps[0].s) {
		ps, opener = ps[1:], true
	}
	if len(ps) != 2 || ps[0].unit != nil || ps[1].unit != nil || ps[0].e-ps[0].s != 1 || ps[1].e-ps[1].s != 1 {
		return false
	}
	w := d.word(ps[1])
	if !locHeads.has(w) && !siteHeads.has(w) || !d.a.givenNames.has(d.word(ps[0])) {
		return false
	}
	s, e := ps[0].s, ps[1].e
	toks := d.toks
	role := func(k int) bool { return k >= 0 && !toks[k+1].newline && d.roleWord(k) }
	evidence := opener || d.personContext(s, e) || role(s-1) || s >= 2 && toks[s-1].text == "," && role(s-2) && e < len(toks) && toks[e].text == ","
	if !evidence {
		return false
	}
	d.addPerson(s, e)
	return true
}

// roleWord: token k is a person's role or post ("coach", "Goalkeeper",
// "boss").
func (d *doc) roleWord(k int) bool {
	r := strings.ToLower(d.toks[k].text)
	return personRoles.has(r) || playerRoles.has(r) || roleHeads.has(r)
}

// clubRole: "Tarvel coach Ana Kessel", "Kessel manager Tom Hale": in a
// sports text a city before a player's or coach's noun and a person's name
// is its club; a country before it stays the country ("Orvania coach").
func (d *doc) clubRole(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != "GPE" || d.a.countries[ps[0].unit.canonical] || homeNations.has(ps[0].unit.canonical) {
		return false
	}
	toks := d.toks
	e := ps[0].e
	if e+2 < len(toks) && (toks[e].text == "head" || toks[e].text == "assistant") {
		e++ // "Tarvel head coach Ana Kessel"
	}
	if e+1 >= len(toks) || toks[e].newline || !playerRoles.has(toks[e].text) && toks[e].text != "captain" && toks[e].text != "boss" || !isCapitalised(toks[e+1].text) || !d.sportText() {
		return false
	}
	return d.add(ps[0].s, ps[0].e, "ORG", "")
}

// staffAt: "a partner at Kessel Orvane", "lawyers at Tarvel Quill",
// "economists at Orvane": a firm's post or staff before "at" names the
// firm after it; a place's head word ending the name keeps the site
// ("an executive at Kessel Airport"), and a listed place keeps its label.
func (d *doc) staffAt(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s < 2 || toks[s-1].text != "at" || !staffAtNouns.has(strings.ToLower(toks[s-2].text)) || toks[s].newline || toks[s-1].newline || n > 3 || hasConn(ps) {
		return false
	}
	if !onlyOrgUnits(ps) {
		return false
	}
	if w := d.word(ps[n-1]); locHeads.has(w) || siteHeads.has(w) || d.a.givenNames.has(toks[s].text) && n > 1 {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// onlyOrgUnits: no piece of the run is a listed place, person or other
// unit but an organisation's.
func onlyOrgUnits(ps []piece) bool {
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "ORG" {
			return false
		}
	}
	return true
}
