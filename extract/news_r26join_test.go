package extract

import "testing"

func TestAnnotator_R26JoinedNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a listed company with a firm", "The deal, led by Unilever with Tarvo Petroleum as partner, closed.",
			[]string{"ORG Unilever", "ORG Tarvo Petroleum"}},
		{"a firm in a country and another", "The plants include Kessel Works in Spain and Tarvo Steel in Chile.",
			[]string{"ORG Kessel Works", "GPE Spain", "ORG Tarvo Steel", "GPE Chile"}},
		{"an unknown town and a county", "Neighbours in Tarvoville and Tarvel County complained.",
			[]string{"GPE Tarvoville", "GPE Tarvel County"}},
		{"a listed country and a county", "Neighbours in Portugal and Tarvel County complained.",
			[]string{"GPE Portugal", "GPE Tarvel County"}},
		{"a county and an unknown town", "Tarvel County and Kessimo agreed.",
			[]string{"GPE Tarvel County", "GPE Kessimo"}},
		{"an agreement with a country", "Portugal signed a Free Trade Agreement with Japan.",
			[]string{"GPE Portugal", "PROGRAM Free Trade Agreement", "GPE Japan"}},
		{"a plural head is shared", "Ferries to the Tarvo and Kessel Counties stopped.",
			[]string{"LOC Tarvo", "ORG Kessel Counties"}},
		{"no firm after with", "The Rights of Persons with Disabilities Act passed.",
			[]string{"PROGRAM Rights of Persons with Disabilities Act"}},
		{"a body's own link before in", "The Port of Tarvo in Orvania and Kessel Dock Company said so.",
			[]string{"ORG Port of Tarvo in Orvania and Kessel Dock Company"}},
	})
}

func TestAnnotator_R26SharedStand(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a stand named after two people", "Hope hit a six into the Tarvo and Kessel Stand after tea.",
			[]string{"LOC Tarvo and Kessel Stand"}},
		{"a pavilion", "Members packed the Brandt and Kessel Pavilion.",
			[]string{"LOC Brandt and Kessel Pavilion"}},
		{"a road is no stand", "Traffic on Tarvo and Kessel Road stopped.",
			[]string{"LOC Kessel Road"}},
	})
}

func TestAnnotator_R26DesignationStop(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a concourse's letter ends the sentence", "Frontier wants more space on Concourse A. Kessel Air said fares would fall.",
			[]string{"LOC Concourse A", "ORG Kessel Air"}},
		{"a gate's letter", "Passengers waited at Gate B. Tarvo Brandt, a passenger, said so.",
			[]string{"PERSON Tarvo Brandt"}},
		{"an initial stays one", "The report by J. Kessel Tarvo was read.",
			[]string{"PERSON J. Kessel Tarvo"}},
	})
}

func TestAnnotator_R26InningsSide(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"sides before their innings totals",
			"SCORES: Tarvo Red 231 (Ana Brandt 74) and 188 (Ivo Tarvel 52); Morrow Pride 262 (Ana Kessel 61 not out). The innings ended before tea, with wickets falling fast.",
			[]string{"ORG Tarvo Red", "PERSON Ana Brandt", "PERSON Ivo Tarvel", "ORG Morrow Pride", "PERSON Ana Kessel"}},
		{"a nation's side keeps its label", "England 285 (Ana Brandt 96) lost by six wickets in the second innings.",
			[]string{"GPE England", "PERSON Ana Brandt"}},
		{"a task force's number without scorers", "Combined Task Force 151 patrols the gulf.",
			[]string{"ORG Task Force 151"}},
	})
}

func TestAnnotator_R26CompassPhrase(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"the east end of a square", "Crowds gathered at the east end of the square.",
			nil},
		{"the north side of a terminal", "Trains will stop on the north side of the Kessel Terminal next year.",
			[]string{"LOC Kessel Terminal"}},
		{"places typed in lower case", "Fans flew to san francisco and south africa last week.",
			[]string{"GPE san francisco -> San Francisco", "GPE south africa -> South Africa"}},
	})
}

func TestAnnotator_R26Honorifics(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"Haji", "Haji Kessel Tarvo, who runs a firm in Tarvel, said so.",
			[]string{"PERSON Kessel Tarvo", "GPE Tarvel"}},
		{"Dr and Hajah", "Dr Hajah Ana Kessel agreed.",
			[]string{"PERSON Ana Kessel"}},
		{"Sayyid", "It was attended by Sayyid Tarvo bin Kessel Al Orvan, a minister.",
			[]string{"PERSON Tarvo bin Kessel Al Orvan"}},
		{"Datuk, Pengiran, Puan Sri", "Datuk Tarvo Kessel and Pengiran Ana Brandt met Puan Sri Aminah Kessel.",
			[]string{"PERSON Tarvo Kessel", "PERSON Ana Brandt", "PERSON Aminah Kessel"}},
		{"Syed is part of the name", "Speaker Syed Tarvo Ali Kessel chaired it.",
			[]string{"PERSON Syed Tarvo Ali Kessel"}},
		{"an honorific before an apposition of a body", "Dr Ana Kessel, a consultant in public health at the agency, said so.",
			[]string{"PERSON Ana Kessel"}},
	})
}

func TestAnnotator_R26SideScore(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a listed club before its score", "The Tarvo Kings beat the Boston Bruins 4-3 in overtime.",
			[]string{"ORG Tarvo Kings", "ORG Boston Bruins"}},
		{"a model's variant of three digits", "The Kessel Airways fleet adds a Boeing 787-9 next year.",
			[]string{"ORG Kessel Airways", "PLATFORM Boeing 787-9"}},
	})
}

func TestAnnotator_R26LetteredSite(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a concourse and a terminal by their letters", "Passengers moved from Concourse B to Terminal C on Monday.",
			[]string{"LOC Concourse B", "LOC Terminal C"}},
		{"a gate is no site", "Passengers waited at Gate B for an hour.",
			nil},
		{"a word after the head", "The Concourse Kessel opened.",
			nil},
	})
}
