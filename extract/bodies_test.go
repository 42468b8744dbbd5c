package extract

import "testing"

// Bodies' names by their structure: found on the written9 development set,
// tested on sentences written for the test.
func TestBodyNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body's kind, of and a field no list names, and a second field",
			"The Ministry of Ports and Shipping said the Office of Roads and Bridges would pay.",
			[]string{"ORG Ministry of Ports and Shipping", "ORG Office of Roads and Bridges"}},
		{"a field of one word may be a company's head word; a second body or a person after and is apart",
			"The Ministry of Energy and Mines met the Office of Budget and Kessel Dynamics.",
			[]string{"ORG Ministry of Energy and Mines", "ORG Office of Budget", "ORG Kessel Dynamics"}},
		{"assemblies, parliaments, senates and municipalities of a place",
			"The Municipality of Orvane and the Assembly of the Republic thanked the Senate of Kessel.",
			[]string{"ORG Municipality of Orvane", "ORG Assembly of the Republic", "ORG Senate of Kessel"}},
		{"Malay, Indonesian, Dutch and French parties and coalitions",
			"The Parti Kessel Raya left the Pakatan Orvane, and the Partij van de Tarvel joined the Parti Socialiste.",
			[]string{"ORG Parti Kessel Raya", "ORG Pakatan Orvane", "ORG Partij van de Tarvel", "ORG Parti Socialiste"}},
		{"a name no cue labels, shortened to its initials, is a body's; its initials again too",
			"Mark Rutte met the Christian Democratic Appeal (CDA) on Monday. The CDA said it would wait.",
			[]string{"PERSON Mark Rutte", "ORG Christian Democratic Appeal", "ORG CDA -> Christian Democratic Appeal", "ORG CDA -> Christian Democratic Appeal"}},
		{"a person's initials stay a person's; initials before a noun name a kind of thing",
			"John Fitzgerald Kennedy (JFK) praised the Orvane Long Range Array (OLRA) radar.",
			[]string{"PERSON John Fitzgerald Kennedy"}},
	})
}

// Ships and platforms by structure, found on the written9 development set.
func TestShipAndPlatformNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"more navies' ship prefixes",
			"The corvette ARA Kessel met BAP Orvane, NRP Tarvel and KNM Varga off the coast.",
			[]string{"PLATFORM ARA Kessel", "PLATFORM BAP Orvane", "PLATFORM NRP Tarvel", "PLATFORM KNM Varga"}},
		{"a navy's adjective before a class's name stays outside it",
			"A Danish Absalon-class ship and a Spanish Kessel Varga-class frigate sailed.",
			[]string{"PLATFORM Absalon", "PLATFORM Kessel Varga"}},
		{"a listed platform's name does not go on with a connector",
			"The jet will replace the Eurofighter Typhoon in Royal Air Force service.",
			[]string{"PLATFORM Eurofighter Typhoon -> Typhoon", "ORG Royal Air Force"}},
	})
}

// Foreign bodies' particles and exchanges, found on written9.
func TestForeignBodyParticles(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"Spanish and French particles of more than one word, and their 'and'",
			"Economists at the Universidad de los Kessel and the Université des Sciences et Techniques de Tarvel agreed.",
			[]string{"ORG Universidad de los Kessel", "ORG Université des Sciences et Techniques de Tarvel"}},
		{"an exchange named by its word in another language and its city",
			"Shares fell on Borsa Orvane and the Bolsa de Kessel.",
			[]string{"ORG Borsa Orvane", "ORG Bolsa de Kessel"}},
		{"a person's particles of two words",
			"Juan de los Ríos and Marta de las Heras spoke.",
			[]string{"PERSON Juan de los Ríos", "PERSON Marta de las Heras"}},
		{"Dutch particles in a person's name; 'ten' as a number stays out",
			"Coach Pieter ten Brink praised Anouk te Velde, whose side has won ten Cup games.",
			[]string{"PERSON Pieter ten Brink", "PERSON Anouk te Velde"}},
	})
}

// An airline named later by its country's adjective, and a demonym that
// names a person after "the".
func TestAirlineDemonyms(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the adjective alone acts or owns; before a noun or in a list it stays an adjective",
			"Chilean Airways Group ordered jets. Chilean also said it would hire, Chilean's fleet grew, and Chilean and Peruvian crews met Chilean officials.",
			[]string{"ORG Chilean Airways Group", "ORG Chilean -> Chilean Airways Group", "ORG Chilean -> Chilean Airways Group"}},
		{"with no airline, a demonym after the is a person of that nation, no body",
			"Kenyan runners won the race. The Kenyan said the pace was slow.",
			[]string{}},
	})
}

// Titles of legislators between a party and a name; a firm's apposition
// with a hyphenated modifier.
func TestLegislatorTitlesAndFirmAppositions(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a legislator's title between a party and a name is no part of either",
			"The Labour MP Ann Kessel told the chamber that Councilwoman Rosa Tarvel had resigned.",
			[]string{"ORG Labour", "PERSON Ann Kessel", "PERSON Rosa Tarvel"}},
		{"a firm's apposition may hold a hyphenated modifier",
			"The airline will lease six jets from Orvaco, the Dublin-based lessor, and more from Kesselair, the Irish lessor.",
			[]string{"ORG Orvaco", "GPE Dublin", "ORG Kesselair"}},
	})
}

// Platforms by structure, found on sentences written to probe defence copy.
func TestPlatformStructures(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a system's long name with a weapon's word needs no article when it is four words or more",
			"The firm was paid for Guided Long Range Rocket System production and Modular Crewed Fighting Vehicle spares.",
			[]string{"PLATFORM Guided Long Range Rocket System", "PLATFORM Modular Crewed Fighting Vehicle"}},
		{"a model's letters, a hyphen and a number that reads as a year are no exercise's edition",
			"The air force ordered 20 Orvane EF-2000 jets before the Kessel Shield-2026 drills.",
			[]string{"PLATFORM Orvane EF-2000", "PROGRAM Kessel Shield-2026"}},
	})
}

// A route's two ends are two names.
func TestRouteEnds(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"from X to the Y: two names, not one",
			"He moved from Kessel Institute to the Orvane Research Center last year.",
			[]string{"ORG Kessel Institute", "ORG Orvane Research Center"}},
	})
}

// A player's deed is no company's.
func TestAthleteDeeds(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name ending in a common word that scores is a player",
			"Orvania's Ravi Gill scored 147 and Tarvo Gold bowled 20 overs, while Kessel Space launched a satellite.",
			[]string{"GPE Orvania", "PERSON Ravi Gill", "PERSON Tarvo Gold", "ORG Kessel Space"}},
	})
}

// Trade agreements are programmes (GUIDELINES: agreements), by the WTO's
// names and their acronyms.
func TestTradeAgreements(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a trade agreement's acronym and its long form",
			"Ministers began the USMCA review, and Vietnam asked to join the Regional Comprehensive Economic Partnership.",
			[]string{"PROGRAM USMCA", "GPE Vietnam", "PROGRAM Regional Comprehensive Economic Partnership -> RCEP"}},
	})
}

// An institution by what it does after "the".
func TestInstitutionDeeds(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a museum that reopens, closes or acquires is an institution",
			"The Kesselmuseum reopened its east wing, and the Orvanika acquired two paintings.",
			[]string{"ORG Kesselmuseum", "ORG Orvanika"}},
	})
}

// The Standard Missile family by its written forms.
func TestStandardMissiles(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a hyphenated number and a block stay one platform",
			"The award covers Standard Missile-6 Block IA production and Standard Missile 2 spares.",
			[]string{"PLATFORM Standard Missile-6 Block IA", "PLATFORM Standard Missile 2 -> SM-2"}},
	})
}

// An English "and" parts two foreign bodies; a building is a site;
// launch companies are listed.
func TestBodiesAndSites16(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an English 'and' joins no words of a name in another language",
			"The Parti Kessel and the Greens voted against the Banco Orvane and Ilk Bank.",
			[]string{"ORG Parti Kessel", "ORG Greens", "ORG Banco Orvane", "ORG Ilk Bank"}},
		{"a building's name is a site",
			"The chair spoke in the Kessel Building, then at the Tarvo Federal Building.",
			[]string{"LOC Kessel Building", "LOC Tarvo Federal Building"}},
		{"launch companies by their names",
			"Blue Origin, Rocket Lab and ULA bid; Arianespace and Isar Aerospace did not.",
			[]string{"ORG Blue Origin", "ORG Rocket Lab", "ORG ULA -> United Launch Alliance", "ORG Arianespace", "ORG Isar Aerospace"}},
	})
}

// Two bodies or services joined by "and" are two; a pair of countries
// before a programme's noun names no programme.
func TestBodiesAndPairs16(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two armed services or two listed companies joined by 'and'",
			"The contract supports the Navy and Marine Corps; the Army and Air Force agreed, and BAE Systems and Saab bid.",
			[]string{"ORG Navy", "ORG Marine Corps", "ORG Army", "ORG Air Force", "ORG BAE Systems", "ORG Saab"}},
		{"a country and a people's adjective before 'drills' are no programme",
			"U.S.-Philippine drills ended, and Japan-Philippine talks began.",
			[]string{"GPE U.S. -> United States", "GPE Japan"}},
	})
}
