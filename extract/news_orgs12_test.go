package extract

import "testing"

// TestNewsOrgs12_Rules: each rule of news_orgs12.go (and its edits of
// news_names10.go's appositions and possessions) on sentences written for
// the test, with the cases it must leave alone.
func TestNewsOrgs12_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a company listed on a market, after a hyphen",
			"The Nasdaq-listed Quorvel lost a third of its value.",
			[]string{"ORG Nasdaq -> Nasdaq, Inc.", "ORG Quorvel"}},
		{"a company listed in a city, of two words",
			"Tokyo-listed Sanwa Tessko said profits fell.",
			[]string{"GPE Tokyo", "ORG Sanwa Tessko"}},
		{"a company owned by the state opens the sentence",
			"State-owned Marvessa will drill three wells off the coast.",
			[]string{"ORG Marvessa"}},
		{"a company owned by a family, with a given name in its name",
			"The family-owned Harriet Quorvel Foods employs 300 people.",
			[]string{"ORG Harriet Quorvel Foods"}},
		{"a company by how its shares are traded or held, without a hyphen",
			"Publicly traded Tessvane bought the privately held Quorline.",
			[]string{"ORG Tessvane", "ORG Quorline"}},
		{"a place held by rebels stays a place",
			"Rebel-held Kessovar was shelled again.",
			nil},
		{"a side owns its result, and the side it beat is a side too",
			"Marvessa's 3-0 win over Tessbury lifted them to fourth.",
			[]string{"ORG Marvessa", "ORG Tessbury"}},
		{"a defeat to a side of two words",
			"Quorvel's 2-1 defeat to Tessbury Rovers ended their run.",
			[]string{"ORG Quorvel", "ORG Tessbury Rovers"}},
		{"a draw with no link after it",
			"After Quorvel's 1-1 draw, the coach was sacked.",
			[]string{"ORG Quorvel"}},
		{"a player named before owns his win as a person",
			"Luca Marvessi reached the final. Marvessi's 6-4 win over Tessbury Quorn was his tenth.",
			[]string{"PERSON Luca Marvessi", "PERSON Marvessi -> Luca Marvessi", "PERSON Tessbury Quorn"}},
		{"a ranking of a body by its trade, after the world's",
			"Quorvane, the world's second-biggest copper miner, cut its forecast.",
			[]string{"ORG Quorvane"}},
		{"a ranking of a body by a country's possessive",
			"Shares in Tessvik, Japan's second-largest carmaker, rose.",
			[]string{"ORG Tessvik", "GPE Japan"}},
		{"a ranking of a body after the country's",
			"Marvessa, the country's oldest brewer, was sold.",
			[]string{"ORG Marvessa"}},
		{"a person ranked as a man or a lawyer stays a person",
			"Sam Quorvel, the world's richest man, and Maria Tessvik, the country's top lawyer, met.",
			[]string{"PERSON Sam Quorvel", "PERSON Maria Tessvik"}},
		{"a body's parent company",
			"Quorvane's parent company, Marvessa Holdings, owns 60% of it.",
			[]string{"ORG Quorvane", "ORG Marvessa Holdings"}},
		{"a person's parents make no body",
			"Tessvik's parents said she was safe.",
			[]string{"PERSON Tessvik"}},
	})
}
