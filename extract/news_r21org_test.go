package extract

import "testing"

func TestAnnotator_R21TransitBody(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a city's transit body", "Pittsburgh Regional Transit will get $5 million more a year.",
			[]string{"ORG Pittsburgh Regional Transit", "MONEY $5 million -> USD 5000000"}},
		{"a county's metro and its possessive", "Buses were timed with Denver County Metro's new routes.",
			[]string{"ORG Denver County Metro"}},
		{"an unknown name's transit", "Kessel Transit said fares would stay the same.",
			[]string{"ORG Kessel Transit"}},
		{"a metro before its line", "The Sydney Metro line will reach the airport.",
			[]string{"ORG Sydney Metro"}},
		{"a state's legislature", "The plan needs the Ohio State Legislature to renew a grant.",
			[]string{"ORG Ohio State Legislature"}},
		{"a kind of service", "The Bus Rapid Transit line opens in May.",
			nil},
		{"the metro alone", "Riders crowded the Metro on Monday.",
			nil},
	})
}

func TestAnnotator_R21MakerThenModel(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a maker of three words and a rocket", "The probe flew on a Kessel Heavy Industries K3 rocket.",
			[]string{"ORG Kessel Heavy Industries", "PLATFORM K3"}},
		{"a maker and a hyphened designator", "The jets have Orvane International LX-2 engines.",
			[]string{"ORG Orvane International", "PLATFORM LX-2"}},
		{"a quarter's code", "Shares fell after the Kessel Holdings Q3 results.",
			nil},
		{"an airframer of one word", "The airline flies Airbus A320 jets.",
			[]string{"PLATFORM Airbus A320"}},
	})
}

func TestAnnotator_R21CapsResultSide(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"sides in capitals with scorers", "The derby turned on a try before half-time.\n\nBULLS 27 (Tries: Tarvo 2) HEARTS 20 (Tries: Brandt).",
			[]string{"ORG BULLS", "ORG HEARTS"}},
		{"a count's bracket", "The derby turned on a try before half-time.\n\nTOTAL 45 (all ranks).",
			nil},
		{"a country's side", "The derby turned on a try before half-time.\n\nUZBEKISTAN 2 (Tarvo 23) KESSEL 1 (Lind 58).",
			[]string{"GPE UZBEKISTAN -> Uzbekistan", "PERSON Tarvo", "ORG KESSEL -> Kessel", "PERSON Lind"}},
		{"no text of sport", "Prices rose in May.\n\nWOLVES 2 SAINTS 1",
			nil},
	})
}

func TestAnnotator_R21CommonStartPerson(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a position before a full name", "Lock Marta Orvane was sent off in the second half.",
			[]string{"PERSON Marta Orvane"}},
		{"a given name that is a common word", "Hunter Tarvo Brandt spoke to the press.",
			[]string{"PERSON Hunter Tarvo Brandt"}},
		{"no given name after it", "Wells Fargo said profit rose.",
			[]string{"ORG Wells Fargo"}},
	})
}

func TestAnnotator_R21CityOfBody(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a city's government acts", "The City of Orvane said it would appeal the ruling.",
			[]string{"ORG City of Orvane"}},
		{"a listed city's government owns", "The plan was approved by the City of Copenhagen's council.",
			[]string{"ORG City of Copenhagen"}},
		{"a place after in", "She lives in the City of Westminster.",
			[]string{"GPE City of Westminster"}},
	})
}

func TestAnnotator_R21TaxScheme(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a tax offset", "Savers on low pay get the Low Income Kessel Tax Offset.",
			[]string{"PROGRAM Low Income Kessel Tax Offset"}},
		{"a levy", "The Tarvo Fuel Levy rose in May.",
			[]string{"PROGRAM Tarvo Fuel Levy"}},
		{"a lender", "Orvane Credit lent the firm $5 million.",
			[]string{"ORG Orvane Credit", "MONEY $5 million -> USD 5000000"}},
	})
}

func TestAnnotator_R21IndexName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a market's index", "The Kessel Composite Index closed up 1.4 percent.",
			nil},
		{"an index with a hyphen", "Orvania's benchmark KV-Index rose.",
			[]string{"GPE Orvania"}},
		{"a firm that opens with the word", "Index Ventures invested in Tarvo Labs.",
			[]string{"ORG Index Ventures", "ORG Tarvo Labs"}},
	})
}
