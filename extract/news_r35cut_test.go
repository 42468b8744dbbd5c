package extract

import "testing"

func TestAnnotator_R35HyphenTails(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a firm's name through its hyphen", "Kessova-Urtal will spend more on its brewery, the firm said.",
			[]string{"ORG Kessova-Urtal"}},
		{"a person's name through a hyphen and a letter", "General Osvo Lenda-A, the transitional president, watched.",
			[]string{"PERSON Osvo Lenda-A"}},
		{"a body's head before the hyphen: left alone", "The Kessel Party-Urtal coalition collapsed.",
			[]string{"ORG Kessel Party"}},
		{"two places read either side: left alone", "The talks on Iceland-Norway ties ended.",
			[]string{"GPE Iceland", "GPE Norway"}},
		{"the chain goes on in lower case: left alone", "Kessova-Urtal-led sides will spend more, the firm said.",
			[]string{"ORG Kessova"}},
		{"a people's adjective after the hyphen: left alone", "Kessova-French will spend more, the firm said.",
			[]string{"ORG Kessova"}},
	})
}

func TestAnnotator_R35PluralOwnerBodies(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the plural after a body's of", "The vote in the National Assembly of People’s Tarvo in Orvania was close.",
			[]string{"ORG National Assembly of People’s Tarvo", "GPE Orvania"}},
		{"the plural before a body's name", "The ruling was upheld by the People’s Kessel Court in Orvik.",
			[]string{"ORG People’s Kessel Court", "GPE Orvik"}},
		{"the plural before a trust", "The Children’s Kessel Trust said.",
			[]string{"ORG Children’s Kessel Trust"}},
		{"the plural in lower case: left alone", "The people’s Supreme Court in Orvik ruled.",
			[]string{"ORG Supreme Court", "GPE Orvik"}},
		{"a plural in s: left to its own rule", "The Kessel Workers’ Union spoke.",
			[]string{"ORG Kessel Workers’ Union"}},
	})
}

func TestAnnotator_R35PlaceOwnerSplit(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a country's plan and its initials", "Iceland’s Renewal and Growth Plan (IRGP) pays for the port.",
			[]string{"GPE Iceland", "PROGRAM Renewal and Growth Plan", "PROGRAM IRGP"}},
		{"a country's fund and initials holding its name", "Grants from Iceland's Orvik Aid Fund (IcelandOAF) paid.",
			[]string{"GPE Iceland", "PROGRAM Orvik Aid Fund", "PROGRAM IcelandOAF"}},
		{"no initials: read apart already", "Iceland's Marine Research Institute said so.",
			[]string{"GPE Iceland", "ORG Marine Research Institute"}},
		{"a saint's possessive: left alone", "Homes on St Orvik’s Hill were sold.",
			[]string{"LOC St Orvik’s Hill"}},
	})
}

func TestAnnotator_R35AndTails(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two common words joined before a fund", "The money came from the Science and Farming Kessel Fund in Orvik.",
			[]string{"PROGRAM Science and Farming Kessel Fund", "GPE Orvik"}},
		{"two adjectives before a scheme", "Firms must meet the Industrial and Rural Growth Policy rules.",
			[]string{"PROGRAM Industrial and Rural Growth Policy"}},
		{"a number opens the second name: left alone", "Voters backed Free Speech and One Nation, the count showed.",
			[]string{"ORG One Nation"}},
		{"a name and an ampersand before: left alone", "Orders went to Kessel Shipbuilders & Engineers and Tarvo Shipyard Limited.",
			[]string{"ORG Kessel Shipbuilders & Engineers", "ORG Tarvo Shipyard Limited"}},
	})
}

func TestAnnotator_R35WholeNamesJoined(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a ministry with a listed body", "The Kessel Aid Office (KAO) opened in May. The Ministry of Water with KAO will run the clinics.",
			[]string{"ORG Kessel Aid Office", "ORG KAO -> Kessel Aid Office", "ORG Ministry of Water", "ORG KAO -> Kessel Aid Office"}},
		{"with a name no list knows: left alone", "The Ministry of Water with Kessel Industries will run the clinics.",
			[]string{"ORG Ministry of Water with Kessel Industries"}},
		{"a bank and a fund, each whole", "The money came from the Kessel Development Bank and Green Tarvo Fund last year.",
			[]string{"ORG Kessel Development Bank", "ORG Green Tarvo Fund"}},
		{"a ministry and a model's designator", "The deal between the Ministry of Defence and KT-57 makers was signed.",
			[]string{"ORG Ministry of Defence", "PLATFORM KT-57"}},
		{"a field after and: left alone", "The Ministry of Trade and Industry said so.",
			[]string{"ORG Ministry of Trade and Industry"}},
		{"common words after and: left alone", "The Department of Health and Human Services said so.",
			[]string{"ORG Department of Health and Human Services"}},
		{"with inside a law's name: left alone", "The Rights of Persons with Disabilities Act passed.",
			[]string{"PROGRAM Rights of Persons with Disabilities Act"}},
		{"a firm's legal form after and: left alone", "Kessel Battery Assembly and Test Pvt Ltd will build it.",
			[]string{"ORG Kessel Battery Assembly and Test Pvt Ltd"}},
	})
}

func TestAnnotator_R35ParticlePlaces(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a particle and a name read as a person's", "The ferry to Pueblo la Kessa left on time.",
			[]string{"GPE Pueblo la Kessa"}},
		{"a particle and a name read alone", "The plant at Vale do Tarvo closed in May.",
			[]string{"GPE Vale do Tarvo"}},
		{"a word before the particle opens the name", "The camp near Anse des Kessova was shut.",
			[]string{"GPE Anse des Kessova"}},
		{"a bank's first word: left alone", "A judge at the Banco de Tarvo spoke.",
			[]string{"ORG Banco de Tarvo"}},
		{"a given name before the particle: left alone", "Luis de Kessova spoke.",
			[]string{"PERSON Luis de Kessova"}},
		{"a month after a place: left alone", "We flew to Orvik de Mayo.",
			[]string{"GPE Orvik"}},
	})
}

func TestAnnotator_R35LeadNounOfBody(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a noun opening a list's item", "What it sets out:\n\n• Notice to the Kessel Defence Force and to fishermen.",
			[]string{"ORG Kessel Defence Force"}},
		{"a noun after a spaced dash", "The budget lists - Pay of the Tarvo Army: 1,120 million.",
			[]string{"ORG Tarvo Army"}},
		{"a body's head after a", "Troops came from a Battalion of the Orvik Regiment on Monday.",
			[]string{"ORG Orvik Regiment"}},
		{"a noun opening a sentence", "Notice of the Kessel Defence Force was given.",
			[]string{"ORG Kessel Defence Force"}},
		{"a body's head opening a sentence: left alone", "Department of the Army officials said so.",
			[]string{"ORG Department of the Army"}},
		{"no body's head after the: left alone", "Friends of the Earth said so.",
			[]string{"ORG Friends of the Earth"}},
		{"inside a sentence: left alone", "They sent the Notice to the Kessel Defence Force on Monday.",
			[]string{"ORG Notice to the Kessel Defence Force"}},
	})
}

func TestAnnotator_R35SiteHeads(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town's bypass", "Work on the Tarvo Inner City Bypass began in May.",
			[]string{"LOC Tarvo Inner City Bypass"}},
		{"a waterway between two names", "Barges on the Orvik-Kessova Waterway slowed.",
			[]string{"LOC Orvik-Kessova Waterway"}},
		{"a facility where something is done", "The tests ran at the Kessel Missile Range Facility last week.",
			[]string{"LOC Kessel Missile Range Facility"}},
		{"a facility that lends: a fund, left to its rule", "Loans of $2 billion came under the Kessel Resilience Facility.",
			[]string{"MONEY $2 billion -> USD 2000000000", "PROGRAM Kessel Resilience Facility"}},
		{"common words and and before a park (andTails)", "Crowds filled the Sports and Leisure Park on Monday.",
			[]string{"LOC Sports and Leisure Park"}},
		{"a museum and a library: left alone", "The Kessel Museum and Library opened.",
			[]string{"ORG Kessel Museum and Library"}},
	})
}
