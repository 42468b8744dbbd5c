package crawlers

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/trawl/trawl/configs"
)

// Fetch gets one page as a crawl would: robots.txt obeyed, opts.UserAgent
// sent, src's timeout, retries and max_body_size applied, redirects kept to
// the page's host. It follows no links. src may be the zero Source.
func Fetch(ctx context.Context, pageURL string, src configs.Source, opts Options) (Page, error) {
	u, err := url.Parse(pageURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Page{}, fmt.Errorf("crawlers: %q is not an absolute http(s) URL", pageURL)
	}
	host := strings.ToLower(u.Hostname())
	src = src.WithDefaults()
	src.Name, src.Kind, src.Start = "fetch", "listing", []string{pageURL}
	src.AllowedDomains = []string{host, strings.TrimPrefix(host, "www."), "www." + strings.TrimPrefix(host, "www.")}
	src.Articles, src.Follow = `[^\s\S]`, "" // matches no link: the page alone
	var page *Page
	_, err = Crawl(ctx, src, opts, func(p Page) {
		if page == nil {
			page = &p
		}
	})
	switch {
	case page != nil && page.Err != nil:
		return *page, page.Err
	case page != nil:
		return *page, nil
	case errors.Is(err, ErrDisallowed): // refused before any request
		return Page{}, fmt.Errorf("crawlers: %s: %w", pageURL, ErrDisallowed)
	case err == nil:
		err = fmt.Errorf("crawlers: %s: no response", pageURL)
	}
	return Page{}, err
}
