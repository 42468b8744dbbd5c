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
// "the pier at Tarvo"; so is such a name of one word that a surname's
// list read as a person's, where no person of the text bears it. A name
// any list holds as a place ("Kesselburg Air Base ... landed at
// Kesselburg", a listed town) keeps its label: the gold reads a town that
// lends a base its name as the town, and so is a dateline's place
// ("KESSEL —"), where the story is filed from.
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
	var people map[string]personEvidence
	for k := range d.mentions {
		m := &d.mentions[k]
		if m.label != "GPE" && m.label != "PERSON" || m.reviewed || m.e-m.s > 3 || !names[d.surface(m.s, m.e)] || d.capitalsDateline(*m) {
			continue
		}
		if m.label == "PERSON" {
			// "At Kessel, the lander ...": a surname's list read the one
			// word, and no person of the text bears it (r33fac)
			if people == nil {
				people = d.peopleByLastWord()
			}
			if ev := people[d.toks[m.e-1].text]; m.e-m.s > 1 || ev.longest > 1 || ev.evidence {
				continue
			}
		}
		if _, listed := d.unitAt(m.s); listed {
			continue
		}
		m.label, m.canonical = "LOC", ""
	}
}
