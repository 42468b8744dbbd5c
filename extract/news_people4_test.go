package extract

import (
	"strings"
	"testing"
	"time"
)

// On the sentences written for round 4 (testdata/news_people4*.txt), the
// people and places found hold a floor (strict mentions); the misses are
// logged. The sets are written for trawl, not taken from any corpus.
func TestAnnotator_NewsPeople4Sentences(t *testing.T) {
	a := newTestAnnotator(t)
	for _, set := range []struct {
		path  string
		min   int
		floor float64
	}{
		{"testdata/news_people4.txt", 60, 0.90},
		// held out from the rules' writing: a lower floor, a guard only
		{"testdata/news_people4_holdout.txt", 60, 0.85},
	} {
		t.Run(set.path, func(t *testing.T) {
			per := scoreMarked(t, a, set.path)
			var all markedCounts
			for _, l := range Labels {
				all = all.add(per[l])
				if per[l].gold+per[l].pred > 0 {
					t.Logf("%-8s gold %3d pred %3d right %3d F1 %.3f", l, per[l].gold, per[l].pred, per[l].tp, per[l].f1())
				}
			}
			t.Logf("overall  gold %3d pred %3d right %3d F1 %.3f", all.gold, all.pred, all.tp, all.f1())
			if all.gold < set.min || all.f1() < set.floor {
				t.Errorf("F1 %.3f on %d gold mentions, want >= %.2f on %d or more", all.f1(), all.gold, set.floor, set.min)
			}
		})
	}
}

// TestAnnotator_NewsPeople4Rules: each rule of news_people4.go on
// sentences written for the test, with the cases it must leave alone.
func TestAnnotator_NewsPeople4Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a postal code after a place, and the place before it",
			"The mill in Orlenby, OH, closed; the depot in Kessick, BC 90210 stayed.",
			[]string{"GPE Orlenby", "GPE OH", "GPE Kessick", "GPE BC"}},
		{"a code word with no place before it is none",
			"Send your name, ID and address; OR call us.",
			nil},
		{"what the law or violence does to people",
			"Tavrosk was arrested on Monday and Ulbrecht has been charged; Meldane was later jailed.",
			[]string{"PERSON Tavrosk", "PERSON Ulbrecht", "PERSON Meldane"}},
		{"a company fined or a place hit is no person",
			"Velcorp was fined and Tarvel was hit by the storm.",
			nil},
		{"Irish surnames alone, Scottish ones with a person's context",
			"The report thanked O'Dowell, and McFarran said MacKendrick, who led it, had left.",
			[]string{"PERSON O'Dowell", "PERSON McFarran", "PERSON MacKendrick"}},
		{"a Scottish name that acts may be a company's or a team's",
			"McVarren won the constructors' title.",
			nil},
		{"such a name after an article or before a noun it modifies is none",
			"The O'Rourke was sold, and McKellan tartans were made.",
			nil},
		{"a name greeted at a line's start",
			"Hi Tamsyn,\nDear Oriel,\nHey Vladek! See you at noon.",
			[]string{"PERSON Tamsyn", "PERSON Oriel", "PERSON Vladek"}},
		{"a greeting before a common word or inside a sentence names nobody",
			"Hello World, she typed, and said hi Ostrel and Hello Kitty.",
			nil},
		{"unknown names in a list of places after a place preposition",
			"Storms hit homes in Quarnby, Leeds and Ostwick.",
			[]string{"GPE Quarnby", "GPE Leeds", "GPE Ostwick"}},
		{"a list with two known places needs no preposition",
			"Leeds, Bristol and Ostwick bid to host the games.",
			[]string{"GPE Leeds", "GPE Bristol", "GPE Ostwick"}},
		{"a phrase opening the sentence and a list of people after it",
			"In London, Brakwell and Ostrander met the minister.",
			[]string{"GPE London", "PERSON Brakwell", "PERSON Ostrander"}},
		{"a list with a person in it is no list of places",
			"The mayors of Leeds, Ann Varga and Tolland met.",
			[]string{"GPE Leeds", "PERSON Ann Varga", "PERSON Tolland"}},
		{"a name said to be a town or a capital",
			"Brixley is a market town in Kent, and Tarvenna, the capital of Orvania, grew.",
			[]string{"GPE Brixley", "GPE Kent", "GPE Tarvenna", "GPE Orvania"}},
		{"a town's noun that goes on is a person's trade",
			"Ostrel Vane, a city councillor, and Maribel Quist, the town's mayor, spoke.",
			[]string{"PERSON Ostrel Vane", "PERSON Maribel Quist"}},
		{"a name before a province's or a region's noun",
			"Fighting spread from the Kelbin province to the Orvash region and Marvany prefecture.",
			[]string{"GPE Kelbin", "LOC Orvash", "GPE Marvany"}},
		{"the people around a person, what a person gives, a person's affairs",
			"Critics of Ndaweni and supporters of Tessaro met after a goal from Okwuosa and praise from Vellani; Marrast's visit and Quillon's resignation followed.",
			[]string{"PERSON Ndaweni", "PERSON Tessaro", "PERSON Okwuosa", "PERSON Vellani", "PERSON Marrast", "PERSON Quillon"}},
		{"flights from a place and a place's visitors stay places",
			"Flights from Tarvel and imports from Ostwick resumed.",
			[]string{"GPE Tarvel", "GPE Ostwick"}},
		{"a role only people have, in apposition",
			"Kemboiyo, the marathon world record holder, and Ostrane, a retired farmer from Leeds, ran.",
			[]string{"PERSON Kemboiyo", "PERSON Ostrane", "GPE Leeds"}},
		{"a role that companies have too is no evidence",
			"Velcor, the asset manager, and Brinde, the oil producer, merged.",
			nil},
		{"a list whose first place a lone rule found",
			"Hundreds marched in Quarnby and Ostwick on Sunday.",
			[]string{"GPE Quarnby", "GPE Ostwick"}},
		{"a place's name whose death or funeral is spoken of is a person's",
			"Florence's funeral was held after Lyon's death.",
			[]string{"PERSON Florence", "PERSON Lyon"}},
		{"a death toll is a place's",
			"India's death toll rose.",
			[]string{"GPE India"}},
		{"a given name that is a word too, joined to a person's name",
			"The prize went to Ann Varga and Rod, and Grant or Tom Merrow will chair it.",
			[]string{"PERSON Ann Varga", "PERSON Rod", "PERSON Grant", "PERSON Tom Merrow"}},
		{"a party named by a common word beside a person is no person",
			"Ann Brandt and Reform won seats, and Tom Merrow and Progress lost.",
			[]string{"PERSON Ann Brandt", "PERSON Tom Merrow"}},
		{"an unknown name of two words after in or near, no given name first, is a place",
			"Tomos Pryce grew up in Merthyr Tydfil and lives near Llanfair Caereinion.",
			[]string{"PERSON Tomos Pryce", "GPE Merthyr Tydfil", "GPE Llanfair Caereinion"}},
		{"such a name before a possessive is an owner's",
			"The papers were found in Tarvo Kessel's office and in Tarvo Kessel 's car.",
			[]string{"PERSON Tarvo Kessel", "PERSON Tarvo Kessel"}},
		{"a coach's title stays outside the name",
			"Coach Pep Varrow praised the squad.",
			[]string{"PERSON Pep Varrow"}},
		{"a dateline's place before its country or state",
			"QUARNBY, Mont. — The mill closed.\nTARVELBURG, Germany (Reuters) - Shares fell.",
			[]string{"GPE QUARNBY", "GPE Mont. -> Montana", "GPE TARVELBURG", "GPE Germany", "ORG Reuters"}},
		{"a country's possessive or a list after the comma makes no pair",
			"Velcor, Germany's largest lender, grew.",
			[]string{"GPE Germany"}},
		{"the town of, the province of: a place however the sentence goes on",
			"Officials in the northern province of Velmar said the border town of Kessara was shelled.",
			[]string{"GPE Velmar", "GPE Kessara"}},
		{"a place near another",
			"The victims were from Orlenby and nearby Kessick.",
			[]string{"GPE Orlenby", "GPE Kessick"}},
		{"a surname with its particle and no given name",
			"The pact was signed by de Vantrel and Ostwald, and later by President da Morvane and von der Kessel.",
			[]string{"PERSON de Vantrel", "PERSON Ostwald", "PERSON da Morvane", "PERSON von der Kessel"}},
		{"a founder's name and a trade name a firm",
			"Calls go to Malcolm Tarrant Motorsports, and Ann Brandt Design and Ashvane Horse Transport were hired.",
			[]string{"ORG Malcolm Tarrant Motorsports", "ORG Ann Brandt Design", "ORG Ashvane Horse Transport"}},
		{"a person's name with no trade after it stays a person's",
			"Ann Marie Tarrant and Tommy Lee Varga were hired.",
			[]string{"PERSON Ann Marie Tarrant", "PERSON Tommy Lee Varga"}},
		{"a country or its adjective among the role's modifiers",
			"Rodrel, the Spain midfielder, and Kessvik, the Brazilian striker, missed the match.",
			[]string{"PERSON Rodrel", "GPE Spain", "PERSON Kessvik"}},
		{"an athlete and a country in a results table are no place",
			"2. Vingsgaard, Denmark, +1:02",
			[]string{"GPE Denmark"}},
		{"an analyst's or an economist's title stays outside the name",
			"Analyst Priya Raman of Tessel Securities and Economist Ann Brandt spoke.",
			[]string{"PERSON Priya Raman", "ORG Tessel Securities", "PERSON Ann Brandt"}},
		{"a given name, initials and a surname",
			"George R.R. Varlow and Ann K.L. Brandt signed books.",
			[]string{"PERSON George R.R. Varlow", "PERSON Ann K.L. Brandt"}},
		{"a web address, a numbered reference or a modifier after a preposition is no place",
			"Go to Velcorn.com, see the change in Section 7, and sell in International markets.",
			nil},
		{"a lower-case place's name after an article is a common word",
			"why would you want a chihuahua?",
			nil},
		{"and after a preposition a place",
			"she lives in chihuahua now",
			[]string{"GPE chihuahua -> Chihuahua"}},
		{"an unknown name after a preposition is still a place before a number of times",
			"Flights to Ostwick 2 times a week resumed.",
			[]string{"GPE Ostwick"}},
		{"people of a kind like or such as a name",
			"They detained people like Yaqoubar, and leaders such as Ostrelli spoke, unlike countries like Tarvelia.",
			[]string{"PERSON Yaqoubar", "PERSON Ostrelli"}},
		{"a verb with a company's object is no evidence of a person",
			"Velcorra cut prices, and Lambrezzi shed jobs.",
			nil},
		{"the same verb with another object still is",
			"Tessarov cut the ribbon.",
			[]string{"PERSON Tessarov"}},
		{"a place guessed from a preposition that opens a list of people is a person",
			"The team of Nakashimo, Oduyar and Brandvik won the prize.",
			[]string{"PERSON Nakashimo", "PERSON Oduyar", "PERSON Brandvik"}},
		{"a listed place before people stays a place",
			"Players from Leeds, Ann Oduyar and Tom Brandvik, won.",
			[]string{"GPE Leeds", "PERSON Ann Oduyar", "PERSON Tom Brandvik"}},
		{"what only people do to or with one",
			"The firm was founded by Vellonio, the board is chaired by Haddarin, and she met with Ostrowsky.",
			[]string{"PERSON Vellonio", "PERSON Haddarin", "PERSON Ostrowsky"}},
		{"what companies do too is no evidence",
			"The plant is owned by Vellonio Steel and the bid was led by Harvane.",
			[]string{"ORG Vellonio Steel"}},
		{"the place after a person's name and of is no speaker",
			"Protests spread to Orvale and Kessick. Mayor Tania Tapwell of Orvale told reporters the council would act.",
			[]string{"GPE Orvale", "GPE Kessick", "PERSON Tania Tapwell", "GPE Orvale"}},
		{"a storm named in lower case is no person, there or later",
			"The storm, named Delphine, made landfall in Florida. Delphine weakened, and a hurricane named Orsolya followed.",
			[]string{"GPE Florida"}},
		{"religious and police titles and plural titles stay outside the names",
			"Archbishop Ravel Okonta, Imam Tariq Haddadin and Detective Ann Brandt met Senators Joe Merrow and Ann Tolland.",
			[]string{"PERSON Ravel Okonta", "PERSON Tariq Haddadin", "PERSON Ann Brandt", "PERSON Joe Merrow", "PERSON Ann Tolland"}},
		{"such a title after a given name is a surname",
			"Julie Bishop and Ann Constable spoke.",
			[]string{"PERSON Julie Bishop", "PERSON Ann Constable"}},
		{"a people's adjective before a region's noun is no place",
			"Protests spread throughout the Sunni Arab regions and the Kurdish provinces.",
			nil},
	})
	// a particle inside another name or after an article opens no surname
	for _, m := range a.Annotate("The Tour de Tarvel ended, and a van Dorvik built stayed.", time.Time{}) {
		if strings.HasPrefix(m.Text, "de ") || strings.HasPrefix(m.Text, "van ") {
			t.Errorf("%s %q opens with a particle", m.Label, m.Text)
		}
	}
	// a degree after a person's name is no state's code
	for _, text := range []string{"The book was written with Ann Brandt, MD, and Tom Varga, PA.", "Ostrel Quane, CA, audited the fund."} {
		for _, m := range a.Annotate(text, time.Time{}) {
			if m.Label == "GPE" {
				t.Errorf("Annotate(%q): GPE %q, want none", text, m.Text)
			}
		}
	}
}
