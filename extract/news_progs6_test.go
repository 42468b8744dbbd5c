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
		{"a defined acronym with a programme's noun after its bracket, in either case, is a programme's",
			"The Quorvel in Contact (QIC) initiative and the Tessfield and Innovation (TAI) Scheme grew; QIC units flew.",
			[]string{"PROGRAM Quorvel in Contact -> QIC", "PROGRAM QIC", "PROGRAM Tessfield and Innovation -> TAI", "PROGRAM TAI", "PROGRAM QIC"}},
		{"a corridor before a project's noun is the project",
			"The Quorvel Corridor project drew money.",
			[]string{"PROGRAM Quorvel Corridor"}},
		{"a regime or conclave after common words is a programme, with its acronym",
			"The Rocket Parts Control Regime (RPCR) admitted India; the RPCR met at the Tessfield Maritime Conclave.",
			[]string{"PROGRAM Rocket Parts Control Regime -> RPCR", "PROGRAM RPCR", "GPE India", "PROGRAM RPCR", "PROGRAM Tessfield Maritime Conclave"}},
		{"a name before a policy's noun, quoted or in capitals alone, is a programme",
			`Ministers backed the Forward Shield plan, the "Clear Skies" campaign and the SAFE loan instrument.`,
			[]string{"PROGRAM Forward Shield", "PROGRAM Clear Skies", "PROGRAM SAFE"}},
		{"single quotes, straight or curly, mark a name too",
			"Ministers backed the 'Clear Skies' campaign and the ‘Safe Harbour’ scheme.",
			[]string{"PROGRAM Clear Skies", "PROGRAM Safe Harbour"}},
		{"two names before a policy's noun are two programmes",
			"The minister launched Mission Quorvel and the Tessfield Housing scheme.",
			[]string{"PROGRAM Mission Quorvel", "PROGRAM Tessfield Housing"}},
		{"a name in apposition to a programme's noun is the programme",
			"The bloc ended its mission, QUORMIS, in July, and the exercise, Tessfield Dawn, began.",
			[]string{"PROGRAM QUORMIS", "PROGRAM Tessfield Dawn"}},
		{"an exercise's name after its noun takes a hyphenated year",
			"The joint exercise Quorvel-2026 opened at dawn.",
			[]string{"PROGRAM Quorvel-2026"}},
		{"a name and a hyphenated year are an edition with no noun, and an opener inside starts it",
			"The Tessfield Storm-2025 drills ended; Joint Sea-2025 and Tri-Service Exercise Marlow-2026B began.",
			[]string{"PROGRAM Tessfield Storm-2025", "PROGRAM Joint Sea-2025", "PROGRAM Exercise Marlow-2026B"}},
		{"a name before guidelines or a policy is a programme's",
			"The Quorvel Sagar guidelines and the Look Tessfield policy were issued.",
			[]string{"PROGRAM Quorvel Sagar", "PROGRAM Look Tessfield"}},
		{"a base head after the prefix takes any name, a town's too",
			"Tankers flew from RAAF Base Darwin on Monday.",
			[]string{"LOC RAAF Base Darwin"}},
		{"a seaboard is a place; a day of observance is no entity",
			"The missile flew off the Eastern Seaboard on Quorvel Vijay Diwas.",
			[]string{"LOC Eastern Seaboard"}},
		{"an unknown name before a noun of a stretch of land is a place; a listed state keeps its label",
			"Troops entered the Quorvel area and the Tessfield corridor, and clashed in the Sikkim sector.",
			[]string{"LOC Quorvel", "LOC Tessfield", "GPE Sikkim"}},
		{"Kosovo is a country and the High North a region (gazetteer additions)",
			"Talks between Serbia and Kosovo stalled, and patrols in the High North grew.",
			[]string{"GPE Serbia", "GPE Kosovo", "LOC High North"}},
		{"the short forms of the lines of control",
			"Patrols along the LAC and the LoC resumed.",
			[]string{"LOC LAC -> Line of Actual Control", "LOC LoC -> Line of Control"}},
		{"a Himalayan lake and a line of control after the",
			"Patrols left Quorvel Tso for the Tessfield Line.",
			[]string{"LOC Quorvel Tso", "LOC Tessfield Line"}},
		{"a review after common words is a programme",
			"The Strategic Airlift Review was praised.",
			[]string{"PROGRAM Strategic Airlift Review"}},
		{"a place's name with an unknown word before a policy's noun is a programme",
			"The Rebuild Ukraine plan needs money, but the Ukraine plan does not.",
			[]string{"PROGRAM Rebuild Ukraine", "GPE Ukraine"}},
		{"the apposition may follow the noun and where it is",
			"The mission in Somalia, QUORMIS, needs funds.",
			[]string{"GPE Somalia", "PROGRAM QUORMIS"}},
		{"PM- glued to a capitalised name is a scheme (capitals read in title case name it)",
			"Farmers got money under PM-QUORVEL on Saturday, and PM-Tessfield grew.",
			[]string{"PROGRAM PM-QUORVEL -> PM-Quorvel", "PROGRAM PM-Tessfield"}},
		{"a Hindi head word ends a programme's name over titles, places and given names",
			"The Pradhan Mantri Quorvel Kalyan Anna Yojana and the Tessfield Pariyojana were extended.",
			[]string{"PROGRAM Pradhan Mantri Quorvel Kalyan Anna Yojana", "PROGRAM Tessfield Pariyojana"}},
		{"a name of three words or more ending in Community is a regional body",
			"The Southern Quorvel Development Community met the East African Community.",
			[]string{"ORG Southern Quorvel Development Community", "ORG East African Community"}},
		{"a place's possessive before a programme's name with 'and' is no site",
			"China's Quorvel and Road Initiative grew.",
			[]string{"GPE China", "PROGRAM Quorvel and Road Initiative"}},
		{"a compass word and a shore noun in lower case are no listed region",
			"Drills were held along the west coast of Taiwan.",
			[]string{"GPE Taiwan"}},
		{"an operation's name ends before in and a place",
			"Operation Quorvel Dawn in the Lake Tessfield region ended, and Exercise Marlow Gate in Kessel Bay began.",
			[]string{"PROGRAM Operation Quorvel Dawn", "LOC Lake Tessfield", "PROGRAM Exercise Marlow Gate", "LOC Kessel Bay"}},
		{"a line of control opening a sentence",
			"The Quorvel Line fence was damaged.",
			[]string{"LOC Quorvel Line"}},
		{"in the before a place's name parts a town and the place",
			"Gunmen struck near Quorvel in the Tessfield River valley.",
			[]string{"GPE Quorvel", "LOC Tessfield River"}},
		{"a name before air base or training area is the base's, a person's name too",
			"Jets flew from the Anna Quorvel air base to the Tessfield training area.",
			[]string{"LOC Anna Quorvel", "LOC Tessfield"}},
		{"a name, a small number and a programme's noun are a numbered exercise",
			"Iran held the Quorvel Prophet 19 drills; the Phase 2 project began.",
			[]string{"GPE Iran", "PROGRAM Quorvel Prophet 19"}},
		{"a programme named with its opener is named again without it",
			"Exercise Quorvel Shield began on Monday. Quorvel Shield will last two weeks. Under Project Tessfield, the navy will buy drones; Tessfield is due in 2030.",
			[]string{"PROGRAM Exercise Quorvel Shield", "PROGRAM Quorvel Shield", "PROGRAM Project Tessfield", "PROGRAM Tessfield"}},
		{"the name alone before its opener is not read back, nor a longer name holding it",
			"Tessfield said it would help. Operation Tessfield began, and Tessfield Marlow spoke.",
			[]string{"PERSON Tessfield", "PROGRAM Operation Tessfield", "PERSON Tessfield Marlow"}},
		{"a name, its state or country and a share in brackets are a place of work",
			"Work will be performed in Quorvel Springs, California (20%); and Anna Tessfield, Lancashire, United Kingdom (15%).",
			[]string{"GPE Quorvel Springs", "GPE California", "GPE Anna Tessfield", "GPE Lancashire", "GPE United Kingdom"}},
		{"what an operation is codenamed, or dubbed or called after a programme's noun, is its name",
			"The strikes, codenamed Quorvel Dawn, hit ten sites; an exercise dubbed Tessfield Shield-2026 followed, and the drills, code-named Joint Marlow-2024B, ended.",
			[]string{"PROGRAM Quorvel Dawn", "PROGRAM Tessfield Shield-2026", "PROGRAM Joint Marlow-2024B"}},
		{"A and B Island in the singular are two islands",
			"The carrier sailed past Quorvel and Tessfield Island.",
			[]string{"LOC Quorvel", "LOC Tessfield Island"}},
		{"two words ending in a common word after took part in are an exercise's code name",
			"Jets took part in Quorvel Noon, and ships participated in Tessfield Breeze.",
			[]string{"PROGRAM Quorvel Noon", "PROGRAM Tessfield Breeze"}},
		{"an opener, a name and a number are one project; tunnels and passes are places",
			"Under Project Quorvel 400, engineers dug the Tessfield Tunnel below the Velmar pass.",
			[]string{"PROGRAM Project Quorvel 400", "LOC Tessfield Tunnel", "LOC Velmar"}},
		{"a name held with a country, or a word in capitals held, is an exercise",
			"The coast guards held Quorvel Kaijin with Japan, and the navies conducted TESPAT in the Andaman Sea.",
			[]string{"PROGRAM Quorvel Kaijin", "GPE Japan", "PROGRAM TESPAT", "LOC Andaman Sea"}},
		{"a ship-named shore base a few words after a verb of basing is a place",
			"The navy will base them at HMAS Quorvel near Tessfield.",
			[]string{"LOC HMAS Quorvel", "GPE Tessfield"}},
	})
	// whatever else these names are, they are no programme or place
	for _, c := range []struct{ text, label string }{
		{"Exiles fled the Quorvel Regime last year.", "PROGRAM"},      // a regime named after its ruler
		{"Anna Quorvel's plan was rejected by the board.", "PROGRAM"}, // a person's plan
		{"The Quorvel plan failed, Quorvel said.", "PROGRAM"},         // one word, neither quoted nor in capitals
		{"The Quorvel-2026-built ship sailed.", "PROGRAM"},            // the year inside a longer word
		{"Quorvel, the operation's chief, resigned.", "PROGRAM"},      // no comma right after the noun
		{"The RAF Typhoon jets landed.", "LOC"},                       // a platform after the prefix
		{"Ships of Tessfield Line sailed.", "LOC"},
		{"It appeared in the Harvard Law Review.", "PROGRAM"},
		{"A man named Quorvel Dawn spoke.", "PROGRAM"},
		{"Delays hit the Global Supply Chain.", "LOC"},                                       // a chain of no islands
		{"The Quorvel Party plan and the Tessfield Industries operation failed.", "PROGRAM"}, // heads of other kinds
		{"Police held Anna Quorvel with her brother; he began USING it.", "PROGRAM"},         // a person; a shouted word
		{"Teams took part in Quorvel Park and in Tessfield Cup.", "PROGRAM"},                 // a place's and an event's heads                  // named after no programme's noun
		{"It was a bilateral Harbour Rescue (HR) exercise.", "PROGRAM"},                      // a kind of exercise
		{"The Anna area and the Security sector grew.", "LOC"},                               // a given name, a common word // a line with no article: a shipping company
	} {
		for _, e := range a.Annotate(c.text, time.Time{}) {
			if e.Label == c.label {
				t.Errorf("Annotate(%q): %s %q", c.text, c.label, e.Text)
			}
		}
	}
}
