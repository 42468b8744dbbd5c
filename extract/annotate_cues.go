package extract

// Cue words: the context rules of the annotator. These are rules of English
// naming, not knowledge of particular things (that lives in
// configs/gazetteer/): an organisation's name ends in Ministry or Limited, a
// programme's in Initiative or Scheme, a person's name follows a title.

// orgHeads end organisation names: "Anduril Industries", "Eastern Naval
// Command", "Javelin Joint Venture"; also parties ("Liberal Democrats"),
// small businesses ("Farrell Electric"), teams ("Harbor City United") and
// newspapers ("Midland Chronicle").
var orgHeads = wordSet(`Ministry Department Limited Ltd Ltd. Pvt Industries Group Institute Council Agency
	Organisation Organization Corporation Corp. Corp Company Co. Inc. Inc LLC PLC Plc Technologies Electronics
	Microelectronics Aerospace Systems Solutions Foundation Forum Roundtable Command Navy Army Force Guard Corps
	Regiment Division Battalion Brigade Fleet Squadron Wing Committee Cabinet Alliance University College Centre
	Center Bureau Office Commission Authority Bank Society Association Party Times Post Herald Journal Tribune
	Unit Team Staff Diet Parliament Congress Assembly Senate Sabha Secretariat Directorate Board Venture Labs
	Laboratory Laboratories Shipyard Shipbuilders Dockyard Motors Airlines Holdings Partners Ventures Nations
	Union Academy School Trust Service Services Enterprises Dynamics Robotics Semiconductor Semiconductors
	Networks Communications Instruments Works Police Rifles Marines Court Tribunal Hospital Hospitals Club Studios
	Press News Airways Railway Railways Museum Broadcasting Network Exchange Agencies Ministries LLP plc AG GmbH
	S.A. N.V. L.P. Film Films Pictures Records Energy Investors Capital Media Magazine Gazette Courant Brands
	Foods Pharmaceuticals Pharma Insurance Church Computers Consultants Associates Securities Airline Cruises
	Resorts Restaurant Restaurants Hotel Hotels Grill Cafe Café Casino Brewery Bancorp Bankshares Logistics
	Telecom Petroleum Chemicals Steel Mining Textiles Software Administration Administrations
	Democrats Republicans Socialists Communists Conservatives Liberals
	Electric Electrical Tire Tires Chiropractic Dental Plumbing Roofing Construction Contractors Landscaping
	Bakery Bagels Pizza Realty Salon Clinic Pharmacy
	United FC F.C. Rovers Wanderers Athletic
	Telegraph Guardian Chronicle Observer Mirror Dispatch Inquirer Sentinel Examiner`)

// legalSuffixes end a company's name, after a comma too: "Marvel
// Consultants, Inc.", "Holland & Hart, LLP", "Barclays plc".
var legalSuffixes = wordSet(`Inc. Inc LLC LLP Ltd. Ltd PLC plc Corp. Corp Co. AG GmbH S.A. SA N.V. NV L.P. LP`)

// orgStarts open organisation names when "of" or "for" follows:
// "Ministry of Defence", "Government of Gujarat".
var orgStarts = wordSet(`Ministry Department Government University Institute Bank Office Council Board Bureau
	Embassy Consulate Academy School College Headquarters Directorate Commission Agency Court House Chamber
	Federation Association Society Armed Centre Center`)

// programHeads end programme names: "India Semiconductor Mission",
// "Technology Development Fund", "Quad Leaders’ Summit".
var programHeads = wordSet(`Initiative Initiatives Programme Program Mission Scheme Dialogue Framework Fund
	Agreement Arrangement Accord Treaty Pact Summit Challenge Procedure Policy Strategy Roadmap Plan Memorandum
	Ecosystem Corridor List Lists Incentive Meeting Conference Campaign Project Declaration Charter Act Yojana
	Abhiyan Partnership Compact Accelerator Hackathon Olympiad Expo`)

// programStarts open programme names: "Initiative on ...", "Framework for
// ...", "Operation Sindoor", "Exercise Malabar", "Mission 500".
var programStarts = wordSet(`Initiative Programme Program Framework Roadmap Memorandum Agreement Treaty Scheme
	Mission Operation Exercise Dialogue Strategy Plan Policy Conference Summit Fund Charter Declaration Project`)

// locHeads end names of places that are not GPEs.
var locHeads = wordSet(`Ocean Sea Gulf Bay Strait Straits Shoal Reef Island Islands Archipelago Peninsula Range
	Area Region Valley Desert Mountains Hills River Lake Canal Channel Pass Plateau Base Airfield Glacier Atoll
	Square Street Road Avenue Lane Park Garden Gardens Delta Circuit Bridge Airport Stadium Palace Castle
	Cathedral Abbey Temple Mosque`)

// eventHeads end names of events, which are no entity ("Davis Cup",
// "Olympic Games", "Trojan War"); such a run is not read as a person.
var eventHeads = wordSet(`Cup Games Olympics Championship Championships Show Festival War Wars Awards Award
	Prize Tournament Marathon Grand Prix Open Series Expo`)

// placeParts before a place's name make the name of a part of it: "East
// Africa", "Upper Egypt", "Greater Manchester".
var placeParts = wordSet(`North South East West Northern Southern Eastern Western Central Upper Lower Greater
	Great Inner Outer`)

// placeNameStarts open names of towns and places in Romance languages:
// "Punta Rasa", "San Fernando", "Porto Alegre"; inside a run of unknown
// words they mark a place, not a person.
var placeNameStarts = wordSet(`San Santa Santo São Sao Monte Punta Villa Casa Puerto Porto Rio Río Lago Isla
	Costa Ciudad Sesto Bahía Bahia Cerro Sierra`)

// locStarts open such names: "Bay of Bengal", "Fort Wainwright".
var locStarts = wordSet(`Bay Gulf Strait Sea Straits Isle Cape Mount Lake Fort Camp Port`)

// gpeHeads end names of cities and districts: "Quezon City".
var gpeHeads = wordSet(`City Prefecture District County Province Municipality Oblast Krai Governorate Township
	Borough Parish Emirate Principality Canton Voivodeship`)

// titleWords make up titles before a name ("U.S. Defense Secretary",
// "Chief of the Naval Staff Admiral"); titleHeads are those that may end one.
var titleWords = wordSet(`Prime Minister Ministers Secretary Deputy Vice Chief Executive Officer President
	Ambassador General Gen Gen. Lt Lt. Lieutenant Admiral Adm Adm. Rear Air Marshal Commander Cmdr Cmdr.
	Colonel Col Col. Major Maj Maj. Captain Capt Capt. Brig Brig. Brigadier Sergeant Sgt Sgt. Dr Dr. Mr Mr.
	Mrs Mrs. Ms Ms. Shri Sri Smt Smt. Hon'ble Hon’ble Hon. Raksha Rajya Mantri Union Chairman Chairperson Chair
	Director Senator Sen. Rep. Representative Governor Gov. Mayor King Queen Prince Princess Pope Justice Judge
	Professor Prof Prof. Retired Ret. Defence Defense Foreign External Home Finance Commerce State Affairs
	Spokesperson Spokesman Spokeswoman CEO Founder Co-founder Managing Minister-President Premier Chancellor
	Foreign-Minister Gen Field Flag Naval Army Navy Staff Then-Foreign National Security Adviser Advisor Acting
	Principal Special Envoy Undersecretary Under Assistant Commissioner Inspector Superintendent Officiating
	Commanding Commandant Chief-of-Staff Marshall Sir Dame Lord Lady Sheikh Crown`)

var titleHeads = wordSet(`Minister Secretary President Ambassador General Gen Gen. Admiral Adm Adm. Marshal
	Commander Cmdr Cmdr. Colonel Col Col. Major Maj Maj. Captain Capt Capt. Brig Brig. Brigadier Sergeant Sgt
	Sgt. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Shri Sri Smt Smt. Mantri Chairman Chairperson Director Senator Sen. Rep.
	Representative Governor Gov. Mayor King Queen Prince Princess Pope Justice Judge Professor Prof Prof.
	Spokesperson Spokesman Spokeswoman CEO Executive Founder Co-founder Premier Chancellor Adviser Advisor Envoy
	Commissioner Inspector Superintendent Commandant Chief Sir Dame Lord Lady Sheikh Lt Lt. Lieutenant`)

// generational suffixes stay inside a person's name (GUIDELINES.md).
var nameSuffixes = wordSet(`Jr. Jr Sr. Sr II III IV`)

// functionWords are capitalised only because a sentence starts with them.
var functionWords = wordSet(`The A An This That These Those It Its Their Our His Her He She They We I You In On At
	For With By From To As Of And But Or Nor If When While After Before Since During Under Over Among Between
	Both All Each Some Many Most Other Such No Not Once So Yet Also However Meanwhile Still Then There Here Thus
	Where What Which Who Whom Whose Why How Any Every Several Few More Less Only Even Just About Across Against
	Along Around Despite Through Throughout Toward Towards Until Upon Within Without Whether Although Though
	Because Unlike Like Following Including Earlier Later Today Yesterday Tomorrow Last Next New First Second
	Third Fourth Fifth One Two Three Four Five Six Seven Eight Nine Ten Mr Ms Sources Officials Analysts`)

// calendarWords are capitalised but never names.
var calendarWords = wordSet(`January February March April May June July August September October November December
	Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Monday Tuesday Wednesday Thursday Friday
	Saturday Sunday`)

// connectors may sit inside a name between capitalised words.
var connectors = wordSet(`of for and & on to with in the de da del der van von bin al el`)

// platformNouns after a capitalised name make it a platform: "Javelin
// anti-tank missiles", "Mogami frigate", "UTTAM ... radar".
var platformNouns = wordSet(`missile missiles aircraft jet jets fighter fighters drone drones helicopter helicopters
	frigate frigates destroyer destroyers corvette corvettes submarine submarines carrier carriers ship ships
	vessel vessels tank tanks howitzer howitzers rifle rifles radar radars engine engines rocket rockets
	launcher launchers torpedo torpedoes vehicle vehicles suite system systems interceptor interceptors bomber
	bombers transport transports satellite satellites boat boats cruiser cruisers gunship gunships trainer
	trainers airframe airframes round rounds projectile projectiles artillery gun guns`)

// platformModifiers may stand between the name and the noun.
var platformModifiers = wordSet(`anti-tank anti-ship anti-submarine anti-aircraft guided cruise ballistic supersonic
	hypersonic attack combat infantry maritime patrol transport utility heavy light medium multirole multi-role
	stealth air-defence air-defense air defence defense defence surface-to-air electronic warfare main battle
	amphibious armoured armored unmanned aerial long-range short-range precision-guided artillery nuclear
	general purpose class -class fighter naval landing dock helicopter tactical strategic early warning turbofan
	jet engines missile`)

// programNouns after a name make it a programme: "Tiger Triumph exercise",
// "Dare to Dream innovation contest".
var programNouns = wordSet(`exercise exercises drill drills initiative programme program scheme contest
	challenge summit dialogue framework agreement pact mission`)

// exerciseNouns before a name make it a programme: "the army exercise Yudh
// Abhyas".
var exerciseNouns = wordSet(`exercise exercises drill drills`)

// programModifiers may stand between the name and the noun.
var programModifiers = wordSet(`naval army military joint bilateral trilateral multilateral air innovation
	tri-service amphibious annual maritime field training`)

// orgRoles name the posts and parts of companies: "the chief executive of
// X", "a spokeswoman for X", "X's shareholders".
var orgRoles = wordSet(`CEO CFO COO CTO executive executives chairman chairwoman co-founder founders
	spokesman spokeswoman spokesperson employees employee shareholders shares stake subsidiary subsidiaries
	board headquarters staff customers`)

// orgMakers before "by" make the agent a company: "built by X".
var orgMakers = wordSet(`built made manufactured produced developed supplied acquired bought owned operated
	designed marketed sold published`)

// teamNouns after a plural name make it a sports team's: "the Comets
// game", "Lakers fans".
var teamNouns = wordSet(`game games match fans coach roster squad season lineup`)

// orgAfter follow a company's name: "X shares rose".
var orgAfter = wordSet(`shares stock Inc Inc.`)

// loneOrgs are organisations by themselves, though English also uses
// them as common words: a legislature's house ("the Senate", GUIDELINES:
// legislatures are ORG) and parties named by their members ("the
// Democrats", "Tories"); "Liberal Democrats" ends in one (orgHeads).
var loneOrgs = wordSet(`Senate Parliament Congress Politburo Democrats Republicans Tories Labour`)

// placePrepositions before a lone unknown name make it a place ("in Sanand").
var placePrepositions = wordSet(`in at near from outside across`)

// lonePlacePrepositions also mark a place, but only after resolution has
// had its say, as people follow them too ("the capital of Molise", "a
// flight to Albany").
var lonePlacePrepositions = wordSet(`of to into toward towards via throughout past inside`)

// articles never stand before a person's bare name.
var articles = wordSet(`the The a an`)

// auxiliaryVerbs open a clause after its subject: "the Danube is".
var auxiliaryVerbs = wordSet(`is was are were has had have does did will would can could may might must shall should`)

// personVerbs next to a name make it a person: "said Caleb Whitford",
// "Whitford told FORUM".
var personVerbs = wordSet(`said says told added noted explained wrote argued warned stated asked replied
	recalled according`)
