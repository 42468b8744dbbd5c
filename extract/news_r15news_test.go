package extract

import "testing"

// TestNewsR15_SportNickname: "the" and a capitalised plural in a sports
// text is a side's nickname; peoples, events and ranges are none, and
// outside sport the plural keeps what the other rules give it.
func TestNewsR15_SportNickname(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"common and unknown plurals after 'the' in a sports text",
			"The Kestrels led at half-time, but the Quorvelos never looked back after their striker scored, and the Tarvomen lost 2-1.",
			[]string{"ORG Kestrels", "ORG Quorvelos", "ORG Tarvomen"}},
		{"a people, an event and a range are no side",
			"The striker was booed by the Americans at half-time, and the Games open in the Alps in July.",
			[]string{"LOC Alps"}},
		{"no sports text, no side",
			"The Kestrels nested on the cliffs above the harbour.",
			nil},
	})
}

// TestNewsR15_BrandCountry: a brand no list holds before a country's name
// is the body's or the company's name, not a person's and a place.
func TestNewsR15_BrandCountry(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an unknown brand and a country in running text",
			"The minister said Kesselway Australia had spent A$40 million on a new tower.",
			[]string{"ORG Kesselway Australia", "MONEY A$40 million -> AUD 40000000"}},
		{"a brand, a company's word and a country",
			"The deal was signed with Quorvix Holding Finland last week.",
			[]string{"ORG Quorvix Holding Finland"}},
		{"a given name opens a person's name",
			"The deal was signed with Harlow Brandt Denmark last week.",
			[]string{"PERSON Harlow Brandt", "GPE Denmark"}},
		{"a place preposition keeps a town",
			"He moved to Kessel Australia in 2019.",
			[]string{"GPE Kessel Australia"}},
		{"a results line is a runner's and her country",
			"1. Tarvo Brandt Norway 2:03.4",
			[]string{"PERSON Tarvo Brandt", "GPE Norway"}},
	})
}

// TestNewsR15_FeatureCompany: a river's name and a trade's word name a
// company, named again by the pair or the name without "the"; the river
// with "the" and a place's head stay places.
func TestNewsR15_FeatureCompany(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the company, again and by its first word",
			"Severn Water's creditors met on Monday. Bills for Severn customers will rise, and the Severn Water area will grow.",
			[]string{"ORG Severn Water", "ORG Severn", "ORG Severn Water"}},
		{"the river with its article stays",
			"Danube Shipping's barges sailed, though the Danube was low.",
			[]string{"ORG Danube Shipping", "LOC Danube"}},
		{"no trade's word, no company",
			"The Mekong Delta's farmers planted rice.",
			[]string{"LOC Mekong Delta"}},
	})
}
