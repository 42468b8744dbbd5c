package extract

// Round 29 (r29name): names of programmes missed entirely. A name no list
// knows between "the" and a programme's noun, with the programme's topic
// in lower case between them (topicProgram).

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
