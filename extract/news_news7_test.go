package extract

import "testing"

// TestNewsNews7_Rules: each rule of news_news7.go, and the lists it came
// with, on sentences written for the test, with the cases it must leave
// alone.
func TestNewsNews7_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a listed island is a place, over a province's name of the same form",
			"Wildfires on Crete and floods on Sardinia closed roads.",
			[]string{"LOC Crete", "LOC Sardinia"}},
		{"an island's name in a longer name is not read alone",
			"Crete Shipping said its ferries would sail.",
			[]string{"ORG Crete Shipping"}},
		{"a prison on an island after a workplace's 'at' is the place",
			"He spent a year at Rikers Island.",
			[]string{"LOC Rikers Island"}},
		{"an unknown name that loses seats is a party",
			"Velmora lost four seats, while Partido Tessar gained two seats.",
			[]string{"ORG Velmora", "ORG Partido Tessar"}},
		{"an unknown name that becomes the largest party or joins a coalition is a party",
			"Quorvel Unida became the largest party and Tessfield joined the coalition.",
			[]string{"ORG Quorvel Unida", "ORG Tessfield"}},
		{"a person who wins his seat stays a person",
			"Halvorsen won his seat by 300 votes.",
			[]string{"PERSON Halvorsen"}},
		{"a person who wins an election is no party",
			"Maria Quorvel won the election in March.",
			[]string{"PERSON Maria Quorvel"}},
		{"a name that says on a day that it did something to its own is a company",
			"Velmont said on Thursday it had sold its stake in the mine.",
			[]string{"ORG Velmont"}},
		{"a name that says in a statement that it will close stores is a company",
			"Quorvex said in a statement that it would close nine stores.",
			[]string{"ORG Quorvex"}},
		{"a listed surname that says 'it was' stays a person",
			"Anna Smith ran the fund. Smith said on Monday that it was too early to tell.",
			[]string{"PERSON Anna Smith", "PERSON Smith -> Anna Smith"}},
		{"a name that writes down or sells off its own is a company; a person's 'his' is not",
			"Temasek wrote down its stake, Quorvex sold off its shops and Halvorsen wrote down his notes.",
			[]string{"ORG Temasek", "ORG Quorvex", "PERSON Halvorsen"}},
		{"an unknown name after investors in or a stake in is a company, a known place stays",
			"Investors in Velmont and shareholders in Tessfield Foods met in Paris; a stake in Brazil was sold.",
			[]string{"ORG Velmont", "ORG Tessfield Foods", "GPE Paris", "GPE Brazil"}},
		{"leagues without the word League",
			"La Liga and Serie A clubs voted; the NFL agreed.",
			[]string{"ORG La Liga", "ORG Serie A", "ORG NFL -> National Football League"}},
		{"listed parties, news agencies, rivers and peaks",
			"Fidesz and Likud lawmakers read Bernama; the Danube and the Yangtze rose as climbers left K2.",
			[]string{"ORG Fidesz", "ORG Likud", "ORG Bernama", "LOC Danube", "LOC Yangtze", "LOC K2"}},
	})
}
