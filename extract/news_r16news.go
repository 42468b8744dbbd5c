package extract

import "strings"

// Round 16 (r16news): places in general news that the text names by
// their form: a U.S. state's short form that is a word too after a town
// ("Tarvo, Pa."), and a listed city that the chunk rules read as a club
// or a company where the words around it speak of a place.

// stateAbbrevs16: "Ill" -> "Illinois", from cues.txt's [stateAbbrevs16].
var stateAbbrevs16 = func() map[string]string {
	out := map[string]string{}
	for w := range cue("stateAbbrevs16") {
		if k, v, ok := strings.Cut(w, ":"); ok {
			out[k] = v
		}
	}
	return out
}()

// r16Post runs after resolution.
func (d *doc) r16Post() {
	d.ambiguousStateAfterTown()
}

// ambiguousStateAfterTown: "Tarvo, Ill." and "Kesselby, Pa., said": a
// state's short form that is also a word or a title ("Ill.", "Pa.",
// "Mass.") is the state when a town's GPE ends right before its comma
// and a stop is glued to it, and punctuation or the text's or a line's
// end follows (the stop may end the sentence). "Ill. health" or "Pa."
// in a quote has no town before it.
func (d *doc) ambiguousStateAfterTown() {
	t := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		if m.label != "GPE" || m.e+2 >= len(t) || t[m.e].text != "," {
			continue
		}
		i := m.e + 1
		state, ok := stateAbbrevs16[t[i].text]
		if !ok || t[i].newline || d.used[i] {
			continue
		}
		end := i + 1
		if t[end].text != "." || !t[end].glued {
			continue
		}
		end++
		if end < len(t) && !t[end].newline && t[end].kind != tkPunct && !(t[end].kind == tkWord && isCapitalised(t[end].text)) {
			continue // "Kessel, Pa. it said" is no form a writer uses
		}
		d.add(i, end, "GPE", state)
	}
}

// colonDateline: "KESSELTON: The council met": papers in South Asia and
// the Gulf end the dateline that opens a text with a colon. Only the
// text's first words, and no common word ("UPDATE: The", "NOTE:") nor a
// heading in a text (a lineup's "TARVO: Orvane; Kessel").
func (d *doc) colonDateline(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if s != 0 || t[e].text != ":" || e+1 >= len(t) || t[e+1].newline {
		return false
	}
	for _, p := range ps {
		if p.unit == nil && d.commonWord(d.word(p)) {
			return false
		}
	}
	return true
}

// capsColonOpener: the text opens with one word in capitals, a colon and
// a capitalised word on the same line ("KESSELTON: The council met"),
// which the tagger, seeing the colon, reads as a common word; it is the
// dateline's place name (colonDateline).
func (d *doc) capsColonOpener() bool {
	t := d.toks
	return len(t) > 2 && t[1].text == ":" && !t[2].newline && isCapitalised(t[2].text) && len(t[0].text) >= 4 && allCapitals(t[0].text)
}
