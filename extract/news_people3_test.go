package extract

import (
	"testing"
	"time"
)

// The rules of news_people3.go, each on sentences written for the test
func TestAnnotator_NewsPeople3Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a role made of title words is no company, however it acts",
			"The Prime Minister said so, the Foreign Secretary met him, and the Army Chief left.",
			nil},
		{"a company's first word alone is the company, but not before a title",
			"The Defence Acquisition Council met. Defence Minister Ravel Oyelaran spoke. Velto Systems bid, and Velto won. The Secretary-General thanked the General Staff.",
			[]string{"ORG Defence Acquisition Council", "PERSON Ravel Oyelaran", "ORG Velto Systems", "ORG Velto -> Velto Systems", "ORG General Staff"}},
		{"a common abbreviation is no organisation, whatever it does; an unknown one is",
			"The MP said it, the clinic treats TB, ICT budgets grew, and the NTSB said so at 14:00 UTC.",
			[]string{"ORG NTSB"}},
		{"a club's short abbreviation names no club; an airline keeps its own name",
			"ABC reporters flew Iberia to Madrid.",
			[]string{"ORG ABC", "ORG Iberia", "GPE Madrid"}},
		{"an acronym that news uses for other things takes its meaning from the text's definition only",
			"The Armed Forces of the Philippines (AFP) said the AFP would patrol, and DST ends on Sunday.",
			[]string{"ORG Armed Forces of the Philippines", "ORG AFP -> Armed Forces of the Philippines", "ORG AFP -> Armed Forces of the Philippines"}},
		{"initials without stops after a title, whatever else the capitals stand for",
			"Air Chief Marshal AP Orlani and Gen VK Tarsk met.",
			[]string{"PERSON AP Orlani", "PERSON VK Tarsk"}},
		{"a given name's second syllable stays after a title; a derived adjective does not join",
			"President Sun Hae-jin met Gen. Park Tae-woo, and Brandt-style reforms followed.",
			[]string{"PERSON Sun Hae-jin", "PERSON Park Tae-woo"}},
		{"a place alone opens no long name with for, to or from",
			"The frigate sailed from Plymouth for the Northern Patrol Group, and the Centre for Coastal Studies said so.",
			[]string{"GPE Plymouth", "ORG Northern Patrol Group", "ORG Centre for Coastal Studies"}},
		{"a Latin prefix and its hyphen make one word with the name after them",
			"Ministers of the Non-Aligned Movement discussed the Trans-Pacific Partnership, the Inter-Services Press Office said.",
			[]string{"ORG Non-Aligned Movement", "PROGRAM Trans-Pacific Partnership", "ORG Inter-Services Press Office"}},
		{"a numbered name before a missile's longer description; a kind of warhead is no name",
			"The army fired a Tarsk-12 intercontinental ballistic missile with MIRV warheads.",
			[]string{"PLATFORM Tarsk-12"}},
		{"forces with a proper name are an organisation; the armed forces in general are none",
			"The Orvanian Defence Forces and the Tarvel Liberation Forces fought, and the Armed Forces stood by.",
			[]string{"ORG Orvanian Defence Forces", "ORG Tarvel Liberation Forces"}},
		{"a role word with an object after it is a verb, no team's role",
			"Please forward a copy to the desk, and Kindly forward them today.",
			nil},
		{"a role word before a name or a verb still makes a team",
			"Tessford forward Ann Brandt scored, and Tarvel captain Joe Merrow said nothing.",
			[]string{"ORG Tessford", "PERSON Ann Brandt", "ORG Tarvel", "PERSON Joe Merrow"}},
		{"a noun of companies after a place and -based",
			"The Denver-based company Orlith and a Lagos-based lender Quenta both grew.",
			[]string{"GPE Denver", "ORG Orlith", "GPE Lagos", "ORG Quenta"}},
		{"-based with no noun of companies names no company",
			"The Denver-based writer Orlith Maye said so.",
			[]string{"GPE Denver", "PERSON Orlith Maye"}},
		{"a unit or subsidiary of a named company",
			"Brevin, a unit of Castor Group, and Tolland, a subsidiary of Marrow Steel, merged.",
			[]string{"ORG Brevin", "ORG Castor Group", "ORG Tolland", "ORG Marrow Steel"}},
		{"a plural name after its article that lost to a side is a team",
			"The Comets lost to the Harbor Hawks, and the Rangers lost to the Harriers.",
			[]string{"ORG Comets", "ORG Harbor Hawks", "ORG Rangers", "ORG Harriers"}},
		{"a result verb and a lower-case word after it make no team",
			"The Oscars drew to a close and the Rangers lost to injury.",
			nil},
		{"a common word in capitals, plural too, is no acronym; an unknown one still names an organisation",
			"It took 4 DAYS, LMAO, and the NTSB said so.",
			[]string{"ORG NTSB"}},
		{"a word of praise or blame and a common noun are no name",
			"Great Service and Poor Value, said Ann Brandt of Tessel Foods.",
			[]string{"PERSON Ann Brandt", "ORG Tessel Foods"}},
		{"a listed name that opens with such a word keeps its label",
			"Best Buy opened a store in Great Britain.",
			[]string{"ORG Best Buy", "GPE Great Britain -> United Kingdom"}},
		{"a lone name that is a person of some trade",
			"Orlaith is a hairdresser in Tarvel, and Brekkan was an American novelist and screenwriter.",
			[]string{"PERSON Orlaith", "GPE Tarvel", "PERSON Brekkan"}},
		{"a trade that goes on as a modifier makes no person",
			"Velto is a director search firm.",
			nil},
		{"a lone name elected or sworn in is a person's; a company that appoints is not",
			"Ndemi was elected president, Oyelaran was sworn in, and Velto has appointed a chief.",
			[]string{"PERSON Ndemi", "PERSON Oyelaran"}},
		{"a prize's field after its capital is no place; an award in a place is",
			"Mirelle Tavosk won the Nobel Prize in Chemistry and an award in Tarvel.",
			[]string{"PERSON Mirelle Tavosk", "GPE Tarvel"}},
		{"who succeeds or precedes another is a person; a buyer is not",
			"The chair was succeeded by Ravel Oyelaran, preceded by Tarsk, and acquired by Brannock Vell.",
			[]string{"PERSON Ravel Oyelaran", "PERSON Tarsk", "ORG Brannock Vell"}},
		{"a company's noun after a lower-case modifier; a trade some people have is not one",
			"Shares in oil firm Corvane fell, budget airline Skyvane said, and game developer Hideki Tanaro left.",
			[]string{"ORG Corvane", "ORG Skyvane", "PERSON Hideki Tanaro"}},
		{"a lone name in apposition with kin and \"of\" is a person's",
			"Darvish, son of a farmer, met Ismene, the daughter of a judge.",
			[]string{"PERSON Darvish", "PERSON Ismene"}},
		{"a life's noun in apposition makes no person",
			"Velto, the birth of a new brand, sold well.",
			nil},
	})
	// a unit of something written without a capital names no company
	for _, text := range []string{"Brevin, a unit of measure, was coined by Ann Tolland.", "Pellamy, a unit of the group, makes batteries."} {
		for _, m := range a.Annotate(text, time.Time{}) {
			if m.Label == "ORG" {
				t.Errorf("Annotate(%q): ORG %q, want none", text, m.Text)
			}
		}
	}
}
