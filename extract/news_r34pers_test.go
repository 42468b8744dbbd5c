package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// newR34persAnnotator is the shipped gazetteer with two invented towns, so
// that a town's word meets a person's name, and an invented given name
// ("Tarvel") that a town bears too.
func newR34persAnnotator(t *testing.T) *Annotator {
	return annotatorWith(t, map[string][]string{"given_names": {"Tarvel"}},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Lisca", File: "place_towns.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Varnholt", File: "place_towns.yaml"},
	)
}

func TestAnnotator_R34persHomeTowns(t *testing.T) {
	a := newR34persAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a given name alone after a person's name and of is the town",
			"A bill from state Rep. Anna Brandt of Tarvel would stop the spending.",
			[]string{"PERSON Anna Brandt", "GPE Tarvel"}},
		{"a given name after a comma and from",
			"Senator Tomas Orvik, from Tarvel, said the north would gain.",
			[]string{"PERSON Tomas Orvik", "GPE Tarvel"}},
		{"no person's name before of: the given name stays a person",
			"The wife of Tarvel said nothing.",
			[]string{"PERSON Tarvel"}},
		{"a lone name after a person's name and of is the town",
			"A bill from state Rep. Anna Brandt of Dorvan would stop the spending.",
			[]string{"PERSON Anna Brandt", "GPE Dorvan"}},
		{"the apposition after the town is the person's",
			"Its sponsor, state Sen. Tomas Kessel of Brennick, said the study settles it.",
			[]string{"PERSON Tomas Kessel", "GPE Brennick"}},
		{"a comma and from after the name",
			"Senator Tomas Orvik, from Halvard, said the north would gain.",
			[]string{"PERSON Tomas Orvik", "GPE Halvard"}},
		{"no person's name before of: the person stays",
			"The wife of Halvard said nothing.",
			[]string{"PERSON Halvard"}},
		{"a longer name ending in the word keeps the person",
			"Tomas Halvard spoke first. Later Anna Brandt of Halvard said the plant would open.",
			[]string{"PERSON Tomas Halvard", "PERSON Anna Brandt", "PERSON Halvard -> Tomas Halvard"}},
		{"from without a comma is left",
			"Anna Brandt from Halvard said the plant would open.",
			[]string{"PERSON Anna Brandt", "PERSON Halvard"}},
	})
}

func TestAnnotator_R34persPlaceWordNames(t *testing.T) {
	a := newR34persAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town's word after a person's name ends it",
			"\"The dish fell,\" said Anna Orvik Lisca, the professor who leads it.",
			[]string{"PERSON Anna Orvik Lisca"}},
		{"a town's word between a title and a name word opens the name",
			"The boats went to President Lisca Orvik and the ambassador.",
			[]string{"PERSON Lisca Orvik"}},
		{"a name word before the town's word, a reporting verb after",
			"Its local coordinator, Aurelo Lisca, said yields had risen.",
			[]string{"PERSON Aurelo Lisca"}},
		{"the town's word after a comma before a person's name opens it",
			"His co-founder, Lisca Anna Brandt, said the company would fly again.",
			[]string{"PERSON Lisca Anna Brandt"}},
		{"the town after a preposition stays a town",
			"Anna Brandt met officials in Lisca on Tuesday.",
			[]string{"PERSON Anna Brandt", "GPE Lisca"}},
		{"a comma between the name and the town keeps both",
			"Anna Brandt, Lisca, and Varnholt signed the deal.",
			[]string{"PERSON Anna Brandt", "GPE Lisca", "GPE Varnholt"}},
		{"a name word with no person's evidence stays apart",
			"Trucks left Aurelo Lisca for Varnholt on Monday.",
			[]string{"GPE Lisca", "GPE Varnholt"}},
	})
}

func TestAnnotator_R34persCapitalsHeaders(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a header of common words after a comma is no town",
			"The fund grew.\n\nKEY POINTS, SECOND HALF\n\nSales rose.",
			nil},
		{"a header of common words is no person",
			"The bill passed.\n\nWHAT THE BILL FUNDS\n\nWells and pumps.",
			nil},
		{"a listed country in capitals stays, as does a name no common word",
			"The talks ended.\n\nUNITED STATES AND KESSEL\n\nBoth sides spoke.",
			[]string{"GPE UNITED STATES -> United States", "PERSON KESSEL -> Kessel"}},
		{"a headline with a name word keeps its names",
			"KESSEL WINS THE FINAL\n\nThe club won.",
			[]string{"PERSON KESSEL -> Kessel"}},
		{"a name in a sentence in capitals is left",
			"KESSEL — Anna Brandt said the plant would open.",
			[]string{"GPE KESSEL -> Kessel", "PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R34persNameWordsBefore(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"name words after a dateline's dash open the name",
			"KESSEL — Tarvek Halvorsk Orvik scored twice on Sunday.",
			[]string{"GPE KESSEL -> Kessel", "PERSON Tarvek Halvorsk Orvik"}},
		{"name words after a comma in a list",
			"Goals came from Anna Orvik, Tarvek Li Maria Brandt and Sven Holm.",
			[]string{"PERSON Anna Orvik", "PERSON Tarvek Li Maria Brandt", "PERSON Sven Holm"}},
		{"a name word after an item's number",
			"Results:\n\n3. Tarvek Orvik (Kessel) +4",
			[]string{"PERSON Tarvek Orvik"}},
		{"a nationality stays outside",
			"The Lithuanian Anna Brandt scored.",
			[]string{"PERSON Anna Brandt"}},
		{"an abbreviation with no vowel stays outside",
			"Cllr Anna Brandt said the plan would pass.",
			[]string{"PERSON Anna Brandt"}},
		{"a word inside a sentence's run stays outside",
			"Minister for Acquisition and Sustainment Anna Brandt said it.",
			[]string{"PERSON Anna Brandt"}},
	})
}
