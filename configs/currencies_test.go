package configs

import (
	"errors"
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
	if i < 0 || cs[i].Name != "Won" || !slices.Contains(cs[i].Other, "South Korean won") || slices.Contains(cs[i].Other, "won") {
		t.Errorf("KRW: %+v", cs[max(i, 0)])
	}
}

func TestParseCurrencies_Errors(t *testing.T) {
	for _, tsv := range []string{
		"usd\tUS Dollar",
		"USD",
		"USD\tUS Dollar\nUSD\tUS Dollar",
		"USD\tUS Dollar\tdollar\textra",
	} {
		if _, err := ParseCurrencies(tsv, "x.tsv"); !errors.Is(err, ErrInvalid) {
			t.Errorf("%q: error %v, want ErrInvalid", tsv, err)
		}
	}
}
