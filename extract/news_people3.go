package extract

import "strings"

// Round-3 news rules for companies: the contexts that name a company by
// its place of business or its parent, and the verbs spelt like a team's
// roles. The cue words are in cues.txt.

// roleNotVerb: a team's role word at token e ("Harlow forward", "Arden
// captain") is no verb with its object after it ("forward the file to the desk").
func (d *doc) roleNotVerb(e int) bool {
	return e+1 >= len(d.toks) || !verbObjects.has(d.toks[e+1].text)
}

// basedCompany: a noun of organisations after a place and "-based" names
// the company after it: "the Ohio-based company Velto", "a Lagos-based
// lender Corvane".
func (d *doc) basedCompany(s int) bool {
	toks := d.toks
	if s < 4 || toks[s].newline || !d.orgNoun(toks[s-1].text) || toks[s-2].text != "based" {
		return false
	}
	hyphen := toks[s-3]
	return hyphen.text == "-" && hyphen.glued && toks[s-2].glued
}

// unitOf: ", a unit of Corvane" after a name makes it a company, part of
// another one named with a capital.
func (d *doc) unitOf(e int) bool {
	toks := d.toks
	if e+4 >= len(toks) || toks[e].text != "," || !articles.has(toks[e+1].text) {
		return false
	}
	return parentLinks.has(toks[e+2].text) && toks[e+3].text == "of" && isCapitalised(toks[e+4].text) && !toks[e+4].newline
}

// opponentAt: a name with a capital, perhaps after an article, at token k:
// the side a result verb names ("beat Harlow", "lost to the Comets").
func (d *doc) opponentAt(k int) bool {
	toks := d.toks
	if k < len(toks) && articles.has(toks[k].text) {
		k++
	}
	return k < len(toks) && isCapitalised(toks[k].text) && !toks[k].newline
}

// praisedNoun: a word of praise or blame and a common noun, both with
// capitals, are a reviewer's phrase, no name: "Great Service", "Poor
// Value". A listed name keeps its label ("Great Britain" is a unit).
func (d *doc) praisedNoun(ps []piece) bool {
	if len(ps) != 2 || !praiseWords.has(strings.ToLower(d.word(ps[0]))) || d.word(ps[1]) == "" || !d.commonWord(d.word(ps[1])) {
		return false
	}
	d.used[ps[0].s], d.used[ps[1].s] = true, true
	return true
}

// occupationAfter: "is an American architect", "was a retired Norwegian
// painter and sculptor" from token e: a copula, an article, at most three
// modifiers and a noun of people's trades, which ends its clause. What is
// "a lawyer" is a person; "a carmaker" or "a city" are read elsewhere.
func (d *doc) occupationAfter(e int) bool {
	toks := d.toks
	if e+2 >= len(toks) || toks[e].text != "is" && toks[e].text != "was" || toks[e+1].text != "a" && toks[e+1].text != "an" {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+5 && toks[k].kind == tkWord && !toks[k].newline; k++ {
		w := toks[k].text
		if personRoles.has(w) || occupationNouns.has(w) {
			return k+1 == len(toks) || toks[k+1].kind == tkPunct || roleEnds.has(toks[k+1].text)
		}
	}
	return false
}

// officeAfter: "was elected", "is sworn" from token e: a person took an
// office.
func (d *doc) officeAfter(e int) bool {
	toks := d.toks
	return e+1 < len(toks) && (toks[e].text == "was" || toks[e].text == "is") && officeParticiples.has(toks[e+1].text) && !toks[e+1].newline
}

// prizeField: the word at token i after "the Nobel Prize in" is a prize's
// field ("Chemistry"), no place.
func (d *doc) prizeField(i int) bool {
	return i >= 2 && d.toks[i-1].text == "in" && prizeHeads.has(d.toks[i-2].text)
}

// successorBefore: "succeeded by" or "preceded by" before token s: who
// follows another in an office is a person.
func (d *doc) successorBefore(s int) bool {
	toks := d.toks
	return s >= 2 && toks[s-1].text == "by" && successionVerbs.has(toks[s-2].text) && !toks[s].newline
}

// modifiedCompany: a company's noun after a lower-case modifier names
// the company after it: "satellite imaging company Velto", "oil firm
// Corvane" (with an article before, the shared context reads it).
func (d *doc) modifiedCompany(s int) bool {
	toks := d.toks
	if s < 2 || toks[s].newline || !companyHeads.has(toks[s-1].text) {
		return false
	}
	before := toks[s-2]
	if u, ok := d.unitAt(s - 2); ok && u.end == s-1 && u.label == "GPE" {
		return !toks[s-1].newline // "the Leeds practice Bowman Kerr": a town's firm (news_people8.go)
	}
	return before.kind == tkWord && !isCapitalised(before.text) && !toks[s-1].newline
}

// kinOfAfter: ", son of a farmer", ", the daughter of" from token e: a
// name in apposition with a kin noun and "of" is a person's.
func (d *doc) kinOfAfter(e int) bool {
	toks := d.toks
	k := e + 1
	if k < len(toks) && toks[k].text == "the" {
		k++
	}
	return e < len(toks) && toks[e].text == "," && k+1 < len(toks) && kinOf.has(toks[k].text) && toks[k+1].text == "of" && !toks[k+1].newline
}
