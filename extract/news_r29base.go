package extract

// Round 29 (r29base): sites named by the name of their base or launch
// site alone (siteShortName).

var (
	siteWords29 = cue("siteWords29")
	siteTails29 = cue("siteTails29")
)

// siteShortName: a name the text gives a base or a launch site first
// ("the Kessel Space Center", "Tarvo Naval Base", "Orvane Space Force
// Base") and then uses alone, read GPE only because it stands after a
// place's preposition, is the site again, LOC: "launches from Kessel",
// "the pier at Tarvo". A name any list holds as a place ("Kesselburg Air
// Base ... landed at Kesselburg", a listed town) keeps its label: the
// gold reads a town that lends a base its name as the town, and so is a
// dateline's place ("KESSEL —"), where the story is filed from.
func (d *doc) siteShortName() {
	t := d.toks
	if len(d.mentions) < 2 {
		return // the cheap check: a site and its short name
	}
	var names map[string]bool
	for _, m := range d.mentions {
		if m.label != "LOC" || m.e-m.s < 2 || !siteTails29.has(t[m.e-1].text) || siteWords29.has(t[m.s].text) {
			continue
		}
		k := m.s + 1 // "Ali Tarvo Air Base": up to three words of name
		for k < m.e && k-m.s <= 3 && !siteWords29.has(t[k].text) {
			k++
		}
		if k == m.e || k-m.s > 3 {
			continue
		}
		name := d.surface(m.s, k)
		if _, listed := d.a.gaz.name(name); listed {
			continue // "Cape Tarvo Space Force Station": the listed place lends its name
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[name] = true
	}
	if names == nil {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "GPE" || m.reviewed || m.e-m.s > 3 || !names[d.surface(m.s, m.e)] || d.capitalsDateline(*m) {
			continue
		}
		if _, listed := d.unitAt(m.s); listed {
			continue
		}
		m.label, m.canonical = "LOC", ""
	}
}
