package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

func TestAnnotator_R29SiteShortName(t *testing.T) {
	a := newR28Annotator(t,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Kesselburg", File: "cities_towns.yaml"})
	checkSpans(t, a, []spanCase{
		{"a space centre's name alone after from", "Crews trained at the Tarvell Space Center for a year. The next flight is due from Tarvell in March.",
			[]string{"LOC Tarvell Space Center", "LOC Tarvell"}},
		{"a naval base's name alone after at", "China paid for a pier at Orvik Naval Base. Ships of three navies have called at Orvik since May.",
			[]string{"GPE China", "LOC Orvik Naval Base", "LOC Orvik"}},
		{"a listed town that lends a base its name stays the town", "Jets flew from Kesselburg Air Base on Monday. Pilots will qualify at Kesselburg over the winter.",
			[]string{"LOC Kesselburg Air Base", "GPE Kesselburg"}},
		{"no site of that name: left alone", "Crews trained at the Tarvell Space Center for a year. The next flight is due from Morrowdale in March.",
			[]string{"LOC Tarvell Space Center", "GPE Morrowdale"}},
		{"a dateline's place stays the town", "TARVELL — Crews trained at the Tarvell Space Center for a year.",
			[]string{"GPE TARVELL", "LOC Tarvell Space Center"}},
	})
}

func TestAnnotator_R29PostedAt(t *testing.T) {
	a := newR28Annotator(t,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Kesselburg", File: "cities_towns.yaml"})
	checkSpans(t, a, []spanCase{
		{"a named squadron's home is its base", "The jets joined No. 4 Squadron at Tarvellund last year.",
			[]string{"ORG No. 4 Squadron", "LOC Tarvellund"}},
		{"a squadron no name gives stands in the town", "The jets joined the navy's squadron at Tarvellund last year.",
			[]string{"GPE Tarvellund"}},
		{"an aircraft landed at an unlisted name: the airfield", "The first two fighters landed at Tarvellund on Thursday.",
			[]string{"LOC Tarvellund"}},
		{"a listed town after landed keeps its label", "The first two fighters landed at Kesselburg on Thursday.",
			[]string{"GPE Kesselburg"}},
	})
}
