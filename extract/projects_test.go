package extract

import "testing"

// TestCapabilityProject: an Australian defence project's domain and number,
// on sentences written for the test.
func TestCapabilityProject(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a domain and a number are a project; a phase stays outside",
			"The Army said LAND 907 Phase 2 is late, while SEA 3000 and JP 9102 are on time.",
			[]string{"ORG Army", "PROGRAM LAND 907", "PROGRAM SEA 3000", "PROGRAM JP 9102"}},
		{"a number that could be a year counts before a phase only",
			"Work on JP 2047 Phase 3 began; the AIR 2026 ROADSHOW did not.",
			[]string{"PROGRAM JP 2047"}},
		{"a short number or a mixed-case word is no project",
			"The Land 400 acres and SEA 12 were sold.",
			nil},
	})
}

// TestProgrammeOwnersAndConcepts: a quoted name with its owner after it, and
// a defence concept, on sentences written for the test.
func TestProgrammeOwnersAndConcepts(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a quoted name declared or launched by its owner is a programme; a quoted work is not",
			"Officials praised the ‘Year of Harbours’ declared by the ministry and the \"Clean Kessel\" launched by the council.",
			[]string{"PROGRAM Year of Harbours", "PROGRAM Clean Kessel"}},
		{"a name ending in Concept is a programme",
			"The army follows the Integrated Littoral Defence Concept.",
			[]string{"PROGRAM Integrated Littoral Defence Concept"}},
	})
}

// TestDePlace: a town's name joined by its particle, on sentences written
// for the test.
func TestDePlace(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town's name joined by 'de' is one place, in a list too; a person's and a body's are not",
			"Floods hit Villa de Orvano, and clinics in La Tessira and Lomas de Kesselo closed, said Luis de Guindos of the Banco de España.",
			[]string{"GPE Villa de Orvano", "GPE La Tessira", "GPE Lomas de Kesselo", "PERSON Luis de Guindos", "ORG Banco de España -> Bank of Spain"}},
	})
}
