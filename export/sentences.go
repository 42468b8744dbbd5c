package export

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence when a
// name or number follows ("Gen. Smith", "No. 5", "Rs. 100").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "cpt": true, "adm": true, "brig": true, "cmdr": true, "cdr": true, "sgt": true,
	"gov": true, "sen": true, "rep": true, "hon": true, "st": true, "jr": true, "sr": true, "no": true,
	"nos": true, "rs": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "fig": true, "approx": true, "dept": true, "govt": true,
}

// sentenceSpans cuts text into sentences as byte ranges [start, end): at
// paragraph breaks, and after ".", "!" or "?" (with closing quotes or
// brackets) followed by space and a capital, digit or opening quote, unless
// the full stop ends an abbreviation or a single initial ("J. Smith").
func sentenceSpans(text string) [][2]int {
	var spans [][2]int
	start := 0
	emit := func(end int) {
		seg := text[start:end]
		lead := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		trail := len(strings.TrimRightFunc(seg, unicode.IsSpace))
		if trail > lead {
			spans = append(spans, [2]int{start + lead, start + trail})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(i)
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && strings.IndexByte(`"')]`, text[j]) >= 0 {
			j++
		}
		if r, n := utf8.DecodeRuneInString(text[j:]); r == '”' || r == '’' {
			j += n
		}
		if j >= len(text) || (text[j] != ' ' && text[j] != '\t') {
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'“‘(`, next) || k == len(text)) {
			continue
		}
		if c == '.' && abbreviated(text[start:i]) {
			continue
		}
		emit(j)
	}
	emit(len(text))
	return spans
}

// abbreviated says whether the word before a full stop is an abbreviation
// or a single letter.
func abbreviated(before string) bool {
	w := before[strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })+1:]
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	if strings.Contains(w, ".") { // U.S., e.g.
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

// sentenceOf returns the index of the span holding byte offset at, or -1.
func sentenceOf(spans [][2]int, at int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > at })
	if i == len(spans) || spans[i][0] > at {
		return -1
	}
	return i
}

// sentenceText returns the sentence(s) covering [start, end): a mention that
// straddles a boundary gets both sentences.
func sentenceText(text string, spans [][2]int, start, end int) string {
	a, b := sentenceOf(spans, start), sentenceOf(spans, max(start, end-1))
	if a < 0 || b < 0 {
		return ""
	}
	return text[spans[a][0]:spans[b][1]]
}
