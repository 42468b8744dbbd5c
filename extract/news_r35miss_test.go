package extract

import "testing"

func TestAnnotator_R35BetweenUnread(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an unread word before a listed town", "Police closed the road between Tarvosk and Nairobi for seven hours.",
			[]string{"GPE Tarvosk", "GPE Nairobi"}},
		{"an unread word after a listed town", "Money goes to the highway between Nairobi and Kessovik next year.",
			[]string{"GPE Nairobi", "GPE Kessovik"}},
		{"two unread words after a route's noun", "The money pays for the coastal road between Orvaku and Beaçor.",
			[]string{"GPE Orvaku", "GPE Beaçor"}},
		{"two words, no route before: left to the people's rules", "Talks between Orvaku and Beaçor broke down on Friday.",
			[]string{"PERSON Orvaku", "PERSON Beaçor"}},
		{"an English word beside the town: left alone", "The line between Nairobi and Hazard was cut.",
			[]string{"GPE Nairobi"}},
		{"a firm beside the word: left to the firms' rules", "A deal between Google and Tarvosk was signed.",
			[]string{"ORG Google", "ORG Tarvosk"}},
	})
}

func TestAnnotator_R35ScoreLineSide(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two sides in capitals", "TARVOSK 3, KESSOVIK 2\n\nThe home side won on Friday.",
			[]string{"ORG TARVOSK", "ORG KESSOVIK"}},
		{"a nickname that is a word", "ORVAKU 118, THUNDER 112\n\nThe visitors lost on Monday.",
			[]string{"ORG ORVAKU", "ORG THUNDER"}},
		{"two words a side", "Tarvosk Rovers 2, Kessovik Town 1\n\nThe visitors lost.",
			[]string{"ORG Tarvosk Rovers", "ORG Kessovik Town"}},
		{"more on the line: left alone", "THUNDER 3, STORM 2 in the final\n\nIt rained.",
			[]string{}},
		{"a year, not a score: left alone", "JUNE 3, 2026\n\nIt rained.",
			[]string{}},
	})
}

func TestAnnotator_R35TownOfficeTowns(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town before its mayor", "The plan was backed by Tarvoby Mayor Brenda Kessel, who said it would pass.",
			[]string{"GPE Tarvoby", "PERSON Brenda Kessel"}},
		{"a town before a councillor", "Coal matters less now, while Orvanby councillor Sally Marten said the line mattered.",
			[]string{"GPE Orvanby", "PERSON Sally Marten"}},
		{"a word of the language before the office: left alone", "Deputy Mayor Ola Tarn agreed, and Independent councillor Morag Lind did not.",
			[]string{"PERSON Ola Tarn", "PERSON Morag Lind"}},
		{"no holder's name after the office: left alone", "The Tarvoby mayor said so.",
			[]string{}},
	})
}

func TestAnnotator_R35UnreadIsland(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a word after on in a text of islands", "Ferries run between the islands, officials in Nairobi said. Work on a runway on Tarvosk, the largest, starts soon.",
			[]string{"GPE Nairobi", "LOC Tarvosk"}},
		{"the word before and; the partner no rule read is not guessed", "Ferries run between the islands, officials in Nairobi said. Money goes to roads on Kessvik and Tarvosk.",
			[]string{"GPE Nairobi", "LOC Kessvik"}},
		{"after off: left alone", "Ferries run between the islands, officials in Nairobi said. The navy patrols off Tarvosk every week.",
			[]string{"GPE Nairobi"}},
		{"a text of no islands: left alone", "Officials in Nairobi said work on a runway on Tarvosk, the largest, starts soon.",
			[]string{"GPE Nairobi"}},
		{"an English word after on: left alone", "Ferries run between the islands, officials in Nairobi said. The ban on Hazard ended.",
			[]string{"GPE Nairobi"}},
	})
}
