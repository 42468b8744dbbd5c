package extract

import (
	"strings"
	"testing"
	"time"
)

// TestNewsEncy2_Rules: each rule of news_ency2.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsEncy2_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an ensemble's, an imprint's or a regiment's head word ends an organisation, a given name or surname in it or not",
			"Grace Lindqvist joined the Halvey Piano Trio, wrote for Brannock Books and served in the Royal Tessford Hussars.",
			[]string{"PERSON Grace Lindqvist", "ORG Halvey Piano Trio", "ORG Brannock Books", "ORG Royal Tessford Hussars"}},
		{"a company's legal form of another country ends its name, in one token or several",
			"Tessmoor Industri AB, Quorlane Shipping A/S and Velmark S.p.A. bought Brisvane Oyj.",
			[]string{"ORG Tessmoor Industri AB", "ORG Quorlane Shipping A/S", "ORG Velmark S.p.A.", "ORG Brisvane Oyj"}},
		{"a school's or an institute's first word in another language opens its name, connectors and all",
			"He studied at the Université de Tessmoor, the Lycée Henri-IV and the Instituto Tecnologico de Quorlane.",
			[]string{"ORG Université de Tessmoor", "ORG Lycée Henri-IV", "ORG Instituto Tecnologico de Quorlane"}},
		{"a religious order by its head word",
			"The Marist Brothers ran the school.",
			[]string{"ORG Marist Brothers"}},
		{"a start before of opens an organisation's name, a place in it or not",
			"The Archdiocese of Quenby and the Confederation of Harlow Employers met in Tarvel.",
			[]string{"ORG Archdiocese of Quenby", "ORG Confederation of Harlow Employers", "GPE Tarvel"}},
		{"Order of a saint is a religious order; Order of an honour is not read by this rule",
			"Friars of the Order of Saint Velan built it.",
			[]string{"ORG Order of Saint Velan"}},
		{"a broadcaster's opener before a name",
			"The interview ran on Radio Brannock.",
			[]string{"ORG Radio Brannock"}},
		{"a name, its possessive and an organisation's head word are one organisation",
			"He studied at St Velan's College and voted for the Workers' Party and the Farmer's Union.",
			[]string{"ORG St Velan's College", "ORG Workers' Party", "ORG Farmer's Union"}},
		{"a known place or a person before a possessive owns what follows",
			"Germany's Green Party and Ann Brandt's Party split.",
			[]string{"GPE Germany", "ORG Green Party", "PERSON Ann Brandt"}},
		{"The in mid-sentence opens a band's or a paper's name ending in a plural or a head word",
			"She sang with The Paper Lanterns and wrote for The Harlow Herald.",
			[]string{"ORG The Paper Lanterns", "ORG The Harlow Herald"}},
		{"after a work's noun, or with no plural and no head word, The opens no organisation",
			"They watched the film The Silent Lanterns and read The Quiet Year.",
			nil},
		{"a label one records for, a firm one leaves to found, one joins in a year or as staff",
			"The quartet recorded for Velloran, and Ann Brandt left Tessco to found Brandt Harlow.",
			[]string{"ORG Velloran", "PERSON Ann Brandt", "ORG Brandt Harlow"}},
		{"joining a name in a year or as staff makes it an organisation; joining a person is not read",
			"Orla Fenn joined Quorvane in 2011 and joined Brisco as an analyst, then joined Ann Brandt on stage.",
			[]string{"PERSON Orla Fenn", "ORG Quorvane", "ORG Brisco", "PERSON Ann Brandt"}},
		{"an acronym no list knows that acts at a sentence's start, follows by or an organisation and and",
			"QELRA listed the site after a report by TRAVIC, and the Harlow Institute and VOLSA agreed.",
			[]string{"ORG QELRA", "ORG TRAVIC", "ORG Harlow Institute", "ORG VOLSA"}},
		{"a common abbreviation that acts is no organisation",
			"ICU said it had no beds, and by DIY standards the job was small.",
			nil},
		{"a name of two words or more, and, and an acronym are two names",
			"The Halden Institute for Physics and QORVA confirmed the result.",
			[]string{"ORG Halden Institute for Physics", "ORG QORVA"}},
		{"a school one graduated from, studied a subject at, or holds a degree from",
			"Orla Fenn graduated from Velloran, studied law at Tessmoor and holds a doctorate from Quenbridge.",
			[]string{"PERSON Orla Fenn", "ORG Velloran", "ORG Tessmoor", "ORG Quenbridge"}},
		{"a place one trained at, or a base, is no school",
			"Troops trained at Fort Halvey, and she graduated from Fort Tessmoor.",
			[]string{"LOC Fort Halvey", "LOC Fort Tessmoor"}},
		{"a body one is a member of; a name before a lower-case noun is its modifier",
			"She was a member of Velloran in 1990 and a member of the Tessmoor family.",
			[]string{"ORG Velloran"}},
		{"a band signed to a label, an album released by one, firms that merge and what they form",
			"The band signed to Brisvane, the album was released by Quorlane, and Pexomo merged with Tarvex to form Velmark.",
			[]string{"ORG Brisvane", "ORG Quorlane", "ORG Pexomo", "ORG Tarvex", "ORG Velmark"}},
		{"an apposition naming a kind of organisation, with up to two modifiers",
			"Velmark, a record label based in Tarvel, signed Quorvane, an experimental folk group.",
			[]string{"ORG Velmark", "GPE Tarvel", "ORG Quorvane"}},
		{"a name ending in an ensemble's or a trade's head, and, and another organisation are two; two trades of one name are one",
			"Kessel Music and Tarvel Music Group objected, and the Marlow Opera and Ballet Company toured.",
			[]string{"ORG Kessel Music", "ORG Tarvel Music Group", "ORG Marlow Opera and Ballet Company"}},
		{"a start, of and its object, and, and a name with a head word are two organisations",
			"The Tessmoor Institute of Technology and Quorlane State College merged, as did the Ministry of Science and Technology.",
			[]string{"ORG Tessmoor Institute of Technology", "ORG Quorlane State College", "ORG Ministry of Science and Technology"}},
		{"an organisation named with its town after a comma is no place",
			"He was a fellow of Halvey College, Cambridge, and of the Muslim Brotherhood.",
			[]string{"ORG Halvey College", "GPE Cambridge", "ORG Muslim Brotherhood"}},
		{"a subject that is or was a kind of organisation is one; a band's plural name keeps its article",
			"The Harrow Lanterns were a British folk group. Tessco is an engineering firm based in Tarvel. Brisco is a subsidiary of Velmark.",
			[]string{"ORG The Harrow Lanterns", "ORG Tessco", "GPE Tarvel", "ORG Brisco", "ORG Velmark"}},
		{"a kind that modifies a noun, or a party to something, makes no organisation",
			"Velloran is a band leader. Orvania is a party to the treaty.",
			[]string{"PERSON Velloran"}},
		{"who goods are ordered or bought from is a maker, each of a list; a listed place or a person is not",
			"The railway ordered thirty trains from Velmark and Quorlane Works, bought oil from Norway and bought a house from Ann Brandt.",
			[]string{"ORG Velmark", "ORG Quorlane Works", "GPE Norway", "PERSON Ann Brandt"}},
		{"a former country is a place, though its name ends in an organisation's head (countries_former.yaml)",
			"She left the Soviet Union for Czechoslovakia and the USSR's football federation.",
			[]string{"GPE Soviet Union", "GPE Czechoslovakia", "GPE USSR -> Soviet Union"}},
		{"a plural name after its article that tours or records is a band's, its capital article kept at a sentence's start",
			"The Harrow Lanterns toured Japan. Later the Velkins recorded the song.",
			[]string{"ORG The Harrow Lanterns", "GPE Japan", "ORG Velkins"}},
		{"a family's plural name or a count recorded is no band's",
			"The Brandts toured Tarvel. Later the Quarmals recorded 40 cases.",
			nil},
		{"where one spent years or a stint is a place of work; years in a town are not",
			"After five years at Quorlane and a stint at Velmark, she spent two years in Tessford.",
			[]string{"ORG Quorlane", "ORG Velmark", "GPE Tessford"}},
		{"a party's head, of and a country make one name, with the country's article too",
			"The Liberal Party of Tessmoor and the Communist Party of the Soviet Union met.",
			[]string{"ORG Liberal Party of Tessmoor", "ORG Communist Party of the Soviet Union"}},
		{"a post's head, of and a country are no party's name",
			"The Prime Minister of Japan spoke.",
			[]string{"GPE Japan"}},
		{"what stands either side of and after between are two names; a place and for end the second",
			"Quorlane Rail runs trains between Paris and Berlin for the Department for Transport, and talks between the Institute for Peace and the Centre for Security Studies ended.",
			[]string{"ORG Quorlane Rail", "GPE Paris", "GPE Berlin", "ORG Department for Transport", "ORG Institute for Peace", "ORG Centre for Security Studies"}},
		{"a title's possessive before Office is the office's name",
			"Prosecutors from the Tessmoor District Attorney's Office charged him.",
			[]string{"ORG Tessmoor District Attorney's Office"}},
		{"a lessor of aircraft is a company",
			"Velmark Airways will lease ten jets from Quorlane.",
			[]string{"ORG Velmark Airways", "ORG Quorlane"}},
		{"a team a player is traded to or drafted by, a plural name after its article",
			"He was drafted by the Quorlane Titans and traded to the Tessmoor Miners.",
			[]string{"ORG Quorlane Titans", "ORG Tessmoor Miners"}},
		{"who works at a name names an employer; a branch heads a body's name",
			"Pilots at Quorlane walked out, workers at Velmark joined them, and the Tessmoor Accident Investigation Branch was told.",
			[]string{"ORG Quorlane", "ORG Velmark", "ORG Tessmoor Accident Investigation Branch"}},
		{"the bodies of the UN system are organisations by their names and acronyms (un_system.yaml), a programme's head or not",
			"The World Food Programme, UNICEF and the ILO met in Tarvel.",
			[]string{"ORG World Food Programme", "ORG UNICEF -> United Nations Children's Fund", "ORG ILO -> International Labour Organization", "GPE Tarvel"}},
		{"a post of a company with its legal suffix is no part of its name",
			"She is Senior Vice President of Orland Textiles, Inc. and chief executive of Tessco, LLC.",
			[]string{"ORG Orland Textiles, Inc.", "ORG Tessco, LLC"}},
		{"a lone name that acquires a named one is a company, as is what it buys",
			"Vantrel acquired Pexomo in 2018.",
			[]string{"ORG Vantrel", "ORG Pexomo"}},
	})
}

// TestNewsEncy2_NoOrg: what the rules must not read as an organisation,
// whatever other rules make of the other words: a title word before a head
// word of ency2Heads ("the Executive Order" is a decree), a kind followed
// by "of" in an apposition ("a group of islands"), a kind after a
// preposition and an article ("a unit of the group"), a people's
// adjective before a legal form ("British SE units").
func TestNewsEncy2_NoOrg(t *testing.T) {
	a := newTestAnnotator(t)
	for _, c := range []struct{ text, not string }{
		{"The Executive Order was signed on Monday.", "Executive Order"},
		{"Velmark, a group of islands, lies to the north.", "Velmark"},
		{"Tessmoor, a unit of the group, makes batteries.", "Tessmoor"},
		{"British SE units moved.", "British SE"},
	} {
		for _, e := range a.Annotate(c.text, time.Time{}) {
			if e.Label == "ORG" && strings.Contains(e.Text, c.not) {
				t.Errorf("%q: got ORG %q", c.text, e.Text)
			}
		}
	}
}
