package configs

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestLoadFX_ShippedRates(t *testing.T) {
	fx, err := LoadFX()
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := LoadFXFile("fx.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fx.rates, onDisk.rates) {
		t.Error("embedded rates differ from configs/fx.yaml")
	}
	for _, code := range []string{"INR", "EUR", "GBP", "JPY", "AUD", "CNY", "KRW", "SGD", "CAD", "RUB"} {
		list := fx.rates[code]
		if len(list) == 0 {
			t.Errorf("%s: no rates", code)
			continue
		}
		if list[0].year > 2015 || list[len(list)-1].year < 2024 {
			t.Errorf("%s: rates cover %d-%d, want at least 2015-2024", code, list[0].year, list[len(list)-1].year)
		}
		for i := 1; i < len(list); i++ {
			if list[i].year != list[i-1].year+1 {
				t.Errorf("%s: gap between %d and %d", code, list[i-1].year, list[i].year)
			}
		}
	}
	// Sanity bands, wide enough for any yearly average of the last decade:
	// they catch a rate written the wrong way round (USD per unit).
	bands := []struct {
		code     string
		min, max float64 // USD for one unit
	}{
		{"INR", 0.010, 0.017}, {"EUR", 1.0, 1.25}, {"GBP", 1.15, 1.6}, {"JPY", 0.006, 0.01},
		{"AUD", 0.6, 0.8}, {"CNY", 0.13, 0.17}, {"KRW", 0.0006, 0.001}, {"RUB", 0.009, 0.018},
	}
	for _, b := range bands {
		for year := 2015; year <= 2025; year++ {
			usd, ok := fx.ToUSD(1, b.code, year)
			if !ok || usd < b.min || usd > b.max {
				t.Errorf("1 %s in %d = %v USD (ok %v), want %v-%v", b.code, year, usd, ok, b.min, b.max)
			}
		}
	}
}

func TestFX_ToUSD(t *testing.T) {
	fx, err := ParseFX("test.yaml", []byte("rates:\n  INR: {2020: 80, 2023: 100, 2021: 90}\n  EUR: {2024: 0.5}\n"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		value    float64
		currency string
		year     int
		want     float64
		rateYear int // the year whose rate was used
		ok       bool
	}{
		{"listed year", 1e9, "INR", 2021, 1e9 / 90, 2021, true},
		{"before the first year", 800, "INR", 2001, 10, 2020, true},
		{"after the last year", 1000, "INR", 2030, 10, 2023, true},
		{"tie in a gap takes the earlier year", 160, "INR", 2022, 160.0 / 90, 2021, true},
		{"one year only", 3, "EUR", 1999, 6, 2024, true},
		{"dollars stay dollars", 42.5, "USD", 2020, 42.5, 0, true},
		{"unknown currency", 1, "XYZ", 2020, 0, 0, false},
		{"lower case is not a code", 1, "inr", 2020, 0, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, year, ok := fx.Convert(tc.value, tc.currency, tc.year)
			if ok != tc.ok || year != tc.rateYear || math.Abs(got-tc.want) > 1e-9*math.Abs(tc.want) {
				t.Errorf("Convert(%v, %s, %d) = %v, %d, %v; want %v, %d, %v", tc.value, tc.currency, tc.year, got, year, ok, tc.want, tc.rateYear, tc.ok)
			}
			if usd, ok := fx.ToUSD(tc.value, tc.currency, tc.year); usd != got || ok != tc.ok {
				t.Errorf("ToUSD disagrees with Convert: %v, %v", usd, ok)
			}
		})
	}
}

func TestParseFX_Errors(t *testing.T) {
	cases := []struct {
		name, yaml string
		want       []string // substrings the error must hold
	}{
		{"malformed", "rates:\n  INR: {2020: 80\n  EUR: {2020: 1}\n", []string{"bad.yaml", "line "}},
		{"not a code", "rates:\n  INR: {2020: 80}\n  Euro: {2020: 1}\n", []string{"bad.yaml:3", `"Euro"`}},
		{"bad year", "rates:\n  INR:\n    2020: 80\n    20x1: 81\n", []string{"bad.yaml:4", "INR", `"20x1"`}},
		{"year out of range", "rates:\n  INR: {20: 80}\n", []string{"bad.yaml:2", `"20"`}},
		{"negative rate", "rates:\n  INR: {2020: 80}\n  EUR:\n    2020: -1\n", []string{"bad.yaml:4", "EUR", `"-1"`}},
		{"rate not a number", "rates:\n  INR: {2020: lots}\n", []string{"bad.yaml:2", `"lots"`}},
		{"rate a list", "rates:\n  INR: {2020: [1, 2]}\n", []string{"bad.yaml:2", "INR"}},
		{"year twice", "rates:\n  INR:\n    2020: 80\n    2020: 81\n", []string{"bad.yaml:4", "2020", "twice"}},
		{"currency twice", "rates:\n  INR: {2020: 80}\n  INR: {2021: 81}\n", []string{"bad.yaml:3", "INR", "twice"}},
		{"rates not a mapping", "rates:\n  INR: 80\n", []string{"bad.yaml:2", "INR"}},
		{"unknown key", "rates:\n  INR: {2020: 80}\nrate:\n  EUR: {2020: 1}\n", []string{"bad.yaml:3", `"rate"`}},
		{"empty", "", []string{"bad.yaml"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseFX("bad.yaml", []byte(tc.yaml))
			requireInvalid(t, err, tc.want...)
		})
	}
}

func TestLoadFXFile_ErrorNamesFileAndLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my-fx.yaml")
	if err := os.WriteFile(path, []byte("rates:\n  INR: {2020: 80}\n  GBP:\n    2020: 0.8\n    2021: zero\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFXFile(path)
	if err == nil || !strings.Contains(err.Error(), path+":5") || !strings.Contains(err.Error(), "GBP") {
		t.Errorf("LoadFXFile error = %v, want it to name %s:5 and GBP", err, path)
	}
	_, err = LoadFXFile(filepath.Join(t.TempDir(), "missing.yaml"))
	if !errors.Is(err, ErrInvalid) || !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: error %v should wrap ErrInvalid and os.ErrNotExist and name the file", err)
	}
}
