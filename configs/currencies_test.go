package configs

import (
	"slices"
	"testing"
)

func TestLoadCurrencies_ShippedList(t *testing.T) {
	cs, err := LoadCurrencies()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 150 {
		t.Errorf("%d currencies, want the ISO 4217 list (over 150)", len(cs))
	}
	i := slices.IndexFunc(cs, func(c Currency) bool { return c.Code == "KRW" })
	// "won" is listed; the annotator reads it only after a scale word
	if i < 0 || cs[i].Name != "Won" || !slices.Contains(cs[i].Other, "South Korean won") || !slices.Contains(cs[i].Other, "won") {
		t.Errorf("KRW: %+v", cs[max(i, 0)])
	}
}

func TestParseCurrencies_Errors(t *testing.T) {
	for _, tc := range []struct{ tsv, line string }{
		{"# list\nusd\tUS Dollar", "x.tsv:2"},
		{"USD", "x.tsv:1"},
		{"USD\tUS Dollar\nUSD\tUS Dollar", "x.tsv:2: USD listed twice"},
		{"USD\tUS Dollar\tdollar\textra", "x.tsv:1"},
	} {
		t.Run(tc.tsv, func(t *testing.T) {
			_, err := ParseCurrencies(tc.tsv, "x.tsv")
			requireInvalid(t, err, tc.line)
		})
	}
}
