package configs

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
	"go.yaml.in/yaml/v3"
)

// SiteRules are the CSS selectors of one site (configs/sites/NAME.yaml).
type SiteRules struct {
	Name  string   `yaml:"name"`
	Hosts []string `yaml:"hosts"`
	// Title, Body, Published and Byline are CSS selectors; the first match
	// wins. Body may match several elements, which are read in order.
	Title     string `yaml:"title"`
	Body      string `yaml:"body"`
	Published string `yaml:"published"`
	Byline    string `yaml:"byline"`
	// Drop are selectors removed from the body before it is read.
	Drop []string `yaml:"drop"`
	// StopAt is a regular expression: the body ends before the first
	// paragraph that matches it whole (a sign-off such as PIB's "***").
	StopAt string `yaml:"stop_at"`
	// DropText are regular expressions; body paragraphs matching one whole
	// are left out.
	DropText []string `yaml:"drop_text"`
	// Timezone is the zone of times the site prints without one: a fixed
	// offset ("+05:30") or an IANA name.
	Timezone string `yaml:"timezone"`

	File string `yaml:"-"` // where the rules were read from

	stopAt   *regexp.Regexp
	dropText []*regexp.Regexp
	location *time.Location
}

// StopRE returns the compiled StopAt, nil when unset.
func (r *SiteRules) StopRE() *regexp.Regexp { return r.stopAt }

// DropTextREs returns the compiled DropText.
func (r *SiteRules) DropTextREs() []*regexp.Regexp { return r.dropText }

// Location is the site's time zone for zone-less times, nil when unset.
func (r *SiteRules) Location() *time.Location { return r.location }

//go:embed sites/*.yaml
var siteFiles embed.FS

// LoadSiteRules reads the site rules shipped with trawl, keyed by name.
func LoadSiteRules() (map[string]*SiteRules, error) {
	sub, err := fs.Sub(siteFiles, "sites")
	if err != nil {
		return nil, fmt.Errorf("%w: site rules: %v", ErrInvalid, err)
	}
	return loadSiteRulesFS(sub, "configs/sites")
}

// LoadSiteRulesDir reads every *.yaml file in dir as site rules, keyed by name.
func LoadSiteRulesDir(dir string) (map[string]*SiteRules, error) {
	return loadSiteRulesFS(os.DirFS(dir), dir)
}

func loadSiteRulesFS(fsys fs.FS, dir string) (map[string]*SiteRules, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, dir, err)
	}
	out := map[string]*SiteRules{}
	hosts := map[string]string{}
	for _, n := range names {
		file := path.Join(dir, n)
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		r, err := ParseSiteRules(file, b)
		if err != nil {
			return nil, err
		}
		if prev, dup := out[r.Name]; dup {
			return nil, fmt.Errorf("%w: %s: site name %q already used in %s", ErrInvalid, file, r.Name, prev.File)
		}
		for _, h := range r.Hosts {
			if prev, dup := hosts[h]; dup {
				return nil, fmt.Errorf("%w: %s: host %q already served by %s", ErrInvalid, file, h, prev)
			}
			hosts[h] = file
		}
		out[r.Name] = r
	}
	return out, nil
}

// ParseSiteRules reads and checks one site rules file; name is used in errors.
func ParseSiteRules(name string, b []byte) (*SiteRules, error) {
	var r SiteRules
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	r.File = name
	if err := r.check(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	return &r, nil
}

func (r *SiteRules) check() error {
	if r.Name == "" {
		return fmt.Errorf("no name")
	}
	if r.Body == "" {
		return fmt.Errorf("no body selector")
	}
	for i, h := range r.Hosts {
		r.Hosts[i] = strings.ToLower(strings.TrimSpace(h))
	}
	sels := map[string]string{"title": r.Title, "body": r.Body, "published": r.Published, "byline": r.Byline}
	for i, d := range r.Drop {
		sels[fmt.Sprintf("drop[%d]", i)] = d
	}
	for key, s := range sels {
		if s == "" {
			continue
		}
		if _, err := cascadia.ParseGroup(s); err != nil {
			return fmt.Errorf("%s: selector %q: %v", key, s, err)
		}
	}
	var err error
	if r.StopAt != "" {
		if r.stopAt, err = regexp.Compile(`^(?:` + r.StopAt + `)$`); err != nil {
			return fmt.Errorf("stop_at: %v", err)
		}
	}
	for i, p := range r.DropText {
		re, err := regexp.Compile(`^(?:` + p + `)$`)
		if err != nil {
			return fmt.Errorf("drop_text[%d]: %v", i, err)
		}
		r.dropText = append(r.dropText, re)
	}
	if r.Timezone != "" {
		if r.location, err = parseZone(r.Timezone); err != nil {
			return fmt.Errorf("timezone: %v", err)
		}
	}
	return nil
}

// RulesFor picks a site's rules: by explicit name first (a source's
// `rules:`), else by host, ignoring case, a port and a leading "www.".
// It returns nil when no rules apply, meaning the generic extractor.
func RulesFor(all map[string]*SiteRules, host, name string) *SiteRules {
	if name != "" {
		return all[name]
	}
	host = strings.ToLower(host)
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	bare := strings.TrimPrefix(host, "www.")
	for _, r := range all {
		for _, h := range r.Hosts {
			if h == host || strings.TrimPrefix(h, "www.") == bare {
				return r
			}
		}
	}
	return nil
}

// parseZone reads "+05:30"-style offsets itself, so a fixed zone needs no
// tz database on the machine.
func parseZone(z string) (*time.Location, error) {
	if t, err := time.Parse("-07:00", z); err == nil {
		_, off := t.Zone()
		return time.FixedZone(z, off), nil
	}
	return time.LoadLocation(z)
}
