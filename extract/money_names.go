package extract

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/trawl/trawl/configs"
)

// currencyToken is a way a currency is written next to its number.
type currencyToken struct {
	token, code string
	exact       bool   // matched with its case ("USD", "€"); else ignoring ASCII case
	attached    bool   // may follow the number without a space ("25€")
	minor       bool   // a hundredth of the unit: cents, pence
	pounds      bool   // "pounds": money only where the context says so
	pence       bool   // "50p": glued to the number, money where the text prices in pounds
	cents       bool   // "91.5c": glued to the number, money after a price word
	scaled      bool   // money only after a scale word: "P28 billion", "22.8 trillion won"
	wordCode    bool   // an ISO code that is a word ("MAD"): a scale word, no thousands, makes it money
	unit        string // a name several currencies share ("shillings"): code is the default, if any, and the text decides
	home        bool   // a name that is also a word ("dobras"): money where the text names its country (unit), else after a scale word only, in code
}

// moneyTables are the currency words, signs and codes by first byte,
// longest first, built on first use from the ISO 4217 list
// (configs/currencies.tsv) and the hand-written forms below.
type moneyTables struct {
	before, after [256][]currencyToken
	codes         map[string]string         // ISO code → itself, less codes that are English words; read before a number
	wordCodes     map[string]string         // the codes that are English words → their country's stem ("" if none): money before a number with its scale word ("MAD 319 billion") or in a text of the country ("AMD 386" about Armenia)
	units         map[string][]unitCurrency // a shared one-word name → the currencies of that name
}

// unitCurrency is one currency of a shared name, with the start of its
// country's name as the ISO name gives it ("Kenya" of "Kenyan Shilling").
type unitCurrency struct{ code, stem string }

var loadMoneyTables = sync.OnceValue(buildMoneyTables)

// currencyPrefixes are written before the number, matched with their case.
// A "$" after letters not listed here ("Z$") is left alone.
var currencyPrefixes = []currencyToken{
	{token: "$", code: "USD"}, {token: "US$", code: "USD"}, {token: "US $", code: "USD"}, {token: "U.S.$", code: "USD"}, {token: "U.S. $", code: "USD"},
	{token: "A$", code: "AUD"}, {token: "AU$", code: "AUD"}, {token: "C$", code: "CAD", unit: "c$"}, {token: "CA$", code: "CAD"}, {token: "CAN$", code: "CAD"},
	{token: "S$", code: "SGD"}, {token: "SG$", code: "SGD"}, {token: "NZ$", code: "NZD"}, {token: "HK$", code: "HKD"}, {token: "NT$", code: "TWD"},
	// "$US2.3 billion", "$A50 million": the Australian papers' order
	{token: "$US", code: "USD"}, {token: "$A", code: "AUD"}, {token: "$NZ", code: "NZD"},
	{token: "SFr", code: "CHF"}, {token: "SFr.", code: "CHF"}, {token: "Sfr", code: "CHF"},
	{token: "MX$", code: "MXN"}, {token: "Mex$", code: "MXN"}, {token: "R$", code: "BRL"}, {token: "RD$", code: "DOP"}, {token: "J$", code: "JMD"},
	{token: "TT$", code: "TTD"}, {token: "EC$", code: "XCD"}, {token: "FJ$", code: "FJD"}, {token: "N$", code: "NAD"}, {token: "$U", code: "UYU"},
	{token: "SI$", code: "SBD"}, {token: "BZ$", code: "BZD"}, {token: "FDJ", code: "DJF"}, // Djibouti's own letters for its franc
	// Liberia's dollar and Burundi's franc by their own letters
	{token: "L$", code: "LRD"}, {token: "FBu", code: "BIF"},
	// Barbados' "Bds$"; "B$" is Brunei's dollar or the Bahamas' by the
	// country the text names
	{token: "Bds$", code: "BBD"}, {token: "B$", unit: "b$"},
	{token: "€", code: "EUR"}, {token: "£", code: "GBP"}, {token: "¥", code: "JPY", unit: "¥"}, {token: "JP¥", code: "JPY"}, {token: "CN¥", code: "CNY"}, {token: "RMB", code: "CNY"},
	// "Rs" is the rupee of the country the text names, India's by default
	{token: "₹", code: "INR"}, {token: "Rs", code: "INR", unit: "rupee"}, {token: "Rs.", code: "INR", unit: "rupee"},
	// "RS 11,842 CRORE": a release's header in capitals; with its scale
	// word only, as "RS" names other things ("the RS-28")
	{token: "RS", code: "INR", unit: "rupee", scaled: true, wordCode: true}, {token: "RS.", code: "INR", unit: "rupee", scaled: true, wordCode: true}, {token: "Rupees", code: "INR", unit: "rupee"}, {token: "rupees", code: "INR", unit: "rupee"}, {token: "रु", code: "INR"}, {token: "रु.", code: "INR"},
	{token: "₩", code: "KRW"}, {token: "₽", code: "RUB"}, {token: "₱", code: "PHP"}, {token: "Rp", code: "IDR"}, {token: "RM", code: "MYR"}, {token: "฿", code: "THB"},
	{token: "₺", code: "TRY"}, {token: "₪", code: "ILS"}, {token: "₦", code: "NGN"}, {token: "₴", code: "UAH"}, {token: "₸", code: "KZT"}, {token: "₵", code: "GHS"},
	{token: "₮", code: "MNT"}, {token: "₼", code: "AZN"}, {token: "₾", code: "GEL"}, {token: "₭", code: "LAK"}, {token: "֏", code: "AMD"}, {token: "৳", code: "BDT"}, {token: "ZiG", code: "ZWG"},
	{token: "₲", code: "PYG"}, {token: "₡", code: "CRC"}, {token: "GH¢", code: "GHS"}, {token: "GH₵", code: "GHS"}, {token: "KSh", code: "KES"}, {token: "Ksh", code: "KES"}, {token: "KShs", code: "KES"}, {token: "TSh", code: "TZS"}, {token: "USh", code: "UGX"}, {token: "Tk", code: "BDT"},
	// one letter before a number is a designator ("P8", "R45") unless a
	// scale word follows, as Philippine and South African papers write
	// pesos and rand: "P28 billion", "R45 million"
	{token: "P", code: "PHP", unit: "p", scaled: true}, {token: "R", code: "ZAR", scaled: true},
	{token: "N", code: "NGN", scaled: true}, {token: "MK", code: "MWK", scaled: true}, {token: "B/.", code: "PAB"}, {token: "zł", code: "PLN"},
	// Lesotho's loti and Eswatini's lilangeni ("M420 million", "E50" in a
	// story of the country), Tonga's paʻanga ("T$38 million"), Sierra
	// Leone's new leone ("NLe 800") and its "Le" where the text names it
	{token: "M", unit: "m", scaled: true}, {token: "E", unit: "e", scaled: true}, {token: "T$", code: "TOP"},
	{token: "NLe", code: "SLE"}, {token: "Le", unit: "sl"},
	// the Gambia's dalasi ("D 450 million", "D5,000"), Mauritania's
	// ouguiya ("UM 2.6 billion") and Vanuatu's vatu ("VT 68,000", where
	// "VT" is Vermont elsewhere) in a story of the country
	{token: "D", unit: "d", scaled: true}, {token: "UM", unit: "um"}, {token: "VT", unit: "vt"},
	// Ethiopia's birr ("Br 1.9 billion") in a story of the country
	{token: "Br", unit: "br"},
	// Hungary's forint ("Ft 9.4 billion"; elsewhere "Ft" is a fort's), and
	// the Swiss franc as Switzerland and Liechtenstein write it ("Fr. 72
	// million"; elsewhere "Fr." is a priest's title)
	{token: "Ft", unit: "ft"}, {token: "Fr.", unit: "fr"},
	// signs several currencies share: the text's country settles them
	// (signUnits), and "K" and "L" need a scale word or thousands too
	// ("K1,750", "L1,500 million"; not "L2", a Lagrange point)
	{token: "K", unit: "k", scaled: true}, {token: "L", unit: "l", scaled: true}, {token: "Bs", unit: "bs"}, {token: "Bs.", unit: "bs"},
	{token: "LE", unit: "le"}, {token: "CFA", code: "XOF", unit: "cfa"}, {token: "DH", unit: "dh"}, {token: "Dh", unit: "dh"}, {token: "Dhs", unit: "dh"},
	{token: "E£", code: "EGP"},
	// "kr 60 million" (the Nordic crowns), "TL 3.5 billion" (the Turkish
	// lira's letters), "S/ 12" (Peru's sol), "SR 14 billion" (the Saudi
	// riyal): money where the text names the country
	{token: "kr", unit: "kr"}, {token: "kr.", unit: "kr"}, {token: "TL", unit: "tl"}, {token: "S/", unit: "s/"}, {token: "S/.", unit: "s/"},
	{token: "SR", unit: "sr"}, // the Saudi riyal
	// "QR 9.2 billion" (Qatar's riyal), "NIS 3 billion" (Israel's new
	// shekel, ISO ILS) the same way; "Kč" is the Czech crown's own sign
	{token: "QR", unit: "qr"}, {token: "NIS", unit: "nis"}, {token: "Kč", code: "CZK"},
	// "Sh 2 billion", "Shs 500 million": East Africa's shillings, and "BD
	// 40 million", Bahrain's dinar, where the text names the country
	{token: "Sh", unit: "sh"}, {token: "Shs", unit: "sh"}, {token: "BD", unit: "bd"}, {token: "DT", unit: "dt"},
	// "JD 13 billion" (Jordan's dinar), "RO 18 million" (Oman's rial) the
	// same way; "₫" before the number too ("₫41.6 trillion")
	{token: "JD", unit: "jd"}, {token: "RO", unit: "ro"}, {token: "₫", code: "VND"},
	// "DA 41 billion" (Algeria's dinar), "Nu 180 million" (Bhutan's
	// ngultrum) the same way
	{token: "DA", unit: "da"}, {token: "Nu", unit: "nu"}, {token: "Nu.", unit: "nu"},
	// "KD 412 million" (Kuwait's dinar) the same way; "Q75" (Guatemala's
	// quetzal) as the one-letter signs are ("Q3" is a quarter)
	{token: "KD", unit: "kd"}, {token: "Q", unit: "q", scaled: true},
	// "KM 6,000" (Bosnia's convertible mark) and "Ar 200 million"
	// (Madagascar's ariary) the same way; "F CFA 12 billion" as "CFA"
	{token: "KM", unit: "km"}, {token: "Ar", unit: "ar"}, {token: "F CFA", code: "XOF", unit: "cfa"}, {token: "FCFA", code: "XOF", unit: "cfa"},
	// "LL 45,000" (Lebanon's pound, "livre libanaise") and "MT 70" or "Mt
	// 3 billion" (Mozambique's metical; elsewhere "Mt" is a megatonne)
	// where the text names the country; Rwanda's "Frw", Angola's "Kz" and
	// Cambodia's riel sign are their own
	{token: "LL", unit: "ll"}, {token: "MT", unit: "mt"}, {token: "Mt", unit: "mt"},
	// the Maldives' rufiyaa ("Rf 90 million"), Yemen's rial ("YR
	// 15,000") and Aruba's florin ("Afl. 40") the same way; the Cayman
	// Islands' dollar ("CI$30 million") and Bermuda's ("BD$2 million")
	// are their own
	{token: "Rf", unit: "rf"}, {token: "YR", unit: "yr"}, {token: "Afl.", unit: "afl"}, {token: "Afl", unit: "afl"}, {token: "CI$", code: "KYD"},
	{token: "BD$", code: "BMD"},
	{token: "Frw", code: "RWF"}, {token: "FRw", code: "RWF"}, {token: "Kz", code: "AOA"}, {token: "៛", code: "KHR"},
}

// homeSigns are the one-letter signs that need a scale word or thousands
// elsewhere ("P8", "R45" are designators) and their countries or largest
// cities: in a story that names one, its papers' prices are money
// ("tickets cost R150", "a P500 fare", "the kwacha closed at K26.10").
var homeSigns = map[string][]string{"R": {"South Africa", "Johannesburg", "Pretoria", "Cape Town", "Durban"}, "P": {"Philippine", "Botswana"}, "N": {"Nigeria"}, "K": stemsOf(signUnits["k"]), "Q": stemsOf(signUnits["q"]),
	"M": stemsOf(signUnits["m"]), "E": stemsOf(signUnits["e"]), "D": stemsOf(signUnits["d"])}

// stemsOf are the country and city stems that settle a shared sign.
func stemsOf(us []unitCurrency) []string {
	stems := make([]string, len(us))
	for i, u := range us {
		stems[i] = u.stem
	}
	return stems
}

// homePrice reports whether amount a after the one-letter sign c at i is a
// price in a story of the sign's country: ten or more, and not after an
// article or a preposition of route ("the R21", "via N2"), nor alone in
// brackets ("the patrol boat (P401)", a hull's number). A code that is
// also a word counts so from 100 in a story of its country ("AMD 386" about
// Armenia; "TOP 10" stays a list).
func (t *moneyTables) homePrice(text string, i int, c currencyToken, a moneyAmount, facts *textFacts) bool {
	stems, least := homeSigns[c.token], 10.0
	if stem := t.wordCodes[c.code]; c.wordCode && stem != "" {
		stems, least = []string{stem}, 100
	}
	if stems == nil || a.lo < least || a.hi != 0 && a.hi < least {
		return false
	}
	if i > 0 && text[i-1] == '(' && a.end < len(text) && text[a.end] == ')' {
		return false
	}
	before := strings.TrimRight(text[:i], " ")
	w := strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])
	if notPriceBefore.has(w) {
		return false // "the R21", "its TOP 100"
	}
	after := strings.TrimLeft(text[a.end:], " ")
	next := after[:asciiWordEnd(after, 0)]
	if routeNouns.has(strings.ToLower(next)) {
		return false // "the R21 and R300 roads"
	}
	if c.wordCode && countedPlural(next) {
		return false // "TOP 100 firms", "ALL 500 workers": a count of things
	}
	for _, stem := range stems {
		if remembered(facts.named, stem, func() bool { return namesCountry(text, stem) }) {
			return true
		}
	}
	return false
}

// countedPlural: w is a lower-case plural noun ("firms", "workers") that
// counts what a number before it is, not a word that goes on a sentence
// after an amount ("is", "was", "plus", "less").
func countedPlural(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[0] >= 'a' && w[0] <= 'z' && !notPlurals.has(w)
}

// dirhams are the dirhams of Morocco and of the Emirates, by the names of
// their countries and cities.
var dirhams = []unitCurrency{{"MAD", "Morocc"}, {"MAD", "Rabat"}, {"AED", "Emirat"}, {"AED", "Dubai"}, {"AED", "Abu Dhabi"}, {"AED", "UAE"}}

// kroner and kronor are the Nordic crowns by their countries and capitals:
// the krone of Norway or Denmark, the krona of Sweden or Iceland; "kr" is
// any of them.
var (
	kroner = []unitCurrency{{"NOK", "Norw"}, {"NOK", "Oslo"}, {"DKK", "Denmark"}, {"DKK", "Danish"}, {"DKK", "Copenhagen"}, {"DKK", "Greenland"}}
	kronor = []unitCurrency{{"SEK", "Swed"}, {"SEK", "Stockholm"}, {"ISK", "Iceland"}, {"ISK", "Reykjav"}}
)

// cfaFrancs: the CFA franc of West Africa (the default) or of Central
// Africa, by the countries and capitals the text names.
var cfaFrancs = []unitCurrency{{"XOF", "Senegal"}, {"XOF", "Ivory Coast"}, {"XOF", "Côte d"}, {"XOF", "Burkina"}, {"XOF", "Benin"}, {"XOF", "Togo"},
	{"XOF", "Guinea-Bissau"}, {"XOF", "Bamako"}, {"XOF", "Niamey"}, {"XOF", "Dakar"}, {"XOF", "Abidjan"}, {"XOF", "Cotonou"}, {"XOF", "Lomé"}, {"XOF", "Ouagadougou"}, {"XOF", "Bissau"},
	{"XAF", "Cameroon"}, {"XAF", "Gabon"}, {"XAF", "Chad"}, {"XAF", "Central African"}, {"XAF", "Equatorial Guinea"},
	{"XAF", "Brazzaville"}, {"XAF", "Yaoundé"}, {"XAF", "Libreville"}, {"XAF", "Bangui"}}

// cfpFrancs: the Pacific franc, by its territories and their capitals.
var cfpFrancs = []unitCurrency{{"XPF", "French Polynesia"}, {"XPF", "Tahiti"}, {"XPF", "Papeete"}, {"XPF", "New Caledonia"}, {"XPF", "Nouméa"}, {"XPF", "Wallis"}}

var bosnianMarks = []unitCurrency{{"BAM", "Bosnia"}, {"BAM", "Sarajevo"}, {"BAM", "Banja Luka"}, {"BAM", "Mostar"}}

// signUnits are the currencies of a shared sign or name and the countries
// (or capitals) that say which one a text means: the CFA franc of West
// Africa (the default) or of Central Africa, the boliviano or the bolívar,
// the dirham of Morocco or of the Emirates, the kwacha of Zambia or Malawi
// or the kina, the "L" of the lempira, the lek, the leu or the loti, and
// "LE", Egypt's pound where the text names Egypt ("LE200").
var signUnits = map[string][]unitCurrency{
	"cfa": cfaFrancs,
	// a bare "francs" is the CFA franc in a story of its countries, as it
	// is Switzerland's or Rwanda's in theirs (ISO's names)
	"franc": slices.Concat(cfaFrancs, cfpFrancs),
	"m":     {{"LSL", "Lesotho"}, {"LSL", "Maseru"}},
	"e":     {{"SZL", "Eswatini"}, {"SZL", "Swazi"}, {"SZL", "Mbabane"}},
	"sl":    {{"SLE", "Sierra Leone"}, {"SLE", "Freetown"}},
	"d":     {{"GMD", "Gambia"}, {"GMD", "Banjul"}},
	"um":    {{"MRU", "Mauritania"}, {"MRU", "Nouakchott"}},
	"vt":    {{"VUV", "Vanuatu"}, {"VUV", "Port Vila"}},
	"br":    {{"ETB", "Ethiopia"}, {"ETB", "Addis Ababa"}},
	"ft":    {{"HUF", "Hungar"}, {"HUF", "Budapest"}},
	"fr":    {{"CHF", "Switzerland"}, {"CHF", "Swiss"}, {"CHF", "Liechtenstein"}, {"CHF", "Zurich"}, {"CHF", "Geneva"}, {"CHF", "Bern"}, {"CHF", "Vaduz"}},
	// "C$" is Canada's dollar, or Nicaragua's córdoba in a story about it
	"c$":     {{"CAD", "Canad"}, {"CAD", "Ottawa"}, {"NIO", "Nicaragu"}, {"NIO", "Managua"}},
	"bs":     {{"BOB", "Bolivia"}, {"VES", "Venezuela"}},
	"dh":     dirhams,
	"dirham": dirhams, // ISO's "UAE Dirham" names no country's adjective
	"le":     {{"EGP", "Egypt"}, {"EGP", "Cairo"}},
	"k": {{"ZMW", "Zambia"}, {"ZMW", "Lusaka"}, {"MWK", "Malawi"}, {"MWK", "Lilongwe"}, {"PGK", "Papua"}, {"PGK", "Port Moresby"},
		{"MMK", "Myanmar"}, {"MMK", "Burm"}, {"MMK", "Yangon"}, {"MMK", "Naypyidaw"}},
	// "¥" is the yen, or the yuan in a story about China
	"¥":      {{"JPY", "Japan"}, {"JPY", "Tokyo"}, {"CNY", "China"}, {"CNY", "Chinese"}, {"CNY", "Beijing"}, {"CNY", "Shanghai"}},
	"kr":     slices.Concat(kroner, kronor),
	"krone":  kroner, // ISO names the krone "Danish" and "Norwegian", a stem too short to find "Denmark"
	"kroner": kroner,
	"krona":  kronor,
	"tl":     {{"TRY", "Turk"}, {"TRY", "Türkiye"}, {"TRY", "Ankara"}, {"TRY", "Istanbul"}},
	"s/":     {{"PEN", "Peru"}, {"PEN", "Lima"}},
	"sr":     {{"SAR", "Saudi"}, {"SAR", "Riyadh"}, {"SAR", "Jeddah"}, {"SCR", "Seychell"}, {"SCR", "Mahé"}},
	"b$":     {{"BND", "Brunei"}, {"BND", "Bandar Seri Begawan"}, {"BSD", "Bahamas"}, {"BSD", "Nassau"}},
	// ISO names the manat "Azerbaijan" and the "New Manat" Turkmenistan's,
	// and the rial "Iranian", "Yemeni" and "Rial Omani": a bare "manat" or
	// "rials" is the one of the country the text names
	"manat": {{"TMT", "Turkmen"}, {"TMT", "Ashgabat"}, {"AZN", "Baku"}},
	"rial":  {{"OMR", "Oman"}, {"OMR", "Muscat"}, {"IRR", "Iran"}, {"IRR", "Tehran"}, {"YER", "Yemen"}, {"YER", "Sanaa"}},
	"qr":    {{"QAR", "Qatar"}, {"QAR", "Doha"}},
	"nis":   {{"ILS", "Israel"}, {"ILS", "Jerusalem"}, {"ILS", "Tel Aviv"}},
	"sh": {{"KES", "Kenya"}, {"KES", "Nairobi"}, {"TZS", "Tanzania"}, {"TZS", "Dar es Salaam"}, {"TZS", "Dodoma"},
		{"UGX", "Uganda"}, {"UGX", "Kampala"}, {"SOS", "Somalia"}, {"SOS", "Mogadishu"}},
	"bd": {{"BHD", "Bahrain"}, {"BHD", "Manama"}},
	"dt": {{"TND", "Tunisia"}, {"TND", "Tunis"}},
	"jd": {{"JOD", "Jordan"}, {"JOD", "Amman"}},
	"ro": {{"OMR", "Oman"}, {"OMR", "Muscat"}},
	"da": {{"DZD", "Algeria"}, {"DZD", "Algiers"}},
	"nu": {{"BTN", "Bhutan"}, {"BTN", "Thimphu"}},
	"kd": {{"KWD", "Kuwait"}},
	"km": bosnianMarks,
	"ar": {{"MGA", "Madagasca"}, {"MGA", "Antananarivo"}},
	// "5 million marks" in a story of Bosnia; the leu's plural is Romania's
	// or Moldova's by the country named
	"marks": bosnianMarks,
	"lei":   {{"RON", "Romania"}, {"RON", "Bucharest"}, {"MDL", "Moldova"}, {"MDL", "Chișinău"}, {"MDL", "Chisinau"}},
	"q":     {{"GTQ", "Guatemal"}},
	"ll":    {{"LBP", "Leban"}, {"LBP", "Beirut"}},
	"mt":    {{"MZN", "Mozambi"}, {"MZN", "Maputo"}},
	"rf":    {{"MVR", "Maldiv"}, {"MVR", "Malé"}},
	"yr":    {{"YER", "Yemen"}, {"YER", "Sanaa"}, {"YER", "Aden"}},
	"afl":   {{"AWG", "Aruba"}, {"AWG", "Oranjestad"}},
	// a bare "pounds" is sterling unless the text names a country of
	// another pound more than Britain: "1.8 trillion pounds" in a story of
	// Lebanon (ISO's pounds add their countries: countryOf)
	"pound": {{"GBP", "Brit"}, {"GBP", "London"}, {"GBP", "England"}, {"GBP", "Scotland"}, {"GBP", "Wales"}, {"GBP", "UK"}, {"GBP", "U.K."}},
	// the fils, a thousandth of the Gulf's and Iraq's dinars, a hundredth
	// of the dirham: "812 fils" a share in Kuwait
	"fils": {{"KWD", "Kuwait"}, {"BHD", "Bahrain"}, {"JOD", "Jordan"}, {"IQD", "Iraq"}, {"AED", "Emirat"}, {"AED", "UAE"}, {"AED", "Dubai"}, {"AED", "Abu Dhabi"}},
	// "400 million crowns": the Nordic or the Czech crown by the country named
	"crowns": slices.Concat(kroner, kronor, []unitCurrency{{"CZK", "Czech"}, {"CZK", "Prague"}}),
	// "P" is the Philippine peso, or Botswana's pula in a story about it
	"p": {{"PHP", "Philippin"}, {"PHP", "Manila"}, {"BWP", "Botswana"}, {"BWP", "Gaborone"}},
	"l": {{"HNL", "Hondur"}, {"HNL", "Tegucigalpa"}, {"ALL", "Albania"}, {"ALL", "Tirana"}, {"MDL", "Moldova"}, {"MDL", "Chișinău"}, {"LSL", "Lesotho"}, {"LSL", "Maseru"}},
}

// currencySigns may also follow the number, with or without a space: "25 €", "75$".
var currencySigns = []currencyToken{
	{token: "$", code: "USD"}, {token: "€", code: "EUR"}, {token: "£", code: "GBP"}, {token: "¥", code: "JPY", unit: "¥"}, {token: "₹", code: "INR"},
	{token: "₩", code: "KRW"}, {token: "₽", code: "RUB"}, {token: "₱", code: "PHP"}, {token: "฿", code: "THB"}, {token: "₺", code: "TRY"},
	{token: "₪", code: "ILS"}, {token: "₦", code: "NGN"}, {token: "₫", code: "VND"}, {token: "₴", code: "UAH"}, {token: "₸", code: "KZT"},
	{token: "₮", code: "MNT"}, {token: "₼", code: "AZN"}, {token: "₾", code: "GEL"}, {token: "₭", code: "LAK"}, {token: "֏", code: "AMD"}, {token: "৳", code: "BDT"},
	{token: "zł", code: "PLN"}, {token: "Kč", code: "CZK"}, {token: "៛", code: "KHR"}, {token: "¢", code: "USD", minor: true}, {token: "p", code: "GBP", minor: true, pence: true},
	{token: "c", code: "USD", minor: true, cents: true},
	{token: "kr", unit: "kr"}, {token: "TL", unit: "tl"}, // "500 kr." ends its sentence: the dot is no part of it
}

// currencyWords are written after the number, besides the ISO names: the
// usual English forms and Hindi, as in PIB's releases.
var currencyWords = []currencyToken{
	{token: "dollars", code: "USD"}, {token: "dollar", code: "USD"}, {token: "US dollars", code: "USD"}, {token: "U.S. dollars", code: "USD"},
	{token: "cents", code: "USD", minor: true}, {token: "cent", code: "USD", minor: true}, {token: "pence", code: "GBP", minor: true},
	{token: "sen", code: "MYR", minor: true}, // the ringgit's hundredth: "rose six sen", "42 sen"
	// a named currency's cents: "95 euro cents" is no 95 euros
	{token: "US cents", code: "USD", minor: true}, {token: "U.S. cents", code: "USD", minor: true},
	{token: "euro cents", code: "EUR", minor: true}, {token: "euro cent", code: "EUR", minor: true},
	{token: "pounds", code: "GBP", pounds: true, unit: "pound"}, {token: "quid", code: "GBP"},
	{token: "रुपये", code: "INR"}, {token: "रुपए", code: "INR"},
	{token: "so‘m", code: "UZS"}, {token: "so'm", code: "UZS"}, {token: "soum", code: "UZS"}, {token: "soums", code: "UZS"},
	{token: "fils", unit: "fils", minor: true}, {token: "crowns", unit: "crowns", scaled: true}, {token: "marks", unit: "marks", scaled: true},
	{token: "CFA francs", code: "XOF", unit: "cfa"}, {token: "CFA franc", code: "XOF", unit: "cfa"}, {token: "francs CFA", code: "XOF", unit: "cfa"},
}

// Currency names and codes that are also English words (cues.txt says which).
var (
	notCurrencyWords    = cue("notCurrencyWords")
	notCurrencyCodes    = cue("notCurrencyCodes")
	scaledCurrencyWords = cue("scaledCurrencyWords")
	homeCurrencyWords   = cue("homeCurrencyWords")
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
	t := &moneyTables{codes: map[string]string{}, wordCodes: map[string]string{}, units: map[string][]unitCurrency{}}
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
	home := map[string][]unitCurrency{} // homeCurrencyWords → the currencies of that name with their countries
	for _, c := range cs {
		written := append([]string{c.Name}, c.Other...)
		if notCurrencyCodes.has(c.Code) {
			// the country's stem from the ISO name, else from another
			// ("Pataca", "Macao pataca")
			t.wordCodes[c.Code] = ""
			for _, n := range written {
				if _, stem, ok := countryOf(n); ok {
					t.wordCodes[c.Code] = stem
					break
				}
			}
		} else {
			t.codes[c.Code] = c.Code
			after = append(after, currencyToken{token: c.Code, code: c.Code, exact: true})
		}
		for _, n := range written {
			if unit, stem, ok := countryOf(n); ok && homeCurrencyWords.has(unit) {
				home[unit] = append(home[unit], unitCurrency{code: c.Code, stem: stem})
			}
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
		if unit, stem, ok := countryOf(c.Name); ok {
			t.units[unit] = append(t.units[unit], unitCurrency{code: c.Code, stem: stem})
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
	for unit, cs := range signUnits {
		t.units[unit] = append(t.units[unit], cs...)
	}
	var shared []currencyToken
	for n, code := range single {
		if notCurrencyWords.has(n) || notCurrencyWords.has(strings.TrimSuffix(n, "s")) {
			if unit := strings.TrimSuffix(n, "s"); home[unit] != nil {
				t.units["home "+unit] = home[unit]
				if !scaledCurrencyWords.has(n) {
					code = ""
				}
				after = append(after, currencyToken{token: n, code: code, exact: true, unit: "home " + unit, home: true}) // "twenty Afghani soldiers" is no money
				continue
			}
			// "won", "kip": a word, but money after a scale word
			if scaledCurrencyWords.has(n) && code != "" {
				after = append(after, currencyToken{token: n, code: code, scaled: true})
			}
			continue
		}
		// "dollars" and "pounds" have their own rules (currencyWords)
		unit := strings.TrimSuffix(n, "s")
		if len(t.units[unit]) > 1 && !slices.ContainsFunc(currencyWords, func(x currencyToken) bool { return strings.TrimSuffix(x.token, "s") == unit }) {
			shared = append(shared, currencyToken{token: n, code: code, unit: unit})
			continue
		}
		if code != "" {
			names[n] = code
		}
	}
	for n, code := range names {
		if code != "" && !slices.ContainsFunc(after, func(x currencyToken) bool { return strings.EqualFold(x.token, n) }) {
			after = append(after, currencyToken{token: n, code: code})
		}
	}
	after = append(after, shared...)
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

// countryOf splits an ISO name of the form "<country adjective> <unit>"
// ("Kenyan Shilling", "Sri Lanka Rupee") into the lower-case unit and the
// start of the country's name: the adjective less its demonym ending, so
// that "Kenya", "Mexico" and "Philippines" are found from "Kenyan",
// "Mexican" and "Philippine".
func countryOf(isoName string) (unit, stem string, ok bool) {
	i := strings.LastIndexByte(isoName, ' ')
	if i < 0 {
		return "", "", false
	}
	adj := isoName[:i]
	for _, end := range []string{"ian", "ean", "ish", "ese", "ine", "an", "i", "n"} {
		if s, cut := strings.CutSuffix(adj, end); cut && len(s) >= 4 {
			adj = s
			break
		}
	}
	if len(adj) < 4 || strings.ToUpper(adj) == adj {
		return "", "", false // "CFA Franc": no country
	}
	return strings.ToLower(isoName[i+1:]), adj, true
}

// unitCode settles a shared currency name by the countries the text names:
// the one currency whose country it names, else the one whose country it
// names most ("Rs" in a story about Nepal that names India once), else the
// default ("rupees" are Indian unless only Pakistan is named); "" when the
// text does not say. A text's choice is remembered in facts.
func (t *moneyTables) unitCode(text string, tok currencyToken, facts *textFacts) string {
	code, ok := facts.units[tok.unit]
	if !ok {
		code = t.namedMost(text, tok, t.units[tok.unit], facts.named)
		facts.units[tok.unit] = code
	}
	return code
}

// textFacts remember what a text says about its currencies, so that each
// question is asked of the text once however many amounts it holds.
type textFacts struct {
	named   map[string]bool   // country stems (and "£"), whether the text holds them
	units   map[string]string // a shared name's or sign's currency here
	dollars [2]string         // a bare "dollars" [0] and "$" [1]: their currency here
}

// namedMost is unitCode's choice for a text it has not seen.
func (t *moneyTables) namedMost(text string, tok currencyToken, cs []unitCurrency, named map[string]bool) string {
	found, several := "", false
	for _, c := range cs {
		switch {
		case !remembered(named, c.stem, func() bool { return namesCountry(text, c.stem) }):
		case found == "":
			found = c.code
		case found != c.code:
			several = true
		}
	}
	switch {
	case several:
		if code, _, ok := mostNamed(text, cs); ok {
			return code
		}
	case found != "":
		return found
	}
	return tok.code
}

// mostNamed is the currency of cs whose country text names most often (the
// mentions of all its stems counted), how often, and whether no other is
// named as often.
func mostNamed(text string, cs []unitCurrency) (code string, n int, ok bool) {
	const most = 1000 // mentions counted of each name
	counts := map[string]int{}
	for i, c := range cs {
		if coveredStem(cs, i) {
			continue
		}
		counts[c.code] += countCountry(text, c.stem, most)
		// a dateline in capitals ("OTTAWA —") places the whole story: two
		if up := strings.ToUpper(c.stem); up != c.stem {
			counts[c.code] += 2 * countCountry(text, up, most)
		}
	}
	n, ok = -1, false
	for _, c := range cs {
		switch m := counts[c.code]; {
		case c.code == code:
		case m > n:
			code, n, ok = c.code, m, true
		case m == n:
			ok = false
		}
	}
	return code, n, ok
}

// coveredStem: another stem of cs[i]'s currency is a prefix of its stem
// (or the same stem, listed before), so it finds every mention cs[i]'s
// does: a table's "Norw" and ISO's "Norwegian" count "Norwegian" once.
func coveredStem(cs []unitCurrency, i int) bool {
	for j, o := range cs {
		if j != i && o.code == cs[i].code && strings.HasPrefix(cs[i].stem, o.stem) && (len(o.stem) < len(cs[i].stem) || j < i) {
			return true
		}
	}
	return false
}

// localDollars are the dollars whose own press writes a bare "$" for
// them, with the stems that name their country ("Canada", "Canadian"). A
// bare "$" is one of them only in a text that names that country twice at
// least, more often than any other of them, and not the United States,
// unless in passing (see localDollar): a story about Australia, not a U.S.
// contract "for the Royal Australian Navy" nor a regional story that names
// Washington's aid; else it is the U.S. dollar. Which dollar a story that
// names both about as often means, its text does not say: its publisher
// does (an Ottawa paper's "$" is Canadian, a U.S. magazine's American).
var localDollars = []unitCurrency{
	{"AUD", "Australia"}, {"CAD", "Canad"}, {"NZD", "New Zealand"}, {"SGD", "Singapore"},
	{"TTD", "Trinidad"}, {"JMD", "Jamaica"}, {"BBD", "Barbad"}, {"BSD", "Bahamas"}, {"GYD", "Guyan"}, {"BZD", "Beliz"},
	{"FJD", "Fiji"}, {"SBD", "Solomon"}, {"BMD", "Bermud"},
	// Kiribati, Tuvalu and Nauru write the Australian dollar as theirs
	{"AUD", "Kiribati"}, {"AUD", "Tuvalu"}, {"AUD", "Nauru"},
	// the Eastern Caribbean dollar's members, as their papers name them.
	// Brunei, Namibia, Suriname and Liberia are left out: their news of
	// oil, mines and loans is in U.S. dollars as often as not
	{"XCD", "Saint Lucia"}, {"XCD", "St Lucia"}, {"XCD", "St. Lucia"}, {"XCD", "Grenad"}, {"XCD", "Saint Vincent"},
	{"XCD", "St Vincent"}, {"XCD", "St. Vincent"}, {"XCD", "Saint Kitts"}, {"XCD", "St Kitts"}, {"XCD", "St. Kitts"},
	{"XCD", "Antigua"}, {"XCD", "Anguilla"}, {"XCD", "Montserrat"}, {"XCD", "Eastern Caribbean"},
	// countries whose own currency is the U.S. dollar: a story of one that
	// names Australia or Singapore as a neighbour keeps its "$" American
	{"USD", "Timor-Leste"}, {"USD", "East Timor"}, {"USD", "Ecuador"}, {"USD", "El Salvador"}, {"USD", "Panama"},
	{"USD", "Marshall Islands"}, {"USD", "Micronesia"}, {"USD", "Palau"},
	// British territories in the Caribbean that use it, beside the
	// Eastern Caribbean dollar's members they are named with
	{"USD", "British Virgin Islands"}, {"USD", "BVI"}, {"USD", "Turks and Caicos"},
}

// dollarPlaces name a local dollar's country in a text that does not name
// the United States: its capital, biggest cities, states or provinces and
// stock exchange, as its own press names them more than the country
// ("CALGARY, Alta." and "Alberta's premier"); not those that are also
// given names or towns elsewhere ("Sydney", "Perth", "Victoria",
// "Wellington"). A text that names the United States too is settled by
// the country's own name, unless it names these three times (localDollar).
var dollarPlaces = []unitCurrency{
	{"AUD", "Canberra"}, {"AUD", "Melbourne"}, {"AUD", "Brisbane"}, {"AUD", "Adelaide"},
	{"AUD", "Queensland"}, {"AUD", "New South Wales"}, {"AUD", "NSW"}, {"AUD", "Tasmania"}, {"AUD", "ASX"},
	{"AUD", "Hobart"}, {"AUD", "Geelong"}, {"AUD", "Gold Coast"}, {"AUD", "Wollongong"}, {"AUD", "Townsville"},
	{"CAD", "Ottawa"}, {"CAD", "Toronto"}, {"CAD", "Montreal"}, {"CAD", "Montréal"}, {"CAD", "Vancouver"},
	{"CAD", "Calgary"}, {"CAD", "Edmonton"}, {"CAD", "Winnipeg"}, {"CAD", "Alberta"}, {"CAD", "Ontario"}, {"CAD", "Quebec"},
	{"CAD", "Québec"}, {"CAD", "Saskatchewan"}, {"CAD", "Manitoba"}, {"CAD", "Nova Scotia"}, {"CAD", "Newfoundland"},
	{"CAD", "British Columbia"}, {"CAD", "TSX"},
	{"NZD", "Auckland"}, {"NZD", "Christchurch"},
}

// localPesos are the pesos whose own press writes "$" for them, read as
// localDollars are, but for the sign alone: in their news the word
// "dollars" is the U.S. dollar ("$171 trillion" in a story about
// Argentina's budget is in pesos).
var localPesos = []unitCurrency{{"ARS", "Argentin"}, {"MXN", "Mexic"}, {"COP", "Colombia"}, {"CLP", "Chile"}, {"UYU", "Urugua"}}

// usPlaces are U.S. states and large cities whose names are seldom
// other places' or people's (cues.txt).
var usPlaces = cue("usPlaces")

// usPlaceNamings counts the words of text that name usPlaces, up to most,
// asked only when a bare dollar would otherwise be another country's.
func usPlaceNamings(text string, most int) int {
	n := 0
	for w := range usPlaces.all() {
		n += countCountry(text, w, most-n)
	}
	return n
}

// usStems name the United States or bodies only it has.
var usStems = []string{"U.S.", "US ", "USA", "United States", "America", "Washington", "Pentagon", "Wall Street", "Federal Reserve", "New Mexico"}

// namesUS reports whether text names the United States.
func namesUS(text string, named map[string]bool) bool {
	for _, stem := range usStems {
		if remembered(named, stem, func() bool { return namesCountry(text, stem) }) {
			return true
		}
	}
	return false
}

// usNamings counts the words of text that name the United States, up to
// most.
func usNamings(text string, most int) int {
	n := 0
	for _, stem := range usStems {
		n += countCountry(text, stem, most-n)
	}
	return n
}

// remembered returns named[key], computing it with f the first time: what
// a text names is looked up once however many amounts it holds.
func remembered(named map[string]bool, key string, f func() bool) bool {
	v, ok := named[key]
	if !ok {
		v = f()
		named[key] = v
	}
	return v
}

// dollarCode settles a bare "$" (sign) or "dollars" at i: by the dollar
// an amount beside it names with its sign, else by the countries text
// names, once a text.
func dollarCode(text string, i int, facts *textFacts, sign bool) string {
	if code := nearDollar(text, i); code != "" {
		return code
	}
	k := 0
	if sign {
		k = 1
	}
	if facts.dollars[k] == "" {
		facts.dollars[k] = localDollar(text, facts.named, sign)
	}
	return facts.dollars[k]
}

// localDollar is the dollar text says its figures are in, else the dollar
// (or, for the sign, the peso) of the country text names most (see
// localDollars), or USD.
func localDollar(text string, named map[string]bool, sign bool) string {
	if code := statedDollar(text); code != "" {
		return code
	}
	if code := datelineDollar(text); code != "" {
		return code
	}
	us := namesUS(text, named) // remembered per text: asked before the counting scans
	// a text that marks its U.S. dollars ("US$108 a tonne") writes its
	// own dollar bare, as Australian and Singapore papers do, unless it
	// marks the others too ("A$10 billion (about US$6.5 billion)")
	marked := sign && (strings.Contains(text, "US$") || strings.Contains(text, "U.S.$") || strings.Contains(text, "$US")) && !marksOtherDollar(text)
	countries := localDollars
	if sign {
		countries = slices.Concat(localDollars, localPesos)
	}
	local := countries
	if !us || marked {
		local = slices.Concat(countries, dollarPlaces)
	}
	code, n, ok := mostNamed(text, local)
	if ok && n >= 2 && !us && usPlaceNamings(text, 2*n+1) > 2*n {
		// "SAN DIEGO — ... flights to Mexico City": U.S. states or cities
		// named more than twice as often as the other country name the
		// United States, though the country is not named ("MAHIA, New
		// Zealand — ... a test in Mississippi for the California company"
		// stays New Zealand's)
		us = true
		code, n, ok = mostNamed(text, countries)
	} else if us && !marked && !(ok && n >= 6) {
		// a story set in the country's cities and provinces (three
		// namings of them at least) counts them with the country to the
		// bar below: a story of Ottawa's and Toronto's councils that
		// names the United States once is Canada's press
		if pc, pn, pok := mostNamed(text, dollarPlaces); pok && pn >= 3 {
			code, n, ok = mostNamed(text, slices.Concat(countries, dollarPlaces))
			ok = ok && code == pc
		}
	}
	switch {
	case !ok || n < 2:
		return "USD"
	case !us || marked:
		return code
	}
	// A story named for its country throughout that names the United
	// States in passing ("66 US cents", "Washington's review") is its
	// country's press: six namings at least and six times the United
	// States'. A U.S. outlet's regional story names the country a few
	// times among its neighbours (its "$" stays American).
	if n >= 6 && usNamings(text, n/6+1) <= n/6 {
		return code
	}
	return "USD"
}

// marksOtherDollar reports whether text writes a dollar other than the
// U.S. one with its letters ("A$", "S$", "$A").
func marksOtherDollar(text string) bool {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '$')
		if k < 0 {
			return false
		}
		k += i
		if c, ok := signedDollarAt(text, 0, k); ok && c != "USD" {
			return true
		}
		if strings.HasPrefix(text[k+1:], "NZ") || strings.HasPrefix(text[k+1:], "A") && k+2 < len(text) && isASCIIDigit(text[k+2]) {
			return true // "$A50 million", "$NZ"
		}
		i = k + 1
	}
}

// datelineDollar is the dollar of a story datelined in capitals in a
// local dollar's country ("OTTAWA —", "SYDNEY (AAP) —"): outlets abroad
// mark a foreign dollar ("C$", "A$"), so a bare one there is the
// country's own; not under an international wire's credit ("SYDNEY
// (Reuters) -"), whose "$" is the U.S. dollar. "" when no such dateline.
func datelineDollar(text string) string {
	e := 0
	for e < len(text) && ('A' <= text[e] && text[e] <= 'Z' || text[e] == ' ' && e+1 < len(text) && 'A' <= text[e+1] && text[e+1] <= 'Z') {
		e++
	}
	rest := text[e:]
	if e < 4 || !(strings.HasPrefix(rest, " —") || strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, ", ") || strings.HasPrefix(rest, " -")) {
		return ""
	}
	if strings.HasPrefix(rest, " (") {
		credit := rest[2:min(len(rest), 2+40)]
		if k := strings.IndexByte(credit, ')'); k < 0 || internationalWires.has(credit[:k]) {
			return ""
		}
	}
	for _, c := range datelineDollars {
		if strings.EqualFold(c.stem, text[:e]) {
			return c.code
		}
	}
	return ""
}

// datelineDollars are the capitals and largest cities of the local
// dollars' countries, by which their own papers date a story (here
// "Sydney" and "Wellington" too, which name other things elsewhere).
var datelineDollars = []unitCurrency{
	{"AUD", "Sydney"}, {"AUD", "Melbourne"}, {"AUD", "Brisbane"}, {"AUD", "Perth"}, {"AUD", "Adelaide"}, {"AUD", "Canberra"}, {"AUD", "Hobart"}, {"AUD", "Darwin"},
	{"CAD", "Ottawa"}, {"CAD", "Toronto"}, {"CAD", "Montreal"}, {"CAD", "Vancouver"}, {"CAD", "Calgary"}, {"CAD", "Edmonton"}, {"CAD", "Winnipeg"}, {"CAD", "Halifax"}, {"CAD", "Regina"},
	{"NZD", "Wellington"}, {"NZD", "Auckland"}, {"NZD", "Christchurch"},
	{"SGD", "Singapore"}, {"SBD", "Honiara"}, {"XCD", "Castries"}, {"XCD", "Basseterre"}, {"XCD", "Kingstown"},
	{"BZD", "Belmopan"}, {"FJD", "Suva"}, {"TTD", "Port of Spain"}, {"BBD", "Bridgetown"},
	{"AUD", "Tarawa"}, {"AUD", "South Tarawa"}, {"AUD", "Funafuti"},
}

// internationalWires are the wire services whose "$" is the U.S. dollar
// wherever they date a story (cues.txt).
var internationalWires = cue("internationalWires")

// countCountry counts the words of text that start with stem, up to max.
func countCountry(text, stem string, max int) int {
	n := 0
	for i := 0; n < max; {
		j := strings.Index(text[i:], stem)
		if j < 0 {
			break
		}
		if startsWord(text, i+j) && !namesSite(text, i+j) {
			n++
		}
		i += j + len(stem)
	}
	return n
}

// namesSite reports whether the word at i is the first of a site's name
// that a place's head word ends ("Canada Square", "Kenya Road"): a street
// named for a country says nothing of the story's country.
func namesSite(text string, i int) bool {
	k := asciiWordEnd(text, i)
	if k == i || k >= len(text) || text[k] != ' ' {
		return false
	}
	return locHeads.has(text[k+1 : asciiWordEnd(text, k+1)])
}

// namesCountry reports whether text holds a capitalised word starting with
// stem ("Kenya", "Kenyan").
func namesCountry(text, stem string) bool { return countCountry(text, stem, 1) == 1 }

// signedDollars are the dollar signs with letters ("A$", "US$") by the
// letters before their "$".
var signedDollars = func() map[string]string {
	m := map[string]string{}
	for _, p := range currencyPrefixes {
		if l := strings.TrimSuffix(p.token, "$"); l != p.token && l != "" && !strings.Contains(l, " ") {
			m[l] = p.code
		}
	}
	return m
}()

// signedDollarAt is the dollar the letters before the "$" at k name
// ("A$", "U.S.$"), reading no further back than lo; false for a bare "$"
// or letters that end a longer word ("Z$" in "ZZ$" is none).
func signedDollarAt(text string, lo, k int) (string, bool) {
	l := k
	for l > lo && l > k-4 && ('A' <= text[l-1] && text[l-1] <= 'Z' || text[l-1] == '.') {
		l--
	}
	c, ok := signedDollars[text[l:k]]
	return c, ok && !(l > lo && isASCIILetter(text[l-1]))
}

// nearReach bounds how far from a bare "$" nearDollar looks: about a
// sentence, so a text of many amounts stays linear.
const nearReach = 160

// nearDollar is the dollar that the amounts of the sentence around i name
// with a signed "$": a writer who marks one amount marks which dollar the
// others are ("from C$40 billion to more than $100 billion", "US$2,100,
// against $5,000 a year ago"). "" when none does, or two differ.
func nearDollar(text string, i int) string {
	lo, hi := max(0, i-nearReach), min(len(text), i+nearReach)
	// the sentence ends at a full stop or a line's end (a list's items)
	if k := max(strings.LastIndex(text[lo:i], ". "), strings.LastIndexByte(text[lo:i], '\n')); k >= 0 {
		lo += k + 1
	}
	if k := strings.IndexByte(text[i+1:hi], '\n'); k >= 0 {
		hi = i + 1 + k
	}
	if k := strings.Index(text[i+1:hi], ". "); k >= 0 {
		hi = i + 1 + k
	}
	code := ""
	for k := lo; k < hi; k++ {
		if text[k] != '$' || k == i {
			continue
		}
		c, ok := signedDollarAt(text, lo, k)
		switch {
		case !ok:
		case code != "" && code != c:
			return ""
		default:
			code = c
		}
	}
	return code
}

// dollarStatement finds "... figures are in Australian dollars": the
// words a figure's unit is stated with, then the dollar's country.
var dollarStatement = lazyRegexp(`(?i)\b(?:values|figures|amounts|prices|sums|costs)\b[^.;:\n]{0,30}\bin (australian|canadian|new zealand|singapore|u\.s\.|us|american) dollars`)

// statedDollars are the countries of dollarStatement, lower case.
var statedDollars = map[string]string{"australian": "AUD", "canadian": "CAD", "new zealand": "NZD", "singapore": "SGD", "u.s.": "USD", "us": "USD", "american": "USD"}

// statedCountries are statedDollars' keys.
var statedCountries = slices.Collect(maps.Keys(statedDollars))

// statedDollar is the dollar text says its figures are in ("Values are in
// Australian dollars", "all figures in Canadian dollars"), or "".
func statedDollar(text string) string {
	for i := 0; ; {
		k := strings.Index(text[i:], " dollars")
		if k < 0 {
			return ""
		}
		end := i + k + len(" dollars")
		// most "dollars" follow no country's adjective: the regexp reads
		// only those that do
		before := strings.ToLower(text[max(0, i+k-len("new zealand")) : i+k])
		if !slices.ContainsFunc(statedCountries, func(c string) bool { return strings.HasSuffix(before, c) }) {
			i = end
			continue
		}
		if m := dollarStatement().FindStringSubmatch(text[max(0, end-90):end]); m != nil {
			return statedDollars[strings.ToLower(m[1])]
		}
		i = end
	}
}
