package extract

// airlineDemonyms: an airline named by its country's adjective ("Orvanian
// Airlines", "Orvanian Airways Group") is called by the adjective alone later,
// as a noun that acts or owns ("Orvanian said", "Orvanian's fleet",
// "Orvanian has outgrown the airport"): ORG, with the airline's canonical.
// The adjective before a noun stays an adjective ("the Orvanian
// government").
func (d *doc) airlineDemonyms() {
	var short map[string]string // demonym → the airline's canonical
	for _, m := range d.mentions {
		if m.label != "ORG" || m.e-m.s < 2 || !airlineHeads.has(d.toks[m.s+1].text) || !d.a.demonyms[d.toks[m.s].text] {
			continue
		}
		if short == nil {
			short = map[string]string{}
		}
		short[d.toks[m.s].text] = d.canonical(m)
	}
	if short == nil {
		return
	}
	t := d.toks
	for i := range t {
		c, ok := short[t[i].text]
		if !ok || d.used[i] || i+1 >= len(t) || t[i+1].newline || i > 0 && (t[i-1].text == "the" || t[i-1].text == "an" || t[i-1].text == "a") {
			continue
		}
		next := t[i+1]
		// "Orvanian and Kessel troops": an adjective in a list
		if next.kind == tkPossessive || next.kind == tkWord && !isCapitalised(next.text) && !connectors.has(next.text) && !d.modifies(i) {
			d.add(i, i+1, "ORG", c)
		}
	}
}
