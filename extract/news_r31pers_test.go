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
