package extract

import "testing"

func TestAnnotator_R19YardAtPlace(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"shipyard after at", "The corvette was handed over at Kessel Naval Shipyard in November.",
			[]string{"LOC Kessel Naval Shipyard"}},
		{"the and docks", "The hull was towed to a berth at the Tarvo Docks last week.",
			[]string{"LOC Tarvo Docks"}},
		{"a city after the head", "The craft was commissioned at Naval Dockyard Mumbai on Monday.",
			[]string{"LOC Naval Dockyard Mumbai"}},
		{"a company's form after it", "The ship was built at Orvane Shipyard Limited in May.",
			[]string{"ORG Orvane Shipyard Limited"}},
		{"a yard that builds", "Kessel Shipyard won the order for two frigates.",
			[]string{"ORG Kessel Shipyard"}},
		{"built by", "The frigate was built by Kessel Shipyard for the navy.",
			[]string{"ORG Kessel Shipyard"}},
	})
}

func TestAnnotator_R19DocumentPart(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"chapter of a charter", "The council acted under Chapter VII of the Kessel Charter.",
			[]string{"PROGRAM Kessel Charter"}},
		{"annex of an accord", "The rule is in Annex II of the Tarvo Accord.",
			[]string{"PROGRAM Tarvo Accord"}},
		{"a phase still", "Phase II of the Harlow Metro Project began.",
			[]string{"PROGRAM Harlow Metro Project"}},
	})
}

func TestAnnotator_R19OrdinalUnit(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"ordinal before Unit", "Marines of the 31st Kessel Expeditionary Unit landed.",
			[]string{"ORG 31st Kessel Expeditionary Unit"}},
		{"ordinal before Brigade", "The 4th Tarvo Brigade moved north.",
			[]string{"ORG 4th Tarvo Brigade"}},
		{"no ordinal", "The Kessel Expeditionary Unit landed.",
			[]string{"ORG Kessel Expeditionary Unit"}},
	})
}

func TestAnnotator_R19PlatformPlural(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"named before, plural after", "Orvania ordered 24 Tarvon infantry fighting vehicles. The number of Tarvons on order rose.",
			[]string{"GPE Orvania", "PLATFORM Tarvon", "PLATFORM Tarvons"}},
		{"never named as a platform", "Orvania flies the SK-2 Tarvon. The Kessels said they would stay.",
			[]string{"GPE Orvania", "PLATFORM SK-2 Tarvon", "ORG Kessels"}},
	})
}

func TestAnnotator_R19VariantLetters(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two variants by a slash", "Orvania ordered 12 Gripen E/F fighters.",
			[]string{"GPE Orvania", "PLATFORM Gripen E/F"}},
		{"two capitals each side", "The ships carry the KS-4 MM/N radar.",
			[]string{"PLATFORM KS-4 MM/N"}},
		{"a hyphen and a letter", "The navy uses K18-M underwater vehicles.",
			[]string{"PLATFORM K18-M"}},
		{"a designator alone", "The navy flies the F-16 from Kessel.",
			[]string{"PLATFORM F-16", "GPE Kessel"}},
		{"a date's slash", "Tarvo Brandt spoke on 9/11 at noon.",
			[]string{"PERSON Tarvo Brandt"}},
	})
}

func TestAnnotator_R19BodyNames(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a company's regional arm", "Parts come from Thales Europe and Lockheed Martin North America.",
			[]string{"ORG Thales Europe", "ORG Lockheed Martin North America"}},
		{"a company and a region apart", "Airbus beat Boeing in Europe.",
			[]string{"ORG Airbus", "ORG Boeing", "LOC Europe"}},
		{"federal ministry", "The plan came from the Federal Ministry of Defence in May.",
			[]string{"ORG Federal Ministry of Defence"}},
		{"federal alone", "Federal agents searched the house.", nil},
		{"people's front", "Fighters of the Kessel People's Liberation Front attacked.",
			[]string{"ORG Kessel People's Liberation Front"}},
		{"people's party", "The Tarvo People's Party won ten seats.",
			[]string{"ORG Tarvo People's Party"}},
	})
}

func TestAnnotator_R19InSubdivision(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"base in a prefecture", "The drones will be based at Kessel Air Base in Tarvo Prefecture for use.",
			[]string{"LOC Kessel Air Base", "GPE Tarvo Prefecture"}},
		{"town in the voivodeship", "The plant in Stalowa Tarvo in the Kesselian Voivodeship closed.",
			[]string{"GPE Stalowa Tarvo", "GPE Kesselian Voivodeship"}},
		{"a county alone", "Farmers in Tarvo County sued.",
			[]string{"GPE Tarvo County"}},
	})
}

func TestAnnotator_R19PlaceGap(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a passage's gap", "Submarines from the Kessel Sea must pass the GIUK gap to reach the ocean.",
			[]string{"LOC Kessel Sea", "LOC GIUK gap"}},
		{"a person's gap", "Tarvo Brandt closed the gap with Orvania.",
			[]string{"PERSON Tarvo Brandt", "GPE Orvania"}},
		{"a continent's gap", "Investors spoke of the Europe gap in growth.",
			[]string{"LOC Europe"}},
	})
}
