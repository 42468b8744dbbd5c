package extract

import (
	"testing"

	"github.com/trawl/trawl/configs"
)

// newR33orgAnnotator is the shipped gazetteer with an invented country, a
// town, a drone and a reach of water listed, so that the rules meet names
// the lists know.
func newR33orgAnnotator(t *testing.T) *Annotator {
	return annotatorWith(t, nil,
		configs.GazetteerEntry{Label: "GPE", Canonical: "Tarvonia"},
		configs.GazetteerEntry{Label: "GPE", Canonical: "Orvik"},
		configs.GazetteerEntry{Label: "PLATFORM", Canonical: "SkyKessel"},
		configs.GazetteerEntry{Label: "LOC", Canonical: "Tarvo Reach"},
	)
}

func TestAnnotator_R33orgPlaceLedBodies(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a country's name before a fleet's is one body",
			"Ships of the Tarvonia Fifth Fleet sailed on Monday.",
			[]string{"ORG Tarvonia Fifth Fleet"}},
		{"a country's name before a trust's is one body",
			"The Tarvonia National Trust bought the island.",
			[]string{"ORG Tarvonia National Trust"}},
		{"a comma between the place and the body keeps two names",
			"In Tarvonia, Fifth Fleet ships sailed on Monday.",
			[]string{"GPE Tarvonia", "ORG Fifth Fleet"}},
		{"a line break between them keeps two names",
			"Ships sailed from Tarvonia\nFifth Fleet officers said.",
			[]string{"GPE Tarvonia", "ORG Fifth Fleet"}},
	})
}

func TestAnnotator_R33orgForBodies(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a party's name goes on through for and its aim",
			"The opposition Congress for Tarvo Renewal won four seats.",
			[]string{"ORG Congress for Tarvo Renewal"}},
		{"after for the, the aim holds of",
			"The Task Group for the Extension of the Kessel Shelf filed its claim.",
			[]string{"ORG Task Group for the Extension of the Kessel Shelf"}},
		{"for the and a body's name is whom the body works for",
			"The Kessel Group for the Tarvonia Army built the depot.",
			[]string{"ORG Kessel Group", "ORG Tarvonia Army"}},
		{"a person's name after for stays a person",
			"The Congress for Anna Brandt rallied on Monday.",
			[]string{"ORG Congress", "PERSON Anna Brandt"}},
		{"a heading in capitals joins a name and its news with for",
			"MINISTRY OF DEFENCE\n\nDEAL SIGNED WITH KESSEL SHIPBUILDERS FOR TWO VESSELS\n\nThe ministry signed the deal.",
			[]string{"ORG MINISTRY OF DEFENCE -> Ministry of Defence", "ORG KESSEL SHIPBUILDERS -> Kessel Shipbuilders"}},
		{"one capitalised word after for is too little",
			"The Kessel Group for Tarvonia signed the deal.",
			[]string{"ORG Kessel Group", "GPE Tarvonia"}},
	})
}

func TestAnnotator_R33orgPluralPossessiveBodies(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plural's apostrophe and the head after it are one body",
			"The House of Peoples’ Representatives approved the budget.",
			[]string{"ORG House of Peoples’ Representatives"}},
		{"a straight apostrophe too",
			"The Kessel Growers' Association met on Monday.",
			[]string{"ORG Kessel Growers' Association"}},
		{"a name's possessive owns a thing of its own",
			"Kessel Holdings's Tarvonia unit was sold.",
			[]string{"ORG Kessel Holdings", "GPE Tarvonia"}},
	})
}

func TestAnnotator_R33orgPostInPlace(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an embassy's name goes on through the town it stands in",
			"An official of the Embassy of Tarvonia in Orvik said the talks went well.",
			[]string{"ORG Embassy of Tarvonia in Orvik"}},
		{"an office named for its task and the country",
			"The Office for the Development of Tea in Tarvonia set the price.",
			[]string{"ORG Office for the Development of Tea in Tarvonia"}},
		{"a place's possessive after in leaves the place apart",
			"The Embassy of Tarvonia in Orvik's old town closed.",
			[]string{"ORG Embassy of Tarvonia", "GPE Orvik"}},
		{"a body that is no post stays apart from the place",
			"The Ministry of Defence in Orvik said the talks went well.",
			[]string{"ORG Ministry of Defence", "GPE Orvik"}},
	})
}

func TestAnnotator_R33orgMakerAfterFrom(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a platform's maker after from",
			"The navy is testing the SkyKessel from Vantrix under a lease.",
			[]string{"PLATFORM SkyKessel", "ORG Vantrix"}},
		{"a product's noun and from",
			"The scans were read with software from Vantrix at the clinic.",
			[]string{"ORG Vantrix"}},
		{"a platform flown from a site names the site",
			"The satellite could fly on a SkyKessel from Vantrix next year.",
			[]string{"PLATFORM SkyKessel", "GPE Vantrix"}},
		{"a platform bought from a place names the seller's country",
			"The army bought the SkyKessel from Vantrix in 2024.",
			[]string{"PLATFORM SkyKessel", "GPE Vantrix"}},
		{"a common noun and from leave the place",
			"The trucks came from Vantrix on Monday.",
			[]string{"GPE Vantrix"}},
	})
}

func TestAnnotator_R33orgFundBodies(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a fund that speaks is a body",
			"The Tarvonia Provident Fund said it would buy the bonds.",
			[]string{"ORG Tarvonia Provident Fund"}},
		{"a fund beside a body with and is a body",
			"The Orvane Development Fund and the Kessel Bank have each lent money.",
			[]string{"ORG Orvane Development Fund", "ORG Kessel Bank"}},
		{"a fund that pays for a road stays a scheme",
			"The road was paid for by the Tarvonia Roads Fund last year.",
			[]string{"PROGRAM Tarvonia Roads Fund"}},
	})
}

func TestAnnotator_R33orgTransitDistrict(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a transit district is a body",
			"The money goes to the Kessel Transit District in Orvik.",
			[]string{"ORG Kessel Transit District", "GPE Orvik"}},
		{"a transit system is a body",
			"The Orvik Metropolitan Transit System said fares would rise.",
			[]string{"ORG Orvik Metropolitan Transit System"}},
		{"a mode of service before the trade names no body",
			"The city will build a Light Rail Transit System by 2030.",
			[]string{"PLATFORM Light Rail Transit System"}},
	})
}

func TestAnnotator_R33orgAmpersandBodies(t *testing.T) {
	a := newR33orgAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a firm's name that a listed place opens and & with a word after it are one firm",
			"The order went to Tarvo Reach Shipbuilders & Engineers on Monday.",
			[]string{"ORG Tarvo Reach Shipbuilders & Engineers"}},
		{"places on both sides stay apart",
			"Ministers from Tarvonia & Orvik met on Monday.",
			[]string{"GPE Tarvonia", "GPE Orvik"}},
		{"a firm's name and and stay two names",
			"The ship was built by Tarvo Reach Shipbuilders and Orvik Marine.",
			[]string{"ORG Tarvo Reach Shipbuilders", "ORG Orvik Marine"}},
	})
}
