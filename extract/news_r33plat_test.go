package extract

import "testing"

func TestAnnotator_R33platSeriesNumbers(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a satellite in capitals and its number, then its series", "Orvania signed for its second observation satellite, KESTRA-2, on Monday. KESTRA-2 will see more than KESTRA-1 did.",
			[]string{"GPE Orvania", "PLATFORM KESTRA-2", "PLATFORM KESTRA-2", "PLATFORM KESTRA-1"}},
		{"an exercise's edition takes its word", "Jets arrived to take part in Exercise TARVOKOS-26, an air exercise.",
			[]string{"PROGRAM Exercise TARVOKOS-26"}},
		{"three figures are an index's", "The benchmark KX-100 index rose on Monday.",
			[]string{"PLATFORM KX-100"}},
		{"a word glued after the number: the number left out", "The satellite KESTRA-2b failed.",
			[]string{"PLATFORM KESTRA"}},
	})
}

func TestAnnotator_R33platCountryYearEdition(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "KORVAX", Label: "PROGRAM", Canonical: "KORVAX"})
	checkSpans(t, a, []spanCase{
		{"a listed exercise, its host and its year", "The ship will join KORVAX Chile 2027 with the Kessel Navy.",
			[]string{"PROGRAM KORVAX Chile 2027", "ORG Kessel Navy"}},
		{"no year: the country stays", "The ship will join KORVAX Chile with the Kessel Navy.",
			[]string{"PROGRAM KORVAX", "GPE Chile", "ORG Kessel Navy"}},
	})
}

func TestAnnotator_R33platMakerDesignator(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a maker read as a person before its model", "During the deployment she will embark a Tarvo Brandlex S-200 drone.",
			[]string{"PLATFORM Tarvo Brandlex S-200"}},
		{"a person and a word between: left apart", "Tarvo Brandlex said the S-200 drone flew.",
			[]string{"PERSON Tarvo Brandlex", "PLATFORM S-200"}},
	})
}

func TestAnnotator_R33platYearsVision(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a country, its years and its vision", "The Chile 15-Year Vision sets out the budget's aims.",
			[]string{"PROGRAM Chile 15-Year Vision"}},
		{"no country before the years", "The council adopted its 10-Year Plan on Monday.",
			[]string{"PROGRAM 10-Year Plan"}},
	})
}

func TestAnnotator_R33platByScheme(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"what one gets by what one gives", "Revenue from the Residence by Investment programme fell by a third.",
			[]string{"PROGRAM Residence by Investment"}},
		{"a sentence's common first word: left alone", "Supported by Investment programme funds, the port grew.",
			[]string{"PROGRAM Investment"}},
	})
}

func TestAnnotator_R33platCapitalsSystem(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name in capitals before a combat system", "Each frigate gets an upgraded MARVELOS combat management system.",
			[]string{"PLATFORM MARVELOS"}},
		{"a short acronym: left to the body rules", "Each frigate gets an upgraded KTS combat management system.",
			[]string{"ORG KTS"}},
		{"a combat team is no system: left alone", "Each frigate sent its MARVELOS combat team to the drill.",
			nil},
	})
}

func TestAnnotator_R33platInsurerPlan(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plan that passes costs to insurers, and its short name", "The Orvania KESTA Plan may pass its losses to insurers. The KESTA Plan asked for more.",
			[]string{"ORG Orvania KESTA Plan", "ORG KESTA Plan"}},
		{"a plan with no insurer: left alone", "The Orvania KESTA Plan will fund new roads.",
			[]string{"PROGRAM Orvania KESTA Plan"}},
	})
}

func TestAnnotator_R33platRotorcraft(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a common word before a rotorcraft", "Then the agency's Sparrow rotorcraft left the lab.",
			[]string{"PLATFORM Sparrow"}},
	})
}

func TestAnnotator_R33platFeeScheme(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a fee's name", "Visitors pay the Blue Lagoon Conservation Fee with their ticket.",
			[]string{"PROGRAM Blue Lagoon Conservation Fee"}},
		{"a contribution's name", "Buyers pay into the Sustainable Harbour Contribution fund.",
			[]string{"PROGRAM Sustainable Harbour Contribution"}},
	})
}

func TestAnnotator_R33platListedSibling(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Tarvo Arrow 3B", Label: "PLATFORM", Canonical: "Tarvo Arrow 3B"})
	checkSpans(t, a, []spanCase{
		{"a listed family's other mark", "The satellite was launched in 2019 on a Tarvo Arrow 4B from the coast.",
			[]string{"PLATFORM Tarvo Arrow 4B"}},
		{"another letter of the listed number", "The next one flies on a Tarvo Arrow 3C in May.",
			[]string{"PLATFORM Tarvo Arrow 3C"}},
		{"a family no list holds: left alone", "The satellite was launched on a Kessel Arrow 4B from the coast.",
			[]string{"PERSON Kessel Arrow"}},
		{"a free family no list holds: left alone", "Gate 4B was closed.",
			nil},
	})
}

func TestAnnotator_R33platInitialsProgram(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a listed body's letters that a programme's initials spell", "Revenue from the Residence by Investment programme fell. The drop in RBI money will show in the budget.",
			[]string{"PROGRAM Residence by Investment", "PROGRAM RBI"}},
		{"no programme of those initials: the body stays", "Revenue from the Residence by Investment programme fell. The CBI said it would look into it.",
			[]string{"PROGRAM Residence by Investment", "ORG CBI -> Central Bureau of Investigation"}},
	})
}
