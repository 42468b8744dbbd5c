package extract

import (
	"maps"
	"slices"
	"testing"

	"github.com/trawl/trawl/configs"
)

// newR28Annotator is the shipped annotator with entries of lists added, as
// the lists would hold them (not reviewers' aliases, which rules leave).
func newR28Annotator(t *testing.T, extra ...configs.GazetteerEntry) *Annotator {
	t.Helper()
	return newR28AnnotatorTowns(t, nil, extra...)
}

// newR28AnnotatorTowns adds towns to the towns' list too (place_kinds.go).
func newR28AnnotatorTowns(t *testing.T, towns []string, extra ...configs.GazetteerEntry) *Annotator {
	t.Helper()
	g, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	with := *g
	with.Entries = append(append([]configs.GazetteerEntry(nil), g.Entries...), extra...)
	with.Lists = maps.Clone(g.Lists)
	with.Lists["place_towns"] = append(slices.Clone(g.Lists["place_towns"]), towns...)
	a, err := NewAnnotator(AnnotatorOptions{Gazetteer: &with})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnnotator_R28IslandPlaces(t *testing.T) {
	a := newR28Annotator(t,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Tarvoa", File: "subdivisions_world.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Orvania", File: "countries.yaml"})
	checkSpans(t, a, []spanCase{
		{"a district's name after on, in a text of islands", "The budget adds solar panels on Tarvoa. Ferries to the islands run weekly.",
			[]string{"LOC Tarvoa"}},
		{"the same name elsewhere, and its partner after and", "Tourism to Tarvoa and Kesselu recovered. Roads on Tarvoa were sealed, and the islands wait.",
			[]string{"LOC Tarvoa", "LOC Kesselu", "LOC Tarvoa"}},
		{"a name read as a place elsewhere, after on", "Tourism to Kesselu recovered. Panels were added on Kesselu, one of the islands.",
			[]string{"LOC Kesselu", "LOC Kesselu"}},
		{"a street after on is left alone", "Tourism to Kesselu recovered. Shops on Kesselu Street, far from the islands, closed.",
			[]string{"GPE Kesselu", "LOC Kesselu Street"}},
		{"a country after on keeps its GPE", "The islands asked for sanctions on Orvania.",
			[]string{"GPE Orvania"}},
		{"a district after a tax's on is no island", "The islands opposed the new tax on Tarvoa.",
			[]string{"GPE Tarvoa"}},
		{"no islands in the text: left alone", "The budget adds solar panels on Tarvoa.",
			[]string{"GPE Tarvoa"}},
	})
}

func TestAnnotator_R28ResidentsParts(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"places guessed after residents in", "Councillor Ana Brandt said residents in Tarvoshill, Kesselbrae and Orvanmuir had waited.",
			[]string{"PERSON Ana Brandt", "LOC Tarvoshill", "LOC Kesselbrae", "LOC Orvanmuir"}},
		{"a town's noun after the list: towns", "Residents in Tarvoshill village have waited for the road.",
			[]string{"GPE Tarvoshill"}},
		{"residents of: left to the towns' rule", "Residents of Tarvoshill and Kesselbrae had waited.",
			[]string{"GPE Tarvoshill", "GPE Kesselbrae"}},
		{"no residents: left alone", "Councillor Ana Brandt said people in Tarvoshill and Kesselbrae had waited.",
			[]string{"PERSON Ana Brandt", "GPE Tarvoshill", "GPE Kesselbrae"}},
	})
}

func TestAnnotator_R28TownsNotOrgs(t *testing.T) {
	a := newR28Annotator(t,
		configs.GazetteerEntry{Label: "ORG", Canonical: "Tarvoberg Gruppen", Aliases: []string{"Tarvoberg"}, File: "orgs.yaml"},
		configs.GazetteerEntry{Label: "ORG", Canonical: "Orvane Kessel Assembly", Aliases: []string{"Kessel Assembly"}, File: "orgs.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Orvania", File: "countries.yaml"})
	checkSpans(t, a, []spanCase{
		{"a firm's short name before a country", "Work will be performed in Tarvoberg, Orvania (12%).",
			[]string{"GPE Tarvoberg", "GPE Orvania"}},
		{"after in, in a text of no sport", "The first hull was welded in Tarvoberg last year.",
			[]string{"GPE Tarvoberg"}},
		{"a stake in the firm stays the firm", "The fund bought a stake in Tarvoberg last year.",
			[]string{"ORG Tarvoberg -> Tarvoberg Gruppen"}},
		{"a body's head stays the body", "The bill stalled in Kessel Assembly last year.",
			[]string{"ORG Kessel Assembly -> Orvane Kessel Assembly"}},
	})
}

func TestAnnotator_R28Cays(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a cay is an island", "Boats anchored at Tarvo Cay overnight.",
			[]string{"LOC Tarvo Cay"}},
		{"a sea's current", "Patrols watch their share of the Tarvo Current.",
			[]string{"LOC Tarvo Current"}},
		{"a town's head is left alone", "Boats anchored at Tarvo City overnight.",
			[]string{"GPE Tarvo City"}},
	})
}

func TestAnnotator_R28CompassCityParts(t *testing.T) {
	a := newR28Annotator(t, configs.GazetteerEntry{Label: "GPE", Canonical: "Tarvoport", File: "cities_world.yaml"})
	checkSpans(t, a, []spanCase{
		{"a compass word before the story's city", "Fans in Tarvoport cheered. Tarvoport will party, and North Tarvoport will not sleep tonight.",
			[]string{"GPE Tarvoport", "GPE Tarvoport", "LOC North Tarvoport"}},
		{"a story of no one city: left alone", "Fans cheered, and North Tarvoport will not sleep tonight.",
			[]string{"GPE North Tarvoport"}},
		{"Central: a city of its own as often", "Fans in Tarvoport cheered. Tarvoport will party, and Central Tarvoport will not sleep tonight.",
			[]string{"GPE Tarvoport", "GPE Tarvoport", "GPE Central Tarvoport"}},
	})
}

func TestAnnotator_R28ListedTowns(t *testing.T) {
	a := newR28AnnotatorTowns(t, []string{"Kesselwick"}, configs.GazetteerEntry{Label: "GPE", Canonical: "Tarvoport", File: "cities_world.yaml"})
	checkSpans(t, a, []spanCase{
		{"a listed town in a city's dateline lead is a town", "TARVOPORT — The navy will open a station at Kesselwick next year.",
			[]string{"GPE TARVOPORT -> Tarvoport", "GPE Kesselwick"}},
		{"a name no list holds is the city's part", "TARVOPORT — The navy will open a station at Orvanmuir next year.",
			[]string{"GPE TARVOPORT -> Tarvoport", "LOC Orvanmuir"}},
		{"a kind noun still makes a listed town a part", "TARVOPORT — Homes in the suburbs of Kesselwick were flooded.",
			[]string{"GPE TARVOPORT -> Tarvoport", "LOC Kesselwick"}},
	})
}

func TestAnnotator_R28PairedFields(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two names before a site's plural noun", "Gas from the Tarvoku and Kesselane fields feeds the plant.",
			[]string{"LOC Tarvoku", "LOC Kesselane"}},
		{"no article or owner before: left alone", "Tarvoku and Kesselane fields were sold.",
			nil},
		{"a singular noun: kindNounSite's, one site", "Output from the Tarvoku well rose.",
			[]string{"LOC Tarvoku"}},
	})
}
