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

func TestAnnotator_R23PartLabel(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a compass part of a state", "Farmers in North Karnataka want more water.",
			[]string{"LOC North Karnataka"}},
		{"a compass part of a nation that is a state of the lists", "He toured South Wales last month.",
			[]string{"LOC South Wales"}},
		{"a country keeps its label", "He was born in West Orvania, as Northern Fiji voted.",
			[]string{"GPE West Orvania", "GPE Northern Fiji"}},
		{"a listed state keeps its label", "He toured South Australia last month.",
			[]string{"GPE South Australia"}},
		{"a city's part keeps the city's label", "The mayor toured West Leeds last month.",
			[]string{"GPE West Leeds"}},
	})
}

func TestAnnotator_R23InterstateRoad(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two interstates in a text of roads", "Heavy traffic on I-75 slowed, and the I-696 work starts in April.",
			[]string{"LOC I-75", "LOC I-696"}},
		{"no road in the text", "The I-16 fighter first flew in 1933.",
			[]string{"PLATFORM I-16"}},
		{"a leading zero is no highway", "The lanes of the I-05 were shut.",
			nil},
	})
}

func TestAnnotator_R23PlatformFamily(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a mark of the name before a family's noun", "Tarvel Air took its first Boeing 737 MAX 10 after regulators cleared the largest model of the MAX family.",
			[]string{"ORG Tarvel Air", "PLATFORM Boeing 737 MAX 10", "PLATFORM MAX"}},
		{"no platform named before", "The MAX family is new, and Tarvel Air flies the 737 MAX 8.",
			[]string{"ORG Tarvel Air", "PLATFORM 737 MAX 8"}},
		{"the maker's word is no family", "Tarvel Air took a Boeing 737 MAX 10, the largest of the Boeing family.",
			[]string{"ORG Tarvel Air", "PLATFORM Boeing 737 MAX 10", "ORG Boeing"}},
	})
}

func TestAnnotator_R23NumberedCityPart(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a city's numbered zone", "A crowd of 24,600 watched in Zona 5, and flats in Sector 62 were sold.",
			[]string{"LOC Zona 5", "LOC Sector 62"}},
		{"the head alone later is no short form", "Flats in Sector 62 were sold. The Sector was quiet.",
			[]string{"LOC Sector 62"}},
	})
}
