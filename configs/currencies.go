package configs

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Currency is one ISO 4217 currency and the names amounts are written in.
type Currency struct {
	Code string // ISO 4217, "KES"
	Name string // as ISO 4217 gives it, "Kenyan Shilling"
	// Other are further English names: "Korean won", "Danish kroner".
	Other []string
}

//go:embed currencies.tsv
var currenciesTSV string

var loadCurrencies = sync.OnceValues(func() ([]Currency, error) {
	return ParseCurrencies(currenciesTSV, "configs/currencies.tsv")
})

// LoadCurrencies returns the ISO 4217 list shipped inside the binary, read
// on first use and shared; callers must not modify it.
func LoadCurrencies() ([]Currency, error) { return loadCurrencies() }

// ParseCurrencies reads the tab-separated list: code, ISO name, other names
// separated by ";". Lines starting with # are comments; file names it in
// errors.
func ParseCurrencies(tsv, file string) ([]Currency, error) {
	var out []Currency
	seen := map[string]bool{}
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		c := Currency{Code: f[0]}
		if len(f) >= 2 {
			c.Name = strings.TrimSpace(f[1])
		}
		if len(f) > 3 || len(c.Code) != 3 || strings.ToUpper(c.Code) != c.Code || c.Name == "" {
			return nil, fmt.Errorf("%w: %s:%d: want a three-letter capital code, a name and optionally other names, tab-separated", ErrInvalid, file, n+1)
		}
		if seen[c.Code] {
			return nil, fmt.Errorf("%w: %s:%d: %s listed twice", ErrInvalid, file, n+1, c.Code)
		}
		seen[c.Code] = true
		if len(f) == 3 {
			for o := range strings.SplitSeq(f[2], ";") {
				if o = strings.TrimSpace(o); o != "" {
					c.Other = append(c.Other, o)
				}
			}
		}
		out = append(out, c)
	}
	return out, nil
}
