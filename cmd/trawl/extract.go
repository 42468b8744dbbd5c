package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/crawlers"
	"github.com/trawl/trawl/extract"
)

type extractCmd struct {
	URL     string `help:"The page's address when reading a file (picks site rules, resolves links)." name:"url"`
	NoRules bool   `help:"Skip site rules; use the generic extractor."`
	File    string `arg:"" help:"HTML file, - for stdin, or an http(s) URL to fetch (robots.txt obeyed)." name:"file|url"`
}

// maxHTML bounds what extract reads, as the crawler bounds what it fetches.
const maxHTML = 64 << 20

type extractOutput struct {
	extract.Article
	Entities []extract.Entity `json:"entities"`
}

func (c *extractCmd) Run(g *Globals) error {
	pageURL, body, where, err := c.page(g)
	if err != nil {
		return err
	}
	data, err := loadData(dataPaths(g, nil))
	if err != nil {
		return err
	}
	var rules *configs.SiteRules
	if !c.NoRules && pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			rules = configs.RulesFor(data.Rules, u.Hostname(), "")
		}
	}
	a, err := extract.Extract(extract.Input{URL: pageURL, HTML: body, FetchedAt: time.Now(), Rules: rules})
	if err != nil {
		if where != "" {
			err = fmt.Errorf("%s: %w", where, err)
		}
		return err
	}
	an, err := extract.NewAnnotator(extract.AnnotatorOptions{Gazetteer: data.Gazetteer, FX: data.FX})
	if err != nil {
		return err
	}
	out := extractOutput{Article: a, Entities: entitiesOrEmpty(an.Annotate(a.Text, extract.ParseDate(a.Published)))}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// page reads the page from a file or stdin, or fetches it as a crawl would,
// returning its URL (empty when unknown), UTF-8 body and the file's name for
// errors (empty for a fetched page: extract's errors name its URL).
func (c *extractCmd) page(g *Globals) (pageURL string, body []byte, where string, err error) {
	if !strings.HasPrefix(c.File, "http://") && !strings.HasPrefix(c.File, "https://") {
		raw, err := readInput(c.File)
		if err != nil {
			return "", nil, "", err
		}
		// Pages saved to disk keep their own charset; decode as the crawler does.
		where = c.File
		if where == "-" {
			where = "stdin"
		}
		return c.URL, crawlers.DecodeBody(raw, ""), where, nil
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The sources file's contact goes into the User-Agent when there is one.
	cfg := &configs.Config{}
	if own, err := configs.LoadFile(g.Config); err == nil {
		cfg = own
	}
	p, err := crawlers.Fetch(ctx, c.File, configs.Source{}, crawlers.Options{UserAgent: cfg.UserAgentString()})
	if err != nil {
		return "", nil, "", err // names the URL
	}
	return p.FinalURL, p.Body, "", nil
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
