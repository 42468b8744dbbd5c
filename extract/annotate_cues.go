package extract

import (
	_ "embed"
	"fmt"
	"strings"
)

// The cue words of the annotator's rules are data, kept in one file,
// cues.txt, as the gazetteers are in configs/gazetteer/: one [set] per rule,
// each with a comment on what it cues.
//
//go:embed cues.txt
var cuesText string

var cueSets, cueErr = parseCues(cuesText)

// cuesUsed records the sets the rules asked for, so a test can tell that
// cues.txt holds none that nothing reads.
var cuesUsed = map[string]bool{}

// parseCues reads "[name]" headers and white-space separated words; "#"
// opens a comment line.
func parseCues(text string) (map[string]map[string]bool, error) {
	sets := map[string]map[string]bool{}
	var cur map[string]bool
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			name := line[1 : len(line)-1]
			if sets[name] != nil {
				return nil, fmt.Errorf("cues.txt:%d: set [%s] appears twice", n+1, name)
			}
			cur = map[string]bool{}
			sets[name] = cur
		case cur == nil:
			return nil, fmt.Errorf("cues.txt:%d: words before the first [set]", n+1)
		default:
			for _, w := range strings.Fields(line) {
				cur[w] = true
			}
		}
	}
	return sets, nil
}

// cue is one set of cues.txt; a missing set is a programming error.
func cue(name string) map[string]bool {
	if cueErr != nil {
		panic("extract: " + cueErr.Error())
	}
	s, ok := cueSets[name]
	if !ok {
		panic("extract: cues.txt has no [" + name + "]")
	}
	cuesUsed[name] = true
	return s
}

// What each set cues is said in cues.txt.
var (
	orgHeads              = cue("orgHeads")
	legalSuffixes         = cue("legalSuffixes")
	orgStarts             = cue("orgStarts")
	programHeads          = cue("programHeads")
	programStarts         = cue("programStarts")
	programOpeners        = cue("programOpeners")
	locHeads              = cue("locHeads")
	eventHeads            = cue("eventHeads")
	placeParts            = cue("placeParts")
	placeNameStarts       = cue("placeNameStarts")
	locStarts             = cue("locStarts")
	locOpeners            = cue("locOpeners")
	gpeHeads              = cue("gpeHeads")
	titleWords            = cue("titleWords")
	placeLinks            = cue("placeLinks")
	hyphenPrefixes        = cue("hyphenPrefixes")
	operatorHeads         = cue("operatorHeads")
	editionVerbs          = cue("editionVerbs")
	titleHeads            = cue("titleHeads")
	honorifics            = cue("honorifics")
	nameSuffixes          = cue("nameSuffixes")
	functionWords         = cue("functionWords")
	calendarWords         = cue("calendarWords")
	abbreviations         = cue("abbreviations")
	connectors            = cue("connectors")
	linkWords             = cue("linkWords")
	derivedAdjectives     = cue("derivedAdjectives")
	platformNouns         = cue("platformNouns")
	platformModifiers     = cue("platformModifiers")
	platformHeads         = cue("platformHeads")
	programNouns          = cue("programNouns")
	exerciseNouns         = cue("exerciseNouns")
	programModifiers      = cue("programModifiers")
	shipPrefixes          = cue("shipPrefixes")
	shoreBaseNouns        = cue("shoreBaseNouns")
	militaryUnits         = cue("militaryUnits")
	orgRoles              = cue("orgRoles")
	orgMakers             = cue("orgMakers")
	teamNouns             = cue("teamNouns")
	orgAfter              = cue("orgAfter")
	orgVerbs              = cue("orgVerbs")
	teamVerbs             = cue("teamVerbs")
	orgNouns              = cue("orgNouns")
	clauseStarts          = cue("clauseStarts")
	statementNouns        = cue("statementNouns")
	loneOrgs              = cue("loneOrgs")
	placePrepositions     = cue("placePrepositions")
	lonePlacePrepositions = cue("lonePlacePrepositions")
	articles              = cue("articles")
	auxiliaryVerbs        = cue("auxiliaryVerbs")
	personVerbs           = cue("personVerbs")
	personRoles           = cue("personRoles")
	workVerbs             = cue("workVerbs")
	kinNouns              = cue("kinNouns")
	leaderNouns           = cue("leaderNouns")
	stormWords            = cue("stormWords")
	nameParticles         = cue("nameParticles")
	patronymics           = cue("patronymics")
	nameArticles          = cue("nameArticles")
	appositions           = cue("appositions")
	personPossessives     = cue("personPossessives")
	personPronouns        = cue("personPronouns")
	lifeParticiples       = cue("lifeParticiples")
	roleHeads             = cue("roleHeads")
	headlineVerbs         = cue("headlineVerbs")
	personObjectVerbs     = cue("personObjectVerbs")
	personWorks           = cue("personWorks")
	squadVerbs            = cue("squadVerbs")
	playerRoles           = cue("playerRoles")
	genericAcronyms       = cue("genericAcronyms")
	adjectiveSuffixes     = cue("adjectiveSuffixes")
	peopleSuffixes        = cue("peopleSuffixes")
	clitics               = cue("clitics")
	clubStarts            = cue("clubStarts")
	placePlurals          = cue("placePlurals")
	outletNouns           = cue("outletNouns")
	orgAccounts           = cue("orgAccounts")
	officerKinds          = cue("officerKinds")
	resultVerbs           = cue("resultVerbs")
	placeOnlyPrepositions = cue("placeOnlyPrepositions")
	nameInnerPrefixes     = cue("nameInnerPrefixes")
	teamRoles             = cue("teamRoles")
	acquireVerbs          = cue("acquireVerbs")
	buyVerbs              = cue("buyVerbs")
	dealNouns             = cue("dealNouns")
	companyOfficers       = cue("companyOfficers")
	makerNouns            = cue("makerNouns")
	titleSurnames         = cue("titleSurnames")
	resultNouns           = cue("resultNouns")
	thingVerbs            = cue("thingVerbs")
	outletHeads           = cue("outletHeads")
	workNouns             = cue("workNouns")
	monthSurnames         = cue("monthSurnames")
	orgMembers            = cue("orgMembers")
	companyVerbs          = cue("companyVerbs")
	surnameEndings        = cue("surnameEndings")
	joinVerbs             = cue("joinVerbs")
	matchLinks            = cue("matchLinks")
	spaceWords            = cue("spaceWords")
	celestialArticle      = cue("celestialArticle")
	capitalBodies         = cue("capitalBodies")
	riverVerbs            = cue("riverVerbs")
	riverParts            = cue("riverParts")
	riverNouns            = cue("riverNouns")
	wildNouns             = cue("wildNouns")
	baseWords             = cue("baseWords")
	baseHeads             = cue("baseHeads")
	launchWords           = cue("launchWords")
	launchSiteHeads       = cue("launchSiteHeads")
	facilityNouns         = cue("facilityNouns")
	facilityModifiers     = cue("facilityModifiers")
	siteHeads             = cue("siteHeads")
	bodyNouns             = cue("bodyNouns")
	weakRiverVerbs        = cue("weakRiverVerbs")
	rangePrepositions     = cue("rangePrepositions")
	districtNouns         = cue("districtNouns")
	neighbourhoodNouns    = cue("neighbourhoodNouns")
	compassWords          = cue("compassWords")
	districtModifiers     = cue("districtModifiers")
	shipNouns             = cue("shipNouns")
	markWords             = cue("markWords")
	notModels             = cue("notModels")
	carNouns              = cue("carNouns")
	deviceNouns           = cue("deviceNouns")
	familyMarks           = cue("familyMarks")
	wreckNouns            = cue("wreckNouns")
	countWords            = cue("countWords")
	fleetVerbs            = cue("fleetVerbs")
	fleetDeterminers      = cue("fleetDeterminers")
	shipRanks             = cue("shipRanks")
	phaseWords            = cue("phaseWords")
	phraseEnds            = cue("phraseEnds")
	vaguePlatformNouns    = cue("vaguePlatformNouns")
	craftKinds            = cue("craftKinds")
	shipVerbs             = cue("shipVerbs")
	ideaNouns             = cue("ideaNouns")
	meetingBefore         = cue("meetingBefore")
	meetingModifiers      = cue("meetingModifiers")
	fundWords             = cue("fundWords")
	verbObjects           = cue("verbObjects")
	parentLinks           = cue("parentLinks")
	praiseWords           = cue("praiseWords")
	occupationNouns       = cue("occupationNouns")
	roleEnds              = cue("roleEnds")
	officeParticiples     = cue("officeParticiples")
	prizeHeads            = cue("prizeHeads")
	successionVerbs       = cue("successionVerbs")
	companyHeads          = cue("companyHeads")
	kinOf                 = cue("kinOf")
	itsVerbs              = cue("itsVerbs")
	workAt                = cue("workAt")
	itsRelations          = cue("itsRelations")
	bodyKinds             = cue("bodyKinds")
	pollNouns             = cue("pollNouns")
	partingLinks          = cue("partingLinks")
	matchAfter            = cue("matchAfter")
	businessVerbs         = cue("businessVerbs")
	orgParticiples        = cue("orgParticiples")
	sideVerbs             = cue("sideVerbs")
	countVerbs            = cue("countVerbs")
	countedNouns          = cue("countedNouns")
	insolvencyNouns       = cue("insolvencyNouns")
	personPassives        = cue("personPassives")
	greetings             = cue("greetings")
	agentVerbs            = cue("agentVerbs")
	withVerbs             = cue("withVerbs")
	companyObjects        = cue("companyObjects")
	peopleNouns           = cue("peopleNouns")
	webDomains            = cue("webDomains")
	tradeNouns            = cue("tradeNouns")
	surnameParticles      = cue("surnameParticles")
	lifeEvents            = cue("lifeEvents")
	personGroups          = cue("personGroups")
	givenByPeople         = cue("givenByPeople")
	personAffairs         = cue("personAffairs")
	appositionRoles       = cue("appositionRoles")
	passiveAdverbs        = cue("passiveAdverbs")
	settlementNouns       = cue("settlementNouns")
	settlementLinks       = cue("settlementLinks")
	provinceNouns         = cue("provinceNouns")
	regionNouns           = cue("regionNouns")
	quotedWorkNouns       = cue("quotedWorkNouns")
	titleVerbs            = cue("titleVerbs")
	epithets              = cue("epithets")
	islandNouns           = cue("islandNouns")
	mountainParts         = cue("mountainParts")
	languages             = cue("languages")
	reignVerbs            = cue("reignVerbs")
	reflexives            = cue("reflexives")
	kinTitles             = cue("kinTitles")
	ownerPronouns         = cue("ownerPronouns")
	memorialNouns         = cue("memorialNouns")
	workMakingVerbs       = cue("workMakingVerbs")
	eventOpeners          = cue("eventOpeners")
	studyVerbs            = cue("studyVerbs")
	placeVerbs            = cue("placeVerbs")
	aliasWords            = cue("aliasWords")
	flowVerbs             = cue("flowVerbs")
	riverCourse           = cue("riverCourse")
	builderVerbs          = cue("builderVerbs")
	lifeVerbs             = cue("lifeVerbs")
	royalTitles           = cue("royalTitles")
	saintTitles           = cue("saintTitles")
	rulerSuffixes         = cue("rulerSuffixes")
	reignLinks            = cue("reignLinks")
	stateForms            = cue("stateForms")
	landEndings           = cue("landEndings")
	thinkerVerbs          = cue("thinkerVerbs")
	worksBy               = cue("worksBy")
	masterVerbs           = cue("masterVerbs")
	toPersonVerbs         = cue("toPersonVerbs")
	lifeWorks             = cue("lifeWorks")
)
