package extract

// Round 23's rules for defence platforms (r23def): a hull number in
// brackets after a ship in any navy's letters ("HMAS Kessel (FFH 156)"),
// an auxiliary's "T-" hull number ("T-AO 216"), and a kind of craft
// written out in capitals with no other name ("Wheeled Armoured
// Platform").

// auxHulls23: cues.txt's [auxHulls23]; platformKinds23: [platformKinds23].
var (
	auxHulls23      = cue("auxHulls23")
	platformKinds23 = cue("platformKinds23")
	serviceWords23  = cue("serviceWords23")
	// instituteHeads23: cues.txt's [instituteHeads23]
	instituteHeads23 = cue("instituteHeads23")
)

// instituteHeaded: the long form [s, e) ends in a body's head, a number
// after it aside: "Standing Kessel Mine Countermeasures Group 1" is a
// unit, "Standing Tarvo Committee" a committee, though a programme's
// long title opens with a word in "-ing" ("Transforming the ...").
func (d *doc) instituteHeaded(s, e int) bool {
	if e-s >= 2 && allDigits(d.toks[e-1].text) {
		e--
	}
	return e-s >= 2 && instituteHeads23.has(d.toks[e-1].text)
}

// r23defPost runs after the chunks are read and resolved.
func (d *doc) r23defPost() {
	d.auxHullNumbers()
	d.bracketHulls()
}

// auxHullNumbers: "the oiler T-AO 216", "two T-AGOS 25 class ships": "T-",
// an auxiliary's letters and a number are one hull number; a number read
// with the letters alone ("AGOS 25") takes its "T-".
func (d *doc) auxHullNumbers() {
	toks := d.toks
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].text != "T" || toks[i+1].text != "-" || !toks[i+1].glued || !toks[i+2].glued || toks[i+3].glued || !auxHulls23.has(toks[i+2].text) {
			continue // the cheap check: one token's text
		}
		if !allDigits(toks[i+3].text) || len(toks[i+3].text) > 4 || toks[i+3].newline {
			continue
		}
		if d.free(i, i+4) {
			d.add(i, i+4, "PLATFORM", "")
			continue
		}
		for k := range d.mentions {
			if m := &d.mentions[k]; m.s == i+2 && m.e == i+4 && d.free(i, i+2) {
				d.claim(i, i+2)
				m.s, m.label, m.canonical = i, "PLATFORM", ""
				break
			}
		}
	}
}

// bracketHulls: "HMAS Kessel (L01)", "the frigate HMAS Tarvo (FFH 156)",
// "the carrier Orvane (18)": a hull or pennant number in brackets right
// after a ship is the ship named again, its canonical the ship's, in any
// navy's letters. The ship is one by its prefix or by a vessel's noun
// before it; "the Kessel (2019)" is a year.
func (d *doc) bracketHulls() {
	toks := d.toks
	n := len(d.mentions)
	for k := 0; k < n; k++ {
		m := d.mentions[k]
		if m.label != "PLATFORM" || m.e+2 >= len(toks) || toks[m.e].text != "(" || m.trim != 0 {
			continue // the cheap check
		}
		s := m.e + 1
		e := s
		for e < len(toks) && e <= s+3 && toks[e].text != ")" {
			e++
		}
		if e >= len(toks) || toks[e].text != ")" || e == s || !hullCode23(toks[s:e]) {
			continue
		}
		if !d.shipPrefixed(m.s) && !(m.s > 0 && vesselNoun(toks[m.s-1].text)) {
			continue
		}
		canon := m.canonical
		if canon == "" {
			canon = d.surface(m.s, m.e)
		}
		if d.free(s, e) {
			d.add(s, e, "PLATFORM", canon)
			continue
		}
		for j := range d.mentions {
			if c := &d.mentions[j]; c.s == s && c.e == e && !c.reviewed {
				c.label, c.canonical = "PLATFORM", canon
				break
			}
		}
	}
}

// hullCode23: the tokens of a hull number: "L01", "FFH 156", "DD-110",
// "T-AO 216", "PS-16", or two to four figures that are no year ("18",
// "357"): a navy's letters (up to four capitals, "T-" before an
// auxiliary's), a hyphen or a space, and one to four figures.
func hullCode23(ts []tok) bool {
	var b [16]byte
	c := b[:0]
	for _, t := range ts {
		if len(c)+len(t.text) > len(b) {
			return false
		}
		c = append(c, t.text...)
	}
	i := 0
	if len(c) > 2 && c[0] == 'T' && c[1] == '-' {
		i = 2
	}
	from := i
	for i < len(c) && i-from < 4 && c[i] >= 'A' && c[i] <= 'Z' {
		i++
	}
	letters := i - from
	if letters > 0 && i < len(c) && c[i] == '-' {
		i++
	}
	digits := string(c[i:])
	if len(digits) < 1 || len(digits) > 4 || !allDigits(digits) || letters == 0 && from > 0 {
		return false
	}
	return letters > 0 || len(digits) >= 2 && !isYear(digits)
}

// kindRun: "the Stabilised Remote Control Guns", "four Landing Platform
// Docks", "Multi-Role Combat Vessels", "the Family of Medium Tactical
// Vehicles": a kind of craft or weapon written out in capitals, every
// word a common one, is the platform's name. A demonym opens no such name
// ("the Orvanian Patrol Vessel" is a country's boat), a name or a listed
// body inside makes it a firm's ("Kessel Defence Vehicles"), and a kind
// before a ship's name ("its Fast Patrol Vessel, KRI Kessel"), a variant's
// word ("Batch 2"), alone on a list's line, a service's ships ("Coast
// Guard Ships") or a plural after "the" is no name either.
func (d *doc) kindRun(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 8 || !platformKinds23.has(d.word(ps[n-1])) {
		return false // the cheap check: the run's last word
	}
	toks := d.toks
	words := 0
	for i, p := range ps {
		if p.unit != nil {
			return false
		}
		if p.conn {
			w := toks[p.s].text
			if i == 0 || w != "-" && w != "of" {
				return false
			}
			continue
		}
		w := toks[p.s].text
		if p.e-p.s != 1 || !isCapitalised(w) || !d.commonWord(w) || d.a.demonyms[w] || d.a.givenNames.has(w) || serviceWords23.has(w) {
			return false
		}
		words++
	}
	if words < 3 {
		return false // "Patrol Vessels", "Defence Vehicles": a kind, or a firm's
	}
	s, e := ps[0].s, ps[n-1].e
	if last := toks[e-1].text; last[len(last)-1] == 's' && s > 0 && (toks[s-1].text == "the" || toks[s-1].text == "The") && !hasConn(ps) {
		return false // "the Armoured Recovery Vehicles": a kind in capitals, as a count names a type ("four Landing Platform Docks")
	}
	if s > 0 && toks[s-1].kind == tkWord && isCapitalised(toks[s-1].text) {
		return false // the tail of a longer run of capitals, its opener dropped
	}
	if e < len(toks) && !toks[e].newline {
		next := toks[e].text
		if isCapitalised(next) || next == "," && e+1 < len(toks) && (shipPrefixes.has(toks[e+1].text) || isCapitalised(toks[e+1].text) && !toks[e+1].sentStart) {
			return false // "Naval Ships Kessel, Tarvo", "its Fast Patrol Vessel, ICGS Kessel": the kind before a name
		}
	}
	if (s == 0 || toks[s].newline) && (e >= len(toks) || toks[e].newline || e+1 >= len(toks) || toks[e+1].newline) {
		return false // a list's item alone on its line, in capitals as a list writes it
	}
	return d.add(s, e, "PLATFORM", "")
}
