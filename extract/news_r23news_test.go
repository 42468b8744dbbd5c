package extract

import "testing"

func TestAnnotator_R23AirportShortName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a city and its airport's name", "The airline's first flight landed at Leeds Orvik on Monday.",
			[]string{"LOC Leeds Orvik"}},
		{"an airport after and", "The jets will fly between Paris and Leeds Tarvel from May.",
			[]string{"GPE Paris", "LOC Leeds Tarvel"}},
		{"a side in the plural", "Flights were full as fans went to Leeds Orviks games.",
			[]string{"ORG Leeds Orviks"}},
		{"a county", "Flights to the airport in Leeds County rose.",
			[]string{"GPE Leeds County"}},
		{"no flights in the text", "The council met at Leeds Orvik on Monday.",
			[]string{"GPE Leeds"}},
	})
}

func TestAnnotator_R23VenueShortForm(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a ground by its first word", "The home side won 24-10 at Kesselvard Versfeld on Saturday. \"That is a Kesselvard win,\" the coach said.",
			[]string{"LOC Kesselvard Versfeld", "LOC Kesselvard"}},
		{"a stadium by the word after its opener", "Fans filled the Estadio Tarvomir Brandt. \"In the Tarvomir the fans sing,\" he said.",
			[]string{"LOC Estadio Tarvomir Brandt", "LOC Tarvomir"}},
		{"a valley keeps the town's name", "Farmers in the Orvelund Valley met. Orvelund has one school.",
			[]string{"LOC Orvelund Valley"}},
		{"a town's preposition", "Fans filled Kesselvard Oval, east of Kesselvard. Kesselvard has 900 homes.",
			[]string{"LOC Kesselvard Oval", "GPE Kesselvard"}},
		{"a person holds the word", "Crowds came to Brandtholm Park. Maria Brandtholm said Brandtholm was full.",
			[]string{"LOC Brandtholm Park", "PERSON Maria Brandtholm", "PERSON Brandtholm -> Maria Brandtholm"}},
	})
}
