package extract

import "strings"

// Round 34 (r34plat): platforms and programmes. A craft's maker or family
// and a model's mark with letters, or a design's number, before a craft's
// noun (makerMarkNoun); a platform in a headline in capitals, its count
// before it and its craft's noun after a name left out (capsHeadlineCraft);
// a class's name that is a common word or a listed name with "The"
// (wordClass).

// makerMarkNoun: "two mobile Kessel Orvex 1X radars", "of the Tarvo
// Patrol 4207 design", "a KESSEL Star ORVEX 380 camera": a maker's or a
// family's capitalised words, a model's mark (one to four figures and up
// to three capitals, or three or four figures alone) and a craft's noun,
// or "design", are one platform; makerNumber reads two words, figures
// alone and a craft's noun. The first word is no common word nor a
// place's (a person's name and a number are never written before a
// craft's noun): "Tier 2 systems", "Phase 3 design" stay out.
func (d *doc) makerMarkNoun(ps []piece) bool {
	n := len(ps)
	toks := d.toks
	e := ps[n-1].e
	if n > 4 || e+1 >= len(toks) || toks[e].newline || hasConn(ps) {
		return false // the cheap check: a word after the name
	}
	if last := ps[n-1]; n > 1 && last.unit == nil && last.e-last.s == 1 && !allDigits(d.word(last)) && modelMark(d.word(last)) {
		n, e = n-1, e-1 // the chunk took the mark: "Orvex 1X"
	} else if n == 4 || toks[e].glued || !modelMark(toks[e].text) || d.used[e] {
		return false
	}
	if d.used[e+1] || toks[e+1].text != "design" && !followedBy(toks, e+1, platformModifiers, platformNouns) {
		return false
	}
	for k, p := range ps[:n] {
		if p.unit != nil {
			if p.unit.label != "ORG" && p.unit.label != "PLATFORM" {
				return false
			}
			continue
		}
		if w := d.word(p); p.e-p.s != 1 || !isCapitalised(w) || k == 0 && d.commonWord(w) {
			return false
		}
	}
	return d.add(ps[0].s, e+1, "PLATFORM", "")
}

// modelMark: "1X", "2A", "412EPI", "380", "4207": one to four figures and
// one to three capitals ("5G" aside), or three or four figures that are
// no year; no leading zero.
func modelMark(w string) bool {
	n := digitsAt(w, 0)
	if n == 0 || n > 4 || w[0] == '0' || len(w)-n > 3 {
		return false
	}
	if n == len(w) {
		return n >= 3 && !isYear(w)
	}
	return allCapitals(w[n:]) && w[n:] != "G" // "5G" is a network's generation
}

// capsHeadlineCraft: "SIGNS CONTRACT FOR 14 KESSEL KX-228 AIRCRAFT",
// "FOR TWO MORE TARVO ANTI-TANK MISSILES": in a headline in capitals
// (whose words the rules read as capitalised names) a platform's count
// and "MORE" before it are no part of its name, and the craft's noun and
// its modifiers after a name or a designator are not either, as in prose
// ("Tarvo anti-tank missiles"); a craft's kind of common words alone
// ("POLLUTION CONTROL VESSELS") keeps its noun.
func (d *doc) capsHeadlineCraft() {
	toks := d.toks
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "PLATFORM" || m.e-m.s < 2 || m.trim != 0 || !d.capsWord(m.e-1) {
			continue // the cheap check: a noun in capitals ends it
		}
		if !platformNouns.has(strings.ToLower(toks[m.e-1].text)) || !d.capsSpan(m.s, m.e) {
			continue
		}
		s := m.s
		if numberWords[strings.ToLower(toks[s].text)] > 0 || allDigits(toks[s].text) {
			s++
		}
		if s > m.s && strings.ToLower(toks[s].text) == "more" {
			s++
		}
		e := m.e - 1
		for e > s {
			if w := strings.ToLower(toks[e-1].text); platformModifiers.has(w) {
				e--
			} else if e-3 >= s && gluedHyphen(toks, e-2) && platformModifiers.has(strings.ToLower(toks[e-3].text)+"-"+w) {
				e -= 3
			} else {
				break
			}
		}
		if e == s || !d.namedRun(s, e) {
			e = m.e // a kind of common words keeps its noun
		}
		if s == m.s && e == m.e || s >= e {
			continue
		}
		for i := m.s; i < s; i++ {
			d.used[i] = false
		}
		for i := e; i < m.e; i++ {
			d.used[i] = false
		}
		m.s, m.e, m.canonical = s, e, ""
	}
}

// capsWord: token i is written in capitals, of two letters and more.
func (d *doc) capsWord(i int) bool {
	w := d.orig[d.toks[i].start:d.toks[i].end]
	return len(w) >= 2 && allCapitals(w)
}

// capsSpan: no word of tokens [s, e) nor the word before holds a small
// letter (a headline, no acronym in prose; "FOR 14 KESSEL").
func (d *doc) capsSpan(s, e int) bool {
	if s == 0 || d.toks[s-1].kind != tkWord {
		return false
	}
	for i := s - 1; i < e; i++ {
		if strings.ToUpper(d.orig[d.toks[i].start:d.toks[i].end]) != d.orig[d.toks[i].start:d.toks[i].end] {
			return false
		}
	}
	return true
}

// namedRun: tokens [s, e) hold a designator's figures or a word the
// lexicon does not know, a name rather than a kind.
func (d *doc) namedRun(s, e int) bool {
	for i := s; i < e; i++ {
		if w := d.toks[i].text; d.toks[i].kind == tkWord && (hasDigit(w) || !d.commonWord(w)) {
			return true
		}
	}
	return false
}

// wordClass: "the Guardian-class vessels", "The Herald-class patrol boat":
// a capitalised common word, or a listed name opening with "The", glued by
// a hyphen to "class" before a craft's noun names the ships' class, a
// platform without the article (className wants a proper word, as "the
// Business-class seats" are a cabin's); a common word opening a sentence
// is capitalised as any word is there, and is left.
func (d *doc) wordClass(ps []piece) bool {
	p := ps[0]
	toks := d.toks
	if len(ps) != 1 || p.e+2 >= len(toks) || !gluedHyphen(toks, p.e) || toks[p.e+1].text != "class" {
		return false // the cheap check: "-class" after one piece
	}
	s := p.s
	switch {
	case p.unit == nil:
		if p.e-s != 1 || toks[s].sentStart || !isCapitalised(toks[s].text) || !d.commonWord(toks[s].text) {
			return false
		}
	case p.e-s == 2 && toks[s].text == "The" && isCapitalised(toks[s+1].text):
		s++
	default:
		return false
	}
	if !followedBy(toks, p.e+2, platformModifiers, platformNouns) {
		return false
	}
	d.claim(p.s, s)
	return d.add(s, p.e, "PLATFORM", "")
}
