package extract

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// markedMention is one {LABEL text} of testdata/news_places.txt.
type markedMention struct {
	start, end int
	label      string
}

var markup = regexp.MustCompile(`\{([A-Z]+) ([^{}]+)\}`)

// unmark strips the {LABEL text} marks of a written sentence and returns
// the plain text and its mentions.
func unmark(line string) (string, []markedMention) {
	var b strings.Builder
	var ms []markedMention
	last := 0
	for _, m := range markup.FindAllStringSubmatchIndex(line, -1) {
		b.WriteString(line[last:m[0]])
		start := b.Len()
		b.WriteString(line[m[4]:m[5]])
		ms = append(ms, markedMention{start, b.Len(), line[m[2]:m[3]]})
		last = m[1]
	}
	b.WriteString(line[last:])
	return b.String(), ms
}

// TestNewsPlaces_WrittenSet scores the annotator on the sentences of
// testdata/news_places.txt (strict: same span and label) and holds a floor
// on the labels of places, platforms and programmes.
func TestNewsPlaces_WrittenSet(t *testing.T) {
	f, err := os.Open("testdata/news_places.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := newTestAnnotator(t)
	type counts struct{ tp, pred, gold int }
	per := map[string]*counts{}
	at := func(l string) *counts {
		if per[l] == nil {
			per[l] = &counts{}
		}
		return per[l]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want := unmark(line)
		gold := map[markedMention]bool{}
		for _, m := range want {
			gold[m] = true
			at(m.label).gold++
		}
		for _, e := range a.Annotate(text, time.Time{}) {
			m := markedMention{e.Start, e.End, e.Label}
			at(e.Label).pred++
			if gold[m] {
				at(e.Label).tp++
				delete(gold, m)
			} else {
				t.Logf("extra   %s %q in %q", e.Label, e.Text, text)
			}
		}
		for m := range gold {
			t.Logf("missed  %s %q in %q", m.label, text[m.start:m.end], text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	f1 := func(c counts) float64 {
		if c.pred+c.gold == 0 {
			return 1
		}
		return 2 * float64(c.tp) / float64(c.pred+c.gold)
	}
	var all counts
	for _, l := range Labels {
		c := per[l]
		if c == nil {
			continue
		}
		all.tp, all.pred, all.gold = all.tp+c.tp, all.pred+c.pred, all.gold+c.gold
		t.Logf("%-8s gold %3d pred %3d F1 %.3f", l, c.gold, c.pred, f1(*c))
	}
	t.Logf("overall  gold %3d pred %3d F1 %.3f", all.gold, all.pred, f1(all))
	// floors a little under what the rules reach, so that a change that
	// loses a kind of name shows
	for _, l := range []string{"LOC", "PLATFORM", "PROGRAM"} {
		if c := per[l]; c == nil || f1(*c) < 0.9 {
			t.Errorf("%s F1 %.3f on the written sentences, want at least 0.90", l, f1(*at(l)))
		}
	}
	if f1(all) < 0.9 {
		t.Errorf("overall F1 %.3f on the written sentences, want at least 0.90", f1(all))
	}
}

// TestNewsPlaces_Rules: each rule of news_places.go on sentences written
// for the test, with the cases it must leave alone.
func TestNewsPlaces_Rules(t *testing.T) {
	a := newTestAnnotator(t)
	checkSpans(t, a, []spanCase{
		{"a body whose name is no common word is a place",
			"The orbiter photographed Enceladus and Ganymede.",
			[]string{"LOC Enceladus", "LOC Ganymede"}},
		{"a body named like a company or a person, with space in the sentence",
			"The telescope watched Titan, the largest moon of Saturn.",
			[]string{"LOC Titan", "LOC Saturn"}},
		{"the same name with no word of space is no body",
			"Shares of Titan rose after the merger.",
			[]string{"ORG Titan"}},
		{"the Moon and back to Earth",
			"Two crews will walk on the Moon before they fly back to Earth.",
			[]string{"LOC Moon", "LOC Earth"}},
		{"Earth capitalised inside a sentence is the planet; Earth Day is none",
			"The crew will reach Earth on Friday, in time for Earth Day.",
			[]string{"LOC Earth"}},
		{"a surname that names a body is a person's without evidence",
			"Later, Moon said he would resign.",
			[]string{"PERSON Moon"}},
		{"a river after along, up or down the",
			"Ferries run up the Orvane twice a day, and fires burned along the Amazon.",
			[]string{"LOC Orvane", "LOC Amazon"}},
		{"a river before its basin, a state's name too",
			"Rain fell across the Mississippi basin.",
			[]string{"LOC Mississippi"}},
		{"plural, abbreviated and modifying countries and organisations keep their labels",
			"Prices rose across the Netherlands and across the US, budgets fell across the Pentagon, and ships sailed up the Yemen coast.",
			[]string{"GPE Netherlands", "GPE US -> United States", "ORG Pentagon -> U.S. Department of Defense", "GPE Yemen"}},
		{"a name listed with its article",
			"Crime fell in the Bronx last year.",
			[]string{"GPE Bronx -> The Bronx"}},
		{"bases and launch sites",
			"Jets left Naval Air Station Orwell, crews trained at Kessel Space Center, and a rocket flew from Tarvel Space Launch Site.",
			[]string{"LOC Naval Air Station Orwell", "LOC Kessel Space Center", "LOC Tarvel Space Launch Site"}},
		{"a facility named before its noun; a city keeps its label",
			"He was sent to Orvane state prison, fans packed Harlow stadium, and delays hit Denver airport.",
			[]string{"LOC Orvane", "LOC Harlow", "GPE Denver"}},
		{"where a journey from a place goes is a place",
			"The convict was moved from Tarkin Jail to Marrow Gate.",
			[]string{"LOC Tarkin Jail", "LOC Marrow Gate"}},
		{"a craft named after a body is the craft's, before or after its noun",
			"The Psyche spacecraft will reach the asteroid Psyche, and the probe Juno circles Jupiter.",
			[]string{"PLATFORM Psyche", "LOC Psyche", "PLATFORM Juno", "LOC Jupiter"}},
		{"a body after its noun, whatever else its name is",
			"The comet passed the constellation Orion and the asteroid Kessel.",
			[]string{"LOC Orion", "LOC Kessel"}},
		{"a mission's craft before a platform noun",
			"The Artemis II capsule, the Chang'e 6 probe and the Apollo 11 mission are shown.",
			[]string{"PLATFORM Artemis II", "PLATFORM Chang'e 6", "PROGRAM Apollo 11"}},
		{"an agreement named by a place and a numeral",
			"The Minsk II agreement failed.",
			[]string{"PROGRAM Minsk II"}},
		{"a listed programme and its mission's number",
			"Apollo 13 came home, Artemis IV is planned, and Chandrayaan-2 orbits the Moon.",
			[]string{"PROGRAM Apollo 13", "PROGRAM Artemis IV", "PROGRAM Chandrayaan-2", "LOC Moon"}},
		{"a listed exercise and its year; a partnership for something",
			"Ships joined RIMPAC 2026 under the Harlow Partnership for Coastal Awareness.",
			[]string{"PROGRAM RIMPAC 2026", "PROGRAM Harlow Partnership for Coastal Awareness"}},
		{"a programme named alone by a company's or a theatre's name takes a mission's number only",
			"Gemini 4 flew in 1965, and the band played the Apollo Theater.",
			[]string{"PROGRAM Gemini 4", "LOC Apollo Theater"}},
		{"a body's name inside a company's is no cue of space",
			"Shares of Mars Inc. rose, and Moon said so.",
			[]string{"ORG Mars Inc.", "PERSON Moon"}},
		{"a programme named after an office keeps its title words; a name and a year before a programme's noun",
			"The Pradhan Mantri Gram Sadak Yojana and the Orvane 2040 roadmap were cited, and Prime Minister Ilsa Brandt spoke.",
			[]string{"PROGRAM Pradhan Mantri Gram Sadak Yojana", "PROGRAM Orvane 2040", "PERSON Ilsa Brandt"}},
		{"a name with a place's in it before a programme's noun; two places joined are places",
			"Britain rejoined the Horizon Europe programme, and the US-India initiative grew.",
			[]string{"GPE Britain -> United Kingdom", "PROGRAM Horizon Europe", "GPE US -> United States", "GPE India"}},
		{"a type number before a platform noun",
			"The navy ordered Type 31 frigates, while Type 2 diabetes rose.",
			[]string{"PLATFORM Type 31"}},
		{"a family name in capitals and its variant's number",
			"The airline grounded its Boeing 737 MAX 8 jets.",
			[]string{"PLATFORM Boeing 737 MAX 8"}},
		{"a ship's name with 'of', not a ship and its navy",
			"HMS Duke of York sailed, and HMS Valiant of the Royal Navy followed.",
			[]string{"PLATFORM HMS Duke of York", "PLATFORM HMS Valiant", "ORG Royal Navy"}},
		{"a version mark stays inside a platform's name; a flight's number is none",
			"The navy fired a Kestrel Block IV and ordered the Harrow Flight III; Kestrel Flight 22 landed late.",
			[]string{"PLATFORM Kestrel Block IV", "PLATFORM Harrow Flight III"}},
		{"a listed platform and its block number",
			"The Tomahawk Block 5 flew farther.",
			[]string{"PLATFORM Tomahawk Block 5"}},
		{"a vessel's name after its noun, a person's or a place's name too",
			"The submarine Dosan Ahn Changho sailed, and the aircraft carrier Shandong followed; the carrier Delta flew on.",
			[]string{"PLATFORM Dosan Ahn Changho", "PLATFORM Shandong", "ORG Delta"}},
		{"a mark with a hyphen and a listed platform's number",
			"The Arjun Mk-1A tank rolled past Shahed-136 wreckage.",
			[]string{"PLATFORM Arjun Mk-1A", "PLATFORM Shahed-136"}},
		{"two platforms joined by 'and the' before their noun",
			"The army bought the Orvane Squad Weapon and the XM9 rifles.",
			[]string{"PLATFORM Orvane Squad Weapon", "PLATFORM XM9"}},
		{"a ship-type phrase before a longer name is no list of ships",
			"The Coastal Patrol Ship Interdiction Package was shown.",
			nil},
		{"a place's head that is also a family name, unless a person is meant",
			"Aides on Capitol Hill met at Orvane Hall and Kessel Field. Diane Hall spoke. Mr Tarvel Hill left.",
			[]string{"LOC Capitol Hill", "LOC Orvane Hall", "LOC Kessel Field", "PERSON Diane Hall", "PERSON Tarvel Hill"}},
		{"world regions of the UN M49 list and U.S. census regions",
			"Sales grew in West Africa, Eastern Europe and New England.",
			[]string{"LOC West Africa", "LOC Eastern Europe", "LOC New England"}},
		{"towers, gates and gaps; Bill Gates stays a person",
			"Crowds met at Orvane Tower and Harlow Gate before crossing the Kessel Gap, and Bill Gates spoke.",
			[]string{"LOC Orvane Tower", "LOC Harlow Gate", "LOC Kessel Gap", "PERSON Bill Gates"}},
		{"a desert or a range before its noun, a state before it keeps its label",
			"Dust blew from the Orvane desert, and the Nevada desert was hot.",
			[]string{"LOC Orvane", "GPE Nevada"}},
		{"airports by their short names",
			"Flights left Heathrow for Changi.",
			[]string{"LOC Heathrow", "LOC Changi"}},
		{"canyons, sounds, beaches and falls; keys as a site's head, not a person's name",
			"Boats left Orvane Sound for Harlow Beach, past the Kessel Keys, while Alicia Keys sang.",
			[]string{"LOC Orvane Sound", "LOC Harlow Beach", "LOC Kessel Keys", "PERSON Alicia Keys"}},
		{"venues by their head word",
			"The final moved from the Orvane Superdome to Harlow Speedway.",
			[]string{"LOC Orvane Superdome", "LOC Harlow Speedway"}},
		{"a district before its noun is a GPE, a neighbourhood a LOC; a company's name keeps its label",
			"Police patrolled the Orvane district and the upscale Kessel neighborhood, near the Amazon district office.",
			[]string{"GPE Orvane", "LOC Kessel", "ORG Amazon"}},
		{"a statue of someone and a hemisphere are places; an agreement named after a camp is a programme",
			"Tourists saw the Statue of Orvane from the Northern Hemisphere, where the Camp Kessel Accords were signed.",
			[]string{"LOC Statue of Orvane", "LOC Northern Hemisphere", "PROGRAM Camp Kessel Accords"}},
		{"a large city named like a person after a place preposition; the person stays a person",
			"Flights to Lyon resumed, Florence Nightingale was born in Florence, and she wrote to Charlotte, who replied.",
			[]string{"GPE Lyon", "PERSON Florence Nightingale", "GPE Florence", "PERSON Charlotte"}},
		{"a place, 'in' and a place's name are two places; a trail is a place",
			"The ferry sank off Bali in the Orvane Strait, near the Kessel Trail.",
			[]string{"GPE Bali -> Bāli", "LOC Orvane Strait", "LOC Kessel Trail"}},
		{"a stock index is no place and no entity; the company of the same name stays",
			"Shares rose on the Sensex, the FTSE 100 and the S&P 500 gained, and Dow Jones & Co. reported.",
			[]string{"ORG Dow Jones & Co."}},
		{"an event's head word alone is no place",
			"She competed in the Olympics and later won the Open.",
			nil},
		{"grounds named without a head word",
			"The final moved from Anfield to Old Trafford.",
			[]string{"LOC Anfield", "LOC Old Trafford"}},
		{"accords, protocols and a treaty named before its noun are programmes",
			"The Harlow Accords and the Orvane Protocol replaced the New START treaty.",
			[]string{"PROGRAM Harlow Accords", "PROGRAM Orvane Protocol", "PROGRAM New START"}},
		{"a numbered conference is a programme, no amount in the currency its letters spell",
			"Delegates at COP29 agreed, and the fund got USD5bn and 40,000 Colombian pesos.",
			[]string{"PROGRAM COP29", "MONEY USD5bn -> USD 5000000000", "MONEY 40,000 Colombian pesos -> COP 40000"}},
		{"a model or a standard is no meeting without a meeting's context",
			"Sales of its RAV4 models rose, the site moved to HTML5, and the COP30 climate summit opened.",
			[]string{"PROGRAM COP30"}},
		{"a vehicle maker and its model; the company's own names stay organisations",
			"The Nissan Leaf, Tesla's Model Y and the Tesla Model 3 sold well, while Honda Financial and Tesla CEO Elon Musk spoke.",
			[]string{"PLATFORM Nissan Leaf", "ORG Tesla", "PLATFORM Model Y", "PLATFORM Tesla Model 3", "ORG Honda Financial", "ORG Tesla", "PERSON Elon Musk"}},
		{"a listed platform's variant after a hyphen, and a mark with a space",
			"The Akash-NG was fired, and the ALH Dhruv Mk III landed.",
			[]string{"PLATFORM Akash-NG", "PLATFORM ALH Dhruv Mk III"}},
		{"an unknown name and its number before a platform noun",
			"The army bought Orvane-2 loitering munitions, and the Kessel 9 satellite flew.",
			[]string{"PLATFORM Orvane-2", "PLATFORM Kessel 9"}},
		{"an organisation's possessive ends its name",
			"The Marine Corps' Orvane Strike Missile and the Coastal Leaders' Summit were on the agenda.",
			[]string{"ORG Marine Corps", "PLATFORM Orvane Strike Missile", "PROGRAM Coastal Leaders' Summit"}},
		{"a named platform by its head word, not a kind described in capitals",
			"Crews fired the Orvane Strike Missile, bought an Electronic Warfare System and flew 31 MQ-9B Remotely Piloted Aircraft.",
			[]string{"PLATFORM Orvane Strike Missile", "PLATFORM MQ-9B"}},
		{"aircraft models without their maker: a family mark, a lower-case variant",
			"Deliveries of the 737 MAX and the A320neo slowed, but 125 NATO troops stayed.",
			[]string{"PLATFORM 737 MAX", "PLATFORM A320neo", "ORG NATO -> North Atlantic Treaty Organization"}},
		{"a maker and a two-digit model with its variant; an aircraft family and its number",
			"The ATR 72-600, ATR 42 turboprops and the Bombardier Global 8000 flew, and the 2024 Cessna Citation was sold; Boeing 40 jobs went.",
			[]string{"PLATFORM ATR 72-600", "PLATFORM ATR 42", "PLATFORM Bombardier Global 8000", "PLATFORM Cessna Citation", "ORG Boeing"}},
		{"a name and its model code before a platform noun, or a listed name's",
			"The army ordered Orvane 2A8 tanks and more Stryker 3B vehicles, and 4K screens.",
			[]string{"PLATFORM Orvane 2A8", "PLATFORM Stryker 3B"}},
		{"two names of one listed platform side by side are one mention",
			"The Apache AH-64E landed.",
			[]string{"PLATFORM Apache AH-64E -> Apache"}},
		{"an unknown name and its designator are one platform; a given name is no platform's",
			"Crews launched Orvane V5 sea drones, and John F2 waved.",
			[]string{"PLATFORM Orvane V5", "PERSON John", "PLATFORM F2"}},
		{"a four-digit variant after a model's hyphen",
			"The airline took its 150th Boeing 737-8200.",
			[]string{"PLATFORM Boeing 737-8200"}},
		{"a variant's number after a designator's hyphen; a shore base by 'based at'; an exercise opening a sentence",
			"Exercise Kessel Shield began. The C-130J-30 flew, and drones will be based at INS Orvane.",
			[]string{"PROGRAM Exercise Kessel Shield", "PLATFORM C-130J-30", "LOC INS Orvane"}},
		{"a variant's capitals join the designator before them",
			"The IRIS-T SLM and the Patriot PAC-3 MSE were bought.",
			[]string{"PLATFORM IRIS-T SLM", "PLATFORM Patriot PAC-3 MSE"}},
		{"a ship's name with 'of the' after its noun; the wreck of a ship",
			"The cruise ship Icon of the Seas sailed past the wreck of the Orvane.",
			[]string{"PLATFORM Icon of the Seas", "PLATFORM Orvane"}},
		{"a river after 'on the' ends its phrase; a word, an acronym or a modifier is none",
			"Ships were built on the Clyde, news spread on the Internet, and riders slept on the Orvane train.",
			[]string{"LOC Clyde"}},
		{"planetary features by the IAU's words",
			"The orbiter imaged Olympus Mons and Mare Orvanum.",
			[]string{"LOC Olympus Mons", "LOC Mare Orvanum"}},
		{"a plural aircraft model after its maker, and a variant in the plural",
			"The airline based six Airbus A321LRs, four Boeing 787-9s and ten Boeing 737s in Dublin.",
			[]string{"PLATFORM Airbus A321LR", "PLATFORM Boeing 787-9", "PLATFORM Boeing 737", "GPE Dublin"}},
		{"a plural name after a place preposition and 'the' is a range's or a river's; a people or a team is none",
			"Snow fell in the Orvanes before dawn, crews pulled boats from the Kessels, and the Peruvians cheered the Harlows fans.",
			[]string{"LOC Orvanes", "LOC Kessels", "ORG Harlows"}},
		{"designators and counted listed platforms in the plural",
			"The air force flies F-35s and MQ-9Bs, plus 36 Rafales and four Apaches, and the Patriots won.",
			[]string{"PLATFORM F-35", "PLATFORM MQ-9B", "PLATFORM Rafale", "PLATFORM Apache"}},
		{"a plural's s stays outside a platform with a model number",
			"The carrier ordered twelve Airbus A350s and four Boeing 787-10 Dreamliners, and flies the C-130J Super Hercules.",
			[]string{"PLATFORM Airbus A350", "PLATFORM Boeing 787-10 Dreamliner", "PLATFORM C-130J Super Hercules -> Super Hercules"}},
		{"a project's or a mission's number, with or without a hyphen, and a phase after it",
			"Work on Project-21C and Project 40B went on, and Mission 120 ended; the Project-90 Bravo boats were ordered.",
			[]string{"PROGRAM Project-21C -> Project 21C", "PROGRAM Project 40B", "PROGRAM Mission 120", "PROGRAM Project-90 Bravo -> Project 90 Bravo"}},
		{"an exercise's edition by its year; a programme's opener and a count is no project",
			"Exercise Orvane Shield 2027 began, and Operation Kessel 2026 ended.",
			[]string{"PROGRAM Exercise Orvane Shield 2027", "PROGRAM Operation Kessel 2026"}},
		{"two programmes named by their openers and joined by 'and'",
			"Mission Orvane and Operation Kessel Dawn were launched.",
			[]string{"PROGRAM Mission Orvane", "PROGRAM Operation Kessel Dawn"}},
		{"capitals glued to a number name a meeting; a designator stays a platform",
			"Ministers met at WHA77 while F35 jets flew.",
			[]string{"PROGRAM WHA77", "PLATFORM F35"}},
		{"a cabin class is no ship class",
			"She flew Premium Economy class.",
			nil},
		{"a plan named with a country's name and a year",
			"The Made in Germany 2030 plan and Built in Canada 2028 were cited.",
			[]string{"PROGRAM Made in Germany 2030", "PROGRAM Built in Canada 2028"}},
		{"a day's name inside an agreement's name, not alone",
			"The Holy Thursday Accord held, and talks resumed on Friday.",
			[]string{"PROGRAM Holy Thursday Accord"}},
		{"a ship class is named without '-class', listed or not; a class action is no ship",
			"The Kolkata-class destroyers and two Orvane-class frigates will replace the Kessel class. A Tarvel class action followed.",
			[]string{"PLATFORM Kolkata", "PLATFORM Orvane", "PLATFORM Kessel"}},
		{"a maker and its craft's name before a platform's noun; a place after a maker is no craft",
			"The SpaceX Orvane capsule docked, and a Boeing Ohio jet landed.",
			[]string{"PLATFORM SpaceX Orvane", "ORG Boeing", "GPE Ohio"}},
		{"a complete name, 'in' and a place are two",
			"Troops trained at Fort Orvane in Alaska, and Make in India grew.",
			[]string{"LOC Fort Orvane", "GPE Alaska", "PROGRAM Make in India"}},
		{"'sub-' before a region, and hyphenated names before a basin's noun",
			"Rains failed in sub-Saharan Africa, and the lander aims at the Orvane-Kessel basin.",
			[]string{"LOC sub-Saharan Africa", "LOC Orvane-Kessel basin"}},
		{"a name after 'aboard' is the craft's; a flight's airline and a place are none",
			"Crews flew aboard a SpaceX Orvane, then aboard the Kessel Star to Harlow, aboard a Delta flight and aboard the ISS.",
			[]string{"PLATFORM SpaceX Orvane", "PLATFORM Kessel Star", "GPE Harlow", "LOC ISS -> International Space Station"}},
		{"a definite run of common words ending in a platform's head is a named system; an indefinite one, a plural or a system with no weapon's word is none",
			"The Army fielded the Compact Orbital Missile System and the Navy's Heavy Surface Combat Vehicle, but not an Electronic Warfare System, the Armoured Recovery Vehicles or the National Pension System.",
			[]string{"PLATFORM Compact Orbital Missile System", "PLATFORM Heavy Surface Combat Vehicle"}},
		{"a listed platform and its variant's words before a platform's noun",
			"The Akash Extended Range missile was fired.",
			[]string{"PLATFORM Akash Extended Range"}},
		{"a designator and a name of another list before a platform's noun",
			"The MQ-9B Sea Guardian drones and the XQ-8 Orvane aircraft flew.",
			[]string{"PLATFORM MQ-9B Sea Guardian", "PLATFORM XQ-8 Orvane"}},
		{"an acronym and a number before a programme's noun; a year is no programme number",
			"The SEA 5000 program and the LAND 907 programme went ahead, and the ESA 2025 report came out.",
			[]string{"PROGRAM SEA 5000", "PROGRAM LAND 907", "ORG ESA"}},
		{"a Roman numeral with a sub-version's capital after a block mark",
			"The SM-6 Block IA was fired.",
			[]string{"PLATFORM SM-6 Block IA"}},
		{"two programmes joined by 'and the' before the last one's noun",
			"Both sides signed the Orvane Supply Arrangement and the Kessel Defence Procurement agreement.",
			[]string{"PROGRAM Orvane Supply Arrangement", "PROGRAM Kessel Defence Procurement"}},
		{"a craft named after a person, between 'the' and its noun; a system is no craft",
			"The Nancy Orvane telescope and the Theodore Kessel carrier sailed, NASA's Mary Tarvel rover landed, and the John Harlow system failed.",
			[]string{"PLATFORM Nancy Orvane", "PLATFORM Theodore Kessel", "ORG NASA -> National Aeronautics and Space Administration", "PLATFORM Mary Tarvel", "PERSON John Harlow"}},
		{"a name, its possessive and a place's head word are one place",
			"Fans filled St Orvane's Park after the match.",
			[]string{"LOC St Orvane's Park"}},
		{"a three-digit model with its family's capital after a maker",
			"Boeing 777X deliveries slipped again.",
			[]string{"PLATFORM Boeing 777X"}},
		{"the ISS is a place; a rover's noun stays outside its name",
			"The crew left the ISS, and the Perseverance rover drove on.",
			[]string{"LOC ISS -> International Space Station", "PLATFORM Perseverance"}},
		{"a hyphen inside a definite named system; a listed platform's variant ending in a platform's head",
			"The navy fired the Long Range Anti-Ship Missile and the Tomahawk Land Attack Missile.",
			[]string{"PLATFORM Long Range Anti-Ship Missile", "PLATFORM Tomahawk Land Attack Missile"}},
		{"a class named after a place, its block mark and a platform's noun; the place alone stays a place",
			"The Ohio Block IV submarines were ordered, and Ohio Block 3 voted.",
			[]string{"PLATFORM Ohio Block IV", "GPE Ohio"}},
		{"letters a slash joins to a designator",
			"The F/A-18E/F and the F/A-18 flew.",
			[]string{"PLATFORM F/A-18E/F", "PLATFORM F/A-18"}},
		{"coast guard ships by their prefixes",
			"ICGS Orvane and USCGC Kessel sailed.",
			[]string{"PLATFORM ICGS Orvane", "PLATFORM USCGC Kessel"}},
		{"a name after 'the' before a verb only vessels take; a person's name with no article is left alone",
			"The Orvane Star ran aground, the Kessel Trader sank, and the Harlow has docked. Later, Tarvel sailed home, and the Marlows sailed through the final.",
			[]string{"PLATFORM Orvane Star", "PLATFORM Kessel Trader", "PLATFORM Harlow", "PERSON Tarvel"}},
		{"a programme's head, 'of' or 'on' and its object are one name",
			"The Orvane Plan of Action and the Kessel Declaration on Maritime Safety were adopted, as was the Harlow Treaty of Peace and Trade.",
			[]string{"PROGRAM Orvane Plan of Action", "PROGRAM Kessel Declaration on Maritime Safety", "PROGRAM Harlow Treaty of Peace and Trade"}},
		{"a listed platform's variant ending in a platform's noun; a mark's numeral after a hyphen",
			"The Kaveri Derivative Engine and the Pinaka Mk-II were shown.",
			[]string{"PLATFORM Kaveri Derivative Engine", "PLATFORM Pinaka Mk-II"}},
		{"a name and its number before a programme's noun; a listed exercise's year after a hyphen",
			"The Orvane-25 exercise and Malabar-2026 began.",
			[]string{"PROGRAM Orvane-25", "PROGRAM Malabar-2026"}},
		{"coasts, rivieras, belts and alleys are places; the Coast Guard and a country stay",
			"Storms hit the Orvane Coast, the Kessel Riviera, the Harlow Belt and Tarvel Alley, and the Coast Guard sailed from Ivory Coast.",
			[]string{"LOC Orvane Coast", "LOC Kessel Riviera", "LOC Harlow Belt", "LOC Tarvel Alley", "ORG Coast Guard", "GPE Ivory Coast -> Côte d'Ivoire"}},
		{"a known place, 'and' and a place's name are two places",
			"Storms crossed the Great Plains and Orvane Alley.",
			[]string{"LOC Great Plains", "LOC Orvane Alley"}},
		{"a programme listed with its noun is named without it",
			"The Pentagon expanded the Replicator initiative.",
			[]string{"ORG Pentagon -> U.S. Department of Defense", "PROGRAM Replicator"}},
		{"a maker, a listed platform and its variant's mark are one platform",
			"Brazil flies the Saab Gripen E, and Saab Gripen jets escorted it.",
			[]string{"GPE Brazil", "PLATFORM Saab Gripen E", "PLATFORM Saab Gripen"}},
		{"'and the' parts two names, each read whole",
			"Ministers backed the Green Gateway and the Partnership for Kessel Trade and Investment.",
			[]string{"PROGRAM Partnership for Kessel Trade and Investment"}},
		{"a platform's class written out before a listed name stays in its span",
			"The Advanced Light Helicopter Dhruv landed.",
			[]string{"PLATFORM Advanced Light Helicopter Dhruv -> Dhruv"}},
	})
}
