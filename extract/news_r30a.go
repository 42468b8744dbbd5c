package extract

// Round 30 (r30a): platforms. A capitalised word that only qualifies the
// platform's noun after it names no platform (modifierWord).

// modifierWord: "Anti-submarine drills", "Counter-drone tactics", "a
// Western fighter with local crews": a prefix joined by a hyphen to a word
// in lower case, or a compass adjective after an article, qualifies the
// platform's noun after it; the chunk is no name. A family's name before
// "-class" ("the Kessel-class frigate") is no prefix and stays.
func (d *doc) modifierWord(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 {
		return false
	}
	toks, s, e := d.toks, ps[0].s, ps[0].e
	w := toks[s].text
	switch {
	case hyphenPrefixes.has(w):
		if !gluedHyphen(toks, e) || !isLowerWord(toks[e+1].text) {
			return false
		}
	case compassAdjectives.has(w):
		if s == 0 || !articles.has(toks[s-1].text) {
			return false
		}
	default:
		return false
	}
	if !followedBy(toks, e, platformModifiers, platformNouns) {
		return false
	}
	d.claim(s, e)
	return true
}
