package extract

import "strings"

// Rules for the organisations and places of general news (round 7):
// islands named alone, parties read from what parties do (seats,
// coalitions), and companies whose statement speaks of "it" and "its" after
// a day or "in a statement". Each is a chunk rule (chunkRules says where it
// stands) with its cue sets in cues.txt; the lists it reads (islands,
// parties, news agencies, rivers, peaks) are in configs/gazetteer.
//
// Choices where GUIDELINES.md is silent, as testdata/written2's README
// makes them: an island is a place (LOC) even where a province or a town
// of the same name is a GPE ("wildfires on Crete", "tourism on Bali");
// an island that is a country, a dependent territory or a state of a
// federation stays a GPE (Cyprus, Greenland, Tasmania).

// islandName: "Tourism on Bali", "the ferry to Sicily": a listed island's
// name alone is a place, over a province's or a town's label for the same
// name; a country's or an organisation's stays ("Bali Airlines" is a longer
// run and never reaches here).
func (d *doc) islandName(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	if !d.a.islands[d.surface(s, e)] {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && (p.unit.label != "GPE" && p.unit.label != "LOC" || d.a.countries[p.unit.canonical]) {
			return false
		}
	}
	return d.add(s, e, "LOC", "")
}

// partyDeeds: "Likud lost two seats", "Orvane Unida became the largest
// party", "Tarvel joined the coalition": an unknown name that wins or loses
// seats, forms or joins a coalition, or becomes a party is a party (ORG).
// People win elections and majorities too, so only the nouns of parties
// count; a name with a given name, or a "his" or "her" in the clause,
// stays a person's.
func (d *doc) partyDeeds(ps []piece) bool {
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.a.givenNames[d.toks[ps[0].s].text] {
		return false
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	toks := d.toks
	if e >= len(toks) || !partyVerbs[toks[e].text] || toks[e].newline {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+6 && !toks[k].sentStart; k++ {
		w := toks[k].text
		if personPossessives[w] || personPronouns[w] || toks[k].kind == tkPunct {
			return false
		}
		if partyObjects[w] || w == "party" && k > 0 && partyRanks[toks[k-1].text] {
			return d.add(s, e, "ORG", "")
		}
	}
	return false
}

// statementIts: "Velmont said on Thursday it had sold its stake", "Target
// said in a statement that it would close": a one-word name that says, on
// a day or in a statement, what "it" does to "its" own, or that "it" will
// close, cut or sell, is a company. A family name of the surnames list
// stays a person's (a surname alone is a later mention of one).
func (d *doc) statementIts(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	s, e := ps[0].s, ps[0].e
	w := d.toks[s].text
	if d.a.givenNames[w] || d.a.surnames[w] || e >= len(d.toks) || !personVerbs[d.toks[e].text] || d.toks[e].newline {
		return false
	}
	// right after the verb, itsCompany has read "its" already
	k := d.skipStatementAdjuncts(e + 1)
	if k > e+1 && d.itsAfter(k) || d.companyWill(k) {
		return d.add(s, e, "ORG", "")
	}
	return false
}

// skipStatementAdjuncts steps over what stands between a verb of saying
// and its clause: "on Thursday", "late on Friday", "in a statement",
// "in a filing on Monday", "that". It returns the first token after them.
func (d *doc) skipStatementAdjuncts(k int) int {
	toks := d.toks
	for k < len(toks) && !toks[k].sentStart {
		switch w := toks[k].text; {
		case w == "that" || w == "late" || w == "early" || w == "earlier":
			k++
		case w == "on" && k+1 < len(toks) && weekdays[toks[k+1].text]:
			k += 2
		case w == "in" && k+2 < len(toks) && (toks[k+1].text == "a" || toks[k+1].text == "its") && statementNouns[toks[k+2].text]:
			k += 3
		default:
			return k
		}
	}
	return k
}

// companyWill: "it would close", "it will cut", "it plans to sell": "it"
// at k, a modal or "plans to", and a company's deed.
func (d *doc) companyWill(k int) bool {
	toks := d.toks
	if k+2 >= len(toks) || toks[k].text != "it" || !auxiliaryVerbs[toks[k+1].text] && toks[k+1].text != "plans" {
		return false
	}
	k += 2
	if toks[k-1].text == "plans" && toks[k].text == "to" {
		k++
	}
	return k < len(toks) && !toks[k].sentStart && (itsVerbs[toks[k].text] || companyDeeds[toks[k].text])
}

// deedIts: "Temasek wrote down its stake", "Orvane sold off its shops": a
// one-word name that does a company's deed to its own, the deed's
// particle between, is a company (itsCompany reads the verbs without a
// particle). Writing down and off is a company's too.
func (d *doc) deedIts(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	s, e := ps[0].s, ps[0].e
	toks := d.toks
	if d.a.givenNames[toks[s].text] || d.a.surnames[toks[s].text] || e+2 >= len(toks) || toks[e].newline {
		return false
	}
	verb := toks[e].text
	if !itsVerbs[verb] && !companyDeeds[verb] && verb != "wrote" && verb != "writes" || !deedParticles[toks[e+1].text] || toks[e+2].text != "its" {
		return false
	}
	return d.add(s, e, "ORG", "")
}

// dealName: "investors in Velmont", "a stake in Orvane Foods": an unknown
// name that a deal's noun or an acquiring verb stands before is a company,
// before the place rules read "in" and a name as a town.
func (d *doc) dealName(ps []piece) bool {
	s, e, toks := ps[0].s, ps[len(ps)-1].e, d.toks
	// "shares in Macy's": possessiveBusiness keeps the "'s"
	if len(ps) > 3 || hasConn(ps) || hasUnit(ps) || d.a.givenNames[toks[s].text] || e < len(toks) && toks[e].kind == tkPossessive {
		return false
	}
	// a sentence opens with the noun too: "Investors in Velmont"
	if !d.dealBefore(s) && (s < 2 || toks[s].newline || !dealNouns[strings.ToLower(toks[s-2].text)+"_"+toks[s-1].text]) {
		return false
	}
	return d.add(s, e, "ORG", "")
}
