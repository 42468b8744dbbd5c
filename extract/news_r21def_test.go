package extract

import "testing"

func TestAnnotator_R21NamedKindTail(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a weapon system", "The radars will be networked with the Kessel Weapon System next year.",
			[]string{"PLATFORM Kessel"}},
		{"plural radars with a long description", "The army ordered Orvane Low Level Transportable Radars for its brigades.",
			[]string{"PLATFORM Orvane"}},
		{"a launcher", "Regiments will field the Tarvo Multi Barrel Rocket Launcher by 2028.",
			[]string{"PLATFORM Tarvo"}},
		{"a mark after keeps it whole", "The army will buy the Kessel Missile System Mk 2 soon.",
			[]string{"PLATFORM Kessel Missile System Mk 2"}},
		{"a designator opens a name of its own", "The army tested the M9 Heavy Assault Vehicle.",
			[]string{"PLATFORM M9 Heavy Assault Vehicle"}},
		{"a company ends in Systems", "The deal went to Orvane Land Systems.",
			[]string{"ORG Orvane Land Systems"}},
		{"a description alone", "The navy will test the Rapid Coastal Defence Launcher next year.",
			[]string{"PLATFORM Rapid Coastal Defence Launcher"}},
	})
}

func TestAnnotator_R21DigitVersion(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a block with a letter", "The frigates carry Kessel MM40 Block 3C missiles.",
			[]string{"PLATFORM Kessel MM40 Block 3C"}},
		{"a name and a block with a letter", "The navy ordered Kessel Block 2A missiles.",
			[]string{"PLATFORM Kessel Block 2A"}},
		{"a block of digits alone", "The navy ordered Kessel Block 3 missiles.",
			[]string{"PLATFORM Kessel Block 3"}},
	})
}

func TestAnnotator_R21BareInitialsName(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"initials after a rank", "Air Chief Marshal A K Tarvo met the visitors.",
			[]string{"PERSON A K Tarvo"}},
		{"an admiral", "Admiral A B Kessel said the ship was ready.",
			[]string{"PERSON A B Kessel"}},
		{"mid-sentence", "The letter was signed by V K Kessel on Monday.",
			[]string{"PERSON V K Kessel"}},
		{"a body's name goes on", "Engineers at the U R Orvane Satellite Centre built it.",
			[]string{"ORG U R Orvane Satellite Centre"}},
	})
}

func TestAnnotator_R21LoneService(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a service's funds", "Fiscal 2026 aircraft procurement, Army funds in the amount of $9,000 were obligated.",
			[]string{"ORG Army", "MONEY $9,000 -> USD 9000"}},
		{"a bracketed service", "Fiscal 2026 research (Navy) funds are obligated at time of award.",
			[]string{"ORG Navy"}},
		{"after the", "The Navy deployed two ships.",
			[]string{"ORG Navy"}},
	})
}

func TestAnnotator_R21TypedDash(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a dateline typed with two hyphens", "ORVANE -- The Kessel Council for Naval Affairs met on Monday.",
			[]string{"GPE ORVANE", "ORG Kessel Council for Naval Affairs"}},
		{"an em dash", "ORVANE — The Kessel Council for Naval Affairs met on Monday.",
			[]string{"GPE ORVANE", "ORG Kessel Council for Naval Affairs"}},
	})
}

func TestAnnotator_R21DropFlag(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a demonym before a prefixed ship", "The convoy sailed with the Italian ITS Tarvo Kessel (D560) and two tankers.",
			[]string{"PLATFORM ITS Tarvo Kessel", "PLATFORM D560 -> ITS Tarvo Kessel"}},
		{"no demonym", "The convoy sailed with the frigate ITS Tarvo Kessel (D560).",
			[]string{"PLATFORM ITS Tarvo Kessel", "PLATFORM D560 -> ITS Tarvo Kessel"}},
	})
}

func TestAnnotator_R21PostIn(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a fellow in a programme", "Tarvo Brandt is a Senior Fellow in the Maritime Strategy Programme at the Kessel Institute, London.",
			[]string{"PERSON Tarvo Brandt", "ORG Maritime Strategy Programme", "ORG Kessel Institute", "GPE London"}},
		{"a fellowship of a programme", "She won a Fellowship of the Orvane Programme last year.",
			[]string{"PROGRAM Fellowship of the Orvane Programme"}},
	})
}

func TestAnnotator_R21BasesAndRanks(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a naval operating base", "The frigate will be based at Naval Operating Base Tarvo next year.",
			[]string{"LOC Naval Operating Base Tarvo"}},
		{"a forward operating base", "Troops left Forward Operating Base Kessel on Monday.",
			[]string{"LOC Forward Operating Base Kessel"}},
		{"a French rank", "The minister met Général Tarvo Kessel in Paris.",
			[]string{"PERSON Tarvo Kessel", "GPE Paris"}},
	})
}

func TestAnnotator_R21PluralShipyards(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a yard", "The fourth ship will be built at Kessel Naval Shipyard near Tarvo.",
			[]string{"LOC Kessel Naval Shipyard", "GPE Tarvo"}},
		{"a company of yards", "The fourth ship will be built at Kessel Shipyards near Tarvo.",
			[]string{"ORG Kessel Shipyards", "GPE Tarvo"}},
	})
}

func TestAnnotator_R21LandingDock(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a landing platform dock and its name", "The navy commissioned the landing platform dock Al Tarvo at the port.",
			[]string{"PLATFORM Al Tarvo"}},
		{"a quay", "Workers at the dock Tarvo Brandt said were idle.",
			[]string{"PERSON Tarvo Brandt"}},
	})
}

func TestAnnotator_R21TitledVesselKind(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a general purpose ship", "The yard will build General Purpose Frigates from the 2030s.",
			[]string{"PLATFORM General Purpose Frigates -> General Purpose Frigate"}},
		{"a general and his name", "The yard was visited by General Tarvo Kessel on Monday.",
			[]string{"PERSON Tarvo Kessel"}},
	})
}
