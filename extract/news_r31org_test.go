package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// newR31orgAnnotator is the shipped gazetteer with an invented country, a
// town listed as a club and two invented bodies listed, so that the rules
// meet names the lists know.
func newR31orgAnnotator(t *testing.T) *Annotator {
	return annotatorWith(t, nil,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Tarvonia"},
		configs.GazetteerEntry{Label: "ORG", Canonical: "Brennok"},
		configs.GazetteerEntry{Label: "ORG", Canonical: "Loskar City"},
		configs.GazetteerEntry{Label: "ORG", Canonical: "Vettmark"},
	)
}

func TestAnnotator_R31orgWorksTowns(t *testing.T) {
	a := newR31orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town listed as a club, where a plant stands, stays a town",
			"The first truck left the assembly plant in Brennok on Monday. The next trucks from Brennok are due in May.",
			[]string{"GPE Brennok", "GPE Brennok"}},
		{"a town that a council is named for is the town after a place's preposition",
			"Dravenholt Council approved the budget. Health officials opened clinics in Dravenholt on Monday.",
			[]string{"ORG Dravenholt Council", "GPE Dravenholt"}},
		{"a town's noun after the name says it is a town",
			"Brennok city manager Anna Brandt said the plan would go ahead.",
			[]string{"GPE Brennok", "PERSON Anna Brandt"}},
		{"a listed body after a place's preposition with no town's evidence stays a body",
			"Workers at Brennok were less cheerful.",
			[]string{"ORG Brennok"}},
		{"a stake in a body is no town",
			"Shares in Brennok fell after the results.",
			[]string{"ORG Brennok"}},
		{"a stake in the body a council is named for is in the body",
			"Dravenholt Council met. Shares in Dravenholt rose on Monday.",
			[]string{"ORG Dravenholt Council", "ORG Dravenholt -> Dravenholt Council"}},
	})
}

func TestAnnotator_R31orgAndBodies(t *testing.T) {
	a := newR31orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a school's head alone after and is the same body's",
			"The ministry cleared money for the Kessel Corps Centre and School last week.",
			[]string{"ORG Kessel Corps Centre and School"}},
		{"a second body of its own stays apart",
			"He studied at the Kessel Institute and Tarvo School of Music.",
			[]string{"ORG Kessel Institute", "ORG Tarvo School"}},
		{"a city's body and a town's joined by and are one council",
			"The law gives councils such as Loskar City and Vettmark a say on projects.",
			[]string{"ORG Loskar City and Vettmark"}},
		{"in a sports text they are two clubs",
			"Loskar City and Vettmark drew 1-1 after the striker missed a penalty in the second half.",
			[]string{"ORG Loskar City", "ORG Vettmark"}},
	})
}

func TestAnnotator_R31orgCommonStartCompany(t *testing.T) {
	a := newR31orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plural common noun opens a state company's name",
			"Airports Tarvonia Limited said the runway could now take larger jets.",
			[]string{"ORG Airports Tarvonia Limited"}},
		{"no plural noun: the opener is no part of the name",
			"Yesterday Tarvonia Limited said the runway was ready.",
			[]string{"ORG Tarvonia Limited"}},
	})
}

func TestAnnotator_R31orgManagerName(t *testing.T) {
	a := newR31orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a place in a debt manager's name is the manager's",
			"The bonds were sold by the Tarvonia Debt Management Office on Monday.",
			[]string{"ORG Tarvonia Debt Management Office"}},
		{"a plural common word opening an asset manager's name",
			"Anna Brandt of Kessel Lanes Asset Management said the fund would grow.",
			[]string{"PERSON Anna Brandt", "ORG Kessel Lanes Asset Management"}},
		{"no field of finance: no manager's name",
			"Anna Brandt of Kessel Lanes Disaster Management said the roads were shut.",
			[]string{"PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R31orgHeads(t *testing.T) {
	a := newR31orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a company of plural sciences",
			"Brisk Sciences paid $25 million up front.",
			[]string{"ORG Brisk Sciences", "MONEY $25 million -> USD 25000000"}},
		{"a community's housing body",
			"Tarvonia Community Housing will build 300 homes.",
			[]string{"ORG Tarvonia Community Housing"}},
		{"a place and a party's plural",
			"The Tarvonia Unionists voted against the bill.",
			[]string{"ORG Tarvonia Unionists"}},
		{"a party's plural alone opening a sentence is its members, no name",
			"Unionists marched through the town on Saturday.",
			nil},
		{"places before a chamber's head are its name",
			"The minister told the Kessel Tarvonia Regional Chamber that jobs would stay.",
			[]string{"ORG Kessel Tarvonia Regional Chamber"}},
	})
}
