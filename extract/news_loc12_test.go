package extract

import "testing"

// TestNewsLoc12_Rules: each rule of round 12 (loc12) on places in general
// news, on sentences written for the test, with the cases it must leave
// alone.
func TestNewsLoc12_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a site's kind noun after its name, a word of its kind between",
			"Output at the Quorvel copper mine fell, the Tesswe dry port was shut and lava reached the Velmora power station.",
			[]string{"LOC Quorvel", "LOC Tesswe", "LOC Velmora"}},
		{"observatories, stations, dams and glaciers by their kind noun",
			"Astronomers at the Quorvel Kessan observatories, engineers at the Tesswe station and guides on the Velmora glacier agreed; the Orvane hydroelectric dam held.",
			[]string{"LOC Quorvel Kessan", "LOC Tesswe", "LOC Velmora", "LOC Orvane"}},
		{"a listed town, body or people's word before the noun keeps its own",
			"Trains left the Leeds station, the Chevron terminal stayed open and the Russian gas field was sold.",
			[]string{"GPE Leeds", "ORG Chevron"}},
	})
}
