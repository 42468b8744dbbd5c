package extract

import "testing"

func TestAnnotator_R28ScorerLists(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a basketball box score with one known name", "Coach Dana Whitby said the rebounds decided it.\n\nHARBOUR 88 — Orvik 22, Brandtley 17, Castro 14, Lumasi 9.",
			[]string{"PERSON Dana Whitby", "PERSON Orvik", "PERSON Brandtley", "PERSON Castro", "PERSON Lumasi"}},
		{"cricket's figures, a bowler's and a not-out", "The batter fell on 99 and the bowler took the last wickets.\n\nTarvonia 301 (Kessling 104, Orvane 66; Castro 5-87) and 140-2 (Brandtley 72*, Lumasi 40*, Morrowby 12)",
			[]string{"ORG Tarvonia", "PERSON Kessling", "PERSON Orvane", "PERSON Castro", "PERSON Brandtley", "PERSON Lumasi", "PERSON Morrowby"}},
		{"hyphenated family names", "Free throws cost them, and the rebounds went the other way.\n\nKessel-Vane 21, Castro 15, Orvik-Lund 11.",
			[]string{"PERSON Kessel-Vane", "PERSON Castro", "PERSON Orvik-Lund"}},
		{"a league table of clubs is left alone", "The striker scored twice and the goalkeeper was beaten.\n\nTable: Arsenal 24, Orvik 22, Brandtley 20, Castro 19.",
			[]string{"ORG Arsenal", "PERSON Castro"}},
		{"no known person among the names", "The striker scored twice after half-time.\n\nOrvik 24, Brandtley 22, Lumasi 20.",
			nil},
		{"two items are no list", "Coach Ana Castro said the rebounds decided it.\n\nCastro 24, Brandtley 22.",
			[]string{"PERSON Ana Castro", "PERSON Castro -> Ana Castro"}},
		{"a side's line-up", "The striker scored twice after half-time.\n\nHARBOUR CITY: Orvik; Brandtley, Castro, Lumasi, Kessling; Morrowby, Tarvin, Ilkson.",
			[]string{"PERSON Orvik", "PERSON Brandtley", "PERSON Castro", "PERSON Lumasi", "PERSON Kessling", "PERSON Morrowby", "PERSON Tarvin", "PERSON Ilkson"}},
		{"clubs among the names: no line-up", "The striker scored twice after half-time.\n\nRIVALS: Orvik; Arsenal, Castro, Chelsea, Kessling; Everton.",
			[]string{"ORG Arsenal", "ORG Castro", "ORG Chelsea", "ORG Kessling", "ORG Everton"}},
		{"no sport in the text", "Mayor Ana Castro met the council on Monday.\n\nCastro 24, Brandtley 22, Lumasi 20, Orvik 18.",
			[]string{"PERSON Ana Castro", "PERSON Castro -> Ana Castro"}},
	})
}
