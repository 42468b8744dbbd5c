package extract

import "strings"

// Round 19 (r19misc): organisations and platforms in general news that
// the text names by their form and context.

var (
	bodyPosts19     = cue("bodyPosts19")
	postModifiers19 = cue("postModifiers19")
	craftNouns19    = cue("craftNouns19")
	managedKinds19  = cue("managedKinds19")
	craftVerbs19    = cue("craftVerbs19")
	craftOwners19   = cue("craftOwners19")
)

// bodyPostAt: the lower-case post of a body starts at token e and ends
// before the returned index: "governor", "general manager", "regional
// officer" (bandMember reads the name before it).
func (d *doc) bodyPostAt(e int) (int, bool) {
	toks := d.toks
	k := e
	for k < len(toks) && k < e+2 && postModifiers19.has(toks[k].text) && !toks[k].newline {
		k++
	}
	if k >= len(toks) || !bodyPosts19.has(toks[k].text) || toks[k].newline {
		return 0, false
	}
	return k + 1, true
}

// r19miscPost runs after resolution.
func (d *doc) r19miscPost() {
	d.fundManager()
	d.numberedCraft()
	d.craftAfterDeed()
	d.orgRegionArm()
}

// craftAfterDeed: "flew its Kesselbaan on a suborbital test", "flies its
// small Tarvon from Orvania", "launched its second Orvan rocket": what an
// operator flies, launches or fields, after "its", "their" or "the" and
// at most two lower-case words, is a craft, a name of up to three
// capitalised words that no rule took or that read as a person's. A
// noun after it must be a craft's ("launched its Kessel campaign" is
// no craft's), and a body's or a programme's head ends no craft's name
// ("fielded its Kessel Group", "launched its Tarvo Initiative").
func (d *doc) craftAfterDeed() {
	t := d.toks
	for i := 0; i+2 < len(t); i++ {
		if !craftVerbs19.has(t[i].text) || !craftOwners19.has(t[i+1].text) || t[i+1].newline {
			continue
		}
		// "launched the Kessel Awards": one launches a programme or a
		// product with "the", a craft of one's own with "its"
		if t[i+1].text == "the" && strings.HasPrefix(t[i].text, "launch") {
			continue
		}
		s := i + 2
		for s < len(t) && s < i+4 && t[s].kind == tkWord && !isCapitalised(t[s].text) && !t[s].newline {
			s++
		}
		e := s
		for e < len(t) && e < s+3 && t[e].kind == tkWord && isCapitalised(t[e].text) && !t[e].newline && (e == s || !t[e].glued) {
			e++
		}
		if e == s || orgHeads.has(t[e-1].text) || programHeads.has(t[e-1].text) || titleWords.has(t[s].text) {
			continue
		}
		if e < len(t) && !craftNouns19.has(t[e].text) && d.nounAfter(e) {
			continue
		}
		if d.free(s, e) {
			d.add(s, e, "PLATFORM", "")
			continue
		}
		for k := range d.mentions {
			if m := &d.mentions[k]; m.s == s && m.e == e && m.label == "PERSON" && !m.reviewed {
				m.label, m.canonical = "PLATFORM", ""
				break
			}
		}
	}
}

// fundManager: "Kessel Asset Management", "activist investor Tarvo
// Investment Management": a name that ends in a fund's kind and
// "Management" is a fund manager's, though its first word is a given
// name or a role before it reads it as a person's. Its shorter mentions
// that resolution took for the person's go with it: "Kessel" is the
// firm, and "Management" ("Management warned") no name.
func (d *doc) fundManager() {
	t := d.toks
	var names map[string]bool
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.reviewed || m.e-m.s < 3 || t[m.e-1].text != "Management" || !managedKinds19.has(t[m.e-2].text) {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		name := d.surface(m.s, m.e)
		names[name] = true
		m.label, m.canonical = "ORG", name
	}
	if names == nil {
		return
	}
	var drop dropSet
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PERSON" || m.reviewed || !names[m.canonical] {
			continue
		}
		if w := t[m.e-1].text; w == "Management" || managedKinds19.has(w) {
			drop.add(k)
			continue
		}
		m.label = "ORG"
	}
	d.dropMentions(drop)
}

// craftNumberAt: token i is the hyphen of "Name-N": a capitalised word,
// a glued hyphen and a glued number of one or two digits or a Roman
// numeral, nothing glued after it but punctuation. A name in capitals
// takes only a Roman numeral: in capitals with digits it is mostly a
// code or a disease's ("COVID-19"), which other rules read.
func (d *doc) craftNumberAt(i int) bool {
	toks := d.toks
	if i < 1 || i+1 >= len(toks) || toks[i].text != "-" || !toks[i].glued || !toks[i+1].glued {
		return false
	}
	stem, num := toks[i-1].text, toks[i+1].text
	if toks[i-1].kind != tkWord || !isCapitalised(stem) || len(stem) < 3 {
		return false
	}
	roman := romanNumeral(num)
	if !roman && (len(num) > 2 || !isNumber(num) || allCapitals(stem)) {
		return false
	}
	return i+2 >= len(toks) || !toks[i+2].glued || toks[i+2].kind == tkPunct && toks[i+2].text != "-"
}

// craftInSentence: a craft's noun stands in token i's sentence.
func (d *doc) craftInSentence(i int) bool {
	toks := d.toks
	s := i
	for s > 0 && s > i-60 && !toks[s].sentStart {
		s--
	}
	for k := s; k < len(toks) && k < i+60; k++ {
		if k > s && toks[k].sentStart {
			break
		}
		if craftNouns19.has(toks[k].text) {
			return true
		}
	}
	return false
}

// numberedCraft: "Kelsat-1 and Kelsat-2, two satellites", "the rocket,
// Orvan-2,": a name with a number after its hyphen in a sentence that
// names a craft is the craft's, the number inside the span (a platform
// read without it grows to take it); a free mention of the same name
// elsewhere in the text ("spent $2 million on Kelsat-2") is the craft's
// too. A name a rule read as another kind ("Exercise Kessel-26", a
// programme) keeps its reading.
func (d *doc) numberedCraft() {
	toks := d.toks
	var found map[string]bool
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || m.reviewed || m.trim != 0 || m.e-m.s != 1 || !d.craftNumberAt(m.e) || !d.free(m.e, m.e+2) {
			continue
		}
		d.claim(m.e, m.e+2)
		m.e, m.canonical = m.e+2, ""
		found = addFound(found, d.surface(m.s, m.e))
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != "-" || !d.craftNumberAt(i) || !d.free(i-1, i+2) || !d.craftInSentence(i) {
			continue
		}
		if d.add(i-1, i+2, "PLATFORM", "") {
			found = addFound(found, d.surface(i-1, i+2))
		}
	}
	if len(found) == 0 {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text == "-" && d.craftNumberAt(i) && d.free(i-1, i+2) && found[d.surface(i-1, i+2)] {
			d.add(i-1, i+2, "PLATFORM", "")
		}
	}
}

func addFound(found map[string]bool, w string) map[string]bool {
	if found == nil {
		found = map[string]bool{}
	}
	found[w] = true
	return found
}

// orgRegionArm: "Kessel Europe", "Tarvo Scotland", "Orvane North
// America": an organisation's name with a place's written right after it
// (a space, the same line) is one name, the body's arm or service there;
// a writer who means the body and the place puts a word between them
// ("Kessel in Europe", "Kessel's Scotland office"). A place before a
// noun modifies the noun ("the Kessel Ministry Orvania desk"), and a
// name of words in capitals is a heading's ("KESSEL BANK Orvania").
func (d *doc) orgRegionArm() {
	t := d.toks
	var byStart tokMap
	var drop dropSet
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "ORG" || m.reviewed || m.e >= len(t) || t[m.e].glued || t[m.e].newline || !isCapitalised(t[m.e].text) || drop[k] {
			continue
		}
		if byStart == nil { // built once, at the first name that needs it
			byStart = d.mentionsByStart()
			defer d.done(byStart)
		}
		n, ok := byStart.get(m.e)
		if !ok || drop[n] {
			continue
		}
		o := d.mentions[n]
		if o.label != "GPE" && o.label != "LOC" || o.reviewed || d.capsHeading(m.s, m.e) || d.nounAfter(o.e) {
			continue
		}
		m.e, m.canonical = o.e, ""
		drop.add(n)
	}
	d.dropMentions(drop)
}

// nounAfter: token i is a lower-case noun, as the tagger reads it after
// the word before it and with the word after it ("Orvania hands like",
// not "Scotland receives funds").
func (d *doc) nounAfter(i int) bool {
	t := d.toks
	if i < 1 || i >= len(t) || t[i].kind != tkWord || t[i].newline || isCapitalised(t[i].text) {
		return false
	}
	tg := d.tagAfter(i - 1)
	return tg == "NN" || tg == "NNS"
}

// capsHeading: tokens [s, e) are two or more words written in capitals
// (readCaps may have rewritten them), as a release's heading writes a
// body's name.
func (d *doc) capsHeading(s, e int) bool {
	if e-s < 2 {
		return false
	}
	for i := s; i < e; i++ {
		if t := d.toks[i]; t.kind == tkWord && !allCapitals(d.orig[t.start:t.end]) {
			return false
		}
	}
	return true
}
