package extract

import "testing"

func TestAnnotator_R28DeClub(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plural and a town in a sports text", "The Leones de Tarvo beat the hosts 6-3 in the ninth inning of the semifinal.",
			[]string{"ORG Leones de Tarvo"}},
		{"del and a name no list knows", "The Gavilanes del Orvo lost the semifinal after a homer in the eighth inning.",
			[]string{"ORG Gavilanes del Orvo"}},
		{"outside a sports text a town", "Farmers in Lomas de Tarvo protested against the new tax on Monday.",
			[]string{"GPE Lomas de Tarvo"}},
		{"a given name first is a person's", "Carlos de Tarvo scored in the semifinal and the striker was booked.",
			[]string{"PERSON Carlos de Tarvo"}},
	})
}

func TestAnnotator_R28BodyStarts(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a journal of its field", "The results were published in the Tarvo Journal of Medicine on Monday.",
			[]string{"ORG Tarvo Journal of Medicine"}},
		{"institutes of a field", "The work was funded by the National Institutes of Kessel Studies.",
			[]string{"ORG National Institutes of Kessel Studies"}},
		{"a league in Spanish", "He played in the Liga de Tarvo Profesional last year.",
			[]string{"ORG Liga de Tarvo Profesional"}},
		{"a journal alone", "The Tarvo Journal reported the sale.",
			[]string{"ORG Tarvo Journal"}},
	})
}
