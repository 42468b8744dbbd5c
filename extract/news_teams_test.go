package extract

import "testing"

// TestAnnotator_CityTeams: a city that plays or signs is its club; a
// country stays the country, and a city elsewhere stays the city.
func TestAnnotator_CityTeams(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a city that wins by a score, and one beaten by a score",
			"Leeds beat Norwich 2-0, and Bristol lost 1-3 to Leeds.",
			[]string{"ORG Leeds", "ORG Norwich", "ORG Bristol", "ORG Leeds"}},
		{"a city that signs a player",
			"Barcelona signed the winger in June.",
			[]string{"ORG Barcelona"}},
		{"a country that wins stays the country; a city without a match stays the city",
			"India beat Australia 3-1 in Leeds, and she flew to Norwich.",
			[]string{"GPE India", "GPE Australia", "GPE Leeds", "GPE Norwich"}},
		{"an event that ends in a classic is none",
			"She won the Tarvel Classic in Eugene.",
			[]string{"GPE Eugene"}},
	})
}
