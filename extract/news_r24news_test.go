package extract

import "testing"

func TestAnnotator_R24InfraHead(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two barrages", "The budget pays for repairs to the Tarvo Barrage and the Kessel Barrage.",
			[]string{"LOC Tarvo Barrage", "LOC Kessel Barrage"}},
		{"a railway's halt", "The new line will run from Orvane Halt to the port.",
			[]string{"LOC Orvane Halt"}},
		{"a given name before the head", "Traffic backed up at Priya Interchange on Monday.",
			[]string{"LOC Priya Interchange"}},
		{"a body's word before the head", "Shares of Kessel Energy Junction rose.",
			[]string{"ORG Kessel Energy Junction"}},
		{"a title before the name", "Minister Tarvo Weir said so.",
			[]string{"PERSON Tarvo Weir"}},
		{"the head alone", "Junction boxes were stolen.",
			nil},
	})
}

func TestAnnotator_R24AdminOf(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a canton of a place", "The Canton of Tarvo interior ministry said the clubs would be fined.",
			[]string{"GPE Canton of Tarvo"}},
		{"an oblast and a county", "Farmers in the Oblast of Kessel and the County of Orvane lost crops.",
			[]string{"GPE Oblast of Kessel", "GPE County of Orvane"}},
		{"a department is a body", "The Department of Tarvo Affairs said so.",
			[]string{"ORG Department of Tarvo Affairs"}},
		{"a region's body", "The Region of Kessel Council met.",
			[]string{"ORG Region of Kessel Council"}},
	})
}

func TestAnnotator_R24RegionName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a place's region", "Environmental groups in Tarvoda Region welcomed the plan.",
			[]string{"GPE Tarvoda Region"}},
		{"a sea's region", "Navies patrol the Indian Ocean Region together.",
			[]string{"LOC Indian Ocean Region"}},
		{"a common word's region", "Trade along the border grew in the Border Region.",
			[]string{"LOC Border Region"}},
	})
}

func TestAnnotator_R24CompassShore(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a shore", `The governor called it "a great night for the Eastern Shore".`,
			[]string{"LOC Eastern Shore"}},
		{"a coast", "Storms hit the whole West Coast and the North Coast.",
			[]string{"LOC West Coast", "LOC North Coast"}},
		{"no compass word", "He moved to the Kessel Coast last year.",
			[]string{"LOC Kessel Coast"}},
	})
}

func TestAnnotator_R24PlacePossessive(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a country's possessive before a body", "A partner satellite was built by the United Arab Emirates’ Kessel Tarvo Institute.",
			[]string{"GPE United Arab Emirates", "ORG Kessel Tarvo Institute"}},
		{"a plural's possessive inside a name", "The Coastal Leaders’ Summit opened on Monday.",
			[]string{"PROGRAM Coastal Leaders’ Summit"}},
	})
}

func TestAnnotator_R24TownName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a given name and Town", "She worked through the summer in the clean room in Priya Town.",
			[]string{"GPE Priya Town"}},
		{"a side in a text of sport", "Kessel Town won 2-0 in the derby.",
			[]string{"ORG Kessel Town"}},
		{"a zone", "He works at Tarvo Media City.",
			[]string{"ORG Tarvo Media City"}},
	})
}

func TestAnnotator_R24SaintOpened(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a saint's word and a place's noun", "Buyers now want flats in the Kessel and Agios Tarvonas areas.",
			[]string{"LOC Kessel", "LOC Agios Tarvonas"}},
		{"after a place's preposition", "The bus stops near Sveti Orvan every hour.",
			[]string{"LOC Sveti Orvan"}},
		{"no place's words around it", "Agios Tarvonas said he would come.",
			[]string{"PERSON Agios Tarvonas"}},
	})
}

func TestAnnotator_R24StreetAndCentre(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a street and a centre", "Trains were held between Kessel Street and Tarvo Center stations.",
			[]string{"LOC Kessel Street", "LOC Tarvo Center"}},
		{"a body's centre", "The Tarvo Center and Kessel Foundation said so.",
			[]string{"ORG Tarvo Center", "ORG Kessel Foundation"}},
		{"a group's centre", "It sits between the Kessel Group Center and Tarvo Road.",
			[]string{"ORG Kessel Group Center", "ORG Tarvo Road"}},
	})
}

func TestAnnotator_R24LinkedPlaces(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a Czech town's connector", "The work is done by Kessel Trucks in Brno u Nového Tarvova.",
			[]string{"ORG Kessel Trucks", "GPE Brno u Nového Tarvova"}},
		{"a German town's connector", "He grew up in Bremen an der Kesselau.",
			[]string{"GPE Bremen an der Kesselau"}},
		{"an article's word", "Tarvo Brandt landed in Bremen an Orvane jet later.",
			[]string{"PERSON Tarvo Brandt", "GPE Bremen", "PLATFORM Orvane"}},
	})
}

func TestAnnotator_R24HyphenPlaces(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a compound before a place's noun", "The line reaches the Tarvel-Nord region.",
			[]string{"GPE Tarvel-Nord"}},
		{"a person's name read whole stays", "Families displaced from Tarvo-Kesselakh got aid.",
			[]string{"PERSON Tarvo-Kesselakh"}},
		{"a compound listed after a town", "Firms in Bristol, Tarvo-in-Kessel and Leeds won work.",
			[]string{"GPE Bristol", "GPE Tarvo-in-Kessel", "GPE Leeds"}},
		{"lower-case inner parts", "Streets in Leeds and Tarvo-ring-gai are protected.",
			[]string{"GPE Leeds", "GPE Tarvo-ring-gai"}},
		{"two countries", "Officials met in India-Pakistan talks.",
			[]string{"GPE India", "GPE Pakistan"}},
		{"a common word", "He works in Long-term care.",
			nil},
		{"months", "Profit rose in the July-September quarter.",
			nil},
	})
}

// TestR24NewsMends: the hyphen chain and the town's name where the
// merged rules met other tests: a brand's letter, a town before its
// province, a side before its result.
func TestR24NewsMends(t *testing.T) {
	checkSpans(t, newTestAnnotator(t), []spanCase{
		{"a brand's letter joins no place", "Payments rose in K-Tarvo wallets.", nil},
		{"a town before its province", "The mill in Saint-Kessel, Ont., closed.", []string{"GPE Saint-Kessel", "GPE Ont. -> Ontario"}},
		{"a side before its result", "Orvane Town lost 2-1 at home.", []string{"ORG Orvane Town"}},
	})
}
