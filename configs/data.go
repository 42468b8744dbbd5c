package configs

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// DataPaths name the user's own data; an empty path means only what trawl
// ships.
type DataPaths struct {
	RulesDir     string `yaml:"rules_dir"`     // site rules, one NAME.yaml each
	GazetteerDir string `yaml:"gazetteer_dir"` // gazetteer files to add
	FX           string `yaml:"fx"`            // an exchange rates file
}

// Data is what extraction and annotation read: trawl's shipped site rules,
// gazetteer and exchange rates with the user's merged over them. Gazetteer
// and FX are nil when the user has none, meaning the shipped ones, which
// extract.NewAnnotator loads itself.
type Data struct {
	Rules     map[string]*SiteRules
	Gazetteer *Gazetteer
	FX        *FX
}

// LoadData reads the shipped data and merges the user's over it:
//   - site rules in RulesDir replace shipped rules of the same name, and
//     take the hosts they name from any shipped rules;
//   - gazetteer files in GazetteerDir add entries and words (a name that
//     the shipped lists already give another meaning is an error);
//   - rates in FX replace the shipped rate of the same currency and year.
//
// Errors name the file and, where there is one, the line.
func LoadData(p DataPaths) (*Data, error) {
	rules, err := LoadRules(p.RulesDir)
	if err != nil {
		return nil, err
	}
	d := &Data{Rules: rules}
	if p.GazetteerDir != "" {
		shipped, err := LoadGazetteer()
		if err != nil {
			return nil, err
		}
		if d.Gazetteer, err = shipped.with(os.DirFS(p.GazetteerDir), p.GazetteerDir); err != nil {
			return nil, err
		}
	}
	if p.FX != "" {
		shipped, err := LoadFX()
		if err != nil {
			return nil, err
		}
		own, err := LoadFXFile(p.FX)
		if err != nil {
			return nil, err
		}
		d.FX = shipped.with(own)
	}
	return d, nil
}

// LoadRules returns the shipped site rules with those in dir (if not empty)
// merged over them, as LoadData does.
func LoadRules(dir string) (map[string]*SiteRules, error) {
	rules, err := LoadSiteRules()
	if err != nil || dir == "" {
		return rules, err
	}
	if err := checkDir(dir); err != nil {
		return nil, err
	}
	own, err := LoadSiteRulesDir(dir)
	if err != nil {
		return nil, err
	}
	return mergeRules(rules, own), nil
}

func mergeRules(shipped, own map[string]*SiteRules) map[string]*SiteRules {
	claimed := map[string]bool{}
	for _, r := range own {
		for _, h := range r.Hosts {
			claimed[strings.TrimPrefix(h, "www.")] = true // RulesFor matches with or without www.
		}
	}
	out := maps.Clone(own)
	for name, r := range shipped {
		if out[name] != nil {
			continue
		}
		c := *r
		c.Hosts = slices.DeleteFunc(slices.Clone(r.Hosts), func(h string) bool { return claimed[strings.TrimPrefix(h, "www.")] })
		out[name] = &c
	}
	return out
}

// with returns the rates of f with those of over replacing the same
// currency and year.
func (f *FX) with(over *FX) *FX {
	out := &FX{File: f.File + " with " + over.File, rates: maps.Clone(f.rates)}
	for code, list := range over.rates {
		byYear := map[int]float64{}
		for _, r := range append(slices.Clone(out.rates[code]), list...) {
			byYear[r.year] = r.perUSD
		}
		merged := make([]yearRate, 0, len(byYear))
		for y, r := range byYear {
			merged = append(merged, yearRate{y, r})
		}
		slices.SortFunc(merged, func(a, b yearRate) int { return a.year - b.year })
		out.rates[code] = merged
	}
	return out
}

// checkDir refuses a rules folder that is missing or holds no YAML, which
// is more likely a wrong path than an intent.
func checkDir(dir string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err == nil && len(names) == 0 {
		err = errors.New("no *.yaml files (or no such folder)")
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrInvalid, dir, err)
	}
	return nil
}
