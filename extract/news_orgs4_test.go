package extract

import "testing"

// TestNewsOrgs4_WrittenSet scores the annotator on the organisation
// sentences of round 4 (strict: same span and label) and holds a floor on
// ORG and overall.
func TestNewsOrgs4_WrittenSet(t *testing.T) {
	a := newTestAnnotator(t)
	for _, set := range []struct {
		path  string
		floor float64
	}{
		// the development set: a floor a little under what the rules reach
		{"testdata/news_orgs4.txt", 0.90},
		// held out from the rules' writing, scored at the start and the
		// end of round 4 (0.951 both times): a guard only
		{"testdata/news_orgs4_holdout.txt", 0.90},
	} {
		t.Run(set.path, func(t *testing.T) {
			per := scoreMarked(t, a, set.path)
			all := logMarked(t, per)
			if f := per["ORG"].f1(); f < set.floor {
				t.Errorf("ORG F1 %.3f, want at least %.2f", f, set.floor)
			}
			if all.f1() < set.floor {
				t.Errorf("overall F1 %.3f, want at least %.2f", all.f1(), set.floor)
			}
		})
	}
}

// TestNewsOrgs4_Rules: each rule of news_orgs4.go on sentences written for
// the test, with the cases it must leave alone.
func TestNewsOrgs4_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a lone name that does a company's thing to its own is a company",
			"Velmore shut its refinery after the storm, and Orvex will cut its forecast.",
			[]string{"ORG Velmore", "ORG Orvex"}},
		{"a run of names that does so is one too",
			"Brannock Vell closed its last plant in Tarvel.",
			[]string{"ORG Brannock Vell", "GPE Tarvel"}},
		{"a person's own things are his or hers; a given name and a surname stay a person",
			"Quennell closed his shop, and Ann Brandt cut its ribbon.",
			[]string{"PERSON Quennell", "PERSON Ann Brandt"}},
		{"a post or work at a name makes it an organisation",
			"Orla Fenn, a professor at Quenby, worked at Tarvex before taking a job at Brindlecombe.",
			[]string{"PERSON Orla Fenn", "ORG Quenby", "ORG Tarvex", "ORG Brindlecombe"}},
		{"a town takes in, and a place after at with no post stays a place",
			"She is a doctor in Tarvel and stayed at Quenby.",
			[]string{"GPE Tarvel", "GPE Quenby"}},
		{"an acronym in brackets after an organisation is the same organisation, letters or not",
			"Doctors at the Halvern Medical Union (HMA) said the HMA had no beds.",
			[]string{"ORG Halvern Medical Union", "ORG HMA -> Halvern Medical Union", "ORG HMA -> Halvern Medical Union"}},
		{"a place in brackets after an organisation is no acronym of it",
			"The Halvern Medical Union (UK) met.",
			[]string{"ORG Halvern Medical Union", "GPE UK -> United Kingdom"}},
		{"an acronym after a or an with no noun after it, or before a number, is a common noun",
			"We hired a CPA, set the camera to QRX 3200, and Good Job DR.",
			nil},
		{"an acronym that modifies a noun after a still names an organisation",
			"A FEMA spokesman and an NTSB investigator spoke.",
			[]string{"ORG FEMA", "ORG NTSB"}},
		{"names listed with a known company are companies",
			"The group bought Quorlix, Brindle Labs, Picanto and Google last year.",
			[]string{"ORG Quorlix", "ORG Brindle Labs", "ORG Picanto", "ORG Google"}},
		{"a list with a place, or no company, is left as it is",
			"The tour visited Google, Quorlix and Paris, and Marrin, Tolve and Quade waited.",
			[]string{"ORG Google", "GPE Paris", "PERSON Marrin", "PERSON Tolve", "PERSON Quade"}},
		{"two names of organisations joined by and are two",
			"Skyvane Airlines and Norland Airways share codes, as do Pellam Oil and Corvane Energy.",
			[]string{"ORG Skyvane Airlines", "ORG Norland Airways", "ORG Pellam Oil", "ORG Corvane Energy"}},
		{"a name part opening with a common word keeps the name whole",
			"The Arms Control and Disarmament Agency met, and Halden Assembly and Test Ltd signed.",
			[]string{"ORG Arms Control and Disarmament Agency", "ORG Halden Assembly and Test Ltd"}},
		{"a side a match was drawn with or won against is a team",
			"The Harbor Comets drew 1-1 with the Marlow Kings and won 2-0 against Tessford.",
			[]string{"ORG Harbor Comets", "ORG Marlow Kings", "ORG Tessford"}},
		{"a run of names that says its is a company; one with a given name is a person",
			"Tarvel Rail said its trains were late, and Ann Baker said its roof leaked.",
			[]string{"ORG Tarvel Rail", "PERSON Ann Baker"}},
		{"a corps of something is one organisation; trades end companies' names",
			"The Tarvel Corps of Engineers hired Harlan Motorsports and Ashby Freight.",
			[]string{"ORG Tarvel Corps of Engineers", "ORG Harlan Motorsports", "ORG Ashby Freight"}},
		{"a funding round in a name is a company's",
			"Hartwell Capital led a funding round in Quorlix.",
			[]string{"ORG Hartwell Capital", "ORG Quorlix"}},
		{"organisations named by example of their kind",
			"Carmakers such as Orvex, lenders like Quenta and banks including Tarvel Credit lost.",
			[]string{"ORG Orvex", "ORG Quenta", "ORG Tarvel Credit"}},
		{"people or places named by example are no organisations",
			"Writers such as Ann Brandt and cities like Tarvel grew.",
			[]string{"PERSON Ann Brandt"}},
		{"law offices of a person are a firm",
			"Call the Law Offices of Orla Fenn today.",
			[]string{"ORG Law Offices of Orla Fenn"}},
		{"a body's or a company's noun before a name in apposition",
			"The union, Unite, said so, and its parent, Orvane Holdings, agreed.",
			[]string{"ORG Unite", "ORG Orvane Holdings"}},
		{"a person in apposition after its noun stays a person",
			"Its owner, Ann Brandt, did not comment.",
			[]string{"PERSON Ann Brandt"}},
		{"a name that counts its staff or stores, or files for bankruptcy, is a company",
			"Kessvale has 3,000 employees. Tarvex operates 40 stores. Orlith filed for bankruptcy.",
			[]string{"ORG Kessvale", "ORG Tarvex", "ORG Orlith"}},
		{"children and divorce are people's",
			"Quennell has 3 children. Ann Brandt filed for divorce.",
			[]string{"PERSON Ann Brandt"}},
		{"who takes a poll or a survey is an organisation; who writes a novel is not",
			"A poll by Ipsova and a survey carried out by Tarvel Research agreed with a novel by Ann Brandt.",
			[]string{"ORG Ipsova", "ORG Tarvel Research", "PERSON Ann Brandt"}},
		{"broadcasters, aviation and health firms by their head word",
			"He told Quenby Radio that Tarvex Aviation and Lumvale Biosciences would merge.",
			[]string{"ORG Quenby Radio", "ORG Tarvex Aviation", "ORG Lumvale Biosciences"}},
		{"for the between two complete names of organisations parts them",
			"The probe was built by Quorlix Space Systems for the Norland Space Agency.",
			[]string{"ORG Quorlix Space Systems", "ORG Norland Space Agency"}},
		{"an institute for a field of study is one name",
			"The Halvorsen Institute for Peace Studies and the Orland Centre for Policy Research met.",
			[]string{"ORG Halvorsen Institute for Peace Studies", "ORG Orland Centre for Policy Research"}},
		{"a plural side that won or lost, then when or where, is a team",
			"The Lakers lost again on Friday, and the Comets won on Sunday.",
			[]string{"ORG Lakers", "ORG Comets"}},
		{"what won an object, or a people, is no team",
			"The Oscars won praise, and the Peruvians lost.",
			nil},
		{"a named armed force ends in Forces; the generic phrase is none",
			"The Orvanian Defense Forces and the Rapid Support Forces fought, and he served in the Armed Forces.",
			[]string{"ORG Orvanian Defense Forces", "ORG Rapid Support Forces"}},
		{"a business named for its founder, by its verb or a deal's noun",
			"Wendy's says sales rose, and shares in Macy's and Kohl's fell.",
			[]string{"ORG Wendy's", "ORG Macy's", "ORG Kohl's"}},
		{"a possessive with a noun after it, or a contraction, stays a person's",
			"Alan's dropped the ball, Ann Brandt's shares fell, and he bought Tessa's car.",
			[]string{"PERSON Alan", "PERSON Ann Brandt", "PERSON Tessa"}},
		{"acronyms of health, markets, technology and sport are common nouns; a party's is a name",
			"The COVID wave filled ICU beds, ESG funds and ETF flows fell, the MVP award and an ICBM test came, and the GOP met.",
			[]string{"ORG GOP"}},
		{"an event's head word or a common word that acts on its own is a company",
			"In Texas, Harvest shut its plant and Marathon cut its output.",
			[]string{"GPE Texas", "ORG Harvest", "ORG Marathon"}},
		{"an event's head word alone is still dropped",
			"He ran the Marathon in May.",
			nil},
		{"who works for a name, and a band or group after its noun, are organisations",
			"She worked for Velto as an engineer, and the band Velvet Harbor split.",
			[]string{"ORG Velto", "ORG Velvet Harbor"}},
		{"who works for a person with a given name stays a person",
			"He worked for Ann Brandt for years.",
			[]string{"PERSON Ann Brandt"}},
		{"distributors, conservatories and museums of something",
			"The film was distributed by Orlith and shown at the Tarvel Conservatory and the Tarvel Museum of Modern Art.",
			[]string{"ORG Orlith", "ORG Tarvel Conservatory", "ORG Tarvel Museum of Modern Art"}},
		{"what is founded or headquartered, and what has an app, is a company",
			"Kessvale was founded in 1998. Orlith, which is headquartered in Oslo, grew. The Tarvex app crashed.",
			[]string{"ORG Kessvale", "ORG Orlith", "GPE Oslo", "ORG Tarvex"}},
		{"who is based somewhere or listed in a condition stays a person",
			"Brandt is based in Oslo, and Quennell was listed in critical condition.",
			[]string{"PERSON Brandt", "GPE Oslo"}},
		{"a run of names taken for a person by its shape alone joins a list of companies, also at a text's start",
			"Microsoft, Quorlix Vane and Apple bid.",
			[]string{"ORG Microsoft", "ORG Quorlix Vane", "ORG Apple"}},
		{"a person by a given name or a title keeps the list mixed",
			"Microsoft, Ann Brandt and Apple bid, and so did Google, Dr. Quorlix Vane and Intel.",
			[]string{"ORG Microsoft", "PERSON Ann Brandt", "ORG Apple", "ORG Google", "PERSON Quorlix Vane", "ORG Intel"}},
		{"names joined by a spaced ampersand are a firm's",
			"He left Brannock & Hale for Marsh & Vell, and shares of Tarvel & Sons fell.",
			[]string{"ORG Brannock & Hale", "ORG Marsh & Vell", "ORG Tarvel & Sons"}},
		{"common words or places joined by an ampersand are no firm",
			"The Research & Development unit moved to Bosnia & Herzegovina.",
			[]string{"GPE Bosnia"}},
		{"cargo and express carriers by their head word, two of them joined by and",
			"Skyvane Cargo and Norland Express will merge their fleets.",
			[]string{"ORG Skyvane Cargo", "ORG Norland Express"}},
		{"a side that beats or is beaten by a listed club is a team, at a text's start too",
			"Quenby beat Juventus in the final, and Real Madrid thrashed Tarvel.",
			[]string{"ORG Quenby", "ORG Juventus", "ORG Real Madrid", "ORG Tarvel"}},
		{"a person with a given name who beats a club stays a person",
			"Ann Brandt beat Juventus at chess.",
			[]string{"PERSON Ann Brandt", "ORG Juventus"}},
		{"a name at a place preposition is the organisation the text names elsewhere",
			"Velto said its profit rose, and analysts who met managers at Velto agreed.",
			[]string{"ORG Velto", "ORG Velto"}},
	})
}
