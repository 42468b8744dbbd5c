package crawlers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/temoto/robotstxt"

	"github.com/trawl/trawl/configs"
)

// Errors a Page or Crawl may wrap; test them with errors.Is.
var (
	// ErrSourceFailed is wrapped in Crawl's error when none of the source's
	// start URLs could be fetched or parsed. Single page failures are not
	// errors of Crawl: they are emitted as Pages with Err set.
	ErrSourceFailed = errors.New("no start URL could be fetched or parsed")
	// ErrStatus marks a response whose status is not a success.
	ErrStatus = errors.New("unexpected HTTP status")
	// ErrTooLarge marks a response longer than the source's max_body_size.
	ErrTooLarge = errors.New("response body exceeds max_body_size")
	// ErrOffDomainRedirect marks a redirect to a host the source does not allow.
	ErrOffDomainRedirect = errors.New("redirect leaves the source's allowed domains")
	// ErrDisallowed marks a redirect to a URL robots.txt disallows.
	ErrDisallowed = errors.New("disallowed by robots.txt")
	// ErrNotDocument marks a start URL that is neither a feed, a sitemap nor HTML.
	ErrNotDocument = errors.New("not a feed, sitemap or HTML page")
	// ErrRedirectLoop marks a redirect chain that comes back to a URL it passed.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrTruncated marks a feed or sitemap that breaks off (a cut download,
	// a server error mid-body); the entries before the break are followed.
	ErrTruncated = errors.New("document breaks off; entries before the break kept")
)

// maxRedirects bounds a redirect chain, as net/http does.
const maxRedirects = 10

// Options are the run-wide settings of Crawl.
type Options struct {
	UserAgent string            // e.g. "trawl/1.0 (+https://contact)"; configs.Config.UserAgentString()
	Archive   Archive           // may be nil; for conditional GET of article pages
	Logger    *slog.Logger      // may be nil
	Transport http.RoundTripper // may be nil
	// RetryBackoff is the wait before the first retry, doubled for each
	// further one; zero means DefaultRetryBackoff. A Retry-After header
	// lengthens it.
	RetryBackoff time.Duration
	// Retry are article URLs that failed in earlier runs and are due for
	// another try; they are fetched like linked articles.
	Retry []string
}

// Stats count what one Crawl did.
type Stats struct {
	Fetched     int // responses with a body (2xx)
	NotModified int // article pages answered 304
	Errors      int // pages emitted with Err
	Articles    int // article pages emitted without error, 304s included
	Requests    int // HTTP requests sent, retries included, robots.txt not
	Retries     int // of those, retries after 429, 5xx or a timeout
	Disallowed  int // links robots.txt kept us from
	Skipped     int // links past max_pages or max_depth
}

// role is what a URL was scheduled as.
type role int

const (
	listing role = iota // start URLs, feeds, sitemaps, pagination: fetched in full every run
	article             // conditional GET, extracted
)

// task is one URL to fetch, carried through colly in the request Context.
type task struct {
	url     string // URL requested now: as linked, or a redirect target
	linked  string // URL as linked, before any redirect
	role    role
	depth   int      // link hops from a start URL
	start   int      // index in src.Start, -1 for found links
	hops    int      // redirects followed so far
	chain   []string // identity keys of the URLs this redirect chain passed
	attempt int      // retries done

	// set by the callbacks of the current attempt
	handled bool // a response or transport error reached a callback
	status  int  // status from the response headers
	tooBig  bool // aborted because Content-Length exceeds the cap
}

const taskKey = "trawl.task"

// crawler is the state of one Crawl.
type crawler struct {
	ctx     context.Context
	src     configs.Source
	opts    Options
	log     *slog.Logger
	rules   linkRules
	allowed map[string]bool
	c       *colly.Collector

	emitMu sync.Mutex
	emitFn func(Page)

	mu       sync.Mutex
	wake     *sync.Cond
	queue    []*task
	pending  int // queued or being fetched
	seen     map[string]bool
	hosts    map[string]*sync.Once // first request per host, see fetch
	robots   map[string]*robotstxt.Group
	limits   map[string]*colly.LimitRule // per allowed domain, for Crawl-delay
	articles int
	listings int
	startOK  []bool
	startErr []error
	stats    Stats

	startAddrsOnce sync.Once
	startAddrSet   map[netip.Addr]bool // see startAddrs
}

// Crawl fetches one source and calls emit for every response: article
// pages, listing pages, feeds, sitemaps, errors and 304s. Links are followed
// up to src.MaxDepth hops from a start URL (pagination hops do not count)
// and to src.MaxPages article pages and as many listing pages; each page is fetched once per run, however
// many spellings of its URL are linked (see Key). emit is never
// called concurrently and not after Crawl returns, so it needs no locking of
// its own; a slow emit holds the crawl back. Listing pages, feeds and
// sitemaps are emitted with Article=false and fetched in full on every run;
// article pages get a conditional GET from opts.Archive. The error wraps
// ErrSourceFailed when no start URL could be fetched or parsed, and ctx's
// error when the crawl was cancelled.
func Crawl(ctx context.Context, src configs.Source, opts Options, emit func(Page)) (Stats, error) {
	cr, err := newCrawler(ctx, src, opts, emit)
	if err != nil {
		return Stats{}, err
	}
	for i, s := range src.Start {
		cr.add(&task{url: s, linked: s, role: listing, start: i})
	}
	for _, u := range opts.Retry {
		cr.add(&task{url: u, linked: u, role: article, depth: 1, start: -1})
	}
	workers := max(1, min(cr.src.Parallelism*len(cr.allowed), 16))
	stop := context.AfterFunc(ctx, func() {
		cr.mu.Lock()
		cr.wake.Broadcast()
		cr.mu.Unlock()
	})
	defer stop()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(cr.work)
	}
	wg.Wait()

	cr.mu.Lock()
	defer cr.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return cr.stats, fmt.Errorf("crawlers: source %q: %w", src.Name, err)
	}
	var errs []error
	for i, ok := range cr.startOK {
		if ok {
			return cr.stats, nil
		}
		if cr.startErr[i] != nil {
			errs = append(errs, cr.startErr[i])
		}
	}
	return cr.stats, fmt.Errorf("crawlers: source %q: %w: %w", src.Name, ErrSourceFailed, errors.Join(errs...))
}

func newCrawler(ctx context.Context, src configs.Source, opts Options, emit func(Page)) (*crawler, error) {
	if len(src.Start) == 0 {
		return nil, fmt.Errorf("crawlers: source %q: no start URLs", src.Name)
	}
	rules, err := newLinkRules(src)
	if err != nil {
		return nil, fmt.Errorf("crawlers: source %q: %w", src.Name, err)
	}
	src = src.WithDefaults()
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.RetryBackoff <= 0 {
		opts.RetryBackoff = DefaultRetryBackoff
	}
	cr := &crawler{
		ctx:      ctx,
		src:      src,
		opts:     opts,
		log:      log,
		rules:    rules,
		allowed:  map[string]bool{},
		emitFn:   emit,
		seen:     map[string]bool{},
		hosts:    map[string]*sync.Once{},
		robots:   map[string]*robotstxt.Group{},
		limits:   map[string]*colly.LimitRule{},
		startOK:  make([]bool, len(src.Start)),
		startErr: make([]error, len(src.Start)),
	}
	cr.wake = sync.NewCond(&cr.mu)
	for _, d := range src.AllowedDomains {
		cr.allowed[strings.TrimSuffix(strings.ToLower(strings.TrimSpace(d)), ".")] = true
	}
	for _, s := range src.Start {
		// A start URL is fetched whatever allowed_domains says, so its host
		// gets a limit rule (and its redirects) like the others.
		if u, err := url.Parse(s); err == nil && u.Hostname() != "" {
			cr.allowed[strings.ToLower(u.Hostname())] = true
		}
	}
	if cr.c, err = cr.collector(); err != nil {
		return nil, fmt.Errorf("crawlers: source %q: %w", src.Name, err)
	}
	return cr, nil
}

// collector builds a fresh colly collector: nothing persists between runs,
// so a re-run never skips its own listing pages (colly issue 377).
func (cr *crawler) collector() (*colly.Collector, error) {
	c := colly.NewCollector(colly.StdlibContext(cr.ctx))
	// Set after NewCollector, which lets COLLY_* variables override options.
	c.UserAgent = cr.opts.UserAgent
	c.IgnoreRobotsTxt = true // robots.txt is read here, bounded, and its Crawl-delay obeyed (robots.go)
	c.AllowURLRevisit = true // duplicates are caught by identity key, before colly
	c.ParseHTTPErrorResponse = true
	c.DetectCharset = false
	c.MaxDepth = 0
	c.CacheDir = ""
	c.AllowedDomains = nil                 // checked here, for links and for each redirect hop
	c.MaxBodySize = cr.src.MaxBodySize + 1 // one byte more tells a cut body from a full one
	c.SetRequestTimeout(cr.src.Timeout)
	base := cr.opts.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.WithTransport(&gunzipTransport{base: base, limit: int64(cr.src.MaxBodySize)})
	// Redirects are followed here, hop by hop, so each target passes the
	// domain, robots.txt and identity checks a link does.
	c.SetRedirectHandler(func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse })
	for d := range cr.allowed {
		rule := &colly.LimitRule{
			DomainRegexp: `^` + regexp.QuoteMeta(d) + `(?::\d+)?$`,
			Parallelism:  cr.src.Parallelism,
			Delay:        cr.src.Delay,
		}
		if err := c.Limit(rule); err != nil {
			return nil, fmt.Errorf("limit rule for %s: %w", d, err)
		}
		cr.limits[d] = rule
	}
	c.OnRequest(func(r *colly.Request) {
		cr.mu.Lock()
		cr.stats.Requests++
		cr.mu.Unlock()
	})
	c.OnResponseHeaders(func(r *colly.Response) {
		t := taskOf(r.Ctx)
		t.status = r.StatusCode
		if n, err := strconv.ParseInt(r.Headers.Get("Content-Length"), 10, 64); err == nil && n > int64(cr.src.MaxBodySize) {
			t.tooBig = true
			r.Request.Abort()
		}
	})
	c.OnResponse(func(r *colly.Response) { cr.response(taskOf(r.Ctx), r) })
	c.OnError(func(r *colly.Response, err error) { cr.failed(taskOf(r.Ctx), r, err) })
	return c, nil
}

func taskOf(ctx *colly.Context) *task { return ctx.GetAny(taskKey).(*task) }

// add queues a URL unless its identity key was seen, max_pages is reached
// for articles, or it lies past max_depth; it reports whether it queued.
// A redirect hop passes the limits its link already passed.
func (cr *crawler) add(t *task) bool {
	key := Key(t.url)
	cr.mu.Lock()
	defer cr.mu.Unlock()
	switch {
	case cr.ctx.Err() != nil, cr.seen[key]:
		return false
	case t.hops > 0:
	case t.depth > cr.src.MaxDepth, t.role == article && cr.articles >= cr.src.MaxPages,
		t.role == listing && cr.listings >= cr.src.MaxPages:
		cr.stats.Skipped++
		return false
	case t.role == article:
		cr.articles++
	case t.role == listing:
		cr.listings++ // bounds pagination, which max_depth no longer does
	}
	cr.seen[key] = true
	cr.queue = append(cr.queue, t)
	cr.pending++
	cr.wake.Signal()
	return true
}

// work fetches queued tasks until nothing is queued or being fetched.
func (cr *crawler) work() {
	for {
		t := cr.next()
		if t == nil {
			return
		}
		cr.fetch(t)
		cr.mu.Lock()
		cr.pending--
		if cr.pending == 0 {
			cr.wake.Broadcast()
		}
		cr.mu.Unlock()
	}
}

func (cr *crawler) next() *task {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	for len(cr.queue) == 0 && cr.pending > 0 && cr.ctx.Err() == nil {
		cr.wake.Wait()
	}
	if cr.ctx.Err() != nil {
		cr.pending -= len(cr.queue)
		cr.queue = nil
		return nil
	}
	if len(cr.queue) == 0 {
		return nil
	}
	t := cr.queue[0]
	cr.queue = cr.queue[1:]
	return t
}

// fetch requests t's URL; colly runs the callbacks in this goroutine.
func (cr *crawler) fetch(t *task) {
	hdr := http.Header{}
	hdr.Set("User-Agent", cr.opts.UserAgent)
	if t.role == article && cr.opts.Archive != nil {
		etag, lastMod := cr.opts.Archive.Validators(Key(t.url))
		if etag != "" {
			hdr.Set("If-None-Match", etag)
		}
		if lastMod != "" {
			hdr.Set("If-Modified-Since", lastMod)
		}
	}
	ctx := colly.NewContext()
	ctx.Put(taskKey, t)
	u, err := url.Parse(t.url)
	if err != nil {
		cr.attempt(t, func() error { return err })
		return
	}
	do := func() {
		cr.attempt(t, func() error {
			if !cr.robotsAllow(u) {
				return colly.ErrRobotsTxtBlocked
			}
			return cr.c.Request(http.MethodGet, t.url, nil, ctx, hdr)
		})
	}
	// A host's first request waits for its robots.txt and goes alone; the
	// others wait for it, then run at the delay robots.txt asks for.
	first := false
	cr.hostOnce(t.url).Do(func() {
		first = true
		g := cr.robotsGroup(u)
		cr.mu.Lock()
		cr.robots[strings.ToLower(u.Host)] = g
		cr.mu.Unlock()
		if rule := cr.limits[strings.ToLower(u.Hostname())]; rule != nil && g != nil && g.CrawlDelay > rule.Delay {
			// Crawl-delay is the gap between any two requests: one at a time.
			// Nothing else is in flight to this host yet, so the rule's slots
			// can be rebuilt.
			rule.Delay, rule.Parallelism = min(g.CrawlDelay, maxCrawlDelay), 1
			if err := rule.Init(); err != nil {
				cr.log.Warn("crawl delay not applied", "host", u.Host, "err", err)
			}
			cr.log.Info("robots.txt asks for a longer delay", "host", u.Host, "delay", rule.Delay)
		}
		do()
	})
	if !first {
		do()
	}
}

// robotsAllow reports whether robots.txt lets trawl fetch u.
func (cr *crawler) robotsAllow(u *url.URL) bool {
	cr.mu.Lock()
	g := cr.robots[strings.ToLower(u.Host)]
	cr.mu.Unlock()
	if g == nil {
		return true
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return g.Test(path)
}

func (cr *crawler) hostOnce(rawURL string) *sync.Once {
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		host = strings.ToLower(u.Host)
	}
	cr.mu.Lock()
	defer cr.mu.Unlock()
	once := cr.hosts[host]
	if once == nil {
		once = new(sync.Once)
		cr.hosts[host] = once
	}
	return once
}

// attempt runs one request of t; an error no callback saw was raised
// before the request went out (robots.txt, a bad URL).
func (cr *crawler) attempt(t *task, do func() error) {
	t.handled, t.status, t.tooBig = false, 0, false
	err := do()
	if err == nil || t.handled || cr.ctx.Err() != nil {
		return
	}
	if errors.Is(err, colly.ErrRobotsTxtBlocked) {
		cr.mu.Lock()
		cr.stats.Disallowed++
		cr.mu.Unlock()
		err = ErrDisallowed
		if t.hops == 0 && t.start < 0 {
			cr.log.Info("disallowed by robots.txt", "url", t.url)
			return // a link robots.txt keeps us from is counted, not an error
		}
	}
	if t.hops > 0 {
		err = fmt.Errorf("crawlers: redirect from %s to %s: %w", t.linked, t.url, err)
	} else {
		err = fmt.Errorf("crawlers: GET %s: %w", t.url, err)
	}
	cr.emit(t, Page{Err: err})
}

// response handles every HTTP response.
func (cr *crawler) response(t *task, r *colly.Response) {
	t.handled = true
	code := r.StatusCode
	switch {
	case retryableStatus(code):
		cr.retry(t, r, fmt.Errorf("%w %d", ErrStatus, code))
	case code >= 300 && code < 400 && code != http.StatusNotModified && r.Headers.Get("Location") != "":
		cr.redirect(t, r)
	case code == http.StatusNotModified:
		cr.emit(t, page(r, Page{NotModified: true, Article: t.role == article}))
		if cr.opts.Archive != nil {
			if body := cr.opts.Archive.Body(Key(t.url), cr.src.MaxBodySize); len(body) > 0 {
				links, _ := htmlLinks(r.Request.URL, body)
				cr.follow(t, htmlDoc, links)
			}
		}
	case code < 200 || code >= 300:
		cr.emit(t, page(r, Page{Body: toUTF8(r.Body),
			Err: fmt.Errorf("crawlers: GET %s: %w %d", t.url, ErrStatus, code)}))
	case len(r.Body) > cr.src.MaxBodySize:
		cr.emit(t, page(r, Page{Err: fmt.Errorf("crawlers: GET %s: %w (%d bytes)", t.url, ErrTooLarge, cr.src.MaxBodySize)}))
	default:
		cr.document(t, r)
	}
}

// failed handles transport errors and aborted responses.
func (cr *crawler) failed(t *task, r *colly.Response, err error) {
	t.handled = true
	if cr.ctx.Err() != nil {
		return // cancelled: nothing failed, the run stopped
	}
	switch {
	case t.tooBig:
		err = fmt.Errorf("crawlers: GET %s: %w (%d bytes)", t.url, ErrTooLarge, cr.src.MaxBodySize)
	case retryableErr(err):
		cr.retry(t, r, err)
		return
	default:
		err = fmt.Errorf("crawlers: GET %s: %w", t.url, err)
	}
	p := page(r, Page{Err: err})
	if p.Status == 0 {
		p.Status = t.status // an aborted body still had a status line
	}
	cr.emit(t, p)
}

// retry waits (backoff, or longer if Retry-After says so) and sends the
// request again; past src.Retries, or when Retry-After asks for more than
// MaxRetryAfter, the page fails with cause.
func (cr *crawler) retry(t *task, r *colly.Response, cause error) {
	fail := func(err error) {
		cr.emit(t, page(r, Page{Err: fmt.Errorf("crawlers: GET %s: %w (after %d retries)", t.url, err, t.attempt)}))
	}
	if t.attempt >= cr.src.Retries {
		fail(cause)
		return
	}
	wait := backoff(cr.opts.RetryBackoff, t.attempt)
	if r.Headers != nil {
		if ra, ok := retryAfter(*r.Headers, time.Now()); ok {
			if ra > MaxRetryAfter {
				fail(fmt.Errorf("%w: Retry-After %s exceeds %s", cause, ra, MaxRetryAfter))
				return
			}
			wait = max(wait, ra)
		}
	}
	cr.log.Debug("retrying", "url", t.url, "cause", cause, "wait", wait, "attempt", t.attempt+1)
	if !sleep(cr.ctx, wait) {
		return
	}
	t.attempt++
	cr.mu.Lock()
	cr.stats.Retries++
	cr.mu.Unlock()
	cr.attempt(t, r.Request.Retry)
}

// redirect follows a 3xx by queueing its target as the same task, one hop
// further, if the target may be fetched and was not already.
func (cr *crawler) redirect(t *task, r *colly.Response) {
	target := resolve(r.Request.URL, r.Headers.Get("Location"))
	var err error
	switch u, perr := url.Parse(target); {
	case target == "" || perr != nil:
		err = fmt.Errorf("crawlers: GET %s: %w %d with unusable Location %q", t.url, ErrStatus, r.StatusCode, r.Headers.Get("Location"))
	case slices.Contains(t.chain, Key(target)) || Key(target) == Key(t.url):
		err = fmt.Errorf("crawlers: GET %s: %w: %s leads back to %s", t.linked, ErrRedirectLoop, t.url, target)
	case t.hops >= maxRedirects:
		err = fmt.Errorf("crawlers: GET %s: stopped after %d redirects", t.linked, t.hops)
	case !cr.allowed[strings.ToLower(u.Hostname())]:
		err = fmt.Errorf("crawlers: redirect from %s to %s: %w", t.url, target, ErrOffDomainRedirect)
	}
	if err != nil {
		cr.emit(t, page(r, Page{Err: err}))
		return
	}
	next := *t
	next.url, next.hops, next.attempt = target, t.hops+1, 0
	next.chain = append(slices.Clip(t.chain), Key(t.url))
	if !cr.add(&next) {
		// The target is fetched under its own URL; its page stands for this one.
		cr.log.Debug("redirect to a page already fetched", "from", t.url, "to", target)
		cr.startDone(t)
	}
}

// document handles a 2xx body: decodes it, tells what it is, queues its
// links and emits it.
func (cr *crawler) document(t *task, r *colly.Response) {
	body := toUTF8(r.Body)
	kind := sniffDoc(body, r.Headers.Get("Content-Type"))
	p := page(r, Page{Body: body, Article: t.role == article && kind == htmlDoc})
	if t.role == listing && t.start >= 0 && kind == otherDoc {
		p.Err = fmt.Errorf("crawlers: GET %s: %w (Content-Type %q)", t.url, ErrNotDocument, r.Headers.Get("Content-Type"))
		cr.emit(t, p)
		return
	}
	links, feeds, err := docLinks(kind, r.Request.URL, body)
	if err != nil {
		p.Err = fmt.Errorf("crawlers: %s: %w", t.url, err)
	}
	cr.emit(t, p)
	if err != nil {
		if len(links) == 0 {
			return
		}
		cr.startDone(t) // a truncated feed still gave its entries
	}
	// An rss source may start at a site's home page: the feeds it announces
	// are its feeds.
	if cr.src.Kind == "rss" && t.start >= 0 {
		for _, f := range feeds {
			if u, err := url.Parse(f); err == nil && cr.allowed[strings.ToLower(u.Hostname())] {
				cr.add(&task{url: f, linked: f, role: listing, depth: t.depth, start: -1})
			}
		}
	}
	cr.follow(t, kind, links)
}

// follow queues the links of t's document (of kind kind) that lead to
// articles or, from a listing, to its next pages.
func (cr *crawler) follow(t *task, kind docKind, links []string) {
	for _, link := range links {
		u, err := url.Parse(link)
		if err != nil || !cr.allowed[strings.ToLower(u.Hostname())] {
			continue
		}
		next := &task{url: link, linked: link, depth: t.depth + 1, start: -1}
		switch {
		case kind == sitemapIndex && sameDocument(t.url, u):
			// An index listing itself under a changing query (a cache
			// buster) would be fetched anew for every spelling until
			// max_pages: it is the same document.
			cr.log.Debug("sitemap index lists itself", "url", t.url, "link", link)
			continue
		case kind == sitemapIndex:
			next.role = listing
		case cr.rules.isArticle(kind, link):
			next.role = article
		case t.role == listing && kind == htmlDoc && cr.rules.isListing(link):
			// Pagination is one listing continued, not a hop away from it:
			// max_depth would otherwise stop a backfill at page two.
			next.role, next.depth = listing, t.depth
		default:
			continue
		}
		cr.add(next)
	}
}

// sameDocument reports whether link has rawURL's host and path, whatever
// its scheme and query.
func sameDocument(rawURL string, link *url.URL) bool {
	u, err := url.Parse(rawURL)
	return err == nil && strings.EqualFold(u.Host, link.Host) &&
		strings.TrimSuffix(u.EscapedPath(), "/") == strings.TrimSuffix(link.EscapedPath(), "/")
}

// page fills a Page's response fields from r.
func page(r *colly.Response, p Page) Page {
	p.Status = r.StatusCode
	if r.Headers != nil {
		p.Header = r.Headers.Clone()
	}
	if r.Request != nil && r.Request.URL != nil {
		p.FinalURL = r.Request.URL.String()
	}
	return p
}

// emit completes a page from its task, counts it and hands it on.
func (cr *crawler) emit(t *task, p Page) {
	p.Source = cr.src.Name
	p.URL = t.linked
	if p.FinalURL == "" {
		p.FinalURL = t.url
	}
	p.Key = Key(p.FinalURL)
	p.FetchedAt = time.Now().UTC()
	if p.Err != nil {
		p.FailedArticle = t.role == article
		p.Article = false
		p.NotModified = false
	}
	cr.mu.Lock()
	switch {
	case p.Err != nil:
		cr.stats.Errors++
	case p.NotModified:
		cr.stats.NotModified++
	default:
		cr.stats.Fetched++
	}
	if p.Article && p.Err == nil {
		cr.stats.Articles++
	}
	cr.mu.Unlock()
	if p.Err != nil {
		cr.log.Debug("page failed", "url", p.URL, "status", p.Status, "err", p.Err) // the pipeline records and reports it
		cr.startFailed(t, p.Err)
	} else {
		cr.startDone(t)
	}
	cr.emitMu.Lock()
	defer cr.emitMu.Unlock()
	cr.emitFn(p)
}

func (cr *crawler) startDone(t *task) {
	if t.start < 0 {
		return
	}
	cr.mu.Lock()
	cr.startOK[t.start] = true
	cr.mu.Unlock()
}

func (cr *crawler) startFailed(t *task, err error) {
	if t.start < 0 {
		return
	}
	cr.mu.Lock()
	cr.startErr[t.start] = err
	cr.mu.Unlock()
}
