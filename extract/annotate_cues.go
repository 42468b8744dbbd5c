package extract

import (
	_ "embed"
	"fmt"
	"iter"
	"strings"
	"sync"
	"sync/atomic"
)

// The cue words of the annotator's rules are data, kept in one file,
// cues.txt, as the gazetteers are in configs/gazetteer/: one [set] per rule,
// each with a comment on what it cues.
//
//go:embed cues.txt
var cuesText string

// cueSets are the sets the rules asked for by name (cue), empty until
// loadCues fills them: reading cues.txt took a fresh process about 9 ms,
// which every command paid at start, --help included.
var (
	cueSets    []namedCue
	cuesReady  sync.Once
	cuesLoaded atomic.Bool
	// derivedCues are sets made from others (unionOf), filled after them
	// in the order they were made, so one may be made from another.
	derivedCues []derivedCue
)

type namedCue struct {
	name string
	c    *cueSet
}

type derivedCue struct {
	c    *cueSet
	make func() *cueSet
}

// loadCues fills every set the rules asked for from cues.txt, once. The
// annotator and the money parser call it before they share their sets
// between goroutines; a set asked before that loads them itself.
func loadCues() {
	cuesReady.Do(func() {
		sets, err := parseCues(cuesText)
		if err != nil {
			panic("extract: " + err.Error())
		}
		for _, n := range cueSets {
			s, ok := sets[n.name]
			if !ok {
				panic("extract: cues.txt has no [" + n.name + "]")
			}
			*n.c = *s
		}
		for _, d := range derivedCues {
			*d.c = *d.make()
		}
		cuesLoaded.Store(true)
	})
}

// parseCues reads "[name]" headers and white-space separated words; "#"
// opens a comment line. It runs in every process that annotates, so it
// splits by hand (strings.Fields on every line was most of its time) and
// makes each set's table at its final size once.
func parseCues(text string) (map[string]*cueSet, error) {
	type span struct {
		name       string
		start, end int // the set's words in words
	}
	var spans []span
	// one slice for every set's words, sized by the blanks: each
	// allocation at start-up costs page faults on a fresh heap
	words := make([]string, 0, strings.Count(text, " ")+strings.Count(text, "\n"))
	seen := map[string]bool{}
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[' && line[len(line)-1] == ']':
			name := line[1 : len(line)-1]
			if seen[name] {
				return nil, fmt.Errorf("cues.txt:%d: set [%s] appears twice", n, name)
			}
			seen[name] = true
			spans = append(spans, span{name, len(words), len(words)})
		case len(spans) == 0:
			return nil, fmt.Errorf("cues.txt:%d: words before the first [set]", n)
		default:
			for line != "" {
				i := strings.IndexAny(line, " \t")
				if i < 0 {
					i = len(line)
				}
				if i > 0 {
					words = append(words, strings.ReplaceAll(line[:i], "_", " "))
				}
				line = strings.TrimLeft(line[i:], " \t")
			}
			spans[len(spans)-1].end = len(words)
		}
	}
	sets := make(map[string]*cueSet, len(spans))
	for _, sp := range spans {
		c := newCueSetFor(sp.end - sp.start)
		for _, w := range words[sp.start:sp.end] {
			c.put(w)
		}
		sets[sp.name] = c
	}
	return sets, nil
}

// cue is the set of cues.txt called name, empty until loadCues; a set
// cues.txt lacks is a programming error, reported there. Rules call it
// and cueFrom in package variables' initialisers only.
func cue(name string) *cueSet {
	if cuesLoaded.Load() {
		panic("extract: cue(" + name + ") after the sets loaded: ask in a package variable's initialiser")
	}
	c := pendingCue()
	cueSets = append(cueSets, namedCue{name, c})
	return c
}

// cueFrom is a set that make builds from other sets when they load.
func cueFrom(make func() *cueSet) *cueSet {
	c := pendingCue()
	derivedCues = append(derivedCues, derivedCue{c, make})
	return c
}

// pendingCue is an empty set that loads the sets at its first look-up:
// every bit of its bitmap is set, so a look-up reaches lookup.
func pendingCue() *cueSet {
	c := &cueSet{pending: true}
	for i := range c.sig {
		c.sig[i] = ^uint64(0)
	}
	return c
}

// cueSet is one set of cue words. Most words a rule asks about are in no
// set, so a bitmap of each word's length and first and last bytes turns
// most of them away before the table is read: the rules make thousands of
// such look-ups a text. The words that pass are looked up in tags and
// keys, not in words: a Go map's look-up, three dependent reads that
// missed the cache, was two thirds of has's time. A tag is a byte a slot,
// so a probe reads a word's bytes only when its tag matches.
type cueSet struct {
	sig [8]uint64
	// tags and keys are an open-addressing table of the words by
	// cueHash, at most half full: a slot's tag (0: free) and word.
	tags    []uint8
	keys    []string
	n       int  // words in the table
	pending bool // asked by cue, not yet loaded
}

func newCueSet() *cueSet { return &cueSet{} }

// newCueSetFor is a set whose table holds n words without growing, at
// most half full: the sets of cues.txt are made at every start, where
// memory costs more than a probe's second slot.
func newCueSetFor(n int) *cueSet {
	c := &cueSet{}
	c.grow((n + 1) / 2)
	return c
}

// sigBit is the bit of w in a cueSet's bitmap; w is not empty.
func sigBit(w string) uint {
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) & 511
}

// cueHash places w in a cueSet's table (its low byte is the tag, never
// 0); w is not empty. It reads a few of w's bytes, not all: the words of
// a set seldom share them, and a slot whose tag matches is compared whole.
func cueHash(w string) uint {
	n := len(w)
	x := uint64(n) | uint64(w[0])<<8 | uint64(w[n>>1])<<16 | uint64(w[n-1])<<24
	if n > 2 {
		x |= uint64(w[1])<<32 | uint64(w[n-2])<<40
	}
	x *= 0x9e3779b97f4a7c15
	return uint(x>>32) | 1
}

func (c *cueSet) put(w string) {
	if w == "" || c.has(w) {
		return
	}
	b := sigBit(w)
	c.sig[b>>6] |= 1 << (b & 63)
	if 2*(c.n+1) > len(c.tags) {
		c.grow(c.n + 1)
	}
	c.insert(w)
	c.n++
}

// grow makes the table a quarter full or less for n words, keeping its
// words.
func (c *cueSet) grow(n int) {
	size := 16
	for size < 4*n {
		size *= 2
	}
	keys := c.keys
	c.tags, c.keys = make([]uint8, size), make([]string, size)
	for _, k := range keys {
		if k != "" {
			c.insert(k)
		}
	}
}

// all yields the set's words, for the rules that range over them.
func (c *cueSet) all() iter.Seq[string] {
	if c.pending {
		loadCues()
	}
	return func(yield func(string) bool) {
		for _, k := range c.keys {
			if k != "" && !yield(k) {
				return
			}
		}
	}
}

// len is the number of words in the set.
func (c *cueSet) len() int {
	if c.pending {
		loadCues()
	}
	return c.n
}

// insert puts w in the first free slot from its place.
func (c *cueSet) insert(w string) {
	h, mask := cueHash(w), uint(len(c.tags)-1)
	i := h >> 8 & mask
	for c.tags[i] != 0 {
		i = (i + 1) & mask
	}
	c.tags[i], c.keys[i] = uint8(h), w
}

// has reports whether w is one of the set's words.
func (c *cueSet) has(w string) bool {
	if w == "" {
		return false
	}
	b := sigBit(w)
	return c.sig[b>>6]&(1<<(b&63)) != 0 && c.lookup(w)
}

// lookup finds w, which has passed the bitmap, in the table.
func (c *cueSet) lookup(w string) bool {
	if c.pending {
		loadCues()
	}
	h, mask := cueHash(w), uint(len(c.tags)-1)
	for i := h >> 8 & mask; ; i = (i + 1) & mask {
		switch c.tags[i] {
		case 0:
			return false
		case uint8(h):
			if c.keys[i] == w {
				return true
			}
		}
	}
}

// What each set cues is said in cues.txt.
var (
	orgHeads               = cue("orgHeads")
	legalSuffixes          = cue("legalSuffixes")
	orgStarts              = cue("orgStarts")
	programHeads           = cue("programHeads")
	programStarts          = cue("programStarts")
	programOpeners         = cue("programOpeners")
	locHeads               = cue("locHeads")
	eventHeads             = cue("eventHeads")
	placeParts             = cue("placeParts")
	placeNameStarts        = cue("placeNameStarts")
	locStarts              = cue("locStarts")
	locOpeners             = cue("locOpeners")
	gpeHeads               = cue("gpeHeads")
	titleWords             = cue("titleWords")
	placeLinks             = cue("placeLinks")
	hyphenPrefixes         = cue("hyphenPrefixes")
	operatorHeads          = cue("operatorHeads")
	editionVerbs           = cue("editionVerbs")
	titleHeads             = cue("titleHeads")
	officeHeads            = cue("officeHeads")
	honorifics             = cue("honorifics")
	nameSuffixes           = cue("nameSuffixes")
	functionWords          = cue("functionWords")
	calendarWords          = cue("calendarWords")
	abbreviations          = cue("abbreviations")
	connectors             = cue("connectors")
	linkWords              = cue("linkWords")
	derivedAdjectives      = cue("derivedAdjectives")
	platformNouns          = cue("platformNouns")
	platformModifiers      = cue("platformModifiers")
	platformHeads          = cue("platformHeads")
	programNouns           = cue("programNouns")
	exerciseNouns          = cue("exerciseNouns")
	programModifiers       = cue("programModifiers")
	shipPrefixes           = cue("shipPrefixes")
	shoreBaseNouns         = cue("shoreBaseNouns")
	militaryUnits          = cue("militaryUnits")
	orgRoles               = cue("orgRoles")
	orgMakers              = cue("orgMakers")
	teamNouns              = cue("teamNouns")
	orgAfter               = cue("orgAfter")
	orgVerbs               = cue("orgVerbs")
	teamVerbs              = cue("teamVerbs")
	orgNouns               = cue("orgNouns")
	clauseStarts           = cue("clauseStarts")
	statementNouns         = cue("statementNouns")
	loneOrgs               = cue("loneOrgs")
	placePrepositions      = cue("placePrepositions")
	lonePlacePrepositions  = cue("lonePlacePrepositions")
	articles               = cue("articles")
	auxiliaryVerbs         = cue("auxiliaryVerbs")
	personVerbs            = cue("personVerbs")
	personRoles            = cue("personRoles")
	workVerbs              = cue("workVerbs")
	kinNouns               = cue("kinNouns")
	leaderNouns            = cue("leaderNouns")
	stormWords             = cue("stormWords")
	nameParticles          = cue("nameParticles")
	patronymics            = cue("patronymics")
	nameArticles           = cue("nameArticles")
	appositions            = cue("appositions")
	personPossessives      = cue("personPossessives")
	personPronouns         = cue("personPronouns")
	lifeParticiples        = cue("lifeParticiples")
	roleHeads              = cue("roleHeads")
	headlineVerbs          = cue("headlineVerbs")
	personObjectVerbs      = cue("personObjectVerbs")
	personWorks            = cue("personWorks")
	squadVerbs             = cue("squadVerbs")
	playerRoles            = cue("playerRoles")
	genericAcronyms        = cue("genericAcronyms")
	adjectiveSuffixes      = cue("adjectiveSuffixes")
	peopleSuffixes         = cue("peopleSuffixes")
	clitics                = cue("clitics")
	clubStarts             = cue("clubStarts")
	placePlurals           = cue("placePlurals")
	outletNouns            = cue("outletNouns")
	orgAccounts            = cue("orgAccounts")
	officerKinds           = cue("officerKinds")
	resultVerbs            = cue("resultVerbs")
	placeOnlyPrepositions  = cue("placeOnlyPrepositions")
	nameInnerPrefixes      = cue("nameInnerPrefixes")
	teamRoles              = cue("teamRoles")
	acquireVerbs           = cue("acquireVerbs")
	buyVerbs               = cue("buyVerbs")
	dealNouns              = cue("dealNouns")
	companyOfficers        = cue("companyOfficers")
	makerNouns             = cue("makerNouns")
	titleSurnames          = cue("titleSurnames")
	resultNouns            = cue("resultNouns")
	thingVerbs             = cue("thingVerbs")
	outletHeads            = cue("outletHeads")
	workNouns              = cue("workNouns")
	monthSurnames          = cue("monthSurnames")
	orgMembers             = cue("orgMembers")
	companyVerbs           = cue("companyVerbs")
	surnameEndings         = cue("surnameEndings")
	joinVerbs              = cue("joinVerbs")
	matchLinks             = cue("matchLinks")
	spaceWords             = cue("spaceWords")
	celestialArticle       = cue("celestialArticle")
	capitalBodies          = cue("capitalBodies")
	riverVerbs             = cue("riverVerbs")
	riverParts             = cue("riverParts")
	riverNouns             = cue("riverNouns")
	wildNouns              = cue("wildNouns")
	baseWords              = cue("baseWords")
	baseHeads              = cue("baseHeads")
	launchWords            = cue("launchWords")
	launchSiteHeads        = cue("launchSiteHeads")
	facilityNouns          = cue("facilityNouns")
	facilityModifiers      = cue("facilityModifiers")
	siteHeads              = cue("siteHeads")
	bodyNouns              = cue("bodyNouns")
	weakRiverVerbs         = cue("weakRiverVerbs")
	rangePrepositions      = cue("rangePrepositions")
	districtNouns          = cue("districtNouns")
	neighbourhoodNouns     = cue("neighbourhoodNouns")
	compassWords           = cue("compassWords")
	districtModifiers      = cue("districtModifiers")
	shipNouns              = cue("shipNouns")
	markWords              = cue("markWords")
	notModels              = cue("notModels")
	carNouns               = cue("carNouns")
	deviceNouns            = cue("deviceNouns")
	familyMarks            = cue("familyMarks")
	wreckNouns             = cue("wreckNouns")
	countWords             = cue("countWords")
	fleetVerbs             = cue("fleetVerbs")
	siteDeterminers        = cue("siteDeterminers")
	fleetDeterminers       = cue("fleetDeterminers")
	shipRanks              = cue("shipRanks")
	phaseWords             = cue("phaseWords")
	phraseEnds             = cue("phraseEnds")
	vaguePlatformNouns     = cue("vaguePlatformNouns")
	craftKinds             = cue("craftKinds")
	shipVerbs              = cue("shipVerbs")
	ideaNouns              = cue("ideaNouns")
	meetingBefore          = cue("meetingBefore")
	meetingModifiers       = cue("meetingModifiers")
	fundWords              = cue("fundWords")
	verbObjects            = cue("verbObjects")
	parentLinks            = cue("parentLinks")
	praiseWords            = cue("praiseWords")
	occupationNouns        = cue("occupationNouns")
	roleEnds               = cue("roleEnds")
	officeParticiples      = cue("officeParticiples")
	prizeHeads             = cue("prizeHeads")
	successionVerbs        = cue("successionVerbs")
	companyHeads           = cue("companyHeads")
	kinOf                  = cue("kinOf")
	itsVerbs               = cue("itsVerbs")
	workAt                 = cue("workAt")
	itsRelations           = cue("itsRelations")
	bodyKinds              = cue("bodyKinds")
	pollNouns              = cue("pollNouns")
	partingLinks           = cue("partingLinks")
	matchAfter             = cue("matchAfter")
	businessVerbs          = cue("businessVerbs")
	orgParticiples         = cue("orgParticiples")
	sideVerbs              = cue("sideVerbs")
	countVerbs             = cue("countVerbs")
	countedNouns           = cue("countedNouns")
	insolvencyNouns        = cue("insolvencyNouns")
	personPassives         = cue("personPassives")
	greetings              = cue("greetings")
	agentVerbs             = cue("agentVerbs")
	withVerbs              = cue("withVerbs")
	companyObjects         = cue("companyObjects")
	peopleNouns            = cue("peopleNouns")
	webDomains             = cue("webDomains")
	tradeNouns             = cue("tradeNouns")
	surnameParticles       = cue("surnameParticles")
	lifeEvents             = cue("lifeEvents")
	personGroups           = cue("personGroups")
	givenByPeople          = cue("givenByPeople")
	personAffairs          = cue("personAffairs")
	appositionRoles        = cue("appositionRoles")
	passiveAdverbs         = cue("passiveAdverbs")
	settlementNouns        = cue("settlementNouns")
	settlementLinks        = cue("settlementLinks")
	provinceNouns          = cue("provinceNouns")
	regionNouns            = cue("regionNouns")
	basePrefixes           = cue("basePrefixes")
	placeTails             = cue("placeTails")
	programTails           = cue("programTails")
	planNouns              = cue("planNouns")
	programAppositionNouns = cue("programAppositionNouns")
	planModifiers          = cue("planModifiers")
	localProgramHeads      = cue("localProgramHeads")
	shoreNouns             = cue("shoreNouns")
	observanceHeads        = cue("observanceHeads")
	placeAreaNouns         = cue("placeAreaNouns")
	ownerWords             = cue("ownerWords")
	baseNounModifiers      = cue("baseNounModifiers")
	baseNounHeads          = cue("baseNounHeads")
	codeNameVerbs          = cue("codeNameVerbs")
	islandHeads            = cue("islandHeads")
	partakeWords           = cue("partakeWords")
	groupHeads             = cue("groupHeads")
	groupStarts            = cue("groupStarts")
	orgOpeners             = cue("orgOpeners")
	labelVerbs             = cue("labelVerbs")
	schoolVerbs            = cue("schoolVerbs")
	degreeWords            = cue("degreeWords")
	orgKinds               = cue("orgKinds")
	orgFollowers           = cue("orgFollowers")
	orderVerbs             = cue("orderVerbs")
	bandVerbs              = cue("bandVerbs")
	stintWords             = cue("stintWords")
	orgOfHeads             = cue("orgOfHeads")
	teamMoves              = cue("teamMoves")
	foreignLegalForms      = cue("foreignLegalForms")
	staffNouns             = cue("staffNouns")
	leaderOwned            = cue("leaderOwned")
	quotedWorkNouns        = cue("quotedWorkNouns")
	titleVerbs             = cue("titleVerbs")
	epithets               = cue("epithets")
	islandNouns            = cue("islandNouns")
	mountainParts          = cue("mountainParts")
	languages              = cue("languages")
	reignVerbs             = cue("reignVerbs")
	reflexives             = cue("reflexives")
	kinTitles              = cue("kinTitles")
	ownerPronouns          = cue("ownerPronouns")
	memorialNouns          = cue("memorialNouns")
	workMakingVerbs        = cue("workMakingVerbs")
	eventOpeners           = cue("eventOpeners")
	studyVerbs             = cue("studyVerbs")
	placeVerbs             = cue("placeVerbs")
	aliasWords             = cue("aliasWords")
	flowVerbs              = cue("flowVerbs")
	riverCourse            = cue("riverCourse")
	builderVerbs           = cue("builderVerbs")
	lifeVerbs              = cue("lifeVerbs")
	royalTitles            = cue("royalTitles")
	saintTitles            = cue("saintTitles")
	rulerSuffixes          = cue("rulerSuffixes")
	reignLinks             = cue("reignLinks")
	stateForms             = cue("stateForms")
	landEndings            = cue("landEndings")
	thinkerVerbs           = cue("thinkerVerbs")
	worksBy                = cue("worksBy")
	masterVerbs            = cue("masterVerbs")
	toPersonVerbs          = cue("toPersonVerbs")
	lifeWorks              = cue("lifeWorks")
	atPersonWords          = cue("atPersonWords")
	seizedPlaceVerbs       = cue("seizedPlaceVerbs")
	postNominals           = cue("postNominals")
	pairNouns              = cue("pairNouns")
	stakeNouns             = cue("stakeNouns")
	craftRoles             = cue("craftRoles")
	moreCraftNouns         = cue("moreCraftNouns")
	carrierTrades          = cue("carrierTrades")
	fleetOrder             = cue("fleetOrder")
	navalWords             = cue("navalWords")
	singularVehicles       = cue("singularVehicles")
	partyVerbs             = cue("partyVerbs")
	partyObjects           = cue("partyObjects")
	partyRanks             = cue("partyRanks")
	weekdays               = cue("weekdays")
	companyDeeds           = cue("companyDeeds")
	deedParticles          = cue("deedParticles")
	companySpeech          = cue("companySpeech")
	businessNouns          = cue("businessNouns")
	regulatorVerbs         = cue("regulatorVerbs")
	squareHeads            = cue("squareHeads")
	sportNames             = cue("sportNames")
	sportLeagues           = cue("sportLeagues")
	scorerHeadings         = cue("scorerHeadings")
	townOwnedNouns         = cue("townOwnedNouns")
	namedSpeech            = cue("namedSpeech")
	collectiveSubjects     = cue("collectiveSubjects")
	institutionDeeds       = cue("institutionDeeds")
	memberNouns            = cue("memberNouns")
	compassNouns           = cue("compassNouns")
	regionAdjectives       = cue("regionAdjectives")
	transferVerbs          = cue("transferVerbs")
	playerPositions        = cue("playerPositions")
	editionCounts          = cue("editionCounts")
	programVerbs           = cue("programVerbs")
	appositionNouns        = cue("appositionNouns")
	appositionEnds         = cue("appositionEnds")
	indianProgramHeads     = cue("indianProgramHeads")
	flightSeries           = cue("flightSeries")
	programOwners          = cue("programOwners")
	looseProgramVerbs      = cue("looseProgramVerbs")
	editionEndVerbs        = cue("editionEndVerbs")
	paperHeads             = cue("paperHeads")
	dayHeads               = cue("dayHeads")
	acquisitionWords       = cue("acquisitionWords")
	procedureNouns         = cue("procedureNouns")
	patrolNouns            = cue("patrolNouns")
	participateVerbs       = cue("participateVerbs")
	editionNouns           = cue("editionNouns")
	genericHeads           = cue("genericHeads")
	hyphenLinks            = cue("hyphenLinks")
	fileExtensions         = cue("fileExtensions")
	landformNouns          = cue("landformNouns")
	corporateTails         = cue("corporateTails")
	publicBodyWords        = cue("publicBodyWords")
	launchParticiples      = cue("launchParticiples")
	throughPrepositions    = cue("throughPrepositions")
	journeyVerbs           = cue("journeyVerbs")
	groupNouns             = cue("groupNouns")
	siteNouns              = cue("siteNouns")
	clauseWords            = cue("clauseWords")
	whichOrgVerbs          = cue("whichOrgVerbs")
	articlePlaceStarts     = cue("articlePlaceStarts")
	hyphenPlaceWords       = cue("hyphenPlaceWords")
	nameHonorifics         = cue("nameHonorifics")
	powerTails             = cue("powerTails")
	sainteWords            = cue("sainteWords")
	fromPeople             = cue("fromPeople")
	reachedPlaceVerbs      = cue("reachedPlaceVerbs")
	journeyNouns           = cue("journeyNouns")
	foreignBodyStarts      = cue("foreignBodyStarts")
	arabicPlaceStarts      = cue("arabicPlaceStarts")
	arabicArticles         = cue("arabicArticles")
	townWordStarts         = cue("townWordStarts")
	hullSymbols            = cue("hullSymbols")
	legalPrefixes          = cue("legalPrefixes")
	sportWords             = cue("sportWords")
	companyLinks           = cue("companyLinks")
	designWords            = cue("designWords")
	aliasVerbs             = cue("aliasVerbs")
	craftDeeds             = cue("craftDeeds")
	missionOwners          = cue("missionOwners")
	worksNouns             = cue("worksNouns")
	divisionWords          = cue("divisionWords")
	serviceWords           = cue("serviceWords")
	cityPartNouns          = cue("cityPartNouns")
	partLinks              = cue("partLinks")
	townNouns              = cue("townNouns")
	siteInstitutionHeads   = cue("siteInstitutionHeads")
	streamHeads            = cue("streamHeads")
	sitePrepositions       = cue("sitePrepositions")
	roadHeads              = cue("roadHeads")
	roadBefore             = cue("roadBefore")
	roadAfter              = cue("roadAfter")
	roadStates             = cue("roadStates")
	venueWords             = cue("venueWords")
	portNouns              = cue("portNouns")
	landHeads              = cue("landHeads")
	farmWords              = cue("farmWords")
	routePrepositions      = cue("routePrepositions")
	routeNouns             = cue("routeNouns")
	notPriceBefore         = cue("notPriceBefore")
	notPlurals             = cue("notPlurals")
	compassOfWords         = cue("compassOfWords")
	placeParticles         = cue("placeParticles")
	apposedSchemeNouns     = cue("apposedSchemeNouns")
	irregularParticiples   = cue("irregularParticiples")
	participleLinks        = cue("participleLinks")
	openingPrepositions    = cue("openingPrepositions")
	codenameNouns          = cue("codenameNouns")
	targetBodies           = cue("targetBodies")
	landmarkHeads          = cue("landmarkHeads")
	partOpeners            = cue("partOpeners")
	siteNumberHeads        = cue("siteNumberHeads")
	bankOwners             = cue("bankOwners")
	bankVerbs              = cue("bankVerbs")
	siteKindNouns          = cue("siteKindNouns")
	residentNouns          = cue("residentNouns")
	foreignFirmWords       = cue("foreignFirmWords")
	placeAfterCentro       = cue("placeAfterCentro")
	exchangeOperators      = cue("exchangeOperators")
	groupTails             = cue("groupTails")
	cityBodyTails          = cue("cityBodyTails")
	unitSuffixes           = cue("unitSuffixes")
	bodyEndPrepositions    = cue("bodyEndPrepositions")
	pupilWords             = cue("pupilWords")
	schoolHeads            = cue("schoolHeads")
	partyHeads             = cue("partyHeads")
	clubPrefixes           = cue("clubPrefixes")
	relativeStarts         = cue("relativeStarts")
	compoundPlaceEndings   = cue("compoundPlaceEndings")
	compoundPlaceWords     = cue("compoundPlaceWords")
	siteShortHeads         = cue("siteShortHeads")
	siteModifiers          = cue("siteModifiers")
	numberedHeads          = cue("numberedHeads")
	cargoCarriers          = cue("cargoCarriers")
	launchContext          = cue("launchContext")
	fireVerbs              = cue("fireVerbs")
	padNouns               = cue("padNouns")
	maoriGroupStarts       = cue("maoriGroupStarts")
	runangaWords           = cue("runangaWords")
	indigenousKinds        = cue("indigenousKinds")
	homeNations            = cue("homeNations")
	countryParts           = cue("countryParts")
	whichRunVerbs          = cue("whichRunVerbs")
	outletOpeners          = cue("outletOpeners")
	outletTails            = cue("outletTails")
	bodyKindNouns          = cue("bodyKindNouns")
	marketVerbs            = cue("marketVerbs")
	accountVerbs           = cue("accountVerbs")
	accountNouns           = cue("accountNouns")
	bodyPartNouns          = cue("bodyPartNouns")
	postWords              = cue("postWords")
	rivalWords             = cue("rivalWords")
	bandRoles              = cue("bandRoles")
	appositionBodyNouns    = cue("appositionBodyNouns")
	bodyThings             = cue("bodyThings")
	valueVerbs             = cue("valueVerbs")
	managedAssets          = cue("managedAssets")
	bodyParticiples        = cue("bodyParticiples")
	staffAtNouns           = cue("staffAtNouns")
	countedRunVerbs        = cue("countedRunVerbs")
	serviceNouns           = cue("serviceNouns")
	storyPartPrepositions  = cue("storyPartPrepositions")
	ownPlaceNouns          = cue("ownPlaceNouns")
	compassCompounds       = cue("compassCompounds")
	streetSiteNouns        = cue("streetSiteNouns")
	bankSides              = cue("bankSides")
	regionStateWords       = cue("regionStateWords")
	siteNounsAfter         = cue("siteNounsAfter")
	partNounLinks          = cue("partNounLinks")
	travelPrepositions     = cue("travelPrepositions")
	urbanSiteHeads         = cue("urbanSiteHeads")
	airlineHeads           = cue("airlineHeads")
	athleteDeeds           = cue("athleteDeeds")
	dwellerNouns           = cue("dwellerNouns")
	commandHeads           = cue("commandHeads")
	basedUnitKinds         = cue("basedUnitKinds")
	foreignUnitWords       = cue("foreignUnitWords")
	establishmentKinds     = cue("establishmentKinds")
	royalBodyHeads         = cue("royalBodyHeads")
	rankKindWords          = cue("rankKindWords")
	pluralPosts            = cue("pluralPosts")
	bylinePosts            = cue("bylinePosts")
	procurementModifiers   = cue("procurementModifiers")
	procurementNouns       = cue("procurementNouns")
	doctrineCounts         = cue("doctrineCounts")
	doctrineHeads          = cue("doctrineHeads")
	romanceCompass         = cue("romanceCompass")
	standHeads             = cue("standHeads")
	givenTitles            = cue("givenTitles")
	goalMarks              = cue("goalMarks")
	singularVerbs          = cue("singularVerbs")
	scoringWords           = cue("scoringWords")
	siteKindModifiers      = cue("siteKindModifiers")
	buildingNouns          = cue("buildingNouns")
	resourceWords          = cue("resourceWords")
	compassAdjectives      = cue("compassAdjectives")
	siteTitles             = cue("siteTitles")
	worksSiteHeads         = cue("worksSiteHeads")
	ownedSiteNouns         = cue("ownedSiteNouns")
	zoneWords              = cue("zoneWords")
	baseAbbreviations      = cue("baseAbbreviations")
	reviewHeads            = cue("reviewHeads")
	programmeRoles         = cue("programmeRoles")
	craftCommaNouns        = cue("craftCommaNouns")
	hostedHeads            = cue("hostedHeads")
	treatyHeads            = cue("treatyHeads")
	modelOwners            = cue("modelOwners")
	modelNouns             = cue("modelNouns")
	matchNouns             = cue("matchNouns")
	namingVerbs            = cue("namingVerbs")
	modelDeeds             = cue("modelDeeds")
	tradedParticiples      = cue("tradedParticiples")
	tradedAdverbs          = cue("tradedAdverbs")
	firmStaff              = cue("firmStaff")
	placeBodyHeads         = cue("placeBodyHeads")
	wentStates             = cue("wentStates")
	kindDeterminers        = cue("kindDeterminers")
	exchangeWords          = cue("exchangeWords")
	houseWords             = cue("houseWords")
	lawWords               = cue("lawWords")
	flyingWords            = cue("flyingWords")
	whoseBodyThings        = cue("whoseBodyThings")
	cardinalUnitKinds      = cue("cardinalUnitKinds")
	firmTails              = cue("firmTails")
	revisionWords          = cue("revisionWords")
	capitalMonths          = cue("capitalMonths")
	sharedShipPrefixes     = cue("sharedShipPrefixes")
	craftFollowers         = cue("craftFollowers")
	countedPlatformHeads   = cue("countedPlatformHeads")
	publicBodyHeads        = cue("publicBodyHeads")
	countryEndonyms        = cue("countryEndonyms")
	serviceModifiers       = cue("serviceModifiers")
	serviceHeads           = cue("serviceHeads")
	shortPlaceForms        = cue("shortPlaceForms")
	openingSiteHeads       = cue("openingSiteHeads")
	siteOpeningLinks       = cue("siteOpeningLinks")
	groundClubWords        = cue("groundClubWords")
	postingWords           = cue("postingWords")
	wayPrepositions        = cue("wayPrepositions")
	pluralPartNouns        = cue("pluralPartNouns")
	moduleWords            = cue("moduleWords")
	moduleKinds            = cue("moduleKinds")
	appositiveCraft        = cue("appositiveCraft")
	craftTrades            = cue("craftTrades")
	missionGoals           = cue("missionGoals")
	officerHouses          = cue("officerHouses")
	houseOfficerTitles     = cue("houseOfficerTitles")
	houseOfficerRanks      = cue("houseOfficerRanks")
	bankOpeners            = cue("bankOpeners")
	governmentTiers        = cue("governmentTiers")
	listLinks              = cue("listLinks")
	partyWords             = cue("partyWords")
	sentenceEnds           = cue("sentenceEnds")
	variantWords13         = cue("variantWords13")
	programBeforeWords14   = cue("programBeforeWords14")
	leadAbbrevs14          = cue("leadAbbrevs14")
	siteVerbs              = cue("siteVerbs")
	pluralNames15          = cue("pluralNames15")
	featureTrades15        = cue("featureTrades15")
)
