package extract

import "testing"

func TestAnnotator_R31persBodyThenName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a force's head word ends the body before a full name", "Commander of the Orvanian Defence Forces Anna Brandt said the range would grow.",
			[]string{"ORG Orvanian Defence Forces", "PERSON Anna Brandt"}},
		{"a firm's head word does the same", "Kessel Group Anna Brandt said the plant would close.",
			[]string{"ORG Kessel Group", "PERSON Anna Brandt"}},
		{"a member's title stays outside the name", "City Council Member Anna Brandt said riders had waited.",
			[]string{"PERSON Anna Brandt"}},
		{"an unknown given name with a verb of saying after it", "Council Member Tarvo Kessel said riders had waited.",
			[]string{"PERSON Tarvo Kessel"}},
		{"a programme's name after the head is no person", "The Kessel Forces Grant Program opened on Monday.",
			[]string{"PROGRAM Kessel Forces Grant Program"}},
		{"the force alone stays whole", "The Orvanian Defence Forces said the range would grow.",
			[]string{"ORG Orvanian Defence Forces"}},
	})
}

func TestAnnotator_R31persHyphenGivenOfBody(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a hyphenated given name of a body", "Jean-Pierre Brandt of the Orvania Tourism Office said visitors would return.",
			[]string{"PERSON Jean-Pierre Brandt", "ORG Orvania Tourism Office"}},
		{"a given name without a hyphen, as before", "Anna Brandt of the Orvania Tourism Office said visitors would return.",
			[]string{"PERSON Anna Brandt", "ORG Orvania Tourism Office"}},
	})
}

func TestAnnotator_R31persAdjacentPersons(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"three name words read as two names are one", "\"It is the first,\" said Abdourahman Hassan Orvik, who heads the office.",
			[]string{"PERSON Abdourahman Hassan Orvik"}},
		{"a comma parts two people", "The prize went to Anna Brandt, Maria Kessel and others.",
			[]string{"PERSON Anna Brandt", "PERSON Maria Kessel"}},
		{"and parts two people", "Anna Brandt and Maria Kessel spoke on Monday.",
			[]string{"PERSON Anna Brandt", "PERSON Maria Kessel"}},
	})
}

func TestAnnotator_R31persInitialBeforeSurname(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a capital's initial before a surname", "\"We are ready,\" said J Barrand, the team's coach.",
			[]string{"PERSON J Barrand"}},
		{"the article opening a sentence stays outside", "A Kessel spokesman said the plant would close.",
			nil},
	})
}

func TestAnnotator_R31persNameWordBefore(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a title before a word read apart from the name", "President Duma Kessel told a rally in the north.",
			[]string{"PERSON Duma Kessel"}},
		{"a country's name stays apart", "Talks with Canada Anna Brandt said were over.",
			[]string{"GPE Canada", "PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R31persMoverLine(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a signed change in per cent on a list's line", "TOP MOVERS\n\n– Kessel Orvik: −2.0%, as chip orders slowed\n",
			[]string{"ORG Kessel Orvik"}},
		{"a plus sign too", "– Anna Brandt: +4.1%, on firmer prices\n",
			[]string{"ORG Anna Brandt"}},
		{"a poll's share without a sign keeps the person", "Poll:\n– Anna Brandt: 34%\n",
			[]string{"PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R31persNameEnds(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a particle glued by an apostrophe ends the name", "Minister of Transport Ricardo Kessel d’Orvik said the move would help.",
			[]string{"PERSON Ricardo Kessel d’Orvik"}},
		{"a hyphenated given name's first half", "He was booked for a foul on André-Frank Kessel Orvik.",
			[]string{"PERSON André-Frank Kessel Orvik"}},
		{"a place before a hyphen and a word stays apart", "The Orvania-born Anna Brandt said the talks were over.",
			[]string{"GPE Orvania", "PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R31persGivenNamePlaces(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a lone given name beside a listed town after a preposition", "Log exports dropped 18 per cent, mostly from Rosa and Cardiff.",
			[]string{"GPE Rosa", "GPE Cardiff"}},
		{"a verb after the pair keeps the person", "A call from Rosa and Cardiff went unanswered.",
			[]string{"PERSON Rosa", "GPE Cardiff"}},
		{"a country beside the name keeps the person", "The letters came mostly from Rosa and France.",
			[]string{"PERSON Rosa", "GPE France"}},
	})
}

func TestAnnotator_R31persCapitalsGivenName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a given name in capitals alone before a word in lower case", "MARTA will also run trains every eight minutes to the airport.",
			[]string{"ORG MARTA"}},
		{"a verb of saying keeps the person", "MARTA said the plan would pass.",
			[]string{"PERSON MARTA -> Marta"}},
		{"a name in capitals with its surname stays a person", "MARTA NOVAK said the plan would pass.",
			[]string{"PERSON MARTA NOVAK -> Marta Novak"}},
		{"a given name in title case stays a person", "Marta will also run the team next year, Brandt said.",
			[]string{"PERSON Marta", "PERSON Brandt"}},
	})
}
