package extract

import "testing"

// TestNewsProgs9_Rules: each rule of news_progs9.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsProgs9_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a programme's noun in apposition that a participle and a preposition go on",
			"The frigates were built under TESSAR, the shipbuilding programme agreed with the yards in 2019.",
			[]string{"PROGRAM TESSAR"}},
		{"a scheme's noun beyond the programme's ones, and an irregular participle",
			"Quorvix, the state robotics cluster set up by the ministry, funds start-ups.",
			[]string{"PROGRAM Quorvix"}},
		{"a comma after an opening preposition ends an introductory phrase, no apposition",
			"According to Velmora, the plan failed in May.",
			[]string{"PERSON Velmora"}},
		{"a participle with no preposition after it goes on no apposition",
			"Tessavar, the plan agreed, was shelved.",
			[]string{}},
		{"a person's role in apposition is no programme's noun",
			"Marta Quell, the fund's director appointed by the board, resigned.",
			[]string{"PERSON Marta Quell"}},
		{"an acronym known as a programme stands alone again",
			"Ships come under TESSAR, the naval plan approved by parliament in 2020. TESSAR needs more money.",
			[]string{"PROGRAM TESSAR", "PROGRAM TESSAR"}},
		{"a Force long form and its acronym before a plan's noun name a plan",
			"Buying slowed after the Basic Readiness Force (BRF) plan ended, and the BRF was not renewed.",
			[]string{"PROGRAM Basic Readiness Force -> BRF", "PROGRAM BRF", "PROGRAM BRF"}},
		{"a body's head before its acronym and a programme's noun stays a body's",
			"The Coastal Survey Agency (CSA) programme hired divers.",
			[]string{"ORG Coastal Survey Agency", "ORG CSA -> Coastal Survey Agency"}},
		{"a short name of words in brackets after a programme is the programme's",
			"The yard was moved into the National Growth Program (Novo Tessar), which guards its budget.",
			[]string{"PROGRAM National Growth Program", "PROGRAM Novo Tessar"}},
		{"words in brackets after a body stay out of this rule",
			"The Tessan Harbour Company (Quell Docks) hired staff.",
			[]string{"ORG Tessan Harbour Company", "ORG Quell Docks"}},
		{"an unknown word between 'the' and 'deal' is a codename",
			"He said the Velkor deal would be signed next year.",
			[]string{"PROGRAM Velkor"}},
		{"a company read before keeps its label before 'deal'",
			"Quorvane Systems said profits rose. Analysts praised the Quorvane deal with the navy.",
			[]string{"ORG Quorvane Systems", "ORG Quorvane -> Quorvane Systems"}},
		{"a nation's adjective and 'model' after 'the' name a scheme",
			"Under the Danish model, donors pay for arms made at home; the Finnish model trains reservists.",
			[]string{"PROGRAM Danish model", "PROGRAM Finnish model"}},
		{"a place's name and 'Document' name an agreement",
			"The drill was notified under the Vienna Document.",
			[]string{"PROGRAM Vienna Document"}},
	})
}
