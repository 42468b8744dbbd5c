package extract

import "testing"

func TestAnnotator_R29TopicProgram(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"one unknown word and its topic", "The Zorvan modernisation programme, launched in 2016, also covers tanks.",
			[]string{"PROGRAM Zorvan"}},
		{"a name with a connector and its topic", "Negotiators won more money for the Kids Back on Track tutoring programme.",
			[]string{"PROGRAM Kids Back on Track"}},
		{"a code before a possessive scheme", "The minister promised to complete the K-IX water scheme's first phase.",
			[]string{"PROGRAM K-IX"}},
		{"two words of topic", "Councillors backed the Tarvomark rural housing strategy on Monday.",
			[]string{"PROGRAM Tarvomark"}},
		{"a people's adjective is the country's", "The Peruvian space programme grew this year.",
			nil},
		{"a given name alone may be the person's", "Critics attacked the Maria pension plan and the Maria tax scheme.",
			nil},
		{"a firm's name keeps its head", "Staff of the Brenmoor Industries pension scheme voted.",
			[]string{"ORG Brenmoor Industries"}},
		{"three words of topic are a sentence's", "The Zorvan rail line plan fell through.",
			nil},
	})
}
