package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// TestAnnotator_R36OfficeOwners lists one invented country, whose name
// keeps its label before an office.
func TestAnnotator_R36OfficeOwners(t *testing.T) {
	a := annotatorWith(t, nil,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Tarvoria"},
	)
	checkSpans(t, a, []spanCase{
		{"an office before of", "The chief executive of Tarvosk Airport, Frank Orvik, resigned.",
			[]string{"ORG Tarvosk Airport", "PERSON Frank Orvik"}},
		{"a board before of the", "The board of the Port of Kessovik met on Monday.",
			[]string{"ORG Port of Kessovik"}},
		{"a chief executive after the possessive", "Frank Orvik, the Port of Kessovik's chief executive, resigned.",
			[]string{"PERSON Frank Orvik", "ORG Port of Kessovik"}},
		{"the subject before which and a verb of running", "Tarvosk Airport, which runs the Kessovik terminal, said traffic rose.",
			[]string{"ORG Tarvosk Airport", "LOC Kessovik"}},
		{"The and an adverb before the verb", "The Port of Kessovik, which still operates berths at the quay, said traffic rose.",
			[]string{"ORG Port of Kessovik"}},
		{"a place with no office: left alone", "Ships sailed from the Port of Kessovik on Monday.",
			[]string{"LOC Port of Kessovik"}},
		{"which after a preposition's place: left alone", "Lorries queue at a depot near Tarvosk Airport, which runs day and night.",
			[]string{"LOC Tarvosk Airport"}},
		{"shares of a place: left alone", "Trawlers take their shares of the Kessovik Current each spring.",
			[]string{"LOC Kessovik Current"}},
		{"a listed place: left alone", "The chief executive of Tarvoria met the minister.",
			[]string{"GPE Tarvoria"}},
		{"a person's staff: left alone", "The staff of Anna Kessovik said she would stand.",
			[]string{"PERSON Anna Kessovik"}},
	})
}
