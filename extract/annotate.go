package extract

import (
	"fmt"
	"math"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"

	"github.com/trawl/trawl/configs"
)

// ExtractorVersion is recorded with every stored mention; bump it whenever
// Annotate's output for the same text changes.
const ExtractorVersion = "annotate/28"

// AnnotatorOptions configure NewAnnotator.
type AnnotatorOptions struct {
	Gazetteer *configs.Gazetteer // nil → the shipped one (configs.LoadGazetteer())
	FX        *configs.FX        // nil → configs.LoadFX()
	// Aliases are reviewers' decisions (surface text → label and canonical);
	// they override the gazetteer and the rules.
	Aliases []Alias
	// Decisions are reviewers' other rules, applied to the output.
	Decisions Decisions
}

// Annotator finds entity mentions in article text. It is built once (lists
// and models are loaded by NewAnnotator) and is safe for concurrent use.
type Annotator struct {
	gaz        *gazIndex
	givenNames wordSet
	// surnames are frequent family names: evidence, where the structure
	// fits, that a lone unknown word is a person's (lone.go).
	surnames wordSet
	// wordGivenNames are given names that are English words too ("Max",
	// "Warren"): a name only before a surname (nameRun).
	wordGivenNames map[string]bool
	demonyms       map[string]bool
	// celestial are the IAU names of planets, moons, stars and asteroids
	// (news_places.go).
	celestial map[string]bool
	// vehicleMakers are makers' and brands' names before a model's, and
	// missionNames space programmes' names before a mission's number
	// (news_places.go).
	vehicleMakers map[string]bool
	// modelMakers are aircraft makers before a model number (news_plat7.go).
	modelMakers  map[string]bool
	missionNames map[string]bool
	// ambiguousCities are large cities named like people or words, read
	// as cities after a place preposition; stockIndices are no entity
	// (news_places.go).
	ambiguousCities map[string]bool
	stockIndices    map[string]bool
	// placeTowns and placeParts give the kind, town or section of a
	// town, of places no entry names (place_kinds.go).
	placeTowns, placeParts wordList
	// stateCodes are U.S. and Canadian postal codes, a place only after
	// a place and a comma (news_people4.go).
	stateCodes map[string]bool
	// islands are islands' names, a place over a province's or a town's
	// of the same name (news_news7.go).
	islands map[string]bool
	// teamShortNames are clubs' and teams' short names, the club's in a
	// sports text (news_orgs8.go)
	teamShortNames map[string]bool
	// commonWords is a lexicon of lower-case English words; a capitalised
	// word missing from it is a name candidate wherever it stands. Empty
	// when the gazetteer has no such list: the rules that need it are off.
	commonWords wordSet
	// countries are the canonical names of countries.yaml: a city may
	// name its club, a country its team only. airlines are those of
	// airlines.yaml and airlines_world.yaml, which fly models others make.
	countries, airlines map[string]bool
	// cities are the canonical names of the city files that name no
	// country or state too ("Glasgow", not "Lagos" or "Singapore"): a place
	// in one is a district of it (innerPlaces).
	cities map[string]bool
	// worldCities are those of cities_world.yaml, which holds some large
	// suburbs too: a city's part by a kind noun (cityParts); cityNames
	// are those of every city file, a state's namesake too ("Tokyo").
	worldCities, cityNames map[string]bool
	// cityPartNames are those of city_parts.yaml: a city's districts and
	// suburbs, whose partners in a list are parts too (news_r29part.go).
	cityPartNames map[string]bool
	// byCanonical redirects a mention whose canonical a reviewer renamed or
	// merged into another entity.
	byCanonical map[string]Alias
	decisions   decisionIndex
	fx          *configs.FX
	tagger      *tag.Tagger
}

// maxAnnotateBytes bounds the text one pass of the annotator looks at (an
// article body is far shorter). Longer text is annotated in windows of this
// size, cut between paragraphs, so none of it goes unread; what a window
// learns (acronyms, surnames) does not reach the next one.
const maxAnnotateBytes = 4 << 20

// NewAnnotator loads the gazetteer, exchange rates and tagger once.
func NewAnnotator(opts AnnotatorOptions) (*Annotator, error) {
	defer holdCollector()()
	// Start-up on two cores: the tagger's model, the cue sets and the
	// rates load while the gazetteer is read, and its index (half the
	// work) is built beside the word sets.
	var (
		wg            sync.WaitGroup
		tagger        *tag.Tagger
		fx            = opts.FX
		tagErr, fxErr error
		gaz           *gazIndex
	)
	defer wg.Wait()
	wg.Go(func() {
		tagger, tagErr = tag.New()
		loadCues()
		rulesSorted.Do(sortRules)
		if fx == nil {
			fx, fxErr = configs.LoadFX()
		}
	})
	g := opts.Gazetteer
	if g == nil {
		var err error
		if g, err = configs.LoadGazetteer(); err != nil {
			return nil, fmt.Errorf("annotator: gazetteer: %w", err)
		}
	}
	wg.Go(func() { gaz = newGazIndex(g.Entries) })
	a := &Annotator{
		givenNames:      shippedSet(g.Lists, "given_names"),
		surnames:        shippedSet(g.Lists, "surnames"),
		wordGivenNames:  setOf(g.Lists["given_names_words"]),
		demonyms:        setOf(g.Lists["demonyms"]),
		celestial:       setOf(g.Lists["celestial"]),
		vehicleMakers:   setOf(g.Lists["vehicle_makers"]),
		modelMakers:     setOf(g.Lists["model_makers"]),
		missionNames:    setOf(g.Lists["mission_names"]),
		ambiguousCities: setOf(g.Lists["ambiguous_cities"]),
		placeTowns:      sortedRuns(g.Lists["place_towns"]),
		placeParts:      sortedRuns(g.Lists["place_parts"]),
		stockIndices:    setOf(g.Lists["stock_indices"]),
		stateCodes:      setOf(g.Lists["state_codes"]),
		islands:         setOf(g.Lists["islands"]),
		teamShortNames:  setOf(g.Lists["team_short_names"]),
		commonWords:     shippedSet(g.Lists, "common_words"),
		countries:       canonicalsOf(g.Entries, "countries.yaml"),
		airlines:        canonicalsOf(g.Entries, "airlines.yaml", "airlines_world.yaml"),
		cities:          citiesOf(g.Entries),
		worldCities:     canonicalsOf(g.Entries, "cities_world.yaml"),
		cityNames:       cityFileNames(g.Entries),
		cityPartNames:   canonicalsOf(g.Entries, "city_parts.yaml"),
		byCanonical:     map[string]Alias{},
		decisions:       newDecisionIndex(opts.Decisions),
	}
	wg.Wait()
	if fxErr != nil {
		return nil, fmt.Errorf("annotator: exchange rates: %w", fxErr)
	}
	if tagErr != nil {
		return nil, fmt.Errorf("annotator: part-of-speech tagger: %w", tagErr)
	}
	a.gaz, a.fx, a.tagger = gaz, fx, tagger
	for i, al := range opts.Aliases {
		if strings.TrimSpace(al.Text) == "" || strings.TrimSpace(al.Canonical) == "" {
			return nil, fmt.Errorf("annotator: alias %d (%q): text and canonical are required", i, al.Text)
		}
		if !slices.Contains(Labels, al.Label) || al.Label == "MONEY" {
			return nil, fmt.Errorf("annotator: alias %d (%q): label %q is not an entity label", i, al.Text, al.Label)
		}
		a.gaz.add(al.Text, gazHit{label: al.Label, canonical: al.Canonical, reviewed: true})
		a.byCanonical[al.Label+"\x00"+strings.ToLower(al.Text)] = al
	}
	return a, nil
}

// citiesOf returns the canonical names of the city files' entries that no
// country or subdivision file names too.
func citiesOf(entries []configs.GazetteerEntry) map[string]bool {
	cities, other := map[string]bool{}, map[string]bool{}
	for _, e := range entries {
		switch f := filepath.Base(e.File); {
		case strings.HasPrefix(f, "cities") || strings.HasPrefix(f, "capitals"):
			cities[e.Canonical] = true
		case f == "countries.yaml" || strings.HasPrefix(f, "subdivisions"):
			other[e.Canonical] = true
		}
	}
	for c := range other {
		delete(cities, c)
	}
	return cities
}

// canonicalsOf returns the canonical names of the entries of the gazetteer
// files named.
func canonicalsOf(entries []configs.GazetteerEntry, files ...string) map[string]bool {
	m := map[string]bool{}
	for _, e := range entries {
		if slices.Contains(files, filepath.Base(e.File)) {
			m[e.Canonical] = true
		}
	}
	return m
}

// collectorHold counts the NewAnnotator calls under way and keeps the
// collector's setting from before the first.
var collectorHold struct {
	sync.Mutex
	n, percent int
}

// holdCollector stops the garbage collector until the func it returns is
// called: what NewAnnotator builds (some 30 MB) stays live, so a
// collection in between frees next to nothing, and it took a tenth of
// one-sentence annotate's start. Calls may overlap (two annotators built
// at once): the last to end sets the collector back as it was before the
// first began.
func holdCollector() func() {
	collectorHold.Lock()
	defer collectorHold.Unlock()
	if collectorHold.n == 0 {
		collectorHold.percent = debug.SetGCPercent(-1)
	}
	collectorHold.n++
	return func() {
		collectorHold.Lock()
		defer collectorHold.Unlock()
		if collectorHold.n--; collectorHold.n == 0 {
			debug.SetGCPercent(collectorHold.percent)
		}
	}
}

// wordList holds a list's words in sorted runs, asked by binary search,
// for large lists read rarely: a map of the place kinds' 66,000 names cost
// more to build at every start than all their look-ups. The generated
// files come sorted, one run each.
type wordList [][]string

// sortedRuns splits words where they stop ascending; a list of many runs
// (one not written sorted) is sorted instead.
func sortedRuns(words []string) wordList {
	var l wordList
	start := 0
	for i := 1; i < len(words); i++ {
		if words[i] < words[i-1] {
			l, start = append(l, words[start:i]), i
		}
	}
	if len(l) >= 8 {
		return wordList{slices.Sorted(slices.Values(words))}
	}
	return append(l, words[start:])
}

func (l wordList) has(w string) bool {
	for _, run := range l {
		if _, ok := slices.BinarySearch(run, w); ok {
			return true
		}
	}
	return false
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// uncommon reports whether a capitalised word is, in lower case, no
// English word the lexicon knows ("Brandt", "Tarvel", but not "Baker"
// or "Officials"). All-capital words and words with inner capitals are
// acronyms or brands, not capitalised common words, and so never uncommon.
// Without a lexicon nothing is uncommon.
func (a *Annotator) uncommon(w string) bool {
	if a.commonWords.len() == 0 || !isCapitalised(w) || functionWords.has(w) {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	rest := w[n:]
	if rest == "" || strings.IndexFunc(rest, unicode.IsUpper) >= 0 || strings.IndexFunc(rest, unicode.IsDigit) >= 0 {
		return false
	}
	l := string(unicode.ToLower(r)) + rest
	if a.commonWords.has(l) {
		return false
	}
	// the lexicon lists "X" for its plural "Xs"
	if sing, ok := strings.CutSuffix(l, "s"); ok && a.commonWords.has(sing) {
		return false
	}
	return true
}

// Annotate returns the entity mentions of text, sorted by Start and not
// overlapping. published picks the year of the exchange rate for MONEY; the
// zero time means the latest rate.
func (a *Annotator) Annotate(text string, published time.Time) []Entity {
	if len(text) <= maxAnnotateBytes {
		return a.annotateWindow(text, published)
	}
	var parts [][]Entity
	n := 0
	for off := 0; off < len(text); {
		end := windowEnd(text, off, maxAnnotateBytes)
		part := a.annotateWindow(text[off:end], published)
		for i := range part {
			part[i].Start += off
			part[i].End += off
		}
		parts, n = append(parts, part), n+len(part)
		off = end
	}
	out := make([]Entity, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// windowEnd is where the window of at most size bytes from off ends: at the
// last paragraph break in its second half, else the last line break, full
// stop or space, else at a rune boundary.
func windowEnd(text string, off, size int) int {
	if len(text)-off <= size {
		return len(text)
	}
	w := text[off : off+size]
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if k := strings.LastIndex(w, sep); k >= size/2 {
			return off + k + len(sep)
		}
	}
	end := off + size
	for !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

func (a *Annotator) annotateWindow(text string, published time.Time) []Entity {
	d := newDoc(a, a.readCaps(text))
	d.orig = text
	money := FindMoney(text)
	for _, m := range money {
		d.claimBytes(m.Start, m.End)
	}
	d.markCommonStarts()
	d.findUnits()
	d.findDefinitions()
	d.findShipLists()
	d.findModelNumbers()
	d.findServiceHeadings()
	d.findAmpersandFirms()
	d.chunkAll()
	d.resolve()
	d.coordinatedPlatforms()
	d.trimPlurals()
	d.cutKindWords()
	d.joinSlashes()
	d.r19defPost() // news_r19def.go
	d.versionSuffix()
	d.familyMarkNumbers()
	d.joinVariants()
	d.def13Post()      // news_def13.go
	d.r23defPost()     // news_r23def.go
	d.defprog14Post()  // news_defprog14.go
	d.r16Post()        // news_r16news.go
	d.r19miscPost()    // news_r19misc.go
	d.venueShortForm() // news_r23news.go
	d.platformFamily() // news_r23news.go
	d.linkedPlaces()   // news_r24news.go
	d.hyphenPlaces()   // news_r24news.go
	d.r24defPost()     // news_r24def.go
	d.r25defPost()     // news_r25def.go
	d.r26defPost()     // news_r26def.go
	// "sea trials off Tarvo Kessel": a place read as a person (news_r25news.go)
	d.placePrepositionPersons()
	d.coordinatedPlaces()    // news_r27pers.go
	d.siteOf()               // news_r27pers.go
	d.passagePersons()       // news_r27pers.go
	d.exerciseEditions()     // news_r27pers.go
	d.modifiedSchemes()      // news_r27pers.go
	d.benefitCards()         // news_r27pers.go
	d.dashJoinedSite()       // news_r28fac.go
	d.streetStation()        // news_r28fac.go
	d.clubsAgain()           // news_r28fac.go
	d.scorerLists()          // news_r28score.go
	d.editionMarks()         // news_r28plat.go
	d.familyAlone()          // news_r28plat.go
	d.bracketUnitNumber()    // news_r29name.go
	d.pairedPlatform()       // news_r29name.go
	d.islandPlaces()         // news_r28place.go
	d.pairedFields()         // news_r28place.go
	d.siteShortName()        // news_r29base.go
	d.townWorks()            // news_r29part.go
	d.joinAdjacent("ORG", 0) // news_r30b.go
	d.whichBody()            // news_r30b.go
	// people's names cut or joined, and names read as people's that a
	// list, a place or capitals say are not (news_r31pers.go)
	d.joinAdjacent("PERSON", 4) // news_r30b.go
	d.initialBeforeSurname()
	d.nameWordBefore()
	d.nameEnds()
	d.givenNamePlaces()
	d.capitalsGivenName()
	d.worksTowns()      // news_r31org.go
	d.andBodies()       // news_r31org.go
	d.countedShipList() // news_r31plat.go
	d.titledScheme()    // news_r31plat.go
	d.dashRoute()       // news_r32place.go
	d.siteDashState()   // news_r32place.go
	d.harbourNames()    // news_r32place.go
	d.siteAlone()       // news_r32place.go
	// platforms and programmes (news_r33plat.go)
	d.seriesNumbers()
	d.countryYearEdition()
	d.makerDesignator()
	d.yearsVision()
	d.byScheme()
	d.capitalsSystem()
	d.listedSibling()
	d.insurerPlan()
	d.initialsProgram()
	// names with a patronymic, names read as people's that a model's shape,
	// a date or a line says are not, countries joined by "and" (news_r33pers.go)
	d.r33persPost()
	// organisations' names cut at a place, "for", a plural's apostrophe,
	// "in" or "&", and funds that act as bodies (news_r33org.go)
	d.ampersandBodies()
	d.placeLedBodies()
	d.forBodies()
	d.pluralPossessiveBodies()
	d.postInPlace()
	d.fundBodies()
	// a platform in a headline in capitals without its count or its
	// craft's noun (news_r34plat.go)
	d.capsHeadlineCraft()
	// places read as people's names, names cut at a town's word, headers
	// in capitals (news_r34pers.go)
	d.r34persPost()
	// unions' branches, posts cut off bodies' names, trades' names read as
	// people's, universities' campuses, bodies' initials in capitals
	// (news_r34org.go)
	d.unionLocals()
	d.postOfBody()
	d.tradeNamedBodies()
	d.campusBodies()
	d.namedBodyInitials()
	// a road's code read as a model's, a saint's possessive cut off a
	// place (news_r34fac.go)
	d.roadCodeRoutes()
	d.saintPossessive()
	// names cut at a glued hyphen, an irregular plural's possessive, "and"
	// or a Romance particle, and a place's possessive taken into a long
	// form (news_r35cut.go)
	d.hyphenTails()
	d.pluralOwnerBodies()
	d.placeOwnerSplit()
	d.andTails()
	d.particlePlaces()
	// capitalised common words read as names (news_r35extra.go)
	d.r35extraPost()
	// names no rule read: a word between a place and "and" or after a
	// route's noun, a town before its mayor (news_r35miss.go)
	d.betweenUnread()
	d.townOfficeTowns()
	// a town's name standing for its club (news_r35label.go)
	d.townClubs()
	// a name after a body's noun as its title (news_r35label.go)
	d.bodyNounNames()
	// an apposition's head noun: a role's, a body's (news_r35label.go)
	d.appositionHeads()
	// a list of places ended by a subdivision's plural (news_r36loc.go)
	d.adminListPlaces()
	// names no rule read: a word joined to a town by "and" or "or", two
	// words after "at" (news_r36recall.go)
	d.r36recallPost()
	// one name word after a preposition of motion, a name after "the",
	// read as people's (news_r36pers.go)
	d.r36persPost()
	// a name whose office or board the text names (news_r36org.go)
	d.officeOwners()
	out := make([]Entity, 0, len(money)+len(d.mentions))
	for _, m := range money {
		out = append(out, a.moneyEntity(text, m, published))
	}
	names := len(out)
	out = d.appendEntities(out)
	for i := names; i < len(out); i++ {
		out[i].Text = text[out[i].Start:out[i].End] // as written, capitals and all
	}
	slices.SortFunc(out, func(x, y Entity) int { return x.Start - y.Start })
	return a.decisions.apply(text, out)
}

// moneyEntity turns a FindMoney amount into a MONEY entity.
func (a *Annotator) moneyEntity(text string, m Money, published time.Time) Entity {
	e := Entity{
		Start: m.Start, End: m.End, Label: "MONEY", Text: text[m.Start:m.End],
		Canonical: moneyCanonical(m.Currency, m.Value),
		Currency:  m.Currency,
	}
	v := m.Value
	e.Value = &v
	if m.ValueMax != 0 {
		vm := m.ValueMax
		e.ValueMax = &vm
	}
	// FX falls back to the nearest listed year, so a far-future year asks
	// for the latest rate.
	year := 1 << 20
	if !published.IsZero() {
		year = published.Year()
	}
	if usd, rateYear, ok := a.fx.Convert(m.Value, m.Currency, year); ok {
		e.USD, e.USDYear = &usd, rateYear
	}
	return e
}

// moneyCanonical is "CUR value": whole units from a million up, and below
// it the cents and fractions the text wrote ("CAD 3.35", "USD 0.574").
func moneyCanonical(cur string, v float64) string {
	if math.Abs(v) >= 1e6 {
		return fmt.Sprintf("%s %d", cur, int64(math.Round(v)))
	}
	return cur + " " + strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

// doc is the working state of one Annotate call.
type doc struct {
	a    *Annotator
	text string
	// orig is the text as written, before readCaps wrote its capitals in
	// title case (the same offsets)
	orig string
	toks []tok
	used []bool // token already inside a mention (or a MONEY amount)
	// common marks sentence-initial words the tagger reads as common words
	// ("Officials", "Engineers"), which are not names (commonStart).
	common []commonState
	// units are gazetteer names and defined acronyms found in the text,
	// keyed by their first token; chunks treat each as one piece.
	units   map[int]*unit
	maxUnit int // tokens in the longest unit
	// unitSlab holds the units, allocated a block at a time (each twice
	// the last); a block is never grown, so pointers into it stay valid.
	unitSlab []unit
	// defined holds the meanings each acronym took in the text (define).
	defined map[string][]gazHit
	// byText indexes the tokens by their text, scans counts the scans
	// made without it; see positions.
	byText   map[string][]int
	scans    int
	mentions []mention
	// spareMaps are tokMaps passes have done with, for the next to reuse.
	spareMaps []tokMap
	// personEnds marks where the names added as a person's end (as added:
	// a later change of label is not seen), for afterPersonOf.
	personEnds map[int]bool
	// weak are person names guessed from their shape alone; resolve adds
	// them after the text's own evidence has had its say.
	weak []span
	buf  []byte
	// lowerWords are the lower-case words of the text, built on first use
	// by seenLower.
	lowerWords map[string]bool
	// sport is speaksOfSport's answer, asked once a text: 0 not yet, 1
	// no, 2 yes.
	sport int8
	// tagsAfter remembers tagAfter's answers by token: rules ask of the
	// same word many times, and each answer costs a run of the tagger.
	tagsAfter []string
	places    placeState
	progs     progsState
	// openerNames are the names of operations, exercises, missions and
	// projects found so far without their opener ("Orvane Shield" of
	// "Exercise Orvane Shield").
	openerNames nameMemo
	// progNames are the names of programmes found so far, without opener
	// or edition (news_progs7.go).
	progNames progMemo
	orgs8     orgs8State
	progs9    progs9State
	// codenames are the programmes' names procurementRun read, slices of
	// the text (news_progs11.go).
	codenames  map[string]bool
	shortProgs shortProgState
	progs12    progs12State
	r19        r19State
}

type unit struct {
	end int // token index past the unit
	gazHit
}

type span struct{ s, e int } // token indices, end exclusive

type mention struct {
	span
	label, canonical string
	reviewed         bool // set from a reviewer's alias: resolution leaves it alone
	trim             int  // bytes cut off the last token (a plural's "s")
}

func newDoc(a *Annotator, text string) *doc {
	toks := tokenize(text)
	return &doc{
		a: a, text: text, toks: toks,
		used:       make([]bool, len(toks)),
		common:     make([]commonState, len(toks)),
		units:      map[int]*unit{},
		defined:    map[string][]gazHit{},
		personEnds: map[int]bool{},
	}
}

// unitAt returns the unit starting at token i.
func (d *doc) unitAt(i int) (unit, bool) {
	if u := d.units[i]; u != nil {
		return *u, true
	}
	return unit{}, false
}

func (d *doc) setUnit(i int, u unit) {
	if len(d.unitSlab) == cap(d.unitSlab) {
		d.unitSlab = make([]unit, 0, max(16, 2*cap(d.unitSlab)))
	}
	d.unitSlab = append(d.unitSlab, u)
	d.units[i] = &d.unitSlab[len(d.unitSlab)-1]
	d.maxUnit = max(d.maxUnit, u.end-i)
}

// claimBytes marks the tokens that [start, end) reaches as used. Tokens
// are in text order, so they are found by binary search, not a scan per
// call.
func (d *doc) claimBytes(start, end int) {
	// every token the span reaches, in part too: "$A1-00" is money to
	// "1", and no name may take the token "A1-00" across it
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].end > start })
	for ; i < len(d.toks) && d.toks[i].start < end; i++ {
		d.used[i] = true
	}
}

// claim marks tokens [s, e) as used: taken by a mention, or by no entity
// (a work's title, an event).
func (d *doc) claim(s, e int) {
	for i := s; i < e; i++ {
		d.used[i] = true
	}
}

func (d *doc) free(s, e int) bool {
	for i := s; i < e; i++ {
		if d.used[i] {
			return false
		}
	}
	return true
}

// add records a mention over tokens [s, e) unless they are taken.
func (d *doc) add(s, e int, label, canonical string) bool {
	if s >= e || !d.free(s, e) {
		return false
	}
	d.claim(s, e)
	d.mentions = append(d.mentions, mention{span: span{s, e}, label: label, canonical: canonical})
	if label == "PERSON" {
		d.personEnds[e] = true
	}
	return true
}

func (d *doc) surface(s, e int) string { return d.text[d.toks[s].start:d.toks[e-1].end] }

// markCommonStarts marks the capitalised words that open a sentence for
// the tagger to settle: "Officials from ..." is no name, "Okonkwo said"
// is. A word the lexicon does not know is a name without asking. The
// tests read d.used as it is now; the tagger is asked only when a rule
// reads the word (commonStart), as a quarter of the marked words never
// are, and the tagger costs more than all the tests.
func (d *doc) markCommonStarts() {
	for i, t := range d.toks {
		if !t.sentStart || t.kind != tkWord || !isCapitalised(t.text) || d.used[i] || functionWords.has(t.text) || d.a.uncommon(t.text) || d.nameStartsAt(i) || d.wordNameSpeaks(i) || d.teamStarts(i) || d.houseOfficerAt(i) || i == 0 && d.capsColonOpener() {
			continue
		}
		// "Exercise Pitch Black began": an opener of a programme's name
		if programOpeners.has(t.text) && i+1 < len(d.toks) && isCapitalised(d.toks[i+1].text) && !d.toks[i+1].newline {
			continue
		}
		d.common[i] = commonAsk
	}
}

// commonState is what markCommonStarts and the tagger say of a token.
type commonState uint8

const (
	commonNo  commonState = iota // not marked, or the tagger read a name
	commonAsk                    // marked, the tagger not asked yet
	commonYes                    // the tagger read a common word
)

// commonStart reports whether token i opens a sentence as a common word,
// asking the tagger once. It reads only the two words after the first,
// so three words are enough.
func (d *doc) commonStart(i int) bool {
	if d.common[i] == commonAsk {
		var win [3]token.Token
		n := 0 // the window ends with its line: a heading is tagged alone
		for j := i; j < len(d.toks) && n < 3 && (j == i || !d.toks[j].newline); j++ {
			win[n] = token.Token{Text: d.toks[j].text}
			n++
		}
		d.a.tagger.TagTokens(win[:n])
		d.common[i] = commonNo
		if tg := win[0].Tag; tg != "NNP" && tg != "NNPS" {
			d.common[i] = commonYes
		}
	}
	return d.common[i] == commonYes
}

// ("NAVY", "ARMY", as the U.S. Department of Defense lists its daily
// awards), which a tagger would read as a common word; names of more words
// ("AIR FORCE") are read as any text in capitals is.
func (d *doc) findServiceHeadings() {
	t := d.toks
	for i := range t {
		if w := d.orig[t[i].start:t[i].end]; (w == "NAVY" || w == "ARMY") && t[i].newline && (i+1 == len(t) || t[i+1].newline) && !d.used[i] {
			d.add(i, i+1, "ORG", "")
		}
	}
}

// lowerPlace: token i may open a place's name typed in lower case, as
// informal text does ("in kerala", "flew to san francisco"): a lower-case
// word, not part of a web address or a handle.
func (d *doc) lowerPlace(i int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[i].text)
	return unicode.IsLower(r) && !d.toks[i].glued && !(i+2 < len(d.toks) && d.toks[i+1].glued && d.toks[i+2].glued)
}

// findUnits marks gazetteer names, longest first from the left.
func (d *doc) findUnits() {
	for i := 0; i < len(d.toks); {
		t := d.toks[i]
		if d.used[i] || t.kind != tkWord {
			i++
			continue
		}
		n, h := d.a.gaz.longest(d.toks, i, &d.buf)
		if n == 0 && d.lowerPlace(i) {
			n, h = d.a.gaz.lower.longest(d.toks, i, &d.buf)
			if n == 1 && (d.a.commonWords.has(t.text) || i > 0 && (d.toks[i-1].text == "a" || d.toks[i-1].text == "an")) || n > 1 && (placeKindNoun(d.toks[i+n-1].text) || shoreNouns.has(d.toks[i+n-1].text) || articles.has(t.text)) || d.compassPhrase(i, n) {
				n = 0 // "turkey", "chile", "a chihuahua": a word before a place; "the northern province", "the west coast", "the villages" ("The Villages"), "the east end" (news_r26join.go)
			}
		}
		if n == 0 && !isASCII(t.text) {
			// one word is no firm by its plain letters: "Koné" is a
			// family name, not the firm "Kone"
			if n, h = d.a.gaz.longestFolded(d.toks, i, &d.buf); n == 1 && h.label == "ORG" {
				n = 0
			}
		}
		if n == 0 || !d.free(i, i+n) {
			i++
			continue
		}
		d.setUnit(i, unit{end: i + n, gazHit: h})
		i += n
	}
}

// isName reports whether token i may be part of a name.
func (d *doc) isName(i int) bool {
	if i < 0 || i >= len(d.toks) || d.used[i] {
		return false
	}
	t := d.toks[i]
	if t.kind != tkWord || !startsName(t.text) || calendarWords.has(t.text) && !d.monthSurname(i) && !d.calendarInName(i) {
		return false
	}
	if t.glued && i > 0 && (d.toks[i-1].text == "@" || d.toks[i-1].text == "#") {
		return false // a social-media handle or tag
	}
	if t.sentStart && (functionWords.has(t.text) || d.commonStart(i)) {
		return false
	}
	// "UnleadedStocks.pdf": a file's name
	if i+2 < len(d.toks) && d.toks[i+1].text == "." && d.toks[i+1].glued && d.toks[i+2].glued && fileExtensions.has(strings.ToLower(d.toks[i+2].text)) {
		return false
	}
	// "- The frigates will": a function word after a list's bullet; a
	// name there stays one ("- Mark" signs an email)
	if functionWords.has(t.text) && i > 0 && (d.toks[i-1].text == "-" || d.toks[i-1].text == "*") && d.toks[i-1].sentStart {
		return false
	}
	return true
}

// startsName: capitalised ("India"), an acronym with a lower-case prefix
// ("eVTOL"), or a designator ("F135").
func startsName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsLower(r) {
		for _, c := range s {
			if unicode.IsUpper(c) {
				return true
			}
		}
	}
	return false
}

// allCapitals reports a word of ASCII capitals only ("NATO", "AP").
func allCapitals(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// appendEntities turns the mentions into Entities with offsets and
// canonicals, appended to out.
func (d *doc) appendEntities(out []Entity) []Entity {
	for _, m := range d.mentions {
		s, e := d.toks[m.s].start, d.toks[m.e-1].end-m.trim
		ent := Entity{Start: s, End: e, Label: m.label, Text: d.text[s:e], Canonical: m.canonical}
		if ent.Canonical == "" {
			ent.Canonical = ent.Text
		}
		if !m.reviewed {
			var buf [128]byte
			key := append(append(buf[:0], m.label...), 0)
			if al, ok := d.a.byCanonical[string(appendLower(key, ent.Canonical))]; ok {
				ent.Label, ent.Canonical = al.Label, al.Canonical
			}
		}
		out = append(out, ent)
	}
	return out
}
