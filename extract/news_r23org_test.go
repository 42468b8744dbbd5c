package extract

import "testing"

func TestAnnotator_R23PartyRole(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a party's adjective before a councillor", "Tarvo Brandt, a Conservative councillor, said the rent rise was unfair.",
			[]string{"PERSON Tarvo Brandt", "ORG Conservative"}},
		{"a party's leader by title", "Later, Bloc Leader Tarvo Brandt said his party would abstain.",
			[]string{"ORG Bloc", "PERSON Tarvo Brandt"}},
		{"the party opening the sentence", "Conservative Leader Orvik Kessel said the plan would fail.",
			[]string{"ORG Conservative", "PERSON Orvik Kessel"}},
		{"a party's government", "She said a Coalition government would scrap the levy.",
			[]string{"ORG Coalition"}},
		{"the adjective alone names nothing", "Conservative voters in Tarvomere were unhappy.",
			[]string{"GPE Tarvomere"}},
		{"a common adjective in lower case", "He took a conservative view of the costs.",
			nil},
	})
}

func TestAnnotator_R23LoneShareMover(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a move by a share in a text of shares", "Bank shares led the market. Tarvolt jumped 2.8 per cent to $17.20.",
			[]string{"ORG Tarvolt", "MONEY $17.20 -> USD 17.2"}},
		{"a move to a price", "Bank shares led the market. Kesselbank eased to $12.65 by noon.",
			[]string{"ORG Kesselbank", "MONEY $12.65 -> USD 12.65"}},
		{"an acronym that spells a word", "The sharemarket rose. CAB eased to $12.65 by noon.",
			[]string{"ORG CAB", "MONEY $12.65 -> USD 12.65"}},
		{"no text of shares", "Fischer jumped 2.8 per cent in the poll.",
			[]string{"PERSON Fischer"}},
		{"a commodity", "Mining shares fell as Brent rose 2% to $71 a barrel.",
			[]string{"PERSON Brent", "MONEY $71 -> USD 71"}},
		{"a town's prices", "Bank shares fell, and house prices in Tarvomere rose 4% in May.",
			[]string{"GPE Tarvomere"}},
		{"a common word", "Bank shares fell and Sterling slipped 0.4% against the euro.",
			nil},
	})
}

func TestAnnotator_R23WhichNamed(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body that runs a named airport", "Kesselair, which runs Tarvo Airport, warned about the levy.",
			[]string{"ORG Kesselair", "LOC Tarvo Airport"}},
		{"a company listed on an exchange", "Traders watched Orvaplex, which is listed on Nasdaq, all week.",
			[]string{"ORG Orvaplex", "ORG Nasdaq -> Nasdaq, Inc."}},
		{"a company based in a town", "The deal went to Tarvolink, which is based in Leeds.",
			[]string{"ORG Tarvolink", "GPE Leeds"}},
		{"a ship based in a port", "Sailors boarded the Tarvoline, which is based in Leeds, at dawn.",
			[]string{"GPE Leeds"}},
		{"a person is who", "Orvik Kessel, who runs Tarvo Airport, warned about the levy.",
			[]string{"PERSON Orvik Kessel", "LOC Tarvo Airport"}},
	})
}

func TestAnnotator_R23TitledUnion(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a union that a title's word opens", "The General Dockers' Union welcomed the rise.",
			[]string{"ORG General Dockers' Union"}},
		{"a country's adjective first", "The Danish General Labour Union said the offer was too low.",
			[]string{"ORG Danish General Labour Union"}},
		{"a general and a union", "General Tarvo Brandt of the Kessel Union spoke.",
			[]string{"PERSON Tarvo Brandt", "ORG Kessel Union"}},
	})
}

func TestAnnotator_R23CountryArm(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a company's arm after a country's adjective", "Its Australian arm Tarvolink faces a new inquiry.",
			[]string{"ORG Tarvolink"}},
		{"after another sentence on its line", "Bank shares fell. Kesselcom slipped 1.3% to $5.20. Its Australian arm Tarvolink faces a fine.",
			[]string{"ORG Kesselcom", "MONEY $5.20 -> USD 5.2", "ORG Tarvolink"}},
		{"a unit without an adjective", "The airline said its low-cost unit Kesseljet would grow.",
			[]string{"ORG Kesseljet"}},
		{"a person's arm is no body's", "She broke her arm in Tarvomere.",
			[]string{"GPE Tarvomere"}},
	})
}

func TestAnnotator_R23PortfolioName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a portfolio of common words and a minister", "Minister of Water and Energy Tarvik Orlanov opened the dam.",
			[]string{"PERSON Tarvik Orlanov"}},
		{"a portfolio with a comma", "Minister of Digital Affairs, Innovation and Space Industry Tarvik Orlanov opened the centre.",
			[]string{"PERSON Tarvik Orlanov"}},
		{"after a preposition", "It was signed before Minister of Roads and Transport Ramil Tarvoyev.",
			[]string{"PERSON Ramil Tarvoyev"}},
		{"a name in apposition after the comma", "The Minister of Defence, Tore Kesselby, signed it.",
			[]string{"PERSON Tore Kesselby"}},
		{"a portfolio with no name after it", "The Minister of Water and Energy opened the dam.",
			nil},
		{"a chairman of a body", "He met the Chairman of the Joint Chiefs of Staff on Monday.",
			[]string{"ORG Joint Chiefs of Staff"}},
	})
}

func TestAnnotator_R23CompoundBeforeBody(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a hyphened pair before a listed bank", "The loan came from the Export-Import Bank of Canada last year.",
			[]string{"ORG Export-Import Bank of Canada"}},
		{"a listed bank alone", "The loan came from the Bank of Canada last year.",
			[]string{"ORG Bank of Canada"}},
	})
}

func TestAnnotator_R23BodyOfficer(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body's chief executive", "Kesselbank’s acting chief executive, Ana Brandt, promised change.",
			[]string{"ORG Kesselbank", "PERSON Ana Brandt"}},
		{"a body's chairman", "Orvanex's chairman said the plan would work.",
			[]string{"ORG Orvanex"}},
		{"a person's chief of staff", "Tarvo Brandt said it. Brandt's chief of staff agreed.",
			[]string{"PERSON Tarvo Brandt", "PERSON Brandt -> Tarvo Brandt"}},
	})
}

func TestAnnotator_R23BodyApposition(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a joint venture in apposition", "It signed a contract with Tarvam, a joint venture with Kesselbus, to build two ferries.",
			[]string{"ORG Tarvam"}},
		{"a coalition around its leader", "Members of Tarvo Unida, the alliance around former mayor Ana Brandt, left the hall.",
			[]string{"ORG Tarvo Unida", "PERSON Ana Brandt"}},
		{"a person around a table", "Talks with Ana Brandt, the mediator around the table, went on.",
			[]string{"PERSON Ana Brandt"}},
	})
}

func TestAnnotator_R23NationGovernment(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a nation's adjective before Government", "The council has asked the Danish Government for more money.",
			[]string{"ORG Danish Government"}},
		{"a government in lower case", "The council has asked the Danish government for more money.",
			nil},
	})
}

func TestAnnotator_R23Importer(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the fuel importer", "Prices set by the gas importer Tarvomed will fall.",
			[]string{"ORG Tarvomed"}},
		{"an importer in apposition", "Tarvomed, an importer, said prices would fall.",
			[]string{"ORG Tarvomed"}},
	})
}

func TestAnnotator_R23PostedOnX(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"said on X", "The minister said on X that the talks had failed.",
			[]string{"ORG X"}},
		{"a post on X", "Tarvo Brandt wrote in a post on X that it was over.",
			[]string{"PERSON Tarvo Brandt", "ORG X"}},
		{"a variable", "The result depends on X and on Y.",
			nil},
	})
}

func TestAnnotator_R23LevelOfficer(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a union's regional officer", "Anchor regional officer Lena Kessel said her members would strike.",
			[]string{"ORG Anchor", "PERSON Lena Kessel"}},
		{"a common word's national officer", "Harbour national officer Tarvo Brandt said his members wanted more.",
			[]string{"ORG Harbour", "PERSON Tarvo Brandt"}},
		{"no name after the officer", "Anchor regional officers met on Monday.",
			nil},
	})
}

func TestAnnotator_R23HouseMembers(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a house and its party's members", "The levy, which Senate Republicans had opposed, passed.",
			[]string{"ORG Senate"}},
		{"a member on the house's committee", "Ana Kessel, a senior Democrat on the Senate farm committee, spoke.",
			[]string{"PERSON Ana Kessel", "ORG Senate"}},
	})
}

func TestAnnotator_R23TitledOffice(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an office that a title's word opens", "The Major Works Office will review the plan.",
			[]string{"ORG Major Works Office"}},
		{"a general and a council", "Major General Tarvo Kessel met the Orvane Council.",
			[]string{"PERSON Tarvo Kessel", "ORG Orvane Council"}},
	})
}

func TestAnnotator_R23TheGivenNamed(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a ground named after a person", "The city will repaint the Mateo Tarvos before the derby.",
			nil},
		{"a stone", "They want the Lucia Orvastone to stay in the city.",
			nil},
		{"a person after an adjective", "The late Ana Kessel was honoured.",
			[]string{"PERSON Ana Kessel"}},
		{"a name modifying a noun", "She wrote about the Ana Kessel case.",
			[]string{"PERSON Ana Kessel"}},
		{"who after the name", "It was the Ana Kessel who won.",
			[]string{"PERSON Ana Kessel"}},
	})
}
