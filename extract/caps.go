package extract

import (
	"strings"
)

// Text in capitals (press-release headers, datelines, bylines: "PRIME
// MINISTER'S OFFICE", "OSLO, March 3:", "said MARTA OLSEN") is read in title
// case, so that names are found the same way as in mixed case and a surname
// in capitals is not taken for an acronym. Only ASCII letters change case,
// so every byte offset stays where it was.

// readCaps returns text with its runs of capitals in title case, or text
// itself when it has none (no copy). A run is two or more words in capitals
// of which one at least has four letters or more and is no name the lists
// know in capitals ("HAL", "NATO" stay as they are), or a lone word of five
// letters or more that the gazetteer knows only in title case ("OSLO:"), or
// of four or more that is a family name and no common word ("NOVAK").
func (a *Annotator) readCaps(text string) string {
	var out []byte
	var run []capsWord
	// lone words in capitals are read at the end, once it is known how
	// often each stands alone: "ESA's PLATO mission ... PLATO will" writes
	// a name in capitals as it always does, an acronym, while "OSLO:" opens
	// a dateline once, and "MARTA NOVAK ... NOVAK said" writes a surname
	// in capitals as it writes the whole name
	var lones []capsWord
	var alone map[string]int // a lone word's times alone; -1 once met in a run too
	count := func(w string, inRun bool) {
		if alone == nil {
			alone = map[string]int{}
		}
		switch {
		case inRun:
			alone[w] = -1
		case alone[w] >= 0:
			alone[w]++
		}
	}
	flush := func() {
		if len(run) == 1 {
			lones = append(lones, run[0])
			count(text[run[0].s:run[0].e], false)
			run = run[:0]
			return
		}
		if a.capsRun(text, run) {
			if out == nil {
				out = []byte(text)
			}
			for k, w := range run {
				count(text[w.s:w.e], true)
				a.titleCase(out[w.s:w.e], k == 0)
				// "BIDEN SIGNS BILL", "PLAN WOULD FAIL": a headline's verb is
				// no name's word ("MAY" and "WILL" may be)
				if l := lowerASCII(out[w.s:w.e]); k > 0 && (headlineVerbs.has(string(l)) || auxiliaryVerbs.has(string(l)) && !a.givenNames.has(string(out[w.s:w.e])) && !calendarWords.has(string(out[w.s:w.e]))) {
					copy(out[w.s:w.e], lowerASCII(out[w.s:w.e]))
				}
			}
		}
		run = run[:0]
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == 0xE2 && strings.HasPrefix(text[i:], "’") {
			i += len("’") // "MINISTER’S", as "MINISTER'S"
			continue
		}
		if !isASCIILetter(c) {
			// a run goes on over spaces, hyphens, ampersands and
			// apostrophes ("MINISTER'S"), not over a line break or a comma
			if len(run) > 0 && c != ' ' && c != '-' && c != '&' && c != '\'' {
				flush()
			}
			i++
			continue
		}
		j, upper := i+1, c <= 'Z'
		for j < len(text) && isASCIILetter(text[j]) {
			upper = upper && text[j] <= 'Z'
			j++
		}
		if !upper {
			if len(run) > 0 {
				flush()
			}
			i = j
			continue
		}
		afterQuote := strings.HasSuffix(text[:i], "’")
		if j < len(text) && text[j] >= 0x80 && !strings.HasPrefix(text[j:], "’") || i > 0 && text[i-1] >= 0x80 && !afterQuote {
			upper = false // a word with other letters keeps its case
		}
		possessive := j-i == 1 && c == 'S' && (afterQuote || i > 0 && text[i-1] == '\'')
		if upper && (j-i >= 2 || possessive) {
			run = append(run, capsWord{i, j})
		} else {
			flush()
		}
		i = j
	}
	flush()
	for _, w := range lones {
		if n := alone[text[w.s:w.e]]; a.loneCaps(text[w.s:w.e], n > 1) {
			if out == nil {
				out = []byte(text)
			}
			a.titleCase(out[w.s:w.e], true)
		}
	}
	if out == nil {
		return text
	}
	return string(out)
}

type capsWord struct{ s, e int }

// capsRun decides whether words in capitals side by side are text in
// capitals rather than acronyms.
func (a *Annotator) capsRun(text string, run []capsWord) bool {
	long := 0
	for _, w := range run {
		if s := text[w.s:w.e]; len(s) >= 4 && !a.knownCaps(s) {
			long++
		}
	}
	return len(run) >= 2 && long > 0
}

// loneCaps decides whether a word in capitals standing alone is a name
// written in capitals: one the gazetteer knows in title case, of five
// letters or more ("OSLO:"), or a frequent family name that is no common
// word ("by NOVAK and JONES"), unless the text writes it alone again and
// never in a run (an acronym: "PLATO").
func (a *Annotator) loneCaps(w string, repeated bool) bool {
	if len(w) < 4 || a.knownCaps(w) {
		return false
	}
	b := []byte(w)
	a.titleCase(b, true)
	_, known := a.gaz.name(string(b))
	return !repeated && (known && len(b) >= 5 || a.surnames.has(string(b)) && !a.commonWords.has(string(lowerASCII(b))))
}

// knownCaps: a word that the lists know in capitals, an acronym, unless
// it is a common word of four letters or more, which a line in capitals
// writes so too ("NEW PLAN FOR PORTS" is no navy's "PLAN").
func (a *Annotator) knownCaps(w string) bool {
	if len(w) >= 4 && a.commonWords.has(string(lowerASCII([]byte(w)))) {
		return false
	}
	known := a.gaz.known(w) // a name or the start of one
	return known || genericAcronyms.has(w) || isCurrencyCode(w)
}

// titleCase writes one word in title case in place: a connector in lower
// case unless it opens the run, the "S" of a possessive in lower case, and
// a word the lists know in capitals kept as it is.
func (a *Annotator) titleCase(w []byte, first bool) {
	if len(w) > 1 && a.knownCaps(string(w)) {
		return
	}
	from := 1
	if len(w) == 1 || !first && connectors.has(string(lowerASCII(w))) {
		from = 0
	}
	for k := from; k < len(w); k++ {
		if w[k] <= 'Z' {
			w[k] += 'a' - 'A'
		}
	}
}

// appendLower appends s in lower case, as strings.ToLower writes it, to b.
// ASCII text is lowered in place, so a map look-up by string(b) into a
// buffer on the stack allocates nothing.
func appendLower(b []byte, s string) []byte {
	if !isASCII(s) {
		return append(b, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		b = append(b, asciiLower(s[i]))
	}
	return b
}

// shortLower is a short word lowered on the stack.
type shortLower struct {
	b [24]byte
	n int
}

// lowerShortASCII lowers a non-empty ASCII word of up to 24 bytes without
// allocating (most words); false for others.
func lowerShortASCII(w string) (shortLower, bool) {
	var l shortLower
	if w == "" || len(w) > len(l.b) {
		return l, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return l, false
		}
		l.b[i] = asciiLower(w[i])
	}
	l.n = len(w)
	return l, true
}

func lowerASCII(w []byte) []byte {
	l := make([]byte, len(w))
	for k, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		l[k] = c
	}
	return l
}
