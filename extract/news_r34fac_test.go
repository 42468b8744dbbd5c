package extract

import "testing"

func TestAnnotator_R34NamesAndPlace(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a name and a valley after a route's preposition", "Buses on the route to Tarvosh and North Kessovik Valley ran late.",
			[]string{"GPE Tarvosh", "LOC North Kessovik Valley"}},
		{"a saint's name and a bay after from", "Ambulance routes from St Orvik and Brandvik Bay were slow.",
			[]string{"GPE St Orvik", "LOC Brandvik Bay"}},
		{"a quay linked with a street", "The bridge will link Tarvosh Quay with Mill Street and carry buses.",
			[]string{"LOC Tarvosh Quay", "LOC Mill Street"}},
		{"a site in a district", "The firm plans a tower near the Marvello in Kessovik Heights.",
			[]string{"LOC Kessovik Heights"}},
		{"one plural head for both: one name", "Ferries to the Tarvosh and Kessovik Islands stopped.",
			[]string{"LOC Tarvosh and Kessovik Islands"}},
		{"common words before the head: one name", "Tickets for the Arts and Leisure District went on sale.",
			[]string{"GPE Arts and Leisure District"}},
	})
}

func TestAnnotator_R34StreetTail(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a pike after along", "Parking along Tarvosh Pike will fund a field.",
			[]string{"LOC Tarvosh Pike"}},
		{"a pike after with", "The corridor will link the stadium with Kessovik Pike and the river.",
			[]string{"LOC Kessovik Pike"}},
		{"a pike after a street and and", "Sidewalks on Mill Street and Orvik Pike cost more.",
			[]string{"LOC Mill Street", "LOC Orvik Pike"}},
		{"a street cut short after a given name", "The last stage runs between Henrik St and the square.",
			[]string{"LOC Henrik St"}},
		{"a street cut short before a noun", "The layout through the Orvik St retail area stays.",
			[]string{"LOC Orvik St"}},
		{"a given name before the surname: left alone", "The actor met with Anna Pike on Tuesday.",
			[]string{"PERSON Anna Pike"}},
		{"no route's word before: left alone", "Kessovik Pike said the plan would fail.",
			[]string{"ORG Kessovik Pike"}},
	})
}

func TestAnnotator_R34RoadCodeRoutes(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a state's road after up", "The road up KS-412 is empty on weekends.",
			[]string{"LOC KS-412"}},
		{"a code and a junction", "Crews said the N31 and the Kessovik Interchange stay open while the road is rebuilt.",
			[]string{"LOC N31", "LOC Kessovik Interchange"}},
		{"a code through a tunnel", "The plan would carry the M47 through a tunnel under the new road.",
			[]string{"LOC M47"}},
		{"a model's shape after the and before and: left alone", "The road up KS-412 is empty on weekends, the army said of the MQ-9 and the Kessovik Interchange.",
			[]string{"LOC KS-412", "PLATFORM MQ-9", "LOC Kessovik Interchange"}},
		{"a code with no road's word around: left alone", "Crews said the N31 was a fine model on the road.",
			[]string{"PLATFORM N31"}},
		{"no road in the text: left alone", "The plan would carry the M47 through a tunnel.",
			[]string{"PLATFORM M47"}},
	})
}

// venueKinds28 (news_r28fac.go) takes a convention's and a theatre's
// centre as venues wherever they stand (r34fac).
func TestAnnotator_R34VenueKinds(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a theatre's centre after next to", "Stalls went up next to the Tarvosh Theatre Centre.",
			[]string{"LOC Tarvosh Theatre Centre"}},
		{"a convention centre in a list of sites", "Early voting sites include Kessovik Park and the Brandvik Convention Center, officials said.",
			[]string{"LOC Kessovik Park", "LOC Brandvik Convention Center"}},
		{"a centre of research: left alone", "The Kessovik Research Centre said costs rose.",
			[]string{"ORG Kessovik Research Centre"}},
		{"a university's theatre centre: left alone", "The Kessovik University Theatre Centre hired staff.",
			[]string{"ORG Kessovik University Theatre Centre"}},
	})
}

func TestAnnotator_R34SaintPossessive(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a saint's possessive and a hill", "Homes on St Orvik’s Hill were cleared.",
			[]string{"LOC St Orvik’s Hill"}},
		{"a saint's possessive ends a landmark", "Crowds filled the Ruins of St. Orvik’s on Sunday.",
			[]string{"LOC Ruins of St. Orvik’s"}},
		{"another name after the possessive: left alone", "The St Orvik’s Hill Road was shut.",
			[]string{"GPE St Orvik", "LOC Hill Road"}},
		{"a college's name: left alone", "Pupils at St Orvik’s College sang.",
			[]string{"ORG St Orvik’s College"}},
	})
}
