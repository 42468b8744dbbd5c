package extract

import "testing"

func TestAnnotator_R24PartyHyphen(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a movement's head and a country", "Members of the Tarvo Qaumi Movement-Pakistan walked out of the chamber.",
			[]string{"ORG Tarvo Qaumi Movement-Pakistan"}},
		{"a front's head and a name", "The Kessel Front-Orvan said it would boycott the poll.",
			[]string{"ORG Kessel Front-Orvan"}},
		{"a party after a person and of", "Ana Kessel of the Orvan Popular Party-Tarvo said the vote was lost.",
			[]string{"PERSON Ana Kessel", "ORG Orvan Popular Party-Tarvo"}},
		{"a double surname stays a person's", "Maria Kessel-Orvan said the vote was lost.",
			[]string{"PERSON Maria Kessel-Orvan"}},
		{"two parties in a coalition", "The Kessel Party-Tarvo coalition collapsed.",
			[]string{"ORG Kessel Party"}},
		{"a head alone beside a party", "The Congress-Tarvo rivalry grew.",
			[]string{"ORG Congress"}},
	})
}

func TestAnnotator_R24IzafeParty(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a country and a movement's word", "Lawmakers of the Pakistan Tehreek-i-Orvan chanted slogans.",
			[]string{"ORG Pakistan Tehreek-i-Orvan"}},
		{"a group's word alone", "Officials blamed Jamaat-e-Kessel for the strike.",
			[]string{"ORG Jamaat-e-Kessel"}},
		{"a faction after another hyphen", "The Jamiat Ulema-e-Tarvo-F won two seats.",
			[]string{"ORG Jamiat Ulema-e-Tarvo-F"}},
		{"a person with a hyphened name", "Noor-e-Kessel Brandt said the road was closed.",
			[]string{"PERSON Noor-e-Kessel Brandt"}},
	})
}

func TestAnnotator_R24LettersHyphenLetter(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a party's faction", "Opposition leader Tarvo Brandt of the KVQ-P said the budget was unfair.",
			[]string{"PERSON Tarvo Brandt", "ORG KVQ-P"}},
		{"a faction that speaks", "The TQZ-N walked out of the assembly.",
			[]string{"ORG TQZ-N"}},
		{"two acronyms no list knows", "The coalition of the Kessel Party and the TQZ-KVQ, known as the TQZ-KVQ, won.",
			[]string{"ORG Kessel Party", "ORG TQZ-KVQ", "ORG TQZ-KVQ"}},
		{"two bare acronyms", "TQZ-KVQ remains a threat in the region.",
			nil},
		{"a product's code before its noun", "Clinics offered the two-dose TQZ-KVQ vaccine made by Kessel Pharma.",
			[]string{"ORG Kessel Pharma"}},
		{"a programme's X", "The KF-X fighter flew in May.",
			[]string{"PLATFORM KF-X"}},
		{"a drone in apposition", "The institute showed a surveillance drone, the VK-C, at the fair.",
			[]string{"PLATFORM VK-C"}},
	})
}

func TestAnnotator_R24RoleNounName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a title and a role's noun", "The plan, presented by General Manager Robert Kessel at the meeting, was approved.",
			[]string{"PERSON Robert Kessel"}},
		{"a portfolio after for", "Minister for Sport Borvo Ristan said the halls would be built.",
			[]string{"PERSON Borvo Ristan"}},
		{"a portfolio after of the", "Leader of the Opposition R. Kesselappa said the state was borrowing.",
			[]string{"PERSON R. Kesselappa"}},
		{"a house before its officer", "Senate Majority Leader Anna Tarvel said the bill would pass.",
			[]string{"ORG Senate", "PERSON Anna Tarvel"}},
		{"a council before its leader", "City Council Leader Anna Tarvel said the bill would pass.",
			[]string{"ORG City Council", "PERSON Anna Tarvel"}},
		{"a body's name before the title", "The Tarvo Group General Manager Ana Brandt said the deal was done.",
			[]string{"ORG Tarvo Group", "PERSON Ana Brandt"}},
		{"a service's word before a title is no role's", "Army Chief General Ana Brandt said the drill would start.",
			[]string{"PERSON Ana Brandt"}},
		{"no title and no of", "Harbour Master Anna Tarvel said the port was shut.",
			[]string{"PERSON Master Anna Tarvel"}},
	})
}

func TestAnnotator_R24SharedHeadParticle(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an association and its chain", "The Association des Producteurs et Exportateurs de Tarvo welcomed the decision.",
			[]string{"ORG Association des Producteurs et Exportateurs de Tarvo"}},
		{"a bureau with adjectives", "The Bureau National Interprofessionnel du Kessel said sales fell.",
			[]string{"ORG Bureau National Interprofessionnel du Kessel"}},
		{"an English body and of", "The Association of Tarvo Growers welcomed the decision.",
			[]string{"ORG Association of Tarvo Growers"}},
		{"a foreign head of the list", "The Groupement des Planteurs de Kessel welcomed the decision.",
			[]string{"ORG Groupement des Planteurs de Kessel"}},
	})
}

func TestAnnotator_R24TwoCompanies(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two designated companies", "The mine is owned by Kessel Corporation and Tarvo Mining Corporation.",
			[]string{"ORG Kessel Corporation", "ORG Tarvo Mining Corporation"}},
		{"a second name with its own and", "The mine is owned by Kessel Group and Orvan Mine Rehabilitation and Mining Corporation.",
			[]string{"ORG Kessel Group", "ORG Orvan Mine Rehabilitation and Mining Corporation"}},
		{"one body with a common word after and", "The Tarvo Savings and Loan Association collapsed.",
			[]string{"ORG Tarvo Savings and Loan Association"}},
		{"a body of fields", "The Department of Energy and Climate Change said no.",
			[]string{"ORG Department of Energy and Climate Change"}},
	})
}

func TestAnnotator_R24TechTail(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a company by its agent", "The factory, to be built by Tarvion High-Tech, will make cells.",
			[]string{"ORG Tarvion High-Tech"}},
		{"a think tank", "Economist Ana Kessel of the think tank Expert-Tarvo said the plan was weak.",
			[]string{"PERSON Ana Kessel", "ORG Expert-Tarvo"}},
		{"a double surname", "Judge Orvik Kessel-Brandt said the case was closed.",
			[]string{"PERSON Orvik Kessel-Brandt"}},
		{"no company's context", "I met Tarvion High-Tech in the hall.",
			[]string{"PERSON Tarvion High-Tech"}},
	})
}

func TestAnnotator_R24ApostropheName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a curly apostrophe after N", "Police chief Koffi N’Kessel said the road was closed.",
			[]string{"PERSON Koffi N’Kessel"}},
		{"a straight apostrophe after N", "Police chief Koffi N'Kessel said the road was closed.",
			[]string{"PERSON Koffi N'Kessel"}},
		{"two letters and an apostrophe first", "Ja’Tarvo Brandt scored twice.",
			[]string{"PERSON Ja’Tarvo Brandt"}},
		{"a French article is no prefix", "She joined L’Orvane Paris in May.",
			[]string{"GPE Paris"}},
		{"a place's name", "He flew to Côte D’Orvane last week.",
			[]string{"GPE Côte D’Orvane"}},
	})
}

func TestAnnotator_R24HeadlinePlural(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a radar's plural in a headline", "NAVY SIGNS DEAL FOR MARTA RADARS\n\nThe deal was signed.",
			[]string{"PERSON MARTA -> Marta"}},
		{"a corvette's plural in a headline", "NAVY BUYS MARTA CORVETTES\n\nThe deal was signed.",
			[]string{"PERSON MARTA -> Marta"}},
		{"a family name in the plural", "NAVY PRAISES MARTA BANKS\n\nThe deal was signed.",
			[]string{"PERSON MARTA BANKS -> Marta Banks"}},
		{"no headline", "Marta Radars said the deal was signed.",
			[]string{"PERSON Marta Radars"}},
	})
}

func TestAnnotator_R24HeadThenMarket(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an exchange and a market's segment", "Turnover on the Tokyo Stock Exchange Prime market topped the record.",
			[]string{"ORG Tokyo Stock Exchange"}},
		{"an exchange alone", "Turnover on the Tokyo Stock Exchange topped the record.",
			[]string{"ORG Tokyo Stock Exchange"}},
		{"no listed place first", "The Kessel Fleet Renewal project began.",
			[]string{"PROGRAM Kessel Fleet Renewal"}},
	})
}
