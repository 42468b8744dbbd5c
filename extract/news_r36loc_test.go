package extract

import "testing"

func TestAnnotator_R36AdminListPlaces(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two places before a region's plural", "Flooding hit the Tarvo and Kessel regions on Monday.",
			[]string{"GPE Tarvo", "GPE Kessel"}},
		{"three places before a district's plural", "Roads were cut in the Orvane, Tarvo and Kessel districts.",
			[]string{"GPE Orvane", "GPE Tarvo", "GPE Kessel"}},
		{"one place before a region's noun: left alone", "Flooding hit the Tarvo region on Monday.",
			[]string{"LOC Tarvo"}},
		{"a listed natural region in the list: left alone", "Ice is melting in the Arctic and Kessel regions.",
			[]string{"LOC Arctic", "LOC Kessel"}},
		{"a landform's plural: left alone", "Rain fell on the Tarvo and Kessel valleys.",
			[]string{"LOC Tarvo", "LOC Kessel"}},
	})
}
