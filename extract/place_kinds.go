package extract

import "strings"

// placeKinds: a place the rules found whose name no entry holds takes the
// kind GeoNames gives the name (configs/gazetteer/place_*.yaml): a town is
// GPE ("flights to Tarvoville" where the rules read a site), a section of
// a town LOC ("homes in Kessel Heights", a suburb the rules read as a
// town). A town's name after "the" or a possessive names a site of it
// ("its Tarvoville plant", "the Tarvoville valley"): the rules' LOC stays.
// The context rules that run after it (a "suburb of", a district
// list) still decide against it.
func (d *doc) placeKinds() {
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.label != "GPE" && m.label != "LOC" || m.reviewed || m.canonical != "" {
			continue
		}
		if u, ok := d.unitAt(m.s); ok && u.end == m.e {
			continue
		}
		m.label = d.listedKind(m.s, m.e, m.label)
	}
}

// listedKind is the kind the lists give the place over tokens [s, e), or
// label where they give none.
func (d *doc) listedKind(s, e int, label string) string {
	switch name := d.surface(s, e); {
	case d.a.placeTowns.has(name) && !d.determined(s):
		return "GPE"
	case d.a.placeParts.has(name):
		return "LOC"
	}
	return label
}

// determined: the token before i is an article, a possessive determiner or
// a possessive "’s".
func (d *doc) determined(i int) bool {
	if i == 0 {
		return false
	}
	p := d.toks[i-1]
	return p.kind == tkPossessive || siteDeterminers.has(strings.ToLower(p.text))
}
