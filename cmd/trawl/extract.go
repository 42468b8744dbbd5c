package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"time"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/crawlers"
	"github.com/trawl/trawl/extract"
)

type extractCmd struct {
	URL     string `help:"The page's address (picks site rules, resolves links)." name:"url"`
	NoRules bool   `help:"Skip site rules; use the generic extractor."`
	File    string `arg:"" help:"HTML file, or - for stdin."`
}

// maxHTML bounds what extract reads, as the crawler bounds what it fetches.
const maxHTML = 64 << 20

type extractOutput struct {
	extract.Article
	Entities []extract.Entity `json:"entities"`
}

func (c *extractCmd) Run(g *Globals) error {
	raw, err := readInput(c.File)
	if err != nil {
		return err
	}
	// Pages saved to disk keep their own charset; decode as the crawler does.
	body := crawlers.DecodeBody(raw, "")
	var rules *configs.SiteRules
	if !c.NoRules && c.URL != "" {
		all, err := configs.LoadSiteRules()
		if err != nil {
			return err
		}
		if u, err := url.Parse(c.URL); err == nil {
			rules = configs.RulesFor(all, u.Hostname(), "")
		}
	}
	a, err := extract.Extract(extract.Input{URL: c.URL, HTML: body, FetchedAt: time.Now(), Rules: rules})
	if err != nil {
		return fmt.Errorf("%s: %w", c.File, err)
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{})
	if err != nil {
		return err
	}
	out := extractOutput{Article: a, Entities: entitiesOrEmpty(an.Annotate(a.Text, extract.ParseDate(a.Published)))}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func readInput(name string) ([]byte, error) {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxHTML+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxHTML {
		return nil, fmt.Errorf("%s: larger than %d MiB", name, maxHTML>>20)
	}
	return b, nil
}
