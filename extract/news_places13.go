package extract

// Round 13 (lead): towns no list holds, read by what the text says they
// have and by the lists they stand in.

// townOwner: a lone unknown name whose mayor, suburbs or residents the
// text speaks of is a town's, GPE: "Tarvoborg's mayor said", "on
// Kessel's outskirts", "Orvane's residents voted". A given name or a
// common word owns such things as often ("Grace's residents", a care home).
func (d *doc) townOwner(i int) bool {
	t := d.toks
	if i+2 >= len(t) || t[i+1].kind != tkPossessive || !townOwnedNouns.has(t[i+2].text) {
		return false
	}
	w := t[i].text
	return d.nameShaped(w) && !d.a.givenNames.has(w) && !d.commonWord(w)
}

// listIntroduced: token k opens a list that "such as" or "including"
// introduces ("routes such as Tarvo, Kessel and Ilk"): with a listed
// place among them, its unknown names are places too (placeLists).
func (d *doc) listIntroduced(k int) bool {
	t := d.toks
	return k >= 2 && !t[k].newline && (t[k-1].text == "including" || t[k-1].text == "as" && t[k-2].text == "such")
}
