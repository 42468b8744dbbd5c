package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// Output layouts of Article.Published.
const (
	layoutDateTime = "2006-01-02T15:04:05-07:00"
	layoutDate     = "2006-01-02"
)

// isoLayouts are machine-readable forms (meta tags, JSON-LD, <time datetime>).
var isoLayouts = []struct {
	layout  string
	hasTime bool
	hasZone bool
}{
	{time.RFC3339Nano, true, true},
	{"2006-01-02T15:04:05-0700", true, true},
	{"2006-01-02T15:04-07:00", true, true},
	{"2006-01-02T15:04-0700", true, true},
	{"Mon Jan 02 2006 15:04:05 GMT-0700", true, true}, // JavaScript's Date.toString
	{"2006-01-02 15:04:05-07:00", true, true},
	{"2006-01-02 15:04:05 -0700", true, true},
	{time.RFC1123Z, true, true},
	{time.RFC1123, true, true},
	{"2006-01-02T15:04:05.999999999", true, false},
	{"2006-01-02T15:04", true, false},
	{"2006-01-02 15:04:05", true, false},
	{"2006-01-02 15:04", true, false},
	{"2006-01-02", false, false},
	{"2006/01/02", false, false},
	{"20060102", false, false},
}

var (
	monthNames = map[string]time.Month{}
	// dayMonthYear: "25 SEP 2025 4:12PM", "1st September, 2025".
	dayMonthYear = lazyRegexp(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:\D{0,12}?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`)
	// monthDayYear: "October 24, 2024 9:30 am".
	monthDayYear = lazyRegexp(`(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\D{0,12}?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?`)
	// isoInText: a machine date inside prose or a URL path.
	isoInText = lazyRegexp(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

// lazyRegexp compiles expr on first use: a command that reads no page
// (--help, annotate) does not pay for the extractor's expressions.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

func init() {
	for i := time.January; i <= time.December; i++ {
		name := strings.ToLower(i.String())
		monthNames[name] = i
		monthNames[name[:3]] = i
	}
	monthNames["sept"] = time.September
}

// pageDate is a date read from a page: the instant, and whether the page
// gave a time and a zone for it.
type pageDate struct {
	t       time.Time
	hasTime bool
	hasZone bool
}

// format renders a date as Article.Published wants it: RFC 3339 with the
// page's offset when the page gave a time in a known zone, else the day.
func (d pageDate) format() string {
	if d.hasTime && d.hasZone {
		return d.t.Format(layoutDateTime)
	}
	return d.t.Format(layoutDate)
}

// parseDate reads a date from a machine form or from a visible date line
// ("Posted On: 25 SEP 2025 4:12PM by PIB Delhi"). A time without a zone is
// placed in loc when it is known, else only its day is kept.
func parseDate(s string, loc *time.Location) (pageDate, bool) {
	s = collapseSpace(s)
	if s == "" {
		return pageDate{}, false
	}
	for _, l := range isoLayouts {
		in := time.UTC
		if !l.hasZone && loc != nil {
			in = loc
		}
		if t, err := time.ParseInLocation(l.layout, s, in); err == nil {
			return pageDate{t: t, hasTime: l.hasTime, hasZone: l.hasZone || (l.hasTime && loc != nil)}, plausibleYear(t)
		}
	}
	if m := dayMonthYear().FindStringSubmatch(s); m != nil {
		if d, ok := textDate(m[3], m[2], m[1], m[4:], loc); ok {
			return d, true
		}
	}
	if m := monthDayYear().FindStringSubmatch(s); m != nil {
		if d, ok := textDate(m[3], m[1], m[2], m[4:], loc); ok {
			return d, true
		}
	}
	if m := isoInText().FindStringSubmatch(s); m != nil {
		if t, err := time.Parse(layoutDate, m[0]); err == nil && plausibleYear(t) {
			return pageDate{t: t}, true
		}
	}
	return pageDate{}, false
}

// textDate builds a date from matched year, month name, day and optional
// hour, minute, second and am/pm.
func textDate(year, month, day string, clock []string, loc *time.Location) (pageDate, bool) {
	mon, ok := monthNames[strings.ToLower(month)]
	if !ok {
		return pageDate{}, false
	}
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	if d < 1 || d > 31 {
		return pageDate{}, false
	}
	in := loc
	if in == nil {
		in = time.UTC
	}
	out := pageDate{t: time.Date(y, mon, d, 0, 0, 0, 0, in)}
	if clock[0] != "" && loc != nil {
		h, _ := strconv.Atoi(clock[0])
		mi, _ := strconv.Atoi(clock[1])
		sec, _ := strconv.Atoi(clock[2])
		ampm := strings.ToLower(strings.ReplaceAll(clock[3], ".", ""))
		switch {
		case ampm == "pm" && h < 12:
			h += 12
		case ampm == "am" && h == 12:
			h = 0
		}
		if h < 24 && mi < 60 && sec < 60 {
			out = pageDate{t: time.Date(y, mon, d, h, mi, sec, 0, loc), hasTime: true, hasZone: true}
		}
	}
	if out.t.Day() != d || !plausibleYear(out.t) {
		return pageDate{}, false // 31 February and the like
	}
	return out, true
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }

// beforeFetch reports whether a date is not in the future of the fetch
// (a day's grace for zones); an unknown fetch time accepts any date.
func beforeFetch(d pageDate, fetched time.Time) bool {
	return fetched.IsZero() || !d.t.After(fetched.Add(24*time.Hour))
}

// publishedDate finds the publication date: what the publisher states,
// in structured data (JSON-LD datePublished, article:published_time) or in
// a line that says so ("Posted on 3 March 2025"), else go-htmldate's
// extensive search of the page (other meta tags, <time> elements, dates in
// the text and the URL), never after the fetch. A stated date is taken when
// it is plausible: it usually carries the time and zone, and go-htmldate's
// search can take a "last updated" stamp for it.
func publishedDate(doc *html.Node, meta pageMeta, pageURL string, fetched time.Time) string {
	var stated []pageDate
	for _, s := range meta.dates {
		if d, ok := parseDate(s, nil); ok && beforeFetch(d, fetched) {
			stated = append(stated, d)
		}
	}
	if len(stated) > 0 {
		return localDay(stated, firstNonEmpty(meta.canonical, pageURL), meta, func(near time.Time) (pageDate, bool) { return statedDate(doc, fetched, near) }).format()
	}
	if d, ok := statedDate(doc, fetched, time.Time{}); ok {
		return d.format()
	}
	opts := htmldate.Options{
		UseOriginalDate: true,
		ExtractTime:     true,
		URL:             firstNonEmpty(meta.canonical, pageURL),
	}
	if !fetched.IsZero() {
		opts.MaxDate = fetched
	}
	r, err := htmldate.FromDocument(doc, opts)
	if err != nil || r.IsZero() {
		return ""
	}
	d := pageDate{t: r.DateTime, hasTime: r.HasTime, hasZone: r.HasTimezone}
	if !beforeFetch(d, fetched) || !plausibleYear(d.t) {
		return ""
	}
	return d.format()
}

// localDay picks among the stated dates of one page (the first is
// preferred) so that the day is the publisher's: a stamp in UTC
// ("2025-03-04T03:10:00Z") gives way to the same instant written with the
// newsroom's offset, else to the day the article's URL carries, else to
// the instant in the one zone the page writes its other stamps in
// ("+07:00" on every teaser, "06:45 (GMT+7)"), else to the day its visible
// date line states ("Posted Mar 3, 10:10 PM"), when that is the day before
// or after, as the newsroom's evening is the next day in UTC.
func localDay(stated []pageDate, pageURL string, meta pageMeta, visible func(near time.Time) (pageDate, bool)) pageDate {
	d := stated[0]
	if !d.hasTime || !d.hasZone {
		return d
	}
	if _, off := d.t.Zone(); off != 0 {
		return d
	}
	for _, o := range stated[1:] {
		if _, off := o.t.Zone(); o.hasZone && off != 0 && o.t.Sub(d.t).Abs() < 36*time.Hour {
			return o
		}
	}
	day := truncateDay(d.t)
	if u, ok := urlDay(pageURL); ok && u.t.Sub(day).Abs() == 24*time.Hour {
		return u
	}
	if off, ok := meta.siteOffset(); ok {
		return pageDate{t: d.t.In(time.FixedZone("", off)), hasTime: true, hasZone: true}
	}
	if v, ok := visible(d.t); ok && truncateDay(v.t).Sub(day).Abs() == 24*time.Hour {
		return pageDate{t: truncateDay(v.t)}
	}
	return d
}

// urlPathDate: "/2025/03/03/", "/2025-03-03/", "-2025-03-03/" in a URL's
// path.
var urlPathDate = lazyRegexp(`[/-](\d{4})[/-](\d{2})[/-](\d{2})(?:[/.-]|$)`)

// urlDay reads the day an article's URL carries.
func urlDay(pageURL string) (pageDate, bool) {
	m := urlPathDate().FindStringSubmatch(pageURL)
	if m == nil {
		return pageDate{}, false
	}
	t, err := time.Parse(layoutDate, m[1]+"-"+m[2]+"-"+m[3])
	if err != nil || !plausibleYear(t) {
		return pageDate{}, false
	}
	return pageDate{t: t}, true
}

func truncateDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// publishedCue opens a line that states the publication date, in the
// languages of the sources ("Posted on", "Published:", "प्रकाशित").
var publishedCue = lazyRegexp(`(?i)^(?:posted|published|first published|publication date|date of publication|publié|publicado|pubblicato|veröffentlicht|प्रकाशित|प्रविष्टि तिथि)`)

// statedDate finds a short element whose text states the publication date
// ("Posted On: 25 SEP 2025 4:12PM by PIB Delhi"). The zone of its time is
// unknown, so only the day is kept. A line without a year ("Posted Nov 18,
// 8:19 PM") is read in the year of near, when known.
func statedDate(doc *html.Node, fetched, near time.Time) (pageDate, bool) {
	var found pageDate
	ok := false
	walkElements(doc, func(n *html.Node) bool {
		if ok || skipElements[n.Data] {
			return false
		}
		if !blockElements[n.Data] && n.Data != "span" && n.Data != "time" {
			return true
		}
		text, short := shortText(n, 200)
		if !short || !publishedCue().MatchString(collapseSpace(text)) {
			return true
		}
		d, good := parseDate(text, nil)
		if !good && !near.IsZero() {
			d, good = yearlessDate(text, near)
		}
		if good && beforeFetch(d, fetched) {
			found, ok = d, true
		}
		return !ok
	})
	return found, ok
}

// monthDay: "Nov 18", "March 3" with no year after them.
var monthDay = lazyRegexp(`(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})\b`)

// yearlessDate reads a month and day in the year of near, or the year
// before when that puts it closer ("Dec 31" beside a stamp of 1 January).
func yearlessDate(s string, near time.Time) (pageDate, bool) {
	for _, m := range monthDay().FindAllStringSubmatch(s, -1) {
		mon, ok := monthNames[strings.ToLower(m[1])]
		day, _ := strconv.Atoi(m[2])
		if !ok || day < 1 || day > 31 {
			continue
		}
		t := time.Date(near.Year(), mon, day, 0, 0, 0, 0, time.UTC)
		if t.Sub(near) > 180*24*time.Hour {
			t = t.AddDate(-1, 0, 0)
		}
		if t.Day() == day {
			return pageDate{t: t}, true
		}
	}
	return pageDate{}, false
}
