package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

func TestAnnotator_R29ListedPartPartners(t *testing.T) {
	a := newR28AnnotatorTowns(t, []string{"Harlowby"},
		configs.GazetteerEntry{Label: "LOC", Canonical: "Kessel Side", File: "city_parts.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Orvanis", File: "cities_world.yaml"})
	checkSpans(t, a, []spanCase{
		{"a guessed place before a listed part", "Residents of Tarvoma and Kessel Side have complained of noise.",
			[]string{"LOC Tarvoma", "LOC Kessel Side"}},
		{"a list that ends in a listed part", "Two-thirds were in Tarvoma, Ilkwick and Kessel Side.",
			[]string{"LOC Tarvoma", "LOC Ilkwick", "LOC Kessel Side"}},
		{"a listed town keeps its GPE", "Homes in Harlowby and Kessel Side were flooded.",
			[]string{"GPE Harlowby", "LOC Kessel Side"}},
		{"a listed city keeps its GPE", "Homes in Orvanis and Kessel Side were flooded.",
			[]string{"GPE Orvanis", "LOC Kessel Side"}},
		{"no listed part in the list: left alone", "Homes in Tarvoma and Ilkwick were flooded.",
			[]string{"GPE Tarvoma", "GPE Ilkwick"}},
	})
}

func TestAnnotator_R29TownWorks(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a port's town named as where ore goes from", "Kessel Mining shipped ore from Tarvoma in the quarter. At the Tarvoma port, it plans a second line.",
			[]string{"ORG Kessel Mining", "GPE Tarvoma", "GPE Tarvoma"}},
		{"a plant's town named as where a line runs from", "Kessel Motors will build a model at its Tarvoma plant. A rail line runs from Tarvoma to the coast.",
			[]string{"ORG Kessel Motors", "GPE Tarvoma", "GPE Tarvoma"}},
		{"at the works: the site's LOC stays", "Output at its Tarvoma plant recovered. Emission limits at Tarvoma were discussed.",
			[]string{"LOC Tarvoma", "LOC Tarvoma"}},
		{"a field named alone is the field", "Output from the Tarvoma field rose. Drilling from Tarvoma resumed.",
			[]string{"LOC Tarvoma", "LOC Tarvoma"}},
	})
}

func TestAnnotator_R29PartOfWhole(t *testing.T) {
	a := newR28Annotator(t,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Orvanis", File: "cities_world.yaml"})
	checkSpans(t, a, []spanCase{
		{"a suburb of a city: the city stays GPE", "Police were sent to Tarvoma, a suburb of Orvanis, on Monday.",
			[]string{"LOC Tarvoma", "GPE Orvanis"}},
		{"words between the article and the noun", "Police were sent to Tarvoma, a poor suburb of Orvanis, on Monday.",
			[]string{"LOC Tarvoma", "GPE Orvanis"}},
		{"the suburbs of: the parts", "In the suburbs of Tarvoma and Ilkwick, bars closed early.",
			[]string{"LOC Tarvoma", "LOC Ilkwick"}},
		{"the suburb of: the part", "Bars in the suburb of Tarvoma closed.",
			[]string{"LOC Tarvoma"}},
	})
}

func TestAnnotator_R29NamedIslands(t *testing.T) {
	a := newR28Annotator(t,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Orvanis", File: "cities_world.yaml"})
	checkSpans(t, a, []spanCase{
		{"a guessed place before island", "Troops rehearsed the defence of Tarvoma island with rocket launchers.",
			[]string{"LOC Tarvoma"}},
		{"a word no rule read before island", "Crowds had camped overnight on Tarvoma island and along the shore.",
			[]string{"LOC Tarvoma"}},
		{"a listed city keeps its GPE", "The first boat will come from the yard on Orvanis island.",
			[]string{"GPE Orvanis"}},
		{"Island in capitals is the name's own head", "Tarvoma Island is the largest of the group.",
			[]string{"LOC Tarvoma Island"}},
		{"no island noun: left alone", "Troops rehearsed the defence of Tarvoma with rocket launchers.",
			[]string{"GPE Tarvoma"}},
	})
}
