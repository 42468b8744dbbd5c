package extract

import "testing"

func TestAnnotator_R26StateBodyOf(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"armed forces of a republic", "Troops of the Armed Forces of the Republic of Orvania joined the drill.",
			[]string{"ORG Armed Forces of the Republic of Orvania"}},
		{"a ministry and its field of a republic", "The Ministry of Defence of the Republic of Orvania said so.",
			[]string{"ORG Ministry of Defence of the Republic of Orvania"}},
		{"a listed navy of a country", "The Royal Navy of Orvania sailed with the Royal Air Force of Orvania (RAFO).",
			[]string{"ORG Royal Navy of Orvania", "ORG Royal Air Force of Orvania", "ORG RAFO -> Royal Air Force of Orvania"}},
		{"the republic alone", "The bill went to the Congress of the Republic on Monday.",
			[]string{"ORG Congress of the Republic"}},
		{"a unit of the body read apart", "A unit is drawn from the Airmobile Forces of the Armed Forces of the Republic of Orvania.",
			[]string{"ORG Airmobile Forces", "ORG Armed Forces of the Republic of Orvania"}},
		{"a title of the republic is no body", "The President of the Republic of Orvania spoke.",
			[]string{"GPE Republic of Orvania"}},
		{"a company and its country stay apart", "Kessel Aerospace of Orvania won the contract.",
			[]string{"ORG Kessel Aerospace", "GPE Orvania"}},
	})
}

func TestAnnotator_R26VenueHead(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a stand", "The upper tier of the North Stand was full.",
			[]string{"LOC North Stand"}},
		{"two names before a stand", "She hit a six into the Brandt and Morel Stand after tea.",
			[]string{"LOC Brandt and Morel Stand"}},
		{"a pavilion named for a person", "The minister watched from the Tarvo Kessel Pavilion with friends.",
			[]string{"LOC Tarvo Kessel Pavilion"}},
		{"a sponsor's campus", "The council will review crowd plans for the Tarvair Campus before the concert.",
			[]string{"LOC Tarvair Campus"}},
		{"a given name and the head", "Ana Stand said so.",
			[]string{"PERSON Ana Stand"}},
		{"a body's head inside", "Students of the Kessel University Campus protested.",
			[]string{"ORG Kessel University Campus"}},
	})
}

func TestAnnotator_R26PlantSite(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a plant after at", "The plan was announced at the Kessel Works on Monday.",
			[]string{"LOC Kessel Works"}},
		{"a plant after an owner's possessive", "Emissions fell at Orvane Steel's Tarvo Coke Works last year.",
			[]string{"ORG Orvane Steel", "LOC Tarvo Coke Works"}},
		{"a plant and its town", "The plan was announced at the Kessel Works in Tarvonia.",
			[]string{"LOC Kessel Works", "GPE Tarvonia"}},
		{"a workplace after at", "She worked at the Kessel Works for years.",
			[]string{"ORG Kessel Works"}},
		{"a company that acts", "Kessel Drone Works won orders worth millions.",
			[]string{"ORG Kessel Drone Works"}},
		{"a body's head inside", "Prices fell at the Kessel Petroleum Refinery.",
			nil},
	})
}

func TestAnnotator_R26LetterSite(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a lettered concourse", "The airport opened gates at the end of Concourse B on Wednesday.",
			[]string{"LOC Concourse B"}},
		{"a lettered pier", "Ferries leave from Pier C every hour.",
			[]string{"LOC Pier C"}},
		{"a concourse and a word", "The Concourse Tarvo opened.",
			nil},
	})
}

func TestAnnotator_R26CityClubRole(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a town's coach and its game in a match report", "A stoppage-time equaliser saved the derby. Graz coach Ana Brandt was upset before the Utrecht game.",
			[]string{"ORG Graz", "PERSON Ana Brandt", "ORG Utrecht"}},
		{"a club in the table", "A stoppage-time equaliser saved the derby, and the hosts stay third, two points behind Utrecht.",
			[]string{"ORG Utrecht"}},
		{"a country's captain stays the country", "A stoppage-time equaliser saved the derby. The Finland captain scored a hat-trick.",
			[]string{"GPE Finland"}},
		{"no sport", "The Graz game of chess drew crowds, and rents stay two points behind Utrecht.",
			[]string{"GPE Graz", "GPE Utrecht"}},
	})
}

func TestAnnotator_R26ClubShortForm(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a club's last word after its full name", "Kessel City beat Tarvo Rovers 2-1 after a stoppage-time equaliser. City travel to the coast next.",
			[]string{"ORG Kessel City", "ORG Tarvo Rovers", "ORG City -> Kessel City"}},
		{"a match told by its midfield and its referee", "Kessel City beat Tarvo Rovers 2-1 after winning the ball in midfield. City travel to the coast next.",
			[]string{"ORG Kessel City", "ORG Tarvo Rovers", "ORG City -> Kessel City"}},
		{"the town after a place's preposition", "Orvane Split won the derby after a stoppage-time equaliser. In Split, the fans cheered.",
			[]string{"ORG Orvane Split"}},
		{"no sport", "Kessel Rovers said its profits rose. Rovers officials agreed.",
			[]string{"ORG Kessel Rovers"}},
	})
}

func TestAnnotator_R26InitiativeRole(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"an initiative that reviews, at a body", "Images reviewed by the Kessel Maritime Transparency Initiative (KMTI) at the Tarvo Institute show a pier.",
			[]string{"ORG Kessel Maritime Transparency Initiative", "ORG KMTI -> Kessel Maritime Transparency Initiative", "ORG Tarvo Institute"}},
		{"an initiative that says", "The Kessel Peace Initiative said the talks failed.",
			[]string{"ORG Kessel Peace Initiative"}},
		{"a network that is funded", "The Gulf of Orvane Inter-regional Network, funded by donors, trained operators.",
			[]string{"PROGRAM Gulf of Orvane Inter-regional Network"}},
		{"an initiative joined", "Orvania joined the Tarvo Defence Initiative in May.",
			[]string{"GPE Orvania", "PROGRAM Tarvo Defence Initiative"}},
		{"an initiative alone keeps its head's reading", "The Tarvo Defence Initiative will spend more.",
			[]string{"PROGRAM Tarvo Defence Initiative"}},
	})
}

func TestAnnotator_R26FirmByContext(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a place's -based before a name", "Orvania-based Kessel Tarvo won the deal.",
			[]string{"GPE Orvania", "ORG Kessel Tarvo"}},
		{"a joint venture's name", "Two partners own the Kessel Tarvo joint venture.",
			[]string{"ORG Kessel Tarvo"}},
		{"a consortium named for a person", "The John Morrow consortium bid for the port.",
			[]string{"ORG John Morrow"}},
		{"a miner's metal ends the name", "Shares in Morrow Lithium rose.",
			[]string{"ORG Morrow Lithium"}},
		{"a given name after -based keeps the person", "Orvania-based Ana Brandt said so.",
			[]string{"GPE Orvania", "PERSON Ana Brandt"}},
		{"a person who speaks of the company", "Kessel Tarvo said he would resign from the company.",
			[]string{"PERSON Kessel Tarvo"}},
	})
}
