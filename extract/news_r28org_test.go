package extract

import "testing"

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
	a := newTestAnnotator(t, Alias{Text: "Kessel Republic", Label: "GPE", Canonical: "Kessel Republic"},
		Alias{Text: "Tarvonia", Label: "GPE", Canonical: "Tarvonia"})
	checkSpans(t, a, []spanCase{
		{"an office in a country", "Talks were held with the Tarvo Trade and Culture Office in the Kessel Republic last week.",
			[]string{"ORG Tarvo Trade and Culture Office in the Kessel Republic"}},
		{"an association in a country", "The Kessel Garment Association in Tarvonia welcomed the ruling.",
			[]string{"ORG Kessel Garment Association in Tarvonia"}},
		{"an office in a town no list knows stays apart", "The Kessel Trade Office in Orvel opened on Monday.",
			[]string{"ORG Kessel Trade Office", "GPE Orvel"}},
		{"a company in a country stays apart", "The ships were built by Kessel Shipyards in Tarvonia.",
			[]string{"ORG Kessel Shipyards", "GPE Tarvonia"}},
	})
}

func TestAnnotator_R28MakerProducts(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Kesselwerk", Label: "ORG", Canonical: "Kesselwerk"},
		Alias{Text: "Tarvonia", Label: "GPE", Canonical: "Tarvonia"})
	checkSpans(t, a, []spanCase{
		{"a maker and its engines", "The engines were co-developed by Kesselwerk Helicopter Engines of Tarvonia.",
			[]string{"ORG Kesselwerk Helicopter Engines", "GPE Tarvonia"}},
		{"a maker and its vehicles", "Kesselwerk Land Vehicles won the order.",
			[]string{"ORG Kesselwerk Land Vehicles"}},
		{"a maker alone", "The engines were built by Kesselwerk in Tarvonia.",
			[]string{"ORG Kesselwerk", "GPE Tarvonia"}},
		{"a maker's name before a lower-case kind", "The Kesselwerk helicopter engines were delivered.",
			[]string{"ORG Kesselwerk"}},
	})
}

func TestAnnotator_R28BracketKind(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a regiment and its kind", "The contingent is drawn from the Kessel Ranger Regiment (Special Forces), the ministry said.",
			[]string{"ORG Kessel Ranger Regiment (Special Forces)"}},
		{"a code in brackets stays apart", "The Tarvo Regiment (KR 4) moved north.",
			[]string{"ORG Tarvo Regiment", "ORG KR 4 -> Tarvo Regiment"}},
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
	a := newTestAnnotator(t, Alias{Text: "Tarvonia", Label: "GPE", Canonical: "Tarvonia"})
	checkSpans(t, a, []spanCase{
		{"a town and a common word", "A kiosk run by Tarvo Life opened near the square.",
			[]string{"ORG Tarvo Life"}},
		{"an adverb between", "The ferry is run today by Kessel Sea Link.",
			[]string{"ORG Kessel Sea Link"}},
		{"a port's body", "The port, managed by Port of Tarvo International, handled cargo.",
			[]string{"ORG Port of Tarvo International"}},
		{"a name no list knows", "The mills are run mainly by Tarvelco.",
			[]string{"ORG Tarvelco"}},
		{"a person runs it", "The kiosk is run by Anna Kessel.",
			[]string{"PERSON Anna Kessel"}},
		{"a place alone", "The schools are run by Tarvonia.",
			[]string{"GPE Tarvonia"}},
		{"an owner's possessive", "The mine is owned by Tarvonia's Kessel Group.",
			[]string{"GPE Tarvonia", "ORG Kessel Group"}},
		{"two owners", "The mine is owned by Kessel Mining and Tarvo Metals.",
			[]string{"ORG Kessel Mining", "ORG Tarvo Metals"}},
	})
}

func TestAnnotator_R28PartyAdjectives(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a doctrine's adjective and a house", "Most members voted in favour, as did the Progressive Congress.",
			[]string{"ORG Progressive Congress"}},
		{"a land's adjective first", "The Orvanian Popular Congress walked out.",
			[]string{"ORG Orvanian Popular Congress"}},
		{"a house that a party holds", "A Progressive Congress passed the bill.",
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
		{"a person of a foundation", "Anna Brandt of the Tarvo Foundation for Regional and Foreign Studies said so.",
			[]string{"PERSON Anna Brandt", "ORG Tarvo Foundation for Regional and Foreign Studies"}},
		{"the union of an industry", "The Tarvo Union of the Kessel Rail and Freight Industry said so.",
			[]string{"ORG Tarvo Union of the Kessel Rail and Freight Industry"}},
		{"a second body after and", "The Tarvo Institute of Technology and Kessel State College signed a deal.",
			[]string{"ORG Tarvo Institute of Technology", "ORG Kessel State College"}},
		{"a title and a person after and", "The Kessel Court of Appeal and Justice Anna Brandt met on Monday.",
			[]string{"ORG Kessel Court of Appeal", "PERSON Anna Brandt"}},
		{"an acronym after and is a second name", "The Kessel Institute for Physics and TARVQ confirmed the result.",
			[]string{"ORG Kessel Institute for Physics", "ORG TARVQ"}},
	})
}

func TestAnnotator_R28ConnectorInitials(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a party whose initials take its for", "Most members of Renewal for Tarvo (RFT), the prime minister's party, voted in favour.",
			[]string{"ORG Renewal for Tarvo", "ORG RFT -> Renewal for Tarvo"}},
		{"a term writes its connector small", "The council accorded Acceptance of Requirement (AoR) for the rifles.",
			nil},
		{"an activity leaves its connector out", "Troops trained in Flood Relief and Shelter Support (FRSS) drills.",
			nil},
		{"a programme's head inside", "The Kessel Stabilization Mission in Tarvo (KSMIT) needs money.",
			[]string{"PROGRAM Kessel Stabilization Mission in Tarvo -> KSMIT", "PROGRAM KSMIT"}},
	})
}

func TestAnnotator_R28MakerTown(t *testing.T) {
	a := newTestAnnotator(t, Alias{Text: "Kessel Land Systems", Label: "ORG", Canonical: "Kessel Land Systems"},
		Alias{Text: "Tarvonia", Label: "GPE", Canonical: "Tarvonia"})
	checkSpans(t, a, []spanCase{
		{"a maker's unit and its town", "The vehicles were built by Kessel Land Systems-Tarvel in the north.",
			[]string{"ORG Kessel Land Systems-Tarvel"}},
		{"a maker and a listed country", "The Kessel Land Systems-Tarvonia deal was signed.",
			[]string{"ORG Kessel Land Systems", "GPE Tarvonia"}},
		{"a party's head alone", "The Congress-Orvel rivalry grew.",
			[]string{"ORG Congress"}},
	})
}

func TestAnnotator_R28ArticleGroup(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"two groups", "The army fought some 22 groups designated as terrorist, among them Los Tarvos and Los Kesselos.",
			[]string{"ORG Los Tarvos", "ORG Los Kesselos"}},
		{"a gang that acts", "Police said Las Orvanas controlled the port.",
			[]string{"ORG Las Orvanas"}},
		{"a neighbourhood after of", "Water reached the rooftops in the neighbourhoods of Las Tarvas.",
			[]string{"LOC Las Tarvas"}},
	})
}
