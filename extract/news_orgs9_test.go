package extract

import "testing"

// TestNewsOrgs9_Rules: each rule of news_orgs9.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsOrgs9_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a foreign body's generic word opens its name, its particle no person's",
			"Loans from Banco do Quorvel rose, said Caixa Geral de Tessfield.",
			[]string{"ORG Banco do Quorvel", "ORG Caixa Geral de Tessfield"}},
		{"particles and a foreign name's e or y join the words after them",
			"Banco de la Quorvel Tessfield and Instituto Marlow de Kessel e Tarvel reported.",
			[]string{"ORG Banco de la Quorvel Tessfield", "ORG Instituto Marlow de Kessel e Tarvel"}},
		{"a long form that opens with a body's word and for is the body's, though it ends in Systems",
			"The Centre for Airborne Systems (CABS) flew the radar.",
			[]string{"ORG Centre for Airborne Systems", "ORG CABS -> Centre for Airborne Systems"}},
		{"two foreign bodies joined by and the are two",
			"Lawyers of Centro Quorvel and the Fundação Tessfield Marlow spoke.",
			[]string{"ORG Centro Quorvel", "ORG Fundação Tessfield Marlow"}},
		{"a firm's field in Portuguese or Spanish makes a name a firm's, its place after in stays apart",
			"Kessel Construções Navais and Astilleros Quorvel bid, as did Tarvel Investimentos in Marlow Quay.",
			[]string{"ORG Kessel Construções Navais", "ORG Astilleros Quorvel", "ORG Tarvel Investimentos", "LOC Marlow Quay"}},
		{"a town centre named Centro is no body (the place rules read it)",
			"Police closed streets in Centro Histórico on Sunday.",
			[]string{"GPE Centro Histórico"}},
		{"an exchange operator and a city are one exchange",
			"Shares rose on Nasdaq Copenhagen and fell on Euronext Lisbon.",
			[]string{"ORG Nasdaq Copenhagen", "ORG Euronext Lisbon"}},
		{"the operator alone stays the company",
			"Nasdaq said its profit rose.",
			[]string{"ORG Nasdaq -> Nasdaq, Inc."}},
		{"a cartel named by its place is a group",
			"The Tijuana Cartel fought the Quorvel Cartel.",
			[]string{"ORG Tijuana Cartel", "ORG Quorvel Cartel"}},
		{"a city's government by its kind is a body",
			"The Vilnius City Municipality and the Quorvel Metropolitan Administration closed roads.",
			[]string{"ORG Vilnius City Municipality", "ORG Quorvel Metropolitan Administration"}},
		{"a name ending in Headquarters is a command",
			"A statement from Defence Headquarters and the Quorvel Armed Forces Headquarters followed.",
			[]string{"ORG Defence Headquarters", "ORG Quorvel Armed Forces Headquarters"}},
		{"an armed group's province is the group, and its acronym",
			"Islamic State Quorvel Province (ISQP) claimed it; ISQP later retreated.",
			[]string{"ORG Islamic State Quorvel Province", "ORG ISQP -> Islamic State Quorvel Province", "ORG ISQP -> Islamic State Quorvel Province"}},
		{"a body's long form with for and and, defined by its acronym",
			"The Centre for Quorvel Systems and Sciences (CQSS) tested the laser.",
			[]string{"ORG Centre for Quorvel Systems and Sciences", "ORG CQSS -> Centre for Quorvel Systems and Sciences"}},
		{"a unit's word after an ordinal is the unit; a unit and its parent stay one",
			"Troops of the 7th Division and the 12th Brigade joined the 1st Battalion, 5th Rifle Regiment.",
			[]string{"ORG 7th Division", "ORG 12th Brigade", "ORG 1st Battalion, 5th Rifle Regiment"}},
		{"a one-word German unit name and its number are the unit; a word and a year are not",
			"Panzerbrigade 45 and Jägerbataillon 292 drilled, as did the club in 2026 and Tarvel 12.",
			[]string{"ORG Panzerbrigade 45", "ORG Jägerbataillon 292"}},
	})
}
