package extract

import (
	"testing"
	"time"
)

// TestNewsProgs6_Rules: each rule of news_progs6.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsProgs6_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two bases joined by and are two places",
			"Jets moved from Naval Base Quorvel and Tessfield Air Force Base to Marlow Air Base and RAF Velmar.",
			[]string{"LOC Naval Base Quorvel", "LOC Tessfield Air Force Base", "LOC Marlow Air Base", "LOC RAF Velmar"}},
		{"an air force's prefix and an unknown name are a base; the prefix alone is the air force",
			"Tankers flew from RAF Quorvel, the RAF said.",
			[]string{"LOC RAF Quorvel", "ORG RAF -> Royal Air Force"}},
		{"a place named after a person keeps the honorific",
			"The missile was fired from Dr Quorvel Tessfield Island on Friday.",
			[]string{"LOC Dr Quorvel Tessfield Island"}},
		{"plains, zones, island chains and arsenals are places",
			"Troops left the Quorvel Plains for the Demilitarized Zone; ships crossed the Second Island Chain near Tessfield Arsenal.",
			[]string{"LOC Quorvel Plains", "LOC Demilitarized Zone", "LOC Second Island Chain", "LOC Tessfield Arsenal"}},
		{"a corridor after an unknown name is a place, after common words a programme",
			"Rail lines through the Quorvel Corridor will join the Eastern Freight Corridor.",
			[]string{"LOC Quorvel Corridor", "PROGRAM Eastern Freight Corridor"}},
		{"a regime or conclave after common words is a programme, with its acronym",
			"The Rocket Parts Control Regime (RPCR) admitted India; the RPCR met at the Tessfield Maritime Conclave.",
			[]string{"PROGRAM Rocket Parts Control Regime -> RPCR", "PROGRAM RPCR", "GPE India", "PROGRAM RPCR", "PROGRAM Tessfield Maritime Conclave"}},
		{"a name before a policy's noun, quoted or in capitals alone, is a programme",
			`Ministers backed the Forward Shield plan, the "Clear Skies" campaign and the SAFE loan instrument.`,
			[]string{"PROGRAM Forward Shield", "PROGRAM Clear Skies", "PROGRAM SAFE"}},
		{"two names before a policy's noun are two programmes",
			"The minister launched Mission Quorvel and the Tessfield Housing scheme.",
			[]string{"PROGRAM Mission Quorvel", "PROGRAM Tessfield Housing"}},
		{"a name in apposition to a programme's noun is the programme",
			"The bloc ended its mission, QUORMIS, in July, and the exercise, Tessfield Dawn, began.",
			[]string{"PROGRAM QUORMIS", "PROGRAM Tessfield Dawn"}},
		{"an exercise's name after its noun takes a hyphenated year",
			"The joint exercise Quorvel-2026 opened at dawn.",
			[]string{"PROGRAM Quorvel-2026"}},
		{"a ship-named shore base a few words after a verb of basing is a place",
			"The navy will base them at HMAS Quorvel near Tessfield.",
			[]string{"LOC HMAS Quorvel", "GPE Tessfield"}},
	})
	// whatever else these names are, they are no programme or place
	for _, c := range []struct{ text, label string }{
		{"Exiles fled the Quorvel Regime last year.", "PROGRAM"},      // a regime named after its ruler
		{"Anna Quorvel's plan was rejected by the board.", "PROGRAM"}, // a person's plan
		{"The Quorvel plan failed, Quorvel said.", "PROGRAM"},         // one word, neither quoted nor in capitals
		{"Quorvel, the operation's chief, resigned.", "PROGRAM"},      // no comma right after the noun
		{"The RAF Typhoon jets landed.", "LOC"},                       // a platform after the prefix
	} {
		for _, e := range a.Annotate(c.text, time.Time{}) {
			if e.Label == c.label {
				t.Errorf("Annotate(%q): %s %q", c.text, c.label, e.Text)
			}
		}
	}
}
