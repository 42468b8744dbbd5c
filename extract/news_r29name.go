package extract

import (
	"strings"
	"unicode"
)

// Round 29 (r29name): names missed entirely. A name no list knows
// between "the" and a programme's noun, with the programme's topic in
// lower case between them (topicProgram); a body's short form of letters
// and a number in brackets after its name (bracketUnitNumber); the first
// of two models before their plural kind (pairedPlatform).

var topicProgramHeads29 = cue("topicProgramHeads29")

// topicProgram: "the Tarvo modernisation programme", "the Safer from
// Floods discount program", "the K-IX water scheme": unknown words after
// "the" and before one or two words in lower case and a programme's noun
// name the programme; the words in lower case say what it is about, and
// "the" makes the whole one noun phrase, so the name is no subject or
// object of its own. A listed name ("the Kessel Party housing scheme",
// a town's "the Tarvo water scheme") and a given name or a surname alone
// ("the Kessel tax plan" may be a person's) are left to the other rules.
func (d *doc) topicProgram(ps []piece) bool {
	n := len(ps)
	s, e := ps[0].s, ps[n-1].e
	toks := d.toks
	if n > 8 || s == 0 || e+1 >= len(toks) || ps[0].conn || ps[n-1].conn || toks[e].newline {
		return false // the cheap check
	}
	if t := toks[s-1].text; t != "the" && t != "The" {
		return false
	}
	k := e // the topic: one or two plain words in lower case
	for k < len(toks) && k-e < 3 && !toks[k].newline && toks[k].kind == tkWord && isLowerWord(toks[k].text) && !topicProgramHeads29.has(toks[k].text) && !connectors.has(toks[k].text) {
		k++
	}
	if k == e || k-e > 2 || k >= len(toks) || toks[k].newline || !topicProgramHeads29.has(toks[k].text) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil || d.a.demonyms[d.word(p)] {
			return false // "the Orvanian space programme": the country's
		}
	}
	if n == 1 {
		if w := d.word(ps[0]); d.a.givenNames.has(w) || d.a.surnames.has(w) {
			return false
		}
	}
	if d.otherCue(ps) {
		return false // "the Kessel Industries pension scheme": the firm's
	}
	return d.add(s, e, "PROGRAM", "")
}

// bracketUnitNumber: "the Tarvo Regiment (R 12)", "Joint Task Force 151
// (JTF 151)": a short word and a number in brackets right after a body's
// name are the body's short form, as armies and fleets number their
// units; its canonical is the body's. The word is no more than four
// letters, the first a capital, and the number no more than four digits,
// so no sum or year is read.
func (d *doc) bracketUnitNumber() {
	toks := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		e := m.e
		if m.label != "ORG" || e+3 >= len(toks) || toks[e].text != "(" || toks[e+3].text != ")" {
			continue // the cheap check
		}
		w, num := toks[e+1].text, toks[e+2].text
		if len(w) > 4 || !isCapitalised(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || len(num) > 4 || !isNumber(num) || isYear(num) || toks[e+2].glued || toks[e+1].newline {
			continue
		}
		canon := m.canonical
		if canon == "" {
			canon = d.surface(m.s, m.e)
		}
		d.add(e+1, e+3, "ORG", canon)
	}
}

// pairedPlatform: "the Tarvo and Kessel-2 decoy drones", "Orvane and KX
// missiles": a name no rule read before "and" and a platform, the two
// before a platform's noun in the plural, is the first model of the two.
// Between the platform and the noun stand at most two words in lower
// case, of the kind or the role ("decoy", "reconnaissance"). A word that
// opens the sentence may be a common one ("Missiles and KX drones"), and a
// people's adjective is no model ("Orvanian and KX drones").
func (d *doc) pairedPlatform() {
	toks := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		if m.label != "PLATFORM" || m.s < 2 || toks[m.s-1].text != "and" || !d.isName(m.s-2) {
			continue // the cheap check
		}
		j := m.e
		for j < len(toks) && j-m.e < 2 && toks[j].kind == tkWord && !toks[j].newline && isLowerWord(toks[j].text) && !platformNouns.has(toks[j].text) {
			j++
		}
		if j >= len(toks) || toks[j].newline || !platformNouns.has(toks[j].text) || !strings.HasSuffix(toks[j].text, "s") {
			continue
		}
		e := m.s - 1
		s := e - 1
		for s > 0 && s > e-3 && d.isName(s-1) && !toks[s].sentStart {
			s--
		}
		if toks[s].sentStart || d.isName(s-1) || d.a.demonyms[toks[s].text] {
			// a longer run's cut is the chunk rules' ("the Evolved Kessel
			// Missile and KX rounds")
			continue
		}
		d.add(s, e, "PLATFORM", "")
	}
}
