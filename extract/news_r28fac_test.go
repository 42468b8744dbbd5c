package extract

import "testing"

func TestAnnotator_R28PlantAssembly(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plant after a verb, in a carmakers' text", "The automaker will spend more converting Tarvo Assembly to build pickups at the plant.",
			[]string{"LOC Tarvo Assembly"}},
		{"a plant after at", "The carmaker added a shift at Kessel Heights Assembly, the plant's first in years.",
			[]string{"LOC Kessel Heights Assembly"}},
		{"a house after the", "The plant closed after the Tarvo Assembly voted to end the subsidy.",
			[]string{"ORG Tarvo Assembly"}},
		{"a house's modifier", "Tarvo Legislative Assembly members toured the factory on Monday.",
			[]string{"ORG Tarvo Legislative Assembly"}},
		{"a house's business after it", "Orvane Assembly passed the bill on the plant yesterday.",
			[]string{"ORG Orvane Assembly"}},
		{"no plant in the text", "Members of Orvane Assembly met the governor on Monday.",
			[]string{"ORG Orvane Assembly"}},
	})
}

func TestAnnotator_R28RoadTo(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a road to a town", "Traffic on the Carretera a Tarvo was cut for hours.",
			[]string{"LOC Carretera a Tarvo"}},
		{"a road to a town of two words", "Protesters blocked the Rodovia a Porto Kessel on Monday.",
			[]string{"LOC Rodovia a Porto Kessel"}},
		{"no town after a", "The Carretera a few miles away was closed.",
			nil},
	})
}

func TestAnnotator_R28SiteHeads(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"barracks in German", "Troops left the Tarvo Kaserne on Monday.",
			[]string{"LOC Tarvo Kaserne"}},
		{"a riverside street in German", "The ministry moved to the Kessel Lände last year.",
			[]string{"LOC Kessel Lände"}},
		{"a footbridge", "Fans walked over the Tarvo Riverbank Footbridge after the game.",
			[]string{"LOC Tarvo Riverbank Footbridge"}},
	})
}

func TestAnnotator_R28DashJoinedSite(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"three places joined by en dashes", "Traffic on the Tarvo–Kessel–Morrow Bridge fell last year.",
			[]string{"LOC Tarvo–Kessel–Morrow Bridge"}},
		{"a hyphened prefix", "Firms at the Ilo-Kessel Industrial Zone hired workers.",
			[]string{"LOC Ilo-Kessel Industrial Zone"}},
		{"spaced dashes part two names", "The road from Tarvo – Kessel Bridge reopened.",
			[]string{"GPE Tarvo", "LOC Kessel Bridge"}},
		{"a range of places before a lower-case road", "Traffic on the Tarvo–Kessel road fell.",
			[]string{"LOC Tarvo–Kessel"}},
	})
}

func TestAnnotator_R28GoalsBehindsSide(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town's side opening the result's line", "WOLLONGONG 14.12 (96) d TARVO 11.9 (75)\n\nThe striker kicked four goals at half-time.",
			[]string{"ORG WOLLONGONG -> Wollongong", "ORG TARVO"}},
		{"a number after a town is no score", "WOLLONGONG 14 people were hurt.",
			[]string{"GPE WOLLONGONG -> Wollongong"}},
	})
}

func TestAnnotator_R28ClubsAgain(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town read as a club is the club again", "WOLLONGONG 14.12 (96) d TARVO 11.9 (75)\n\nWollongong came from behind at half-time to win, and the striker scored. He has played 300 games for Wollongong.",
			[]string{"ORG WOLLONGONG -> Wollongong", "ORG TARVO", "ORG Wollongong", "ORG Wollongong"}},
		{"after a place's preposition the town stays", "WOLLONGONG 14.12 (96) d TARVO 11.9 (75)\n\nFans in Wollongong cheered at half-time as the striker scored.",
			[]string{"ORG WOLLONGONG -> Wollongong", "ORG TARVO", "GPE Wollongong"}},
		{"no sport in the text", "The Wollongong derby was called off. Wollongong will host the summit.",
			[]string{"GPE Wollongong", "GPE Wollongong"}},
	})
}

func TestAnnotator_R28VenueKindCentre(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a sports centre after an adjective", "The federation hopes to stage the final at the renovated Tarvo Sports Centre next year.",
			[]string{"LOC Tarvo Sports Centre"}},
		{"an exhibition centre's stake", "The sale of assets such as the Kessel Exhibition Centre stake bought time.",
			[]string{"LOC Kessel Exhibition Centre"}},
		{"a research centre is a body", "The Kessel Research Centre published the study.",
			[]string{"ORG Kessel Research Centre"}},
		{"a body's head before the venue's kind", "The Kessel University Sports Centre reopened.",
			[]string{"ORG Kessel University Sports Centre"}},
	})
}

func TestAnnotator_R28ClubCompetition(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body's acronym before the competition", "The winner earns a place in the TAF Champions League next season.",
			[]string{"ORG TAF"}},
		{"the competition alone", "He won the Champions League twice with two clubs.",
			nil},
		{"a league of a country is a body", "The striker leads the Kessel Premier League in goals.",
			[]string{"ORG Kessel Premier League"}},
	})
}

func TestAnnotator_R28PluralDeClub(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two clubs across a result", "The pitcher was hurt at half-time and the striker scored. The Osos del Kessel beat the Toros de Wollongong 6-3 on Sunday.",
			[]string{"ORG Osos del Kessel", "ORG Toros de Wollongong"}},
		{"no sport in the text", "The Osos de Wollongong festival opened on Sunday.",
			[]string{"GPE Osos de Wollongong"}},
		{"a town's opening word", "The striker scored at half-time, and the derby moved to Lomas de Kessel.",
			[]string{"GPE Lomas de Kessel"}},
	})
}

func TestAnnotator_R28SiteNumbersAndHeads(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a numbered factory", "The tanks were assembled at Factory 12 near Kessel.",
			[]string{"LOC Factory 12", "GPE Kessel"}},
		{"an aerodrome", "A new operations centre at Tarvo Aerodrome will open in May.",
			[]string{"LOC Tarvo Aerodrome"}},
		{"a town's starter in sport", "The striker scored at half-time and the pitcher was hurt. Wollongong starter Ana Brandt allowed two runs.",
			[]string{"ORG Wollongong", "PERSON Ana Brandt"}},
	})
}

func TestAnnotator_R28StreetStation(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a street's station", "Utility diversions were found under Tarvo Street station last year.",
			[]string{"LOC Tarvo Street station"}},
		{"a station's name in capitals", "Crowds waited at Kessel Road Station on Monday.",
			[]string{"LOC Kessel Road Station"}},
		{"a street before another noun", "The Tarvo Street stalls closed.",
			[]string{"LOC Tarvo Street"}},
	})
}

func TestAnnotator_R28LandAndSeaPark(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two common words joined inside a park's name", "Visitors to the Tarvo Cays Land and Sea Park rose.",
			[]string{"LOC Tarvo Cays Land and Sea Park"}},
		{"a place's head before and", "Visitors to Tarvo Bay and Kessel Park rose.",
			[]string{"LOC Tarvo Bay", "LOC Kessel Park"}},
	})
}

func TestAnnotator_R28LeagueName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a league's opening word", "The striker scored in the Liga Orvane final.",
			[]string{"ORG Liga Orvane"}},
		{"a league with its particle and short form", "He joined the Liga de Tarvo Profesional (LTPN) last year.",
			[]string{"ORG Liga de Tarvo Profesional", "ORG LTPN -> Liga de Tarvo Profesional"}},
		{"a first division with its country's adjective", "The Peruvian Segunda División resumed on Sunday.",
			[]string{"ORG Peruvian Segunda División"}},
		{"a division's rank alone", "Segunda said the club would appeal.",
			[]string{"PERSON Segunda"}},
	})
}
