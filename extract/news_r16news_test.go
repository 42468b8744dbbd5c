package extract

import "testing"

func TestAnnotator_R16AmbiguousStateAfterTown(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"state ends the sentence", "Tarvo spoke at an event in Brindlemoor, Ill.",
			[]string{"PERSON Tarvo", "GPE Brindlemoor", "GPE Ill. -> Illinois"}},
		{"state then a comma", "The plant in Kesselby, Pa., employs 400 people.",
			[]string{"GPE Kesselby", "GPE Pa. -> Pennsylvania"}},
		{"no town before it", "Ill. health forced the mayor to quit.", nil},
		{"a word after the stop", "Workers in Kesselby, Pa. said no.",
			[]string{"GPE Kesselby"}},
	})
}

func TestAnnotator_R16ColonDateline(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"unknown town in capitals", "KESSELTON: The council met on Monday.",
			[]string{"GPE KESSELTON"}},
		{"a heading word", "UPDATE: The council met on Monday.", nil},
		{"not the text's opening", "The council met.\n\nORVANEBURG: Tarvo scored twice.",
			[]string{"PERSON Tarvo"}},
	})
}

func TestAnnotator_R16PlaceNamedAsBody(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"council's town in a list", "Kessel Council met. Shops in Lyon and Kessel closed.",
			[]string{"ORG Kessel Council", "GPE Lyon", "GPE Kessel"}},
		{"club's town in a list", "Buyers in Antwerp and Mumbai were cautious.",
			[]string{"GPE Antwerp", "GPE Mumbai"}},
		{"mayor of", "Dana Tarvo, a former mayor of Antwerp, said no.",
			[]string{"PERSON Dana Tarvo", "GPE Antwerp"}},
		{"a clause after a place's comma", "Kessel Systems grew. In Paris, Kessel gained 2 per cent.",
			[]string{"ORG Kessel Systems", "GPE Paris", "ORG Kessel -> Kessel Systems"}},
		{"an apposition after the comma", "Kessel Council met. Shares in Kessel, Japan's largest carmaker, rose.",
			[]string{"ORG Kessel Council", "ORG Kessel -> Kessel Council", "GPE Japan"}},
		{"a club's possessive", "Fans from Lyon and Antwerp's ultras clashed.",
			[]string{"GPE Lyon", "ORG Antwerp -> Royal Antwerp FC"}},
	})
}

func TestAnnotator_R16CompoundPlaceNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"particle la", "An economist in Tarvo-la-Neuve said no.",
			[]string{"GPE Tarvo-la-Neuve"}},
		{"article before it", "A watchmaker in La Orvane-de-Fonds agreed.",
			[]string{"GPE La Orvane-de-Fonds"}},
		{"English particle", "The plant in Kessel-upon-Tarvo will close.",
			[]string{"GPE Kessel-upon-Tarvo"}},
		{"a person's hyphened given name", "Jean-de-Dieu Kessel said no.",
			[]string{"PERSON Jean-de-Dieu Kessel"}},
		{"'in' joins no town's name", "Shoppers at Kessel liked the Made-in-Tarvo range.",
			[]string{"GPE Kessel"}},
	})
}
