package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of the annotator's own tokenizer. It is simpler than a
// treebank tokenizer on purpose: names need "U.S." and "F-35A" whole, a
// hyphen between names as its own glued token ("Japan-U.S."), and the
// possessive split off ("Canada’s"), all with byte offsets into the text.
type tok struct {
	start, end int
	text       string
	kind       tokKind
	glued      bool // no white space between this token and the one before
	newline    bool // a line break before this token
	sentStart  bool // first token of a sentence or paragraph
}

type tokKind uint8

const (
	tkWord       tokKind = iota // letters or digits, with "U.S.", "R&D", "2+2", "1,200"
	tkPunct                     // one punctuation rune
	tkPossessive                // "’s" or "'s"
)

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// tokenize splits text into tokens; it never rewrites the text, so
// text[t.start:t.end] == t.text for every token.
func tokenize(text string) []tok {
	toks := make([]tok, 0, len(text)/5)
	glued, newline, sentStart := false, true, true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				newline, sentStart = true, true
			}
			glued = false
			i += n
			continue
		}
		var j int
		kind := tkWord
		switch {
		case isWordRune(r):
			j = wordEnd(text, i)
		case isApostrophe(r) && possessiveAt(text, i+n) && len(toks) > 0 && glued:
			j, kind = i+n+1, tkPossessive
		default:
			j, kind = i+n, tkPunct
		}
		t := tok{start: i, end: j, text: text[i:j], kind: kind, glued: glued && len(toks) > 0, newline: newline, sentStart: sentStart}
		toks = append(toks, t)
		sentStart = kind == tkPunct && (t.text == "." || t.text == "!" || t.text == "?" || clauseOpener(t.text)) ||
			kind == tkPunct && sentStart && isOpeningQuote(t.text) ||
			kind == tkPunct && typedDash(text, toks)
		glued, newline = true, false
		i = j
	}
	return toks
}

// clauseOpener: after a dash, a colon or a bullet a clause starts as after a
// full stop ("DUBLIN — The ministry said", "Note: This plan"), so a
// capitalised function word there opens no name (after a list's bullet,
// isName reads it so: "- The frigates will").
func clauseOpener(s string) bool { return s == "—" || s == "–" || s == ":" || s == "•" }

// typedDash: the last of toks closes "--" with spaces either side, a dash
// typed as two hyphens ("KESSEL -- The ministry said"), which opens a
// clause as "—" does; "1--2" and a lone "-" do not.
func typedDash(text string, toks []tok) bool {
	n := len(toks)
	if n < 2 || toks[n-1].text != "-" || toks[n-2].text != "-" || !toks[n-1].glued || toks[n-2].glued {
		return false
	}
	e := toks[n-1].end
	return e < len(text) && (text[e] == ' ' || text[e] == '\n')
}

func isOpeningQuote(s string) bool { return s == "“" || s == "\"" || s == "‘" || s == "'" }

// possessiveAt reports whether an "s" at i ends a word ("’s " but not "’see").
func possessiveAt(text string, i int) bool {
	if i >= len(text) || text[i] != 's' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return i+1 == len(text) || !isWordRune(r)
}

// wordEnd returns the end of the word starting at i.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+n:])
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		switch {
		case r == '.' && unicode.IsLetter(next) && unicode.IsLetter(prev) && !unicode.IsLower(next) && !unicode.IsLower(prev) && j+n < len(text):
			// "U.S", "U.K": letters joined by full stops
			j += n
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			j += n
			continue
		case (r == '&' || r == '+') && j > i && (unicode.IsUpper(prev) && unicode.IsUpper(next) || unicode.IsDigit(prev) && unicode.IsDigit(next)):
			j += n
			continue
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next) && !possessiveAt(text, j+n):
			// "Hon'ble", "O'Brien"
			j += n
			continue
		case r == '-' && designatorJoin(text[i:j], text[j+n:]):
			j += n
			continue
		}
		if r == '.' && takesStop(text[i:j]) && !designationStop(text, i, j) {
			j += n
		}
		break
	}
	return j
}

// designatorJoin keeps "F-35A", "C-17", "AIM-120", "Su-30MKI" whole: a short
// letter prefix with a capital, a hyphen, then a digit.
func designatorJoin(before, after string) bool {
	if modelVariant(before, after) {
		return true
	}
	// "HTV-X1", "GSLV-F16": a craft's name in capitals and a serial that
	// opens with a capital
	if serialLetter(after) && len(before) >= 2 && len(before) <= 4 && strings.Trim(before, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return true
	}
	if len(before) == 0 || len(before) > 3 || len(after) == 0 || after[0] < '0' || after[0] > '9' {
		return false
	}
	if before[0] < 'A' || before[0] > 'Z' {
		return false
	}
	for i := 0; i < len(before); i++ {
		c := before[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// modelVariant keeps "E195-E2", "A330-200" whole: a model number (one or
// two capitals and digits) and its variant after the hyphen (a capital and
// a digit, or digits).
func modelVariant(before, after string) bool {
	i := 0
	for i < len(before) && i < 2 && before[i] >= 'A' && before[i] <= 'Z' {
		i++
	}
	if i == 0 || i == len(before) || strings.TrimLeft(before[i:], "0123456789") != "" {
		return false
	}
	k := 0
	if k < len(after) && after[k] >= 'A' && after[k] <= 'Z' {
		k++
	}
	return k < len(after) && after[k] >= '0' && after[k] <= '9'
}

// takesStop reports whether a word keeps a following full stop: "U.S.",
// single initials ("J."), and known abbreviations.
func takesStop(w string) bool {
	if strings.Contains(w, ".") || abbreviations.has(w) {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// serialLetter: a capital then a digit ("X1", "F16").
func serialLetter(s string) bool {
	return len(s) >= 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= '0' && s[1] <= '9'
}

// gluedHyphen reports whether toks[k] is a hyphen glued to the tokens on
// both sides ("Sea-Gate", "F-16"), with a token after it.
func gluedHyphen(toks []tok, k int) bool {
	return k+1 < len(toks) && toks[k].text == "-" && toks[k].glued && toks[k+1].glued
}
