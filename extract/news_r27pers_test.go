package extract

import "testing"

func TestAnnotator_R27CoordinatedPlaces(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a lone word before a town, after on", "The budget raises the tourist tax on Brandt and Orvania from next year.",
			[]string{"GPE Brandt", "GPE Orvania"}},
		{"a listed given name keeps the person", "The tax on Anna and Orvania was raised.",
			[]string{"PERSON Anna", "GPE Orvania"}},
		{"a place after the town, with an article", "Health officials issued warnings for Brandt and the Orvane Valley.",
			[]string{"GPE Brandt", "LOC Orvane Valley"}},
		{"a town after a place", "The islands outside Orvania and Brandt were left to wait.",
			[]string{"GPE Orvania", "GPE Brandt"}},
		{"a two-word town after in", "The works in Santa Orvane and Kessel Brandt were funded.",
			[]string{"LOC Santa Orvane", "GPE Kessel Brandt"}},
		{"a title keeps the person", "Sanctions on Minister Brandt and Orvania were lifted.",
			[]string{"PERSON Brandt", "GPE Orvania"}},
		{"a surname the text gives someone keeps the person", "Anna Brandt spoke first. Sanctions on Brandt and Orvania were lifted.",
			[]string{"PERSON Anna Brandt", "PERSON Brandt -> Anna Brandt", "GPE Orvania"}},
		{"the same word named twice", "The tax on Brandt and Orvania was raised. The islands outside Orvania and Brandt waited.",
			[]string{"GPE Brandt", "GPE Orvania", "GPE Orvania", "GPE Brandt"}},
		{"the same word said of elsewhere keeps the person", "Brandt said it was unfair. Sanctions on Brandt and Orvania were lifted.",
			[]string{"PERSON Brandt", "PERSON Brandt", "GPE Orvania"}},
		{"a country after for", "Support for Brandt and France grew.",
			[]string{"PERSON Brandt", "GPE France"}},
		{"two words after for", "Support for Kessel Brandt and Orvania grew.",
			[]string{"PERSON Kessel Brandt", "GPE Orvania"}},
		{"no preposition before the pair", "Officials said Brandt and Orvania signed the deal.",
			[]string{"PERSON Brandt", "GPE Orvania"}},
	})
}

func TestAnnotator_R27Mansion(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a mansion after a given name", "The meeting at the Marta Mansion cleared the purchase.",
			[]string{"LOC Marta Mansion"}},
		{"a mansion in lower case is no name", "The meeting at the old mansion cleared the purchase.",
			nil},
	})
}

func TestAnnotator_R27ExerciseEditions(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an edition's two digits", "The army held drills last year. Tarvo Kessel 42 in July will test whether tanks can move.",
			[]string{"PROGRAM Tarvo Kessel 42"}},
		{"an edition's year", "The annual exercise ended. Tarvo Orvane 2027 will test the reserves.",
			[]string{"PROGRAM Tarvo Orvane 2027"}},
		{"a word after the number", "The exercise ended. Anna Kessel 42 points were scored.",
			[]string{"PERSON Anna Kessel"}},
		{"an age in apposition", "The minister, Anna Kessel, 42, said the exercise went well.",
			[]string{"PERSON Anna Kessel"}},
		{"no exercise in the text", "The vote ended. Tarvo Kessel 42 in July will test the party.",
			[]string{"PERSON Tarvo Kessel"}},
	})
}

func TestAnnotator_R27ModifiedSchemes(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"one common noun between", "A grant for buyers under the Tarvo Kessa housing scheme was raised.",
			[]string{"PROGRAM Tarvo Kessa"}},
		{"two common nouns between", "A grant under the Tarvo Kessel cash transfer programme was paid.",
			[]string{"PROGRAM Tarvo Kessel"}},
		{"a participle between", "They joined the Tarvo Kessel led exercise.",
			[]string{"ORG Tarvo Kessel"}},
		{"no programme's noun", "A grant under the Tarvo Kessel housing plan was paid.",
			nil}, // no person after "the" (news_r36pers.go)
	})
}

func TestAnnotator_R27SiteOf(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a port", "The freight link runs on to the port of Tarvo Kessel.",
			[]string{"LOC Tarvo Kessel"}},
		{"an area", "They trained in the area of Orvane Lindqvar and near the coast.",
			[]string{"LOC Orvane Lindqvar"}},
		{"a possessive keeps the person", "She works in the area of Kessel's research.",
			[]string{"PERSON Kessel"}},
		{"an apposition keeps the person", "Spending in the area of Anna Kessel, the minister, grew.",
			[]string{"PERSON Anna Kessel"}},
	})
}

func TestAnnotator_R27PassagePersons(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a line through a town", "The utility will build a power line through Brandt to the coast.",
			[]string{"GPE Brandt"}},
		{"a given name keeps the person", "The money went through Anna to the coast.",
			[]string{"PERSON Anna"}},
		{"an apposition keeps the person", "The deal came through Kessel, a broker.",
			[]string{"PERSON Kessel"}},
	})
}

func TestAnnotator_R27BenefitCards(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a card after the", "The Tarvo Kessel Card will pay farmers.",
			[]string{"PROGRAM Tarvo Kessel Card"}},
		{"a card with no given name", "The Orvane Card pays families.",
			[]string{"PROGRAM Orvane Card"}},
		{"a person so named", "Andrew Card visited.",
			[]string{"PERSON Andrew Card"}},
		{"a saying verb keeps the person", "Anna Kessel Card said no.",
			[]string{"PERSON Anna Kessel Card"}},
	})
}
