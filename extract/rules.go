package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/trawl/trawl/configs"
	"golang.org/x/net/html"
)

// bylineBy takes the name out of "By FORUM Staff" or "Posted On: ... by PIB Delhi".
var bylineBy = lazyRegexp(`(?i)(?:^|\s)by\s+(.+)$`)

// extractWithRules reads a page with its site's selectors (configs/sites).
// Fields the rules leave empty are filled from metadata by the caller.
func extractWithRules(doc *html.Node, r *configs.SiteRules, fetched time.Time) Article {
	d := goquery.NewDocumentFromNode(doc)
	var a Article
	if r.Title != "" {
		a.Title = collapseSpace(d.Find(r.Title).First().Text())
	}
	if r.Byline != "" {
		a.Byline = cleanByline(d.Find(r.Byline).First().Text())
	}
	if r.Published != "" {
		d.Find(r.Published).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			for _, v := range []string{s.AttrOr("datetime", ""), s.AttrOr("content", ""), s.Text()} {
				if pd, ok := parseDate(v, r.Location()); ok && beforeFetch(pd, fetched) {
					a.Published = pd.format()
					return false
				}
			}
			return true
		})
	}
	// Of nested matches keep the outermost, so no text is read twice.
	body := d.Find(r.Body)
	body = body.FilterFunction(func(_ int, s *goquery.Selection) bool {
		return s.ParentsFiltered(r.Body).Length() == 0
	})
	for _, sel := range r.Drop {
		body.Find(sel).Remove()
	}
	var paras []string
	body.Each(func(_ int, s *goquery.Selection) {
		paras = append(paras, paragraphs(s.Get(0))...)
	})
	a.Text = joinParagraphs(trimParagraphs(paras, r.StopRE(), r.DropTextREs()))
	return a
}

// trimParagraphs ends the body before the first paragraph matching stop and
// leaves out those matching a drop pattern.
func trimParagraphs(paras []string, stop *regexp.Regexp, drop []*regexp.Regexp) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if stop != nil && stop.MatchString(p) {
			break
		}
		if !matchesAny(drop, p) {
			out = append(out, p)
		}
	}
	return out
}

func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func cleanByline(s string) string {
	s = collapseSpace(s)
	if m := bylineBy().FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	return s
}

func joinParagraphs(paras []string) string {
	out := make([]string, 0, len(paras))
	for _, p := range paras {
		if p = collapseSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}
