package configs

import (
	_ "embed"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed fx.yaml
var fxYAML []byte

// FX holds yearly average exchange rates to the U.S. dollar (configs/fx.yaml).
// It is read-only once loaded and safe for concurrent use.
type FX struct {
	File  string                // where it was read from
	rates map[string][]yearRate // by ISO 4217 code, sorted by year
}

type yearRate struct {
	year   int
	perUSD float64 // units of the currency one dollar bought that year
}

// Years outside this span are typing mistakes, not history.
const minFXYear, maxFXYear = 1900, 2200

var loadEmbeddedFX = sync.OnceValues(func() (*FX, error) {
	return ParseFX("configs/fx.yaml (embedded)", fxYAML)
})

// LoadFX returns the rates shipped inside the binary.
func LoadFX() (*FX, error) { return loadEmbeddedFX() }

// LoadFXFile reads a user's rates file; errors name the file and line.
func LoadFXFile(path string) (*FX, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return ParseFX(path, b)
}

// ParseFX reads and checks the bytes of a rates file; name is used in errors.
func ParseFX(name string, b []byte) (*FX, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: %s: want a mapping with a rates key", ErrInvalid, name)
	}
	var rates *yaml.Node
	top := root.Content[0]
	for i := 0; i+1 < len(top.Content); i += 2 {
		k := top.Content[i]
		if k.Value != "rates" {
			return nil, fmt.Errorf("%w: %s:%d: unknown key %q (want rates)", ErrInvalid, name, k.Line, k.Value)
		}
		rates = top.Content[i+1]
	}
	if rates == nil || rates.Kind != yaml.MappingNode || len(rates.Content) == 0 {
		return nil, fmt.Errorf("%w: %s: rates must map currency codes to {year: rate}", ErrInvalid, name)
	}
	fx := &FX{File: name, rates: make(map[string][]yearRate, len(rates.Content)/2)}
	for i := 0; i+1 < len(rates.Content); i += 2 {
		code, years := rates.Content[i], rates.Content[i+1]
		if !isCurrencyCode(code.Value) {
			return nil, fmt.Errorf("%w: %s:%d: %q is not an ISO 4217 code (three capital letters)", ErrInvalid, name, code.Line, code.Value)
		}
		if _, dup := fx.rates[code.Value]; dup {
			return nil, fmt.Errorf("%w: %s:%d: %s is listed twice", ErrInvalid, name, code.Line, code.Value)
		}
		list, err := parseYearRates(name, code.Value, years)
		if err != nil {
			return nil, err
		}
		fx.rates[code.Value] = list
	}
	return fx, nil
}

// parseYearRates reads one currency's {year: rate} mapping; file and code
// are for errors.
func parseYearRates(file, code string, n *yaml.Node) ([]yearRate, error) {
	if n.Kind != yaml.MappingNode || len(n.Content) == 0 {
		return nil, fmt.Errorf("%w: %s:%d: %s: want {year: rate, ...}", ErrInvalid, file, n.Line, code)
	}
	list := make([]yearRate, 0, len(n.Content)/2)
	seen := make(map[int]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		year, err := strconv.Atoi(k.Value)
		if err != nil || year < minFXYear || year > maxFXYear {
			return nil, fmt.Errorf("%w: %s:%d: %s: year %q is not a year between %d and %d", ErrInvalid, file, k.Line, code, k.Value, minFXYear, maxFXYear)
		}
		if seen[year] {
			return nil, fmt.Errorf("%w: %s:%d: %s: year %d is listed twice", ErrInvalid, file, k.Line, code, year)
		}
		seen[year] = true
		rate, err := strconv.ParseFloat(v.Value, 64)
		if v.Kind != yaml.ScalarNode || err != nil || !(rate > 0) || math.IsInf(rate, 0) {
			return nil, fmt.Errorf("%w: %s:%d: %s: rate %q for %d is not a positive number", ErrInvalid, file, v.Line, code, v.Value, year)
		}
		list = append(list, yearRate{year, rate})
	}
	slices.SortFunc(list, func(a, b yearRate) int { return a.year - b.year })
	return list, nil
}

func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := range 3 {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// ToUSD converts value in currency (ISO 4217) to U.S. dollars at the rate of
// year, else of the nearest year listed (the earlier on a tie). ok is false
// for a currency the file does not list.
func (f *FX) ToUSD(value float64, currency string, year int) (usd float64, ok bool) {
	usd, _, ok = f.Convert(value, currency, year)
	return usd, ok
}

// Convert is ToUSD that also says which year's rate it used (0 for USD), so
// an amount from a year the table lacks is marked, not silently clamped.
func (f *FX) Convert(value float64, currency string, year int) (usd float64, rateYear int, ok bool) {
	if currency == "USD" {
		return value, 0, true
	}
	list := f.rates[currency]
	if len(list) == 0 {
		return 0, 0, false
	}
	i, _ := slices.BinarySearchFunc(list, year, func(r yearRate, y int) int { return r.year - y })
	switch {
	case i == len(list):
		i--
	case i > 0 && year-list[i-1].year <= list[i].year-year:
		i--
	}
	return value / list[i].perUSD, list[i].year, true
}
