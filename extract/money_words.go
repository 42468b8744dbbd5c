package extract

import (
	"strconv"
	"strings"
)

// numberWords are the numbers below a hundred written as one word.
var numberWords = map[string]int64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	// the first words of "a million", "half a billion", "a quarter of a million"
	"a": 0, "an": 0, "half": 0, "quarter": 0,
}

// wordsAmountAt reads an amount written in words at i: "seven million",
// "twenty-five thousand", "two hundred and fifty", "a million", "half a
// billion", "a quarter of a million", "two and a half million". A fraction
// or a bare "a" needs a scale word after it. The value is computed from the
// words exactly, as a count of quarters times a power of ten.
func wordsAmountAt(text string, i int) (moneyAmount, bool) {
	// "a" and "an" are common: only "a quarter", "a hundred" and "a" with
	// a scale word go on
	if k, ok := articleAt(text, i); ok {
		if n := k + spaceLen(text, k); n == k || n >= len(text) || !(scaleInitial[text[n]] || asciiLower(text[n]) == 'q' || asciiLower(text[n]) == 'h') {
			return moneyAmount{}, false
		}
	}
	var q int64 // the number before the scale, in quarters
	j, needScale := i, true
	if k, ok := wordIs(text, i, "half"); ok { // "half a billion"
		if j, ok = articleAfter(text, k); !ok {
			return moneyAmount{}, false
		}
		q = 2
	} else if n, k, ok := quartersOf(text, i); ok { // "a quarter of a million"
		q, j = n, k
	} else if n, k, ok := cardinalAt(text, i); ok { // "seven", "two hundred and fifty"
		q, j, needScale = 4*n, k, false
		if k, ok := phraseAt(text, j, " and a half"); ok { // "two and a half million"
			q, j, needScale = q+2, k, true
		}
	} else if k, ok := articleAt(text, i); ok { // "a million"
		q, j = 4, k
	} else {
		return moneyAmount{}, false
	}
	exp, end, scaled := scaleAt(text, j)
	if !scaled {
		if needScale {
			return moneyAmount{}, false
		}
		exp, end = 0, j
	}
	// q quarters are q·25 hundredths
	v, _ := strconv.ParseFloat(strconv.FormatInt(q*25, 10)+"e"+strconv.Itoa(exp-2), 64)
	return moneyAmount{lo: v, end: end, whole: !scaled && q%4 == 0, scaled: scaled}, true
}

// cardinalAt reads a whole number below a thousand in words: "seven",
// "twenty-five", "a hundred", "two hundred and fifty".
func cardinalAt(text string, i int) (n int64, end int, ok bool) {
	n, end, ok = below100At(text, i)
	if !ok {
		// "a hundred"
		k, ok := articleAt(text, i)
		if _, hundred := nextWordIs(text, k, "hundred"); !ok || !hundred {
			return 0, i, false
		}
		n, end = 1, k
	}
	if k, ok := nextWordIs(text, end, "hundred"); ok {
		n, end = n*100, k
		if k, ok := nextWordIs(text, end, "and"); ok {
			k += spaceLen(text, k)
			if m, e, ok := below100At(text, k); ok {
				n, end = n+m, e
			}
		}
	}
	return n, end, n > 0
}

// below100At reads "seven", "twenty", "twenty-five" or "twenty five".
func below100At(text string, i int) (int64, int, bool) {
	e := asciiWordEnd(text, i)
	n, ok := numberWordAt(text, i, e)
	if !ok || n == 0 {
		return 0, i, false
	}
	if n >= 20 && n%10 == 0 && e < len(text) && (text[e] == '-' || text[e] == ' ') {
		if f := asciiWordEnd(text, e+1); f > e+1 {
			if m, ok := numberWordAt(text, e+1, f); ok && m > 0 && m < 10 {
				return n + m, f, true
			}
		}
	}
	return n, e, true
}

// quartersOf reads "a quarter of a", "one quarter of an", "three quarters
// of a" or "three-quarters of a" and gives the quarters and where the
// article ends.
func quartersOf(text string, i int) (int64, int, bool) {
	n := int64(1)
	k, ok := articleAt(text, i)
	if !ok {
		e := asciiWordEnd(text, i)
		m, isNum := numberWordAt(text, i, e)
		if !isNum || m < 1 || m > 3 {
			return 0, i, false
		}
		n, k = m, e
	}
	if k >= len(text) || (text[k] != ' ' && text[k] != '-') {
		return 0, i, false
	}
	k++ // the space or hyphen
	e := asciiWordEnd(text, k)
	if w := text[k:e]; !(asciiEqualFold(w, "quarter") && n == 1 || asciiEqualFold(w, "quarters") && n > 1) {
		return 0, i, false
	}
	if k, ok = nextWordIs(text, e, "of"); !ok {
		return 0, i, false
	}
	k, ok = articleAfter(text, k)
	return n, k, ok
}

// articleAt reads "a" or "an" at i.
func articleAt(text string, i int) (int, bool) {
	e := asciiWordEnd(text, i)
	w := text[i:e]
	return e, asciiEqualFold(w, "a") || asciiEqualFold(w, "an")
}

// articleAfter reads a space and "a" or "an" after i.
func articleAfter(text string, i int) (int, bool) {
	k := i + spaceLen(text, i)
	if k == i {
		return i, false
	}
	return articleAt(text, k)
}

// wordIs reports whether the word at i is w (ignoring case) and where it ends.
func wordIs(text string, i int, w string) (int, bool) {
	e := asciiWordEnd(text, i)
	return e, asciiEqualFold(text[i:e], w)
}

// nextWordIs reads a space and the word w after i.
func nextWordIs(text string, i int, w string) (int, bool) {
	k := i + spaceLen(text, i)
	if k == i {
		return i, false
	}
	if e, ok := wordIs(text, k, w); ok {
		return e, true
	}
	return i, false
}

// phraseAt reads p (lower case, ignoring case in text) at i, ending a word.
func phraseAt(text string, i int, p string) (int, bool) {
	e := i + len(p)
	return e, foldPrefixAt(text, i, p) && endsWord(text, e)
}

// asciiWordEnd is the end of the run of ASCII letters at i; a word that
// goes on in other letters or digits ("fiveG", "one2") ends nowhere, at i.
func asciiWordEnd(text string, i int) int {
	e := i
	for e < len(text) && isASCIILetter(text[e]) {
		e++
	}
	if !endsWord(text, e) {
		return i
	}
	return e
}

// numberShape holds, by first byte and length of the numberWords, a bit
// for each last letter, to pass over most words without a look-up.
var numberShape = func() (t [256][10]uint32) {
	for w := range numberWords {
		for _, c := range foldIndex(w[0]) {
			t[c][len(w)] |= 1 << (w[len(w)-1] - 'a')
		}
	}
	return t
}()

// maybeNumberWord reports whether text[i:e] has the first letter, length
// and last letter of a number word.
func maybeNumberWord(text string, i, e int) bool {
	if n := e - i; n == 0 || n >= 10 || !isASCIILetter(text[e-1]) {
		return false
	}
	return numberShape[text[i]][e-i]&(1<<(asciiLower(text[e-1])-'a')) != 0
}

// numberWordAt looks up text[i:e] in numberWords, ignoring case.
func numberWordAt(text string, i, e int) (int64, bool) {
	var buf [9]byte
	if !maybeNumberWord(text, i, e) {
		return 0, false
	}
	for k := i; k < e; k++ {
		buf[k-i] = asciiLower(text[k])
	}
	n, ok := numberWords[string(buf[:e-i])]
	return n, ok
}

// withMinor extends a whole amount in a major unit by the cents or pence
// after it: "3 dollars and 20 cents", "5 pounds 50 pence".
func (t *moneyTables) withMinor(text string, m Money, facts *textFacts) Money {
	k := m.End
	if prefixAt(text, k, ",") {
		k++
	}
	if e, ok := nextWordIs(text, k, "and"); ok {
		k = e
	}
	if spaceLen(text, k) == 0 {
		return m
	}
	k += spaceLen(text, k)
	var minor int64
	e := k + digitsAt(text, k)
	if d := e - k; d == 1 || d == 2 {
		minor, _ = strconv.ParseInt(text[k:e], 10, 64)
	} else if n, f, ok := below100At(text, k); ok {
		minor, e = n, f
	} else {
		return m
	}
	c, end, ok := t.currencyAfter(text, k, e, facts)
	if !ok || !c.minor || (c.code == "GBP") != (m.Currency == "GBP") || minor == 0 || minor > 99 || m.Value >= 1e15 {
		return m
	}
	v, err := strconv.ParseFloat(strconv.FormatFloat(m.Value, 'f', 0, 64)+"."+strconv.FormatInt(100+minor, 10)[1:], 64)
	if err != nil {
		return m
	}
	m.End, m.Value = end, v
	return m
}

// Cues for "pounds" (cues.txt): money words make it money, weight words
// make it weight; price words before a glued "c" make it cents.
var (
	moneyCues  = cue("moneyCues")
	weightCues = cue("weightCues")
	priceCues  = cue("priceCues")
)

// centsAreMoney decides "91.5c" (the number from start): a price after a
// word a price follows ("up 3c to 91.5c", "closed at 45c", "a dividend of
// 5c") or in a sentence about money; "Figure 5c" and "grade 3c" are none.
func centsAreMoney(text string, start int) bool {
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	w := j
	for w > 0 && isASCIILetter(text[w-1]) {
		w--
	}
	return priceCues.has(text[w:j]) || poundsAreMoney(text, start, start)
}

// randPrices reports whether text writes its prices in rand: a glued "R"
// before a figure ("R45", "R2.1 billion"), asked once a text.
func randPrices(text string, facts *textFacts) bool {
	return remembered(facts.named, "R#", func() bool {
		for i := strings.Index(text, "R"); i >= 0; {
			if i+1 < len(text) && isASCIIDigit(text[i+1]) && startsWord(text, i) {
				return true
			}
			k := strings.Index(text[i+1:], "R")
			if k < 0 {
				break
			}
			i += 1 + k
		}
		return false
	})
}

// poundsAreMoney decides "N pounds" (the amount from start, "pounds" ending
// at end): weight when a weight word follows ("500 pounds of explosives")
// or comes before in the sentence, money when a money word comes before in
// the sentence ("was fined 500 pounds"), else not money.
func poundsAreMoney(text string, start, end int) bool {
	if k := end + spaceLen(text, end); k > end {
		if e := asciiWordEnd(text, k); weightCues.has(lowerASCIIString(text[k:e])) {
			return false
		}
	}
	money := false
	// the words before, back to the sentence's start or at most 20
	for i, n := start, 0; i > 0 && n < 20; n++ {
		j := i - 1
		for j >= 0 && !isASCIILetter(text[j]) {
			if c := text[j]; c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' {
				return money
			}
			j--
		}
		e := j + 1
		for j >= 0 && isASCIILetter(text[j]) {
			j--
		}
		w := lowerASCIIString(text[j+1 : e])
		if weightCues.has(w) && w != "of" && w != "per" {
			return false
		}
		money = money || moneyCues.has(w)
		i = j + 1
	}
	return money
}

// penceAreMoney decides "50p" (the number from start to i): a price in a
// text that writes pounds ("£", asked once a text) or after a money word
// ("costs 99p"), but not a video's lines ("streams in 1080p").
func penceAreMoney(text string, start, i int, facts *textFacts) bool {
	if videoLines.has(text[start:i]) {
		return false
	}
	return remembered(facts.named, "£", func() bool { return strings.Contains(text, "£") }) || poundsAreMoney(text, start, i)
}

// videoLines are the line counts of video formats (cues.txt).
var videoLines = cue("videoLines")

func lowerASCIIString(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				b[k] = asciiLower(b[k])
			}
			return string(b)
		}
	}
	return s
}
