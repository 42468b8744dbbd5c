package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// TestAnnotator_R35TownClubs lists four invented towns, so that their
// names are read as towns before the rule reads their clubs.
func TestAnnotator_R35TownClubs(t *testing.T) {
	a := annotatorWith(t, nil,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Tarvosh"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Brandvik"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Orvik"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Kessovik"},
	)
	sport := " The striker scored before half-time and the goalkeeper saved a penalty after kick-off."
	checkSpans(t, a, []spanCase{
		{"a town named by its club's name", "Tarvosh United beat Kessovik Rovers 2-1 in Orvik on Saturday." + sport + " Tarvosh took the lead after ten minutes.",
			[]string{"ORG Tarvosh United", "ORG Kessovik Rovers", "GPE Orvik", "ORG Tarvosh -> Tarvosh United"}},
		{"a plural verb after a town", "Fans in Brandvik cheered on Saturday." + sport + " Brandvik visit Orvik next week.",
			[]string{"GPE Brandvik", "ORG Brandvik", "GPE Orvik"}},
		{"a result after a town and who", "Supporters in Brandvik were pleased." + sport + " Orvik are third, behind Kessovik and Brandvik, who drew 1-1.",
			[]string{"GPE Brandvik", "ORG Orvik", "GPE Kessovik", "ORG Brandvik"}},
		{"a town after a place's preposition: left alone", "Tarvosh United beat Kessovik Rovers 2-1 on Saturday." + sport + " Fans in Tarvosh cheered.",
			[]string{"ORG Tarvosh United", "ORG Kessovik Rovers", "GPE Tarvosh"}},
		{"a plural verb after a list of towns: left alone", "Fans came from Brandvik." + sport + " Orvik and Brandvik are near the coast.",
			[]string{"GPE Brandvik", "GPE Orvik", "GPE Brandvik"}},
		{"no sport in the text: left alone", "Officials in Brandvik met on Monday. Brandvik have a new plan for the harbour.",
			[]string{"GPE Brandvik", "GPE Brandvik"}},
		{"a council is no club: left alone", "The Tarvosh Council met on Saturday." + sport + " Tarvosh took the lead after ten minutes.",
			[]string{"ORG Tarvosh Council", "GPE Tarvosh"}},
	})
}

func TestAnnotator_R35BodyNounNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a group's name after its noun", "Environmental group Tarvosk said the plan was unlawful.",
			[]string{"ORG Tarvosk"}},
		{"a holder's name with a common last word", "Licence holder Kessovik Minerals welcomed the ruling.",
			[]string{"ORG Kessovik Minerals"}},
		{"the same name again", "Environmental group Tarvosk said the plan was unlawful. Tarvosk will appeal.",
			[]string{"ORG Tarvosk", "ORG Tarvosk"}},
		{"a holder with no common word: left alone", "Record holder Anna Kessovik said the track was slow.",
			[]string{"PERSON Anna Kessovik"}},
		{"a trade people have: left alone", "Game developer Anna Kessovik said the studio would close.",
			[]string{"PERSON Anna Kessovik"}},
		{"an article between: left alone", "The group's Anna Kessovik said the plan was unlawful.",
			[]string{"PERSON Anna Kessovik"}},
	})
}

func TestAnnotator_R35AppositionHeads(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body's arm", "Kessovik Dairy Tarvosh, the former dairy arm now controlled by farmers, was not sold.",
			[]string{"ORG Kessovik Dairy Tarvosh"}},
		{"a body's unit after a programme's word", "Roads are built by Project ORVAK, the Border Roads Brigade unit that has worked there since 1961.",
			[]string{"ORG Project ORVAK", "ORG Border Roads Brigade"}},
		{"a role's head after a possessive", "Fares will rise, said Idris Orvalli, the carrier's commercial director.",
			[]string{"PERSON Idris Orvalli"}},
		{"a craft's head: left alone", "The deal includes the TK7, the carrier-capable drone that flies from the ship.",
			[]string{"PLATFORM TK7"}},
		{"a unit of something: left alone", "Kessovik Dairy Tarvosh, a unit of the group, makes cheese.",
			[]string{"PERSON Kessovik Dairy Tarvosh"}},
		{"a clause after the head: left alone", "Attention is now on Orvane, the larger rocket the company is building.",
			[]string{"PLATFORM Orvane"}},
	})
}
