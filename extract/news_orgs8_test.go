package extract

import (
	"testing"
	"time"
)

// TestNewsOrgs8_Rules: each rule of news_orgs8.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsOrgs8_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"no name ends in The",
			"From: Ministry of Defence and The Rt Hon Ilsa Brandt MP",
			[]string{"ORG Ministry of Defence", "PERSON Ilsa Brandt"}},
		{"a hull symbol and its number are a ship, in brackets after its name too",
			"The carrier USS Quorvel (CVN 81) sailed with the DDG-140 and LHA 9.",
			[]string{"PLATFORM USS Quorvel", "PLATFORM CVN 81 -> USS Quorvel", "PLATFORM DDG-140", "PLATFORM LHA 9"}},
		{"a ship's name again without its prefix is the ship, over a town's label",
			"The frigate HMCS Windsor left Halifax. Windsor will return in June.",
			[]string{"PLATFORM HMCS Windsor", "GPE Halifax", "PLATFORM Windsor"}},
		{"a town with no ship of its name stays the town",
			"The frigate HMCS Quorvel left Halifax. Windsor will host the fleet.",
			[]string{"PLATFORM HMCS Quorvel", "GPE Halifax", "GPE Windsor"}},
		{"a body's name may end in its country",
			"Funding came from Film Council Norway and Border Guard Bangladesh patrolled with officers of Police Scotland.",
			[]string{"ORG Film Council Norway", "ORG Border Guard Bangladesh", "ORG Police Scotland"}},
		{"a legal form before the name takes the place in it",
			"The yard of PT Quorvel Indonesia and PJSC Tessfield signed.",
			[]string{"ORG PT Quorvel Indonesia", "ORG PJSC Tessfield"}},
		{"a listed organisation, and, and a name ending in a head are two",
			"Boeing and Kessel Group will bid.",
			[]string{"ORG Boeing", "ORG Kessel Group"}},
		{"a place for the body: two names",
			"The deal was signed at Abbey Vale for the Norwegian Defence Materiel Agency.",
			[]string{"LOC Abbey Vale", "ORG Norwegian Defence Materiel Agency"}}, // the site: atSite, news_r36recall.go
		{"a legal form ends a company's name; its seat after of is a town, what follows for is another name",
			"A contract with Kessel Electronics S.A. of Nowa Tarvel for Orvane loitering munitions.",
			[]string{"ORG Kessel Electronics S.A.", "GPE Nowa Tarvel", "PLATFORM Orvane"}},
		{"two names joined by to stay apart before a legal form",
			"Funding moved from The Kessel Foundation to Tarvel, Inc. of Dallas.",
			[]string{"ORG The Kessel Foundation", "ORG Tarvel, Inc.", "GPE Dallas"}},
		{"a vehicle's, a turret's and a howitzer's modifiers before their nouns",
			"The army ordered 90 Kessel infantry fighting vehicles with Tarvel remotely operated turrets and Orvane self-propelled howitzers.",
			[]string{"PLATFORM Kessel", "PLATFORM Tarvel", "PLATFORM Orvane"}},
		{"Type or Sonar and a number of two digits or more is a design; one digit is not",
			"The first Type 214KS will carry Sonar 2090, unlike Type 2 diabetes.",
			[]string{"PLATFORM Type 214KS", "PLATFORM Sonar 2090"}},
		{"another name of a platform named just before is a platform, with its mark",
			"The Orvane launcher, known in Kessel as Tarvel-K, and the Quorvel jet, also called Marlow, flew.",
			[]string{"PLATFORM Orvane", "GPE Kessel", "PLATFORM Tarvel-K", "PLATFORM Quorvel", "PLATFORM Marlow"}},
		{"another name of a person is no platform",
			"The minister, known as Tarvel, spoke.",
			nil},
		{"in a text of spaceflight an unknown acronym that does what a craft does is the craft, and one with a serial",
			"The telescope team said KESTREL will reach its orbit in May and KESTREL was built in Kessel; the HTV-Q2 will carry food.",
			[]string{"PLATFORM KESTREL", "PLATFORM KESTREL", "GPE Kessel", "PLATFORM HTV-Q2"}},
		{"outside spaceflight such an acronym is left to the other rules",
			"The NHS will reach its targets, the DOJ found.",
			[]string{"ORG NHS", "ORG DOJ"}},
		{"an international body's office or mission in or for a country is one organisation",
			"The United Nations Liaison Office in Kenya moved. Staff of NATO Logistics and Training for Ukraine met.",
			[]string{"ORG United Nations Liaison Office in Kenya", "ORG NATO Logistics and Training for Ukraine"}},
		{"a body's summit in a city and its envoy for a country keep their rules",
			"The NATO Summit in Vilnius heard the UN Envoy for Yemen.",
			[]string{"PROGRAM NATO Summit", "GPE Vilnius", "ORG UN -> United Nations", "GPE Yemen"}},
		{"an airliner's bare model number is the airliner; a range is not",
			"The airline took its first 787-9 in May, and jobs rose by 150-200.",
			[]string{"PLATFORM 787-9"}},
		{"two names joined by a hyphen in a company's context are one company",
			"Workers at the Kessel-Tarvel plant struck, shares of Orvane-Lloyd fell and the shipping company A.B. Quorvel-Marsk grew.",
			[]string{"ORG Kessel-Tarvel", "ORG Orvane-Lloyd", "ORG A.B. Quorvel-Marsk"}},
		{"a listed company's name and its field's words are one division",
			"Airbus Defence and Space will build it, with Thales Alenia Space.",
			[]string{"ORG Airbus Defence and Space", "ORG Thales Alenia Space"}},
		{"a given name before a listed one-word platform is a person, and so is the word alone after, but for a platform's noun",
			"Charles Leclerc took pole. Leclerc said the tyres held, and the army kept its Leclerc tanks.",
			[]string{"PERSON Charles Leclerc", "PERSON Leclerc -> Charles Leclerc", "PLATFORM Leclerc"}},
		{"a listed platform with no person of its name stays the platform",
			"The army bought the Leclerc tank.",
			[]string{"PLATFORM Leclerc"}},
		{"one word in brackets after an organisation is its short name, here and later",
			"The Kessel Ports Authority (Kesport) will expand the quay. Workers met Kesport on Monday.",
			[]string{"ORG Kessel Ports Authority", "ORG Kesport -> Kessel Ports Authority", "ORG Kesport -> Kessel Ports Authority"}},
		{"a place in brackets after an organisation stays the place",
			"Tarvel Steel (India) grew.",
			[]string{"ORG Tarvel Steel", "GPE India"}},
		{"a listed company, a field's words and a country are its subsidiary; a department and a country are not",
			"The order went to Hanwha Defense Australia. Rheinmetall Defence Australia and the State Department Iraq desk agreed.",
			[]string{"ORG Hanwha Defense Australia", "ORG Rheinmetall Defence Australia", "ORG State Department -> U.S. Department of State", "GPE Iraq"}},
		{"an armed service's word alone after the",
			"The army and the Navy deployed troops, the Marines landed and the Treasury paid.",
			[]string{"ORG Navy", "ORG Marines", "ORG Treasury"}},
	})
}

// TestNewsOrgs8_Sport: clubs' short names and racing cars in a text that
// reports sport or where two clubs meet, and the same names left to their
// places elsewhere.
func TestNewsOrgs8_Sport(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"clubs by their short names in a sports text",
			"Everton lost at Brentford after their striker was sent off at half-time, and Sevilla signed a goalkeeper.",
			[]string{"ORG Everton", "ORG Brentford", "ORG Sevilla"}},
		{"two listed clubs across a result, with no other word of games",
			"Chelsea drew with Fulham and Lyon beat Monaco.",
			[]string{"ORG Chelsea", "ORG Fulham", "ORG Lyon", "ORG Monaco"}},
		{"a city after in stays the city in a sports text, after a result and at the club",
			"The winger scored a hat-trick and fans in Valencia celebrated; Sevilla lost at Girona.",
			[]string{"GPE Valencia", "ORG Sevilla", "ORG Girona"}},
		{"a league's acronym and a term of its game make a sports text; clubs by their suburb or town",
			"Hawthorn play Geelong next week, while Essendon host Fremantle; the AFL's leader had 31 disposals.",
			[]string{"ORG Hawthorn", "ORG Geelong", "ORG Essendon", "ORG Fremantle", "ORG AFL -> Australian Football League"}},
		{"the same names in a text of no sport are places",
			"Floods closed roads in Geelong, and Hawthorn residents met the council.",
			[]string{"GPE Geelong"}},
		{"a club's full name in any text; a league's code names its sport",
			"The Brisbane Heat and the South Sydney Rabbitohs sold shares, an NRL report said.",
			[]string{"ORG Brisbane Heat", "ORG South Sydney Rabbitohs", "ORG NRL -> National Rugby League"}},
		{"a city's name after a capitalised 'In' opening the sentence stays the city in a sports text",
			"In Cardiff, the fly-half kicked a penalty before half-time.",
			[]string{"GPE Cardiff"}},
		{"a score after a club's name is no aircraft model's variant; a model's is",
			"Real Madrid beat Fenerbahçe Beko 86-81 at half-time, and an ATR 72-600 landed.",
			[]string{"ORG Real Madrid", "ORG Fenerbahçe Beko", "PLATFORM ATR 72-600"}},
		{"a sport's heading in capitals and a score make a sports text; the heading is no entity",
			"RUGBY — Ireland beat Italy 3-1 and the Springboks lost. Formula One: Alpine took pole.",
			[]string{"GPE Ireland", "GPE Italy", "ORG Springboks", "ORG Alpine"}},
		{"a section heading of common words in capitals opens no name, a place's heading stays a dateline",
			"MOTOR RACING – The Kessel team signed a driver.\n\nMOTOR SPORT — Rain fell.\n\nLISBON — Rain fell.",
			[]string{"GPE LISBON -> Lisbon"}},
		{"a listed team's common word opening a sentence of a sports text; a score before at",
			"Arsenal came from behind to win after the striker was sent off. Getafe won 2-0 at Sevilla.",
			[]string{"ORG Arsenal", "ORG Getafe", "ORG Sevilla"}},
		{"a city's possessive before a team's word is its club in a sports text; a country's stays",
			"The bowler took four wickets and Durban's innings never recovered, but Durban's captain and India's coach praised the batting.",
			[]string{"ORG Durban", "ORG Durban", "GPE India"}},
		{"a common word opening a listed team's name joins it",
			"The scrum collapsed at half-time and the All Blacks won.",
			[]string{"ORG All Blacks"}},
		{"a listed team's plural possessive before one of its people",
			"Mercedes' George Russell was third after the last lap, and Kessel took pole.",
			[]string{"ORG Mercedes", "PERSON George Russell", "PERSON Kessel"}},
		{"a racing car's designation in a sports text",
			"McLaren took pole with the MCL41 and Ferrari's SF-27 was second on every lap.",
			[]string{"ORG McLaren", "PLATFORM MCL41", "ORG Ferrari", "PLATFORM SF-27"}},
	})
	// the same names in a text of no sport are no clubs
	for _, text := range []string{
		"Residents of Chelsea and Fulham met the council in Brighton.",
		"Liverpool and Newcastle will get new rail links, and Valencia will host the fair.",
		"Wolves were seen in the park. Arsenal of democracy, he said.",
		"The bank is based in Frankfurt.",
		"Tourists flocked to Mallorca and Girona.",
	} {
		for _, e := range a.Annotate(text, time.Time{}) {
			if e.Label == "ORG" {
				t.Errorf("Annotate(%q): ORG %q, want no club outside sport", text, e.Text)
			}
		}
	}
}
