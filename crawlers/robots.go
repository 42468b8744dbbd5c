package crawlers

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
)

// Limits on what a robots.txt may cost: one larger than maxRobotsSize is read
// up to it (Google reads 500 KiB), and a Crawl-delay above maxCrawlDelay is
// held to it so one line cannot stall a run for hours.
const (
	maxRobotsSize = 512 << 10
	maxCrawlDelay = time.Minute
)

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
	if err != nil {
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
	client := &http.Client{Transport: cr.opts.Transport}
	cr.mu.Lock()
	cr.stats.Requests++
	cr.mu.Unlock()
	resp, err := client.Do(req)
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
