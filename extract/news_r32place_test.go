package extract

import "testing"

func TestAnnotator_R32LandformParticle(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a hill's word, an article and a name", "Ore came from the Guelb el Tarvosh mine last year.",
			[]string{"LOC Guelb el Tarvosh"}},
		{"a plateau's word and an elided particle", "Most of the money went to the Kedia d’Orvanet this year.",
			[]string{"LOC Kedia d’Orvanet"}},
		{"an elided particle's name ends the text", "Most of the money went to the Kedia d’Orvanet",
			[]string{"LOC Kedia d’Orvanet"}},
		{"a mountain's word and a different article", "Shepherds crossed the Jebel ed Kesselik at dawn.",
			[]string{"LOC Jebel ed Kesselik"}},
		{"no name after the article: left alone", "The Wadi el was dry.",
			nil},
		{"a word of no landform before the article: left alone", "The Tarvosh el Kesselik band played.",
			nil},
	})
}

func TestAnnotator_R32LakesHarboursRoadsPosts(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a lake's word after and before the name", "Sewage reached Tarvosh Lough and Lough Kesselik in May.",
			[]string{"LOC Tarvosh Lough", "LOC Lough Kesselik"}},
		{"a headland and a strip by their heads", "The rocket lifted off at Tarvosh Cape, and hotels on the Kessovik Strip filled.",
			[]string{"LOC Tarvosh Cape", "LOC Kessovik Strip"}},
		{"a listed province named for a cape keeps its label", "Trains ran late in the Western Cape on Monday.",
			[]string{"GPE Western Cape"}},
		{"a national road's code and number", "Lorries queue on the RN 14 and the RNIE 2 for days.",
			[]string{"LOC RN 14", "LOC RNIE 2"}},
		{"a numbered outpost", "The attack on Tower 31 killed three soldiers.",
			[]string{"LOC Tower 31"}},
		{"a road's code with no number: left alone", "The RN said it would send a frigate.",
			[]string{"ORG RN"}},
	})
}

func TestAnnotator_R32DashRoute(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two places joined by a dash and a railway", "Freight moves on the Nairobi–Mombasa Railway every day.",
			[]string{"LOC Nairobi–Mombasa Railway"}},
		{"a railway's firm after one place: left alone", "Mombasa Railway hired 200 drivers.",
			[]string{"ORG Mombasa Railway"}},
		{"a dash with spaces: left alone", "It runs from Nairobi – Mombasa Railway staff said.",
			[]string{"GPE Nairobi", "ORG Mombasa Railway"}},
	})
}

func TestAnnotator_R32SiteDashState(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a launch site and its state after a spaced dash", "The rocket left the Tarvosh Spaceport Complex – Alaska at dawn.",
			[]string{"LOC Tarvosh Spaceport Complex – Alaska"}},
		{"a city after the dash: left apart", "The rocket left the Tarvosh Spaceport Complex – Nairobi at dawn.",
			[]string{"LOC Tarvosh Spaceport Complex", "GPE Nairobi"}},
		{"a site of another head: left apart", "Fans filled the Tarvosh Stadium – Alaska at dawn.",
			[]string{"LOC Tarvosh Stadium", "GPE Alaska"}},
	})
}

func TestAnnotator_R32NamedWay(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a road's preposition before", "Traffic along Tarvosh Way was slow.",
			[]string{"LOC Tarvosh Way"}},
		{"a road's noun after a listed town's name", "Buses will use the Nairobi Way corridor.",
			[]string{"LOC Nairobi Way"}},
		{"a given name first is a person", "Anna Way said on Tuesday the plan works.",
			[]string{"PERSON Anna Way"}},
	})
}

func TestAnnotator_R32HarbourNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a harbour after a place's preposition", "Speaking at Tarvosh in Kesselik Harbour, the minister left.",
			[]string{"GPE Tarvosh", "LOC Kesselik Harbour"}},
		{"a listed town's harbour", "The wind off Nairobi Harbour was strong.",
			[]string{"LOC Nairobi Harbour"}},
		{"a fund named Harbour: left alone", "The loans came under Tessan Harbour, the bank's fund.",
			[]string{"PROGRAM Tessan Harbour"}},
		{"a scheme in quotes: left alone", "Ministers backed the ‘Safe Harbour’ scheme.",
			[]string{"PROGRAM Safe Harbour"}},
	})
}

func TestAnnotator_R32SiteAlone(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a base's name alone after through", "Jets flew from Tarvosh Air Base in May. They will rotate through Tarvosh; others stay.",
			[]string{"LOC Tarvosh Air Base", "LOC Tarvosh"}},
		{"a training ground's name, and alone after at", "Crews train at the Kessovik military training area in spring. The president will attend a demonstration at Kessovik in April.",
			[]string{"LOC Kessovik", "LOC Kessovik"}},
		{"a listed town after at keeps its label", "Jets flew from Nairobi Air Base in May. They will land at Nairobi later.",
			[]string{"LOC Nairobi Air Base", "GPE Nairobi"}},
		{"the name before another name: left alone", "Jets flew from Tarvosh Air Base in May. They will rotate through Tarvosh Kessovik later.",
			[]string{"LOC Tarvosh Air Base", "GPE Tarvosh Kessovik"}},
		{"no site named first: left alone", "They will rotate through Tarvosh; others stay.",
			nil},
	})
}
