package extract

import "strings"

// Round 36 (r36loc): places read as LOC against GPE. Counted over all the
// development gold before it was written: the members of a list of names
// ended by a subdivision's plural noun are GPE in every case the gold
// holds (adminListPlaces).

// adminListPlaces: "the Kessel, Tarvo and Orvane regions", "in the Upper
// Brandt and Lower Brandt districts": a list of two or more places ended
// by the plural of a subdivision's noun (a province's, a district's, a
// region's) names subdivisions, GPE, though one name alone before
// "region" is read as a region's (districtLabel: "the Orvash region", a
// LOC). Only places already read are relabelled, and none in a list
// that holds a listed LOC (a natural region's: listsRegion).
func (d *doc) adminListPlaces() {
	toks := d.toks
	var ends tokMap
	for k, m := range d.mentions {
		if m.e >= len(toks) || m.label != "GPE" && m.label != "LOC" || !subdivisionPlural(toks[m.e].text) {
			continue // the cheap check
		}
		if ends == nil {
			ends = d.tokMap()
			for j, o := range d.mentions {
				ends.set(o.e, j)
			}
		}
		list := d.joinedPlacesBefore(k, ends)
		if len(list) < 2 || d.listsRegion(list) {
			continue
		}
		for _, j := range list {
			if m := &d.mentions[j]; m.label == "LOC" && !m.reviewed {
				m.label = "GPE"
			}
		}
	}
	if ends != nil {
		d.done(ends)
	}
}

// listsRegion: a member the lists hold as a LOC ("the Arctic and
// Kessel regions") makes the list one of natural regions.
func (d *doc) listsRegion(list []int) bool {
	for _, j := range list {
		m := d.mentions[j]
		if u, ok := d.unitAt(m.s); ok && u.end == m.e && u.label == "LOC" {
			return true
		}
	}
	return false
}

// subdivisionPlural: a plural in lower case of a subdivision's noun
// ("provinces", "districts", "regions"; placeKindNoun's lists).
func subdivisionPlural(w string) bool {
	return strings.HasSuffix(w, "s") && (provinceNouns.has(w) || districtNouns.has(w) || regionNouns.has(w))
}

// joinedPlacesBefore: mention k and the places joined before it by list
// links ("A, B and C", "A and B"), at most eight, nearest last; a name
// read as no place ends the list, and so does a line's end.
func (d *doc) joinedPlacesBefore(k int, ends tokMap) []int {
	toks := d.toks
	list := []int{k}
	for cur := k; len(list) < 8; {
		i := d.mentions[cur].s - 1
		for n := 0; n < 2 && i > 0 && listLinks.has(toks[i].text) && !toks[i+1].newline; n++ {
			i--
		}
		if i+1 == d.mentions[cur].s {
			break // no link
		}
		j, ok := ends.get(i + 1)
		if !ok || toks[i+1].newline || d.mentions[j].label != "GPE" && d.mentions[j].label != "LOC" {
			break
		}
		list = append(list, j)
		cur = j
	}
	return list
}
