package extract

import "testing"

func TestAnnotator_R28DeClub(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plural and a town in a sports text", "The Leones de Tarvo beat the hosts 6-3 in the ninth inning of the semifinal.",
			[]string{"ORG Leones de Tarvo"}},
		{"del and a name no list knows", "The Gavilanes del Orvo lost the semifinal after a homer in the eighth inning.",
			[]string{"ORG Gavilanes del Orvo"}},
		{"outside a sports text a town", "Farmers in Lomas de Tarvo protested against the new tax on Monday.",
			[]string{"GPE Lomas de Tarvo"}},
		{"a given name first is a person's", "Carlos de Tarvo scored in the semifinal and the striker was booked.",
			[]string{"PERSON Carlos de Tarvo"}},
	})
}

func TestAnnotator_R28BodyStarts(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a journal of its field", "The results were published in the Tarvo Journal of Medicine on Monday.",
			[]string{"ORG Tarvo Journal of Medicine"}},
		{"institutes of a field", "The work was funded by the National Institutes of Kessel Studies.",
			[]string{"ORG National Institutes of Kessel Studies"}},
		{"a league in Spanish", "He played in the Liga de Tarvo Profesional last year.",
			[]string{"ORG Liga de Tarvo Profesional"}},
		{"a journal alone", "The Tarvo Journal reported the sale.",
			[]string{"ORG Tarvo Journal"}},
	})
}

func TestAnnotator_R28OfficeIn(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an office in a country", "Talks were held with the Tarvo Economic and Cultural Office in the United States last week.",
			[]string{"ORG Tarvo Economic and Cultural Office in the United States"}},
		{"an association in a country", "The Kessel Garment Association in Cambodia welcomed the ruling.",
			[]string{"ORG Kessel Garment Association in Cambodia"}},
		{"an office in a town stays apart", "The Kessel Trade Office in Paris opened on Monday.",
			[]string{"ORG Kessel Trade Office", "GPE Paris"}},
		{"a company in a country stays apart", "The ships were built by Kessel Shipyards in Norway.",
			[]string{"ORG Kessel Shipyards", "GPE Norway"}},
	})
}

func TestAnnotator_R28MakerProducts(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a maker and its engines", "The engines were co-developed by Safran Helicopter Engines of France.",
			[]string{"ORG Safran Helicopter Engines", "GPE France"}},
		{"a maker and its vehicles", "Rheinmetall Land Vehicles won the order.",
			[]string{"ORG Rheinmetall Land Vehicles"}},
		{"a maker alone", "The engines were built by Safran in France.",
			[]string{"ORG Safran", "GPE France"}},
		{"a maker's name before a lower-case kind", "The Safran helicopter engines were delivered.",
			[]string{"ORG Safran"}},
	})
}

func TestAnnotator_R28BracketKind(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a regiment and its kind", "The contingent is drawn from the Parachute Regiment (Special Forces), the ministry said.",
			[]string{"ORG Parachute Regiment (Special Forces)"}},
		{"a code in brackets stays apart", "The Tarvo Regiment (KR 4) moved north.",
			[]string{"ORG Tarvo Regiment"}},
		{"an acronym in brackets stays apart", "The Kessel Armoured Brigade (KAB) moved north.",
			[]string{"ORG Kessel Armoured Brigade", "ORG KAB -> Kessel Armoured Brigade"}},
	})
}

func TestAnnotator_R28OrdinalNamedBase(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a numbered unit named after its base", "At the airfield, home of the 59th Tarvo Kessel Air Base, the jets landed.",
			[]string{"ORG 59th Tarvo Kessel Air Base"}},
		{"a named base without a number is a place", "The jets landed at Tarvo Kessel Air Base on Monday.",
			[]string{"LOC Tarvo Kessel Air Base"}},
		{"a numbered base alone", "The 71st Air Base flies the jets.",
			[]string{"ORG 71st Air Base"}},
	})
}

func TestAnnotator_R28RunBy(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town and a common word", "A kiosk run by Tarvo Life opened near the square.",
			[]string{"ORG Tarvo Life"}},
		{"an adverb between", "The ferry is run today by Kessel Fast Ferry.",
			[]string{"ORG Kessel Fast Ferry"}},
		{"a port's body", "The port, managed by Port of Tarvo International, handled cargo.",
			[]string{"ORG Port of Tarvo International"}},
		{"a name no list knows", "The mills are run mainly by Tarvelco.",
			[]string{"ORG Tarvelco"}},
		{"a person runs it", "The kiosk is run by Anna Kessel.",
			[]string{"PERSON Anna Kessel"}},
		{"a place alone", "The schools are run by Norway.",
			[]string{"GPE Norway"}},
		{"an owner's possessive", "The mine is owned by Norway's Kessel Group.",
			[]string{"GPE Norway", "ORG Kessel Group"}},
		{"a people", "The mine is owned by Norwegian investors.",
			nil},
	})
}

func TestAnnotator_R28PartyAdjectives(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a doctrine's adjective and a house", "Most members voted in favour, as did the Democratic Congress.",
			[]string{"ORG Democratic Congress"}},
		{"a land's adjective first", "The Orvanian Democratic Congress walked out.",
			[]string{"ORG Orvanian Democratic Congress"}},
		{"a house that a party holds", "A Democratic Congress passed the bill.",
			[]string{"ORG Congress"}},
		{"the house alone", "The Congress passed the bill.",
			[]string{"ORG Congress"}},
	})
}

func TestAnnotator_R28FieldAndTail(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a court's field across and", "The ruling came from the Kessel Court of Appeal and Justice on Monday.",
			[]string{"ORG Kessel Court of Appeal and Justice"}},
		{"a person of a foundation", "Anna Brandt of the Tarvo Foundation for European and Foreign Policy said so.",
			[]string{"PERSON Anna Brandt", "ORG Tarvo Foundation for European and Foreign Policy"}},
		{"the association of an industry", "The Federal Association of the Tarvonian Security and Defence Industry said so.",
			[]string{"ORG Federal Association of the Tarvonian Security and Defence Industry"}},
		{"a second body after and", "The Tarvo Institute of Technology and Kessel State College signed a deal.",
			[]string{"ORG Tarvo Institute of Technology", "ORG Kessel State College"}},
		{"a title and a person after and", "The Kessel Court of Appeal and Justice Anna Brandt met on Monday.",
			[]string{"ORG Kessel Court of Appeal", "PERSON Anna Brandt"}},
	})
}

func TestAnnotator_R28ConnectorInitials(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a party whose initials take its for", "Most members of Revolution for Tarvo (RFT), the prime minister's party, voted in favour.",
			[]string{"ORG Revolution for Tarvo", "ORG RFT -> Revolution for Tarvo"}},
		{"a term writes its connector small", "The council accorded Acceptance of Requirement (AoR) for the rifles.",
			nil},
		{"an activity leaves its connector out", "Troops trained in Humanitarian Assistance and Disaster Relief (HADR) drills.",
			nil},
	})
}

func TestAnnotator_R28FieldAndTailAcronym(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an acronym after and is a second name", "The Kessel Institute for Physics and TARVQ confirmed the result.",
			[]string{"ORG Kessel Institute for Physics", "ORG TARVQ"}},
	})
}
