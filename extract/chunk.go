package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/token"
)

// A chunk is a run of capitalised words that may be one name, with the small
// words names contain ("Ministry of Defence", "CG Power and Industrial
// Solutions", "Quad Leaders’ Summit", "India-U.S."). Classifying a chunk
// either labels it whole (a suffix or cue says what it is) or splits it into
// the names it holds.

// piece is one part of a chunk: a gazetteer name, a word, or a connector.
type piece struct {
	s, e int
	unit *unit // a gazetteer or acronym unit; nil otherwise
	conn bool  // connector: "of", "and", a hyphen, a plural possessive
}

const maxChunk = 16 // pieces; longer runs of capitals are headlines or lists

func (d *doc) chunkAll() {
	for i := 0; i < len(d.toks); {
		ps, next := d.chunkAt(i)
		if len(ps) == 0 {
			i++
			continue
		}
		d.classify(ps)
		i = next
	}
}

// itemAt returns the unit or name token starting at token i.
func (d *doc) itemAt(i int) (piece, bool) {
	if i >= len(d.toks) {
		return piece{}, false
	}
	if u, ok := d.units[i]; ok && d.free(i, u.end) {
		return piece{s: i, e: u.end, unit: &u}, true
	}
	if d.isName(i) {
		return piece{s: i, e: i + 1}, true
	}
	return piece{}, false
}

func (d *doc) chunkAt(i int) ([]piece, int) {
	first, ok := d.itemAt(i)
	if !ok {
		return nil, i + 1
	}
	ps := []piece{first}
	j := first.e
	toks := d.toks
	conn := func(k int) piece { return piece{s: k, e: k + 1, conn: true} }
	for j < len(toks) && len(ps) < maxChunk {
		t := toks[j]
		if t.newline {
			break
		}
		switch {
		case t.text == "-" && t.glued && j+1 < len(toks) && toks[j+1].glued:
			if it, ok := d.itemAt(j + 1); ok {
				ps = append(ps, conn(j), it)
				j = it.e
				continue
			}
			// "Start-up Challenge": a lower-case part inside a name
			if w := toks[j+1]; w.kind == tkWord && !derivedAdjective(w.text) && j+2 < len(toks) && !toks[j+2].glued && !toks[j+2].newline {
				if it, ok := d.itemAt(j + 2); ok {
					ps = append(ps, conn(j), conn(j+1), it)
					j = it.e
					continue
				}
			}
		case t.kind == tkPunct && isApostrophe([]rune(t.text)[0]) && t.glued && strings.HasSuffix(toks[j-1].text, "s"):
			// plural possessive inside a name: "Quad Leaders’ Summit"
			if j+1 < len(toks) && !toks[j+1].glued {
				if it, ok := d.itemAt(j + 1); ok {
					ps = append(ps, conn(j), it)
					j = it.e
					continue
				}
			}
		case t.text == "," && j+1 < len(toks) && legalSuffixes[toks[j+1].text] && !toks[j+1].newline && !d.used[j+1]:
			// "Marvel Consultants, Inc."
			ps = append(ps, conn(j), piece{s: j + 1, e: j + 2})
			j += 2
			continue
		case t.glued:
		case (t.kind == tkWord || t.text == "&") && connectors[t.text] && t.text != "the":
			k := j + 1
			if k < len(toks) && toks[k].text == "the" {
				k++
			}
			if k < len(toks) && !toks[k].newline {
				if it, ok := d.itemAt(k); ok && !(t.text == "and" && it.unit == nil && titleWords[toks[k].text]) {
					for c := j; c < k; c++ {
						ps = append(ps, conn(c))
					}
					ps = append(ps, it)
					j = it.e
					continue
				}
			}
		default:
			if it, ok := d.itemAt(j); ok {
				ps = append(ps, it)
				j = it.e
				continue
			}
			if legalSuffixes[t.text] && !d.used[j] {
				ps = append(ps, piece{s: j, e: j + 1}) // "Barclays plc"
				j++
				continue
			}
			// a number after a programme word: "Mission 500", "Procedure 2020"
			last := ps[len(ps)-1]
			if isNumber(t.text) && last.unit == nil && (programStarts[toks[last.s].text] || programHeads[toks[last.s].text]) && !d.used[j] {
				ps = append(ps, piece{s: j, e: j + 1})
				j++
				continue
			}
		}
		break
	}
	return ps, j
}

// derivedAdjective: "U.S.-based", "India-made" end a name.
func derivedAdjective(w string) bool {
	for _, suf := range []string{"based", "made", "built", "owned", "led", "backed", "funded", "origin", "headquartered", "registered", "flagged", "born", "class", "era", "style", "bound"} {
		if w == suf {
			return true
		}
	}
	return false
}

func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) && strings.IndexFunc(s, unicode.IsLetter) < 0
}

// classify labels a chunk, or splits it and labels its parts.
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
	if len(ps) == 1 && ps[0].unit != nil {
		d.addUnit(ps[0])
		return
	}
	if d.airline(ps) {
		d.add(ps[0].s, ps[1].e, "ORG", "")
		return
	}
	if d.splitTitle(ps) || d.splitPlaces(ps) {
		return
	}
	if label := d.cueLabel(ps); label == eventCue {
		for i := ps[0].s; i < ps[len(ps)-1].e; i++ {
			d.used[i] = true
		}
		return
	} else if label != "" {
		s, e := d.leadingNumber(ps[0].s, label, ps), ps[len(ps)-1].e
		h, _ := d.a.gaz.lookup(d.toks[s:e])
		d.add(s, e, label, h.canonical)
		return
	}
	if !hasUnit(ps) && hasConn(ps) {
		if label := d.contextLabel(ps[0].s, ps[len(ps)-1].e); label == "PROGRAM" || label == "PLATFORM" {
			// "Tiger Triumph and Malabar exercises": each name is one
			start := 0
			for i, p := range ps {
				if p.conn && d.toks[p.s].text == "and" && !ps[i-1].conn && i+1 < len(ps) && !ps[i+1].conn {
					d.add(ps[start].s, ps[i-1].e, label, "")
					start = i + 1
				}
			}
			d.add(ps[start].s, ps[len(ps)-1].e, label, "")
			return
		}
	}
	// split at connector words first ("and", "of"), so that "Pixxel and
	// Sea-Gal Technologies" keeps its hyphenated name; then at hyphens
	// ("India-U.S.")
	if d.splitAt(ps, func(p piece) bool { return d.toks[p.s].kind == tkWord }) || d.splitAt(ps, func(piece) bool { return true }) {
		return
	}
	d.classifyPlain(ps)
}

// splitPlaces splits a chunk where "on", "to" or "and" stands between
// names of which the one after is a place's ("Porbandar on the Arabian
// Sea", "Strait of Malacca to the Gulf of Aden"); with "and" the name
// before must be a place's too ("Second Thomas Shoal and Scarborough
// Shoal").
func (d *doc) splitPlaces(ps []piece) bool {
	for i := 1; i+1 < len(ps); i++ {
		w := d.toks[ps[i].s].text
		if !ps[i].conn || w != "on" && w != "to" && w != "and" {
			continue
		}
		right := ps[i+1:]
		if right[0].conn && d.toks[right[0].s].text == "the" {
			right = right[1:]
		}
		if !d.placeName(right) || w == "and" && !d.placeName(ps[:i]) {
			continue
		}
		d.classify(ps[:i])
		d.classify(right)
		return true
	}
	return false
}

// placeName: a run shaped like the name of a place that is no GPE, ending
// in a place word ("Scarborough Shoal") or opening with one and "of" ("Gulf
// of Aden"), with no other connector inside ("Law of the Sea" is none).
func (d *doc) placeName(ps []piece) bool {
	if len(ps) < 2 || ps[0].conn || ps[len(ps)-1].conn {
		return false
	}
	ofAt := -1
	if locStarts[d.word(ps[0])] && ps[1].conn && d.toks[ps[1].s].text == "of" {
		ofAt = 1
	}
	for i, p := range ps {
		if p.conn && i != ofAt {
			return false
		}
	}
	return ofAt == 1 || locHeads[d.word(ps[len(ps)-1])]
}

// airline: "Air Canada", "Korean Air": a country or its demonym with
// "Air" names the country's airline.
func (d *doc) airline(ps []piece) bool {
	if len(ps) != 2 || ps[0].conn || ps[1].conn {
		return false
	}
	country := func(p piece) bool { return p.unit != nil && p.unit.label == "GPE" || d.a.demonyms[d.word(p)] }
	return d.word(ps[0]) == "Air" && country(ps[1]) || d.word(ps[1]) == "Air" && country(ps[0])
}

// splitAt classifies the parts of ps between the connectors that sep
// accepts; it reports whether there were any.
func (d *doc) splitAt(ps []piece, sep func(piece) bool) bool {
	start, split := 0, false
	for i, p := range ps {
		if p.conn && sep(p) {
			split = true
			d.classify(ps[start:i])
			start = i + 1
		}
	}
	if split {
		d.classify(ps[start:])
	}
	return split
}

func hasUnit(ps []piece) bool {
	for _, p := range ps {
		if p.unit != nil {
			return true
		}
	}
	return false
}

func (d *doc) addUnit(p piece) {
	if d.add(p.s, p.e, p.unit.label, p.unit.canonical) && p.unit.reviewed {
		d.mentions[len(d.mentions)-1].reviewed = true
	}
}

func (d *doc) word(p piece) string {
	if p.unit != nil || p.conn {
		return ""
	}
	return d.toks[p.s].text
}

// leadingNumber takes an ordinal before a military unit into its name:
// "11th Airborne Division", "91 Infantry Brigade".
func (d *doc) leadingNumber(s int, label string, ps []piece) int {
	if label != "ORG" || s == 0 || !militaryUnits[d.word(ps[len(ps)-1])] {
		return s
	}
	if t := d.toks[s-1]; t.kind != tkWord || d.used[s-1] || t.newline || !isNumber(t.text) && !isOrdinal(t.text) {
		return s
	}
	s--
	// "1st Battalion, 5th Infantry Regiment": the unit and its parent
	if s >= 3 && d.toks[s-1].text == "," && militaryUnits[d.toks[s-2].text] && isOrdinal(d.toks[s-3].text) && d.free(s-3, s) {
		s -= 3
	}
	return s
}

var militaryUnits = wordSet(`Division Battalion Brigade Regiment Fleet Corps Squadron Wing Group Team Command Army Flotilla`)

func isOrdinal(s string) bool {
	n := strings.TrimRightFunc(s, unicode.IsLetter)
	suf := s[len(n):]
	return n != "" && isNumber(n) && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")
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
	if shipPrefixes[first] && !ps[1].conn {
		if hasConn(ps) {
			return ""
		}
		return "PLATFORM"
	}
	if !d.joinable(ps) {
		return ""
	}
	// "Coromandel Institute for Strategic Studies": a name that opens with
	// "X Institute for" is the institute's
	for i := 1; i+1 < len(ps); i++ {
		if !ps[i+1].conn || ps[i].conn {
			continue
		}
		if of := d.toks[ps[i+1].s].text; (of == "of" || of == "for") && orgStarts[d.word(ps[i])] {
			return "ORG"
		}
		break
	}
	if ps[1].conn {
		if of := d.toks[ps[1].s].text; of == "of" || of == "for" || of == "on" {
			switch {
			case orgStarts[first]:
				return "ORG"
			case programStarts[first]:
				return "PROGRAM"
			case locStarts[first] && !orgHeads[d.word(ps[len(ps)-1])]:
				return "LOC"
			}
		}
	} else {
		switch first {
		case "Operation", "Exercise", "Mission", "Project":
			return "PROGRAM"
		case "Fort", "Camp", "Mount", "Lake", "Cape":
			return "LOC"
		}
	}
	last := len(ps) - 1
	if isNumber(d.word(ps[last])) {
		last--
	}
	head := d.word(ps[last])
	switch {
	case orgHeads[head]:
		return "ORG"
	case programHeads[head]:
		return "PROGRAM"
	case locHeads[head]:
		return "LOC"
	case gpeHeads[head]:
		return "GPE"
	case eventHeads[head] && !ps[last].conn:
		return eventCue
	}
	return ""
}

func hasConn(ps []piece) bool {
	for _, p := range ps {
		if p.conn {
			return true
		}
	}
	return false
}

// joinable reports whether a chunk's connectors may hold one name together.
// They may not when "and" follows a complete name ("Airborne Division and
// Marines"), joins a list ("PierSight, Pixxel and Sea-Gal Technologies"), or
// comes with "the" ("HMAS Ballarat and the U.S. Navy"), nor when a person's
// name comes first ("Caleb Whitford of the Pacific Security Roundtable").
func (d *doc) joinable(ps []piece) bool {
	if !hasConn(ps) {
		return true
	}
	first := 0
	for first < len(ps) && !ps[first].conn {
		first++
	}
	if d.a.givenNames[d.word(ps[0])] && d.personLen(ps[:first]) == first && first >= 2 {
		return false
	}
	s := ps[0].s
	listed := s > 0 && d.toks[s-1].text == ","
	for i, p := range ps {
		if !p.conn || d.toks[p.s].text != "and" {
			continue
		}
		if listed || i+1 < len(ps) && d.toks[ps[i+1].s].text == "the" {
			return false
		}
		// "Mount Kilimanjaro and Mount Kenya": two names of one kind
		if i+1 < len(ps) && d.word(ps[i+1]) != "" && d.word(ps[i+1]) == d.word(ps[0]) {
			return false
		}
		// a complete name before "and" and a single word after it
		if prev := ps[i-1]; (prev.unit != nil || orgHeads[d.word(prev)] || programHeads[d.word(prev)]) && len(ps)-i <= 2 {
			return false
		}
	}
	return true
}

var shipPrefixes = wordSet(`INS USS USNS PLANS HMS HMAS HMNZS HMCS JS BRP KRI ROKS PNS RSS KD HTMS FS ITS ORP SLNS BNS TCG ESPS HNLMS`)

// splitTitle finds a title inside a chunk ("U.S. Defense Secretary Pete
// Hegseth"): the name after it is a PERSON, what comes before is classified
// on its own, and the title itself is no entity.
func (d *doc) splitTitle(ps []piece) bool {
	for h := len(ps) - 2; h >= 0; h-- {
		if !titleHeads[d.word(ps[h])] {
			continue
		}
		rest := h + 1
		middle := []piece(nil)
		if ps[rest].conn {
			// "Secretary of War Pete Hegseth", "Ambassador to India Sergio Gor"
			k := rest
			for k < len(ps) && ps[k].conn {
				k++
			}
			g := k
			for g < len(ps) && !(ps[g].unit == nil && !ps[g].conn && d.a.givenNames[d.word(ps[g])]) {
				g++
			}
			if g >= len(ps) {
				continue
			}
			middle, rest = ps[k:g], g
		}
		n := d.personLen(ps[rest:])
		if n == 0 {
			continue
		}
		ls := h
		for ls > 0 && (titleWords[d.word(ps[ls-1])] || ps[ls-1].conn) {
			ls--
		}
		d.classify(ps[:ls])
		d.classify(middle)
		d.addPerson(ps[rest].s, ps[rest+n-1].e)
		d.classify(ps[rest+n:])
		return true
	}
	return false
}

// personLen is how many of ps make a person's name: up to four name words
// and a generational suffix.
func (d *doc) personLen(ps []piece) int {
	n := 0
	for n < len(ps) && n < 4 && (d.personWord(ps[n]) || n > 0 && d.surnameUnit(ps[n])) {
		n++
	}
	if n > 0 && n < len(ps) && nameSuffixes[d.word(ps[n])] {
		n++
	}
	return n
}

// personWord: a capitalised word that could be part of a name ("K", "Ōnishi"),
// not a word that names an organisation or a title.
func (d *doc) personWord(p piece) bool {
	w := d.word(p)
	if w == "" {
		return false
	}
	if d.a.demonyms[w] {
		return false
	}
	if d.a.givenNames[w] {
		return true
	}
	if titleWords[w] || orgHeads[w] || programHeads[w] || locHeads[w] || functionWords[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	upper := 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLetter(c) || unicode.IsMark(c) || c == '.' || c == '\'' || c == '’' || c == '-':
		default:
			return false
		}
	}
	return upper == 1 || len(w) <= 2 || strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac")
}

// surnameUnit: a one-word place that is also a surname ("Lloyd Austin").
func (d *doc) surnameUnit(p piece) bool {
	return p.unit != nil && p.e-p.s == 1 && (p.unit.label == "GPE" || p.unit.label == "LOC")
}

func (d *doc) addPerson(s, e int) {
	d.add(s, e, "PERSON", "")
}

// classifyPlain handles a chunk without connectors and without a cue.
func (d *doc) classifyPlain(ps []piece) {
	if len(ps) == 0 {
		return
	}
	// "Caleb Whitford", "Lloyd Austin": a given name and a surname
	if ps[0].unit == nil && d.a.givenNames[d.word(ps[0])] && len(ps) >= 2 {
		n := 1
		for n < len(ps) && n < 4 && (d.personWord(ps[n]) || d.surnameUnit(ps[n])) {
			n++
		}
		if n < len(ps) && nameSuffixes[d.word(ps[n])] {
			n++
		}
		if n >= 2 {
			d.addPerson(ps[0].s, ps[n-1].e)
			d.classifyPlain(ps[n:])
			return
		}
	}
	for i, p := range ps {
		isPlatform := p.unit != nil && p.unit.label == "PLATFORM" || p.unit == nil && isDesignator(d.word(p))
		if !isPlatform {
			continue
		}
		j := i + 1
		for j < len(ps) && ps[j].unit == nil && isDesignator(d.word(ps[j])) {
			j++
		}
		// "Tejas Mk1A", "LCA Tejas Mk2": a mark belongs to the name before
		// it; "BMP-2 Sarath": a designator's own name may follow it
		if p.unit == nil && markDesignator(d.word(p)) {
			for i > 0 && ps[i-1].unit == nil && (d.personWord(ps[i-1]) || acronymLike(d.word(ps[i-1]))) {
				i--
			}
		} else if j < len(ps) && j+1 == len(ps) && ps[j].unit == nil && d.personWord(ps[j]) && !d.a.givenNames[d.word(ps[j])] {
			j++
		}
		p = ps[i]
		d.classifyPlain(ps[:i])
		if j == i+1 && p.unit != nil {
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
		// "iDEX Prime", "INDUS-X Gurukul": a programme's named offshoot
		if p.unit.label == "PROGRAM" && i+1 < len(ps) && ps[i+1].unit == nil && d.personWord(ps[i+1]) {
			d.leftover(ps[:i])
			d.add(p.s, ps[i+1].e, "PROGRAM", "")
			d.classifyPlain(ps[i+2:])
			return
		}
		// "Lower Austria", "East Africa": a part of a place is a place
		if i > 0 && placeParts[d.word(ps[i-1])] && (p.unit.label == "GPE" || p.unit.label == "LOC") {
			d.leftover(ps[:i-1])
			d.add(ps[i-1].s, p.e, p.unit.label, "")
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

// isDesignator matches platform designators: "MQ-9B", "F414", "C-130J",
// "Mk1A", "M982A1", "Su-30MKI". Letters and digits without a hyphen need a
// short prefix so that "COP28" or "G20" style names stay out.
func isDesignator(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	i := 0
	for i < len(w) && (w[i] >= 'A' && w[i] <= 'Z' || w[i] >= 'a' && w[i] <= 'z') {
		i++
	}
	prefix := i
	hyphen := i < len(w) && w[i] == '-'
	if hyphen {
		i++
	}
	if i >= len(w) || w[i] < '0' || w[i] > '9' {
		return false
	}
	if !hyphen && prefix > 2 || prefix > 3 || w[0] == 'Q' && prefix == 1 || w[0] == 'H' && prefix == 1 && len(w) == 2 {
		return false
	}
	for ; i < len(w); i++ {
		c := w[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	return true
}

// markDesignator: "Mk1A", "Mk2", "MkII", a version of a named platform.
func markDesignator(w string) bool {
	return strings.HasPrefix(w, "Mk") && len(w) > 2 && (w[2] >= '0' && w[2] <= '9' || w[2] == 'I' || w[2] == 'V')
}

// leftover labels a run of unknown capitalised words from their context,
// or leaves a lone word to resolution ("Khurshid" after "Imran Khurshid").
func (d *doc) leftover(ps []piece) {
	// "Foreign Military Sales program": a title word opens the name
	if len(ps) >= 2 && titleWords[d.word(ps[0])] && !orgHeads[d.word(ps[0])] && !d.a.demonyms[d.word(ps[0])] {
		if label := d.contextLabel(ps[0].s, ps[len(ps)-1].e); label == "PROGRAM" || label == "PLATFORM" {
			d.add(ps[0].s, ps[len(ps)-1].e, label, "")
			return
		}
	}
	for len(ps) > 0 && (d.a.demonyms[d.word(ps[0])] || titleWords[d.word(ps[0])]) {
		ps = ps[1:]
	}
	if len(ps) == 0 {
		return
	}
	s, e := ps[0].s, ps[len(ps)-1].e
	if label := d.contextLabel(s, e); label != "" {
		d.add(s, e, label, "")
		return
	}
	if len(ps) >= 2 && placeNameStarts[d.word(ps[0])] && !d.afterHonorific(s) && !d.personContext(s, e) {
		d.add(s, e, "GPE", "") // "Punta Rasa", "Sesto San Giovanni"
		return
	}
	if len(ps) >= 2 && d.personLen(ps) == len(ps) {
		switch {
		case d.personContext(s, e) || d.afterHonorific(s):
			d.addPerson(s, e)
			return
		case d.nameRun(ps):
			d.weak = append(d.weak, span{s, e})
			return
		}
	}
	if len(ps) == 1 {
		w := d.toks[s].text
		if loneOrgs[w] {
			d.add(s, e, "ORG", "")
			return
		}
		if !d.toks[s].sentStart && d.personWord(ps[0]) && !d.seenLower(w) && d.personContext(s, e) {
			d.addPerson(s, e)
			return
		}
		if camelCase(w) {
			d.add(s, e, "ORG", "")
		}
	}
}

// camelCase: "PierSight", "HydroNet" (company names), not "McDonald".
func camelCase(w string) bool {
	if strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") || !isCapitalised(w) {
		return false
	}
	// "Pier"+"Sight": a capitalised word of three letters or more, then
	// another of two or more; not "AoN" or "MeitY"
	rs := []rune(w)
	for i := 3; i+2 <= len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) && unicode.IsLower(rs[i-2]) && unicode.IsLower(rs[i+1]) {
			return true
		}
	}
	return false
}

// contextLabel labels unknown words by what surrounds them.
func (d *doc) contextLabel(s, e int) string {
	toks := d.toks
	if d.a.demonyms[toks[s].text] {
		return ""
	}
	if followedBy(toks, e, platformModifiers, platformNouns) {
		return "PLATFORM"
	}
	if followedBy(toks, e, programModifiers, programNouns) {
		return "PROGRAM"
	}
	if s >= 2 && toks[s-1].text == "of" && toks[s-2].text == "edition" {
		return "PROGRAM"
	}
	if d.afterExerciseNoun(s) {
		return "PROGRAM"
	}
	if e+1 < len(toks) && toks[e].text == "-" && toks[e].glued && (toks[e+1].text == "based" || toks[e+1].text == "headquartered") {
		return "GPE"
	}
	if d.orgContext(s, e) {
		return "ORG"
	}
	// "at Dholera, Gujarat": a place named with its state or country
	if e+1 < len(toks) && toks[e].text == "," {
		if u, ok := d.units[e+1]; ok && u.label == "GPE" && s > 0 && (placePrepositions[toks[s-1].text] || toks[s-1].text == ",") {
			return "GPE"
		}
	}
	return ""
}

// afterExerciseNoun: an exercise named after its noun ("the naval
// exercise Malabar", "exercises such as Cobra Gold") or in apposition to a
// named one ("the Joint Military Exercise, Yudh Abhyas").
func (d *doc) afterExerciseNoun(s int) bool {
	toks := d.toks
	if s < 1 || toks[s].sentStart {
		return false
	}
	k := s - 1
	switch {
	case toks[k].text == "," && k >= 1:
		return isCapitalised(toks[k-1].text) && exerciseNouns[strings.ToLower(toks[k-1].text)]
	case toks[k].text == "as" && k >= 2 && toks[k-1].text == "such":
		k -= 2
	}
	return exerciseNouns[strings.ToLower(toks[k].text)]
}

// orgContext: words around a name that make it a company's or a team's:
// "chief executive of X", "built by X", "X shares", "X's board", "the X
// game".
func (d *doc) orgContext(s, e int) bool {
	toks := d.toks
	if s >= 2 && !toks[s-1].newline {
		switch prep, before := toks[s-1].text, toks[s-2].text; {
		case (prep == "of" || prep == "at" || prep == "for") && orgRoles[before]:
			return true
		case prep == "by" && orgMakers[before]:
			return true
		}
	}
	if e < len(toks) && !toks[e].newline {
		if orgAfter[toks[e].text] {
			return true
		}
		if teamNouns[toks[e].text] && strings.HasSuffix(toks[e-1].text, "s") && !peopleWord(d.a.demonyms, toks[e-1].text) {
			return true
		}
		if toks[e].kind == tkPossessive && e+1 < len(toks) && orgRoles[toks[e+1].text] {
			return true
		}
	}
	return false
}

// placeAfterPreposition is the weakest rule, tried after resolution: a
// lone unknown name after "in", "at", "near" or "of" is a place ("in
// Sanand", "the capital of Molise"), unless a possessive makes it an owner
// ("the death of Pompey's son").
func (d *doc) placeAfterPreposition(i int) bool {
	if i+1 < len(d.toks) && d.toks[i+1].kind == tkPossessive {
		return false
	}
	w := d.toks[i].text
	if i == 0 || d.toks[i].sentStart || !d.personWord(piece{s: i, e: i + 1}) || d.seenLower(w) || !d.nameShaped(w) {
		return false
	}
	prep := d.toks[i-1].text
	return placePrepositions[prep] || lonePlacePrepositions[prep] && d.a.uncommon(w) && !d.a.givenNames[w]
}

// placeAfterArticle: a lone unknown name after "the" is no person; it is a
// place when it ends a phrase or a clause verb follows ("across the
// Balkans.", "the Danube is"), and a modifier when a noun follows ("the
// Yazidi women"), which is no entity.
func (d *doc) placeAfterArticle(i int) (isArticle, place bool) {
	if i == 0 || !articles[d.toks[i-1].text] || d.toks[i].sentStart {
		return false, false
	}
	if i+1 >= len(d.toks) || d.toks[i+1].newline {
		return true, true
	}
	next := d.toks[i+1]
	if next.kind == tkPossessive || next.kind == tkWord && isCapitalised(next.text) {
		return true, false
	}
	return true, next.kind == tkPunct || auxiliaryVerbs[next.text] || next.text == "and" || next.text == "or"
}

// followedBy reports whether a noun from nouns follows token e, after at
// most three modifiers from mods (hyphens between them allowed).
func followedBy(toks []tok, e int, mods, nouns map[string]bool) bool {
	for k, n := e, 0; k < len(toks) && n < 5; k++ {
		t := toks[k]
		if t.text == "-" && t.glued {
			continue
		}
		if t.kind != tkWord || t.newline {
			return false
		}
		// "anti-tank", "precision-guided": a hyphenated modifier is one word
		if k+2 < len(toks) && toks[k+1].text == "-" && toks[k+1].glued && toks[k+2].glued && toks[k+2].kind == tkWord {
			if c := t.text + "-" + toks[k+2].text; mods[c] || mods[strings.ToLower(c)] {
				k += 2
				n++
				continue
			}
		}
		if nouns[t.text] {
			return true
		}
		if !mods[t.text] && !mods[strings.ToLower(t.text)] {
			return false
		}
		n++
	}
	return false
}

// personContext: a reporting verb or an apposition next to the name.
func (d *doc) personContext(s, e int) bool {
	toks := d.toks
	if s > 0 && personVerbs[toks[s-1].text] {
		return true
	}
	if e < len(toks) && personVerbs[toks[e].text] {
		return true
	}
	if e+1 < len(toks) && toks[e].text == "," && appositions[toks[e+1].text] {
		return true
	}
	return false
}

var appositions = wordSet(`a an who whose director chief head president founder chairman spokesperson spokesman
	minister secretary professor analyst researcher fellow author editor executive officer`)

// seenLower reports whether w also occurs in lower case in the text, a
// sign that it is a common word capitalised.
func (d *doc) seenLower(w string) bool {
	l := strings.ToLower(w)
	if l == w {
		return true
	}
	if d.lowerWords == nil {
		d.lowerWords = map[string]bool{}
		for _, t := range d.toks {
			if r, _ := utf8.DecodeRuneInString(t.text); t.kind == tkWord && unicode.IsLower(r) {
				d.lowerWords[t.text] = true
			}
		}
	}
	return d.lowerWords[l]
}

// honorifics before a name make it a person's: "Mr Osborne", "Dr Lee".
var honorifics = wordSet(`Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Shri Smt Smt. Prof Prof.`)

// afterHonorific reports whether an honorific stands right before token i.
func (d *doc) afterHonorific(i int) bool {
	return i > 0 && honorifics[d.toks[i-1].text] && !d.toks[i].newline
}

// loneName: a single capitalised word that no lexicon knows, not
// capitalised only because it opens a sentence and never written in lower
// case, is most often a surname met without its given name ("Seagal
// said", "beating Trudeau"). Places were tried before (placeAfterPreposition).
func (d *doc) loneName(i int) bool {
	w := d.toks[i].text
	if i+1 < len(d.toks) && d.toks[i+1].glued && d.toks[i+1].text == "-" {
		return false // "Indo-Pacific", "Sino-Indian"
	}
	if !d.nameShaped(w) || d.modifies(i) {
		return false // "Yazidi women", "Achaemenid troops"
	}
	return d.a.uncommon(w) && d.personWord(piece{s: i, e: i + 1}) && !d.seenLower(w) && !d.toks[i].glued
}

// nameShaped reports whether a lone capitalised word may be a name at all:
// not an adjective of a people or place ("Slavic", "Alpine"), a people
// ("Mexicans"), a contraction ("I’m"), a doctrine ("Marxism") or an
// abbreviation ("No.").
func (d *doc) nameShaped(w string) bool {
	if !d.a.givenNames[w] {
		for _, suf := range []string{"ic", "ese", "ian", "ine", "ite", "ism"} {
			if strings.HasSuffix(w, suf) {
				return false
			}
		}
	}
	return !peopleWord(d.a.demonyms, w) && !contraction(w) && !abbreviations[strings.TrimSuffix(w, ".")]
}

// modifies reports whether the word at i stands before a common noun it
// modifies ("Yazidi women", "Mycenaean pottery"): a bare surname is
// followed by a verb or punctuation instead ("Trudeau said", "Trudeau's").
// The tagger decides noun or verb for the next word.
func (d *doc) modifies(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	next := d.toks[i+1]
	if next.kind != tkWord || next.newline || !unicode.IsLower([]rune(next.text)[0]) || auxiliaryVerbs[next.text] || personVerbs[next.text] {
		return false
	}
	var win [3]token.Token
	n := 0
	for j := i; j < len(d.toks) && n < 3; j++ {
		win[n] = token.Token{Text: d.toks[j].text}
		n++
	}
	d.a.tagger.TagTokens(win[:n])
	tg := win[1].Tag
	return tg == "NN" || tg == "NNS"
}

// peopleWord: the plural of a demonym or of its shape names a people
// ("Mexicans", "Phoenicians", "Achaeans", "Israelites"), not a person.
func peopleWord(demonyms map[string]bool, w string) bool {
	plural, ok := strings.CutSuffix(w, "s")
	return ok && (demonyms[plural] || strings.HasSuffix(plural, "ian") || strings.HasSuffix(plural, "ean") || strings.HasSuffix(plural, "ite"))
}

// contraction: a word with a clitic after its apostrophe ("I’m", "we'll",
// "don't"), not a name such as "O'Brien".
func contraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	switch w[i+n:] {
	case "m", "re", "ve", "d", "ll", "t", "s":
		return true
	}
	return false
}

// loneAcronym: an unknown acronym standing alone ("GCHQ", "CRTC") most
// often names an organisation; generic ones (CEO, GDP) and those that spell
// a common word (IT, AIDS) are not names.
func (d *doc) loneAcronym(i int) bool {
	w := d.toks[i].text
	if len(w) < 2 || len(w) > 5 || genericAcronyms[w] || d.a.commonWords[strings.ToLower(w)] || len(d.a.commonWords) == 0 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return !d.toks[i].glued && !(i+1 < len(d.toks) && d.toks[i+1].glued && d.toks[i+1].text == "-")
}

var genericAcronyms = wordSet(`CEO CFO CTO COO AI GDP GNP TV DNA RNA HIV PhD MBA GPS USB PDF SMS FAQ UAV UAS UAVs
	ID PM AM BC AD BCE CE VAT GST IPO ATM LED LCD CPU GPU RAM IoT API MW GW KW KM CCTV SUV EV EVs HQ PR MP MPs
	MLA MLAs NRI RTI FIR LPG CNG OTP DIY FYI ASAP TBA RIP PS UTC GMT EST PST IST LOL OMG IIRC BTW`)

// nameRun: two or three capitalised words that could be a name and open
// with a given name or a word no lexicon knows ("Rocco Catalano", "Benoît
// Paire", "Jesse LaBrocca").
func (d *doc) nameRun(ps []piece) bool {
	if len(ps) > 3 {
		return false
	}
	first := d.word(ps[0])
	if !d.a.givenNames[first] && !d.a.uncommon(first) {
		return false
	}
	for _, p := range ps {
		if p.unit != nil || placeNameStarts[d.word(p)] {
			return false
		}
	}
	return true
}
