package extract

import "testing"

func TestAnnotator_R34platMakerMarkNoun(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a maker, a family and a mark with a letter before a craft's noun", "Close the gaps with two mobile Brandt Orvex 1X radars by June.",
			[]string{"PLATFORM Brandt Orvex 1X"}},
		{"a name read as a person's and a design's number", "The boats, of the Tarvo Patrol 4207 design, will be delivered in 2028.",
			[]string{"PLATFORM Tarvo Patrol 4207"}},
		{"three names and a design's number before a craft's noun", "Each boat carries a KESTRA Star ORVEX 380 radar.",
			[]string{"PLATFORM KESTRA Star ORVEX 380"}},
		{"a common first word: a tier, no maker", "The council chose the Tier 4207 design in May.",
			nil},
		{"a year after a name is no mark", "The Tarvo Patrol 2027 vessels sail in May.",
			[]string{"PERSON Tarvo Patrol"}},
		{"a network's generation is no model's mark", "The city tested a Brandt Orvex 5G system in May.",
			[]string{"PERSON Brandt Orvex"}},
		{"no craft's noun after the mark: left alone", "Tarvo Brandt 4207 said nothing.",
			[]string{"PERSON Tarvo Brandt"}},
	})
}

func TestAnnotator_R34platCapsHeadlineCraft(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Brandtwerk", Label: "ORG", Canonical: "Brandtwerk"})
	checkSpans(t, a, []spanCase{
		{"a count before a maker and a designator, the noun after",
			"NAVY SIGNS CONTRACT FOR 14 BRANDTWERK KX-228 AIRCRAFT\n\nThe aircraft will fly from 2028.",
			[]string{"PLATFORM BRANDTWERK KX-228 -> Brandtwerk Kx-228"}},
		{"a count and MORE before a kind of common words: the noun kept",
			"NAVY SIGNS CONTRACT FOR TWO MORE POLLUTION CONTROL VESSELS\n\nThe vessels will sail from 2028.",
			[]string{"PLATFORM POLLUTION CONTROL VESSELS -> Pollution Control Vessels"}},
		{"a platform in prose: left alone", "The navy bought 14 Brandtwerk KX-228 aircraft in May.",
			[]string{"PLATFORM Brandtwerk KX-228"}},
	})
}

func TestAnnotator_R34platWordClass(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "The Orvanian", Label: "ORG", Canonical: "The Orvanian"})
	checkSpans(t, a, []spanCase{
		{"a common word's class before a craft's noun", "Built in 2019, the Sentinel-class vessels replaced older boats.",
			[]string{"PLATFORM Sentinel"}},
		{"a listed name with The: the article left out", "The Orvanian-class vessel, gifted in 2021, patrols the coast.",
			[]string{"PLATFORM Orvanian"}},
		{"a cabin's class: no craft's noun", "Passengers in the Premium-class seats were served first.",
			nil},
		{"a listed name with The and no craft's noun: left to the lists", "Passengers praised The Orvanian-class service in 2019.",
			[]string{"ORG The Orvanian"}},
	})
}
