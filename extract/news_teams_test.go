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
		{"a result's line names two clubs; a match's city is its club at every mention of a sports text",
			"Leeds 3 Bristol 1\n\nLeeds came from behind at the ground. Bristol led at half-time, but Leeds made the scrum count and Bristol's fly-half missed.",
			[]string{"ORG Leeds", "ORG Bristol", "ORG Leeds", "ORG Bristol", "ORG Leeds", "ORG Bristol"}},
		{"rugby and basketball scores in a sports text; a home nation stays the nation",
			"Cardiff beat Edinburgh 31-18 after a maul and a ruck near the line, while Wales lost 27-13 to Scotland.",
			[]string{"ORG Cardiff", "ORG Edinburgh", "GPE Wales", "GPE Scotland"}},
		{"a vote's tally is no match",
			"Leeds council voted 27-13 against the plan, and Bristol beat the deadline.",
			[]string{"GPE Leeds", "GPE Bristol"}},
		{"North American league teams by their names and unique nicknames; a score after a club is no aircraft model",
			"The Oklahoma City Thunder beat the New York Knicks 112-104, and the Knicks fell to 20-9; a Qantas 787-9 flew the team.",
			[]string{"ORG Oklahoma City Thunder", "ORG New York Knicks", "ORG Knicks -> New York Knicks", "ORG Qantas", "PLATFORM 787-9"}},
		{"a city before a head coach's title is its club",
			"Bristol head coach Pat Lam praised the scrum after a ruck at half-time.",
			[]string{"ORG Bristol", "PERSON Pat Lam"}},
	})
}
