package extract

import (
	"cmp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Money is one amount of money found in text.
type Money struct {
	// Start and End are byte offsets into the text, end exclusive. The span
	// covers the currency sign or word and the whole number with its scale
	// word: "$2.75 billion", "Rs. 1,200 crore", "300,000 dollars", "$1-2 billion".
	Start, End int
	Value      float64 // whole currency units; the lower bound of a range
	ValueMax   float64 // upper bound of a range, 0 when not a range
	Currency   string  // ISO 4217
}

// FindMoney returns the amounts of money in text, in text order and not
// overlapping. A number counts only next to a currency sign, code or word:
// "31 drones" and "2025" are not money. Amounts may be written in figures
// ("$5 million", "300 USD", "25 €") or words ("seven million dollars", "half
// a billion euros"); "pounds" count only where the sentence speaks of money
// ("paid 500 pounds", never "500 pounds of explosives" or "a 200-pound
// bomb"). A bare "$" or "dollars" is the U.S. dollar unless the text is
// about Australia, Canada, New Zealand or Singapore alone, whose press
// writes its own dollar so. It is safe for concurrent use.
func FindMoney(text string) []Money {
	loadCues()
	t := loadMoneyTables()
	var out []Money
	facts := &textFacts{named: map[string]bool{}, units: map[string]string{}}
	for i := 0; i < len(text); {
		if isASCIILetter(text[i]) && startsWord(text, i) {
			// most words are no currency and no number: pass them whole
			if e := pastWord(text, i); !prefixStart[text[i]] && !(e-i == 3 && isUpper3(text[i:e])) && !maybeNumberWord(text, i, e) {
				i = e
				continue
			}
		}
		if moneyStart[text[i]] && startsWord(text, i) {
			if m, ok := t.moneyAt(text, i, facts); ok {
				out = append(out, m)
				i = m.End
				continue
			}
		}
		i = pastWord(text, i)
	}
	return out
}

// moneyStart marks the bytes an amount of money can start with: digits,
// currency signs, capitals (codes, "Rs") and the first letters of numbers
// in words.
var moneyStart = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isASCIIDigit(byte(c)) || ('A' <= c && c <= 'Z') || prefixStart[c]
	}
	for w := range numberWords {
		for _, c := range foldIndex(w[0]) {
			t[c] = true
		}
	}
	return t
}()

// prefixStart marks the first bytes of currencyPrefixes.
var prefixStart = func() (t [256]bool) {
	for _, p := range currencyPrefixes {
		t[p.token[0]] = true
	}
	return t
}()

// cifrao reads an escudo amount in Cabo Verde's way, the cifrão as the
// decimal sign and dots between thousands: "220$00", "7.500$00" (7,500
// escudos). Portugal wrote its escudo so until 2002: a text that names
// Portugal and not Cabo Verde has Portuguese escudos.
func cifrao(text string, i int) (Money, bool) {
	k, v := i, 0.0
	for n := digitsAt(text, k); ; n = 3 {
		if n > maxMoneyIntDigits {
			return Money{}, false
		}
		for _, c := range text[k : k+n] {
			v = v*10 + float64(c-'0')
		}
		k += n
		if !prefixAt(text, k, ".") || digitsAt(text, k+1) != 3 {
			break
		}
		if n > 3 {
			return Money{}, false // "1234.567$00": no thousands group
		}
		k++
	}
	if !prefixAt(text, k, "$") || digitsAt(text, k+1) != 2 || !endsWord(text, k+3) {
		return Money{}, false
	}
	v += float64(text[k+1]-'0')/10 + float64(text[k+2]-'0')/100
	code := "CVE"
	if strings.Contains(text, "Portug") && !strings.Contains(text, "Verde") {
		code = "PTE"
	}
	return Money{Start: i, End: k + 3, Value: v, Currency: code}, true
}

// moneyAt reads an amount starting at i: a currency before the number
// ("$5 million", "Rs 500 crore") or after it ("300,000 dollars", "seven
// million dollars").
func (t *moneyTables) moneyAt(text string, i int, facts *textFacts) (Money, bool) {
	if m, ok := t.usCents(text, i); ok {
		return m, true
	}
	if c, j, ok := t.currencyBefore(text, i); ok {
		a, ok := t.amountAt(text, i, j, c.code)
		// Three capitals glued to a bare integer name a thing, not an
		// amount: "COP30", "SAR2"; "USD20bn" and "USD 20" stay money.
		// "P28 billion", "P1,500": a designator has neither ("P8")
		if j == i+3 && isUpper3(text[i:j]) && a.plain || c.scaled && !a.scaled && (!a.grouped || c.wordCode) && !t.homePrice(text, i, c, a, facts) {
			return Money{}, false
		}
		if c.code = t.settleCode(text, i, c, facts); c.code == "" {
			return Money{}, false // "Bs 500" in a text that names neither Bolivia nor Venezuela
		}
		a = a.inCurrency(c.code, rateAfter(text, a.end))
		return Money{Start: i, End: a.end, Value: a.lo, ValueMax: a.hi, Currency: c.code}, ok
	}
	var a moneyAmount
	if isASCIIDigit(text[i]) {
		if i > 0 && (text[i-1] == '.' || text[i-1] == ',') {
			return Money{}, false
		}
		if m, ok := cifrao(text, i); ok {
			return m, true
		}
		// "000" after "5 " is the end of "5 000", not an amount of its own
		if text[i] == '0' && i >= 2 && text[i-1] == ' ' && isASCIIDigit(text[i-2]) && digitsAt(text, i) == 3 {
			return Money{}, false
		}
		var ok bool
		a, ok = t.amountAt(text, i, i, "")
		// "in 2020 dollars" names a price level, not an amount.
		if !ok || (a.plain && a.lo >= 1900 && a.lo <= 2100) {
			return Money{}, false
		}
	} else {
		// most words are no number: one look-up settles them
		var ok bool
		if _, ok = numberWordAt(text, i, asciiWordEnd(text, i)); !ok {
			return Money{}, false
		}
		if a, ok = wordsAmountAt(text, i); !ok {
			return Money{}, false
		}
	}
	c, end, ok := t.currencyAfter(text, i, a.end, facts)
	// "22.8 trillion won", "593,000 won." (thousands and the clause's end or
	// an exchange rate: "1,380 won to the dollar"); not "3 won" nor "12,000
	// won prizes"
	if !ok || c.scaled && !a.scaled && !(a.grouped && (amountEnds(text, end) || rateAfter(text, end))) {
		return Money{}, false
	}
	if c.home {
		// "75 dobras" in a story of São Tomé; elsewhere only "3 billion
		// kip" is money, in the word's own currency
		code := t.unitCode(text, currencyToken{unit: c.unit}, facts)
		if code == "" && !a.scaled {
			return Money{}, false
		}
		c.code, c.unit = cmp.Or(code, c.code), ""
	}
	if c.code = t.settleCode(text, i, c, facts); c.code == "" {
		return Money{}, false // "300 pesos" in a text that names no country of the peso
	}
	a = a.inCurrency(c.code, rateAfter(text, end))
	m := Money{Start: i, End: end, Value: a.lo, ValueMax: a.hi, Currency: c.code}
	switch {
	case c.minor && threeDecimals[c.code]:
		m.Value, m.ValueMax = m.Value/1000, m.ValueMax/1000
	case c.minor:
		m.Value, m.ValueMax = m.Value/100, m.ValueMax/100
	case a.whole && a.hi == 0:
		m = t.withMinor(text, m, facts)
	}
	return m, true
}

// usCents reads the U.S. cents that Australian and New Zealand papers
// quote their dollar in: "US65.42 cents", "US61.5c".
func (t *moneyTables) usCents(text string, i int) (Money, bool) {
	if !prefixAt(text, i, "US") || i+2 >= len(text) || !isASCIIDigit(text[i+2]) {
		return Money{}, false
	}
	k := i + 2
	for k < len(text) && (isASCIIDigit(text[k]) || text[k] == '.' || text[k] == ',') {
		k++
	}
	var e int
	switch {
	case prefixAt(text, k, "c") && endsWord(text, k+1):
		e = k + 1
	case prefixAt(text, k, " cents") && endsWord(text, k+len(" cents")):
		e = k + len(" cents")
	default:
		return Money{}, false
	}
	// the number alone ("5G" is a word to amountAt, as "58.1c" would be)
	a, ok := t.amountAt(text[:k], i, i+2, "USD")
	if !ok || a.scaled || a.end != k {
		return Money{}, false
	}
	return Money{Start: i, End: e, Value: a.lo / 100, ValueMax: a.hi / 100, Currency: "USD"}, true
}

// settleCode is the currency of c in text at i: a shared sign's or name's
// by the countries text names, a bare dollar's by its sentence and text,
// else c's own; "" when the text does not say.
func (t *moneyTables) settleCode(text string, i int, c currencyToken, facts *textFacts) string {
	switch {
	case c.unit != "":
		return t.unitCode(text, c, facts)
	case c.token == "$" || c.token == "dollars" || c.token == "dollar" || c.token == "cents" || c.token == "cent":
		// cents are the text's dollar's: "60 cents a share" in Singapore
		return dollarCode(text, i, facts, c.token == "$")
	case c.cents || c.token == "¢":
		// a share price's cents ("to 91.5c") are those of the prices the
		// text writes with a bare sign: its dollar's, or the rand's where
		// it writes rand ("R45", "R2.1 billion")
		if randPrices(text, facts) {
			return "ZAR"
		}
		return dollarCode(text, i, facts, true)
	}
	return c.code
}

// moneyAmount is a number or a range read from text.
type moneyAmount struct {
	lo, hi  float64 // hi is 0 unless a range
	end     int
	plain   bool // a bare integer: no scale word, separators or range
	scaled  bool // with a scale word: "5 million", "1-2 billion"
	grouped bool // with thousands separators: "1,200"
	whole   bool // an integer without a scale word: "3", "1,200", "twenty"
	dotted  bool // one group of three after a dot, no decimals: "1.250"
}

// inCurrency reads a dotted amount's group as decimals when the currency
// has three decimal places or the amount is an exchange rate (rate): "KD
// 1.250" and "1.250 Jordanian dinars" are a dinar and a quarter, "S$1.289
// to the dollar" a rate, "€1.250" is 1250 euros.
func (a moneyAmount) inCurrency(code string, rate bool) moneyAmount {
	if a.dotted && (threeDecimals[code] || rate) {
		a.lo /= 1000
		a.dotted, a.grouped, a.whole = false, false, false
	}
	return a
}

// amountEnds: an amount's span ending at i ends its clause ("... at a
// record 593,000 won.").
func amountEnds(text string, i int) bool {
	return i >= len(text) || strings.IndexByte(".,;:!?)", text[i]) >= 0
}

// rateAfter reports whether an exchange rate's "to the", "per" or
// "against the" follows i: "1,380 won per dollar".
func rateAfter(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " ")
	for _, p := range [...]string{"to the ", "to one ", "per ", "against the "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// amountAt reads a number with its scale word, or a range of two, at i.
// code is the currency already read before the number ("" when it is to
// follow), so that a range may repeat it ("$1 billion to $2 billion");
// start is where the span began.
func (t *moneyTables) amountAt(text string, start, i int, code string) (moneyAmount, bool) {
	lo, ok := termAt(text, i)
	if !ok {
		return moneyAmount{}, false
	}
	if k, to := rangeSep(text, lo.end); k > 0 && !(to && changeFrom(text, start)) {
		repeated := false
		if c, j, ok := t.currencyBefore(text, k); ok && code != "" && c.code == code {
			k, repeated = j, true
		}
		if hi, ok := termAt(text, k); ok && !(repeated && to && wholeAmounts(lo, hi)) {
			if lo.dots == 1 && lo.frac == 0 && hi.scaled {
				lo = lo.decimalDot() // "Rs 952.950 to 1,619 crore"
			}
			if l, h, ok := rangeValues(lo, hi); ok {
				return moneyAmount{lo: l, hi: h, end: hi.end, scaled: hi.scaled}, true
			}
		}
	}
	return moneyAmount{lo: lo.value(lo.exp), end: lo.end, plain: lo.plain(), whole: !lo.scaled && lo.frac == 0, scaled: lo.scaled, grouped: lo.grouped, dotted: lo.dots == 1 && lo.frac == 0}, true
}

// wholeAmounts: two numbers of a range that repeats its currency after
// "to" are two amounts when each is written out in full, with its scale
// word or its cents ("$140 million to $190 million", "$3.15 to $3.35");
// "$40 to $60" and "$1 to $2 billion" stay one range.
func wholeAmounts(lo, hi numTerm) bool {
	return lo.scaled && hi.scaled || lo.frac > 0 && hi.frac > 0
}

// decimalDot reads a numeral's one group after a dot as decimals after
// all: "1.250" is 1.25.
func (t numTerm) decimalDot() numTerm {
	t.frac, t.dots, t.grouped = 3, 0, false
	return t
}

// threeDecimals are the currencies of three decimal places (ISO 4217
// minor units): the dinars of Kuwait, Bahrain, Jordan, Tunisia, Libya and
// Iraq and the Omani rial.
var threeDecimals = map[string]bool{"KWD": true, "BHD": true, "JOD": true, "TND": true, "LYD": true, "IQD": true, "OMR": true}

// rangeValues gives the bounds of "lo-hi", which must rise. A scale written
// once belongs to both ("$1-2 billion") unless lo is written out in full and
// only makes sense without it ("$500,000-1 million"); a scale on lo alone
// means hi is not an amount ("$5 million to 2 firms").
func rangeValues(lo, hi numTerm) (l, h float64, ok bool) {
	if lo.scaled && !hi.scaled {
		return 0, 0, false
	}
	h = hi.value(hi.exp)
	if lo.scaled {
		l = lo.value(lo.exp)
		return l, h, l < h
	}
	if l = lo.value(hi.exp); l >= h && lo.grouped {
		l = lo.value(0)
	}
	return l, h, l < h
}

// rangeSep returns where the second number of a range would start after
// end ("-", "–", " to "), or 0; to reports the word "to".
func rangeSep(text string, end int) (next int, to bool) {
	if prefixAt(text, end, " to ") {
		return end + 4, true
	}
	k := end
	if prefixAt(text, k, " ") {
		k++
	}
	switch {
	case prefixAt(text, k, "-"):
		k++
	case prefixAt(text, k, "–"):
		k += len("–")
	default:
		return 0, false
	}
	if prefixAt(text, k, " ") {
		k++
	}
	return k, false
}

// changeFrom reports whether the span at start follows "from" as in "rose
// from $1 billion to $2 billion", or a change as in "BHP added $1.20 to
// $45.10" or "was up 5p to 120p": two amounts rather than one range;
// "ranging from" still makes a range.
func changeFrom(text string, start int) bool {
	w, at := precedingWord(text, start)
	if w == "by" {
		w, _ = precedingWord(text, at) // "rose by $1 to $5"
		return marketVerbs.has(w)
	}
	if marketVerbs.has(w) || w == "up" || w == "down" {
		return true
	}
	if !asciiEqualFold(w, "from") {
		return false
	}
	prev, _ := precedingWord(text, at)
	return len(prev) < 4 || !asciiEqualFold(prev[:4], "rang")
}

// precedingWord returns the ASCII word ending one space before i, and where it
// starts.
func precedingWord(text string, i int) (string, int) {
	if i == 0 || text[i-1] != ' ' {
		return "", i
	}
	end := i - 1
	j := end
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	return text[j:end], j
}

// numTerm is one number as written with its scale word.
type numTerm struct {
	start, numEnd, end int  // the numeral is text[start:numEnd]
	frac               int  // digits after the decimal point
	dots               int  // groups of three after dots ("400.000")
	exp                int  // power of ten of the scale word
	scaled, grouped    bool // a scale word; thousands separators
	text               string
}

// value is the number times 10^exp, computed from its decimal digits so
// that "2.75 billion" is exactly 2750000000.
func (t numTerm) value(exp int) float64 {
	var buf [64]byte
	b := buf[:0]
	for i := t.start; i < t.numEnd; i++ {
		if isASCIIDigit(t.text[i]) {
			b = append(b, t.text[i])
		}
	}
	b = append(b, 'e')
	b = strconv.AppendInt(b, int64(exp-t.frac), 10)
	// Digits are capped in termAt, so the string always parses and is finite.
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}

func (t numTerm) plain() bool { return !t.scaled && !t.grouped && t.frac == 0 }

// Numerals longer than these are not amounts of money (or not parseable
// into one exactly); they are skipped rather than guessed at.
const maxMoneyIntDigits, maxMoneyFracDigits = 20, 12

// termAt reads a numeral at i with its optional scale word: "1,00,000",
// "2.75 billion", "500m", "1.05 lakh crore", "1,000-crore".
func termAt(text string, i int) (numTerm, bool) {
	t := numTerm{start: i, text: text}
	j := i
	for j < len(text) && isASCIIDigit(text[j]) {
		j++
	}
	digits := j - i
	if digits == 0 {
		return t, false
	}
	// Thousands separators: Western (1,000,000) or Indian (10,00,000):
	// two-digit groups, then three-digit groups, ending with one of three.
	if digits <= 3 {
		twos := 0
		for k := j; k < len(text) && text[k] == ','; {
			d := digitsAt(text, k+1)
			if d == 2 && twos >= 0 {
				twos++
				k += 3
				continue
			}
			if d != 3 {
				break
			}
			digits += 2*max(twos, 0) + 3
			twos = -1
			k += 4
			j = k
			t.grouped = true
		}
	}
	// or groups of three after a no-break or thin space, as SI style
	// writes them ("5 000 000"); a plain space separates numbers
	if digits <= 3 && !t.grouped {
		for {
			n := groupSpaceLen(text, j)
			if n == 0 || digitsAt(text, j+n) != 3 {
				break
			}
			j, digits, t.grouped = j+n+3, digits+3, true
		}
	}
	// or dots, as Latin American and continental copy writes money
	// ("$400.000", "€1.234.567"), with a decimal comma after them or
	// before a scale word ("€1.234,56", "€2,5 million"). A dot and three
	// digits are thousands, as money has two decimals, but not before a
	// scale word ("$1.500 billion"); the three-decimal dinars are settled
	// in amountAt.
	if digits <= 3 && !t.grouped {
		k, groups := j, 0
		for prefixAt(text, k, ".") && digitsAt(text, k+1) == 3 {
			k, groups = k+4, groups+1
		}
		if _, _, scaled := scaleAt(text, k); groups > 1 || groups == 1 && !scaled {
			j, digits, t.grouped, t.dots = k, digits+3*groups, true, groups
		}
		if d := digitsAt(text, j+1); prefixAt(text, j, ",") && (d == 1 || d == 2) {
			if _, _, scaled := scaleAt(text, j+1+d); t.dots > 0 || scaled {
				t.frac, j = d, j+1+d
			}
		}
	}
	if prefixAt(text, j, ".") && t.frac == 0 && t.dots == 0 {
		t.frac = digitsAt(text, j+1)
		if t.frac > 0 {
			j += 1 + t.frac
		}
	}
	t.numEnd, t.end = j, j
	if digits > maxMoneyIntDigits || t.frac > maxMoneyFracDigits {
		return t, false
	}
	// "1.2.3" is a version or an address, "5G" or "3rd" a word.
	if prefixAt(text, j, ".") && digitsAt(text, j+1) > 0 {
		return t, false
	}
	if exp, end, ok := scaleAt(text, j); ok {
		t.exp, t.end, t.scaled = exp, end, true
		return t, true
	}
	// "50p" may be pence, "91.5c" cents (currencyAfter decides)
	return t, j == len(text) || (!isASCIILetter(text[j]) && text[j] != '%') || (text[j] == 'p' || text[j] == 'c') && endsWord(text, j+1)
}

// moneyScales multiply the number before them. Abbreviated ones may follow
// the number directly ("$500m", "$3bn"); single letters only do.
var moneyScales = []struct {
	word     string
	exp      int
	attached bool // only directly after the digits
}{
	{"thousand", 3, false}, {"million", 6, false}, {"billion", 9, false}, {"trillion", 12, false},
	{"lakh", 5, false}, {"lakhs", 5, false}, {"lac", 5, false}, {"lacs", 5, false},
	{"crore", 7, false}, {"crores", 7, false},
	{"mn", 6, false}, {"mln", 6, false}, {"bn", 9, false}, {"bln", 9, false}, {"tn", 12, false}, {"trn", 12, false}, {"cr", 7, false},
	{"k", 3, true}, {"m", 6, true}, {"b", 9, true}, {"tr", 12, true}, // "Rs1.02tr", as South Asian papers write trillions
	{"mil", 6, true}, {"bil", 9, true}, // "RM612.4mil", "RM4.2bil", as Malaysian papers write them
	// Hindi, as in PIB's releases: the nukta of करोड़ (crore) and हज़ार
	// (thousand) comes precomposed or combining.
	{"हजार", 3, false}, {"ह\u091c\u093cार", 3, false}, {"ह\u095bार", 3, false}, {"लाख", 5, false},
	{"करोड", 7, false}, {"करो\u0921\u093c", 7, false}, {"करो\u095c", 7, false}, {"अरब", 9, false},
}

// scaleInitial marks the first letters of scale words, either case, to
// pass over most words after a number at once.
var scaleInitial = func() (t [256]bool) {
	for _, s := range moneyScales {
		for _, c := range foldIndex(s.word[0]) {
			t[c] = true
		}
	}
	return t
}()

// foldIndex gives the first bytes under which a word starting with c is
// filed when matching ignores case: both cases of an ASCII letter, else c.
func foldIndex(c byte) []byte {
	if !isASCIILetter(c) {
		return []byte{c}
	}
	return []byte{asciiLower(c), asciiLower(c) - 'a' + 'A'}
}

// scaleAt reads a scale word after a numeral ending at j, directly or after
// a space or hyphen ("1,000-crore"), and a following "crore" that multiplies
// thousands and lakhs ("1.05 lakh crore").
func scaleAt(text string, j int) (exp, end int, ok bool) {
	exp, end, ok = scaleWordAt(text, j)
	if ok && (exp == 3 || exp == 5) {
		if e, k, ok := scaleWordAt(text, end); ok && e == 7 {
			return exp + e, k, true
		}
	}
	return exp, end, ok
}

func scaleWordAt(text string, j int) (exp, end int, ok bool) {
	k := j + spaceLen(text, j)
	if k == j && prefixAt(text, j, "-") {
		k++
	}
	if k >= len(text) || !scaleInitial[text[k]] {
		return 0, j, false
	}
	for _, s := range moneyScales {
		if s.attached && k != j {
			continue
		}
		if e := k + len(s.word); foldPrefixAt(text, k, s.word) && endsWord(text, e) {
			return s.exp, e, true
		}
	}
	return 0, j, false
}

// currencyBefore reads a currency written before its number at i and the
// space after it, and returns where the number starts. Matching is exact
// ("Rs", "INR", "US$"): a sign's case is part of it.
func (t *moneyTables) currencyBefore(text string, i int) (c currencyToken, next int, ok bool) {
	if i >= len(text) {
		return c, i, false
	}
	for _, p := range t.before[text[i]] {
		if !prefixAt(text, i, p.token) {
			continue
		}
		k := i + len(p.token)
		if !p.scaled || p.wordCode || p.code == "" && len(p.token) == 1 {
			// a one-letter sign is glued ("R45"); "RS 500 CRORE" is not, nor
			// is a sign the text's country settles ("D 450 million" in a
			// story of the Gambia)
			k += spaceLen(text, k)
		}
		if k < len(text) && isASCIIDigit(text[k]) {
			return p, k, true
		}
	}
	if i+3 < len(text) && isUpper3(text[i:i+3]) {
		_, ok := t.codes[text[i:i+3]]
		_, word := t.wordCodes[text[i:i+3]]
		word = word && !ok
		if ok || word {
			k := i + 3 + spaceLen(text, i+3)
			if k < len(text) && isASCIIDigit(text[k]) {
				// "MAD 319 billion": a code that is a word ("TOP 10") is
				// money with a scale word only
				return currencyToken{code: text[i : i+3], scaled: word, wordCode: word}, k, true
			}
		}
	}
	return c, i, false
}

func isUpper3(s string) bool {
	return 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z' && 'A' <= s[2] && s[2] <= 'Z'
}

// currencyAfter reads a currency after an amount that started at start and
// ends at i: one space, then a name, code or sign; a sign may follow
// directly ("25€"), a name after a hyphen ("a 5-million-dollar deal").
// It returns the currency and where the span ends.
func (t *moneyTables) currencyAfter(text string, start, i int, facts *textFacts) (currencyToken, int, bool) {
	k := i + spaceLen(text, i)
	hyphen := k == i && prefixAt(text, i, "-")
	if hyphen {
		k++
	}
	if k >= len(text) {
		return currencyToken{}, i, false
	}
	for _, s := range t.after[text[k]] {
		e := k + len(s.token)
		if (k == i && !s.attached) || (hyphen && s.exact) || !endsWord(text, e) {
			continue
		}
		// Codes and signs keep their case ("USD", not "usd"); names may be capitalised.
		if (s.exact && !prefixAt(text, k, s.token)) || (!s.exact && !foldPrefixAt(text, k, s.token)) {
			continue
		}
		if s.pounds && !poundsAreMoney(text, start, e) {
			continue
		}
		if s.pence && (k != i || !penceAreMoney(text, start, i, facts)) {
			continue
		}
		if s.cents && (k != i || !centsAreMoney(text, start)) {
			continue
		}
		return s, e, true
	}
	return currencyToken{}, i, false
}

// groupSpaceLen is the length of a no-break, thin or narrow no-break space
// at i, else 0.
func groupSpaceLen(text string, i int) int {
	for _, sp := range []string{"\u00a0", "\u2009", "\u202f"} {
		if prefixAt(text, i, sp) {
			return len(sp)
		}
	}
	return 0
}

// spaceLen is the length of one space (ASCII or no-break) at i, else 0.
func spaceLen(text string, i int) int {
	switch {
	case prefixAt(text, i, " "):
		return 1
	case prefixAt(text, i, "\u00a0"):
		return len("\u00a0")
	}
	return 0
}

// startsWord reports whether i is not inside a word: "Rs" in "Mrs" or "Hours"
// is no currency, nor "5" in "A5".
func startsWord(text string, i int) bool {
	if i == 0 {
		return true
	}
	c := text[i-1]
	if c < utf8.RuneSelf {
		return !wordByte[c]
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// endsWord reports whether a word may end at e: no letter, digit or
// combining mark follows.
func endsWord(text string, e int) bool {
	if e >= len(text) {
		return e == len(text)
	}
	if text[e] < utf8.RuneSelf {
		return !wordByte[text[e]]
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// pastWord moves past the ASCII word at i, or one byte.
func pastWord(text string, i int) int {
	if !wordByte[text[i]] {
		return i + 1
	}
	for i < len(text) && wordByte[text[i]] {
		i++
	}
	return i
}

func digitsAt(text string, i int) int {
	n := 0
	for i+n < len(text) && isASCIIDigit(text[i+n]) {
		n++
	}
	return n
}

func prefixAt(text string, i int, p string) bool {
	return len(text)-i >= len(p) && text[i:i+len(p)] == p
}

// foldPrefixAt is prefixAt ignoring ASCII case; other bytes of p match exactly.
func foldPrefixAt(text string, i int, p string) bool {
	return len(text)-i >= len(p) && asciiEqualFold(text[i:i+len(p)], p)
}

// asciiEqualFold compares ignoring ASCII case only, so multi-byte text never
// matches an ASCII word.
func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if asciiLower(a[i]) != asciiLower(b[i]) {
			return false
		}
	}
	return true
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isASCIILower(c byte) bool  { return 'a' <= c && c <= 'z' }
func isASCIILetter(c byte) bool { return 'a' <= asciiLower(c) && asciiLower(c) <= 'z' }

// wordByte marks ASCII letters and digits.
var wordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isASCIIDigit(byte(c)) || isASCIILetter(byte(c))
	}
	return t
}()
