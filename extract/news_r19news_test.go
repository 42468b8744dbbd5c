package extract

import "testing"

func TestAnnotator_R19GivenNameSite(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a square after at", "The governor spoke at Dana Place on Monday.",
			[]string{"LOC Dana Place"}},
		{"a ground's end after the", "He bowled well from the Marta Grove end.",
			[]string{"LOC Marta Grove"}},
		{"a headland's pad", "The stage burned at the Orvane Ness pad.",
			[]string{"LOC Orvane Ness"}},
		{"a person who speaks", "Dana Grove said the plan would fail.",
			[]string{"PERSON Dana Grove"}},
		{"a person's possessive", "Police gathered at Dana Place's house.",
			[]string{"PERSON Dana Place"}},
		{"no place's word before", "The board thanked Dana Grove for her work.",
			[]string{"PERSON Dana Grove"}},
	})
}

func TestAnnotator_R19CodedRoad(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a motorway's code", "Trucks will reach the plant by a spur off the D4 motorway.",
			[]string{"LOC D4"}},
		{"a code with a letter after", "Crowds lined the K1A causeway to watch.",
			[]string{"LOC K1A"}},
		{"a platform's code", "The army tested the K9 howitzer.",
			[]string{"PLATFORM K9"}},
	})
}

func TestAnnotator_R19ListBeforePluralVerb(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two towns then were", "Families in Leeds and Orvikstad were told to boil water.",
			[]string{"GPE Leeds", "GPE Orvikstad"}},
		{"three towns then had", "Shops in Leeds, Tarvomere and Orvikstad had closed.",
			[]string{"GPE Leeds", "GPE Tarvomere", "GPE Orvikstad"}},
		{"a comma opens a clause", "The talks were held in Leeds, and Brandt was pleased.",
			[]string{"GPE Leeds", "PERSON Brandt"}},
		{"a singular verb", "The talks were held in Leeds and Brandt said no.",
			[]string{"GPE Leeds", "PERSON Brandt"}},
	})
}

func TestAnnotator_R19RouteCorridor(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"trains on a corridor", "Trains will run more often on the Silver Corridor between Leeds and Glasgow.",
			[]string{"LOC Silver Corridor", "GPE Leeds", "GPE Glasgow"}},
		{"trade along it", "Freight along the Amber Corridor grew by a third.",
			[]string{"LOC Amber Corridor"}},
		{"a scheme of development", "Investors backed projects on the Orvane Economic Corridor.",
			[]string{"PROGRAM Orvane Economic Corridor"}},
	})
}

func TestAnnotator_R19SeatFor(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an MP's seat of two words", "Dana Brandt, the MP for Kessel Orvane, said the plan was working.",
			[]string{"PERSON Dana Brandt", "GPE Kessel Orvane"}},
		{"a member's seat shaped like a surname", "The member for Brindlemoor, Tarvo Kessel, voted against it.",
			[]string{"GPE Brindlemoor", "PERSON Tarvo Kessel"}},
		{"a board member for a firm", "She was a board member for Kessel Holdings.",
			[]string{"ORG Kessel Holdings"}},
	})
}

func TestAnnotator_R19AdminUnit(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a county in a city's story", "LONDON — Coverage will reach villages in Kessel County and Tarvo County.",
			[]string{"GPE LONDON -> London", "GPE Kessel County", "GPE Tarvo County"}},
		{"a prefecture", "TOKYO — The jets will be based in Orvane Prefecture.",
			[]string{"GPE TOKYO -> Tokyo", "GPE Orvane Prefecture"}},
		{"a city's part stays", "LONDON — Rents rose fastest in Tarvomere and Kesselby.",
			[]string{"GPE LONDON -> London", "LOC Tarvomere", "LOC Kesselby"}},
	})
}

func TestAnnotator_R19VenueCentre(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a person's centre where a speech is held", "The minister gave a speech on Monday at the Dana Kessel Centre.",
			[]string{"LOC Dana Kessel Centre"}},
		{"an event's kind", "The fair opened at the National Exhibition Centre.",
			[]string{"LOC National Exhibition Centre"}},
		{"a post before at", "Tarvo Brandt, an analyst at the Orvane Center, disagreed.",
			[]string{"PERSON Tarvo Brandt", "ORG Orvane Center"}},
		{"a field's word", "The study came out at the Kessel Policy Center.",
			[]string{"ORG Kessel Policy Center"}},
		{"a centre for a field", "A talk at the Kessel Centre for Peace Studies drew a crowd.",
			[]string{"ORG Kessel Centre for Peace Studies"}},
	})
}
