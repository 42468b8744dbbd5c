package extract

import "strings"

// Round-13 news rules for organisations whose names a person's or a
// place's rule would read: a legislature's house before its officer's
// title ("Assembly Speaker Tarvo Brandt", "House Majority Leader Ana
// Kessel"), a bank named by "Bank" and a word no lexicon knows ("Bank
// Orvane", "Banco Tarvel"), and a government by its state's name ("the
// Orvania Government", "the Federal Government"). Each is a chunk rule
// (chunkRules says where it stands) with its cue sets in cues.txt.

// houseOfficer: "Assembly Speaker Tarvo Brandt", "Senate President Ana
// Kessel", "Rada chairman Orvan Tessk": a legislature's house named alone
// before its officer's title and the officer's name is the house, at the
// start of a sentence too, where the common word would be dropped.
func (d *doc) houseOfficer(ps []piece) bool {
	if len(ps) != 1 || ps[0].e-ps[0].s != 1 {
		return false
	}
	s := ps[0].s
	if u := ps[0].unit; u != nil && u.label != "ORG" {
		return false
	}
	return d.houseOfficerAt(s) && d.add(s, s+1, "ORG", "")
}

// houseOfficerAt reports whether token i is a house's word before an
// officer's title and a capitalised name ("Assembly Speaker Tarvo"), so
// that a sentence's opening "Assembly" is kept as a name's word
// (markCommonStarts).
func (d *doc) houseOfficerAt(i int) bool {
	toks := d.toks
	if !officerHouses.has(toks[i].text) || i+2 >= len(toks) || toks[i+1].newline {
		return false
	}
	k := i + 1
	if houseOfficerRanks.has(toks[k].text) {
		k++ // "Majority Leader", "Deputy Speaker"
	}
	return k+1 < len(toks) && houseOfficerTitles.has(toks[k].text) && isCapitalised(toks[k+1].text) && !toks[k+1].newline
}

// bankOpener: "Bank Orvane rose 2%", "Banco Tarvel", "Bank Kessel
// Indonesia": "Bank" and a word no lexicon knows name a bank, as banks of
// Israel, Indonesia, Poland or the Gulf are named ("Bank" then the
// name); a common word or a place's head after it is no bank's name
// ("Bank Holiday", "Bank Street"), nor is "Bank of ..." (orgStarts).
func (d *doc) bankOpener(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || hasConn(ps) || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || !bankOpeners.has(d.toks[ps[0].s].text) {
		return false
	}
	toks := d.toks
	w := toks[ps[1].s].text
	if ps[1].unit != nil || ps[1].e-ps[1].s != 1 || !isCapitalised(w) || !d.a.uncommon(w) || d.a.givenNames.has(w) {
		return false
	}
	if n == 3 && (ps[2].e-ps[2].s != 1 || locHeads.has(toks[ps[2].s].text) || ps[2].unit != nil && ps[2].unit.label != "GPE") {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// stateGovernment: "the Orvania Government", "the Federal Government",
// "Kessel State Government": a state's, a province's or a federation's
// name before "Government" (capitalised, as a body's name) is the body;
// a person's name is none.
func (d *doc) stateGovernment(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 3 || hasConn(ps) {
		return false
	}
	toks := d.toks
	last := ps[n-1]
	if last.unit != nil || last.e-last.s != 1 || toks[last.s].text != "Government" {
		return false
	}
	for _, p := range ps[:n-1] {
		w := toks[p.s].text
		switch {
		case p.unit != nil && p.unit.label == "GPE":
		case p.unit == nil && p.e-p.s == 1 && governmentTiers.has(w):
		// "the Danish Government": a nation's adjective (news_r23org.go)
		case p.unit == nil && p.e-p.s == 1 && n == 2 && d.a.demonyms[w]:
		default:
			return false
		}
	}
	return d.add(ps[0].s, last.e, "ORG", "")
}

// orgListItem: "the coalition of the Kessel Union, Les Orvanais, Tarvo
// and the Greens", "the opposition Parti Orvanais and Kessel-Tarv": in a
// sentence of parties, a run of unknown words between commas or before
// "and", next to a body already read or listed, is one more party of the
// list, though its words look like a person's; a name with a listed
// family name or ending in a given name, or a person named before, keeps
// its reading.
func (d *doc) orgListItem(ps []piece) bool {
	n := len(ps)
	if n > 3 {
		return false
	}
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if s < 2 || toks[s].newline || toks[s].sentStart || !d.orgBefore(s) && !d.orgAfter(e) {
		return false // cheap first: a body just before or after the link
	}
	for _, p := range ps {
		if p.unit != nil && (n > 1 || p.unit.label != "ORG") || p.conn && toks[p.s].text != "-" {
			return false // a lone acronym's unit may be a party's ("the MR")
		}
		if p.conn || p.unit != nil {
			continue
		}
		w := toks[p.s].text
		if !isCapitalised(w) || d.a.surnames.has(w) || (titleWords.has(w) || honorifics.has(w)) && strings.ToUpper(w) != w || locHeads.has(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	if d.a.givenNames.has(toks[e-1].text) || e < len(toks) && toks[e].kind == tkPossessive {
		return false // "the Kessel League, Tarvo's party": an owner, no item
	}
	if !d.partySentence(s) {
		return false
	}
	for _, p := range ps {
		if w := d.word(p); w != "" && d.namedPerson(w) {
			return false
		}
	}
	return d.add(s, e, "ORG", "")
}

// partySentence: the sentence around token i speaks of parties
// ("coalition", "opposition", "party", "seats"); read only when a list's
// item is next to a body.
func (d *doc) partySentence(i int) bool {
	toks := d.toks
	a := i // a dash opens a sentence for the tokenizer: read to a full stop
	for a > 0 && i-a < 40 && !toks[a].newline && !sentenceEnds.has(toks[a-1].text) {
		a--
	}
	for k := a; k < len(toks) && k-a < 80; k++ {
		if k > a && (toks[k].newline || sentenceEnds.has(toks[k-1].text)) {
			break
		}
		if partyWords.has(toks[k].text) {
			return true
		}
	}
	return false
}

// orgBefore: an ORG read just before the link at s-1 ("the Kessel Union,").
func (d *doc) orgBefore(s int) bool {
	if len(d.mentions) == 0 || !listLinks.has(d.toks[s-1].text) {
		return false
	}
	m := d.mentions[len(d.mentions)-1]
	return m.e == s-1 && m.label == "ORG"
}

// orgAfter: a listed body just after the link at e (", the Kessel Union").
func (d *doc) orgAfter(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || !listLinks.has(toks[e].text) {
		return false
	}
	k := e + 1
	if toks[k].text == "the" && k+1 < len(toks) {
		k++
	}
	u, ok := d.unitAt(k)
	return ok && u.label == "ORG"
}
