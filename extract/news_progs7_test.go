package extract

import (
	"testing"
	"time"
)

// TestNewsProgs7_Rules: each rule of news_progs7.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsProgs7_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name of two words and its edition after a hyphen is an exercise's edition",
			"Sailors trained hard during Quorvel Tessan-26 this spring.",
			[]string{"PROGRAM Quorvel Tessan-26"}},
		{"a name of one word and its edition needs a verb that holds it; a missile's number has none",
			"The navies hosted Tessavar-XII, and the Velmor-17 flew 900 km.",
			[]string{"PROGRAM Tessavar-XII"}},
		{"an edition that began or concluded is an exercise's",
			"The drill between the two navies, Quorvesh-26, concluded on Friday.",
			[]string{"PROGRAM Quorvesh-26"}},
		{"a Roman numeral after a name of two words is its edition; after a given name it is a ruler's",
			"The armies held Desert Quorvel VIII while Henry VIII slept.",
			[]string{"PROGRAM Desert Quorvel VIII", "PERSON Henry VIII"}},
		{"a ruler's numeral after 'under' stays a person's",
			"The fort was built under Tessimar IV.",
			[]string{"PERSON Tessimar IV"}},
		{"a phase and a version ending in .0 mark a programme",
			"The board approved Quorvel Setuma Phase 2 and Tessan Rakshi 2.0 for the railways.",
			[]string{"PROGRAM Quorvel Setuma Phase 2", "PROGRAM Tessan Rakshi 2.0"}},
		{"a version mark or a count after a name is no edition",
			"The navy fired a Velmor Block IV, and the ship Tessan Star 12 miles off sank.",
			[]string{"PLATFORM Velmor Block IV", "PLATFORM Tessan Star"}},
		{"a product with its year before a device's noun is no programme",
			"Velto launched Orvix 2026 phones.",
			[]string{}},
		{"an amount inside an apposition after the name",
			"The drones were bought under Drone Tessavar, a $1 billion plan.",
			[]string{"PROGRAM Drone Tessavar", "MONEY $1 billion -> USD 1000000000"}},
		{"a name in apposition after a dash to a programme's noun",
			"The alliance unveiled the initiative — Steel Lattice — in May.",
			[]string{"PROGRAM Steel Lattice"}},
		{"a programme's noun in apposition after the name; a person's role is none",
			"The loans came under Tessan Harbour, the bank's fund for small suppliers, said Quorvel Smith, the fund's director.",
			[]string{"PROGRAM Tessan Harbour", "PERSON Quorvel Smith"}},
		{"any name with a programme's noun ending an apposition after it; a role's noun ends none",
			"Loans came under Bridgehead, the bank's fund for suppliers, and Quorvel Vikas, a scheme for farmers; Ravi Kumar, a mission specialist, flew on K1, the first crewed flight.",
			[]string{"PROGRAM Bridgehead", "PROGRAM Quorvel Vikas", "PERSON Ravi Kumar", "PROGRAM K1"}},
		{"a name before 'mission' is the mission's, where a craft's head would make it a platform; a place alone is none",
			"The Tessan Trailblazer mission flew past Mars, and the Mars mission was cut.",
			[]string{"PROGRAM Tessan Trailblazer", "LOC Mars", "LOC Mars"}},
		{"a name after 'participated in' or after an edition's noun and 'of'",
			"Ships participated in Tessavar-26 before the 12th edition of Quorvesh-XII.",
			[]string{"PROGRAM Tessavar-26", "PROGRAM Quorvesh-XII"}},
		{"common words after a verb that takes programmes, or 'as part of'",
			"Norway joined Iron Meadow, and the ships sailed as part of Quiet Lantern.",
			[]string{"GPE Norway", "PROGRAM Iron Meadow", "PROGRAM Quiet Lantern"}},
		{"common words before 'patrols' name the patrols; a force's cue word keeps it an organisation",
			"The Joint Harbour Watch patrols grew, and Royal Navy patrols ended.",
			[]string{"PROGRAM Joint Harbour Watch", "ORG Royal Navy"}},
		{"a coined name before a common noun after a verb of holding; people join bands",
			"The two air forces conducted Quorvesh Lance, and Anna Berg joined the Tessavar Piano Trio.",
			[]string{"PROGRAM Quorvesh Lance", "PERSON Anna Berg", "ORG Tessavar Piano Trio"}},
		{"a person joins a firm named with common words; a country an exercise; a plural force's head is an organisation",
			"Anna Berg joined Radio Kestrel as its editor, Chile joined the Combined Naval Forces and Peru joined Silver Meadow.",
			[]string{"PERSON Anna Berg", "ORG Radio Kestrel", "GPE Chile", "ORG Combined Naval Forces", "GPE Peru", "PROGRAM Silver Meadow"}},
		{"a newspaper's head word after a verb of holding and no article ends an exercise's name",
			"The navies conducted Tessan Guardian, the Tessan Guardian reported.",
			[]string{"PROGRAM Tessan Guardian", "ORG Tessan Guardian"}},
		{"a year apart with a programme's noun after it",
			"Officials said the Quorvel Rise 2047 plan set targets.",
			[]string{"PROGRAM Quorvel Rise 2047"}},
		{"a programme named after a mission's noun, with its edition; known as; so-called",
			"The strikes came under a separate mission named Velvet Archer 26; the initiative, known as Tessan Dawn, and the so-called Iron Meadow grew.",
			[]string{"PROGRAM Velvet Archer 26", "PROGRAM Tessan Dawn", "PROGRAM Iron Meadow"}},
		{"a place's name inside a name dubbed so is the programme's; a place alone is not",
			"The exercise, dubbed Winter Boston, began; the operation, called Boston, ended.",
			[]string{"PROGRAM Winter Boston", "GPE Boston"}},
		{"Make in and a place is a campaign; 'make in' in lower case a verb",
			"The state will expand Make in Assam, and firms make in Ohio what they sell.",
			[]string{"PROGRAM Make in Assam", "GPE Ohio"}},
		{"a word ending in -yaan is an Indian mission, with its number",
			"ISRO will fly Quorvayaan and then Tessanyaan-2.",
			[]string{"ORG ISRO -> Indian Space Research Organisation", "PROGRAM Quorvayaan", "PROGRAM Tessanyaan-2"}},
		{"a Hindi head ends an Indian exercise's or scheme's name, its edition with it",
			"Troops joined Quorvel Shakti-26 after the Tessan Setu portal opened.",
			[]string{"PROGRAM Quorvel Shakti-26", "PROGRAM Tessan Setu"}},
		{"a Hindi head alone with its edition; a procurement route's edition before its noun",
			"The ministry said Maitri-XIV would include drills, and six projects were cleared under the Tessan-II procedure.",
			[]string{"PROGRAM Maitri-XIV", "PROGRAM Tessan-II"}},
		{"a crewed flight's series and its number are a mission",
			"Crew-14 docked, Ax-7 waited and NS-40 landed.",
			[]string{"PROGRAM Crew-14", "PROGRAM Ax-7", "PROGRAM NS-40"}},
		{"a quoted name an institution owns is its programme",
			"The ministry's ‘Year of Quorvel’ will simplify rules.",
			[]string{"PROGRAM Year of Quorvel"}},
		{"a programme named again with another edition, or without its edition",
			"The Tessavar programme buys ships; Tessavar 3 adds submarines. Quorvesh-26 began, and Quorvesh will end in May.",
			[]string{"PROGRAM Tessavar", "PROGRAM Tessavar 3", "PROGRAM Quorvesh-26", "PROGRAM Quorvesh"}},
	})
}

// TestNewsProgs7_NoProgram: names the round-7 rules must not read as
// programmes, whatever else reads them.
func TestNewsProgs7_NoProgram(t *testing.T) {
	a := newTestAnnotator(t)
	for _, text := range []string{
		"The cafe is now called Quorvel Lover.",             // called so after no programme's noun
		"The hymn called, 'A Charge to Keep,' was sung.",    // a title's article
		"Write to 12 Tessan Place Ste 500 in Baltimore.",    // a suite's number
		"Brant read Revised Article 4.6 on Monday.",         // a clause's number
		"Velto shipped Orvix Studio 2026 to stores.",        // a product's year
		"The fort was built under Tessimar IV.",             // a ruler's numeral
		"The Velmor-17 flew 900 km before it fell.",         // a missile's number
		"The research vessel Tessan Hai 6 docked at noon.",  // a vessel's number
		"Anna Berg joined Radio Kestrel as its editor.",     // a person joins a firm
		"The Tessavar 500 aircraft were grounded in March.", // a model's number
		"Velto launched Orvix Watch 7 in May.",              // a product's model
		"Velto released Orvix Saga VII for consoles.",       // a game's numeral
		"The city hosted Earth Day events.",                 // a day of observance
	} {
		for _, e := range a.Annotate(text, time.Time{}) {
			if e.Label == "PROGRAM" {
				t.Errorf("Annotate(%q): PROGRAM %q", text, e.Text)
			}
		}
	}
}
