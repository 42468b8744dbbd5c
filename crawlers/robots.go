package crawlers

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

// Limits on what a robots.txt may cost: one larger than maxRobotsSize is read
// up to it (Google reads 500 KiB), and a Crawl-delay above maxCrawlDelay is
// held to it so one line cannot stall a run for hours.
const (
	maxRobotsSize      = 512 << 10
	maxCrawlDelay      = time.Minute
	maxRobotsRedirects = 5 // RFC 9309 2.3.1.2
)

// robotsRedirectError is a robots.txt redirect trawl would not follow.
type robotsRedirectError struct {
	from, to string
	why      string
	status   int // of the redirect answer
}

func (e *robotsRedirectError) Error() string {
	return fmt.Sprintf("robots.txt redirect from %s to %s refused: %s", e.from, e.to, e.why)
}

// Unwrap makes a refused robots.txt redirect an ErrOffDomainRedirect.
func (e *robotsRedirectError) Unwrap() error { return ErrOffDomainRedirect }

// robotsRedirect decides whether robots.txt's redirect number hop (1-based)
// from one URL to the next is followed: at most five, only to the source's
// allowed domains or the same site's www / https variant, and never to a
// loopback, private or link-local address that no start URL uses (an
// internal service or a cloud metadata endpoint behind a public name).
func (cr *crawler) robotsRedirect(ctx context.Context, from, to *url.URL, hop int) error {
	refuse := func(why string) error {
		return &robotsRedirectError{from: from.String(), to: to.String(), why: why}
	}
	host := strings.TrimSuffix(strings.ToLower(to.Hostname()), ".")
	switch {
	case hop > maxRobotsRedirects:
		return refuse(fmt.Sprintf("more than %d redirects", maxRobotsRedirects))
	case to.Scheme != "http" && to.Scheme != "https":
		return refuse("not http(s)")
	case !cr.allowed[host] && bareHost(host) != bareHost(from.Hostname()):
		return refuse("host not in allowed_domains")
	}
	addrs, err := lookupAddrs(ctx, host)
	if err != nil {
		return refuse(err.Error())
	}
	starts := cr.startAddrs(ctx)
	for _, a := range addrs {
		if internalAddr(a) && !starts[a] {
			return refuse(fmt.Sprintf("internal address %s, which no start URL uses", a))
		}
	}
	return nil
}

// bareHost folds a host and its www. variant together.
func bareHost(h string) string {
	return strings.TrimPrefix(strings.TrimSuffix(strings.ToLower(h), "."), "www.")
}

// lookupAddrs returns host's addresses: itself for an IP literal.
func lookupAddrs(ctx context.Context, host string) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{a.Unmap()}, nil
	}
	ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil, err
	}
	for i := range ips {
		ips[i] = ips[i].Unmap()
	}
	return ips, nil
}

func internalAddr(a netip.Addr) bool {
	return a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsUnspecified() || a.IsInterfaceLocalMulticast()
}

// startAddrs are the addresses of the start URLs' hosts, looked up once.
func (cr *crawler) startAddrs(ctx context.Context) map[netip.Addr]bool {
	cr.startAddrsOnce.Do(func() {
		cr.startAddrSet = map[netip.Addr]bool{}
		for _, s := range cr.src.Start {
			u, err := url.Parse(s)
			if err != nil {
				continue
			}
			addrs, _ := lookupAddrs(ctx, u.Hostname()) // an unresolvable start URL lends no address
			for _, a := range addrs {
				cr.startAddrSet[a] = true
			}
		}
	})
	return cr.startAddrSet
}

// robotsGroup fetches and parses u's host's robots.txt and returns the group
// that applies to trawl's User-Agent. It is fetched once per host and crawl,
// with the crawl's context, timeout, transport and size cap, which colly's
// own robots handling has none of. Per the robots standard a 4xx means no
// rules and a 5xx means stay away for now. No answer at all means no rules:
// the page request then fails with the real cause, which the run reports.
func (cr *crawler) robotsGroup(u *url.URL) *robotstxt.Group {
	robotsURL := u.Scheme + "://" + u.Host + "/robots.txt"
	ctx, cancel := context.WithTimeout(cr.ctx, cr.src.Timeout)
	defer cancel()
	status, body, err := cr.getRobots(ctx, robotsURL)
	var refused *robotsRedirectError
	switch {
	case errors.As(err, &refused):
		// Recorded like a page, then read as unavailable (RFC 9309 2.3.1.2).
		cr.log.Warn("robots.txt redirect refused", "url", robotsURL, "err", err)
		cr.emit(&task{url: robotsURL, linked: robotsURL, start: -1}, Page{Status: refused.status, Err: err})
		status = http.StatusNotFound
	case err != nil:
		cr.log.Debug("robots.txt unreachable", "url", robotsURL, "err", err)
		status = http.StatusNotFound
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		cr.log.Warn("robots.txt unreadable; no rules applied", "url", robotsURL, "err", err)
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	return data.FindGroup(cr.opts.UserAgent)
}

func (cr *crawler) getRobots(ctx context.Context, robotsURL string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, robotsURL, nil)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("User-Agent", cr.opts.UserAgent)
	client := &http.Client{Transport: cr.opts.Transport, CheckRedirect: func(next *http.Request, via []*http.Request) error {
		if err := cr.robotsRedirect(ctx, via[len(via)-1].URL, next.URL, len(via)); err != nil {
			return err
		}
		cr.mu.Lock()
		cr.stats.Requests++
		cr.mu.Unlock()
		return nil
	}}
	cr.mu.Lock()
	cr.stats.Requests++
	cr.mu.Unlock()
	resp, err := client.Do(req)
	var refused *robotsRedirectError
	if errors.As(err, &refused) {
		if resp != nil {
			refused.status = resp.StatusCode
		}
		return 0, nil, fmt.Errorf("crawlers: GET %s: %w", robotsURL, refused)
	}
	if err != nil {
		return 0, nil, fmt.Errorf("crawlers: GET %s: %w", robotsURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxRobotsSize))
	if err != nil {
		return 0, nil, fmt.Errorf("crawlers: GET %s: %w", robotsURL, err)
	}
	return resp.StatusCode, body, nil
}
