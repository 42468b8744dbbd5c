package extract

import "testing"

func TestAnnotator_R22FirmOneSense(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a firm's revenue", "The craft sent signals within hours, Korvane said. Analysts expect Korvane's revenue to double.",
			[]string{"ORG Korvane", "ORG Korvane"}},
		{"a firm's plant", "The craft sent signals within hours, Korvane said. Analysts said Korvane's plant in Tarvik was full.",
			[]string{"ORG Korvane", "ORG Korvane", "GPE Tarvik"}},
		{"shares of a firm", "The craft sent signals within hours, Korvane said. Most traders own shares of Korvane now.",
			[]string{"ORG Korvane", "ORG Korvane"}},
		{"a person's wife", "The craft sent signals within hours, Korvane said. Analysts expect Korvane's wife to run.",
			[]string{"PERSON Korvane", "PERSON Korvane"}},
		{"a title before", "Minister Korvane said the team would hire. Korvane's chief executive quit.",
			[]string{"PERSON Korvane", "ORG Korvane"}},
		{"a given name before", "The craft sent signals within hours, Dana Korvane said. Analysts expect Korvane's revenue to double.",
			[]string{"PERSON Dana Korvane", "ORG Korvane"}},
	})
}

func TestAnnotator_R22PlaceListPersons(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"towns between", "Buses run between Oslo, Kessel Vang and Tarvo Lund every day.",
			[]string{"GPE Oslo", "GPE Kessel Vang", "GPE Tarvo Lund"}},
		{"towns from, a verb after", "Fans came from Oslo, Kessel Vang and Tarvo Lund to watch.",
			[]string{"GPE Oslo", "GPE Kessel Vang", "GPE Tarvo Lund"}},
		{"a verb of the subject after", "Trains between Oslo, Kessel Vang and Tarvo Lund carried more people.",
			[]string{"GPE Oslo", "GPE Kessel Vang", "GPE Tarvo Lund"}},
		{"one named elsewhere as a person", "Buses run between Oslo, Kessel Vang and Tarvo Lund every day. Lund said more would come.",
			[]string{"GPE Oslo", "GPE Kessel Vang", "PERSON Tarvo Lund", "PERSON Lund -> Tarvo Lund"}},
		{"an apposition with commas", "A lawmaker from Tarvik, Orvo Lund, asked why.",
			[]string{"GPE Tarvik", "PERSON Orvo Lund"}},
		{"a given name", "Buses run between Oslo, Kessel Vang and Marta Lund every day.",
			[]string{"GPE Oslo", "GPE Kessel Vang", "PERSON Marta Lund"}},
		{"a new clause", "The talks were held in Leeds and Brandt said no.",
			[]string{"GPE Leeds", "PERSON Brandt"}},
		{"no list", "She has worked in Oslo and with Tarvo Lund since 2019.",
			[]string{"GPE Oslo", "PERSON Tarvo Lund"}},
	})
}

func TestAnnotator_R22FirmTailPersons(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a trade's word", "The ship follows a design by Kessel Marine of Canada.",
			[]string{"ORG Kessel Marine", "GPE Canada"}},
		{"a listed firm", "Five companies, among them Tarvo Space, had applied.",
			[]string{"ORG Tarvo Space"}},
		{"a plural trade", "Output rose after the restart of Orvane Copper Mines under its new owner.",
			[]string{"ORG Orvane Copper Mines"}},
		{"a legal form", "Rival Orvane Tarvel and Kessel Brandt SA have made similar cuts.",
			[]string{"PERSON Orvane Tarvel", "ORG Kessel Brandt SA"}},
		{"a family name that is a trade's word", "Ambassador Marta Power said the talks would go on.",
			[]string{"PERSON Marta Power"}},
	})
}

func TestAnnotator_R22WordGivenNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a modal's word", "Brandt went to a short ball from Will O'Varne and the tail lasted an hour.",
			[]string{"PERSON Brandt", "PERSON Will O'Varne"}},
		{"a noun's word", "The side won after Blessing Tarvoni and Richard Kessel bowled them out.",
			[]string{"PERSON Blessing Tarvoni", "PERSON Richard Kessel"}},
		{"a title", "He met Minister Tarvoni in May.",
			[]string{"PERSON Tarvoni"}},
		{"kin", "I miss Aunt Toni and Uncle Bob.",
			[]string{"PERSON Toni", "PERSON Bob"}},
	})
}
