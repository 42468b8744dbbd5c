package extract

import "testing"

func TestAnnotator_R25ArticleClub(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two clubs in a derby", "Al-Tarvo beat Al-Kessel 2-1 in the derby on Friday.",
			[]string{"ORG Al-Tarvo", "ORG Al-Kessel"}},
		{"a club that acts", "Al-Tarvo took the lead before the derby ended.",
			[]string{"ORG Al-Tarvo"}},
		{"two articles in one name", "Al-Orvan Al-Kessali drew with the leaders in the derby.",
			[]string{"ORG Al-Orvan Al-Kessali"}},
		{"a club's word after it", "The Al-Tarvo coach was sacked on Monday.",
			[]string{"ORG Al-Tarvo"}},
		{"a family name stays a person's", "Hamad Al-Tarvo scored in the derby. Al-Tarvo said he was proud.",
			[]string{"PERSON Hamad Al-Tarvo", "PERSON Al-Tarvo -> Hamad Al-Tarvo"}},
		{"no game and no club", "Al-Tarvo said the talks would go on.",
			[]string{"PERSON Al-Tarvo"}},
	})
}

func TestAnnotator_R25ServiceHealth(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town's health service", "Hospitals run by Tarvoville Health were full.",
			[]string{"ORG Tarvoville Health"}},
		{"two acronyms' services", "KVN Health and TQS Health issued warnings.",
			[]string{"ORG KVN Health", "ORG TQS Health"}},
		{"a field of common words", "Experts in mental health said Mental Health was underfunded.",
			nil},
	})
}

func TestAnnotator_R25TitleNoun(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an Irish title alone", "Later the Tánaiste said the contract was signed.",
			nil},
		{"a title before a name", "Taoiseach Ana Kessel said the levy would rise.",
			[]string{"PERSON Ana Kessel"}},
		{"a post-nominal after a name", "The Minister, Ana Brandt T.D., announced the contract.",
			[]string{"PERSON Ana Brandt"}},
		{"a known body alone stays", "The Tarvo Council said the contract was signed.",
			[]string{"ORG Tarvo Council"}},
	})
}

func TestAnnotator_R25FirmsAnd(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a bank of a country and an agency", "Loans came from the Trade Credit Bank of Norway and KVB Trade Finance last year.",
			[]string{"ORG Trade Credit Bank of Norway", "ORG KVB Trade Finance"}},
		{"two banks", "Debts are owed to TarvoCredit Velbank and KVB Bank.",
			[]string{"ORG TarvoCredit Velbank", "ORG KVB Bank"}},
		{"a person and a company", "Rival Orvane Tarvel and Kessel Brandt SA have made similar cuts.",
			[]string{"PERSON Orvane Tarvel", "ORG Kessel Brandt SA"}},
		{"a ministry's fields", "The Ministry of Housing and Urban Affairs said so.",
			[]string{"ORG Ministry of Housing and Urban Affairs"}},
		{"a company's trades", "The Kessel Iron and Steel Company grew.",
			[]string{"ORG Kessel Iron and Steel Company"}},
	})
}

func TestAnnotator_R25DivisionAnd(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a company's division", "The deal went to Kessel Group Sensors and Flight Control in May.",
			[]string{"ORG Kessel Group Sensors and Flight Control"}},
		{"a company's officers", "Kessel Group Chairman and Chief Executive Ana Brandt resigned.",
			[]string{"PERSON Ana Brandt"}},
	})
}

func TestAnnotator_R25BodyTitleField(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a ministry's field that a title has", "He met the Ministry of Planning and Finance on Monday.",
			[]string{"ORG Ministry of Planning and Finance"}},
		{"two fields", "The Ministry of Justice and Home Affairs said so.",
			[]string{"ORG Ministry of Justice and Home Affairs"}},
		{"a minister after the ministry", "The Ministry of Defence and Finance Minister Ana Kessel met.",
			[]string{"ORG Ministry of Defence", "PERSON Ana Kessel"}},
	})
}

func TestAnnotator_R25RoleInitials(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a role before initials", "Leader of the Opposition V.D. Kessel said no.",
			[]string{"PERSON V.D. Kessel"}},
		{"initials alone", "V.D. Kessel said no.",
			[]string{"PERSON V.D. Kessel"}},
		{"no title before the role", "Members of the Opposition A.B. Kessel group met.",
			nil},
	})
}

func TestAnnotator_R25FirmList(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a consortium's members", "The consortium of Kessimo, Tarvo-Morel and Vorvatis runs the line.",
			[]string{"ORG Kessimo", "ORG Tarvo-Morel", "ORG Vorvatis"}},
		{"partners after a comma", "Retail partners, including KVB Oil and Orvada, would sell fuel.",
			[]string{"ORG KVB Oil", "ORG Orvada"}},
		{"people listed", "Partners include Ana Kessel and Tarvo Brandt.",
			[]string{"PERSON Ana Kessel", "PERSON Tarvo Brandt"}},
		{"a site after a noun of companies", "Fees were raised by the operators of Kessimo Airport last year.",
			[]string{"LOC Kessimo Airport"}},
		{"no noun of companies", "The list of Kessimo and Orvada grew.",
			[]string{"GPE Kessimo", "GPE Orvada"}},
	})
}

func TestAnnotator_R25ForeignUtility(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a utility's name in French", "Power cuts by Électricité du Tarvo grew.",
			[]string{"ORG Électricité du Tarvo"}},
		{"a railway's name in Spanish", "Ferrocarriles del Kessel carried more freight.",
			[]string{"ORG Ferrocarriles del Kessel"}},
	})
}

func TestAnnotator_R25FieldsBeforeHead(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a committee's fields", "He told the Kessel Assembly’s Defence, Trade and Foreign Affairs Committee last week.",
			[]string{"ORG Kessel Assembly", "ORG Defence, Trade and Foreign Affairs Committee"}},
		{"an association's trades with an ampersand", "He spoke for the Leather, Clothing & Luggage Association on Monday.",
			[]string{"ORG Leather, Clothing & Luggage Association"}},
		{"armed services listed", "The Army, Navy and Air Force marched.",
			[]string{"ORG Army", "ORG Navy", "ORG Air Force"}},
		{"no head at the end", "He praised the Defence, Trade and Foreign Affairs experts.",
			nil},
	})
}

func TestAnnotator_R25CommaListTail(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a committee on fields", "The Committee on Petitions, Public Accounts and State Enterprises met.",
			[]string{"ORG Committee on Petitions, Public Accounts and State Enterprises"}},
		{"a body after and the", "A drone built by the Tarvo Polytechnic and the Institute for Systems and Robotics, Science and Technology flew.",
			[]string{"ORG Tarvo Polytechnic", "ORG Institute for Systems and Robotics, Science and Technology"}},
		{"a list that no and closes", "The Committee on Petitions, which met, agreed.",
			[]string{"ORG Committee on Petitions"}},
	})
}

func TestAnnotator_R25SubsidiaryName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a listed company's arm", "The Kessel Vortan Bank (KVB) said that KVB Vidora would lend.",
			[]string{"ORG Kessel Vortan Bank", "ORG KVB -> Kessel Vortan Bank", "ORG KVB Vidora"}},
		{"a plural after a body", "The Kessel Vortan Bank (KVB) said a few KVB Orientalists were allowed in.",
			[]string{"ORG Kessel Vortan Bank", "ORG KVB -> Kessel Vortan Bank", "ORG KVB -> Kessel Vortan Bank"}},
		{"a name before the noun it modifies", "The Kessel Vortan Bank (KVB) said the KVB Tarvel unit would close.",
			[]string{"ORG Kessel Vortan Bank", "ORG KVB -> Kessel Vortan Bank", "ORG KVB -> Kessel Vortan Bank"}},
	})
}

func TestAnnotator_R25RoleOnly(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an office alone", "Tarvoland's Chief Health Officer, Dr Ana Kessel, said the risk was low.",
			[]string{"PERSON Ana Kessel"}},
		{"a portfolio's title alone", "The Deputy Transport Secretary resigned.",
			nil},
		{"an office before a name", "Chief Medical Officer Ana Kessel said no.",
			[]string{"PERSON Ana Kessel"}},
	})
}

func TestAnnotator_R25CompanyOfCountry(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a company and its home", "The camera was supplied by Kessel Aerospace of Norway.",
			[]string{"ORG Kessel Aerospace", "GPE Norway"}},
		{"a public body keeps its country", "The Civil Aviation Authority of Norway said the runway was closed.",
			[]string{"ORG Civil Aviation Authority of Norway"}},
	})
}

func TestAnnotator_R25ItsVerbs(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a sponsor renews its deal", "Kessicell renewed its sponsorship for three seasons.",
			[]string{"ORG Kessicell"}},
		{"a person renews a contract", "Ana Kessel renewed her contract for three seasons.",
			[]string{"PERSON Ana Kessel"}},
	})
}
