package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// newR30bAnnotator is the shipped gazetteer with two invented firms listed,
// so that their names are read as two listed bodies side by side.
func newR30bAnnotator(t *testing.T) *Annotator {
	return annotatorWith(t, nil,
		configs.GazetteerEntry{Label: "ORG", Canonical: "Kesselsat"},
		configs.GazetteerEntry{Label: "ORG", Canonical: "Morrowtel"},
	)
}

func TestAnnotator_R30bAdjacentOrgs(t *testing.T) {
	a := newR30bAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two listed firms with a space between are one", "Shares of Kesselsat Morrowtel rose on Monday.",
			[]string{"ORG Kesselsat Morrowtel"}},
		{"joined by and they are two", "Shares of Kesselsat and Morrowtel rose on Monday.",
			[]string{"ORG Kesselsat", "ORG Morrowtel"}},
		{"a comma parts them", "Shares of Kesselsat, Morrowtel and others rose.",
			[]string{"ORG Kesselsat", "ORG Morrowtel"}},
		{"a line break parts them", "Shares of Kesselsat\nMorrowtel rose on Monday.",
			[]string{"ORG Kesselsat", "ORG Morrowtel"}},
	})
}

func TestAnnotator_R30bWhichBody(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"which refers back to a body", "Repairs will be done by Tarvo Tehnika, which opened a hangar last year.",
			[]string{"ORG Tarvo Tehnika"}},
		{"who refers back to a person", "Repairs will be done by Tarvo Tehnika, who opened a hangar last year.",
			[]string{"PERSON Tarvo Tehnika"}},
		{"a given name keeps the person: which is the report's", "A report by Anna Kessel, which was published on Monday, found gaps.",
			[]string{"PERSON Anna Kessel"}},
		{"the person named elsewhere keeps the name", "Tarvo Tehnika said the plan was late. A study by Tarvo Tehnika, which ran to 40 pages, agreed.",
			[]string{"PERSON Tarvo Tehnika", "PERSON Tarvo Tehnika"}},
	})
}
