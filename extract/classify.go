package extract

import (
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
)

//go:generate go run ./internal/ruleshape/gen

// chunkRules label a chunk, or split it and label its parts, in order of
// precedence: the first rule that claims the chunk decides, and a later rule
// never sees it. A new rule goes where it must win over the ones after it.
// (Set in init, as the rules call classify again on the parts they split.)
var chunkRules []func(d *doc, ps []piece) bool

func init() {
	chunkRules = []func(d *doc, ps []piece) bool{
		// "Posted On: 04 DEC 2026": a month in capitals is a date's, no
		// acronym (news_plat12.go)
		(*doc).headerMonth,
		// "Ministry of Defence and The Rt Hon": no name ends in "The" (news_orgs8.go)
		(*doc).trailingThe,
		// "• Notice to the Kessel Defence Force": a common noun before "of
		// the", "to the" and a body's name is no part of it (news_r35cut.go)
		(*doc).leadNounOfBody,
		// "down Kessel Road I see": no name ends in the pronoun (news_r21news.go)
		(*doc).pronounI,
		// "traffic on I-75": an interstate highway, before a designator's
		// shape reads a platform (news_r23news.go)
		(*doc).interstateRoad,
		// "for U.S. 97 through Kessel": a numbered highway, before the
		// country's abbreviation is read alone (news_r33fac.go)
		(*doc).usHighway,
		// "the Orvane Emirates’ Kessel Institute": a place's possessive ends its
		// name, before the chunk reads one name (news_r24news.go)
		(*doc).placePossessive,
		// "County Kessel", "Co. Tarvo": a county as Ireland writes them,
		// before the name alone reads a person (news_places.go)
		(*doc).countyFirst,
		// "PM-KESSEL": an Indian scheme's name (news_progs6.go)
		// "Johannes !Gawaxab": a click letter opens a family name (news_people8.go)
		(*doc).clickName,
		// "Orvane 2 (Kessel 14', Brandt pen 41') Tarvel 1", "Orvane: Kessel,
		// Brandt tries": clubs and scorers in a results line, before the lists read a club as a place or a
		// scorer as a town (news_people11.go)
		(*doc).resultScorer,
		(*doc).resultClub,
		// "TARVO 14.12 (96) d KESSEL": a side before an Australian
		// football score, a town's name too (news_r28fac.go)
		(*doc).goalsBehindsSide,
		// "TARVO 3, KESSEL 2": the sides of a results line, before a
		// word of them reads as a common one or a town (news_r35miss.go)
		(*doc).scoreLineSide,
		// "the Osos de Tarvo": a plural nickname and its town, a club in
		// sport, before the town is read (news_r28fac.go)
		(*doc).pluralDeClub,
		// "the Liga Orvane", "the Segunda División": a league by its
		// opening word (news_r28fac.go)
		(*doc).leagueName,
		(*doc).scorerSide,
		(*doc).scorerList,
		// "Tarvo Red 231 (Brandt 74)": a side before its innings total and
		// its players' figures, before a unit's number is read with a
		// "Force" (news_r26join.go)
		(*doc).inningsSide,
		// "the MP for Kessel Orvane": the seat a legislator holds, before
		// the person rules read its name (news_r19news.go)
		(*doc).seatFor,
		// "Air Marshal A K Tarvo": initials without stops after a rank,
		// before "A" reads as an article (news_r21def.go)
		(*doc).bareInitialsName,
		// "Panamericana Sur", "Curva B": sites shaped like a person's name;
		// "Sultan Al Kessel": a title that is the given name (news_people11.go)
		(*doc).romanceSite,
		// "the Guelb el Tarvo mine": a landform's word, an article and a
		// name, before the parts read a town and a person (news_r32place.go)
		(*doc).landformParticle,
		// "on the Tarvo Way", "the Kessel Way corridor": a road, before a
		// listed town reads the name and "Way" a surname (news_r32place.go)
		(*doc).namedWay,
		// "the Tarvo State Capitol", "the Kessel Navy Yard", "the Roker
		// End", "the Tarvo Road plant": a built site's head, a stand's or
		// a street's, before the place opening it, a surname's list or a
		// firm's plant reads it (news_r33fac.go)
		(*doc).facilityName,
		(*doc).namedEnd,
		(*doc).streetWorks,
		// "along Kessel Pike", "between Henrik St and": a street's
		// head a surname shares or its abbreviation, before the person
		// rules read the name (news_r34fac.go)
		(*doc).streetTail,
		(*doc).givenTitleName,
		(*doc).pmScheme,
		// "the Columbus module", "Kessel, a medium rocket": a station's
		// module and a craft in apposition, before a town's or a given
		// name's list reads the name (news_newsplat13.go)
		(*doc).stationModule,
		(*doc).craftAppositive,
		// "Brandt on Axiom Mission 4": a surname and the mission flown;
		// "the Kessel Mission to the Asteroid Belt" (news_newsplat13.go)
		(*doc).personOnMission,
		(*doc).missionTo,
		// "the Italian ITS Kessel": a flag before a ship's prefix, no part
		// of its name (news_r21def.go)
		(*doc).flaggedShipPrefix,
		// "RNO Isla de Tarvo (OPV 17)", "NKTL Kessel and NKTL Orvane": a
		// navy's prefix known by its use, before the name reads a place's
		// or a body's (news_r28plat.go)
		(*doc).otherNavyPrefix,
		// "Plan Tarvo": a plan in Spanish order, before the lists read the
		// name after "Plan" as a club's or a town's (news_r28plat.go)
		(*doc).planNamed,
		// "Lightweight torpedoes", "Anti-submarine drills": a capitalised
		// modifier before a platform's noun, before the context reads it
		// as a platform's name (news_r30a.go)
		(*doc).modifierWord,
		// "the Kilo-class UMS Tarvo": a navy's prefix no list knows, in
		// naval text, before the name reads a body's (news_r25def.go)
		(*doc).unlistedShipPrefix,
		// "the Diving Support Vessels KNS Tarvo": the kind before a ship (news_r25def.go)
		(*doc).kindBeforeShip,
		// "the submarine Tarvo Brandt (S-81)": a name before a hull code, a
		// ship's, before it reads as a person (news_def13.go)
		(*doc).hullCodedShip,
		// "Zr.Ms. Kessel": a Dutch ship's prefix with its stops (news_r15def.go)
		(*doc).dutchShipPrefix,
		// "VK/SR": a release's footer of initials; "the 71st Air Base": a
		// unit; "the Kessel Border Guard District": a service's command;
		// "Kessel-class Flight III": the class's flight, before the base,
		// place and mark rules read them (news_r24def.go)
		(*doc).releaseFooter,
		(*doc).ordinalBase,
		// "the 59th Kessel Air Base": a numbered unit named after its
		// base; "the Kessel Regiment (Special Forces)": a unit and its kind
		// in brackets (news_r28org.go)
		(*doc).ordinalNamedBase,
		(*doc).bracketKind,
		(*doc).serviceDistrict,
		(*doc).classFlight,
		// "F-16 Block 70", "KX90 MkIV", "Kessel Missile Block 2", "KC-390J
		// Sky Ranger II", "Tarvo KESTA 9814 frigate": a model and its mark,
		// its name's numeral or its maker's family and number, before an
		// owner's possessive reads an exercise or a title's word a person
		// (news_r31plat.go)
		(*doc).designatorMark,
		(*doc).gluedMark,
		(*doc).headMark,
		(*doc).designatorNumeralName,
		(*doc).makerFamilyNumber,
		// "the Navy's Nordic Beacon": a force's exercise (news_r24def.go)
		(*doc).ownedExercise,
		// "at Kessel Naval Shipyard": a yard after "at" is a place; "Chapter
		// VII of the Kessel Charter": the document alone; "the Federal
		// Ministry of Kessel": one body (news_r19def.go)
		(*doc).yardAtPlace,
		(*doc).documentPart,
		(*doc).federalBody,
		// "Kessel Air Base in Tarvo Prefecture": two places (news_r19def.go)
		(*doc).inSubdivision,
		// "Tarvo Brandt, Senior Fellow, Kessel Security Programme": a
		// research programme that employs a writer is a body (news_r15def.go)
		(*doc).postProgramme,
		// "the Orvanian Air Shield", "Northern Flank Watch", "under
		// Resolution 2719": schemes by their head and resolutions by number
		// (news_def13.go)
		(*doc).shieldWatch,
		(*doc).numberedResolution,
		// "a C-130J Kessel of the Orvane Air Guard": a platform and its
		// operator, two names (news_def13.go)
		(*doc).designatorOfBody,
		// "a Kessel Heavy Industries K3 rocket": a maker of two words and more
		// and its model's designator, two names (news_r21org.go)
		(*doc).makerThenModel,
		// "Kessel Helicopter Engines": a listed maker and its products'
		// plural, before the maker is read alone (news_r28org.go)
		(*doc).makerProducts,

		// "the Kessel Weapon System": a weapon's name before a description
		// of its kind is the platform alone (news_r21def.go)
		(*doc).namedKindTail,
		// "General Purpose Frigates": a ship's kind that a title's word
		// opens, before a title and a name are read (news_r21def.go)
		(*doc).titledVesselKind,
		// "Landing Platform Docks": a craft's kind in capitals of common
		// words, the same without a title's word (news_r23def.go)
		(*doc).kindRun,
		// "the Lower Tier Air and Missile Defense Sensor radars": a kind
		// across "and"; "Forces Goal 2030": a plan and its number, before
		// the list's "and" or the heads read them (news_r25def.go)
		(*doc).kindAcrossAnd,
		(*doc).numberedPlan,
		// "Joint Military Exercise TARVO": the exercise's name alone (news_r25def.go)
		(*doc).capitalsExercise,
		// "the Military Programming Law": a law of common words (news_r25def.go)
		(*doc).lawName,
		// "the vision of KESSELTAR": a policy's name (news_r25def.go)
		(*doc).visionOf,
		// "LAND 400", "SEA 1000": an Australian defence project by its
		// domain and number, before "LAND" reads as an acronym (projects.go)
		(*doc).capabilityProject,
		// "the strikes, codenamed Orvane Dawn": a programme's name, before
		// the name's shape or its year is read (news_progs6.go)
		(*doc).codeNamed,
		// "Kessel-2026", "Tri-Service Exercise Kessel-2026": a name and its
		// year after a hyphen are an exercise's edition (news_progs6.go)
		(*doc).exerciseEdition,
		// "the Kessel Union with Orvania", "the Kessel Convention", 'the
		// booster, named "Kessel"', "the 2015 Defence Review", "the air
		// exercise Kessel 26", "Kessel programme manager Tarvo Brandt", "the
		// capsule, Kessel,", "the Orvania Next-generation Launch Vehicle",
		// "Kessel Air ... 15 Kessel jets": treaties, editions, a manager's
		// body, craft by apposition and head, a fleet, before the heads and
		// the shapes of bodies, places and platforms read them (news_progs12.go)
		(*doc).pactUnion,
		(*doc).placeConvention,
		(*doc).craftNamed,
		(*doc).yearReview,
		(*doc).exerciseNumber,
		(*doc).programmeRole,
		(*doc).craftNounComma,
		(*doc).launchVehicle,
		// "aboard the Kessel, one of the new carriers", "its Kessel 3", "its
		// Kessel EV and Tarvo models", "Orvane's Kessel was recalled":
		// vessels and vehicles (news_progs12.go)
		(*doc).placeAboard,
		// "beat the Tarvo Flames 4-3": a side before its score, no model's
		// number (news_r26join.go)
		(*doc).sideScore,
		(*doc).ownedModelNumber,
		(*doc).modelsNoun,
		(*doc).makerModelDeed,
		// "a test version of Kesselarm3", "a sold-out KT20 clash": a craft
		// by its number in a text of spaceflight; a league's code in sport
		// (news_progs12.go)
		(*doc).digitTailCraft,
		(*doc).sportLeagueCode,
		// "Crew-12", "Kesselyaan", "Make in Orvania", "Kessel Shakti",
		// "Orvane Shield-26", "the ministry's 'Year of Kessel'", a name
		// known as a programme again, "joined Iron Lattice": programmes no
		// list holds, before the shapes of platforms, people and places
		// read them (news_progs7.go)
		(*doc).crewFlight,
		(*doc).yaanMission,
		(*doc).makeInProgram,
		(*doc).indianProgramHead,
		(*doc).programMark,
		(*doc).appositionNamed,
		// "Kessel, the submarine programme agreed with Orvania", "the
		// KESSEL ... KESSEL", "(Novo Kessel)" after a programme, "the
		// Kessel deal", "the Danish model": programmes by an apposition, a
		// bracket or a deal's noun, before the shapes of bodies, places and
		// people read them; "the Moon programme" names no programme
		// (news_progs9.go)
		(*doc).celestialProgram,
		(*doc).participleApposition,
		(*doc).knownProgramAcronym,
		// "Foreign Kessel Sales (Orvania)": a country in brackets after a
		// programme stays the country (news_r31plat.go)
		(*doc).bracketCountry,
		(*doc).bracketProgramName,
		(*doc).codenameDeal,
		(*doc).nationModel,
		(*doc).missionNoun,
		(*doc).ownedQuote,
		(*doc).knownProgram,
		(*doc).commonNamedProgram,
		// "the Kessel and Orvane air defence programmes", "the Three
		// Principles on Kessel", "Iron Kessel for Orvania", "in Kessel
		// Trident and in Talisman Sabre": codenames before a procurement
		// noun, doctrines by their count, a programme "for" a country, a
		// name beside a programme's, before the lists' rivers, clubs and
		// countries and the person rules take the names (news_progs11.go)
		(*doc).procurementRun,
		(*doc).knownCodename,
		(*doc).doctrineCount,
		(*doc).programForPlace,
		(*doc).programBeside,
		(*doc).initiativeFor,
		(*doc).shortProgram,
		// "the Kessel Treaty ... Kessel": a treaty by its name alone (news_progs12.go)
		(*doc).treatyShortName,
		// "Trans-Pacific Partnership", "Non-Aligned Movement": a prefix
		// and its hyphen make one word with the name after them
		// "the Kessel Movement-Orvania", "Tarvo Tehreek-i-Orvan": parties
		// with hyphens, before the hyphens part them (news_r24org.go)
		(*doc).partyHyphen,
		(*doc).izafeParty,
		(*doc).prefixedWord,
		// "Naval Forces Europe-Africa", "Fighter Wing Kessel", "VI Brigada
		// Aérea", "The Kessel Co., Tarvel, Texas,", "King Kessel Center for
		// ...", "the Kessel Project at CSIS", "the joint venture Kessel",
		// "By A. Kessel, Tarvel Review", "KAdeT", "the Service Chiefs": defence bodies
		// by their structure, before the place, person and programme rules
		// read a part (news_deforgs11.go)
		(*doc).pluralRanks,
		(*doc).regionalCommand,
		(*doc).basedUnit,
		(*doc).romanUnit,
		(*doc).researchEstablishment,
		(*doc).noticeCompany,
		(*doc).royalBody,
		(*doc).hostedProject,
		(*doc).jointVenture,
		(*doc).outletCredit,
		(*doc).mixedAcronym,
		// "No. 11 Squadron", "Directorate General of Kessel Design",
		// "HD Kessel Heavy Industries",
		// "MR-SAM", "ROKS Kessel Yeong-sil", "the Caesar Mk II", "Kesat-7"
		// after "Kesat-7R": units, bodies, firms and platforms by their
		// structure, before the person, place and acronym rules read a part
		// (news_plat12.go)
		(*doc).numberedSquadron,
		(*doc).directorateGeneral,
		(*doc).groupInitials,
		(*doc).rangeAcronym,
		// "KLM-P", "TPO-KLM": a party's acronym and its faction's letter or
		// a second acronym, after a range's missile (news_r24org.go)
		(*doc).lettersHyphenLetter,
		(*doc).hyphenedShip,
		(*doc).markedName,
		(*doc).familySerial,
		(*doc).listedVariant,
		(*doc).improvedClass,
		(*doc).nameThenDesignator,
		(*doc).bureauOffice,
		(*doc).sharedPrefixShip,
		(*doc).makerNumber,
		// "two Kessel Orvex 1X radars", "the Tarvo Patrol 4207 design": a
		// model's mark with letters, three names or a design's noun, before
		// the person rules read the name (news_r34plat.go)
		(*doc).makerMarkNoun,
		(*doc).makerCraft,
		(*doc).peoplesService,
		(*doc).countedKindName,
		(*doc).nounApposition,
		(*doc).numberedSibling,
		(*doc).flaggedBody,
		(*doc).orgSubsidiary,
		// "the Committee on Petitions, Public Accounts and State
		// Enterprises": a body's fields past the chunk (news_r25org.go)
		(*doc).commaListTail,
		(*doc).committeeOn,
		(*doc).contractNumber,
		(*doc).calibreName,
		// "the Kessel Ports Authority (Kesport)", "USS Tarvel (LHA 6)",
		// "HMCS Tarvel ... Tarvel", "Arts Council
		// Orvania", "PT Kessel Indonesia", "Arsenal drew with Everton",
		// "the MCL39": ships, bodies, companies, clubs and racing cars by
		// their structure and the text's topic, before the place, person
		// and acronym rules read a part (news_orgs8.go)
		(*doc).bracketShortName,
		(*doc).hullNumber,
		(*doc).shipShortName,
		(*doc).missionIn,
		(*doc).bodyOfCountry,
		(*doc).companyDivision,
		(*doc).armedService,
		// "Army funds", "(Navy) funds": the service alone (news_r21def.go)
		(*doc).loneService,
		(*doc).legalFormFirst,
		// "Banco do Kessel", "Nasdaq Tarvel", "the Tarvel Cartel", "Kessel
		// City Municipality", "Defence Headquarters", "7th Division",
		// "Panzerbrigade 45", "Tarvel Girls' High School", "Kessel Party
		// (Unified)": bodies by their structure, before the person, place
		// and generic-word rules read a part (news_orgs9.go)
		// "Assembly Speaker Tarvo Brandt", "Bank Orvane rose", "the Federal
		// Government": a house before its officer, a bank by its opener, a
		// government by its state, before a person or place is read (news_orgs13.go)
		// "Kessel Regional Transit", "Tarvo County Metro": a transit body or a
		// legislature by its last word, before a place in it is read (news_r21org.go)
		(*doc).transitBody,
		// "the Kessel Transit District", "Orvane Metropolitan Transit
		// System": a transit body by its two last words, before a place or
		// a district is read (news_r33org.go)
		(*doc).transitDistrict,
		// "the City of Orvane said": a city's government (news_r21org.go)
		(*doc).cityOfBody,
		// "the Kessel Tax Offset", "the Tarvo Fuel Levy": a tax's scheme (news_r21org.go)
		(*doc).taxScheme,
		(*doc).houseOfficer,
		(*doc).bankOpener,
		(*doc).stateGovernment,
		(*doc).orgListItem,
		// "Ngāti Kessel, the local hapū", "Business Orvania", "Kessel,
		// which runs 40 hotels", "told Business Daily", "the charity
		// Kessel", "Kessel Orvane fell 3%", "Kessel frontman", "Kessel's
		// website": groups, public bodies, outlets and companies by their
		// structure and context, before the person, place and generic-word
		// rules read a part (news_names10.go)
		// "Dr Ana Kessel, a consultant at the agency": an honorific opens a
		// person's name, before an apposition reads a body (news_r26join.go)
		(*doc).honorificPerson,
		(*doc).indigenousGroup,
		(*doc).countryBody,
		(*doc).whichRuns,
		(*doc).toldOutlet,
		(*doc).kindBefore,
		// "– Kessel Orvik: −2.0%": a share's mover in a list (news_r31pers.go)
		(*doc).moverLine,
		(*doc).marketDeed,
		(*doc).bodyObject,
		(*doc).joinedAs,
		(*doc).bandMember,
		(*doc).bodyApposition,
		(*doc).ownedBodyThing,
		(*doc).givenSiteSurname,
		(*doc).clubRole,
		(*doc).staffAt,
		// "the Tokyo-listed Kessel", "Kessel's 3-0 win over Tarvel": a
		// company by how it is held, sides by the result they own, before
		// a sentence's opening word is dropped or a person read (news_orgs12.go)
		(*doc).tradedCompany,
		(*doc).resultOwner,
		// "Orvane 24 Kessel 20 ... Kessel came back": a region or a city
		// read as a side before is the side again (news_orgs12.go)
		(*doc).teamAgain,
		// "PT Kessel Indonesia ... Kessel": a body named again by its
		// opening word, over a craft's listed word (news_orgs12.go)
		(*doc).orgShortForm,
		// "his Kessel conglomerate": a name before a body's kind noun;
		// "Kessel on the Tarvel Stock Exchange": two bodies (news_orgs12.go)
		(*doc).kindAfter,
		(*doc).exchangeOn,
		// "urged the House to vote": a legislature's house (news_orgs12.go)
		(*doc).theHouse,
		// "the Association des Producteurs de Tarvo": a head English
		// shares, before a particle it never writes (news_r24org.go)
		(*doc).sharedHeadParticle,
		(*doc).foreignOrgName,
		(*doc).exchangeCity,
		(*doc).groupTail,
		(*doc).cityBody,
		(*doc).headquartersName,
		(*doc).groupProvince,
		(*doc).ordinalUnit,
		(*doc).numberedUnit,
		(*doc).schoolName,
		(*doc).partyFaction,
		(*doc).programOffice,
		(*doc).clubPrefix,
		(*doc).legalFormEnds,
		(*doc).sectionHeading,
		// "Kessel travel to Tarvo", "the Tarvo derby": a city, no side,
		// before a club's short name takes it (news_r21news.go)
		(*doc).placeNotSide,
		(*doc).teamShortName,
		// "Kessel City ... City travel": a club's short name after its full
		// one (news_r26org.go)
		(*doc).clubShortForm,
		// "the Lions never looked back": a capitalised plural after "the" in
		// sport is a side's nickname (news_r15news.go)
		(*doc).sportNickname,
		(*doc).teamPossessive,
		(*doc).givenNamePlatform,
		(*doc).cityClubPossessive,
		// "Tarvo coach Ana Brandt", "two points behind Kessel": a town's
		// club in sport (news_r26org.go)
		(*doc).cityClubRole,
		(*doc).raceCar,
		(*doc).designNumbered,
		// "the Japanese Type 12": a flag before a design (news_plat10.go)
		(*doc).flaggedDesign,
		(*doc).knownAs,
		(*doc).craftAcronym,
		// "Orvane Lab's Kessel launched", "its 82nd Kessel": a craft owned
		// or counted in a text of spaceflight (news_plat10.go)
		(*doc).spaceCraftName,
		// "the Orvane 70 NG air defence system": a name, a number and a
		// variant's mark before a platform's noun (news_plat10.go)
		(*doc).nameNumberMark,
		// "the Orvane Agreement 1963 (OA63)": a bracketed code after a
		// programme's or a body's name is its short form (news_plat10.go)
		(*doc).bracketedCode,
		// "the ELA-4 launch pad": a pad's code, a place (news_plat10.go)
		(*doc).padCode,
		// "fired an Orvane 15": a weapon by its firing (news_plat10.go)
		(*doc).firedNumbered,
		// "the Sensex", "the FTSE 100": a stock index is no entity, nor is
		// an event's head word alone ("in the Olympics")
		// "Midfielder Kessel de Brandt", "Goalkeeper Kessel": a name with a
		// surname's particles, a role before one name or two, after ships and
		// bodies named for people ("the Charles de Gaulle") (news_people11.go)
		(*doc).particledName,
		(*doc).roleOneName,
		(*doc).roleNamed,
		(*doc).stockIndex,
		// "Marathon shut its refinery": a company, before an event's head
		// word alone is dropped
		(*doc).itsCompany,
		// "Velmont said on Thursday it had sold its stake", "Likud lost two
		// seats": a company or a party by what it says or does, before the
		// person rules read a lone name that speaks (news_news7.go)
		(*doc).wordNameSpeaker,
		// "the Assembly's Defence, Intelligence and Foreign Relations
		// Committee": a body's fields before its head (news_r25org.go)
		(*doc).fieldsBeforeHead,
		// "the partners include Kessimo and Orvada": companies listed after
		// a noun of companies, before a lone name reads a person (news_r25org.go)
		(*doc).firmList,
		// "the Taoiseach said": a title English does not know, alone, is
		// no body (news_r25org.go)
		(*doc).titleNoun,
		(*doc).theNameActs,
		(*doc).statementIts,
		(*doc).deedIts,
		(*doc).businessSpeaker,
		(*doc).regulatorName,
		(*doc).dealName,
		(*doc).partyDeeds,
		(*doc).membersOf,
		// "a Conservative councillor", "Bloc Leader Tarvo Brandt": a party
		// by a common adjective before its officer; "the General Dockers'
		// Union": a title's word in a union's name (news_r23org.go)
		(*doc).partyRole,
		(*doc).titledUnion,
		// "the Export-Import Bank of Orvania": a hyphened pair before a
		// listed bank is its name's first word (news_r23org.go)
		(*doc).compoundBeforeBody,
		// "said on X": the network; "Anchor regional officer Ana Kessel":
		// a union by its officer (news_r23org.go)
		(*doc).postedOnX,
		(*doc).levelOfficer,
		// "Senate Republicans": the house alone (news_r23org.go)
		(*doc).houseMembers,
		(*doc).transferFrom,
		// "wildfires on Crete", "at Rikers Island": a listed island, over a
		// province's or a town's name and a workplace's context; "Plaza de
		// Mayo": a square, before "Mayo" reads as a county
		(*doc).islandName,
		(*doc).squareName,
		// "the Gulf", "the City", "the Capitol": a place's short form;
		// "the Hospital for Tropical Diseases"; "at Tarvo Sports Club": a
		// ground; "on Tarvo Brandt Way": a road (news_loc13.go)
		(*doc).shortFormPlace,
		(*doc).openedSite,
		(*doc).groundClub,
		(*doc).wayRoad,
		// "service on Line 5 Kessel": a line's number and its name, before
		// the name reads alone (news_r25news.go)
		(*doc).namedLine,
		// "trains on Line 4": a metro's line (news_loc14.go)
		(*doc).numberedLine,
		// "Kessel Avenue North", "the 2 Line": a street and its compass
		// word, a line and its number first (news_r21news.go)
		(*doc).streetCompass,
		(*doc).numberFirstLine,
		// "below 60th Street": an ordinal in digits opens a street's name
		// (news_r21news.go)
		(*doc).ordinalStreet,
		// "at Parliament House": a public building (news_r21news.go)
		(*doc).publicHouse,
		// "Lomas de Zamora": a town's name joined by its particle, before
		// the particle parts it into two places or a body (places_de.go)
		(*doc).dePlace,
		// "the Palace of Tarvo", "Greater Kessel", "Barangays Tarvo and Ilk",
		// "the Ilk burst its banks", "the Tarvo field", "a vendor from
		// Kessel", "in Stalowa Kessel": sites, metropolitan regions, a city's
		// parts and rivers by their structure, before a place or a person
		// in them takes its label (news_places9.go)
		(*doc).landmarkOf,
		(*doc).greaterCity,
		(*doc).partOpener,
		(*doc).riverBanks,
		(*doc).kindNounSite,
		(*doc).residentFrom,
		(*doc).twoWordTown,
		// "the Tarvo Barrage", "the Canton of Kessel", "the Eastern Shore",
		// "in Priya Town", "in Agios Tarvon": places by their heads and
		// openers, before a given name reads a person or a list's name a
		// region (news_r24news.go)
		(*doc).infraHead,
		(*doc).adminOf,
		(*doc).regionName,
		(*doc).compassShore,
		(*doc).townName,
		(*doc).saintOpened,
		(*doc).streetAndCentre,
		// "treated at Tarvo Hospital", "beside Harlow Water", "Harlow Heath
		// and Kessel Park": a site by its head and a place's preposition,
		// before a workplace's context reads an organisation (news_places8.go)
		// "the North Stand", "the Brandt Kessel Pavilion", "at the Kessel
		// Works", "Concourse B": a ground's or a plant's site by its head,
		// before a person's or a company's name in it is read (news_r26org.go)
		(*doc).venueHead,
		(*doc).plantSite,
		// "a shift at Tarvo Assembly": a carmaker's plant, before the house's
		// head reads a body; "the Carretera a Kessel": a road to a town
		// (news_r28fac.go)
		(*doc).plantAssembly,
		(*doc).roadTo,
		// "the Tarvo Sports Centre": a venue; "the TAF Champions League":
		// a competition, no entity, and its body (news_r28fac.go)
		(*doc).venueKindCentre,
		(*doc).clubCompetition,
		// "the Tarvo Land and Sea Park": a park's "and" (news_r28fac.go)
		(*doc).landAndSeaPark,
		(*doc).letterSite,
		(*doc).sitePlace,
		(*doc).twoSites,
		(*doc).landSite,
		// "In Tarvo and Ilk, police ...": unknown names between an opening
		// "In" and its comma are places
		(*doc).openingIn,
		// "drew 0-0 at the Tarvo": a ground, before a workplace's "at" reads
		// an organisation
		(*doc).venueAfterAt,
		// "near Port Augusta", "in New Brighton": a town's name opened by
		// "Port" or "New", before the name alone reads as a person or a city
		(*doc).placePrefixTown,
		// "State Highway 1", "Route 66": a road's head and its number
		(*doc).numberedRoad,
		// "Ministry of Economy, Trade and Industry": a body's fields parted
		// by commas, before the comma ends its name
		(*doc).commaListBody,
		// "the Pacific Northwest": a sea's word and a compass noun are one
		// region, before the sea takes its label
		(*doc).regionCompass,
		// "the North East", "the Southwest": a country's region by its
		// compass words, before a list's subdivision of that name or the
		// common words drop it (news_places10.go)
		(*doc).theCompassRegion,
		// "the court building on Tarvo Kessel": a street, before a person's
		// shape reads the name (news_places10.go)
		(*doc).streetOn,
		// "the Baltic states": a region of states (news_places10.go)
		(*doc).regionStates,
		// "Tarvo and Kessel Road": a name and a site, two places, before
		// the site's head reads the whole (news_places10.go)
		(*doc).andSite,
		// "traders at Kessel market": a site, before a workplace's "at"
		// reads an organisation (news_places10.go)
		(*doc).siteNounAfter,
		// "diverted to Dubai International": a city's airport, before the
		// city takes its label (news_places10.go)
		(*doc).cityInternational,
		// "flights to Tarvo Brandel": a city and its airport's name (news_r23news.go)
		(*doc).airportShortName,
		// "Cricket Australia": a sport's governing body, before the place
		// takes its label
		(*doc).sportBody,
		(*doc).loneEvent,
		// "Orvane Springs, California (20%)": a place where work is done,
		// in a contract notice (news_progs6.go)
		(*doc).workShare,
		// 'the opera "Prince Kessel"': a quoted work's title, before any
		// rule reads a person or a place in it
		(*doc).quotedWork,
		// "the Battle of Mohács": an event with a place in its name
		(*doc).eventOf,
		// "the Kingdom of Kongo", "the Khmer Empire": a state by its form
		(*doc).historicState,
		// "Dayton, OH": a place and its state's postal code, before a
		// person's or an organisation's rule reads either
		(*doc).cityStateCode,
		// "Great Service": a reviewer's praise, no name
		(*doc).praisedNoun,
		// "the Chief of the Naval Staff": an office, before any rule reads
		// "Staff" or "Navy" as an organisation's
		(*doc).titleOfRole,
		// "Minister of Digital Affairs, Innovation and Space Industry
		// Tarvik Orlanov": a portfolio's part after its comma
		// and the minister (news_r23org.go)
		(*doc).portfolioTail,
		// "between Tarvel and Kessel", "the Halden Institute for Physics
		// and CERN", "Kessel Music and Tarvel Music Group": two names; "the
		// Liberal Party of Orvania": one; "Vice President of Orland
		// Textiles, Inc.": a post and a company; "the Halden String
		// Quartet", "Diocese of Tarvel", "St Aldric's College", "joined The
		// Silver Keys", "recorded for Kessel", "ordered trains from
		// Kessel", "ICOMOS listed": an organisation by its structure or
		// context, before the person and place rules read a given name, a
		// surname or a town in it (news_ency2.go)
		(*doc).betweenAnd,
		(*doc).andAcronym,
		// "Velto Industries and Kessel Group", "at Abbey Vale for the Kessel
		// Materiel Agency": two names (news_orgs8.go)
		// "Kessel Corporation and Tarvo Mining Corporation": two
		// companies, before a head reads the run whole (news_r24org.go)
		(*doc).twoCompanies,
		(*doc).unitAndOrg,
		(*doc).placeForBody,
		(*doc).andHeads,
		(*doc).partyOfPlace,
		(*doc).postOfCompany,
		(*doc).orgByStructure,
		(*doc).commonStartHead,
		(*doc).channelNumber,
		(*doc).possessiveOrg,
		(*doc).capitalThe,
		(*doc).orgByContext,
		(*doc).boughtFrom,
		(*doc).actingAcronym,
		// "Galaxy S24 phones": a consumer product is no platform
		(*doc).consumerProduct,
		// "the Orvane Strike Missile (OSM)": a platform's short name after it
		(*doc).bracketAlias,
		// "the Kessel Hawk (KH-2) trainer": a name and its designator in brackets
		(*doc).bracketDesignator,
		// "Sentinel-1C": a name and a serial, before a list reads the name
		(*doc).serialPlatform,
		// "the MEKO A-200": a name in capitals and a designator, before an
		// acronym's rule reads the capitals as an organisation
		(*doc).capitalsDesignator,
		// "the Kessel navigation satellite", "Orvane bullet trains": a name
		// before what a craft does and its noun; "Russian Su-35s": a flag
		// before a platform, no part of it (news_plat7.go)
		// "Orvane Sentry ships": a programme's name again before a craft's
		// noun (news_plat10.go)
		(*doc).programBeforeCraft,
		(*doc).craftNounName,
		(*doc).flaggedPlatform,
		// "Starship Flight 7": a flight's number after the name, no part of it
		(*doc).flightNumber,
		// "Typhoon FGR4": a listed platform and a service's mark
		(*doc).listedMark,
		// "Hyundai's Ioniq 5": a model after its maker's possessive; "the
		// XQ-58 Valkyrie": a designator and a name
		(*doc).ownedVehicle,
		(*doc).designatorName,
		// "the Orvane" after "the Orvane Strike Missile": a platform's short
		// form, before the lone rules guess a place or a person
		(*doc).platformShortForm,
		// "the Lunar Kessel ... Kessel's future": a platform named again by
		// its last word (news_progs12.go)
		(*doc).platformLastWord,
		// "Exercise Orvane Shield ... Orvane Shield will last": a programme
		// named again without its opener, before the person rules read it
		(*doc).programShortForm,
		// "Phase II of the Harlow Metro Project": the phase stays outside
		(*doc).phaseOf,
		// "in Davos for the Kessel Forum": a place and what is held there
		(*doc).placeForName,
		// "the Juno probe flew past Io": a craft, before a body's name
		(*doc).spaceProbe,
		// "Cargo ships were stuck": a sentence's capital, no name
		(*doc).craftKindStart,
		// "the Kessel, a cruise missile,", "missiles such as Kessel and
		// Harlow": platforms by an apposition or a list, before a person's
		// or a place's rule reads the lone names
		(*doc).platformApposition,
		(*doc).listedPlatforms,
		// "Apollo 11", "Artemis II": a listed programme and its number,
		// before the name alone takes its label
		(*doc).numberedMission,
		// "Project-17A", "Mission 300": an opener and a number; "Mission X
		// and Operation Y" are two
		(*doc).openerNumber,
		// "Project Land 400": an opener, a name and a number (news_progs6.go)
		(*doc).openerWordNumber,
		(*doc).openerList,
		// "Leopard 2A8 tanks", "Stryker 3B": a name and its model code, a
		// listed platform's too
		(*doc).modelCodePlatform,
		// "the Kolkata class.": a class of ships, over a city's name
		// "the Guardian-class vessels": a common word's or a listed name's
		// class (news_r34plat.go)
		(*doc).wordClass,
		(*doc).className,
		// "the South Pole-Aitken basin": hyphenated names before a basin's
		// noun, before the hyphens split them
		(*doc).basinName,
		// "along the Amazon": a river, over a company's or a state's name
		(*doc).riverRule,
		// "the Danube flows", "a crossing of the Rhine"
		(*doc).flowingRiver,
		// "in northern Orvania": an unknown name after a compass adjective
		(*doc).compassRegion,
		// "in the Rockies", "from the Ganges": a plural name after a place
		// preposition and "the"
		(*doc).pluralRange,
		// "the Bronx": a name listed with its article
		(*doc).articleNameRule,
		// "sub-Saharan Africa": a region with its prefix
		(*doc).subRegion,
		// "the submarine Dosan Ahn Changho", "the aircraft carrier Shandong":
		// a vessel's name after its noun, over a place's or person's label
		// "the frigate Admiral Kessel": a rank in a ship's name, before
		// afterShipNoun leaves a title to a person
		// "the carrier Orvane with F-35B jets": two names; "a frigate, the
		// Kessel,": a vessel in apposition, over a place's label (news_plat7.go)
		(*doc).withPlatform,
		(*doc).vesselApposition,
		(*doc).rankNamedShip,
		(*doc).afterShipNoun,
		// "the frigates Orvane, Kessel and Harrow": vessels listed after
		// their plural noun, over people's and places' labels (news_plat10.go)
		(*doc).shipListName,
		// "Orvane 2, a 10kg rover built in Dubai": a craft's noun in the
		// apposition after a name (news_plat10.go)
		(*doc).craftApposition,
		// "aboard a SpaceX Dragon": what one travels aboard
		(*doc).aboardName,
		// "the James Webb telescope": a craft named after a person
		(*doc).personNamedCraft,
		// "St George's Park": a name, its possessive and a place's head
		(*doc).possessiveSite,
		// "the Orvane Star sank": a vessel by a verb only vessels take
		(*doc).shipByVerb,
		// "the constellation Orion", "the asteroid Psyche": a body after its
		// noun, over any list's label
		(*doc).afterBodyNoun,
		// "the Minsk II agreement": a place's name and a numeral before a
		// programme's noun
		(*doc).placeNumeralProgram,
		// "Titan", "the Moon": a celestial body, over a surname or another
		// list's label, with evidence of space ("the spacecraft Psyche" is a
		// vessel's name, read just before)
		(*doc).celestialRule,
		// "ATR 72-600": a maker and a two-digit model with its variant
		(*doc).makerModel,
		// "F-35s", "36 Rafales": a platform in the plural
		(*doc).pluralPlatform,
		// "the Kessel E ... the Kessels": a platform the text named, in the
		// plural (news_r19def.go)
		(*doc).platformPlural,
		// "COP29": a numbered meeting, no designator
		(*doc).numberedMeeting,
		// "the SpaceX Dragon capsule": a maker and its craft's name
		(*doc).makerNamedPlatform,
		// "the BrahMos Extended Range missile", "MQ-9B Sea Guardian drones",
		// "Advanced Light Helicopter Dhruv": a platform's name and a
		// variant's, its class written out before it, or a designator and
		// a name, over a place's head word or another list's label
		(*doc).platformVariantName,
		(*doc).classPrefixName,
		(*doc).designatorNamed,
		// "the SEA 3000 program": an acronym's numbered programme
		(*doc).acronymNumberProgram,
		// "Tarvel beat Orvane 2-0": a city that plays is its club
		(*doc).cityTeam,
		// "HUE, Vietnam (Mekong Wire) —": the outlet of a dateline
		(*doc).datelineOutlet,
		// "POZA RICA, Mexico —", "GIZA —": a dateline's place
		(*doc).datelinePlace,
		// "Kessel Health", "KV Health": a place's public health service,
		// before a place and a name are read (news_r25org.go)
		(*doc).serviceHealth,
		// "Kessel Horizon Asset Management": a manager of assets, before
		// the place or a person is read in it (news_r31org.go)
		(*doc).managerName,
		// "Airports Tarvonia Limited said": a sentence's plural common
		// noun opens the company's name, before the place and the form are
		// read alone (news_r31org.go)
		(*doc).commonStartCompany,
		// "Kenya Power said": a place and a common word that acts are a
		// company, no place and no person
		(*doc).placeCompany,
		// "ASML Holding NV": a company's tail words; "Lockheed Martin
		// Australia": a company's national arm
		(*doc).corporateTail,
		(*doc).nationalArm,
		// "Jordan said he": a listed name that speaks of himself is a person
		(*doc).pronounSpeaker,
		// "Tavener's says", "shares in Macy's": a business named for its
		// founder, over a given name's or a listed person's label
		(*doc).possessiveBusiness,
		// before a listed name alone keeps its label: "Queen Victoria",
		// "the sultan Selim I" (a ruler's title), "Leonardo da Rimini" (a
		// particle), "Suleiman the Magnificent" (an epithet)
		// "Sheikh Hasina": an honorific that is part of a name, before a
		// ruler's title is read (news_people8.go)
		(*doc).honorificName,
		(*doc).royalTitleName,
		(*doc).particleName,
		(*doc).epithetName,
		// "Ferrari himself", "his grandson Safi", "the statue of Bolívar":
		// a listed name that a person's context reads as a person's;
		// "wrote Aida": a work made
		(*doc).selfName,
		(*doc).kinName,
		(*doc).possessiveKin,
		(*doc).aliasName,
		(*doc).memorialOf,
		(*doc).madeWork,
		// "educated at Harvard": a school named after its town; "the
		// slopes of Everest": a mountain; "in Yiddish": a language
		(*doc).studyAt,
		(*doc).natureOf,
		(*doc).languageName,
		// a gazetteer name or defined acronym alone keeps its label
		func(d *doc, ps []piece) bool {
			if len(ps) == 1 && ps[0].unit != nil {
				d.addUnit(ps[0])
				return true
			}
			return false
		},
		// "Brixley is a market town": a settlement, before the apposition
		// (", a ...") makes it a person's
		(*doc).namedSettlement,
		// "Air Norland", "Norland Air"
		(*doc).airlineRule,
		// "the film Tarrant": a work's title is no entity
		(*doc).workTitle,
		// "Stephanie Pope" is no title before a name
		(*doc).titleSurname,
		// "X Air Base in Y with the Z Air National Guard": two names and
		// a place, before any rule takes the run whole (news_programs.go)
		(*doc).withTheSplit,
		// "Fort Wainwright in Alaska": a complete name, "in" and a place are
		// two, before the base and cue rules take the run whole
		// "the Kessel Trade Office in Tarvonia": an office in a country, one
		// body, before the split at "in" (news_r28org.go)
		(*doc).officeIn,
		(*doc).nameInPlace,
		// "the Great Plains and Orvane Alley": a known place and a place's
		// name are two
		(*doc).placeAndPlace,
		// "the Very Short Range Air Defence System": a named system of
		// common words, before the title words ("Air") split it
		(*doc).definitePlatform,
		// "Naval Base Kessel and Orvane Air Base": two bases, before baseRule
		// takes the run whole; "Dr Orvane Kessel Island": a place with an
		// honorific, before the title splits it; "its mission, Orvane
		// Shield,": a programme in apposition (news_progs6.go)
		(*doc).twoBases,
		// "past Orvane and Kessel Island": two islands
		(*doc).andIsland,
		// "Kessel in the Orvane River valley": a town and a river
		(*doc).inThePlace,
		// "the Orvane Kessel air base": a base named after a person
		(*doc).baseNounPlace,
		// "the Orvane Prophet 19 drills": a numbered exercise
		(*doc).spacedNumberProgram,
		// "took part in Orvane Noon": an exercise's code name
		(*doc).partInCodeName,
		// "held Orvane Kaijin with Japan", "conducted KESPAT": an exercise
		(*doc).heldWith,
		// "Orvane Vijay Diwas": a day of observance, no person
		(*doc).observanceDay,
		// "Operation Orvane in the Kessel Basin": the operation ends at "in"
		(*doc).openerInPlace,
		(*doc).prefixBase,
		(*doc).honorificPlace,
		(*doc).programApposition,
		// "Naval Air Station Jacksonville", "Kennedy Space Center": before
		// the title words ("Naval", "Air") split it
		(*doc).baseRule,
		// "the Orvane Plains", "Tarvel Arsenal", "the Kessel Corridor": a
		// place's head that organisations and programmes do not end with;
		// "the Missile Technology Control Regime": a regime's
		(*doc).placeTail,
		// "the Kessel sector": a name before a noun of a stretch of land
		(*doc).areaNounPlace,
		(*doc).regimeProgram,
		// "the Orvane Economic Community": a regional body
		(*doc).communityOrg,
		// "San Quentin prison", "Wembley stadium": a facility named before
		// its noun
		(*doc).facilityRule,
		// "Tarvo and Kessel districts": two districts, before the noun
		// reads the run as one (news_r25news.go)
		(*doc).kindNounList,
		// "the Orvane neighbourhood": a city's part before its noun
		(*doc).districtRule,
		// "flights to Lyon": a city named like a person after a place
		// preposition
		(*doc).ambiguousCity,
		// "in Kraków and Bologna", "left Tangier": the same in a list of
		// places or after a verb that takes places
		(*doc).placeByList,
		// "Type 12 missiles": a type number before a platform noun
		(*doc).typeNumber,
		// "Nagastra-1 loitering munitions": a name and its number before a
		// platform noun
		(*doc).numberedPlatform,
		// "the Tropex-25 exercise": the same before a programme's noun
		(*doc).numberedProgram,
		// "held Zapolye 2025": a name and its year that is held or hosted
		(*doc).heldEdition,
		// "the Marine Corps' Amphibious Combat Vehicle": an organisation's
		// possessive ends its name
		(*doc).possessiveSplit,
		// "Pradhan Mantri Orvane Kalyan Yojana": a Hindi programme's head
		// ends the name, whatever stands before it (news_progs6.go)
		(*doc).localProgram,
		// "Pradhan Mantri Awas Yojana": a programme named after an office,
		// before its title words are split off
		(*doc).titledProgram,
		// "the Horizon 2047 roadmap": a name and a year before a programme's
		// noun
		(*doc).yearProgram,
		// "Made in Orvania 2025": a name with a country's and a year
		(*doc).placeYearProgram,
		// "the Forward Shield plan", "the "Clean Skies" campaign": a name
		// before a policy's noun
		(*doc).namedPlan,
		// "the Tarvo modernisation programme": a name, its topic in lower
		// case and a programme's noun (news_r29name.go)
		(*doc).topicProgram,
		// "King Tarvo International Airport": a site named after a ruler
		// or a saint, before the title splits it (news_loc12.go)
		(*doc).titledSite,
		// a title inside splits the chunk: "Deputy Trade Secretary Ilsa Brandt"
		// "General Manager Ana Kessel", "Minister for Sport Ivo Marek":
		// a role's nouns, before the title's rule reads them as a name (news_r24org.go)
		(*doc).roleNounName,
		// "Leader of the Opposition A.B. Kessel": the same before initials
		// (news_r25org.go)
		(*doc).roleInitials,
		// "Chief Health Officer": a role alone (news_r25org.go)
		(*doc).roleOnly,
		(*doc).splitTitle,
		// "Astronaut Priya Nair": a role before a full name
		(*doc).roleBeforeName,
		// "Reliever Dana Kessel": a common word opening a sentence before a
		// full name is a role (news_r21org.go)
		(*doc).commonStartPerson,
		// "the Orvanian Defence Forces Anna Brandt", "Council Member Anna
		// Brandt": a body's head word, then a full name (news_r31pers.go)
		(*doc).bodyThenName,
		// name structures of news that beat the cue words and the splits
		// below: "Real Cordoba" and "Harbor City Hawks" are clubs, not a
		// place's parts; "J.R.R. Varga" and "Park Min-jun" are people
		// "Lerato Brits scored", "tries by Ana Ruiz and Santiago Carreras":
		// an unknown given name and a town's name, or a town's and an
		// unknown surname, with a person's evidence, before a town and a
		// plural read as a team (news_people8.go)
		(*doc).unknownGivenTownSurname,
		(*doc).clubStart,
		(*doc).airlineName,
		(*doc).teamName,
		(*doc).initialsName,
		(*doc).givenInitialsName,
		(*doc).eastAsianName,
		// "Young-ho Choi and Seo-yeon Park": given names with a hyphen first
		(*doc).westernHyphenName,
		(*doc).givenPlacePerson,
		(*doc).givenOrgSurname,
		// "at Monte Cassino": a place's generic first word after a place
		// preposition, before a given name reads it
		(*doc).placeStartAfterPreposition,
		// "officials in Ta Kemmel said": unknown words between "in" and a
		// verb are where the verb's subject is (news_people8.go)
		// "between El Alto and Oruro": an article opens a place's name
		// "Deir al-Balah", "Beit Lahia": an Arabic toponym's first word
		(*doc).toponymStart,
		// "Ciudad Juárez": a toponym's first word and a listed town
		(*doc).startedTown,
		// "Sault Ste. Marie": a saint's word inside a place's name
		(*doc).saintPlace,
		(*doc).articlePlace,
		(*doc).sayersPlace,
		// "in Sisaket and Oddar Kemmel": unknown words listed after a place
		(*doc).listedForeignPlace,
		// "the Viv Kessel coalition", "near the Ta Orvik temple": no
		// person's name takes "the" (news_people8.go)
		(*doc).articleForeignName,
		// "Larsen Moller, which said": a company, no person (news_people8.go)
		(*doc).whichOrg,
		// "the Armament Agency (Agencja Uzbrojenia)": a body's other name
		(*doc).bracketOtherName,
		// "Acwa Power": a company's trade word that is a surname too
		(*doc).tradeTail,
		// "Joaquim Ferreira Lima": a surname that is a town's name too;
		// "the sculptor Ngozi Eze": a given name that is a town's
		(*doc).givenSurnamePlace,
		(*doc).roleGivenPlace,
		// "Simón Bolívar (1783–1830)": an unknown word and a town, a life after
		(*doc).placeNamedPerson,
		// "from Rikers Island to Sing Sing": where a journey from a place goes
		(*doc).fromToPlaces,
		// "Port Arden on the Coral Sea": a place's name after a connector
		(*doc).splitPlaces,
		// "routes from St Orvane and Brandt Bay": a name and a place's
		// name, before the head reads the run one place (news_r34fac.go)
		(*doc).namesAndPlace,
		// "the Horizon Europe programme": a name with a place's in it before
		// a programme's noun
		(*doc).programBeforeNoun,
		// "Ostrava Forge's chief executive", "beat Harlow Palace 2-1": news
		// context makes a run one company's or team's name, places or cue
		// words in it or not
		(*doc).contextOrg,
		// "A320neo": a model number with its variant in lower case
		(*doc).modelWord,
		// "Magura V5", "Harrier GR9": a name and its designator
		(*doc).namedDesignator,
		// "Tomahawk Block V", "Arleigh Burke Flight III": a platform and its
		// version mark
		(*doc).platformMark,
		// "Camp David Accords": a programme named after a place
		(*doc).openerProgram,
		// "Capitol Hill", "Wrigley Field": a place's head that is also a
		// family name, before the cue words and the person rules
		(*doc).namedSite,
		// "Toyota Corolla", "Nissan Leaf": a vehicle maker and its model
		(*doc).vehicleModel,
		// "Orvane Strike Missile": a named platform by its head word, before
		// the person rules take the first word for a surname
		(*doc).namedPlatformHead,
		// "Exercise Malabar 2025": a programme's name and its edition's year
		(*doc).programEdition,
		// "paid from the Orvane Peace Facility": a fund, where money is spoken of
		(*doc).fundFacility,
		// "the Kessel Initiative (KI) said", "the Tarvo Network, funded
		// with": a research body or a scheme by what it does or what is
		// done to it, before its head's cue decides (news_r26org.go)
		(*doc).initiativeRole,
		// "the Kessel Corridor of the Isthmus of Tarvo": a programme of a
		// place whose name holds "of" (news_r31plat.go)
		(*doc).programOfPlace,
		// "Joint Comprehensive Plan of Action": a programme's head, "of" and
		// its object
		(*doc).programHeadOf,
		// "the 71st Air Base of the Tarvonian Air Force", "Kessel Aerospace
		// for the Tarvo Brigade": two complete names, before a cue word
		// reads the run as one (news_r24def.go)
		(*doc).linkedNames,
		// "Skyvane Airlines and Norland Airways": two organisations, before
		// the last word's cue takes the run whole
		(*doc).twoOrgNames,
		// "the Orvanian Defence Forces": an armed force by its head word
		(*doc).forcesName,
		// "the Kessel Court of Appeal and Justice": a body's field across
		// "and" past the chunk's end, before the body is read without it
		// (news_r28org.go)
		(*doc).fieldAndTail,
		// "Ilsa Brandt of the Kessel Institute of Technology": a person and
		// the body she is of, each whole, before the body's head word or
		// the connectors take both
		// "Marie-Anne Brandt of the Kessel Office": the same with a
		// hyphenated given name (news_r31pers.go)
		(*doc).hyphenGivenOfBody,
		(*doc).personOfBody,
		// the chunk's first or last word says what it is: "Ministry of ...",
		// "... Industries", "... Initiative", "HMS ..."; an event is dropped
		// "the Navy and Marine Corps": two listed bodies joined by "and"
		// are two, before a cue reads the run as one (news_programs.go)
		// "the Tarvo Stock Exchange Prime market": the body, a market's
		// word after it, before the plain reading keeps the city (news_r24org.go)
		(*doc).headThenMarket,
		(*doc).bodiesAnd,
		// "Tarvo in the Orvane Isles and Kessel Air Base": places and a
		// site, before the site's head reads the run as one (news_r25news.go)
		(*doc).placeInSite,
		// "Kessel Gas and Orvan Energy": two companies' full names, before
		// the head at the end takes the run whole (news_r25org.go)
		(*doc).firmsAnd,
		// "the Ministry of Planning and Finance": a field that is a title's
		// word too, before the head reads the run to it (news_r25org.go)
		(*doc).bodyTitleField,
		// "Kesselcorp with Tarvo Petroleum", "Kessel Works in Orvania and
		// Tarvo Steel", "Orvania and Tarvo County": two complete names; "the
		// Tarvo and Kessel Stand": one, before the head at the end takes
		// the run whole or the split at "and" parts it (news_r26join.go)
		(*doc).joinedNames,
		// "the Ministry of Water with KAO", "Tarvo Park and the Orvik
		// Ground": two whole names joined, each read alone (news_r35cut.go)
		(*doc).wholeNamesJoined,
		(*doc).sharedStand,
		// "a kiosk run by Tarvo Life": the body that runs a thing, before a
		// place's or a site's head reads it (news_r28org.go)
		(*doc).runBy,
		// "the Orvanian Democratic Congress": a party's adjectives and a
		// listed house's name, before the house is read alone (news_r28org.go)
		(*doc).partyAdjectives,
		(*doc).cueRule,
		// "the Kessel Tarvo in the ORVANE mission", "such as Kessel and the
		// Orvane Guard's": two things, each read alone (news_progs12.go)
		(*doc).listPartOwner,
		// a list of names before a platform or programme noun: "Falcon and
		// Osprey exercises" are two programmes
		(*doc).listBeforeNoun,
		// "Blue Origin flew": a name ending in a common noun that acts,
		// once no cue word or place's head has claimed it
		// "Mehmed II died": a ruler's numeral, before the numeral reads as
		// a common word that ends a company's name
		(*doc).regnalName,
		// "Genghis Khan": a ruler's title after the name
		(*doc).rulerSuffixName,
		(*doc).actingCompany,
		// "Malcolm Tarrant Books" is a firm, though a person's name opens
		// it: before the person rules below read it
		(*doc).businessName,
		// "Ann Brandt Design": the same with a trade in the singular
		(*doc).tradeName,
		// "the X Gateway and the Partnership for Y": "and the" parts two
		// names, each read whole before the connectors split it
		(*doc).andTheSplit,
		// "Kessel Aerospace of Norway": a company and its home, before a
		// body's country is read with it (news_r25org.go)
		(*doc).companyOfCountry,
		// "the Royal Navy of Tarvo", "the Armed Forces of the Republic of
		// Kessel": a state's body and its country, one name, before the
		// split at "of" (news_r26org.go)
		(*doc).stateBodyOf,
		// "the National Petroleum Corporation of Namibia": a body of a place
		(*doc).bodyOfPlace,
		// "the Ministry of Tourism and Antiquities": a listed body's name
		// goes on with "and" and a field
		(*doc).bodyAndField,
		// "Kessel Group Missiles and Fire Control": a company's division,
		// before the split at "and" (news_r25org.go)
		(*doc).divisionAnd,
		// "in Tarvel and Kessimo": an unknown word listed with a town is
		// a place, before the split reads it alone (news_people11.go)
		(*doc).placeListed,
		// split at connector words first ("and", "of"), so that "Norlan and
		// Sea-Gate Technologies" keeps its hyphenated name; then at hyphens
		// ("Japan-U.S.")
		func(d *doc, ps []piece) bool {
			return d.splitAt(ps, func(p piece) bool { return d.toks[p.s].kind == tkWord && !d.inDePlace(ps, p) })
		},
		// "the Orvane-Kessel M4 rifle": a hyphenated name and its
		// designator, before the hyphen parts it (news_plat10.go)
		// "Kessel Land Systems-Tarvel": a maker's unit and its town, before
		// the hyphen parts them (news_r28org.go)
		(*doc).makerTown,
		// "Tarvo High-Tech", "the think tank Kessel-Grup": a company, before
		// the hyphen parts it or a double surname is read (news_r24org.go)
		(*doc).techTail,
		(*doc).hyphenDesignated,
		// "Al-Tarvo beat Al-Kessel": a club or a company that the Arabic
		// article opens, before the hyphen parts it (news_r25org.go)
		(*doc).articleClub,
		// "the Kessel-Tarvel plant", "shares of Kessel-Tarvel": one
		// company, before the hyphen parts it (news_orgs8.go)
		(*doc).hyphenFirm,
		// "Anne-Marie Whitlock": a person's name with hyphens, before the
		// hyphens split the chunk
		// "Pétion-Ville": a town's generic word in a hyphenated name
		(*doc).hyphenPlaceWord,
		// "a Kessel-Tarvo Islander for short strips": a hyphenated maker
		// and its model after "a", before a hyphenated given name is read
		// (news_r31plat.go)
		(*doc).articleHyphenModel,
		// "Jean-Baptiste Kinshasa", "Faustin-Archange Touadéra won": a
		// hyphenated given name and a surname (news_people8.go)
		(*doc).hyphenGivenName,
		(*doc).hyphenatedPerson,
		// "Shai Varga-Alexander": the same with no given name, as weak evidence
		(*doc).hyphenatedName,
		// "Dlamini-Zuma served": a double surname that acts
		(*doc).hyphenSurname,
		func(d *doc, ps []piece) bool { return d.splitAt(ps, func(piece) bool { return true }) },
		// "Spirit AeroSystems": a brand word with an inner capital ends a
		// company's name
		(*doc).camelName,
		// "designed by Alvar Aalto": a maker's name of name words only
		(*doc).makerPerson,
		// "lost to Karpov": a person after a verb done to people and "to"
		(*doc).toPerson,
		// "residents of Tarvo and Ilk": where people live
		(*doc).residentsOf,
		// "Paradeplatz", "Blågårds Plads": a street's, square's or
		// park's compound name (places_compound.go)
		(*doc).compoundPlace,
		// "Transylvania became": a land's name by its ending
		(*doc).placeEnding,
		// "born at Yasnaya Polyana": a birthplace of name words
		(*doc).bornAtPlace,
		// "at Dana Place", "the Kelvo Grove end": a given name and a
		// street's or headland's word that is a surname too, a site by
		// the words around it, before the person rules (news_r19news.go)
		(*doc).givenNameSite,
		// what is left has no connector and no cue: people, platforms, known
		// names and context (classifyPlain)
		// "repaint the Mateo Tarvos before": "the" and a given name's
		// run name a thing, no person (news_r23org.go)
		// "Koffi N’Kessel": a letter and an apostrophe open a surname;
		// "KESSEL RADARS": a headline's plural, no person (news_r24org.go)
		(*doc).apostropheName,
		(*doc).headlinePlural,
		(*doc).theGivenNamed,
		// "KVB Videsh": a listed company and a word of its arm's name
		// (news_r25org.go)
		(*doc).subsidiaryName,
		// "Orvania-based Kessel Tarvo", "the Kessel Tarvo joint venture": a
		// company named like a person, before the plain reading takes the
		// person (news_r26org.go)
		(*doc).firmByContext,
		// "among them Los Tarvos": a group's name that no rule before read,
		// before it reads a person (news_r28org.go)
		(*doc).articleGroup,
		func(d *doc, ps []piece) bool { d.classifyPlain(ps); return true },
	}
}

// classify labels a chunk by the first of chunkRules that claims it.
func (d *doc) classify(ps []piece) {
	for len(ps) > 0 && ps[len(ps)-1].conn {
		ps = ps[:len(ps)-1]
	}
	for len(ps) > 0 && ps[0].conn {
		ps = ps[1:]
	}
	if len(ps) == 0 {
		return
	}
	for _, r := range rulesFor[shapeOf(ps)] {
		if r(d, ps) {
			return
		}
	}
}

// chunkShape is a set of chunk shapes, a bit for each of shapeOf's
// (internal/ruleshape's Shape).
type chunkShape uint32

// rulesFor holds, for each shape, chunkRules less the rules whose opening
// guards refuse that shape (refusedShapes, generated from their source):
// half the chunks are one listed name, which two thirds of the rules turn
// away in their first line.
var rulesFor [numShapes][]func(d *doc, ps []piece) bool

// shapeLabels are the labels of a lone listed name that shapeOf tells
// apart, as internal/ruleshape's Labels (past them, any other label).
var shapeLabels = [...]string{"GPE", "LOC", "ORG", "PERSON", "PLATFORM", "PROGRAM"}

const (
	loneUnitShapes = 2 * (len(shapeLabels) + 1) // short or longer, by label
	numShapes      = loneUnitShapes + 2 + 3*2
)

// shapeOf numbers a chunk's shape as internal/ruleshape's Shapes do: one
// listed name by its length (one token or more) and label, one plain word
// by its length, then two pieces, three or more without a connector and
// three or more with one, each without and with a listed name. The finer
// the shapes, the fewer rules a chunk is asked.
func shapeOf(ps []piece) int {
	if len(ps) == 1 {
		p := ps[0]
		long := 0
		if p.e-p.s != 1 {
			long = 1
		}
		if p.unit == nil {
			return loneUnitShapes + long
		}
		l := 0
		for l < len(shapeLabels) && shapeLabels[l] != p.unit.label {
			l++
		}
		return long*(len(shapeLabels)+1) + l
	}
	unit, conn := 0, false
	for _, p := range ps {
		if p.unit != nil {
			unit = 1
		}
		conn = conn || p.conn
	}
	switch {
	case len(ps) == 2:
		return loneUnitShapes + 2 + unit
	case !conn:
		return loneUnitShapes + 4 + unit
	}
	return loneUnitShapes + 6 + unit
}

// rulesSorted fills rulesFor once, when the first annotator is made: a
// command that annotates nothing does not pay for it.
var rulesSorted sync.Once

// sortRules fills rulesFor, finding each rule's refused shapes by its
// method's name (an anonymous rule refuses none).
func sortRules() {
	for _, r := range chunkRules {
		name := runtime.FuncForPC(reflect.ValueOf(r).Pointer()).Name()
		refused := refusedShapes[name[strings.LastIndexByte(name, '.')+1:]]
		for i := range rulesFor {
			if refused&(1<<i) == 0 {
				rulesFor[i] = append(rulesFor[i], r)
			}
		}
	}
}

func (d *doc) airlineRule(ps []piece) bool {
	if !d.airline(ps) {
		return false
	}
	d.add(ps[0].s, ps[1].e, "ORG", "")
	return true
}

// cueRule labels a chunk whole by cueLabel; an event's name is claimed and
// dropped.
func (d *doc) cueRule(ps []piece) bool {
	if len(ps) == 1 && ps[0].unit == nil && genericHeads.has(d.word(ps[0])) {
		d.claim(ps[0].s, ps[0].e) // "the Commission said": a kind, no name
		return true
	}
	label := d.cueLabel(ps)
	switch label {
	case "":
		return false
	case eventCue:
		d.claim(ps[0].s, ps[len(ps)-1].e)
	default:
		s, e := d.leadingNumber(ps[0].s, label, ps), ps[len(ps)-1].e
		h, _ := d.a.gaz.lookup(d.toks[s:e])
		d.add(s, e, label, h.canonical)
	}
	return true
}

// listBeforeNoun: unknown names joined by connectors before a platform or
// programme noun each name one of that kind.
func (d *doc) listBeforeNoun(ps []piece) bool {
	if hasUnit(ps) || !hasConn(ps) {
		return false
	}
	label := d.contextLabel(ps[0].s, ps[len(ps)-1].e)
	if label != "PROGRAM" && label != "PLATFORM" {
		return false
	}
	if d.pluralOwner(ps) {
		return true // "Orvane Machines' Kessel lander" (news_plat10.go)
	}
	add := func(s, e int) {
		if e-s > 1 || !d.a.demonyms[d.toks[s].text] { // "and the French frigate X": a flag, no name
			d.add(s, e, label, "")
		}
	}
	start := 0
	for i, p := range ps {
		if p.conn && d.toks[p.s].text == "and" && !ps[i-1].conn && i+1 < len(ps) {
			next := i + 1
			if ps[next].conn && d.toks[ps[next].s].text == "the" && next+1 < len(ps) {
				next++ // "the X rifle and the Y carbine"
			}
			if ps[next].conn {
				continue
			}
			add(ps[start].s, ps[i-1].e)
			start = next
		}
	}
	add(ps[start].s, ps[len(ps)-1].e)
	return true
}

// splitPlaces splits a chunk where "on", "to" or "and" stands between
// names of which the one after is a place's ("Port Arden on the Coral
// Sea", "Strait of Hormuz to the Gulf of Oman"); with "and" or "for" the
// name before must be a place's too ("Kettle Reef and Marlow Shoal",
// "left Orvane Sound for Harlow Beach"), with "in" a place's or a known
// place ("off Bali in the Lombok Strait").
func (d *doc) splitPlaces(ps []piece) bool {
	for i := 1; i+1 < len(ps); i++ {
		w := d.toks[ps[i].s].text
		if !ps[i].conn || w != "on" && w != "to" && w != "and" && w != "for" && w != "in" {
			continue
		}
		right := ps[i+1:]
		if right[0].conn && d.toks[right[0].s].text == "the" {
			right = right[1:]
		}
		left := ps[:i]
		leftPlace := d.placeName(left) || len(left) == 1 && left[0].unit != nil && (left[0].unit.label == "LOC" || left[0].unit.label == "GPE")
		if !d.placeName(right) || (w == "and" || w == "for") && !d.placeName(left) || w == "in" && !leftPlace {
			continue
		}
		d.classify(ps[:i])
		d.classify(right)
		return true
	}
	return false
}

// placeName: a run shaped like the name of a place that is no GPE, ending
// in a place word ("Marlow Shoal") or opening with one and "of" ("Gulf
// of Oman"), with no other connector inside ("Law of the Sea" is none).
func (d *doc) placeName(ps []piece) bool {
	if len(ps) < 2 || ps[0].conn || ps[len(ps)-1].conn {
		return false
	}
	ofAt := -1
	if locStarts.has(d.word(ps[0])) && ps[1].conn && d.toks[ps[1].s].text == "of" {
		ofAt = 1
	}
	for i, p := range ps {
		if p.conn && i != ofAt {
			return false
		}
	}
	return ofAt == 1 || locHeads.has(d.word(ps[len(ps)-1]))
}

// airline: "Air Norland", "Norland Air": a country or its demonym with
// "Air" names the country's airline.
func (d *doc) airline(ps []piece) bool {
	if len(ps) != 2 || ps[0].conn || ps[1].conn {
		return false
	}
	country := func(p piece) bool { return p.unit != nil && p.unit.label == "GPE" || d.a.demonyms[d.word(p)] }
	return d.word(ps[0]) == "Air" && country(ps[1]) || d.word(ps[1]) == "Air" && (country(ps[0]) || d.flyingAir(ps[0]))
}

// leadingNumber takes an ordinal before a military unit into its name:
// "3rd Armoured Division", "42 Commando Brigade".
func (d *doc) leadingNumber(s int, label string, ps []piece) int {
	// "the 31st Kessel Expeditionary Unit": "Unit" ends a numbered one too
	if w := d.word(ps[len(ps)-1]); label != "ORG" || s == 0 || !militaryUnits.has(w) && w != "Unit" {
		return s
	}
	if t := d.toks[s-1]; t.kind != tkWord || d.used[s-1] || t.newline || !isNumber(t.text) && !isOrdinal(t.text) {
		return s
	}
	s--
	// "2nd Battalion, 7th Rifle Regiment": the unit and its parent
	if s >= 3 && d.toks[s-1].text == "," && militaryUnits.has(d.toks[s-2].text) && isOrdinal(d.toks[s-3].text) && d.free(s-3, s) {
		s -= 3
	}
	return s
}

func isOrdinal(s string) bool {
	n := strings.TrimRightFunc(s, unicode.IsLetter)
	suf := s[len(n):]
	return n != "" && isNumber(n) && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")
}

// longFormLabel labels the long form of a defined acronym, [s, e): a
// system, missile, vehicle or aircraft named by common words only is a
// platform ("Man-Portable Air Defence System (MANPADS)"), though
// "Systems" also ends companies' names ("Halden Systems"); else its cue
// word says what it is.
func (d *doc) longFormLabel(s, e int) string {
	if d.bodyLongForm(s, e) {
		return "ORG" // "Centre for Airborne Systems (CABS)" (news_orgs9.go)
	}
	if platformHeads.has(d.toks[e-1].text) && e-s >= 2 {
		plain := true
		for i := s; i < e-1 && plain; i++ {
			t := d.toks[i]
			plain = t.kind == tkPunct || isNumber(t.text) || d.commonWord(t.text)
		}
		if plain {
			return "PLATFORM"
		}
	}
	if d.kindLongForm(s, e) {
		return "PLATFORM" // "Fleet Support Ships (FSS)" (news_r25def.go)
	}
	if d.hyphenKind(s, e) {
		return "PLATFORM" // "Ship-to-Shore Connector (SSC)" (news_r26def.go)
	}
	if d.commonLaw(s, e) {
		return "PROGRAM" // "Military Programming Law (MPL)" (news_r25def.go)
	}
	if d.regimeName(d.piecesOf(s, e)) {
		return "PROGRAM"
	}
	if e-s >= 2 && facilityHead(d.toks[e-1].text, d.toks[e-2].text) {
		return "LOC" // "Tarvo Missile Firing Installation (TMFI)" (news_r33fac.go)
	}
	return d.cueLabel(d.piecesOf(s, e))
}

// commonWord: a word the lexicon knows in lower case (a plural too), or a
// connector.
func (d *doc) commonWord(w string) bool {
	if l, ok := lowerShortASCII(w); ok {
		return connectors.has(string(l.b[:l.n])) || d.a.commonWords.has(string(l.b[:l.n])) ||
			l.b[l.n-1] == 's' && d.a.commonWords.has(string(l.b[:l.n-1]))
	}
	l := strings.ToLower(w)
	sing, _ := strings.CutSuffix(l, "s")
	return connectors.has(l) || d.a.commonWords.has(l) || d.a.commonWords.has(sing)
}

// eventCue is what cueLabel says of an event's name: no entity label, and
// the run is dropped.
const eventCue = "event"

// cueLabel labels a chunk whole from its first or last word.
func (d *doc) cueLabel(ps []piece) string {
	names := 0
	for _, p := range ps {
		if !p.conn {
			names++
		}
	}
	if names < 2 {
		return ""
	}
	first := d.word(ps[0])
	if shipPrefixes.has(first) && !ps[1].conn {
		if hasConn(ps) && !d.shipNameOf(ps) {
			return ""
		}
		if d.shoreBase(ps[0].s, ps[len(ps)-1].e) {
			return "LOC"
		}
		return "PLATFORM"
	}
	if !d.joinable(ps) {
		return ""
	}
	// "Halvorsen Institute for Peace Studies": a name that opens with
	// "X Institute for" is the institute's
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i+1].conn || ps[i].conn {
			continue
		}
		if of := d.toks[ps[i+1].s].text; (of == "of" || of == "for") && orgStarts.has(d.word(ps[i])) {
			return "ORG"
		}
		// "Indo-Pacific Partnership for Maritime Domain Awareness"
		if of := d.toks[ps[i+1].s].text; of == "for" && programStarts.has(d.word(ps[i])) {
			return "PROGRAM"
		}
		break
	}
	// "Agreement Concerning the ...": a programme's long title
	if programStarts.has(first) && linkWords.has(d.word(ps[1])) {
		return "PROGRAM"
	}
	if ps[1].conn {
		if of := d.toks[ps[1].s].text; of == "of" || of == "for" || of == "on" {
			switch {
			case orgStarts.has(first):
				return "ORG"
			case programStarts.has(first) && !instituteHeads23.has(d.word(ps[len(ps)-1])):
				return "PROGRAM" // "Conference of Kessel Associations Institute" is a body's (news_r23def.go)
			case locStarts.has(first) && !orgHeads.has(d.word(ps[len(ps)-1])):
				return "LOC"
			}
		}
	} else {
		switch {
		case programOpeners.has(first):
			return "PROGRAM"
		case locOpeners.has(first):
			return "LOC"
		}
	}
	last := len(ps) - 1
	if isNumber(d.word(ps[last])) {
		last--
	}
	head := d.word(ps[last])
	switch {
	case orgHeads.has(head):
		return "ORG"
	case programHeads.has(head):
		return "PROGRAM"
	case head == "Base" && last > 0 && d.word(ps[last-1]) == "Industrial":
		// "the Submarine Industrial Base program": an economy's base, no
		// place; a programme when a programme's noun follows
		if e := ps[len(ps)-1].e; e < len(d.toks) && programNouns.has(strings.ToLower(d.toks[e].text)) {
			return "PROGRAM"
		}
		return eventCue
	case locHeads.has(head):
		return "LOC"
	case head == "City" && last > 0 && zoneWords.has(d.word(ps[last-1])):
		return "LOC" // "Tarvo Industrial City", "Kessel Media City": a zone, no polity
	case gpeHeads.has(head):
		return "GPE"
	case eventHeads.has(head) && !ps[last].conn:
		return eventCue
	}
	return ""
}

// joinable reports whether a chunk's connectors may hold one name together.
// They may not when "and" follows a complete name ("Armoured Division and
// Marines"), joins a list ("Norlan, Vextra and Sea-Gate Technologies"), or
// comes with "the" ("HMS Valiant and the French Navy"), nor when a person's
// name comes first ("Ilsa Brandt of the Harbour Policy Forum").
func (d *doc) joinable(ps []piece) bool {
	if !hasConn(ps) {
		return true
	}
	first := 0
	for first < len(ps) && !ps[first].conn {
		first++
	}
	if d.a.givenNames.has(d.word(ps[0])) && d.personLen(ps[:first]) == first && first >= 2 {
		return false
	}
	// "from Portsmouth for the Carrier Strike Group": a place alone opens
	// no name with "for", "to" or "from" ("Centre for X" is no place)
	if u := ps[0].unit; first == 1 && u != nil && (u.label == "GPE" || u.label == "LOC") && placeLinks.has(d.toks[ps[1].s].text) {
		return false
	}
	// "the Eurofighter Typhoon in Royal Air Force service": a listed
	// platform's or person's name goes on with no connector
	if u := ps[0].unit; first == 1 && u != nil && (u.label == "PLATFORM" || u.label == "PERSON") {
		return false
	}
	s := ps[0].s
	// "a tram line from Kralingen to the Erasmus Medical Center": a route's
	// two ends
	if first < len(ps) && s > 0 && d.toks[s-1].text == "from" && d.toks[ps[first].s].text == "to" {
		return false
	}
	listed := s > 0 && d.toks[s-1].text == ","
	for i, p := range ps {
		if d.siteInTown(ps, i) {
			return false
		}
		if !p.conn || d.toks[p.s].text != "and" {
			continue
		}
		if listed || i+1 < len(ps) && d.toks[ps[i+1].s].text == "the" {
			return false
		}
		// "Mount Olden and Mount Arlo", "Mont Arlo and Mt Olden": two names of one kind
		if i+1 < len(ps) && d.word(ps[i+1]) != "" && (d.word(ps[i+1]) == d.word(ps[0]) || locOpeners.has(d.word(ps[i+1])) && locOpeners.has(d.word(ps[0]))) {
			return false
		}
		// "Camp Pendleton and Twentynine Palms", "Fort Worth and Dallas":
		// a place opened by its kind ends before "and"
		if locOpeners.has(d.word(ps[0])) && i >= 2 {
			return false
		}
		// a complete name before "and" and a single word after it
		if prev := ps[i-1]; (prev.unit != nil || orgHeads.has(d.word(prev)) || programHeads.has(d.word(prev))) && len(ps)-i <= 2 {
			return false
		}
	}
	return true
}

// placeSurname: two or three name words no list knows and then a town's
// name make a person's name, the town's name the surname ("Thandiwe Nkosi
// Durban", "Samia Suluhu Hassan"): a place is not written after unknown
// name words with nothing between. A country is no surname, and a
// company's national unit opens with a known name ("Pfizer Brazil"). It
// returns how many pieces the name takes, or 0.
func (d *doc) placeSurname(ps []piece) int {
	n := 0
	for n < len(ps) && n < 3 && ps[n].unit == nil && d.personWord(ps[n]) && d.a.uncommon(d.word(ps[n])) {
		n++
	}
	if n < 2 || n >= len(ps) || !d.surnameUnit(ps[n]) || d.a.countries[ps[n].unit.canonical] {
		return 0
	}
	return n + 1
}

// placeCompany: a place's name and a common word, the pair acting as a
// company does, name a company ("Kenya Power said", "Orvania Post
// announced", "Tarvel Water's chief"): a person's given name is no place
// with a common word after it. A river's or a region's name (LOC) does
// so with a trade's word only ("the Orvane Valley's farms" is a place).
func (d *doc) placeCompany(ps []piece) bool {
	if len(ps) != 2 || ps[0].unit == nil || ps[0].unit.label != "GPE" && ps[0].unit.label != "LOC" || ps[0].e-ps[0].s != 1 || ps[1].unit != nil || ps[1].conn {
		return false
	}
	w := d.word(ps[1])
	// round 15: a river's or a sea's name and a trade's word, a utility
	// named for its water ("Orvane Water's bills", "Kessel Ferries said")
	if ps[0].unit.label == "LOC" && !featureTrades15.has(w) {
		return false
	}
	if !isCapitalised(w) || !d.commonWord(w) || d.a.uncommon(w) || titleWords.has(w) || d.a.demonyms[w] || locHeads.has(w) || gpeHeads.has(w) || eventHeads.has(w) || programHeads.has(w) {
		return false
	}
	e := ps[1].e
	if e >= len(d.toks) || d.toks[e].newline {
		return false
	}
	next := d.toks[e].text
	// "the state's Tarvel Electricity utility": a body's kind after it too
	if !(personVerbs.has(next) || orgVerbs.has(next) || orgAfter.has(next) || d.toks[e].kind == tkPossessive || orgNouns.has(next) || bodyKindNouns.has(next)) {
		return false
	}
	return d.add(ps[0].s, e, "ORG", "")
}

// bodyOfPlace: a name ending in an organisation's head, "of" and a listed
// country or province are one organisation ("the National Petroleum
// Corporation of Namibia", "the Kessel Energy Authority of Orvania"); a
// city after it is the company's town, as contract notices write it.
func (d *doc) bodyOfPlace(ps []piece) bool {
	n := len(ps)
	if n < 3 || !ps[n-2].conn || d.toks[ps[n-2].s].text != "of" || ps[n-1].unit == nil || ps[n-1].unit.label != "GPE" ||
		d.a.cities[ps[n-1].unit.canonical] || hasConn(ps[:n-2]) || !orgHeads.has(d.word(ps[n-3])) {
		return false // "Hyundai Rotem Company of Changwon": a company and its town
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// bodyAndField: a listed body whose name opens with its kind and "of"
// ("Ministry of Tourism"), "and" and one or two more capitalised words that
// no list names, ending the run, are one longer name: "the Ministry of
// Tourism and Antiquities", "the Department of Science and Technology"; so
// are a listed body ending in its head, "on" and its field ("the European
// Council on Foreign Relations").
func (d *doc) bodyAndField(ps []piece) bool {
	i := slices.IndexFunc(ps, func(p piece) bool { return p.conn })
	if i < 1 || len(ps)-i-1 < 1 {
		return false
	}
	left, right := ps[:i], ps[i+1:]
	switch d.toks[ps[i].s].text {
	case "and":
		u := left[0]
		if len(left) != 1 || u.unit == nil || u.unit.label != "ORG" || len(right) > 2 || hasUnit(right) || hasConn(right) ||
			u.e-u.s < 3 || !orgStarts.has(d.toks[u.s].text) || d.toks[u.s+1].text != "of" || !d.fieldWords(right) {
			return false
		}
	case "of":
		// "the Ministry of Infrastructure and Transport": the same with a
		// body no list names, a field of one or two words on each side
		j := slices.IndexFunc(right, func(p piece) bool { return p.conn })
		if i != 1 || j < 1 || j > 2 || d.toks[right[j].s].text != "and" || len(right)-j-1 < 1 || len(right)-j-1 > 2 ||
			hasConn(right[j+1:]) || hasUnit(ps) || !orgStarts.has(d.word(ps[0])) || !d.fieldWords(right[j+1:]) {
			return false
		}
	case "on":
		// "the European Council on Foreign Relations", "the Kessel
		// Commission on Human Rights"
		if last := left[len(left)-1]; len(right) > 3 || hasUnit(right) || hasConn(right) || !orgHeads.has(d.toks[last.e-1].text) || last.unit != nil && last.unit.label != "ORG" {
			return false
		}
	default:
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", "")
}

// fieldWords: the words after a body's "and" are its field's, no second
// body's or person's ("and Transport", "and Mines"; not "and Kessel
// Dynamics", "and Anna Kessel"): a field of one word may be a company's
// head word too ("Energy").
func (d *doc) fieldWords(ps []piece) bool {
	for k, p := range ps {
		if w := d.word(p); d.a.givenNames.has(w) || k > 0 && (orgHeads.has(w) || legalSuffixes.has(w)) {
			return false
		}
	}
	return true
}

// personOfBody: a person's name from a given name on, "of" (and "the"),
// and an organisation's name ("Ilsa Brandt of the Kessel Institute of
// Technology", "Dr Ann Okafor of Tarvel University") are a person and the
// organisation, each read whole; words before the given name are read on
// their own ("Astronomer").
func (d *doc) personOfBody(ps []piece) bool {
	of := slices.IndexFunc(ps, func(p piece) bool { return p.conn })
	if of < 1 || d.toks[ps[of].s].text != "of" {
		return false
	}
	left, right := ps[:of], ps[of+1:]
	if len(right) > 0 && right[0].conn && d.toks[right[0].s].text == "the" {
		right = right[1:]
	}
	body := false
	for _, p := range right {
		w := d.word(p)
		body = body || p.unit != nil && p.unit.label == "ORG" || orgHeads.has(w) || groupHeads.has(w)
		if t := d.toks[p.s].text; p.conn && t != "of" && t != "for" && t != "on" && t != "the" {
			return false // "and", "in": two names or a place
		}
	}
	if !body {
		return false
	}
	for k := 0; k+2 <= len(left); k++ {
		// words before the given name: a title, or an occupation opening
		// the sentence ("Astronomer Sara Seager"); "said Rosy Auguste
		// Ducéna" is one name
		if k > 0 && !titleWords.has(d.word(left[k-1])) && !(k == 1 && d.toks[left[0].s].sentStart && d.occupationWord(d.word(left[0]))) {
			break
		}
		if left[k].unit == nil && d.a.givenNames.has(d.word(left[k])) && d.personLen(left[k:]) == len(left)-k {
			d.classify(left[:k])
			d.classify(left[k:])
			d.classify(right)
			return true
		}
	}
	// "Thitinan Pongsudhirak of Chulalongkorn University", "Rosy Auguste
	// Ducéna of the X Network": name words no lexicon knows, the first
	// perhaps a word too, are a person's
	if !hasUnit(left) && d.personLen(left) == len(left) && !slices.ContainsFunc(left[1:], func(p piece) bool { return !d.a.uncommon(d.word(p)) }) &&
		(len(left) >= 2 || d.a.uncommon(d.word(left[0]))) {
		if len(left) >= 2 {
			d.addPerson(left[0].s, left[len(left)-1].e)
		} else {
			d.classify(left)
		}
		d.classify(right)
		return true
	}
	return false
}

// datelineOutlet: a name in brackets before a dash is the outlet or
// agency of a dateline ("OSLO (Tarvel Wire) — The ministry said").
func (d *doc) datelineOutlet(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if s == 0 || e+1 >= len(t) || t[s-1].text != "(" || t[e].text != ")" || t[e+1].text != "—" && t[e+1].text != "–" && t[e+1].text != "-" || d.a.givenNames.has(t[s].text) {
		return false
	}
	h, _ := d.a.gaz.lookup(t[s:e])
	return d.add(s, e, "ORG", h.canonical)
}

// datelinePlace: a name written in capitals that opens the text or a
// paragraph, before a dash, a comma or a bracket, is the dateline's place
// ("POZA RICA, Mexico —", "GIZA (Nile Post) —"); a listed organisation
// opens no dateline.
func (d *doc) datelinePlace(ps []piece) bool {
	s, e := ps[0].s, ps[len(ps)-1].e
	t := d.toks
	if s > 0 && !t[s].newline || e >= len(t) || len(ps) > 3 || hasConn(ps) || d.orig == "" {
		return false
	}
	if next := t[e].text; next != "—" && next != "–" && next != "-" && next != "," && next != "(" && !d.colonDateline(ps) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil && p.unit.label != "GPE" && p.unit.label != "LOC" {
			return false
		}
	}
	// "PS -": a postscript's or another abbreviation's letters open no dateline
	if w := d.orig[t[s].start:t[e-1].end]; strings.ToUpper(w) != w || !strings.ContainsFunc(w, unicode.IsLetter) || len(w) < 4 || genericAcronyms.has(w) {
		return false
	}
	h, _ := d.a.gaz.lookup(t[s:e])
	return d.add(s, e, "GPE", h.canonical)
}

// corporateTail: a company of the lists and its corporate tail words are
// one name ("ASML Holding NV", "ING Groep").
func (d *doc) corporateTail(ps []piece) bool {
	if len(ps) < 2 || len(ps) > 3 || ps[0].unit == nil || ps[0].unit.label != "ORG" || operator(ps[0].unit.canonical) ||
		slices.ContainsFunc(ps[1:], func(p piece) bool { w := d.word(p); return !corporateTails.has(w) && !legalSuffixes.has(w) }) {
		return false
	}
	return d.add(ps[0].s, ps[len(ps)-1].e, "ORG", ps[0].unit.canonical)
}

// nationalArm: a company of the lists and a country's name after it are
// the company's arm in that country or region, one organisation ("BAE
// Systems Australia", "Samsung India", "Kessel Systems North America",
// "Kessel Motor India", "Tarvel Bank Romania": up to two plain words of
// the arm's between them); a body
// that uses platforms is no company ("Indian Navy Australia" is no name),
// and two sides before a war or talks are two. A country's name before
// a listed public body is flaggedBody's (news_plat12.go).
func (d *doc) nationalArm(ps []piece) bool {
	n := len(ps)
	if n < 2 || n > 4 || ps[0].unit == nil || ps[n-1].unit == nil {
		return false
	}
	if e := ps[n-1].e; e < len(d.toks) && pairNouns.has(d.toks[e].text) {
		return false // "the Hamas Israel war": two sides
	}
	if ps[0].unit.label != "ORG" || operator(ps[0].unit.canonical) || operator(d.surface(ps[0].s, ps[0].e)) ||
		!d.armPlace(ps[n-1].unit) || !d.armWords(ps[1:n-1]) {
		return false
	}
	return d.add(ps[0].s, ps[n-1].e, "ORG", "")
}

// armPlace: a listed place a company's arm is named after: a country, a
// home nation, or a continent's region ("Kessel Systems North America",
// r19def).
func (d *doc) armPlace(u *unit) bool {
	switch u.label {
	case "GPE":
		return d.a.countries[u.canonical] || homeNations.has(u.canonical)
	case "LOC":
		return armRegions19.has(u.canonical)
	}
	return false
}

// classifyPlain handles a chunk without connectors and without a cue.
func (d *doc) classifyPlain(ps []piece) {
	if len(ps) == 0 {
		return
	}
	// "Ilsa Brandt", "James Denver": a given name and a surname
	if ps[0].unit == nil && d.a.givenNames.has(d.word(ps[0])) && len(ps) >= 2 {
		n := 1
		for n < len(ps) && n < 4 && (d.personWord(ps[n]) || d.surnameUnit(ps[n])) {
			// "By Ruth Ackroyd Local Democracy Reporter": common words
			// before a title word are the title's
			if n >= 2 && d.commonWord(d.word(ps[n])) && slices.ContainsFunc(ps[n:], func(p piece) bool { return titleWords.has(d.word(p)) }) {
				break
			}
			n++
		}
		if n < len(ps) && nameSuffixes.has(d.word(ps[n])) {
			n++
		}
		if n >= 2 {
			d.addPerson(ps[0].s, ps[n-1].e)
			d.classifyPlain(ps[n:])
			return
		}
	}
	if n := d.placeSurname(ps); n > 0 {
		d.addPerson(ps[0].s, ps[n-1].e)
		d.classifyPlain(ps[n:])
		return
	}
	for i, p := range ps {
		// "LCA Tejas", "MRAP Cougar": an unknown acronym, the type's, before
		// a listed platform's name
		if i > 0 && p.unit != nil && p.unit.label == "PLATFORM" && ps[i-1].unit == nil && bareInitials(d.word(ps[i-1])) && !genericAcronyms.has(d.word(ps[i-1])) {
			d.classifyPlain(ps[:i-1])
			d.add(ps[i-1].s, p.e, "PLATFORM", p.unit.canonical)
			d.classifyPlain(ps[i+1:])
			return
		}
		// "Royal Thai Army ATMOS howitzers", "the Indian Navy Kalvari
		// boats": an armed service, listed or by its head word, and the
		// name of the platforms it uses
		listed := p.unit != nil && p.unit.label == "ORG" && operator(p.unit.canonical)
		if (listed || i > 0 && p.unit == nil && operatorHeads.has(d.word(p)) && !hasUnit(ps[:i])) && i+1 < len(ps) && !hasUnit(ps[i+1:]) && !hasConn(ps) &&
			followedBy(d.toks, ps[len(ps)-1].e, platformModifiers, platformNouns) {
			if listed {
				d.classifyPlain(ps[:i])
				d.addUnit(p)
			} else {
				d.add(ps[0].s, p.e, "ORG", "")
			}
			d.add(ps[i+1].s, ps[len(ps)-1].e, "PLATFORM", "")
			return
		}
		// "RAF Typhoons": an operator and its listed platforms
		if p.unit != nil && p.unit.label == "ORG" && operator(p.unit.canonical) && i+2 == len(ps) && ps[i+1].unit == nil && ps[i+1].e-ps[i+1].s == 1 {
			if _, cut := d.listedPlural(ps[i+1].s); cut > 0 {
				d.classifyPlain(ps[:i])
				d.addUnit(p)
				d.addListedPlural(ps[i+1].s)
				return
			}
		}
		// "Airbus A321neo", "Embraer E195-E2": a maker and its model (in
		// the plural too, "Airbus A321LRs": trimPlurals cuts the s)
		// "a Qantas A380": an airline or an air force flies the model,
		// another company made it
		maker := false
		if p.unit != nil && p.unit.label == "ORG" && !d.a.airlines[p.unit.canonical] && !operator(p.unit.canonical) && i+1 < len(ps) && ps[i+1].unit == nil {
			next := strings.TrimSuffix(d.word(ps[i+1]), "s")
			maker = isModel(next) || makerCode(next)
		}
		// "F-16s": a designator in the plural (trimPlurals cuts the s)
		isPlatform := p.unit != nil && p.unit.label == "PLATFORM" || p.unit == nil && isDesignator(strings.TrimSuffix(d.word(p), "s")) || maker
		if !isPlatform {
			continue
		}
		j := i + 1
		if maker {
			j++
		}
		for j < len(ps) && ps[j].unit == nil && isDesignator(d.word(ps[j])) {
			j++
		}
		// "P-8I Poseidon", "F/A-18F Super Hornet": a designator and the name a
		// list knows for it
		if j+1 == len(ps) && !maker && p.unit == nil && ps[j].unit != nil && ps[j].unit.label == "PLATFORM" && ps[j].e-ps[j].s <= 2 {
			j++
		}
		// "Harrier Mk2", "Sea King Mk4": a mark belongs to the name before
		// it; "MQ-4C Triton": a designator's own name may follow it
		if p.unit == nil && markDesignator(d.word(p)) {
			for i > 0 && ps[i-1].unit == nil && (d.personWord(ps[i-1]) || acronymLike(d.word(ps[i-1]))) {
				i--
			}
		} else if j < len(ps) && j+1 == len(ps) && ps[j].unit == nil && d.personWord(ps[j]) && !d.a.givenNames.has(d.word(ps[j])) {
			j++
		}
		p = ps[i]
		d.classify(ps[:i]) // "Indonesian Air Force F-16s": the operator's name by every rule
		if j == i+1 && p.unit != nil && !maker {
			d.addUnit(p)
		} else {
			h, _ := d.a.gaz.lookup(d.toks[p.s:ps[j-1].e])
			d.add(p.s, ps[j-1].e, "PLATFORM", h.canonical)
		}
		d.classifyPlain(ps[j:])
		return
	}
	for i, p := range ps {
		if p.unit == nil {
			continue
		}
		// "Horizon Prime": a listed programme's named offshoot
		if p.unit.label == "PROGRAM" && i+1 < len(ps) && ps[i+1].unit == nil && d.personWord(ps[i+1]) {
			d.leftover(ps[:i])
			d.add(p.s, ps[i+1].e, "PROGRAM", "")
			d.classifyPlain(ps[i+2:])
			return
		}
		// "North Wales", "Upper Normandy": a part of a place is a place; of
		// a state a region, LOC (news_r23news.go)
		if i > 0 && placeParts.has(d.word(ps[i-1])) && (p.unit.label == "GPE" || p.unit.label == "LOC") {
			d.leftover(ps[:i-1])
			d.add(ps[i-1].s, p.e, d.partLabel(ps[i-1], p), "")
			d.classifyPlain(ps[i+1:])
			return
		}
		d.leftover(ps[:i])
		d.addUnit(p)
		d.classifyPlain(ps[i+1:])
		return
	}
	d.leftover(ps)
}

// isDesignator matches platform designators: "F-35A", "F135", "C-130J",
// "Mk4", "M1A2", "Su-30MKI". Letters and digits without a hyphen need a
// short prefix so that "COP28" or "G20" style names stay out.
func isDesignator(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.HasPrefix(w, "FY") {
		return false // "FY2025" is a fiscal year
	}
	i := 0
	for i < len(w) && (w[i] >= 'A' && w[i] <= 'Z' || w[i] >= 'a' && w[i] <= 'z') {
		i++
	}
	prefix := i
	hyphen := i < len(w) && w[i] == '-'
	serial := hyphen && prefix >= 2 && serialLetter(w[i+1:])
	if hyphen {
		i++
	}
	if serial {
		i++ // "HTV-X1", "GSLV-F16"
	}
	// a number with a leading zero or of five digits and more is a
	// contract's or a part's ("N00019", "C-0020", "P00012")
	if i >= len(w) || w[i] < '1' || w[i] > '9' || digitsAt(w, i) > 4 {
		return false
	}
	if !hyphen && prefix > 2 || prefix > 3 && !(serial && prefix == 4) || w[0] == 'Q' && prefix == 1 || w[0] == 'H' && prefix == 1 && len(w) == 2 {
		return false
	}
	letters, run := false, 0
	for ; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters = true
			run++
		case c == '-' && letters:
			return false // "W56HZV-24": a contract's office code and year
		case !(c >= '0' && c <= '9' || c == '-'):
			return false
		default:
			run = 0
		}
		// "W56HZV": three letters after the number need the hyphen
		// designators write before it ("Su-30MKI")
		if run >= 3 && !hyphen {
			return false
		}
	}
	return true
}

// isModel: a designator, or a model number with a lower-case variant
// ("A321neo", "A320ceo") or a family's mark ("A321XLR").
func isModel(w string) bool {
	base := strings.TrimRightFunc(w, unicode.IsLower)
	return isDesignator(w) || base != w && len(w)-len(base) <= 4 && isDesignator(base) && isNumber(base[len(base)-1:]) || familyModel(w)
}

// makerCode: the code a maker gives a model after its name, capitals,
// digits and a variant in capitals, and a series after a hyphen ("Airbus
// A321XLR", "Bombardier CRJ900", "Embraer E175LR", "Airbus A350-1000ULR"),
// which isDesignator alone leaves to contract codes.
func makerCode(w string) bool {
	upper := func(i int) bool { return i < len(w) && w[i] >= 'A' && w[i] <= 'Z' }
	digits := func(i int) int {
		j := i
		for j < len(w) && w[j] >= '0' && w[j] <= '9' {
			j++
		}
		return j
	}
	i := 0
	for upper(i) {
		i++
	}
	j := digits(i)
	if i < 1 || i > 3 || j == i || j-i > 4 || w[i] == '0' {
		return false
	}
	if j < len(w) && w[j] == '-' {
		if k := digits(j + 1); k > j+1 && k-j-1 <= 4 {
			j = k
		}
	}
	k := j
	for upper(k) {
		k++
	}
	return k == len(w) && k-j <= 3
}

// markDesignator: "Mk4", "Mk2A", "MkIV", a version of a named platform.
func markDesignator(w string) bool {
	w = strings.Replace(w, "Mk-", "Mk", 1) // "Mk-1A"
	return strings.HasPrefix(w, "Mk") && len(w) > 2 && (w[2] >= '0' && w[2] <= '9' || w[2] == 'I' || w[2] == 'V')
}

// shoreBase: navies name shore establishments as ships ("INS Hansa"); the
// text says which it is, in an apposition ("INS Hansa, the naval air
// station") or a noun before it ("the naval base HMAS Stirling").
func (d *doc) shoreBase(s, e int) bool {
	toks := d.toks
	if s > 0 && toks[s-1].text == "at" {
		return true // "submarines call at HMAS Orvane": ships are boarded, bases visited (places8)
	}
	// "base them at HMAS Orvane": the noun or verb up to three words before
	for k := s - 1; k >= 0 && k >= s-3 && toks[k].kind == tkWord; k-- {
		if shoreBaseNouns.has(toks[k].text) {
			return true
		}
	}
	// "HMAS Orvane, the navy's largest base": the apposition's noun, past
	// a possessive
	if e+1 < len(toks) && toks[e].text == "," {
		for k, words := e+1, 0; k < len(toks) && words < 4 && (toks[k].kind == tkWord || isApostrophe([]rune(toks[k].text)[0])) && !toks[k].newline; k++ {
			if toks[k].kind == tkWord && toks[k].text != "s" {
				words++
			}
			if shoreBaseNouns.has(toks[k].text) {
				return true
			}
		}
	}
	return false
}

// findModelNumbers reads aircraft and vehicle models written with digits,
// which the chunker, reading capitalised words, cannot: a maker and its
// model ("Boeing 777", "Embraer 190"), or a model with its variant and
// family name ("747-8 Freighter", "787-9 Dreamliner") or its family's mark
// ("737 MAX", "737 Max"), with the maker before it when there is one.
func (d *doc) findModelNumbers() {
	toks := d.toks
	for i := 0; i < len(toks); i++ {
		if !modelNumber(toks[i].text) || toks[i].glued || d.used[i] {
			if e := d.seriesModel(i); e > i {
				i = e - 1
			}
			continue
		}
		e := i + 1
		// "150-200": two round numbers are a range
		variant := gluedHyphen(toks, e) && modelSuffix(toks[e+1].text) &&
			!(strings.HasSuffix(toks[i].text, "0") && strings.HasSuffix(toks[e+1].text, "0"))
		if variant {
			e += 2
		}
		s := d.makerBefore(i)
		// "a Qantas 787-9": an airline or a service owns the aircraft,
		// outside its name; a club before a score owns none ("the Knicks
		// 112-104")
		owner := false
		if s < i && !d.modelMaker(s, i) {
			owner = d.a.airlines[d.units[s].canonical] || operator(d.units[s].canonical)
			s = i
		}
		family := e
		for family < len(toks) && family < e+2 && !toks[family].newline && d.isName(family) && !d.a.givenNames.has(toks[family].text) && d.units[family] == nil {
			family++
		}
		if s == i && !(variant && (family > e || owner)) && !(family > e && familyMarks.has(strings.ToUpper(toks[e].text))) && !d.ownedModel(i, variant) && !d.bareJetliner(i, e, variant) || !d.free(s, family) {
			continue
		}
		family = d.familyNumber(e, family)
		// "the Nikkei 225": a newspaper's index, no model
		if s < i && d.a.stockIndices[d.surface(s, i+1)] {
			d.claim(s, i+1)
			continue
		}
		d.add(s, family, "PLATFORM", "")
		i = family - 1
	}
}

// makerBefore returns where the maker named just before token i starts
// (an organisation of the gazetteer: "Boeing", "Airbus"), or i if none is.
func (d *doc) makerBefore(i int) int {
	if i == 0 || d.toks[i].newline {
		return i
	}
	for s := i - 1; s >= 0 && s >= i-d.maxUnit; s-- {
		if u, ok := d.unitAt(s); ok && u.end == i && u.label == "ORG" {
			return s
		}
	}
	return i
}

// modelNumber: a model written as three digits ("747", "190"), perhaps
// with a family's capital ("777X"); longer numbers are years and amounts,
// round hundreds counts ("Boeing 200 jobs").
func modelNumber(w string) bool {
	w = strings.TrimSuffix(w, "s") // "Boeing 737s": trimPlurals cuts the s
	if len(w) == 4 && w[3] >= 'A' && w[3] <= 'Z' {
		w = w[:3] // "Boeing 777X": a family's letter
	}
	return len(w) == 3 && isNumber(w) && w[0] != '0' && w[1:] != "00"
}

// modelSuffix: a variant after a model's hyphen, digits and perhaps
// capitals ("8", "300ER", "8200").
func modelSuffix(w string) bool {
	w = strings.TrimSuffix(w, "s") // "787-9s": trimPlurals cuts the s
	digits := strings.TrimRight(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	return digits != "" && len(digits) <= 4 && strings.Trim(digits, "0123456789") == "" && len(w)-len(digits) <= 3
}

// prefixedWord joins a Latin prefix, its hyphen and the word after it into
// one piece ("Trans-Pacific", "Inter-Services") and reads the chunk again,
// so that the hyphen splits no name.
func (d *doc) prefixedWord(ps []piece) bool {
	for i := 0; i+2 < len(ps); i++ {
		if !hyphenPrefixes.has(d.word(ps[i])) || !ps[i+1].conn || d.toks[ps[i+1].s].text != "-" || ps[i+2].conn {
			continue
		}
		// a listed name after the hyphen is another name now ("Pacific
		// Partnership" in "Trans-Pacific Partnership"): its words go on
		joined := append(slices.Clone(ps[:i]), piece{s: ps[i].s, e: ps[i+2].s + 1})
		for k := ps[i+2].s + 1; k < ps[i+2].e; k++ {
			joined = append(joined, piece{s: k, e: k + 1})
		}
		d.classify(append(joined, ps[i+3:]...))
		return true
	}
	return false
}
