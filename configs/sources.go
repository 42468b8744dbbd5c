// Package configs holds trawl's shipped YAML (sources, site rules,
// gazetteers, exchange rates) with the Go types that load and check it.
package configs

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// ErrInvalid marks a configuration that cannot be used; the error text names
// the file and line.
var ErrInvalid = errors.New("invalid configuration")

// Kinds are the source kinds a crawler exists for.
var Kinds = []string{"pib", "wordpress", "rss", "sitemap", "listing"}

// Defaults for keys a source may leave out.
const (
	DefaultDelay       = time.Second
	DefaultMaxPages    = 500
	DefaultMaxDepth    = 2
	DefaultParallelism = 2
	DefaultTimeout     = 30 * time.Second
	DefaultMaxBodySize = 10 << 20
	DefaultRetries     = 3
	DefaultContact     = "https://github.com/trawl/trawl"
)

// DefaultRetryFailedFor is how long an article page that failed is tried
// again on later runs before it is given up.
const DefaultRetryFailedFor = 7 * 24 * time.Hour

// Config is the whole sources file.
type Config struct {
	// UserAgent is sent with every request; Contact is appended to the
	// default one so site owners can reach whoever runs trawl.
	UserAgent string   `yaml:"user_agent"`
	Contact   string   `yaml:"contact"`
	Sources   []Source `yaml:"sources"`

	// Data names the user's own site rules, gazetteer and rates, merged
	// over what trawl ships; relative paths are relative to this file.
	Data DataPaths `yaml:",inline"`

	File string `yaml:"-"` // where it was read from
}

// Source is one configured place to crawl.
type Source struct {
	Name           string        `yaml:"name"`
	Kind           string        `yaml:"kind"`
	Start          []string      `yaml:"start"`
	AllowedDomains []string      `yaml:"allowed_domains"`
	Delay          time.Duration `yaml:"delay"`
	MaxPages       int           `yaml:"max_pages"`
	MaxDepth       int           `yaml:"max_depth"`
	Parallelism    int           `yaml:"parallelism"`
	Timeout        time.Duration `yaml:"timeout"`
	MaxBodySize    int           `yaml:"max_body_size"`
	Retries        int           `yaml:"retries"`
	RetryFailedFor time.Duration `yaml:"retry_failed_for"`
	// Articles is a regular expression matching article URLs; Follow one
	// matching listing (pagination) URLs. Kinds pib and wordpress have
	// built-in defaults; listing needs articles, and follow only when its
	// index runs over several pages.
	Articles string `yaml:"articles"`
	Follow   string `yaml:"follow"`
	// Rules names the site rules (configs/sites/NAME.yaml) to use whatever
	// the host; empty means look them up by host.
	Rules string `yaml:"rules"`

	Line int `yaml:"-"` // line of the entry in the file, for errors

	hasDelay bool // "delay: 0s" is a real setting (tests, mirrors); absent means the default
}

// UserAgentString is the User-Agent header trawl sends.
func (c *Config) UserAgentString() string {
	if c.UserAgent != "" {
		return c.UserAgent
	}
	contact := c.Contact
	if contact == "" {
		contact = DefaultContact
	}
	return "trawl/1.0 (+" + contact + ")"
}

// LoadFile reads and checks a sources file.
func LoadFile(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	return Parse(path, b)
}

// Parse reads and checks a sources file's bytes; name is used in errors.
func Parse(name string, b []byte) (*Config, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&root); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	var c Config
	dec = yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	c.File = name
	c.resolveDataPaths()
	for i, item := range sourceNodes(&root) {
		if i < len(c.Sources) {
			c.Sources[i].Line = item.Line
			for k := 0; k+1 < len(item.Content); k += 2 {
				c.Sources[i].hasDelay = c.Sources[i].hasDelay || item.Content[k].Value == "delay"
			}
		}
	}
	if len(c.Sources) == 0 {
		return nil, fmt.Errorf("%w: %s: no sources", ErrInvalid, name)
	}
	seen := map[string]int{}
	for i := range c.Sources {
		s := &c.Sources[i]
		where := fmt.Sprintf("%s:%d: source %q", name, s.Line, s.Name)
		if s.Name == "" {
			return nil, fmt.Errorf("%w: %s:%d: source without a name", ErrInvalid, name, s.Line)
		}
		if prev, dup := seen[s.Name]; dup {
			return nil, fmt.Errorf("%w: %s: name already used on line %d", ErrInvalid, where, prev)
		}
		seen[s.Name] = s.Line
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, where, err)
		}
	}
	return &c, nil
}

// IsDefaultContact reports whether contact is still the one trawl ships,
// which points site owners at trawl's authors instead of its operator.
func (c *Config) IsDefaultContact() bool {
	return c.UserAgent == "" && (c.Contact == "" || c.Contact == DefaultContact)
}

// resolveDataPaths makes the data paths relative to the sources file.
func (c *Config) resolveDataPaths() {
	for _, p := range []*string{&c.Data.RulesDir, &c.Data.GazetteerDir, &c.Data.FX} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(filepath.Dir(c.File), *p)
		}
	}
}

// CheckRules reports a source naming site rules that do not exist.
func (c *Config) CheckRules(rules map[string]*SiteRules) error {
	for _, s := range c.Sources {
		if s.Rules != "" && rules[s.Rules] == nil {
			return fmt.Errorf("%w: %s:%d: source %q: rules: no site rules named %q (configs/sites or rules_dir)", ErrInvalid, c.File, s.Line, s.Name, s.Rules)
		}
	}
	return nil
}

// sourceNodes returns the items of the top-level sources list.
func sourceNodes(root *yaml.Node) []*yaml.Node {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "sources" {
			return m.Content[i+1].Content
		}
	}
	return nil
}

func (s *Source) check() error {
	known := false
	for _, k := range Kinds {
		known = known || k == s.Kind
	}
	if !known {
		return fmt.Errorf("unknown kind %q (want one of %v)", s.Kind, Kinds)
	}
	if len(s.Start) == 0 {
		return errors.New("no start URLs")
	}
	for _, u := range s.Start {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return fmt.Errorf("start URL %q is not an absolute http(s) URL", u)
		}
	}
	if s.Kind == "listing" && s.Articles == "" {
		return errors.New("a listing source needs an articles pattern (and follow, if its index has further pages)")
	}
	for key, pat := range map[string]string{"articles": s.Articles, "follow": s.Follow} {
		if _, err := regexp.Compile(pat); err != nil {
			return fmt.Errorf("%s: %v", key, err)
		}
	}
	if s.Delay < 0 || s.Timeout < 0 || s.MaxPages < 0 || s.MaxDepth < 0 || s.Parallelism < 0 || s.Retries < 0 || s.MaxBodySize < 0 {
		return errors.New("delay, timeout, max_pages, max_depth, parallelism, retries and max_body_size must not be negative")
	}
	s.applyDefaults()
	return nil
}

func (s *Source) applyDefaults() {
	if s.Delay == 0 && !s.hasDelay {
		s.Delay = DefaultDelay
	}
	*s = s.WithDefaults()
	if s.Retries == 0 {
		s.Retries = DefaultRetries
	}
	if len(s.AllowedDomains) == 0 {
		for _, u := range s.Start {
			if p, err := url.Parse(u); err == nil {
				s.AllowedDomains = append(s.AllowedDomains, strings.ToLower(p.Hostname()))
			}
		}
	}
}

// WithDefaults fills the limits a Source built in code may leave zero. Delay
// and Retries stay as given: zero is a real setting for both.
func (s Source) WithDefaults() Source {
	if s.MaxPages <= 0 {
		s.MaxPages = DefaultMaxPages
	}
	if s.MaxDepth <= 0 {
		s.MaxDepth = DefaultMaxDepth
	}
	if s.Parallelism <= 0 {
		s.Parallelism = DefaultParallelism
	}
	if s.Timeout <= 0 {
		s.Timeout = DefaultTimeout
	}
	if s.MaxBodySize <= 0 {
		s.MaxBodySize = DefaultMaxBodySize
	}
	if s.RetryFailedFor <= 0 {
		s.RetryFailedFor = DefaultRetryFailedFor
	}
	if s.Retries < 0 {
		s.Retries = 0
	}
	return s
}

// Source returns the named source.
func (c *Config) Source(name string) (Source, bool) {
	for _, s := range c.Sources {
		if s.Name == name {
			return s, true
		}
	}
	return Source{}, false
}
