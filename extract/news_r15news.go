package extract

import "strings"

// Round 15 (r15news): organisations of general news by the shape of their
// names: a side's nickname in the plural, a brand and the country it
// trades in.

// sportNickname: in a text that reports sport, "the" and one capitalised
// plural that no list holds is a side's nickname, ORG: "the Kessel Lions
// ... the Lions never looked back", "a win for the Tarvomen". The capital
// mid-sentence makes a common plural a name, and a sports text makes that
// name a side's: a people ("the Orvanians"), an event ("the Games"), a
// range or a group of islands (pluralNames15) is none.
func (d *doc) sportNickname(ps []piece) bool {
	if len(ps) != 1 || ps[0].unit != nil || ps[0].e-ps[0].s != 1 || ps[0].s == 0 {
		return false
	}
	s := ps[0].s
	t := d.toks
	if a := t[s-1].text; a != "the" && a != "The" {
		return false
	}
	w := t[s].text
	if len(w) < 4 || !isCapitalised(w) || allCapitals(w) || !pluralName(w) || pluralNames15.has(w) || peopleWord(d.a.demonyms, w) || d.a.demonyms[w] {
		return false
	}
	if s+1 < len(t) && (t[s+1].glued && t[s+1].kind != tkPunct || t[s+1].text == "-") {
		return false // "the Lions-Kessel game"
	}
	return d.sportText() && d.add(s, s+1, "ORG", "")
}

// pluralName: a word shaped as an English plural: "Lions", "Magpies",
// "Tarvomen"; not "Glass", "Nexus", "Tennis".
func pluralName(w string) bool {
	if strings.HasSuffix(w, "men") {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// brandBeforeCountry: the words before a country's name (countryBody) are
// a brand's, not a person's or a place's: no sentence's place preposition
// before them reads a town ("in Tarvo Orvania"), and the run stands in
// running text, not a results list where a surname and a country meet
// (a newline or a digit on either side).
func (d *doc) brandBeforeCountry(ps []piece) bool {
	t := d.toks
	s, e := ps[0].s, ps[len(ps)-1].e
	if t[s].sentStart && d.commonWord(t[s].text) {
		return false // "Regulator Kesselway Orvania said": the opening word is no part
	}
	if s > 0 && (t[s].newline || isNumber(t[s-1].text) || placeOnlyPrepositions.has(strings.ToLower(t[s-1].text))) {
		return false
	}
	return e >= len(t) || !t[e].newline && !isNumber(t[e].text)
}

// featureCompanyAgain: once a river's or a region's name and a trade's
// word name a company (placeCompany: "Orvane Water's bills"), the pair
// again is the company ("the Orvane Water area"), and so is the name alone
// without an article ("customers of Orvane", "Orvane will spend"): English
// writes a river with "the" ("the Orvane") and a company without. A name
// with a capitalised word after it is another place ("Orvane Valley").
func (d *doc) featureCompanyAgain() {
	var names map[string]string // the feature's word -> the trade's word
	t := d.toks
	for _, m := range d.mentions {
		if m.label != "ORG" || m.e-m.s != 2 || !featureTrades15.has(t[m.s+1].text) {
			continue
		}
		if u, ok := d.unitAt(m.s); !ok || u.end != m.s+1 || u.label != "LOC" {
			continue
		}
		if names == nil {
			names = map[string]string{}
		}
		names[t[m.s].text] = t[m.s+1].text
	}
	if names == nil {
		return
	}
	for k := range d.mentions {
		m := &d.mentions[k]
		trade, ok := names[t[m.s].text]
		if !ok || m.label != "LOC" || m.reviewed || m.e-m.s != 1 {
			continue
		}
		switch {
		case m.e < len(t) && t[m.e].text == trade && !t[m.e].newline && !d.used[m.e]:
			m.e++
		case m.s > 0 && (t[m.s-1].text == "the" || t[m.s-1].text == "The"):
			continue
		case m.e < len(t) && !t[m.e].newline && isCapitalised(t[m.e].text) && t[m.e].kind == tkWord:
			continue
		}
		m.label, m.canonical = "ORG", ""
	}
}
