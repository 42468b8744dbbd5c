package extract

import "testing"

func TestAnnotator_R36CoordinatedTowns(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an unread word after a country and and", "Buses will link Oslo and Tarvoby from May.",
			[]string{"GPE Oslo", "GPE Tarvoby"}},
		{"an unread word before and and a country", "Buses will link Tarvoby and Oslo from May.",
			[]string{"GPE Tarvoby", "GPE Oslo"}},
		{"an English word the text never writes in lower case, after or", "Fans from Marsh or Oslo came early.",
			[]string{"GPE Marsh", "GPE Oslo"}},
		{"a word the text writes in lower case: left alone", "The marsh near Oslo and Marsh flooded.",
			[]string{"GPE Oslo"}},
		{"the country owns what follows: left alone", "The deal was led by Orvane and Peru's state fund.",
			[]string{"GPE Peru"}},
		{"a Romance particle before the word: left alone", "Reefs off Pointe aux Tarves and Oslo were replanted.",
			[]string{"GPE Oslo"}},
		{"a list that holds a firm before: left alone", "The tour visited Kessel Foods, Quorlix and Oslo in May.",
			[]string{"ORG Kessel Foods", "GPE Oslo"}},
		{"a list that holds a firm before the country: left alone", "The tour visited Kessel Foods, Oslo and Quorlix in May.",
			[]string{"ORG Kessel Foods", "GPE Oslo"}},
		{"a person's verb after the word: left to the people's rules", "Workers from Oslo and Kessvik said the pay was low.",
			[]string{"GPE Oslo", "PERSON Kessvik"}},
	})
}

func TestAnnotator_R36AtSites(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two unread words after at", "Trenches were cut at Point Tarvel last year.",
			[]string{"LOC Point Tarvel"}},
		{"two unread words after at, a verb after", "The crowd at Grand Tarvel was large.",
			[]string{"LOC Grand Tarvel"}},
		{"an owner's possessive after the words: left alone", "Crews stay at Grand Tarvel's new hotel.",
			[]string{}},
		{"a designation's letter: left alone", "Passengers waited at Gate B for an hour.",
			[]string{}},
		{"a prefix's initials: left alone", "The frigates are based at KFB Tarvo and KFB Kessel.",
			[]string{}},
		{"a calendar word: left alone", "They met at Sunday Mass.",
			[]string{}},
		{"a body's head after them: left to the bodies' rules", "Staff at Grand Tarvel Holdings agreed.",
			[]string{"ORG Grand Tarvel Holdings"}},
		{"one word after at: left to the other rules", "The award went to staff at Tarvik.",
			[]string{"ORG Tarvik"}},
	})
}
