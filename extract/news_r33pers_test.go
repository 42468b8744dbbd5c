package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// newR33persAnnotator is the shipped gazetteer with two invented countries
// whose names hold "and", listed in one spelling as countries.yaml lists
// them, so that andCountries meets the other spellings.
func newR33persAnnotator(t *testing.T) *Annotator {
	return annotatorWith(t, nil,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Saint Varnel and Oskby", File: "countries.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Sao Tervel and Lisca", File: "countries.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Saint Varnel", File: "place_towns.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Oskby", File: "place_towns.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "São Tervel", File: "place_towns.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Lisca", File: "place_towns.yaml"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Brennmark", File: "place_towns.yaml"},
	)
}

func TestAnnotator_R33persFatherHonorificNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the father's honorific after bin is inside one name, the opening one outside",
			"The award went to Haji Ramlan bin Haji Kessel Orvik on Monday.",
			[]string{"PERSON Ramlan bin Haji Kessel Orvik"}},
		{"Shaikh is a title as Sheikh is",
			"Shaikh Ramlan bin Kessel Al Orvik opened the base.",
			[]string{"PERSON Ramlan bin Kessel Al Orvik"}},
		{"a name with bin and no honorific after it stays as it was",
			"Haji Ramlan bin Kessel said the plant would open.",
			[]string{"PERSON Ramlan bin Kessel"}},
		{"two people with and between stay two",
			"Anna Brandt and Maria Kessel spoke on Monday.",
			[]string{"PERSON Anna Brandt", "PERSON Maria Kessel"}},
	})
}

func TestAnnotator_R33persModelNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a maker's name before a model's code is no person's",
			"It flies the Kessel Orvane S-100 drone from its decks.",
			[]string{"PLATFORM Kessel Orvane S-100"}},
		{"a word and one capital letter are a model's, no person's",
			"What changes:\nVarnek Tarsell S gets a larger tank this year.",
			nil},
		{"a title before the name keeps the person",
			"Minister Tarvel Orsk T, the new envoy, arrived.",
			[]string{"PERSON Tarvel Orsk T"}},
		{"a regnal numeral ends a person's name",
			"Portraits of Henry V hang in the hall.",
			[]string{"PERSON Henry V"}},
		{"a person's evidence keeps the name",
			"Anna Brandt said the plant would open.",
			[]string{"PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R33persMonthDays(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a month's short form before a day after a dateline",
			"KESSELBY, Nov 12 (Orvane Desk) – The navy received its first two ships on Thursday.",
			[]string{"GPE KESSELBY", "ORG Orvane Desk"}},
		{"a person's name May stays",
			"Theresa May said on Monday that the talks would go on.",
			[]string{"PERSON Theresa May"}},
	})
}

func TestAnnotator_R33persSaintDateline(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a saint's town in a capitals dateline is one place",
			"ST. KESSEL’S — Champion Anna Brandt threw 89.40 metres on Saturday night.",
			[]string{"GPE ST. KESSEL’S -> St. Kessel’s", "PERSON Anna Brandt"}},
		{"with a comma after the name",
			"SAINT TARVO, Orvania – Champion Anna Brandt won on Saturday night.",
			[]string{"GPE SAINT TARVO -> Saint Tarvo", "GPE Orvania", "PERSON Anna Brandt"}},
		{"a dateline in title case is left to the other rules",
			"St. Kessel’s — Anna Brandt won.",
			[]string{"GPE St. Kessel’s", "PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R33persHeaderWords(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a common word in capitals alone on its line is a header",
			"Anna Brandt won the final.\n\nRESULTS (selected finals)\nMaria Kessel was second.",
			[]string{"PERSON Anna Brandt", "PERSON Maria Kessel"}},
		{"a listed town alone on a line in capitals stays",
			"PARIS\nAnna Brandt won the final.",
			[]string{"GPE PARIS -> Paris", "PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R33persAndCountries(t *testing.T) {
	a := newR33persAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"St written short before a country's name that holds and",
			"Ministers from St Varnel and Oskby met on Monday.",
			[]string{"GPE St Varnel and Oskby -> Saint Varnel and Oskby"}},
		{"marks on the letters the list leaves off",
			"Ministers from São Tervel and Lisca met on Monday.",
			[]string{"GPE São Tervel and Lisca -> Sao Tervel and Lisca"}},
		{"two towns no country names stay two",
			"Ministers from Oskby and Brennmark met on Monday.",
			[]string{"GPE Oskby", "GPE Brennmark"}},
	})
}

func TestAnnotator_R33persPartNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a councillor of a ward named with a compass word",
			"Councillor Marta Brandt of Ellery West said homeowners would pay more.",
			[]string{"PERSON Marta Brandt", "GPE Ellery West"}},
		{"a ground's stand after the",
			"The late winner sent the Tarvo End into a roar.",
			[]string{"LOC Tarvo End"}},
		{"a person of a body stays a person's name without a compass word",
			"Anna Brandt of Orvik Kessel said it.",
			[]string{"PERSON Anna Brandt", "PERSON Orvik Kessel"}},
		{"a listed given name after the keeps the person",
			"Fans of the Anna West show waited outside.",
			[]string{"PERSON Anna West"}},
	})
}
