package extract

import "testing"

func TestAnnotator_R36persMovePrepositionPlaces(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an island's word after \"on\"",
			"Tour operators on Vakuna welcomed the news.",
			nil},
		{"after \"on\", and the name listed after it",
			"New vents opened on Kaleiwa and Mauna Tessa within hours.",
			nil},
		{"a listed given name: left, listed after it too",
			"The tax on Anna was raised. Lava flowed on Kaleiwa and Anna.",
			[]string{"PERSON Anna", "PERSON Anna"}},
		{"a scorer's mark in brackets: left",
			"The only goal came from Varnowski (pen).",
			[]string{"PERSON Varnowski"}},
		{"the surname the text gives someone: left",
			"Ilse Brandt won the vote. Her rival lost the runoff to Brandt by four points.",
			[]string{"PERSON Ilse Brandt", "PERSON Brandt -> Ilse Brandt"}},
		{"a text of sport: left",
			"Tour operators on Vakuna welcomed the striker, who scored twice in the match.",
			[]string{"PERSON Vakuna"}},
		{"two words after the preposition: left",
			"Farmers sold grain to Marta Kessel in March.",
			[]string{"PERSON Marta Kessel"}},
	})
}

func TestAnnotator_R36persArticlePersons(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a block after \"the\"",
			"Oil firms operate in the Tessel Block off the coast.",
			nil},
		{"a gazette after \"the\"",
			"The law will appear in the Gaceta Tarvela next week.",
			nil},
		{"the surname the text gives someone: left",
			"Ilse Brandt won the vote. The mood in the Brandt camp was calm.",
			[]string{"PERSON Ilse Brandt", "PERSON Brandt -> Ilse Brandt"}},
		{"\"The\" opening a sentence: left",
			"The Dellmore Halvik line is the team's best.",
			[]string{"PERSON Dellmore Halvik"}},
		{"no article: left",
			"Farmers sold grain to Marta Kessel in March.",
			[]string{"PERSON Marta Kessel"}},
	})
}
