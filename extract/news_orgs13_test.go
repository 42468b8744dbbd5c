package extract

import "testing"

// TestNewsOrgs13_Rules: each rule of news_orgs13.go on sentences written
// for the test, with the cases it must leave alone.
func TestNewsOrgs13_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a house opening the sentence before its speaker",
			"Lawmakers passed the bill. Assembly Speaker Tarvo Brandvik called the vote historic.",
			[]string{"ORG Assembly", "PERSON Tarvo Brandvik"}},
		{"a house before a lower-case title",
			"Assembly president Marta Quorvel said the law would bring in money.",
			[]string{"ORG Assembly", "PERSON Marta Quorvel"}},
		{"a house before a ranked title",
			"House Majority Leader Dana Tessvik scheduled the vote.",
			[]string{"ORG House", "PERSON Dana Tessvik"}},
		{"a house word with no officer after it is left as it was",
			"Assembly of the parts took a week.",
			nil},
		{"a bank named by its opener and an unknown word",
			"Bank Quorvelim gained 1.6% and Bank Tessvano fell.",
			[]string{"ORG Bank Quorvelim", "ORG Bank Tessvano"}},
		{"a bank's opener before a common word is no bank",
			"The Bank Holiday weekend was quiet.",
			nil},
		{"a government by its state's name",
			"The Queensland Government said the stadium would open in 2031.",
			[]string{"ORG Queensland Government"}},
		{"a government by its tier",
			"The Federal Government is the largest owner.",
			[]string{"ORG Federal Government"}},
		{"a party in a coalition's list, next to a listed party",
			"Her four-party coalition — the N-VA, Les Orvanais, Tarvopartij and CD&V — agreed a budget.",
			[]string{"ORG N-VA -> New Flemish Alliance", "ORG Les Orvanais", "ORG Tarvopartij", "ORG CD&V"}},
		{"a party after a party and 'and', in a sentence of the opposition",
			"The opposition Parti Socialiste and PVTA-KRB said the plan was unfair.",
			[]string{"ORG Parti Socialiste", "ORG PVTA-KRB -> Pvta-Krb"}},
		{"people in a list with a body stay people outside a sentence of parties",
			"Reuters, Tarvo Brandvik and Lisa Quorvel reported the deal.",
			[]string{"ORG Reuters", "PERSON Tarvo Brandvik", "PERSON Lisa Quorvel"}},
		{"legislatures under their native names",
			"Opposition lawmakers in the Legislative Yuan froze part of the Executive Yuan's budget, and the State Great Khural met.",
			[]string{"ORG Legislative Yuan", "ORG Executive Yuan", "ORG State Great Khural"}},
		{"a legislature's house alone after 'the'",
			"The bill stalled, and lawmakers said the Rada had delayed the vote.",
			[]string{"ORG Rada"}},
	})
}
