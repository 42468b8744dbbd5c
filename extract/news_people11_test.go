package extract

import "testing"

// TestAnnotator_NewsPeople11Rules: each rule of news_people11.go on
// sentences written for the test, with the cases it must leave alone.
func TestAnnotator_NewsPeople11Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"scorers in brackets after a score, with minutes, a penalty's mark and added time",
			"Tarvel 2 (Orvasz 14', Kemmler pen 41') Brannock 1 (Duvall 90+3').",
			[]string{"ORG Tarvel", "PERSON Orvasz", "PERSON Kemmler", "ORG Brannock", "PERSON Duvall"}},
		{"minutes without a mark, two-word scorers, a results line in a list",
			"- Kessfield 1 (Ivo Marnak 33) Orvane 1 (Tolleri 71)",
			[]string{"ORG Kessfield", "PERSON Ivo Marnak", "ORG Orvane", "PERSON Tolleri"}},
		{"a penalty's mark in brackets after a name",
			"Goals came from Varnowski (pen) and Tolleri (og).",
			[]string{"PERSON Varnowski", "PERSON Tolleri"}},
		{"a country beside a score keeps its label",
			"Brazil 2 (Orvasz 12', Tolleri 50') Chile 0",
			[]string{"GPE Brazil", "PERSON Orvasz", "PERSON Tolleri", "GPE Chile"}},
		{"groups counted in brackets after a number are no scorers",
			"The bill passed 52 (Senators 40, Delegates 12) on Monday.",
			nil},
		{"a number in brackets after a name with no score before it is no scorer",
			"The index (Orvane 30, Tarvelo 12) rose.",
			nil},
		{"a surname's particles with a role, a given name or a club's possessive as evidence",
			"Midfielder Tavino de Orrasquel crossed, Federico van den Brask headed in, and Tarvel FC's Orvado da Kessima scored.",
			[]string{"PERSON Tavino de Orrasquel", "PERSON Federico van den Brask", "ORG Tarvel FC", "PERSON Orvado da Kessima"}},
		{"a place's opening word, a square's head, a ship's noun keep the name no person's",
			"Crowds filled Plaza de Orvasco, and the carrier Charles de Kessel sailed from San Tomás de Orvaz.",
			[]string{"LOC Plaza de Orvasco", "PLATFORM Charles de Kessel", "GPE San Tomás de Orvaz"}},
		{"a role opening the sentence before one name",
			"Goalkeeper Orvandão saved twice. Striker Kesselinho scored.",
			[]string{"PERSON Orvandão", "PERSON Kesselinho"}},
		{"a Romance compass word or a stand's head makes a site",
			"Traffic on the Transandina Sur stopped, and fans in the Curva B and the Tribuna Orvasca sang; Zona Norte was dark.",
			[]string{"LOC Transandina Sur", "LOC Curva B", "LOC Tribuna Orvasca", "LOC Zona Norte"}},
		{"a given name before a compass word stays a person",
			"Carlos Este said he would resign.",
			[]string{"PERSON Carlos Este"}},
		{"a ruler's title that is a given name before a family's Al",
			"Astronaut Sultan Al Tarvani returned, and Amir Al Orvasi met Sultan Kessim bin Tarvo.",
			[]string{"PERSON Sultan Al Tarvani", "PERSON Amir Al Orvasi", "PERSON Kessim bin Tarvo"}},
	})
}
