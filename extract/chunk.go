package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A chunk is a run of capitalised words that may be one name, with the small
// words names contain ("Ministry of Fisheries", "Orland Power and Marine
// Systems", "Coastal Leaders’ Summit", "Japan-U.S."). This file forms chunks;
// classify.go labels them (the cascade and its precedence), person.go holds
// the person heuristics, context.go the rules that read the words around an
// unknown name, lone.go the rules for a lone word that resolve.go calls. The
// cue words all live in cues.txt.

// piece is one part of a chunk: a gazetteer name, a word, or a connector.
type piece struct {
	s, e int
	unit *unit // a gazetteer or acronym unit; nil otherwise
	conn bool  // connector: "of", "and", a hyphen, a plural possessive
}

const maxChunk = 16 // pieces; longer runs of capitals are headlines or lists

// chunkAll reads every chunk of the text. The chunks share one buffer:
// classify keeps no slice of its pieces past its return.
func (d *doc) chunkAll() {
	var buf []piece
	for i := 0; i < len(d.toks); {
		ps, next := d.chunkAt(i, buf[:0])
		if len(ps) == 0 {
			i++
			continue
		}
		d.classify(ps)
		buf, i = ps, next
	}
}

// itemAt returns the unit or name token starting at token i.
func (d *doc) itemAt(i int) (piece, bool) {
	if i >= len(d.toks) {
		return piece{}, false
	}
	if u := d.units[i]; u != nil && d.free(i, u.end) {
		return piece{s: i, e: u.end, unit: u}, true
	}
	if d.isName(i) {
		return piece{s: i, e: i + 1}, true
	}
	return piece{}, false
}

// chunkAt returns the chunk starting at token i, its pieces appended to
// ps, and the token after it.
func (d *doc) chunkAt(i int, ps []piece) ([]piece, int) {
	first, ok := d.itemAt(i)
	if !ok {
		return nil, i + 1
	}
	ps = append(ps, first)
	j := first.e
	toks := d.toks
	conn := func(k int) piece { return piece{s: k, e: k + 1, conn: true} }
	for j < len(toks) && len(ps) < maxChunk {
		t := toks[j]
		if t.newline {
			break
		}
		switch {
		case t.text == "-" && t.glued && j+3 < len(toks) && toks[j+1].glued && hyphenLinks.has(toks[j+1].text) && toks[j+2].text == "-" && toks[j+2].glued &&
			toks[j+3].glued && d.isName(j+3) && ps[len(ps)-1].unit == nil && !ps[len(ps)-1].conn:
			// "Surface-to-Ship", "Mother-of-Pearl": one word of the name
			ps[len(ps)-1].e = j + 4
			j += 4
			continue
		case t.text == "-" && t.glued && j+1 < len(toks) && toks[j+1].glued:
			if it, ok := d.itemAt(j + 1); ok {
				ps = append(ps, conn(j), it)
				j = it.e
				continue
			}
			// "Hsien-loong": a lower-case part ending a hyphenated name
			if w := toks[j+1]; isLowerWord(w.text) && !derivedAdjectives.has(w.text) && ps[len(ps)-1].unit == nil && (d.a.givenNames.has(d.toks[ps[0].s].text) || d.syllableAfter(j)) &&
				(j+2 >= len(toks) || !toks[j+2].glued || toks[j+2].kind == tkPunct) {
				ps = append(ps, conn(j), piece{s: j + 1, e: j + 2})
				j += 2
				continue
			}
			// "Clean-air Challenge": a lower-case part inside a name
			if w := toks[j+1]; w.kind == tkWord && !derivedAdjectives.has(w.text) && j+2 < len(toks) && !toks[j+2].glued && !toks[j+2].newline {
				if it, ok := d.itemAt(j + 2); ok {
					ps = append(ps, conn(j), conn(j+1), it)
					j = it.e
					continue
				}
			}
		case t.kind == tkPunct && isApostrophe([]rune(t.text)[0]) && t.glued && strings.HasSuffix(toks[j-1].text, "s"):
			// plural possessive inside a name: "Coastal Leaders’ Summit"
			if j+1 < len(toks) && !toks[j+1].glued {
				if it, ok := d.itemAt(j + 1); ok {
					ps = append(ps, conn(j), it)
					j = it.e
					continue
				}
			}
		case t.text == "," && j+1 < len(toks) && legalSuffixes.has(toks[j+1].text) && !toks[j+1].newline && !d.used[j+1]:
			// "Orland Textiles, Inc."
			ps = append(ps, conn(j), piece{s: j + 1, e: j + 2})
			j += 2
			continue
		case t.glued:
		case (t.kind == tkWord || t.text == "&") && connectors.has(t.text) && (t.text != "the" || linkWords.has(toks[j-1].text)):
			k := j + 1
			if k < len(toks) && toks[k].text == "the" {
				k++
			}
			if k < len(toks) && !toks[k].newline {
				if it, ok := d.itemAt(k); ok && !(t.text == "and" && it.unit == nil && titleWords.has(toks[k].text)) {
					for c := j; c < k; c++ {
						ps = append(ps, conn(c))
					}
					ps = append(ps, it)
					j = it.e
					continue
				}
			}
		default:
			if it, ok := d.itemAt(j); ok {
				ps = append(ps, it)
				j = it.e
				continue
			}
			if legalSuffixes.has(t.text) && !d.used[j] {
				ps = append(ps, piece{s: j, e: j + 1}) // "Dunmore plc"
				j++
				continue
			}
			// a number after a programme word: "Mission 300", "Vision 2040"
			last := ps[len(ps)-1]
			if isNumber(t.text) && last.unit == nil && (programStarts.has(toks[last.s].text) || programHeads.has(toks[last.s].text)) && !d.used[j] {
				ps = append(ps, piece{s: j, e: j + 1})
				j++
				continue
			}
		}
		break
	}
	return ps, j
}

func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) && strings.IndexFunc(s, unicode.IsLetter) < 0
}

func hasUnit(ps []piece) bool {
	for _, p := range ps {
		if p.unit != nil {
			return true
		}
	}
	return false
}

func hasConn(ps []piece) bool {
	for _, p := range ps {
		if p.conn {
			return true
		}
	}
	return false
}

func (d *doc) addUnit(p piece) {
	if d.add(p.s, p.e, p.unit.label, p.unit.canonical) && p.unit.reviewed {
		d.mentions[len(d.mentions)-1].reviewed = true
	}
}

func (d *doc) word(p piece) string {
	if p.unit != nil || p.conn {
		return ""
	}
	return d.toks[p.s].text
}

// listItems cuts a list's chunk at its "and" and commas into its items
// ("Alstom, Stadler and Talgo"); false when another connector joins it.
// An item may be empty ("A and, B").
func (d *doc) listItems(ps []piece) ([][]piece, bool) {
	var items [][]piece
	start := 0
	for i, p := range ps {
		if p.conn {
			if w := d.toks[p.s].text; w != "and" && w != "," {
				return nil, false
			}
			items = append(items, ps[start:i])
			start = i + 1
		}
	}
	return append(items, ps[start:]), true
}

// splitAt classifies the parts of ps between the connectors that sep
// accepts; it reports whether there were any.
func (d *doc) splitAt(ps []piece, sep func(piece) bool) bool {
	start, split := 0, false
	for i, p := range ps {
		if p.conn && sep(p) {
			split = true
			d.classify(ps[start:i])
			start = i + 1
		}
	}
	if split {
		d.classify(ps[start:])
	}
	return split
}
