package extract

import "testing"

// TestAnnotator_NewsPeople8Rules: each rule of news_people8.go on
// sentences written for the test, with the cases it must leave alone.
func TestAnnotator_NewsPeople8Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an unknown given name and a town's name that acts or has a role",
			"Tavuzo Lagos scored twice. Lagos said the team had earned it. Kelebogile Pretoria, a nurse, agreed.",
			[]string{"PERSON Tavuzo Lagos", "PERSON Lagos -> Tavuzo Lagos", "PERSON Kelebogile Pretoria"}},
		{"the same after a place preposition or with no context stays a place",
			"Prices in Orvaszt Lagos rose as Orvaszt Pretoria grew.",
			[]string{"GPE Orvaszt", "GPE Lagos", "GPE Pretoria"}},
		{"a byline, a scorecard and a list of people give the evidence too",
			"Lions 280 (Tavuzo Lagos 54, Ivo Marn 12).\nGoals by Ana Ruiz and Kelebogile Pretoria, and by Juan Cruz Mallo and Santiago Orlevic.\n\nBy Nour Lagos\n\nThe match was close.",
			[]string{"PERSON Tavuzo Lagos", "PERSON Ivo Marn", "PERSON Ana Ruiz", "PERSON Kelebogile Pretoria", "PERSON Juan Cruz Mallo", "PERSON Santiago Orlevic", "PERSON Nour Lagos"}},
		{"a hyphenated given name and a surname, a town's too, or unknown with evidence",
			"Mr Jean-Baptiste Kinshasa spoke after the mayor, Pierre-Louis Jacmel, and Faustin-Archange Touvéra won.",
			[]string{"PERSON Jean-Baptiste Kinshasa", "PERSON Pierre-Louis Jacmel", "PERSON Faustin-Archange Touvéra"}},
		{"a firm's noun before a name, a town before the noun, and which with a company's verb",
			"The Leeds practice Corvel Voss drew the plans, the consultancy Tessaly Tolle advised, and the work went to Brannock Hale, which said it would hire 200 people.",
			[]string{"GPE Leeds", "ORG Corvel Voss", "ORG Tessaly Tolle", "ORG Brannock Hale"}},
		{"who names no company",
			"The work went to Brannock Hale, who said she was pleased.",
			[]string{"PERSON Brannock Hale"}},
		{"an office's title words after of, then a name no list holds",
			"The Minister of National Defence Wojsław Kessik-Orlan signed, and the Minister of External Affairs agreed.",
			[]string{"PERSON Wojsław Kessik-Orlan"}},
		{"a body's name in another language in brackets after it, not a person's",
			"The Armament Agency (Agencja Orvika) and Velto Corp (Tom Brandt) signed.",
			[]string{"ORG Armament Agency", "ORG Agencja Orvika", "ORG Velto Corp", "PERSON Tom Brandt"}},
		{"two unknown words after a preposition of going into or through",
			"Refugees crossed into Velo Tarvang and marched through Ostra Kemmel.",
			[]string{"GPE Velo Tarvang", "GPE Ostra Kemmel"}},
		{"between from and to, after a journey's verb and to, and listed after a place",
			"Troops moved from Velo Kelbro to Ulma Tessik, and crews fled to Huong Tarvel and Phong Orlik.",
			[]string{"GPE Velo Kelbro", "GPE Ulma Tessik", "GPE Huong Tarvel", "GPE Phong Orlik"}},
		{"after in or near with a word-like given name, or before the sayers' verb",
			"Villages near Tan Orvik flooded, and officials in Ta Kemmel said roads were shut.",
			[]string{"GPE Tan Orvik", "GPE Ta Kemmel"}},
		{"a listed given name, a letter to a person or a possessive keep the person",
			"She wrote to Velo Tarvang, spoke in Anna Kemmel's place and met officials near Ostra Kemmel's home.",
			[]string{"PERSON Velo Tarvang", "PERSON Anna Kemmel", "PERSON Ostra Kemmel"}},
		{"unknown words after a known place and and, or after a list opened by in",
			"Units are based in Warsaw and Oddar Kemmel, and patrols leave from bases in Tessvo and Nowa Orlik.",
			[]string{"GPE Warsaw", "GPE Oddar Kemmel", "GPE Tessvo", "GPE Nowa Orlik"}},
		{"a comma after an opening phrase lists no place, nor does a given name",
			"In Riyadh, Aryn Kessel won. Crowds in Warsaw and Anna Kemmel cheered.",
			[]string{"GPE Riyadh", "PERSON Aryn Kessel", "GPE Warsaw", "PERSON Anna Kemmel"}},
		{"the and unknown words: a body, before a group's noun too, or a site before a site's noun",
			"The bill passed the Orvik Tessa on Friday, gangs of the Kessel Varno coalition fled, and fighting broke out near the Ta Ulvek temple.",
			[]string{"ORG Orvik Tessa", "ORG Kessel Varno", "LOC Ta Ulvek"}},
		{"the and common words or a given name are left to other rules",
			"The Opera House and the Anna Kessel Foundation opened.",
			[]string{"ORG Anna Kessel Foundation"}},
	})
}
