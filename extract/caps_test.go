package extract

import "testing"

func TestReadCaps(t *testing.T) {
	a := newTestAnnotator(t)
	for in, want := range map[string]string{
		"Ships of the NATO and HAL fleets sailed.":       "Ships of the NATO and HAL fleets sailed.", // acronyms stay
		"MINISTRY OF DEFENCE\nDUBLIN, May 2: THE TALKS":  "Ministry of Defence\nDublin, May 2: The Talks",
		"PRIME MINISTER’S OFFICE":                        "Prime Minister’s Office",
		"said MARTA OLSEN of the UN.":                    "said Marta Olsen of the UN.",
		"MÜNCHEN GRÜSST":                                 "MÜNCHEN GRÜSST", // only ASCII letters change
		"The IRS and the SEC":                            "The IRS and the SEC",
		"COUNCIL BACKS NEW PLAN FOR HARBOUR":             "Council backs New Plan for Harbour", // a listed acronym that is a common word; a headline verb
		"A lone SINGLE word and a lone word in capitals": "A lone SINGLE word and a lone word in capitals",
	} {
		got := a.readCaps(in)
		if got != want {
			t.Errorf("readCaps(%q) = %q, want %q", in, got, want)
		}
		if len(got) != len(in) {
			t.Errorf("readCaps(%q) changed the length", in)
		}
	}
}
