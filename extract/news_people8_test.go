package extract

import "testing"

// TestAnnotator_NewsPeople8Rules: each rule of news_people8.go on
// sentences written for the test, with the cases it must leave alone.
func TestAnnotator_NewsPeople8Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an unknown given name and a town's name that acts or has a role",
			"Tavuzo Lagos scored twice. Lagos said the team had earned it. Kelebogile Pretoria, a nurse, agreed.",
			[]string{"PERSON Tavuzo Lagos", "PERSON Lagos -> Tavuzo Lagos", "PERSON Kelebogile Pretoria"}},
		{"the same after a place preposition or with no context stays a place",
			"Prices in Orvaszt Lagos rose as Orvaszt Pretoria grew.",
			[]string{"GPE Orvaszt", "GPE Lagos", "GPE Pretoria"}},
	})
}
