package extract_test

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
)

// moneyWant is one expected amount: its span text, bounds and currency.
type moneyWant struct {
	span     string
	value    float64
	valueMax float64 // -1: not checked
	currency string
}

func TestFindMoney_Amounts(t *testing.T) {
	cases := []struct {
		text string
		want []moneyWant
	}{
		{"It costs $2.75 billion.", []moneyWant{{"$2.75 billion", 2750000000, 0, "USD"}}},
		{"a combined US$300,000, and", []moneyWant{{"US$300,000", 300000, 0, "USD"}}},
		{"about US$ 2.75 billion, of which", []moneyWant{{"US$ 2.75 billion", 2750000000, 0, "USD"}}},
		{"exceeded USD 20 billion since 2008", []moneyWant{{"USD 20 billion", 20000000000, 0, "USD"}}},
		{"raised USD20bn in bonds", []moneyWant{{"USD20bn", 20000000000, 0, "USD"}}},
		{"tickets at EUR 5 each", []moneyWant{{"EUR 5", 5, 0, "EUR"}}},
		{"a fee of CHF1,200", []moneyWant{{"CHF1,200", 1200, 0, "CHF"}}},
		{"a Rs 1,000 crore fund", []moneyWant{{"Rs 1,000 crore", 10000000000, 0, "INR"}}},
		{"raised to Rs. 2,500 Crore under", []moneyWant{{"Rs. 2,500 Crore", 25000000000, 0, "INR"}}},
		{"outlay of ₹45,000 crore.", []moneyWant{{"₹45,000 crore", 450000000000, 0, "INR"}}},
		{"budget is INR 3.5 lakh crore.", []moneyWant{{"INR 3.5 lakh crore", 3500000000000, 0, "INR"}}},
		{"worth about ₹1.05 lakh crore, were", []moneyWant{{"₹1.05 lakh crore", 1050000000000, 0, "INR"}}},
		{"awards of Rs 75 lakh each", []moneyWant{{"Rs 75 lakh", 7500000, 0, "INR"}}},
		{"sanctioned ₹500 lakh for", []moneyWant{{"₹500 lakh", 50000000, 0, "INR"}}},
		{"a €1.2 billion order", []moneyWant{{"€1.2 billion", 1200000000, 0, "EUR"}}},
		{"a £350 million refit", []moneyWant{{"£350 million", 350000000, 0, "GBP"}}},
		{"with ¥600 million for radars", []moneyWant{{"¥600 million", 600000000, 0, "JPY"}}},
		{"a JPY 1.6 billion package", []moneyWant{{"JPY 1.6 billion", 1600000000, 0, "JPY"}}},
		{"valued at A$10 billion for", []moneyWant{{"A$10 billion", 10000000000, 0, "AUD"}}},
		{"AUD 4.5 billion in", []moneyWant{{"AUD 4.5 billion", 4500000000, 0, "AUD"}}},
		{"worth $1-2 billion over", []moneyWant{{"$1-2 billion", 1000000000, 2000000000, "USD"}}},
		{"worth $1–2 billion over", []moneyWant{{"$1–2 billion", 1000000000, 2000000000, "USD"}}},
		{"between $1 billion to $2 billion a year", []moneyWant{{"$1 billion", 1e9, 0, "USD"}, {"$2 billion", 2e9, 0, "USD"}}},
		{"ranging from $1 billion to $2 billion", []moneyWant{{"$1 billion", 1e9, 0, "USD"}, {"$2 billion", 2e9, 0, "USD"}}},
		{"a Rs 500-600 crore order", []moneyWant{{"Rs 500-600 crore", 5000000000, 6000000000, "INR"}}},
		{"$500 million to $1.2 billion", []moneyWant{{"$500 million", 5e8, 0, "USD"}, {"$1.2 billion", 1.2e9, 0, "USD"}}},
		{"$500,000-1 million each", []moneyWant{{"$500,000-1 million", 500000, 1000000, "USD"}}},
		{"even 3 million dollars in orders", []moneyWant{{"3 million dollars", 3000000, 0, "USD"}}},
		{"a prize of 300,000 dollars", []moneyWant{{"300,000 dollars", 300000, 0, "USD"}}},
		{"1-2 million US dollars a year", []moneyWant{{"1-2 million US dollars", 1000000, 2000000, "USD"}}},
		{"valued at over Rs 62,370 crore, excluding", []moneyWant{{"Rs 62,370 crore", 623700000000, 0, "INR"}}},
		{"an allocation of rupees 500 crore", []moneyWant{{"rupees 500 crore", 5000000000, 0, "INR"}}},
		{"a $500m loan and a $3bn deal", []moneyWant{{"$500m", 500000000, 0, "USD"}, {"$3bn", 3000000000, 0, "USD"}}},
		{"a $1.2tn economy", []moneyWant{{"$1.2tn", 1200000000000, 0, "USD"}}},
		{"a $4 trillion economy", []moneyWant{{"$4 trillion", 4000000000000, 0, "USD"}}},
		{"a grant of $50 thousand", []moneyWant{{"$50 thousand", 50000, 0, "USD"}}},
		{"a capital outlay of ₹1,80,000 crore has", []moneyWant{{"₹1,80,000 crore", 1800000000000, 0, "INR"}}},
		{"Rs 1,00,000 per head", []moneyWant{{"Rs 1,00,000", 100000, 0, "INR"}}},
		{"support of Rs 498.80 crore for", []moneyWant{{"Rs 498.80 crore", 4988000000, 0, "INR"}}},
		{"a Rs 1,000-crore project", []moneyWant{{"Rs 1,000-crore", 10000000000, 0, "INR"}}},
		{"a $1-billion deal", []moneyWant{{"$1-billion", 1000000000, 0, "USD"}}},
		{"Rs 20 thousand crore", []moneyWant{{"Rs 20 thousand crore", 200000000000, 0, "INR"}}},
		{"costs $5.", []moneyWant{{"$5", 5, 0, "USD"}}},
		{"price $19.99 each", []moneyWant{{"$19.99", 19.99, 0, "USD"}}},
		{"$ 5 million", []moneyWant{{"$ 5 million", 5000000, 0, "USD"}}},
		{"Rs\u00a0500\u00a0crore", []moneyWant{{"Rs\u00a0500\u00a0crore", 5000000000, 0, "INR"}}},
		{"a 20 billion USD order", []moneyWant{{"20 billion USD", 20000000000, 0, "USD"}}},
		{"1.2 billion euros", []moneyWant{{"1.2 billion euros", 1200000000, 0, "EUR"}}},
		{"500 crore rupees", []moneyWant{{"500 crore rupees", 5000000000, 0, "INR"}}},
		{"10 billion yen", []moneyWant{{"10 billion yen", 10000000000, 0, "JPY"}}},
		{"S$2 billion and HK$3 million and NT$4 billion", []moneyWant{{"S$2 billion", 2e9, 0, "SGD"}, {"HK$3 million", 3e6, 0, "HKD"}, {"NT$4 billion", 4e9, 0, "TWD"}}},
		{"₩1.5 trillion and CN¥3 billion and RMB 2 billion", []moneyWant{{"₩1.5 trillion", 1.5e12, 0, "KRW"}, {"CN¥3 billion", 3e9, 0, "CNY"}, {"RMB 2 billion", 2e9, 0, "CNY"}}},
		{"Rs 32,000 crore, or nearly $4 billion", []moneyWant{{"Rs 32,000 crore", 320000000000, 0, "INR"}, {"$4 billion", 4000000000, 0, "USD"}}},
		{"a Rs 1,000 crore (about $120 million) fund", []moneyWant{{"Rs 1,000 crore", 1e10, 0, "INR"}, {"$120 million", 1.2e8, 0, "USD"}}},
		// Hindi scale and currency words, with and without a combining nukta.
		{"कुल ₹45,000 करो\u0921\u093c का", []moneyWant{{"₹45,000 करो\u0921\u093c", 450000000000, 0, "INR"}}},
		{"कुल ₹45,000 करो\u095c का", []moneyWant{{"₹45,000 करो\u095c", 450000000000, 0, "INR"}}},
		{"रु. 500 करोड की", []moneyWant{{"रु. 500 करोड", 5000000000, 0, "INR"}}},
		{"₹1.05 लाख करोड़ के", []moneyWant{{"₹1.05 लाख करोड़", 1050000000000, 0, "INR"}}},
		{"5 लाख रुपये का", []moneyWant{{"5 लाख रुपये", 500000, 0, "INR"}}},
		{"₹20 ह\u095bार और ₹20 हजार", []moneyWant{{"₹20 ह\u095bार", 20000, 0, "INR"}, {"₹20 हजार", 20000, 0, "INR"}}},
		{"₹45 लाखों", []moneyWant{{"₹45", 45, 0, "INR"}}},
		// Two amounts, not a range: a change, a scale on the lower bound only,
		// bounds the wrong way round.
		{"rose from $5 billion to $7 billion", []moneyWant{{"$5 billion", 5e9, 0, "USD"}, {"$7 billion", 7e9, 0, "USD"}}},
		{"$5 million to 2 firms", []moneyWant{{"$5 million", 5e6, 0, "USD"}}},
		{"$7-2 billion", []moneyWant{{"$7", 7, 0, "USD"}}},
		{"$1 billion to €2 billion", []moneyWant{{"$1 billion", 1e9, 0, "USD"}, {"€2 billion", 2e9, 0, "EUR"}}},
		{"$5-year plan", []moneyWant{{"$5", 5, 0, "USD"}}},
		{"Rs 750 crore for 2023-24 to 2025-26", []moneyWant{{"Rs 750 crore", 7.5e9, 0, "INR"}}},
		{"$1,20 only", []moneyWant{{"$1", 1, 0, "USD"}}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			checkMoney(t, tc.text, extract.FindMoney(tc.text), tc.want)
		})
	}
}

func TestFindMoney_NotMoney(t *testing.T) {
	for _, text := range []string{
		"31 drones", "in 2025", "$", "$ alone", "US 20 ships", "Mrs 5 said", "Hours 5 later", "IRS 500 crore",
		"USDA 5 million", "MRs 5", "2021-22 to 2025-26", "5G networks", "$5G", "Z$5 million", "XMX$20 billion",
		"v1.2.3", "$1.2.3", "500 pounds", "3 won", "in 2020 dollars", "per cent", "1,000 crore", "5 lakh",
		"Rs crore", "Rs. lakh", "rupees", "$1.500.2", "the LE200 trim", "40 million dirhams", "L2 point", "L1,500 metres", "Albania L5", "RS-24 Yars", "RS 28 Sarmat", "500 करोड़", "A1,000 dollars", "x5 dollars", "$.",
		strings.Repeat("9", 40) + " dollars", "$" + strings.Repeat("9", 30),
	} {
		t.Run(text, func(t *testing.T) {
			if got := extract.FindMoney(text); len(got) != 0 {
				t.Errorf("FindMoney(%q) = %+v, want nothing", text, got)
			}
		})
	}
}

// TestFindMoney_Forms covers money written in the other common ways:
// words, signs and codes after the number, names from the ISO 4217 list,
// prefixed dollars, cents and pence, split amounts.
func TestFindMoney_Forms(t *testing.T) {
	cases := []struct {
		text string
		want []moneyWant
	}{
		// a bare "$" is the local dollar where the text is about that
		// country alone (named twice), else the U.S. dollar
		{"Canada's finance minister will spend $8 billion on Canadian bridges.", []moneyWant{{"$8 billion", 8e9, 0, "CAD"}}},
		{"Canberra: the Australian navy gets $3.5 billion, Australia's budget says.", []moneyWant{{"$3.5 billion", 3.5e9, 0, "AUD"}}},
		{"Singapore gave 300 dollars to each household in Singapore.", []moneyWant{{"300 dollars", 300, 0, "SGD"}}},
		{"Canada will buy U.S. jets for $19 billion, Canadian officials said.", []moneyWant{{"$19 billion", 19e9, 0, "USD"}}},
		{"Canada and Australia pledged $1 billion each; Canadian and Australian aid grew.", []moneyWant{{"$1 billion", 1e9, 0, "USD"}}},
		// a story set in its cities and provinces (three namings, six
		// with the country's) is the local dollar's, though it names the
		// United States in passing; not where it names them fewer times
		{"Tarvo Rail will build a $90-million depot for Calgary. Calgary's council, Alberta's treasurer and an Ottawa agency back it; Edmonton and Toronto suppliers bid, one from the United States.", []moneyWant{{"$90-million", 9e7, 0, "CAD"}}},
		{"Tarvo Mining will spend $40 million near Toronto and Calgary, its United States owner said in Washington.", []moneyWant{{"$40 million", 4e7, 0, "USD"}}},
		{"The United States pledged $500 million; Australia, Australia's navy, Australian firms, Australia's allies, Australia and Canberra agreed.", []moneyWant{{"$500 million", 5e8, 0, "USD"}}},
		// a currency name that is also a word is money after any number
		// where the text names its country, else after a scale word only
		{"Tarvo Cocoa in São Tomé pays 75 dobras a kilogram; Kyrgyzstan's Morrow Gold paid 8.2 billion soms, and seats cost 450 som.", []moneyWant{{"75 dobras", 75, 0, "STN"}, {"8.2 billion soms", 8.2e9, 0, "KGS"}, {"450 som", 450, 0, "KGS"}}},
		{"Kessel sold 75 dobras and 450 som to collectors, and 3 billion dobra changed hands.", []moneyWant{{"3 billion dobra", 3e9, 0, "STN"}}},
		// local signs where the text names their country; "CI$" anywhere
		{"The Maldives' Kessel Resort paid Rf 40 million; a Yemen carrier charged YR 500,000; Aruba's Tarvo Club sold seats at Afl. 25; the Morrow Fund earned CI$12 million; Macao hotels charged MOP 1,500; Myanmar's Tarvo United won K150 million; Tahiti's Morrow FC took 3.2 million francs.",
			[]moneyWant{{"Rf 40 million", 4e7, 0, "MVR"}, {"YR 500,000", 5e5, 0, "YER"}, {"Afl. 25", 25, 0, "AWG"}, {"CI$12 million", 1.2e7, 0, "KYD"}, {"MOP 1,500", 1500, 0, "MOP"}, {"K150 million", 1.5e8, 0, "MMK"}, {"3.2 million francs", 3.2e6, 0, "XPF"}}},
		{"Kessel paid Rf 40 million and YR 500,000 for seats at Afl. 25, and MOP 1,500 went to K150 million.", nil},
		// a range that repeats its sign is two amounts where each side is
		// written in full (scale word or cents); else one range
		{"Morrow Energy expects costs of $140 million to $190 million and a price of $3.15 to $3.35.", []moneyWant{{"$140 million", 1.4e8, 0, "USD"}, {"$190 million", 1.9e8, 0, "USD"}, {"$3.15", 3.15, 0, "USD"}, {"$3.35", 3.35, 0, "USD"}}},
		{"Rules could cost $40 to $60 an acre, or $1 to $2 billion in all.", []moneyWant{{"$40 to $60", 40, 60, "USD"}, {"$1 to $2 billion", 1e9, 2e9, "USD"}}},
		{"Canada paid US$2 billion, A$3 billion and $4 billion to Canadian firms.", []moneyWant{{"US$2 billion", 2e9, 0, "USD"}, {"A$3 billion", 3e9, 0, "AUD"}, {"$4 billion", 4e9, 0, "CAD"}}},
		{"Lockheed Martin was awarded a $45 million contract for helicopters for the Royal Australian Navy.", []moneyWant{{"$45 million", 45e6, 0, "USD"}}},
		{"Australia's regulator fined the carrier $50 million; its Singapore parent said in Singapore that Australian users across Australia would be paid.", []moneyWant{{"$50 million", 50e6, 0, "AUD"}}},
		// a country's cities, provinces and exchange name it too
		{"CALGARY, Alta. — Alberta's oil sands producer earned $1.2 billion as Calgary's shares rose on the TSX.", []moneyWant{{"$1.2 billion", 1.2e9, 0, "CAD"}}},
		{"Brisbane's stadium will cost $2.7 billion, Queensland's premier said.", []moneyWant{{"$2.7 billion", 2.7e9, 0, "AUD"}}},
		{"Sydney Marlow earned $3 million for the film; Sydney Marlow thanked fans.", []moneyWant{{"$3 million", 3e6, 0, "USD"}}},
		{"Toronto's team paid $40 million, a U.S. sports network said from Toronto.", []moneyWant{{"$40 million", 4e7, 0, "USD"}}},
		// a signed dollar in the same sentence says which a bare one is;
		// a statement of the unit settles a whole text
		{"Bids ran from C$9 billion to $12 billion, a Washington think tank said.", []moneyWant{{"C$9 billion", 9e9, 0, "CAD"}, {"$12 billion", 12e9, 0, "CAD"}}},
		{"Rent rose to NZ$640 a week from $590. The U.S. embassy moved.", []moneyWant{{"NZ$640", 640, 0, "NZD"}, {"$590", 590, 0, "NZD"}}},
		{"The ticket fell to US$90, against $140 last year in Singapore's airport in Singapore.", []moneyWant{{"US$90", 90, 0, "USD"}, {"$140", 140, 0, "USD"}}},
		{"It paid A$3 billion and US$2 billion; then $1 billion more.", []moneyWant{{"A$3 billion", 3e9, 0, "AUD"}, {"US$2 billion", 2e9, 0, "USD"}, {"$1 billion", 1e9, 0, "USD"}}},
		{"All figures are in Canadian dollars. Ottawa will pay $2 billion for U.S. radars.", []moneyWant{{"$2 billion", 2e9, 0, "CAD"}}},
		{"Contract values are given in Australian dollars. The U.S. Navy's office awarded $48 million.", []moneyWant{{"$48 million", 48e6, 0, "AUD"}}},
		{"He was paid in Australian dollars. The U.S. firm earned $5 million.", []moneyWant{{"$5 million", 5e6, 0, "USD"}}},
		// continental style: dots group thousands, a comma marks decimals
		{"Rents reached €1.500 a month, and the flat sold for €1.234.567.", []moneyWant{{"€1.500", 1500, 0, "EUR"}, {"€1.234.567", 1234567, 0, "EUR"}}},
		{"a grant of €2,5 million and a bill of €1.234,56", []moneyWant{{"€2,5 million", 2.5e6, 0, "EUR"}, {"€1.234,56", 1234.56, 0, "EUR"}}},
		{"a levy of $1.500 billion", []moneyWant{{"$1.500 billion", 1.5e9, 0, "USD"}}},
		{"fees of 2.750 Kuwaiti dinars and 1.250 Jordanian dinars", []moneyWant{{"2.750 Kuwaiti dinars", 2.75, 0, "KWD"}, {"1.250 Jordanian dinars", 1.25, 0, "JOD"}}},
		// the Nordic crowns' "kr", Turkey's "TL" and Peru's "S/" by the
		// country the text names; none where it names none
		{"Oslo will spend kr 60 million; a ticket in Norway costs 450 kr.", []moneyWant{{"kr 60 million", 6e7, 0, "NOK"}, {"450 kr", 450, 0, "NOK"}}},
		{"Copenhagen set aside 45 million kroner and kr. 2,500 a household.", []moneyWant{{"45 million kroner", 4.5e7, 0, "DKK"}, {"kr. 2,500", 2500, 0, "DKK"}}},
		{"In Sweden the fine is 500 krona.", []moneyWant{{"500 krona", 500, 0, "SEK"}}},
		{"Ankara approved a TL 3.5 billion package and 200 TL a month for Turkish pensioners.", []moneyWant{{"TL 3.5 billion", 3.5e9, 0, "TRY"}, {"200 TL", 200, 0, "TRY"}}},
		{"Lima's mayor pledged S/ 3.5 million and S/. 120 a family in Peru.", []moneyWant{{"S/ 3.5 million", 3.5e6, 0, "PEN"}, {"S/. 120", 120, 0, "PEN"}}},
		{"Riyadh set aside SR 14 billion for Saudi factories.", []moneyWant{{"SR 14 billion", 1.4e10, 0, "SAR"}}},
		{"The TL 3 team leader paid kr 60 for 45 million kroner and SR 71 parts.", nil},
		{"Doha's budget shows a QR 9.2 billion surplus; Qatar Airways shares rose to QR 2.41.", []moneyWant{{"QR 9.2 billion", 9.2e9, 0, "QAR"}, {"QR 2.41", 2.41, 0, "QAR"}}},
		{"Israel's cabinet added NIS 1.5 billion for the north.", []moneyWant{{"NIS 1.5 billion", 1.5e9, 0, "ILS"}}},
		{"Tickets in Montevideo cost $U 3,500, or $U1,200 for children.", []moneyWant{{"$U 3,500", 3500, 0, "UYU"}, {"$U1,200", 1200, 0, "UYU"}}},
		{"The QR code and the NIS 2 directive cost nothing.", nil},
		{"Prague's budget allows Kč 80 billion; a tram ticket costs 40 Kč and the plant Kč12 million.", []moneyWant{{"Kč 80 billion", 8e10, 0, "CZK"}, {"40 Kč", 40, 0, "CZK"}, {"Kč12 million", 1.2e7, 0, "CZK"}}},
		// the other signs of Unicode's currency block that one currency
		// writes, before or after the number, and Zimbabwe's "ZiG"
		{"Ulaanbaatar set aside ₮4.5 billion; a bus fare is 500₮, a Baku flat ₼120,000, a Tbilisi taxi 15 ₾, a Dhaka loan ৳2 crore, and a ticket ZiG40.", []moneyWant{{"₮4.5 billion", 4.5e9, 0, "MNT"}, {"500₮", 500, 0, "MNT"}, {"₼120,000", 120000, 0, "AZN"}, {"15 ₾", 15, 0, "GEL"}, {"৳2 crore", 2e7, 0, "BDT"}, {"ZiG40", 40, 0, "ZWG"}}},
		// Jordan's dinar and Oman's rial by their letters in a text that
		// names the country; the dong's sign before the number; "P" is the
		// pula in a story about Botswana; the Uzbek som after the number
		{"Amman will borrow JD2.1 billion; Oman's budget sets aside RO18 million; Hanoi lent ₫41.6 trillion; Tashkent fares are 5,000 so‘m.", []moneyWant{{"JD2.1 billion", 2.1e9, 0, "JOD"}, {"RO18 million", 1.8e7, 0, "OMR"}, {"₫41.6 trillion", 4.16e13, 0, "VND"}, {"5,000 so‘m", 5000, 0, "UZS"}}},
		{"Botswana's budget adds P7.8 billion, and the pula trades at P13.90 to the dollar.", []moneyWant{{"P7.8 billion", 7.8e9, 0, "BWP"}, {"P13.90", 13.9, 0, "BWP"}}},
		{"The JD 2 model and the RO 18 unit shipped.", nil},
		{"The DA 2 model and the Nu 18 unit shipped; the K26 rifle and the R240 engine too.", nil},
		// a one-letter sign's price in a story of its country; its roads
		// and designators are no money
		{"In Cape Town, South African fans paid up to R450, or R95.50 for a child; the R21 and R300 roads were shut, and traffic went via R102.", []moneyWant{{"R450", 450, 0, "ZAR"}, {"R95.50", 95.5, 0, "ZAR"}}},
		{"Manila's Philippine fares rose to P500 from P8.", []moneyWant{{"P500", 500, 0, "PHP"}}},
		{"The team's R450 engine and P500 printer shipped in Germany.", nil},
		// a story named for its country throughout that names the United
		// States in passing keeps its own dollar
		{"Australia's miners gained as the Australian dollar bought 66 US cents. Australian banks rose in Australia; Australia's and Australian lenders' shares hit $44.10 after Australia's rate call.", []moneyWant{{"66 US cents", 0.66, 0, "USD"}, {"$44.10", 44.1, 0, "AUD"}}},
		// a regional story that names a country a few times keeps the
		// writer's "$"
		{"Australia's frigates will be built in Australian yards; Australia and Japan signed. The United States gave Manila $500 million.", []moneyWant{{"$500 million", 5e8, 0, "USD"}}},
		{"Canada's deal with Washington: Canadian firms pay $2 billion to the U.S. and Canada keeps its seat.", []moneyWant{{"$2 billion", 2e9, 0, "USD"}}},
		{"Beijing's Chinese Academy of Sciences spent ¥3.6 billion; Tokyo paid ¥200.", []moneyWant{{"¥3.6 billion", 3.6e9, 0, "CNY"}, {"¥200", 200, 0, "CNY"}}},
		{"Toyota earned ¥3.6 billion in Japan, more than in China.", []moneyWant{{"¥3.6 billion", 3.6e9, 0, "JPY"}}},
		{"The fund raised ¥5 billion.", []moneyWant{{"¥5 billion", 5e9, 0, "JPY"}}},
		// a list's item is a sentence of its own: the signed dollar of one
		// item says nothing of the next one's
		{"The Singapore bank pays 60 cents a share.\n\n- Grab earned NZ$550 million.\n\n- Singapore Airlines lost $180 million in Singapore.", []moneyWant{{"60 cents", 0.6, 0, "SGD"}, {"NZ$550 million", 5.5e8, 0, "NZD"}, {"$180 million", 1.8e8, 0, "SGD"}}},
		{"fees of KWD 3.500 million and OMR 2.125", []moneyWant{{"KWD 3.500 million", 3.5e6, 0, "KWD"}, {"OMR 2.125", 2.125, 0, "OMR"}}},
		{"Rs 952.950 to 1,619 crore", []moneyWant{{"Rs 952.950 to 1,619 crore", 9.5295e9, 1.619e10, "INR"}}},
		// a "$" in a story about a peso country is its peso; "dollars" there
		// are U.S. dollars
		{"Argentina's lower house passed a budget of $180 trillion; Argentine bonds owe 4 billion dollars.", []moneyWant{{"$180 trillion", 180e12, 0, "ARS"}, {"4 billion dollars", 4e9, 0, "USD"}}},
		{"Colombia's capital will spend $3,2 billion on buses, Colombian officials said.", []moneyWant{{"$3,2 billion", 3.2e9, 0, "COP"}}},
		{"Chile's copper agency in Chile paid $900 million.", []moneyWant{{"$900 million", 900e6, 0, "CLP"}}},
		{"New Mexico lawmakers in New Mexico set aside $12 million.", []moneyWant{{"$12 million", 12e6, 0, "USD"}}},
		// Egypt's "LE" where the text names Egypt; dirhams by country
		{"In Cairo, Egypt, a ticket costs LE250 and the works LE 1.2 billion.", []moneyWant{{"LE250", 250, 0, "EGP"}, {"LE 1.2 billion", 1.2e9, 0, "EGP"}}},
		{"Morocco's league spent 90 million dirhams on pitches across Morocco.", []moneyWant{{"90 million dirhams", 90e6, 0, "MAD"}}},
		// a shared sign goes to the country the text names most
		{"Nepal's central bank said Nepalis abroad sent Rs 900 billion home; India is Nepal's largest partner.", []moneyWant{{"Rs 900 billion", 900e9, 0, "NPR"}}},
		{"Rs 40 crore for a road between India and Pakistan.", []moneyWant{{"Rs 40 crore", 40e7, 0, "INR"}}},
		{"The Emirates bank lent Morocco's utility in Morocco DH 2 billion.", []moneyWant{{"DH 2 billion", 2e9, 0, "MAD"}}},
		{"Honduras's election cost L1,200 million.", []moneyWant{{"L1,200 million", 1.2e9, 0, "HNL"}}},
		// a word or a letter that is money only with a scale word
		{"The chipmaker valued the deal at 22.8 trillion won.", []moneyWant{{"22.8 trillion won", 22.8e12, 0, "KRW"}}},
		{"a loan of two billion won", []moneyWant{{"two billion won", 2e9, 0, "KRW"}}},
		{"a dam costing 3 billion kip", []moneyWant{{"3 billion kip", 3e9, 0, "LAK"}}},
		{"the navy signed a P18-billion deal for corvettes", []moneyWant{{"P18-billion", 18e9, 0, "PHP"}}},
		{"the city set aside R12 million for clinics", []moneyWant{{"R12 million", 12e6, 0, "ZAR"}}},
		// amounts in words
		{"The club paid seven million dollars for him.", []moneyWant{{"seven million dollars", 7e6, 0, "USD"}}},
		{"Seven million dollars went missing.", []moneyWant{{"Seven million dollars", 7e6, 0, "USD"}}},
		{"a fund of half a billion euros", []moneyWant{{"half a billion euros", 5e8, 0, "EUR"}}},
		{"she donated a quarter of a million pounds to charity", []moneyWant{{"a quarter of a million pounds", 250000, 0, "GBP"}}},
		{"a loan of twenty thousand rupees", []moneyWant{{"twenty thousand rupees", 20000, 0, "INR"}}},
		{"it cost twenty-five thousand dollars", []moneyWant{{"twenty-five thousand dollars", 25000, 0, "USD"}}},
		{"a grant of two and a half million euros", []moneyWant{{"two and a half million euros", 2.5e6, 0, "EUR"}}},
		{"three quarters of a billion dollars", []moneyWant{{"three quarters of a billion dollars", 7.5e8, 0, "USD"}}},
		{"they raised a million dollars", []moneyWant{{"a million dollars", 1e6, 0, "USD"}}},
		{"a hundred thousand dollars", []moneyWant{{"a hundred thousand dollars", 1e5, 0, "USD"}}},
		{"two hundred and fifty dollars", []moneyWant{{"two hundred and fifty dollars", 250, 0, "USD"}}},
		{"fifty cents a litre", []moneyWant{{"fifty cents", 0.5, 0, "USD"}}},
		{"ten lakh rupees", []moneyWant{{"ten lakh rupees", 1e6, 0, "INR"}}},
		// cents, pence, pounds where the sentence is about money
		{"a stamp costs 85 cents now", []moneyWant{{"85 cents", 0.85, 0, "USD"}}},
		{"a bar of chocolate for 60 pence", []moneyWant{{"60 pence", 0.6, 0, "GBP"}}},
		{"He was fined 500 pounds by the court.", []moneyWant{{"500 pounds", 500, 0, "GBP"}}},
		{"tickets cost 20 pounds each", []moneyWant{{"20 pounds", 20, 0, "GBP"}}},
		{"a salary of 40,000 pounds sterling", []moneyWant{{"40,000 pounds sterling", 40000, 0, "GBP"}}},
		// a sign or code after the number
		{"un billet à 25 € pour", []moneyWant{{"25 €", 25, 0, "EUR"}}},
		{"a meal for 25€ and", []moneyWant{{"25€", 25, 0, "EUR"}}},
		{"about 75 $ a night", []moneyWant{{"75 $", 75, 0, "USD"}}},
		{"a fee of 300 USD per visa", []moneyWant{{"300 USD", 300, 0, "USD"}}},
		{"it costs 1,200 NOK or 900 DKK", []moneyWant{{"1,200 NOK", 1200, 0, "NOK"}, {"900 DKK", 900, 0, "DKK"}}},
		{"a 40 zł ticket", []moneyWant{{"40 zł", 40, 0, "PLN"}}},
		// ISO codes and prefixed dollars
		{"NOK 3.5 billion for frigates", []moneyWant{{"NOK 3.5 billion", 3.5e9, 0, "NOK"}}},
		{"SEK 12 billion and DKK 4 billion", []moneyWant{{"SEK 12 billion", 12e9, 0, "SEK"}, {"DKK 4 billion", 4e9, 0, "DKK"}}},
		{"a S$1.2 billion deal", []moneyWant{{"S$1.2 billion", 1.2e9, 0, "SGD"}}},
		{"worth MX$20 billion", []moneyWant{{"MX$20 billion", 2e10, 0, "MXN"}}},
		{"R$5 million in Brazil", []moneyWant{{"R$5 million", 5e6, 0, "BRL"}}},
		{"KSh 2 billion for roads", []moneyWant{{"KSh 2 billion", 2e9, 0, "KES"}}},
		{"fares of TSh 45,000 and USh 90,000", []moneyWant{{"TSh 45,000", 45000, 0, "TZS"}, {"USh 90,000", 90000, 0, "UGX"}}},
		// a named currency's cents, and the U.S. cents Australian and New
		// Zealand papers quote their dollar in
		{"petrol rose to 95 euro cents a litre", []moneyWant{{"95 euro cents", 0.95, 0, "EUR"}}},
		{"the kiwi bought 58.3 US cents", []moneyWant{{"58.3 US cents", 0.583, 0, "USD"}}},
		{"the dollar fell to US65.42 cents, then US64.9c.", []moneyWant{{"US65.42 cents", 0.6542, 0, "USD"}, {"US64.9c", 0.649, 0, "USD"}}},
		{"the US51 rocket and US5G networks", nil},
		// pence glued to the number where the text prices in pounds or a
		// money word comes before; a video's lines are no pence
		{"Shares rose 5p to 120.5p after the £2m deal; the set streams in 1080p.", []moneyWant{{"5p", 0.05, 0, "GBP"}, {"120.5p", 1.205, 0, "GBP"}, {"£2m", 2e6, 0, "GBP"}}},
		{"a pint costs 99p", []moneyWant{{"99p", 0.99, 0, "GBP"}}},
		// cents glued to the number after a price word, in the currency the
		// text writes its bare-sign prices in; "¢" likewise
		{"Perth: Kessel Lithium rose to $2.10 in Australia, Australian buyers said; Tarvo Mining climbed 2.5c to 91.5c.", []moneyWant{{"$2.10", 2.1, 0, "AUD"}, {"2.5c", 0.025, 0, "AUD"}, {"91.5c", 0.915, 0, "AUD"}}},
		{"Kessel Gold closed at 6,120c after its R2.1 billion deal.", []moneyWant{{"6,120c", 61.2, 0, "ZAR"}, {"R2.1 billion", 2.1e9, 0, "ZAR"}}},
		{"a dividend of 5c a share", []moneyWant{{"5c", 0.05, 0, "USD"}}},
		{"Canada's Kessel Foods in Canada said a loaf now costs 99¢.", []moneyWant{{"99¢", 0.99, 0, "CAD"}}},
		// Tonga's, Lesotho's, Eswatini's and Sierra Leone's signs and names
		// in a story of the country; names with the country's adjective
		{"Nukuʻalofa, Tonga: the cabinet set aside T$12.5 million and 3 million paʻanga for wharves, and 40,000 pa'anga more.", []moneyWant{{"T$12.5 million", 12.5e6, 0, "TOP"}, {"3 million paʻanga", 3e6, 0, "TOP"}, {"40,000 pa'anga", 40000, 0, "TOP"}}},
		{"MASERU, Lesotho — Lesotho will earn M310 million from water; a teacher earns M9,800 a month and a taxi fare is M25.", []moneyWant{{"M310 million", 310e6, 0, "LSL"}, {"M9,800", 9800, 0, "LSL"}, {"M25", 25, 0, "LSL"}}},
		{"In Eswatini, the fee rose to E75 and the grant to E12 million; Swazi traders paid 500 emalangeni.", []moneyWant{{"E75", 75, 0, "SZL"}, {"E12 million", 12e6, 0, "SZL"}, {"500 emalangeni", 500, 0, "SZL"}}},
		{"Freetown, Sierra Leone: a bag of rice costs NLe 650, a ferry Le 45.", []moneyWant{{"NLe 650", 650, 0, "SLE"}, {"Le 45", 45, 0, "SLE"}}},
		{"Paramaribo: Suriname's budget adds 95 million Surinamese dollars.", []moneyWant{{"95 million Surinamese dollars", 95e6, 0, "SRD"}}},
		{"Cotonou, Benin: cotton farmers in Benin got 280 francs a kilogram.", []moneyWant{{"280 francs", 280, 0, "XOF"}}},
		{"Managua, Nicaragua: a bus ticket costs C$25; Budapest pays Ft 3.1 billion; Toronto's club paid C$40 million.", []moneyWant{{"C$25", 25, 0, "NIO"}, {"Ft 3.1 billion", 3.1e9, 0, "HUF"}, {"C$40 million", 40e6, 0, "NIO"}}},
		{"Toronto's club paid C$40 million.", []moneyWant{{"C$40 million", 40e6, 0, "CAD"}}},
		// the Gambia's, Mauritania's and Vanuatu's signs in a story of the
		// country, Djibouti's letters, the Solomon Islands' and Belize's
		// dollars; "VT" and a one-letter sign elsewhere are no money
		{"BANJUL — The Gambia will spend D 450 million on roads; a room costs D5,000.", []moneyWant{{"D 450 million", 450e6, 0, "GMD"}, {"D5,000", 5000, 0, "GMD"}}},
		{"NOUAKCHOTT — Mauritania's miner paid UM 3.1 billion.", []moneyWant{{"UM 3.1 billion", 3.1e9, 0, "MRU"}}},
		{"PORT VILA — Vanuatu fares start at VT 52,000.", []moneyWant{{"VT 52,000", 52000, 0, "VUV"}}},
		{"In Montpelier, VT 05602 is the code; the D 300 road and grade D 500 million were named.", nil},
		{"Djibouti will spend FDJ 2.5 billion.", []moneyWant{{"FDJ 2.5 billion", 2.5e9, 0, "DJF"}}},
		{"HONIARA — Members get SBD 18 million, down from SI$22 million; 300 million Solomon dollars were saved and $14 million goes to wharves.",
			[]moneyWant{{"SBD 18 million", 18e6, 0, "SBD"}, {"SI$22 million", 22e6, 0, "SBD"}, {"300 million Solomon dollars", 3e8, 0, "SBD"}, {"$14 million", 14e6, 0, "SBD"}}},
		{"CASTRIES — Saint Lucia's tourism board spent EC$12 million, and the premier added $3 million for Saint Lucia's stadium.", []moneyWant{{"EC$12 million", 12e6, 0, "XCD"}, {"$3 million", 3e6, 0, "XCD"}}},
		{"The winners take BZ$25,000.", []moneyWant{{"BZ$25,000", 25000, 0, "BZD"}}},
		// Liberia's and Burundi's letters, the Burundian franc by its
		// adjective, Ethiopia's "Br" in a story of the country; "Br" and
		// "L" elsewhere are no money
		{"The port will pay L$3.2 billion; growers got FBu 3,900 a kilogram and 8 billion Burundian francs in loans.",
			[]moneyWant{{"L$3.2 billion", 3.2e9, 0, "LRD"}, {"FBu 3,900", 3900, 0, "BIF"}, {"8 billion Burundian francs", 8e9, 0, "BIF"}}},
		{"ADDIS ABABA — Ethiopia's railway gets Br 2.4 billion.", []moneyWant{{"Br 2.4 billion", 2.4e9, 0, "ETB"}}},
		{"The Br 2 unit and the L 5 line were named.", nil},
		// the Swiss franc's "Fr." where the text names Switzerland or
		// Liechtenstein; a priest's "Fr." elsewhere is no money
		{"ZURICH — The canton will lend Fr. 45 million, and Swiss lenders Fr. 3.50 a share.", []moneyWant{{"Fr. 45 million", 45e6, 0, "CHF"}, {"Fr. 3.50", 3.5, 0, "CHF"}}},
		{"Fr. 12 parishioners came to hear Fr. Kessel in Dublin.", nil},
		// Kiribati's, Tuvalu's and Nauru's dollar is the Australian one
		{"TARAWA — Kiribati's fund paid $14 million to Kiribati's outer islands.", []moneyWant{{"$14 million", 14e6, 0, "AUD"}}},
		{"Tuvalu's budget adds $3 million for Tuvalu's seawalls.", []moneyWant{{"$3 million", 3e6, 0, "AUD"}}},
		// a country that uses the U.S. dollar keeps it beside a neighbour's
		{"DILI — Timor-Leste's budget adds $40 million for roads; Timor-Leste's partner Australia gives $5 million.",
			[]moneyWant{{"$40 million", 40e6, 0, "USD"}, {"$5 million", 5e6, 0, "USD"}}},
		// Caribbean territories that use the U.S. dollar keep it beside the
		// Eastern Caribbean members they are named with; Bermuda's dollar
		// is its own, bare in its stories or with its letters
		{"ROAD TOWN — The British Virgin Islands will spend $12 million on the port, more than Anguilla's budget, the British Virgin Islands' premier said.",
			[]moneyWant{{"$12 million", 12e6, 0, "USD"}}},
		{"HAMILTON, Bermuda — Bermuda's sponsors put BD$300,000 into the regatta, and tickets cost $40 in Bermuda's parishes.",
			[]moneyWant{{"BD$300,000", 300000, 0, "BMD"}, {"$40", 40, 0, "BMD"}}},
		// a story of Australian cities that names no country
		{"Geelong's council will spend $8 million on the waterfront, the Geelong mayor said, and Hobart's ferries get $2 million.",
			[]moneyWant{{"$8 million", 8e6, 0, "AUD"}, {"$2 million", 2e6, 0, "AUD"}}},
		// a story named for a U.S. city throughout stays in U.S. dollars
		// though it names Mexico twice; one that names its own country as
		// often as the U.S. places keeps its dollar
		{"Tarvo Air will fly from San Diego to Mexico City. San Diego's new gates cost $1.2 billion, San Diego officials said, and Mexico City flights start in May from San Diego and Chicago.",
			[]moneyWant{{"$1.2 billion", 1.2e9, 0, "USD"}}},
		{"MAHIA, New Zealand — A firm from California will spend $9 million in New Zealand.", []moneyWant{{"$9 million", 9e6, 0, "NZD"}}},
		// Malaysian papers' "mil" and "bil" and the ringgit's sen
		{"Funds bought a net RM512.3mil of shares, worth RM3.1bil in all; Kessel Bhd rose 38 sen and Orvik added three sen.",
			[]moneyWant{{"RM512.3mil", 512.3e6, 0, "MYR"}, {"RM3.1bil", 3.1e9, 0, "MYR"}, {"38 sen", 0.38, 0, "MYR"}, {"three sen", 0.03, 0, "MYR"}}},
		{"The film is 3 mil thick and Sen. Kessel spoke.", nil},
		// the cifrão as the decimal sign: Cabo Verde's escudos, Portugal's
		// before the euro
		{"In Cabo Verde the tax rose from 220$00 to 1.330$50 a night.", []moneyWant{{"220$00", 220, 0, "CVE"}, {"1.330$50", 1330.5, 0, "CVE"}}},
		{"In 1990s Lisbon, Portugal, a coffee cost 50$00.", []moneyWant{{"50$00", 50, 0, "PTE"}}},
		{"the 5p model and the 720p screen", nil},
		// East Africa's "Sh" and Bahrain's "BD" by the country named
		{"Kampala set aside Shs 500 million; Uganda's rival Kenya spent less.", []moneyWant{{"Shs 500 million", 5e8, 0, "UGX"}}},
		{"Nairobi's county paid Sh2.4 billion", []moneyWant{{"Sh2.4 billion", 2.4e9, 0, "KES"}}},
		{"Bahrain will spend BD 40 million", []moneyWant{{"BD 40 million", 4e7, 0, "BHD"}}},
		{"the fund holds $US2.3 billion and lost $A50 million", []moneyWant{{"$US2.3 billion", 2.3e9, 0, "USD"}, {"$A50 million", 5e7, 0, "AUD"}}},
		{"a fine of SFr 300 million", []moneyWant{{"SFr 300 million", 3e8, 0, "CHF"}}},
		// "to" after a change is the new level, no range's end
		{"Kessel added $1.20 to $45.10 and Tarvo rose by $2 to $9; bids range from $5 to $7.", []moneyWant{{"$1.20", 1.2, 0, "USD"}, {"$45.10", 45.1, 0, "USD"}, {"$2", 2, 0, "USD"}, {"$9", 9, 0, "USD"}, {"$5 to $7", 5, 7, "USD"}}},
		// a dateline in capitals places the story: its country's dollar
		{"OTTAWA — The government will spend $4.2 billion, the House of Commons heard.", []moneyWant{{"$4.2 billion", 4.2e9, 0, "CAD"}}},
		{"SINGAPORE — The Singapore club paid $1.2 million for the striker.", []moneyWant{{"$1.2 million", 1.2e6, 0, "SGD"}}},
		// a bare "$" under a dateline in a local dollar's country is its
		// own, though the text names the United States; not under an
		// international wire's credit
		{"OTTAWA — The bill gives $9.2 billion to housing as U.S. tariffs bite.", []moneyWant{{"$9.2 billion", 9.2e9, 0, "CAD"}}},
		{"WELLINGTON (RNZ) — The council will spend $40 million.", []moneyWant{{"$40 million", 4e7, 0, "NZD"}}},
		{"SYDNEY (Reuters) - Kessel rose to $44.86.", []moneyWant{{"$44.86", 44.86, 0, "USD"}}},
		// a text that marks its U.S. dollars writes its own bare
		{"Ore climbed above US$108 a tonne. Kessel rose to $44.86 on the ASX, as Australian miners led and Tarvo's Western Australia mine cost $1.5 billion.", []moneyWant{{"US$108", 108, 0, "USD"}, {"$44.86", 44.86, 0, "AUD"}, {"$1.5 billion", 1.5e9, 0, "AUD"}}},
		{"India's exports reached US$ 5 billion and imports $7 billion.", []moneyWant{{"US$ 5 billion", 5e9, 0, "USD"}, {"$7 billion", 7e9, 0, "USD"}}},
		// Tunisia's "DT" where the text names it
		{"TUNIS — The wage bill will reach DT 25.4 billion, Tunisia's minister said.", []moneyWant{{"DT 25.4 billion", 25.4e9, 0, "TND"}}},
		// Algeria's "DA" and Bhutan's "Nu" where the text names the
		// country; Iceland's own plural; the kwacha's "K" and the rand's
		// "R" as prices in a story of their country or its cities
		{"Algeria's grain bill rose to DA 96 billion, and Bhutan's hydropower plan needs Nu 2.3 billion.", []moneyWant{{"DA 96 billion", 96e9, 0, "DZD"}, {"Nu 2.3 billion", 2.3e9, 0, "BTN"}}},
		{"Reykjavik's council set aside 480 million krónur for the harbour.", []moneyWant{{"480 million krónur", 4.8e8, 0, "ISK"}}},
		{"In Lusaka the kwacha closed at K26.10 to the dollar.", []moneyWant{{"K26.10", 26.1, 0, "ZMW"}}},
		{"Seats in Durban went for R240 each.", []moneyWant{{"R240", 240, 0, "ZAR"}}},
		// a release's header in capitals: "RS" with its scale word only
		{"NAVY SIGNS DEALS WORTH RS 2,960 CRORE WITH SHIPYARDS", []moneyWant{{"RS 2,960 CRORE", 2.96e10, 0, "INR"}}},
		{"The RS 28 launcher and RS 4,000 spares were listed.", nil},
		{"The DT 50 model", nil},
		{"a bid of 12 billion Norwegian crowns for the Crown estate", []moneyWant{{"12 billion Norwegian crowns", 1.2e10, 0, "NOK"}}},
		{"Sh 40 million and BD 5 million in a text naming neither", nil},
		{"a fee of 2.5 million guaraníes", []moneyWant{{"2.5 million guaraníes", 2.5e6, 0, "PYG"}}},
		{"a ₺40 million contract", []moneyWant{{"₺40 million", 4e7, 0, "TRY"}}},
		// currency names of the ISO 4217 list, with or without the country
		{"500 million Kenyan shillings", []moneyWant{{"500 million Kenyan shillings", 5e8, 0, "KES"}}},
		{"2 billion Philippine pesos", []moneyWant{{"2 billion Philippine pesos", 2e9, 0, "PHP"}}},
		{"a 3 trillion dong project", []moneyWant{{"3 trillion dong", 3e12, 0, "VND"}}},
		{"R20 000 or 800 rand", []moneyWant{{"800 rand", 800, 0, "ZAR"}}},
		{"12 billion South African rand", []moneyWant{{"12 billion South African rand", 12e9, 0, "ZAR"}}},
		{"1.5 billion Norwegian kroner", []moneyWant{{"1.5 billion Norwegian kroner", 1.5e9, 0, "NOK"}}},
		{"400 million Brazilian reais", []moneyWant{{"400 million Brazilian reais", 4e8, 0, "BRL"}}},
		{"9 billion naira", []moneyWant{{"9 billion naira", 9e9, 0, "NGN"}}},
		{"70 million Saudi riyals", []moneyWant{{"70 million Saudi riyals", 7e7, 0, "SAR"}}},
		{"5 million Polish zlotys", []moneyWant{{"5 million Polish zlotys", 5e6, 0, "PLN"}}},
		{"200 million Ukrainian hryvnias", []moneyWant{{"200 million Ukrainian hryvnias", 2e8, 0, "UAH"}}},
		{"30 billion Egyptian pounds", []moneyWant{{"30 billion Egyptian pounds", 3e10, 0, "EGP"}}},
		{"a 10 billion shekel budget", []moneyWant{{"10 billion shekel", 1e10, 0, "ILS"}}},
		// a name several currencies share, settled by the country the text names
		{"Kenya will borrow 346 billion shillings.", []moneyWant{{"346 billion shillings", 346e9, 0, "KES"}}},
		{"Mexico's budget adds 5 billion pesos.", []moneyWant{{"5 billion pesos", 5e9, 0, "MXN"}}},
		{"In the Philippines, 20 million pesos went missing.", []moneyWant{{"20 million pesos", 2e7, 0, "PHP"}}},
		{"Jordanian officials paid 2 million dinars.", []moneyWant{{"2 million dinars", 2e6, 0, "JOD"}}},
		{"Pakistan will spend 50 billion rupees on dams.", []moneyWant{{"50 billion rupees", 5e10, 0, "PKR"}}},
		{"India and Pakistan each spend 50 billion rupees.", []moneyWant{{"50 billion rupees", 5e10, 0, "INR"}}},
		// amounts split in words
		{"it cost 3 dollars and 20 cents", []moneyWant{{"3 dollars and 20 cents", 3.2, 0, "USD"}}},
		{"it cost 5 pounds 50 pence", []moneyWant{{"5 pounds 50 pence", 5.5, 0, "GBP"}}},
		{"she paid twelve euros and fifty cents", []moneyWant{{"twelve euros and fifty cents", 12.5, 0, "EUR"}}},
		{"paid 4 dollars and 3 apples", []moneyWant{{"4 dollars", 4, 0, "USD"}}},
		// hyphenated adjectives, slang, the cent sign
		{"a 5-million-dollar deal", []moneyWant{{"5-million-dollar", 5e6, 0, "USD"}}},
		{"a 500-euro fine", []moneyWant{{"500-euro", 500, 0, "EUR"}}},
		{"it cost him 20 quid", []moneyWant{{"20 quid", 20, 0, "GBP"}}},
		{"gum for 50¢ a pack", []moneyWant{{"50¢", 0.5, 0, "USD"}}},
		// thousands after a no-break or thin space
		{"a fine of 5\u00a0000 euros", []moneyWant{{"5\u00a0000 euros", 5000, 0, "EUR"}}},
		{"R 1\u202f250\u202f000 or 12\u2009500 USD", []moneyWant{{"12\u2009500 USD", 12500, 0, "USD"}}},
		// letter prefixes with a scale word or thousands; a shared sign
		// settled by the text's country
		{"Lagos set aside N4.2bn and Manila P2,300 a month.", []moneyWant{{"N4.2bn", 4.2e9, 0, "NGN"}, {"P2,300", 2300, 0, "PHP"}}},
		{"Growers in Lilongwe, Malawi, await MK3 million; maize sells at K1,200 a bag.", []moneyWant{{"MK3 million", 3e6, 0, "MWK"}, {"K1,200", 1200, 0, "MWK"}}},
		{"Zambia's mines earned K9 billion.", []moneyWant{{"K9 billion", 9e9, 0, "ZMW"}}},
		{"La Paz, Bolivia: a loan of Bs 800 million. Panama City expects B/.2.1 billion.", []moneyWant{{"Bs 800 million", 8e8, 0, "BOB"}, {"B/.2.1 billion", 2.1e9, 0, "PAB"}}},
		{"Dakar, Senegal: bread costs 250 CFA francs; the state spent CFA 12 billion.", []moneyWant{{"250 CFA francs", 250, 0, "XOF"}, {"CFA 12 billion", 12e9, 0, "XOF"}}},
		{"Gabon and Cameroon spent 90 billion CFA francs.", []moneyWant{{"90 billion CFA francs", 9e10, 0, "XAF"}}},
		{"In Busan the shares closed at 71,500 won.", []moneyWant{{"71,500 won", 71500, 0, "KRW"}}},
		// a code that is also a word, from 100 in a text of its country;
		// the Gulf's dinar by its letters and its thousandth, the fils; the
		// quetzal's "Q" as the one-letter signs; the lek's plural; crowns
		// by the country named
		{"Gyumri, Armenia: a grant of AMD 80,000 and bread at AMD 450 a loaf; AMD 12 is no price.", []moneyWant{{"AMD 80,000", 80000, 0, "AMD"}, {"AMD 450", 450, 0, "AMD"}}},
		{"Chips from AMD 386 boards sold out.", nil},
		// a code that is a word, in a story of its country: a count of
		// things after the number, or a determiner before, keeps it a word
		{"Neiafu, Tonga: the chamber named its TOP 100 firms; TOP 200 plus costs is the fee, and TOP 150 a month the rent.", []moneyWant{{"TOP 200", 200, 0, "TOP"}, {"TOP 150", 150, 0, "TOP"}}},
		{"Durrës, Albania: ALL 500 firms filed; each family got ALL 2,000 and their ALL 300 workers none.", []moneyWant{{"ALL 2,000", 2000, 0, "ALL"}}},
		{"Kuwait's port owner earned KD 96 million; its shares fell 7 fils to 655 fils.", []moneyWant{{"KD 96 million", 9.6e7, 0, "KWD"}, {"7 fils", 0.007, 0, "KWD"}, {"655 fils", 0.655, 0, "KWD"}}},
		{"In Abu Dhabi the lender rose 15 fils.", []moneyWant{{"15 fils", 0.15, 0, "AED"}}},
		{"Quetzaltenango, Guatemala: a fare of Q12 and a Q2.4 million plan; Q3 sales rose.", []moneyWant{{"Q12", 12, 0, "GTQ"}, {"Q2.4 million", 2.4e6, 0, "GTQ"}}},
		{"Durrës, Albania: a room for 6,200 lekë.", []moneyWant{{"6,200 lekë", 6200, 0, "ALL"}}},
		{"Malmö, Sweden, asked for 250 million crowns; the champions won three crowns.", []moneyWant{{"250 million crowns", 2.5e8, 0, "SEK"}}},
		{"Manila, Philippines: the cutter (P220) docked; the fare is P250.", []moneyWant{{"P250", 250, 0, "PHP"}}},
		// the leu's plural by the country named; Bosnia's mark by its
		// letters or its name; the ariary's "Ar"; "F CFA"; "tr" trillions
		{"Chișinău, Moldova: 2.1 billion lei for roads, at 17.8 lei to the dollar.", []moneyWant{{"2.1 billion lei", 2.1e9, 0, "MDL"}, {"17.8 lei", 17.8, 0, "MDL"}}},
		{"Bucharest, Romania: the city will spend 900 million lei on trams.", []moneyWant{{"900 million lei", 9e8, 0, "RON"}}},
		{"Sarajevo, Bosnia: a fine of KM 8,000 and 3 million marks for a stand; the keeper made 3 marks.", []moneyWant{{"KM 8,000", 8000, 0, "BAM"}, {"3 million marks", 3e6, 0, "BAM"}}},
		{"The route runs from KM 6,000 to KM 6,200; 3 million marks were printed.", nil},
		{"Antananarivo, Madagascar: growers must pay Ar 150 million each.", []moneyWant{{"Ar 150 million", 1.5e8, 0, "MGA"}}},
		{"Abidjan, Ivory Coast: the carrier lost F CFA 14 billion, down from FCFA 19 billion.", []moneyWant{{"F CFA 14 billion", 1.4e10, 0, "XOF"}, {"FCFA 19 billion", 1.9e10, 0, "XOF"}}},
		{"Lahore, Pakistan: the province allocated Rs1.4tr for roads and Rs2trn for salaries.", []moneyWant{{"Rs1.4tr", 1.4e12, 0, "PKR"}, {"Rs2trn", 2e12, 0, "PKR"}}},
		// Lebanon's "LL" and its pounds, Mozambique's "MT" and meticais (not
		// a megatonne), Rwanda's "Frw", Angola's "Kz", the riel's sign; the
		// dollars of the Caribbean's press
		{"Tripoli, Lebanon: rent is LL 30,000,000 a month, and the budget is 2 trillion pounds.", []moneyWant{{"LL 30,000,000", 3e7, 0, "LBP"}, {"2 trillion pounds", 2e12, 0, "LBP"}}},
		{"Leeds, England: tickets cost 30 pounds; a Lebanon trip is dearer.", []moneyWant{{"30 pounds", 30, 0, "GBP"}}},
		{"Beira, Mozambique: bread costs MT 25, the port owes 3 billion meticais and ships 4 Mt of coal.", []moneyWant{{"MT 25", 25, 0, "MZN"}, {"3 billion meticais", 3e9, 0, "MZN"}}},
		{"The plant emits 4 Mt of CO2; MT 25 is a route.", nil},
		{"Huye, Rwanda: a clinic costs Frw 900 million; Huambo, Angola: Kz 40 billion; Siem Reap: ៛4,000 a meal.", []moneyWant{{"Frw 900 million", 9e8, 0, "RWF"}, {"Kz 40 billion", 4e10, 0, "AOA"}, {"៛4,000", 4000, 0, "KHR"}}},
		{"San Fernando, Trinidad: the Trinidad council spent $2.5 million on drains.", []moneyWant{{"$2.5 million", 2.5e6, 0, "TTD"}}},
		// "B$" by the country named, Barbados' "Bds$", the Seychelles' "SR",
		// the manat and the rial of the country named
		{"Kuala Belait, Brunei: the port will cost B$240 million; a Bridgetown ferry costs Bds$45.", []moneyWant{{"B$240 million", 2.4e8, 0, "BND"}, {"Bds$45", 45, 0, "BBD"}}},
		{"Freeport, Bahamas: the resort paid B$12 million in fees.", []moneyWant{{"B$12 million", 1.2e7, 0, "BSD"}}},
		{"Victoria, Seychelles: the fishery earned SR 640 million.", []moneyWant{{"SR 640 million", 6.4e8, 0, "SCR"}}},
		{"Mary, Turkmenistan: the mill cost 310 million manat; Sohar, Oman: a berth costs 4 million rials.", []moneyWant{{"310 million manat", 3.1e8, 0, "TMT"}, {"4 million rials", 4e6, 0, "OMR"}}},
		{"Ganja, Azerbaijan: a school costs 9 million manat.", []moneyWant{{"9 million manat", 9e6, 0, "AZN"}}},
		{"Drivers took SR 640 north, where the band B$12 played.", nil},
		// a country named by a stem and by ISO's adjective is counted once
		// ("Iranian" is no second mention of Iran against Oman's two)
		{"Muscat, Oman: an Iranian builder won the 4 million rials contract.", []moneyWant{{"4 million rials", 4e6, 0, "OMR"}}},
		// a street named for a country names no country's dollar
		{"Tenants left 8 Canada Square and One Canada Square; the bank cut $2bn of costs.", []moneyWant{{"$2bn", 2e9, 0, "USD"}}},
		{"Toronto: Canada's lender, the largest in Canada, cut $2bn of costs.", []moneyWant{{"$2bn", 2e9, 0, "CAD"}}},
		{"The NSW Treasurer said the new line would cost $3.1 billion; Australia adds $400 million.", []moneyWant{{"$3.1 billion", 3.1e9, 0, "AUD"}, {"$400 million", 4e8, 0, "AUD"}}},
		// three decimals in an exchange rate; thousands elsewhere
		{"The Singapore dollar stood at S$1.342 to the greenback.", []moneyWant{{"S$1.342", 1.342, 0, "SGD"}}},
		{"The pound fetched $1.265 per pound; a fare of $1.500 rose.", []moneyWant{{"$1.265", 1.265, 0, "USD"}, {"$1.500", 1500, 0, "USD"}}},
		{"Vientiane fixed the rate at 21,400 kip to the dollar and 1,380 won per dollar held.", []moneyWant{{"21,400 kip", 21400, 0, "LAK"}, {"1,380 won", 1380, 0, "KRW"}}},
		{"The club has 12,000 won tickets to the final and 3 won per game.", nil},
		{"Accra raised GH¢2.5 billion and GH₵300 million.", []moneyWant{{"GH¢2.5 billion", 2.5e9, 0, "GHS"}, {"GH₵300 million", 3e8, 0, "GHS"}}},
		{"Warsaw will pay zł412 million, or 25 zł a share.", []moneyWant{{"zł412 million", 4.12e8, 0, "PLN"}, {"25 zł", 25, 0, "PLN"}}},
		{"Rabat, Morocco: the plan costs MAD 319 billion, or DH 48 billion a year.", []moneyWant{{"MAD 319 billion", 3.19e11, 0, "MAD"}, {"DH 48 billion", 4.8e10, 0, "MAD"}}},
		{"Dubai's port spent Dh2 billion; a ticket in Cairo costs E£150.", []moneyWant{{"Dh2 billion", 2e9, 0, "AED"}, {"E£150", 150, 0, "EGP"}}},
		{"Kathmandu: Nepal's budget is Rs 1,720 billion.", []moneyWant{{"Rs 1,720 billion", 1.72e12, 0, "NPR"}}},
		{"Delhi and Kathmandu: India lends Nepal Rs 30 billion.", []moneyWant{{"Rs 30 billion", 3e10, 0, "INR"}}},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			checkMoney(t, tc.text, extract.FindMoney(tc.text), tc.want)
		})
	}
}

// TestFindMoney_NotMoneyForms: weight, words that are also currency names,
// numbers in words without a currency.
func TestFindMoney_NotMoneyForms(t *testing.T) {
	for _, text := range []string{
		"a 200-pound bomb", "a 500-pound bomb", "dropped a 2,000-pound bomb", "the 500 pound bomb",
		"500 pounds of explosives", "It weighs 300 pounds.", "a payload of 4,000 pounds", "lost 20 pounds",
		"a cost of living, 300 pounds heavier", "500 pounds", "seven drones", "half a million people",
		"a quarter of a million visitors", "a million reasons", "one of the five", "5 real problems", "20 sol",
		"3 won", "twenty Afghani soldiers", "ALL 5 SHIPS", "TOP 10 PICKS", "20 percent", "20 per cent",
		"two dollarsigns", "5 000 dollars", "a 500-USD", "a 30-year deal",
		"the COP30 summit", "delegates at COP 29", "the SAR2 satellite", "an EUR1 form",
		"he paid 300 pesos", "Uganda and Kenya raised 40 billion shillings", "Egypt dropped a 500-pound bomb",
		"she won 3 medals", "they won 2 million votes", "a P8 patrol", "the R45 rifle", "P 28 billion", "passed the 1 million mark",
		"of 12,000 players, 3,000 won prizes", "the K9 Thunder", "K1,200 in a text naming no country", "Bs 800 million", "an N95 mask",
		"ALL 3,000 WORKERS", "MAD 10", "DH 48 billion",
		"The M16 rifle and the M1 motorway; the E50 road.", "Le 14 juillet 2026 and Le 60 in Paris", "Ft 3 Division", "the Ft 9 road", "See Figure 5c", "a grade 3c pupil", "the 2c model", "Clause 4c applies", "version 2.10$00 x", "12.5$001", "1234.567$00", strings.Repeat("9", 40) + "$00",
	} {
		t.Run(text, func(t *testing.T) {
			if got := extract.FindMoney(text); len(got) != 0 {
				t.Errorf("FindMoney(%q) = %+v, want nothing", text, got)
			}
		})
	}
}

// TestFindMoney_Gold finds every gold MONEY mention of the corpus with its
// exact span, value and currency, and nothing the annotators left out.
func TestFindMoney_Gold(t *testing.T) {
	golds, err := evaluation.ReadGold("../testdata/gold/forum.jsonl", "../testdata/gold/pib.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, g := range golds {
		var want []moneyWant
		for _, e := range g.Entities {
			if e.Label != "MONEY" {
				continue
			}
			w := moneyWant{span: g.Text[e.Start:e.End], currency: e.Currency}
			if e.Value != nil {
				w.value = *e.Value
			}
			w.valueMax = -1 // gold gives no upper bound for "$1-2 billion"
			if e.ValueMax != nil {
				w.valueMax = *e.ValueMax
			}
			want = append(want, w)
		}
		n += len(want)
		got := extract.FindMoney(g.Text)
		t.Run(g.ID, func(t *testing.T) { checkMoney(t, g.Text, got, want) })
	}
	if n < 40 {
		t.Errorf("only %d gold MONEY mentions read; is the gold complete?", n)
	}
}

func checkMoney(t *testing.T, text string, got []extract.Money, want []moneyWant) {
	t.Helper()
	for i := 0; i < len(got) || i < len(want); i++ {
		switch {
		case i >= len(want):
			t.Errorf("extra %q (%+v)", text[got[i].Start:got[i].End], got[i])
		case i >= len(got):
			t.Errorf("missing %q", want[i].span)
		default:
			g, w := got[i], want[i]
			if span := text[g.Start:g.End]; span != w.span || g.Value != w.value || (w.valueMax >= 0 && g.ValueMax != w.valueMax) || g.Currency != w.currency {
				t.Errorf("got %q %v-%v %s, want %q %v-%v %s", span, g.Value, g.ValueMax, g.Currency, w.span, w.value, w.valueMax, w.currency)
			}
		}
	}
}

// moneyForms write an amount as articles do: the format's verbs are the
// currency's grouped digits, the fraction and (for ranges) the upper bound.
var moneyForms = []struct {
	format   string // %s: the numeral; %s: the upper numeral for ranges
	currency string
	exp      int  // power of ten of the scale word
	indian   bool // group digits the Indian way
	rng      bool
}{
	{"$%s billion", "USD", 9, false, false},
	{"US$%s", "USD", 0, false, false},
	{"USD %s million", "USD", 6, false, false},
	{"%s million dollars", "USD", 6, false, false},
	{"$%sbn", "USD", 9, false, false},
	{"$%s trillion", "USD", 12, false, false},
	{"Rs %s crore", "INR", 7, true, false},
	{"Rs. %s Crore", "INR", 7, true, false},
	{"₹%s lakh crore", "INR", 12, true, false},
	{"INR %s lakh", "INR", 5, true, false},
	{"₹%s", "INR", 0, true, false},
	{"%s crore rupees", "INR", 7, true, false},
	{"€%s million", "EUR", 6, false, false},
	{"£%sm", "GBP", 6, false, false},
	{"¥%s billion", "JPY", 9, false, false},
	{"A$%s billion", "AUD", 9, false, false},
	{"$%s-%s billion", "USD", 9, false, true},
	{"Rs %s to %s crore", "INR", 7, true, true},
	{"€%s to €%s million", "EUR", 6, false, true},
}

// formatMoney writes whole.frac (frac with fracDigits digits) in form f into
// a sentence, and returns it with the span and the exact values expected.
func formatMoney(f int, whole, hiWhole uint64, frac uint32, fracDigits int) (text string, want moneyWant) {
	form := moneyForms[f]
	if form.exp < fracDigits {
		fracDigits = form.exp
		if form.exp == 0 {
			fracDigits = 2 // cents
		}
	}
	frac %= uint32(math.Pow10(fracDigits))
	lo := numeral(whole, frac, fracDigits, form.indian)
	want.currency = form.currency
	want.value = exactValue(whole, frac, fracDigits, form.exp)
	if form.rng {
		hiWhole += whole + 1 // above lo whatever its fraction
		want.span = fmt.Sprintf(form.format, lo, numeral(hiWhole, 0, 0, form.indian))
		want.valueMax = exactValue(hiWhole, 0, 0, form.exp)
	} else {
		want.span = fmt.Sprintf(form.format, lo)
	}
	return "The ministry said the deal, worth " + want.span + ", was signed in 2024.", want
}

// numeral writes whole.frac with thousands separators.
func numeral(whole uint64, frac uint32, fracDigits int, indian bool) string {
	s := fmt.Sprint(whole)
	var groups []string
	size := 3
	for len(s) > size {
		groups = append([]string{s[len(s)-size:]}, groups...)
		s = s[:len(s)-size]
		if indian {
			size = 2
		}
	}
	out := strings.Join(append([]string{s}, groups...), ",")
	if fracDigits > 0 {
		out += fmt.Sprintf(".%0*d", fracDigits, frac)
	}
	return out
}

// exactValue is (whole + frac/10^fracDigits) * 10^exp rounded once to the
// nearest float64, computed in exact rational arithmetic.
func exactValue(whole uint64, frac uint32, fracDigits, exp int) float64 {
	ten := big.NewInt(10)
	num := new(big.Int).Mul(new(big.Int).SetUint64(whole), new(big.Int).Exp(ten, big.NewInt(int64(fracDigits)), nil))
	num.Add(num, big.NewInt(int64(frac)))
	r := new(big.Rat).SetFrac(num, new(big.Int).Exp(ten, big.NewInt(int64(fracDigits)), nil))
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(ten, big.NewInt(int64(exp)), nil)))
	v, _ := r.Float64()
	return v
}

// TestFindMoney_RoundTrip writes random amounts in every form and reads
// them back exactly.
func TestFindMoney_RoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		f := rng.IntN(len(moneyForms))
		whole := rng.Uint64N(uint64(math.Pow10(1 + rng.IntN(12))))
		text, want := formatMoney(f, whole, rng.Uint64N(1000), rng.Uint32(), rng.IntN(4))
		got := extract.FindMoney(text)
		if len(got) != 1 {
			t.Fatalf("%q: got %+v, want one amount", text, got)
		}
		checkMoney(t, text, got, []moneyWant{want})
		if t.Failed() {
			t.FailNow()
		}
	}
}

func FuzzFindMoney_RoundTrip(f *testing.F) {
	for i := range moneyForms {
		f.Add(uint8(i), uint64(1234567), uint64(3), uint32(275), uint8(2))
	}
	f.Add(uint8(0), uint64(0), uint64(0), uint32(0), uint8(0))
	f.Add(uint8(8), uint64(999999999999), uint64(1), uint32(999), uint8(3))
	f.Fuzz(func(t *testing.T, form uint8, whole, hi uint64, frac uint32, fracDigits uint8) {
		// Up to 15 significant digits, so that distinct bounds stay distinct
		// in a float64.
		text, want := formatMoney(int(form)%len(moneyForms), whole%1e12, hi%1e12, frac, int(fracDigits%4))
		got := extract.FindMoney(text)
		if len(got) != 1 {
			t.Fatalf("%q: got %+v, want one amount", text, got)
		}
		checkMoney(t, text, got, []moneyWant{want})
	})
}

// FuzzFindMoney feeds arbitrary text: no panic, spans in bounds, in order,
// not overlapping, on rune boundaries, each found again alone with its
// value.
func FuzzFindMoney(f *testing.F) {
	for _, s := range []string{
		"It costs $2.75 billion.", "Rs 1,00,000 crore", "₹1.05 lakh crore and US$ 2.75 billion", "$1-2 billion",
		"3 million dollars", "from $1 billion to $2 billion", "$5-year", "\xff$\xfe5", "Rs\u00a05\u00a0lakh",
		"$1,00,00,000.5 million to $2", "€", "₹", "1,000,000,000,000,000,000,000 dollars",
		"seven million dollars", "half a billion euros", "a quarter of a million pounds", "twenty-five thousand rupees",
		"25 €", "75$", "300 USD", "NOK 5", "MX$20", "3 dollars and 20 cents", "paid 5 pounds 50 pence", "99 cents",
		"2 billion Kenyan shillings", "a 200-pound bomb", "two and a half million dong", "a 5-million-dollar deal", "50¢", "5\u00a0000\u00a0000 euros",
		"up 2.5c to 91.5c", "7.500$00", "T$38 million in Tonga", "M420 million in Lesotho", "E50 in Eswatini", "NLe 800", "Le 60 in Sierra Leone",
		"Ft 9.4 billion in Hungary", "Fr. 72 million in Vaduz", "C$25 in Nicaragua", "300 francs in Benin", "21 million paʻanga", "95 million Surinamese dollars",
		"D 450 million in the Gambia", "UM 3 billion", "VT 52,000 in Vanuatu", "FDJ 2 billion", "SI$22 million", "RM3.1bil", "38 sen",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// Rune boundaries as Go decodes them, an invalid byte being one rune.
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		end := 0
		for _, m := range extract.FindMoney(text) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("span %d-%d after %d in %d bytes", m.Start, m.End, end, len(text))
			}
			end = m.End
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("span %d-%d splits a rune", m.Start, m.End)
			}
			if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) || m.Value < 0 || (m.ValueMax != 0 && !(m.ValueMax > m.Value)) || math.IsInf(m.ValueMax, 0) {
				t.Fatalf("bad values %+v", m)
			}
			if len(m.Currency) != 3 || strings.ToUpper(m.Currency) != m.Currency {
				t.Fatalf("bad currency %q", m.Currency)
			}
			span := text[m.Start:m.End]
			// "pounds" and pence are money only after a money word: give
			// every span one
			cue := "paid "
			// the currency may differ: a text settles a shared sign by the
			// countries and dollars it names ("$5" beside "A$10" is
			// Australian), and a sign some countries share is money only in
			// a text that names one ("M420 million" in a story of Lesotho):
			// the text follows on a line of its own to name them
			alone := extract.FindMoney(cue + span + "\n" + text)
			if len(alone) == 0 || alone[0].Start != len(cue) || alone[0].End != len(cue+span) || alone[0].Value != m.Value || alone[0].ValueMax != m.ValueMax {
				t.Fatalf("%q found as %+v in %q but %+v alone", span, m, text, alone)
			}
		}
	})
}

// naiveMoney is what one would write first: a regular expression for a sign,
// a number and a scale word. It is the baseline FindMoney is measured against.
var naiveMoney = regexp.MustCompile(`(?i)(?:US\$|\$|₹|€|£|¥|\bRs\.?\s?|\bINR\s|\bUSD\s)\d[\d,]*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion|lakh crore|lakh|crore|bn|m)\b)?`)

func BenchmarkFindMoney(b *testing.B) {
	golds, err := evaluation.ReadGold("../testdata/gold/forum.jsonl", "../testdata/gold/pib.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, g := range golds {
		sb.WriteString(g.Text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.Run("baseline=byte-scan", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			n := 0
			for i := 0; i < len(text); i++ {
				if text[i] >= '0' && text[i] <= '9' {
					n++
				}
			}
			_ = n
		}
	})
	b.Run("baseline=regexp", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			naiveMoney.FindAllStringIndex(text, -1)
		}
	})
	b.Run("FindMoney", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			extract.FindMoney(text)
		}
	})
}
