package extract

import (
	"fmt"
	"maps"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trawl/trawl/configs"
)

func newTestAnnotator(t testing.TB, aliases ...Alias) *Annotator {
	t.Helper()
	a, err := NewAnnotator(AnnotatorOptions{Aliases: aliases})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// annotatorWith is the shipped gazetteer with entries listed before its
// own and words added to its lists, so that a rule meets invented names
// the lists know.
func annotatorWith(t *testing.T, lists map[string][]string, entries ...configs.GazetteerEntry) *Annotator {
	t.Helper()
	shipped, err := configs.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	all := shipped.Lists
	if len(lists) > 0 {
		all = maps.Clone(all)
		for k, ws := range lists {
			all[k] = append(slices.Clone(all[k]), ws...)
		}
	}
	g := &configs.Gazetteer{Lists: all, Entries: append(entries, shipped.Entries...)}
	a, err := NewAnnotator(AnnotatorOptions{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// want is "LABEL text" or "LABEL text -> canonical".
func render(ents []Entity, withCanonical bool) []string {
	var out []string
	for _, e := range ents {
		s := e.Label + " " + e.Text
		if withCanonical && e.Canonical != e.Text {
			s += " -> " + e.Canonical
		}
		out = append(out, s)
	}
	return out
}

// spanCase is a sentence written for a test and the mentions Annotate
// must find in it.
type spanCase struct {
	name, text string
	want       []string
}

func checkSpans(t *testing.T, a *Annotator, cases []spanCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := render(a.Annotate(tt.text, time.Time{}), true)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Annotate(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestAnnotator_Spans(t *testing.T) {
	a := newTestAnnotator(t)
	tests := []spanCase{
		{"title outside PERSON, country before title",
			"U.S. Defense Secretary Ilsa Brandt met Dr. Imran Khurshid.",
			[]string{"GPE U.S. -> United States", "PERSON Ilsa Brandt", "PERSON Imran Khurshid"}},
		{"country as modifier and -based",
			"U.S.-based Micron Technology hired U.S. forces.",
			[]string{"GPE U.S. -> United States", "ORG Micron Technology", "GPE U.S. -> United States"}},
		{"hyphenated places split",
			"The India-U.S. relationship grew.",
			[]string{"GPE India", "GPE U.S. -> United States"}},
		{"longest name wins, no nesting",
			"The U.S. Defense Department praised the International Centre for Peace Studies.",
			[]string{"ORG U.S. Defense Department -> U.S. Department of Defense", "ORG International Centre for Peace Studies"}},
		{"legislatures and parties alone; U.S. party members are no party",
			"The bill passed the Senate, but the Tories and the Green Democrats opposed it, and Republicans in the House split.",
			[]string{"ORG Senate", "ORG Tories", "ORG Green Democrats", "ORG House"}},
		{"a state's legislature alone, not a legislature in lower case",
			"The Legislature sent the bill back; every legislature in the region is split.",
			[]string{"ORG Legislature"}},
		{"a plural name before a team noun is a team",
			"Seats for the Falcons match sold out, and Harbor Hawks fans cheered.",
			[]string{"ORG Falcons", "ORG Harbor Hawks"}},
		{"business, newspaper and team heads",
			"Halden Brewery reopened the hall, the Midland Chronicle reported, and Harbor City United won.",
			[]string{"ORG Halden Brewery", "ORG Midland Chronicle", "ORG Harbor City United"}},
		{"a proper name and a plural common noun is a firm, a plural surname is not",
			"She bought the atlas from Tavener Books, and Carla Banks reviewed it.",
			[]string{"ORG Tavener Books", "PERSON Carla Banks"}},
		{"an unknown word before a past-tense verb of acting is a person, before a form of be it is not",
			"Talks stalled. Last week, Tessaro scored twice. Outside the city, Korvane was quiet.",
			[]string{"PERSON Tessaro"}},
		{"a role noun of a trade or a faith before an unknown word makes it a person",
			"She took lessons from the teacher Orvandi and met the cleric Tahmasebi at noon.",
			[]string{"PERSON Orvandi", "PERSON Tahmasebi"}},
		{"a role after 'the' in apposition makes a person, not a place after a preposition",
			"Aid was sent at the request of Velandro, the leader of the delta farmers.",
			[]string{"PERSON Velandro"}},
		{"a one-word place right before a person's surname is the given name",
			"Later Hassan Velandro said it was over. The envoy stayed in Hassan. Velandro said so.",
			[]string{"PERSON Hassan Velandro", "GPE Hassan", "PERSON Velandro -> Hassan Velandro"}},
		{"a patronymic makes a person's name without a given name, and joins one",
			"Later, bin Tareq fled the city. Karim bin Tareq wrote back. Aid went to ibn Haldar.",
			[]string{"PERSON bin Tareq -> Karim bin Tareq", "PERSON Karim bin Tareq", "PERSON ibn Haldar"}},
		{"an authority of a place and its acronym, an orchestra and a publisher are organisations",
			"Tenants sued the Housing Authority of Larkton (HALA), and HALA lost. She played with the Larkton Symphony Orchestra before Tavener Publishing hired her and the Harbor Monthly wrote about it.",
			[]string{"ORG Housing Authority of Larkton", "ORG HALA -> Housing Authority of Larkton", "ORG HALA -> Housing Authority of Larkton", "ORG Larkton Symphony Orchestra", "ORG Tavener Publishing", "ORG Harbor Monthly"}},
		{"a name before 'party' or 'movement' is the organisation's",
			"Delegates of the ruling Varoshi party met, and the Kelvani movement stayed away.",
			[]string{"ORG Varoshi", "ORG Kelvani"}},
		{"places typed in lower case, but no common word, abbreviation or web address",
			"we drove from kerala to san francisco. then we ate turkey in the uk, see www.goa.com",
			[]string{"GPE kerala -> Kerala", "GPE san francisco -> San Francisco"}},
		{"a lower-case phrase that opens with an article is no place a list writes with 'The'",
			"Water was cut to the villages near the dam, and buses ran to las vegas.",
			[]string{"GPE las vegas -> Las Vegas"}},
		{"stations, theatres and memorials are places",
			"Trains leave Kessel Station for the Larkton Auditorium and the Varo Memorial.",
			[]string{"LOC Kessel Station", "LOC Larkton Auditorium", "LOC Varo Memorial"}},
		{"organisation suffixes",
			"Officials of Kestrel Dynamics and the Meridian Strategy Council met Zenith Avionics Limited.",
			[]string{"ORG Kestrel Dynamics", "ORG Meridian Strategy Council", "ORG Zenith Avionics Limited"}},
		{"an exercise named after its noun",
			"Troops joined the naval exercise Korvath Dawn last week.",
			[]string{"PROGRAM Korvath Dawn"}},
		{"exercises after such as, in a list, and in apposition",
			"Exercises such as Korvath Dawn and Selvar drew crowds. The Joint Naval Exercise, Brennic Tide, began.",
			[]string{"PROGRAM Korvath Dawn", "PROGRAM Selvar", "PROGRAM Brennic Tide"}},
		{"a title word opens a programme's name",
			"Grants came through the Foreign Trellan Sales program.",
			[]string{"PROGRAM Foreign Trellan Sales"}},
		{"hyphenated modifiers before a platform noun",
			"The sale of Zorvak anti-tank missiles and Qelvar precision-guided artillery rounds went ahead.",
			[]string{"PLATFORM Zorvak", "PLATFORM Qelvar"}},
		{"class prefixes before a ship's name",
			"The PLANS Qorvane shadowed HMS Tellerby.",
			[]string{"PLATFORM PLANS Qorvane", "PLATFORM HMS Tellerby"}},
		{"places joined by on, to and and split",
			"Ships sailed from Velmora on the Tarquin Sea, then from the Strait of Ostrava to the Gulf of Belmar past Harrow Shoal and Quill Shoal.",
			[]string{"GPE Velmora", "LOC Tarquin Sea", "LOC Strait of Ostrava", "LOC Gulf of Belmar", "LOC Harrow Shoal", "LOC Quill Shoal"}},
		{"an organisation head beats a place start",
			"The Bay of Corvala Maritime Foundation met.",
			[]string{"ORG Bay of Corvala Maritime Foundation"}},
		{"a mark joins its platform name, a designator its own name",
			"The XJV Korvan Mk1A and the Korvan Mk2 flew beside the ZT-7 Varnak.",
			[]string{"PLATFORM XJV Korvan Mk1A", "PLATFORM Korvan Mk2", "PLATFORM ZT-7 Varnak"}},
		{"programme cues",
			"Ministers launched the Blue Horizon Initiative and the Coastal Resilience Fund under Operation Seabird.",
			[]string{"PROGRAM Blue Horizon Initiative", "PROGRAM Coastal Resilience Fund", "PROGRAM Operation Seabird"}},
		{"platform designators and context",
			"The navy flies MQ-9B drones, F414 engines power the jets, and Varuna missiles were fired from INS Kolkata.",
			[]string{"PLATFORM MQ-9B", "PLATFORM F414", "PLATFORM Varuna", "PLATFORM INS Kolkata"}},
		{"programme by context",
			"Troops trained in the Tiger Claw exercise near the Gulf of Kutch.",
			[]string{"PROGRAM Tiger Claw", "LOC Gulf of Kutch"}},
		{"bracketed acronym for a programme",
			"They launched Building Resilient Island Defence Growth Ecosystems (BRIDGE). BRIDGE matters.",
			[]string{"PROGRAM Building Resilient Island Defence Growth Ecosystems -> BRIDGE", "PROGRAM BRIDGE", "PROGRAM BRIDGE"}},
		{"bracketed acronym for an organisation",
			"The Northern Shipbuilding Corporation (NSC) won. NSC said so.",
			[]string{"ORG Northern Shipbuilding Corporation", "ORG NSC -> Northern Shipbuilding Corporation", "ORG NSC -> Northern Shipbuilding Corporation"}},
		{"acronym first, long form in brackets",
			"A framework called HALO (Harnessing Advanced Logistics Operations) began.",
			[]string{"PROGRAM HALO", "PROGRAM Harnessing Advanced Logistics Operations -> HALO"}},
		{"unlabelled definitions stay out",
			"The board gave Approval for Purchase (AfP) to ten proposals.",
			nil},
		{"surname joins the full name",
			"Retired Lt. Gen. Arvind Kesavan spoke. Kesavan said more was needed, and Secretary Kesavan agreed.",
			[]string{"PERSON Arvind Kesavan", "PERSON Kesavan -> Arvind Kesavan", "PERSON Kesavan -> Arvind Kesavan"}},
		{"short organisation name joins the full one",
			"Quillon Semiconductor opened a plant. Quillon expects growth.",
			[]string{"ORG Quillon Semiconductor", "ORG Quillon -> Quillon Semiconductor"}},
		{"one country, many names",
			"America, the US, the USA and the United States of America agreed.",
			[]string{"GPE America -> United States", "GPE US -> United States", "GPE USA -> United States", "GPE United States of America -> United States"}},
		{"place named with its state",
			"The plant at Tarvelli, Gujarat opened.",
			[]string{"GPE Tarvelli", "GPE Gujarat"}},
		{"military units with ordinals",
			"Soldiers of the 3rd Armoured Division and the 2nd Battalion, 7th Rifle Regiment trained.",
			[]string{"ORG 3rd Armoured Division", "ORG 2nd Battalion, 7th Rifle Regiment"}},
		{"demonyms and dates are not entities",
			"Indian and Japanese officials met in February.",
			nil},
		{"given name with a place surname",
			"Lloyd Austin visited Washington, D.C.",
			[]string{"PERSON Lloyd Austin", "GPE Washington, D.C."}},
		{"a lone unknown word is a person only with evidence: a verb of saying, an honorific, a given name",
			"Zhukovetsky said it made headlines. Later Mr Brannagh spoke, and reporters met Priya.",
			[]string{"PERSON Zhukovetsky", "PERSON Brannagh", "PERSON Priya"}},
		{"a lone unknown word without evidence is no person: weapons and systems look like surnames",
			"The Korvanta hit its target. Reporters saw Quarrington fire twice.",
			nil},
		{"a frequent family name is evidence inside a sentence, and opening one before a verb",
			"The panel questioned Kowalski and thanked Haddad. Abernathy won the vote.",
			[]string{"PERSON Kowalski", "PERSON Haddad", "PERSON Abernathy"}},
		{"a family name opening a sentence with no verb after it is not enough; after initials it ends the whole name",
			"Abernathy\nThe list was signed by K.J.T. Kowalski yesterday.",
			[]string{"PERSON K.J.T. Kowalski"}},
		{"a family name that is also a common word is no evidence",
			"Crews met Baker there.",
			nil},
		{"a leader's name before administration or presidency, a common word too",
			"Critics of the Baker administration and the Tollvane presidency spoke. Baker fields flooded.",
			[]string{"PERSON Baker", "PERSON Tollvane"}},
		{"unknown names in a list with a person's are people; alone they are not",
			"Quennard, Vostrikel and Mr Brannagh signed. Quennard pages were torn. Later Ostrevik and the Korvanta arrived.",
			[]string{"PERSON Quennard", "PERSON Vostrikel", "PERSON Brannagh"}},
		{"a given name that is also a word is a person's beside another person's",
			"Chuck and Priya fixed the bike.",
			[]string{"PERSON Chuck", "PERSON Priya"}},
		{"a storm named after a fighter's word is no platform; the fighter and its variant are",
			"Typhoon Orlaith hit the coast before the Typhoon FGR4 jets flew.",
			[]string{"PLATFORM Typhoon FGR4"}},
		{"a storm's name is no person's, there or later in the text",
			"Hurricane Delphine reached the coast, and Delphine said nothing. Later Delphine weakened.",
			nil},
		{"a people in the plural is no person, even with a verb of saying",
			"Many of the Peruvians, who voted, said so.",
			nil},
		{"particles between a given name and a surname belong to the name, a hyphenated article to the surname",
			"Reporters said el-Baradi told them he would resign. Ana de la Fuente said so, and Hamid al-Tamimi said the talks failed.",
			[]string{"PERSON el-Baradi", "PERSON Ana de la Fuente", "PERSON Hamid al-Tamimi"}},
		{"a particle with no name before it stays out",
			"The truck passed a van Tareq said was stolen.",
			[]string{"PERSON Tareq"}},
		{"aircraft models written with digits: a maker and its model, a model with its variant and family name",
			"Carriers fly the Boeing 747-8 Freighter, the 787-9 Dreamliner and the Embraer 190.",
			[]string{"PLATFORM Boeing 747-8 Freighter", "PLATFORM 787-9 Dreamliner", "PLATFORM Embraer 190"}},
		{"ranges, years and round counts are no models",
			"Between 150-200 Soldiers joined. Boeing 200 jobs went. The 2024-25 Budget passed.",
			[]string{"ORG Boeing"}},
		{"organisations read from context: shares of, signed for, said in a statement, an apposition",
			"Shares of Halvard Brothers fell. The winger signed for Tarrow Villa. Rocket Forge said in a statement it had launched. Kestrel Mill, the defence company, said it would hire.",
			[]string{"ORG Halvard Brothers", "ORG Tarrow Villa", "ORG Rocket Forge", "ORG Kestrel Mill"}},
		{"a person beside an organisation noun is still a person",
			"Hollis Vane, the company's founder, spoke. Ilsa Morrow, a bank manager, said so in a statement.",
			[]string{"PERSON Hollis Vane", "PERSON Ilsa Morrow"}},
		{"capitalised common words stay out",
			"Cotton prices rose. Officials and Analysts agreed.",
			nil},
		{"unknown name pair guessed as a person, not over the text's own label",
			"Rocco Catalano moved. Later Tarvost Dunmere began; the Tarvost Dunmere exercise ended.",
			[]string{"PERSON Rocco Catalano", "PROGRAM Tarvost Dunmere", "PROGRAM Tarvost Dunmere"}},
		{"lone unknown acronym is an organisation, generic ones are not",
			"The CEO said CRTC had certified the course.",
			[]string{"ORG CRTC"}},
		{"lone unknown word after of is a place, unless a possessive follows",
			"Troops reached the outskirts of Varnokal. The rise of Quorvath's movement surprised Quorvism scholars, Quorvath said.",
			[]string{"GPE Varnokal", "PERSON Quorvath", "PERSON Quorvath"}},
		{"lone unknown word after the is no person",
			"Barges sailed down the Varnisk, and the Ostrova delegates left.",
			[]string{"LOC Varnisk"}},
		{"peoples and contractions are not people",
			"He said the Torveans and Kolvarians agreed, but they’d left.",
			nil},
		{"company with a legal suffix after a comma",
			"Talbrook Consultants, Inc. signed. Marrow & Finch, LLP advised.",
			[]string{"ORG Talbrook Consultants, Inc.", "ORG Marrow & Finch, LLP"}},
		{"a country's airline",
			"She flew Air Fiji, then Thai Air.",
			[]string{"ORG Air Fiji", "ORG Thai Air"}},
		{"events are no entities, cities from the world list are places",
			"The Vellmar Cup drew crowds. Krasnoyarsk hosted it.",
			[]string{"GPE Krasnoyarsk"}},
		{"a part of a place, a region by its head word",
			"Ferries reached Northern Fiji. Traders crossed West Africa. Varnolsk Oblast lies east.",
			[]string{"GPE Northern Fiji", "LOC West Africa", "GPE Varnolsk Oblast"}},
		{"Romance place names are not people",
			"The boats left Punta Verrasca at dawn.",
			[]string{"GPE Punta Verrasca"}},
		{"a place that is a surname named in the text is the person",
			"Carlos Mendoza arrived. Later Mendoza flew to Madrid, not home to a flat in Mendoza.",
			[]string{"PERSON Carlos Mendoza", "PERSON Mendoza -> Carlos Mendoza", "GPE Madrid", "GPE Mendoza"}},
		{"unknown name words and a town's name are a person's name",
			"Talks with Nyambura Wekesa Nakuru ended in Nakuru.",
			[]string{"PERSON Nyambura Wekesa Nakuru", "GPE Nakuru"}},
		{"a family firm's short suffix ends its name",
			"The studio was sold to Harlan Bros. in 1961, and Kessel Bros said nothing.",
			[]string{"ORG Harlan Bros.", "ORG Kessel Bros"}},
		{"a maker and its model's code with a variant in capitals",
			"Airbus A321XLR jets replaced two Bombardier CRJ900s on the route.",
			[]string{"PLATFORM Airbus A321XLR", "PLATFORM Bombardier CRJ900"}},
		{"', the carmaker said' is a reporting clause, no apposition",
			"Output will move to a plant in Tarvel, the carmaker said. Orvex, the carmaker, said so too.",
			[]string{"GPE Tarvel", "ORG Orvex"}},
		{"name words alone after 'at' are a venue, unless aimed at",
			"The Bulls beat the Stormers at Loftus Versfeld. The minister took a swipe at Kessel Orvane.",
			[]string{"ORG Bulls", "ORG Stormers", "LOC Loftus Versfeld", "PERSON Kessel Orvane"}},
		{"who beats a person is one; a city that draws with a side is its club",
			"Varkonyi beat Nakamura in three sets. Arsenal drew 1-1 with Liverpool.",
			[]string{"PERSON Varkonyi", "PERSON Nakamura", "ORG Arsenal", "ORG Liverpool"}},
		{"the subject of a new clause ends a list of places",
			"Drones struck a depot in Donetsk, and Zelensky thanked the crews.",
			[]string{"GPE Donetsk", "PERSON Zelensky"}},
		{"an airline before a model flies it; a maker before one made it",
			"A Cathay Pacific A350 and an Airbus A321neo landed.",
			[]string{"ORG Cathay Pacific", "PLATFORM A350", "PLATFORM Airbus A321neo"}},
		{"a ship's noun wins over an exercise's name; a name's fighters are a group's",
			"The frigate Tarkash sailed, and Wagner fighters withdrew from Bakhmut. Kessel fighter jets flew.",
			[]string{"PLATFORM Tarkash", "ORG Wagner", "GPE Bakhmut", "PLATFORM Kessel"}},
		{"unknown names that armies seize are towns; a listed family name is no town",
			"Forces captured Tessvik and shelled Orvanka. Troops retook Bariire and Qarvesh. Police captured Kowalski.",
			[]string{"GPE Tessvik", "GPE Orvanka", "GPE Bariire", "GPE Qarvesh", "PERSON Kowalski"}},
		{"a place and a common word that act as a company are one",
			"Kenya Power said outages would end, and India Post announced a stamp. Georgia Brandt said no.",
			[]string{"ORG Kenya Power", "ORG India Post", "PERSON Georgia Brandt"}},
		{"a hyphenated word after 'in' is no place; a maker's group's shares are a company's",
			"Payments rose in M-Pesa wallets. Mitsubishi UFJ shares gained, as did Toyota Corolla sales.",
			[]string{"ORG Mitsubishi UFJ", "PLATFORM Toyota Corolla"}},
		{"two organisations' names with particles joined by 'and'; a legal form ends one name",
			"The Colegio de Tarvel University and De La Kessel University joined Orvane Assembly and Test Pvt Ltd in May.",
			[]string{"ORG Colegio de Tarvel University", "ORG De La Kessel University", "ORG Orvane Assembly and Test Pvt Ltd"}},
		{"a maker's model with a series and variant; a crater; a spaceport by its opener",
			"The Airbus A350-1000ULR flew. A lander tipped near Kessel crater, and Unity left Spaceport Orvane.",
			[]string{"PLATFORM Airbus A350-1000ULR", "LOC Kessel", "LOC Spaceport Orvane"}},
		{"places found by a preposition that lie in a listed city are its districts",
			"Jobs at yards in Tarvoside and Ilkmarsh in Glasgow grew; she lives in Tessvik in Karnataka.",
			[]string{"LOC Tarvoside", "LOC Ilkmarsh", "GPE Glasgow", "GPE Tessvik", "GPE Karnataka"}},
		{"a person of a body: each read whole",
			"Astronomer Ilsa Brandt of the Kessel Institute of Technology said so.",
			[]string{"PERSON Ilsa Brandt", "ORG Kessel Institute of Technology"}},
		{"a list of places after 'in' ends before the verb of the sentence's subject",
			"Voters in Tarvel and Ilkmarsh queued. Troops shelled a depot in Tarvel, and Okonjo thanked them.",
			[]string{"GPE Tarvel", "GPE Ilkmarsh", "GPE Tarvel", "PERSON Okonjo"}},
		{"who beats a named person is one; a councillor's title stays outside; an owner heads no list",
			"Jannik Sinner beat Carlos Mendes. Cllr Jane Scullion agreed. The Kessel League, Varkonyi's party, won.",
			[]string{"PERSON Jannik Sinner", "PERSON Carlos Mendes", "PERSON Jane Scullion", "ORG Kessel League", "PERSON Varkonyi"}},
		{"a bullet opens a sentence: its capitalised article is no name",
			"Key points:\n- The frigates will sail. - The destroyers will follow.",
			nil},
		{"'The Rt Hon' and post-nominals stay outside a name",
			"A release from The Rt Hon Ann Pell MP and Tomas Varga QC followed.",
			[]string{"PERSON Ann Pell", "PERSON Tomas Varga"}},
		{"a company and a country after it are its national arm; a department or two sides are not",
			"Lockheed Martin Australia won, as did Samsung India. The State Department Iraq desk and the Hamas Israel war.",
			[]string{"ORG Lockheed Martin Australia", "ORG Samsung India", "ORG State Department -> U.S. Department of State", "GPE Iraq", "ORG Hamas", "GPE Israel"}},
		{"an operator's name and its designators in the plural; a slashed designator in the plural",
			"Jets flew alongside Indonesian Air Force F-16s and F/A-18C Hornets.",
			[]string{"ORG Indonesian Air Force", "PLATFORM F-16", "PLATFORM F/A-18C Hornet"}},
		{"a dateline's outlet; two words run together open no name; Wales",
			"OSLO, Norway (Kessel Wire) — Floodwater reached the square in Wales.",
			[]string{"GPE OSLO", "GPE Norway", "ORG Kessel Wire", "GPE Wales"}},
		{"shares in a name; a common plural after 'in' is no place; an index of a paper's name",
			"Shares in Vextrion fell, his fifth century in Tests, while the Nikkei 225 and the KOSPI rose.",
			[]string{"ORG Vextrion"}},
		{"bases by their prefixes, a town's name too; an air force and its platforms in the plural",
			"Crews left HMNB Portsmouth and MCAS Tarvel and NAS Orvane Island, and RAF Typhoons flew across the GIUK gap.",
			[]string{"LOC HMNB Portsmouth", "LOC MCAS Tarvel", "LOC NAS Orvane Island", "ORG RAF -> Royal Air Force", "PLATFORM Typhoon", "LOC GIUK gap"}},
		{"an organisation's name ends before 'in' and a town; a body 'of' a listed place is one",
			"Students at the University of Tarvel in Zomba met the National Petroleum Corporation of Namibia.",
			[]string{"ORG University of Tarvel", "GPE Zomba", "ORG National Petroleum Corporation of Namibia"}},
		{"two places' names each ending in a place's head; Indonesian provinces by their compass word",
			"Floods hit Ash County and Bell County, then Jawa Barat and Nusa Tenggara Timur. Bandung Barat flooded.",
			[]string{"GPE Ash County", "GPE Bell County", "GPE Jawa Barat", "GPE Nusa Tenggara Timur", "GPE Bandung Barat"}},
		{"a name a text writes in capitals again and again is an acronym, no shouted name",
			"ESA picked PLATO in 2014. PLATO will watch stars. The deal was signed by NOVAK and JONES.",
			[]string{"ORG ESA -> European Space Agency", "ORG PLATO", "ORG PLATO", "PERSON NOVAK -> Novak", "PERSON JONES -> Jones"}},
		{"trades and other languages' company words end or open firms' names",
			"Irving Shipbuilding won, Galp Energia said, and Grupo Tarvel bought Banco Kessel.",
			[]string{"ORG Irving Shipbuilding", "ORG Galp Energia", "ORG Grupo Tarvel", "ORG Banco Kessel"}},
		{"a surname a full name ended before is the person, a common word too; dotted initials; Korea",
			"Its director, Hoang Phuc Lam, spoke. Lam said rates would rise. Commissioner A.M.M. Nasir Uddin agreed. Korea exports chips.",
			[]string{"PERSON Hoang Phuc Lam", "PERSON Lam -> Hoang Phuc Lam", "PERSON A.M.M. Nasir Uddin", "GPE Korea -> South Korea"}},
		{"an agency's administrator, a treasurer and an attorney are titles before a name",
			"Acting Kessel Administrator Tarvo Brandt met Treasurer Ilsa Marn. U.S. Attorney Orla Venn spoke.",
			[]string{"PERSON Tarvo Brandt", "PERSON Ilsa Marn", "GPE U.S. -> United States", "PERSON Orla Venn"}},
		{"passages, locks, creeks and highways end places' names",
			"Ships use the Orvane Passage past the Tarvel Locks; residents of Kessel Creek blocked the Coastal Highway.",
			[]string{"LOC Orvane Passage", "LOC Tarvel Locks", "LOC Kessel Creek", "LOC Coastal Highway"}},
		{"a body's name goes on with 'and' a field or 'on' a subject; a company 'of' a city is in that town",
			"The Ministry of Tourism and Antiquities and the Kessel Council on Foreign Relations met Hyundai Rotem Company of Changwon.",
			[]string{"ORG Ministry of Tourism and Antiquities", "ORG Kessel Council on Foreign Relations", "ORG Hyundai Rotem Company", "GPE Changwon"}},
		{"unknown name words 'of' a body are a person; an occupation opening the sentence stays outside; fronts",
			"Egyptologist Tessaro Vantongeren agreed with Thitinan Pongsudhirak of Chulalongkorn University. The Polisario Front said no.",
			[]string{"PERSON Tessaro Vantongeren", "PERSON Thitinan Pongsudhirak", "ORG Chulalongkorn University", "ORG Polisario Front"}},
		{"a kind's head word alone is no name; a listed organisation after 'and' ends the run; an occupation before a hyphenated name",
			"Commission officials met the Ministry of Public Health and Médecins Sans Frontières.\nBusinessman Jean-Louis Tessaro came second.",
			[]string{"ORG Ministry of Public Health", "ORG Médecins Sans Frontières", "PERSON Jean-Louis Tessaro"}},
		{"a name in capitals opening a paragraph before a dash or a comma is a dateline's place; a section's heading in common words is none",
			"TARVO RICA, Orvania — Floods hit.\n\nKESSMARK — The museum opened.\n\nPS - call me.\n\nSAILING — New Zealand won.\n\nWEATHER — Snow fell.",
			[]string{"GPE TARVO RICA -> Tarvo Rica", "GPE Orvania", "GPE KESSMARK", "GPE New Zealand"}},
		{"ordinals and hyphen-linked words stay in units' names; an armed service and its platforms' name; markets",
			"The 5th Surface-to-Ship Missile Regiment and the 3rd Multi-Domain Task Force met as Kessel Army Tarvo howitzers fired near Orvane Market.",
			[]string{"ORG 5th Surface-to-Ship Missile Regiment", "ORG 3rd Multi-Domain Task Force", "ORG Kessel Army", "PLATFORM Tarvo", "LOC Orvane Market"}},
		{"a name after a bullet stays one; short common parts make a name, not a compound; a file's name is none",
			"Thanks for the call.\n- Mark\nSaddam captured Kuwait. See Budget2025.pdf and NewPlans.pdf.",
			[]string{"PERSON Mark", "PERSON Saddam", "GPE Kuwait"}},
		{"a byline's title stays outside the name; ports and mines are places; a name of unknown words 'of' a body",
			"By Ruth Ackroyd Local Democracy Reporter\n\nQueues grew at Tuas Port and Tarkwa Mine, said Rosy Auguste Ducéna of the Kessel Rights Network.",
			[]string{"PERSON Ruth Ackroyd", "LOC Tuas Port", "LOC Tarkwa Mine", "PERSON Rosy Auguste Ducéna", "ORG Kessel Rights Network"}},
		{"a telescope's or a satellite's name after its noun",
			"The planet-hunting telescope KESSEL left Tokyo, and the satellite Orvane followed.",
			[]string{"PLATFORM KESSEL -> Kessel", "GPE Tokyo", "PLATFORM Orvane"}},
		{"names before a landform's noun are the place",
			"Rain fell in the Tarvo Ma hills and filled the Kessel Orvane dam; the Kurdish hills stayed dry.",
			[]string{"LOC Tarvo Ma", "LOC Kessel Orvane"}},
		{"alliances and rallies open organisations' names, with their bracketed acronyms; a listed company's tail words; a broker",
			"The chair of the Alliance of Kessel Teachers (AKT) spoke, Volvo Group said, and broker Tarnwell agreed.",
			[]string{"ORG Alliance of Kessel Teachers", "ORG AKT -> Alliance of Kessel Teachers", "ORG Volvo Group -> Volvo", "ORG Tarnwell"}},
		{"a public body's word before a place's name",
			"Environment Canterbury said it would review the plan, and Health Canada agreed.",
			[]string{"ORG Environment Canterbury", "ORG Health Canada"}},
		{"company by its context",
			"The rovers were built by Tarnwick, whose shares rose.",
			[]string{"ORG Tarnwick"}},
		{"ship list",
			"Indian Naval Ships Veerbahu and Kalinga sailed. INS Veerbahu led.",
			[]string{"PLATFORM Veerbahu -> INS Veerbahu", "PLATFORM Kalinga -> INS Kalinga", "PLATFORM INS Veerbahu"}},
	}
	checkSpans(t, a, tests)
}

func TestAnnotator_Money(t *testing.T) {
	a := newTestAnnotator(t)
	fx, err := configs.LoadFX()
	if err != nil {
		t.Fatal(err)
	}
	text := "The deal is worth Rs 1,000 crore, or about $120 million, and a second one $1-2 billion."
	ents := a.Annotate(text, time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC))
	if len(ents) != 3 {
		t.Fatalf("got %d entities, want 3: %q", len(ents), render(ents, true))
	}
	inr := ents[0]
	if inr.Label != "MONEY" || inr.Text != "Rs 1,000 crore" || inr.Currency != "INR" || inr.Canonical != "INR 10000000000" {
		t.Errorf("rupees: got %+v", inr)
	}
	wantUSD, _ := fx.ToUSD(1e10, "INR", 2024)
	if inr.Value == nil || *inr.Value != 1e10 || inr.USD == nil || *inr.USD != wantUSD || inr.USDYear != 2024 {
		t.Errorf("rupees: value %v usd %v at %d's rate, want 1e10 and %v at 2024's", inr.Value, inr.USD, inr.USDYear, wantUSD)
	}
	if usd := ents[1]; usd.Canonical != "USD 120000000" || usd.USD == nil || *usd.USD != 120e6 {
		t.Errorf("dollars: got %+v", usd)
	}
	rng := ents[2]
	if rng.Text != "$1-2 billion" || rng.Value == nil || *rng.Value != 1e9 || rng.ValueMax == nil || *rng.ValueMax != 2e9 {
		t.Errorf("range: got %+v", rng)
	}
	t.Run("zero published date takes the latest rate", func(t *testing.T) {
		latest := a.Annotate("Rs 100 crore", time.Time{})
		want, lastYear, _ := fx.Convert(1e9, "INR", 9999)
		old, _ := fx.ToUSD(1e9, "INR", 1900)
		if len(latest) != 1 || latest[0].USD == nil || *latest[0].USD != want || want == old || latest[0].USDYear != lastYear {
			t.Errorf("got %+v, want USD %v at %d's rate (not %v)", latest, want, lastYear, old)
		}
	})
}

func TestAnnotator_Aliases(t *testing.T) {
	a := newTestAnnotator(t,
		Alias{Text: "Quillon", Label: "ORG", Canonical: "Quillon Semiconductor Ltd"},
		Alias{Text: "Tiger Claw", Label: "PROGRAM", Canonical: "Exercise Tiger Claw"},
		Alias{Text: "Micron Technology", Label: "ORG", Canonical: "Micron"},
	)
	text := "Quillon met Micron Technology before Tiger Claw began."
	got := render(a.Annotate(text, time.Time{}), true)
	want := []string{
		"ORG Quillon -> Quillon Semiconductor Ltd",
		"ORG Micron Technology -> Micron",
		"PROGRAM Tiger Claw -> Exercise Tiger Claw",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
	t.Run("a renamed canonical reaches every mention", func(t *testing.T) {
		a := newTestAnnotator(t, Alias{Text: "Arvind Kesavan", Label: "PERSON", Canonical: "A. K. Kesavan"})
		got := render(a.Annotate("Gen. Arvind Kesavan spoke. Kesavan said no.", time.Time{}), true)
		want := []string{"PERSON Arvind Kesavan -> A. K. Kesavan", "PERSON Kesavan -> A. K. Kesavan"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("bad aliases are refused by name", func(t *testing.T) {
		for _, al := range []Alias{{Text: "X", Label: "THING", Canonical: "X"}, {Text: "", Label: "ORG", Canonical: "X"}, {Text: "Y", Label: "MONEY", Canonical: "Y"}} {
			_, err := NewAnnotator(AnnotatorOptions{Aliases: []Alias{al}})
			if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%q", al.Text)) {
				t.Errorf("alias %+v: err = %v, want one naming it", al, err)
			}
		}
	})
}

// TestAnnotator_Invariants runs hostile and ordinary text and checks the
// contract: offsets slice the text, sorted, no overlap.
func TestAnnotator_Invariants(t *testing.T) {
	a := newTestAnnotator(t)
	texts := []string{
		"",
		"(((",
		"U.S.",
		"A (B) (C D) ) ( ’s ’ - -- U.S.-",
		strings.Repeat("India-U.S. Defense Ministry of ", 500),
		"Dr. \xff\xfe Hegseth ₹ 5 crore (₹",
		"Ōita, Ōnishi and Rāmachandran met in Ōita.",
	}
	for i, text := range texts {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			checkEntities(t, text, a.Annotate(text, time.Time{}))
		})
	}
}

func checkEntities(t *testing.T, text string, ents []Entity) {
	t.Helper()
	prevEnd := 0
	for _, e := range ents {
		if e.Start < prevEnd || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("entity %+v overlaps the one before (ends %d) or leaves the text", e, prevEnd)
		}
		if text[e.Start:e.End] != e.Text || e.Canonical == "" || e.Label == "" {
			t.Fatalf("entity %+v: text %q at its offsets, or empty label/canonical", e, text[e.Start:e.End])
		}
		prevEnd = e.End
	}
}

func TestAnnotator_ConcurrentUse(t *testing.T) {
	a := newTestAnnotator(t)
	text := "Prime Minister Ilsa Brandt met President Tomas Reyes in Lima; Brandt said the BRIDGE (Building Resilient Island Defence Growth Ecosystems) plan costs $2 billion."
	want := render(a.Annotate(text, time.Time{}), true)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := render(a.Annotate(text, time.Time{}), true); strings.Join(got, "|") != strings.Join(want, "|") {
					errs <- fmt.Sprintf("got %q, want %q", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestTokenize_OffsetsAndShapes(t *testing.T) {
	text := "U.S.-based R&D firm’s MQ-9B, Dr. J. Smith’s 2+2 talks; Leaders’ Summit cost 1,200."
	var got []string
	for _, tk := range tokenize(text) {
		if text[tk.start:tk.end] != tk.text {
			t.Fatalf("token %+v does not match its offsets", tk)
		}
		got = append(got, tk.text)
	}
	want := "U.S.|-|based|R&D|firm|’s|MQ-9B|,|Dr.|J.|Smith|’s|2+2|talks|;|Leaders|’|Summit|cost|1,200|."
	if strings.Join(got, "|") != want {
		t.Errorf("tokens\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestMatchLongForm(t *testing.T) {
	tests := []struct {
		acr, cand, want string
	}{
		{"BRIDGE", "launched Building Resilient Island Defence Growth Ecosystems", "Building Resilient Island Defence Growth Ecosystems"},
		{"SOLA", "signed a Status of Logistics Arrangement", "Status of Logistics Arrangement"},
		{"iCOT", "the Initiative on Critical Ocean Technology", "Initiative on Critical Ocean Technology"},
		{"PCLs", "issued five Preferred Component Lists", "Preferred Component Lists"},
		{"XYZ", "nothing to see here", ""},
	}
	for _, tt := range tests {
		t.Run(tt.acr, func(t *testing.T) {
			off := matchLongForm(acronymLetters(tt.acr), tt.cand)
			got := ""
			if off >= 0 {
				got = tt.cand[off:]
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNewAnnotator_CustomGazetteer(t *testing.T) {
	g := &configs.Gazetteer{Entries: []configs.GazetteerEntry{
		{Label: "PLATFORM", Canonical: "Sea Sparrow", Aliases: []string{"RIM-7"}},
	}}
	a, err := NewAnnotator(AnnotatorOptions{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	got := render(a.Annotate("The RIM-7 and India", time.Time{}), true)
	// the custom list replaces the shipped one: India is unknown here
	want := []string{"PLATFORM RIM-7 -> Sea Sparrow"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAnnotator_LongTextInWindows: text past the cap is read in windows cut
// between paragraphs, with offsets into the whole text; nothing is dropped.
func TestAnnotator_LongTextInWindows(t *testing.T) {
	a := newTestAnnotator(t)
	para := "The Ministry of Defence paid $5 million to the Indian Navy.\n\n"
	text := strings.Repeat(para, maxAnnotateBytes/len(para)+len(para)) + "At the very end, Canada paid €7 billion."
	ents := a.Annotate(text, time.Time{})
	checkEntities(t, text, ents)
	money := 0
	for _, e := range ents {
		if e.Label == "MONEY" {
			money++
		}
	}
	if n := strings.Count(text, "$5 million") + 1; money != n {
		t.Errorf("%d MONEY mentions in %d bytes, want %d (one per paragraph and the last)", money, len(text), n)
	}
	last := ents[len(ents)-1]
	if last.Text != "€7 billion" || last.Start != strings.LastIndex(text, "€") {
		t.Errorf("last entity %+v, want €7 billion at byte %d", last, strings.LastIndex(text, "€"))
	}
	for _, tc := range []struct {
		text string
		size int
		want int
	}{
		{"aaaaaaa\n\nbb cc", 12, 9},    // after the paragraph break
		{"aaaa bbbb. cc", 12, 11},      // after a full stop
		{"aaaaaaaaaaaaaa", 8, 8},       // nowhere better: at the size
		{"aaaaaaa€aaaaa", 9, 7},        // never inside a rune
		{"aa\n\nbbbbbbbbbbbb", 12, 12}, // a break in the first half is too early
	} {
		if got := windowEnd(tc.text, 0, tc.size); got != tc.want {
			t.Errorf("windowEnd(%q, 0, %d) = %d, want %d", tc.text, tc.size, got, tc.want)
		}
	}
}

// TestAnnotator_DefenceNewsNames: sentences written for the rules of
// programmes, places and groups in defence news (resolve.go, classify.go,
// the programme and organisation lists).
func TestAnnotator_DefenceNewsNames(t *testing.T) {
	checkSpans(t, newTestAnnotator(t), []spanCase{
		{"a hyphenated pair of places before a programme is part of it",
			"The Orvania-Kessland Maritime Security Dialogue met in Tarvel. The India-Brazil 2+2 Ministerial Dialogue follows.",
			[]string{"PROGRAM Orvania-Kessland Maritime Security Dialogue", "GPE Tarvel", "PROGRAM India-Brazil 2+2 Ministerial Dialogue"}},
		{"the pair before anything else is two places",
			"India-Brazil relations improved, and the India-Brazil trade deal stalled under the Maritime Security Dialogue.",
			[]string{"GPE India", "GPE Brazil", "GPE India", "GPE Brazil", "PROGRAM Maritime Security Dialogue"}},
		// orgs.yaml lists the groups of the U.S. and UN sanctions lists
		{"an armed group's name before a weapon is the group, not the weapon's name",
			"Houthi missiles hit a tanker in the Red Sea.",
			[]string{"ORG Houthi -> Ansarallah", "LOC Red Sea"}},
		{"a place opened by its kind ends before 'and'",
			"Recruits trained at Camp Harlow and Orvane, then flew between Fort Kessel and Dallas.",
			[]string{"LOC Camp Harlow", "GPE Orvane", "LOC Fort Kessel", "GPE Dallas"}},
		{"a mission's name goes on with 'in' and its place; its bracketed acronym is the programme",
			"The Orvane Union Stabilization Mission in Kessland (OUSMIK) needs money. OUSMIK has 9,000 troops.",
			[]string{"PROGRAM Orvane Union Stabilization Mission in Kessland -> OUSMIK", "PROGRAM OUSMIK", "PROGRAM OUSMIK"}},
		{"an acronym that spells a programme's initials, with no brackets",
			"Congress funds the Harbour Resilience Initiative, and the HRI line grew.",
			[]string{"ORG Congress", "PROGRAM Harbour Resilience Initiative -> HRI", "PROGRAM HRI"}},
		{"European and NATO programmes and operations of the lists; an office acronym is none",
			"SAFE loans fund ammunition, ships of Operation Atalanta escort tankers, and Eastern Sentry patrols began. Reply ASAP.",
			[]string{"PROGRAM SAFE", "PROGRAM Operation Atalanta -> EUNAVFOR Atalanta", "PROGRAM Eastern Sentry"}},
		{"exercises of China and Russia, the PLA, NATO and India from the list",
			"Ships held Joint Sea 2025, Strait Thunder began, and troops joined Defender Europe and Prachand Prahar.",
			[]string{"PROGRAM Joint Sea 2025", "PROGRAM Strait Thunder", "PROGRAM Defender Europe", "PROGRAM Prachand Prahar"}},
		{"an exercise named again without its opener and edition",
			"Troops held Exercise Coral Lance 2026 in Fiji. Sources said Coral Lance would grow.",
			[]string{"PROGRAM Exercise Coral Lance 2026", "GPE Fiji", "PROGRAM Coral Lance"}},
		{"an industrial base is an economy's, no place",
			"Funds for the Frigate Industrial Base program rose, the Defense Industrial Base is strained, and sailors left Naval Base Orvane.",
			[]string{"PROGRAM Frigate Industrial Base", "LOC Naval Base Orvane"}},
		{"a people's adjective is no maker goods are bought from",
			"The navy ordered shells from European suppliers.", nil},
	})
}

// TestMoneyCanonical: the canonical keeps the cents and fractions of a
// small amount the text wrote, and whole units from a million up.
func TestMoneyCanonical(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{3.35, "CAD 3.35"}, {0.574, "CAD 0.574"}, {612.5, "CAD 612.5"}, {40, "CAD 40"},
		{2.75e9, "CAD 2750000000"}, {1234567.891, "CAD 1234568"}, {3.62e12, "CAD 3620000000000"},
	} {
		if got := moneyCanonical("CAD", c.v); got != c.want {
			t.Errorf("moneyCanonical(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

// TestSpeaksOf: a text speaks of a set's words when it holds one in lower
// case, whether the set writes them capitalised or in lower case.
func TestSpeaksOf(t *testing.T) {
	a := newTestAnnotator(t)
	for _, c := range []struct {
		text string
		set  *cueSet
		want bool
	}{
		{"The striker scored twice.", sportWords, true},
		{"The minister met Kessel in Tarvo.", sportWords, false},
		{"Traffic slowed as traffic built up near Tarvo.", roadWords23, true},
		{"Traffic Minister Ana Kessel spoke.", roadWords23, false},
	} {
		if got := newDoc(a, c.text).speaksOf(c.set); got != c.want {
			t.Errorf("speaksOf(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNewAnnotator_CollectorRestored: annotators built at once, in
// overlapping calls, leave the garbage collector as it was set before
// (the second call would otherwise take "off" as the setting to restore).
func TestNewAnnotator_CollectorRestored(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, err := NewAnnotator(AnnotatorOptions{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("GC percent after building annotators at once: %d, want 150", got)
	}
}
