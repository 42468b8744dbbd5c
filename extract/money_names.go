package extract

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/trawl/trawl/configs"
)

// currencyToken is a way a currency is written next to its number.
type currencyToken struct {
	token, code string
	exact       bool // matched with its case ("USD", "€"); else ignoring ASCII case
	attached    bool // may follow the number without a space ("25€")
	minor       bool // a hundredth of the unit: cents, pence
	pounds      bool // "pounds": money only where the context says so
}

// moneyTables are the currency words, signs and codes by first byte,
// longest first, built on first use from the ISO 4217 list
// (configs/currencies.tsv) and the hand-written forms below.
type moneyTables struct {
	before, after [256][]currencyToken
	codes         map[string]string // ISO code → itself, less codes that are English words; read before a number
}

var loadMoneyTables = sync.OnceValue(buildMoneyTables)

// currencyPrefixes are written before the number, matched with their case.
// A "$" after letters not listed here ("Z$") is left alone.
var currencyPrefixes = []currencyToken{
	{token: "$", code: "USD"}, {token: "US$", code: "USD"}, {token: "US $", code: "USD"}, {token: "U.S.$", code: "USD"}, {token: "U.S. $", code: "USD"},
	{token: "A$", code: "AUD"}, {token: "AU$", code: "AUD"}, {token: "C$", code: "CAD"}, {token: "CA$", code: "CAD"}, {token: "CAN$", code: "CAD"},
	{token: "S$", code: "SGD"}, {token: "SG$", code: "SGD"}, {token: "NZ$", code: "NZD"}, {token: "HK$", code: "HKD"}, {token: "NT$", code: "TWD"},
	{token: "MX$", code: "MXN"}, {token: "Mex$", code: "MXN"}, {token: "R$", code: "BRL"}, {token: "RD$", code: "DOP"}, {token: "J$", code: "JMD"},
	{token: "TT$", code: "TTD"}, {token: "EC$", code: "XCD"}, {token: "FJ$", code: "FJD"}, {token: "N$", code: "NAD"},
	{token: "€", code: "EUR"}, {token: "£", code: "GBP"}, {token: "¥", code: "JPY"}, {token: "JP¥", code: "JPY"}, {token: "CN¥", code: "CNY"}, {token: "RMB", code: "CNY"},
	{token: "₹", code: "INR"}, {token: "Rs", code: "INR"}, {token: "Rs.", code: "INR"}, {token: "Rupees", code: "INR"}, {token: "rupees", code: "INR"}, {token: "रु", code: "INR"}, {token: "रु.", code: "INR"},
	{token: "₩", code: "KRW"}, {token: "₽", code: "RUB"}, {token: "₱", code: "PHP"}, {token: "Rp", code: "IDR"}, {token: "RM", code: "MYR"}, {token: "฿", code: "THB"},
	{token: "₺", code: "TRY"}, {token: "₪", code: "ILS"}, {token: "₦", code: "NGN"}, {token: "₴", code: "UAH"}, {token: "₸", code: "KZT"}, {token: "₵", code: "GHS"},
	{token: "₲", code: "PYG"}, {token: "₡", code: "CRC"}, {token: "KSh", code: "KES"}, {token: "Ksh", code: "KES"}, {token: "KShs", code: "KES"}, {token: "Tk", code: "BDT"},
}

// currencySigns may also follow the number, with or without a space: "25 €", "75$".
var currencySigns = []currencyToken{
	{token: "$", code: "USD"}, {token: "€", code: "EUR"}, {token: "£", code: "GBP"}, {token: "¥", code: "JPY"}, {token: "₹", code: "INR"},
	{token: "₩", code: "KRW"}, {token: "₽", code: "RUB"}, {token: "₱", code: "PHP"}, {token: "฿", code: "THB"}, {token: "₺", code: "TRY"},
	{token: "₪", code: "ILS"}, {token: "₦", code: "NGN"}, {token: "₫", code: "VND"}, {token: "₴", code: "UAH"}, {token: "₸", code: "KZT"},
	{token: "zł", code: "PLN"}, {token: "Kč", code: "CZK"}, {token: "¢", code: "USD", minor: true},
}

// currencyWords are written after the number, besides the ISO names: the
// usual English forms and Hindi, as in PIB's releases.
var currencyWords = []currencyToken{
	{token: "dollars", code: "USD"}, {token: "dollar", code: "USD"}, {token: "US dollars", code: "USD"}, {token: "U.S. dollars", code: "USD"},
	{token: "cents", code: "USD", minor: true}, {token: "cent", code: "USD", minor: true}, {token: "pence", code: "GBP", minor: true},
	{token: "pounds", code: "GBP", pounds: true}, {token: "quid", code: "GBP"},
	{token: "रुपये", code: "INR"}, {token: "रुपए", code: "INR"},
}

// Currency names and codes that are also English words (cues.txt says which).
var (
	notCurrencyWords = cue("notCurrencyWords")
	notCurrencyCodes = cue("notCurrencyCodes")
)

// isCurrencyCode reports whether w is an ISO 4217 code read as money ("USD", "NOK").
func isCurrencyCode(w string) bool {
	_, ok := loadMoneyTables().codes[w]
	return ok
}

func buildMoneyTables() *moneyTables {
	cs, err := configs.LoadCurrencies()
	if err != nil {
		// the list is embedded and tested; a bad one is a build error
		panic(err)
	}
	t := &moneyTables{codes: map[string]string{}}
	before := slices.Clone(currencyPrefixes)
	after := slices.Clone(currencySigns)
	for i := range after {
		after[i].exact, after[i].attached = true, true
	}
	for i := range before {
		before[i].exact = true
	}
	after = append(after, currencyWords...)
	// names: the ISO name and the hand-written ones with their plurals, and
	// one-word names (the last word of an ISO name: "rand", "dong") when
	// they name one currency only
	names := map[string]string{}
	single := map[string]string{}
	for _, c := range cs {
		if !notCurrencyCodes[c.Code] {
			t.codes[c.Code] = c.Code
			after = append(after, currencyToken{token: c.Code, code: c.Code, exact: true})
		}
		for _, n := range append([]string{c.Name}, c.Other...) {
			n = strings.ToLower(n)
			for _, form := range []string{n, plural(n)} {
				if strings.Contains(form, " ") {
					addName(names, form, c.Code)
				} else {
					addName(single, form, c.Code)
				}
			}
			if w := n[strings.LastIndexByte(n, ' ')+1:]; w != n {
				addName(single, w, c.Code)
				addName(single, plural(w), c.Code)
			}
		}
	}
	for _, c := range cs {
		for _, n := range c.Other {
			// a hand-written one-word name settles an ambiguity ("rupee")
			if n = strings.ToLower(n); !strings.Contains(n, " ") {
				single[n], single[plural(n)] = c.Code, c.Code
			}
		}
	}
	for n, code := range single {
		if code != "" && !notCurrencyWords[n] && !notCurrencyWords[strings.TrimSuffix(n, "s")] {
			names[n] = code
		}
	}
	for n, code := range names {
		if code != "" && !slices.ContainsFunc(after, func(x currencyToken) bool { return strings.EqualFold(x.token, n) }) {
			after = append(after, currencyToken{token: n, code: code})
		}
	}
	for _, p := range before {
		t.before[p.token[0]] = append(t.before[p.token[0]], p)
	}
	for _, s := range after {
		idx := []byte{s.token[0]}
		if !s.exact {
			idx = foldIndex(s.token[0])
		}
		for _, c := range idx {
			t.after[c] = append(t.after[c], s)
		}
	}
	longestFirst := func(a, b currencyToken) int {
		return cmp.Or(cmp.Compare(len(b.token), len(a.token)), cmp.Compare(a.token, b.token))
	}
	for i := range 256 {
		slices.SortStableFunc(t.before[i], longestFirst)
		slices.SortStableFunc(t.after[i], longestFirst)
	}
	return t
}

// addName files a name under its code; a name of two currencies ("dinar",
// "peso") is filed under neither.
func addName(m map[string]string, name, code string) {
	if c, ok := m[name]; ok && c != code {
		m[name] = ""
		return
	}
	m[name] = code
}

// plural is the regular English plural of a currency name; irregular ones
// ("kroner", "reais") are listed in the data.
func plural(n string) string {
	if strings.HasSuffix(n, "s") {
		return n
	}
	return n + "s"
}
