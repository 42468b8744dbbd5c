package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SentenceSpans cuts text into sentences as byte ranges [start, end): at
// paragraph breaks, and after ".", "!" or "?" (with closing quotes or
// brackets) followed by space and a capital, digit or opening quote, unless
// the full stop ends an abbreviation or a single initial ("J. Smith").
func SentenceSpans(text string) [][2]int {
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

// abbreviated says whether the word before a full stop keeps it (takesStop:
// "Gen.", "U.S.", an initial).
func abbreviated(before string) bool {
	return takesStop(before[strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })+1:])
}
