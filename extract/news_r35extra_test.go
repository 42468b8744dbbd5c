package extract

import "testing"

func TestAnnotator_R35extraOpeningCommonWord(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a common word opening a sentence, in lower case elsewhere",
			"Kessel Rovers will raise prices for the season.\n\nSeason tickets for next year will rise by up to £45, the club said.",
			[]string{"ORG Kessel Rovers", "MONEY £45 -> GBP 45"}},
		{"before a noun, the text writes it in lower case too",
			"Airline shares gained, with Tarvo Air up 2.1 per cent. The airline said it would buy jets.",
			[]string{"ORG Tarvo Air"}},
		{"a list's item opens with it",
			"The Tarvo Navy moved its batteries inland. Units along the coastal road were told to wait.\nKey figures\n- Coastal radar upgrade at Brennick: US$6.5 million",
			[]string{"ORG Tarvo Navy", "GPE Brennick", "MONEY US$6.5 million -> USD 6500000"}},
		{"before a verb a firm's name takes, it stays",
			"Shell said on Tuesday it would sell the field. Kessel Oil bought a shell company.",
			[]string{"ORG Shell", "ORG Kessel Oil"}},
		{"never in lower case in the text: left",
			"Airline shares gained, with Tarvo Air up 2.1 per cent.",
			[]string{"ORG Airline", "ORG Tarvo Air"}},
		{"capitalised inside a sentence elsewhere: left",
			"Season tickets will rise, the club said. Tickets for the Season opener at Kessel Park sold out.",
			[]string{"ORG Season", "ORG Season", "LOC Kessel Park"}},
		{"ending a name elsewhere: its short form, left",
			"Airline shares gained, the exchange said. Brennick Airline flies to Tarvo, and the airline grew.",
			[]string{"ORG Airline", "ORG Brennick Airline", "GPE Tarvo"}},
	})
}

func TestAnnotator_R35extraBodyWork(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body's name and a hyphen before a word of watching it",
			"The launch from Kessel placed four Earth-imaging satellites into orbit.",
			[]string{"LOC Kessel"}},
		{"with a space between",
			"The first is a military Earth observation satellite for the Tarvo Air Force.",
			[]string{"ORG Tarvo Air Force"}},
		{"a body passed or reached stays a place",
			"The probe will pass Earth in 2027 on its way to the Moon.",
			[]string{"LOC Earth", "LOC Moon"}},
		{"a body's programme stays a place",
			"\"This design will carry us to the Moon programme too,\" she said.",
			[]string{"LOC Moon"}},
	})
}

func TestAnnotator_R35extraPressOffice(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a press office before its body",
			"Further information: Press Office, Ministry of Defence, Tarvo.",
			[]string{"ORG Ministry of Defence", "ORG Tarvo"}},
		{"a press service of a body",
			"Further information: Press Service of the Ministry of Defence, Tarvo.",
			[]string{"ORG Ministry of Defence"}},
		{"an owner's name before it: left",
			"The Kessel Press Office said the visit would go ahead.",
			[]string{"ORG Kessel Press Office"}},
	})
}
