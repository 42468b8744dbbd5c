package extract

import "testing"

func TestAnnotator_R24OrdinalBase(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an ordinal and a base's words", "Jets of the 86th Air Base and the 12th Tactical Air Force Base flew.",
			[]string{"ORG 86th Air Base", "ORG 12th Tactical Air Force Base"}},
		{"a wing after the base", "The 71st Air Base Wing and the 3rd Air Wing Base moved.",
			[]string{"ORG 71st Air Base Wing", "ORG 3rd Air Wing Base"}},
		{"a base named by a place stays a place", "Jets left Kessel Air Base and Tarvo Air Force Base.",
			[]string{"LOC Kessel Air Base", "LOC Tarvo Air Force Base"}},
		{"no ordinal: the base alone", "Jets left the Air Base at dawn.",
			[]string{"LOC Air Base"}},
	})
}

func TestAnnotator_R24LinkedNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a numbered base of an air force", "Pilots of the 57th Air Base of the Tarvonian Air Force flew.",
			[]string{"ORG 57th Air Base", "ORG Tarvonian Air Force"}},
		{"a listed firm for a brigade", "Kessel Aerodyne (KAD) won. The order went to KAD for the Tarvo Brigade.",
			[]string{"ORG Kessel Aerodyne", "ORG KAD -> Kessel Aerodyne", "ORG KAD -> Kessel Aerodyne", "ORG Tarvo Brigade"}},
		{"a bureau of a navy", "The Warship Design Bureau of the Tarvonian Navy drew the hull.",
			[]string{"ORG Warship Design Bureau", "ORG Tarvonian Navy"}},
		{"on the sea: the sea alone", `"It is the Alliance on the Ligurian Sea," he said.`,
			[]string{"LOC Ligurian Sea"}},
		{"a department of a service is one body", "The Department of the Navy paid.",
			[]string{"ORG Department of the Navy"}},
		{"a committee of a house is one body", "The Budget Committee of the Kessel Parliament met.",
			[]string{"ORG Budget Committee of the Kessel Parliament"}},
		{"a centre for a field is one body", "The Centre for the Study of Kessel Security met.",
			[]string{"ORG Centre for the Study of Kessel Security"}},
	})
}

func TestAnnotator_R24ServiceDistrict(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a border guard's district", "The commander of the Kessel Border Guard District said.",
			[]string{"ORG Kessel Border Guard District"}},
		{"a police region", "The Northern Police Region opened a post.",
			[]string{"ORG Northern Police Region"}},
		{"a compass point in brackets", "Ships of the Coast Guard Region (North East) sailed.",
			[]string{"ORG Coast Guard Region (North East)"}},
		{"a district of a town stays a place", "Flats in the Tarvo Harbour District were sold.",
			[]string{"GPE Tarvo Harbour District"}},
	})
}

func TestAnnotator_R24ContractLots(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a lot after a designator and a name", "The award funds E-2D Hawkeye Lot 12 production.",
			[]string{"PLATFORM E-2D Hawkeye"}},
		{"an increment after a missile", "The Army bought Starstreak Increment 2 rounds.",
			[]string{"ORG Army", "PLATFORM Starstreak"}},
		{"a block is a version, inside", "The navy bought the Kessel Block V missile.",
			[]string{"PLATFORM Kessel Block V"}},
	})
}

func TestAnnotator_R24ClassFlight(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a flight after a class", "The yard builds one Kessel-class Flight III destroyer.",
			[]string{"PLATFORM Kessel"}},
		{"a batch after a class", "The Tarvo-class Batch 2 frigates sailed.",
			[]string{"PLATFORM Tarvo"}},
		{"a flight after a name stays in it", "The yard builds one Kessel Flight III destroyer.",
			[]string{"PLATFORM Kessel Flight III"}},
	})
}

func TestAnnotator_R24ReleaseFooter(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"initials closing a release", "The ministry signed the deal.\n\nAB/CD/Kessel\n\n(Release ID: 1234)",
			nil},
		{"two initials", "The ministry signed the deal.\n\nTK/RV",
			nil},
		{"initials inside a sentence", "The KSL/TVR summit opened.",
			[]string{"ORG KSL", "PROGRAM TVR"}},
	})
}

func TestAnnotator_R24HeaderPlatforms(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a headline's platforms named in the text",
			"MINISTRY SIGNS DEALS WITH KSL AND TVR FOR FIVE FAST ATTACK CORVETTES AND TARVO RADARS\n\nThe ministry signed for five Fast Attack Corvettes (FAC) and 18 Tarvo Low Level Transportable Radars.",
			[]string{"PLATFORM FAST ATTACK CORVETTES -> Fast Attack Corvettes", "PLATFORM TARVO -> Tarvo", "PLATFORM Fast Attack Corvettes",
				"PLATFORM FAC -> Fast Attack Corvettes", "PLATFORM Tarvo"}},
		{"a person in the headline stays one",
			"TARVO BRANDT OPENS RADAR PLANT\n\nTarvo Brandt opened the plant that builds the Tarvo Low Level Transportable Radars.",
			[]string{"PERSON TARVO BRANDT -> Tarvo Brandt", "LOC RADAR PLANT -> Radar Plant", "PERSON Tarvo Brandt", "PLATFORM Tarvo"}},
	})
}

func TestAnnotator_R24SlashVariants(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a second variant's letters", "The navy flies KF-16AM/BM jets.",
			[]string{"PLATFORM KF-16AM/BM"}},
		{"a variant's letter read alone", "It flies F/A-28C/D jets.",
			[]string{"PLATFORM F/A-28C/D"}},
	})
}

func TestAnnotator_R24SpacedDesignators(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"letters, a number and a listed name", "The navy flies the KRX 12 Hawkeye and KRX 12C jets.",
			[]string{"PLATFORM KRX 12 Hawkeye", "PLATFORM KRX 12C"}},
		{"a hull's number is its own", "Two DDG 91 Hawkeye ships sailed.",
			[]string{"PLATFORM DDG 91", "PLATFORM Hawkeye -> E-2D Advanced Hawkeye"}},
		{"a body's letters and a count", "The KAF 36 Hawkeye jets flew. The KAF said.",
			[]string{"ORG KAF", "PLATFORM Hawkeye -> E-2D Advanced Hawkeye", "ORG KAF"}},
	})
}

func TestAnnotator_R24OwnedExercise(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a navy's exercise", "The Navy's Nordic Beacon began on Monday.",
			[]string{"ORG Navy", "PROGRAM Nordic Beacon"}},
		{"an army's operation", "The Army's Justified Lantern started.",
			[]string{"ORG Army", "PROGRAM Justified Lantern"}},
		{"a given name is a person", "The Navy's Maria Kessel spoke.",
			[]string{"ORG Navy", "PERSON Maria Kessel"}},
		{"a listed family name is a person", "The Navy's Tarvo Novak spoke.",
			[]string{"ORG Navy", "PERSON Tarvo Novak"}},
		{"a command is a unit", "The Army's Northern Command said.",
			[]string{"ORG Army", "ORG Northern Command"}},
	})
}
