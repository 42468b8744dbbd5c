package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Bounds of the generic clean-up.
const (
	headerWords   = 30 // a header line (ministry, deck, date line) is shorter
	dateLineWords = 12 // "Posted On: 01 SEP 2025 6:10PM by PIB Delhi"; prose is longer
	dateLineLower = 3  // lower-case words besides the date: "on", "by", "updated", "min read"
	signoffWords  = 12 // lines after an end mark (initials, release ids, counters) are shorter
	maxSiblings   = 8  // siblings read for boilerplate; more add little
	siblingQuorum = 2  // a paragraph on this many siblings is boilerplate
)

// endMark is the line with which press releases and wire copy close, by
// newsroom convention: a row of asterisks, hashes or dashes ("***", "###"),
// "-30-" or "ENDS".
var endMark = lazyRegexp(`(?i)^(?:[\s*#~=_\-–—•·.]{2,}|-\s*30\s*-|[-–—\s]*ends?[-–—\s]*)$`)

var digits = lazyRegexp(`\p{Nd}+`)

// stripHeader removes the block of short lines an extractor takes in above
// the article (headline, deck, ministry or section name, byline and date
// line), up to the last one that is recognisably header: the title, the
// page's description, a date line or a byline.
func stripHeader(paras []string, m pageMeta, title string) []string {
	titles := map[string]bool{}
	for _, t := range []string{title, m.headline, m.ogTitle, m.title} {
		if k := wordKey(t); strings.TrimSpace(k) != "" {
			titles[k] = true
		}
	}
	last := -1
	for i, p := range paras {
		if len(strings.Fields(p)) > headerWords {
			break
		}
		k := wordKey(p)
		if titles[k] || isDateLine(p) || isByline(p) || titleContains(m.title, k) {
			last = i
		}
	}
	return paras[last+1:]
}

// titleContains reports a paragraph that is the <title> less its site name.
func titleContains(pageTitle, key string) bool {
	t := wordKey(pageTitle)
	return len(strings.Fields(key)) >= 4 && strings.HasPrefix(t, key)
}

// A date line states a date and little else ("Updated: March 3, 2025
// 10:15 a.m. ET", "Posted On: 25 SEP 2025 4:12PM by PIB Delhi"). A short
// sentence that mentions a date ("The talks resume on 12 May 2025.") is
// prose: it has more lower-case words, or ends as a sentence does.
func isDateLine(p string) bool {
	if len(strings.Fields(p)) > dateLineWords {
		return false
	}
	if _, ok := parseDate(p, nil); !ok {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(datesInLine().ReplaceAllString(p, " ")) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !clockMark().MatchString(w) {
			lower++
		}
	}
	return lower <= dateLineLower && !endsSentence(p)
}

// datesInLine and clockMark match what a date line holds besides its cue
// words: the date, times, zones and "a.m."/"p.m.".
var (
	datesInLine = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)` + dayMonthYear().String() + `|` + monthDayYear().String() + `|` + isoInText().String())
	})
	clockMark = lazyRegexp(`(?i)^[ap]\.?m\.?,?$`)
)

// endsSentence reports a line closed by sentence punctuation; "a.m."
// closes a time, not a sentence.
func endsSentence(p string) bool {
	p = strings.TrimRight(p, ` "'”’)`)
	if !strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "!") && !strings.HasSuffix(p, "?") {
		return false
	}
	f := strings.Fields(p)
	return !clockMark().MatchString(f[len(f)-1])
}

// A byline is "By" and names ("By Jane Doe and Ravi Kumar, Reuters",
// "By JOHN SMITH | Staff Writer"): every word up to the first separator is
// capitalised or joins names. "By Friday the deal was done" is prose.
var (
	// bylineRE: "By Jane Doe", "Von Max Muster", and a label with a colon
	// ("Author: Jane Doe", "Автор: Анна Ким", "Tác giả: Thanh Hà", "作者：王芳").
	bylineRE   = lazyRegexp(`(?i)^(?:(?:by|von|por|par|di|de|oleh)\s+|(?:author|reporter|written by|autor|auteur|autore|autorin|auteur·e|автор|tác giả|penulis|yazar|muhabir|作者|著者|記者|기자|الكاتب|نویسنده)\s*[:：]\s*)([^,|·—–/]+)`)
	nameJoiner = map[string]bool{"and": true, "und": true, "y": true, "e": true, "et": true, "dan": true, "&": true,
		"de": true, "da": true, "del": true, "van": true, "von": true, "der": true, "bin": true, "al": true}
)

func isByline(p string) bool {
	m := bylineRE().FindStringSubmatch(p)
	if m == nil || len(strings.Fields(p)) > 8 {
		return false
	}
	names := strings.Fields(m[1])
	for i, w := range names {
		// a name's word opens with a capital, or a letter of a script
		// without case ("王芳")
		r, _ := utf8.DecodeRuneInString(w)
		if (!unicode.IsLetter(r) || unicode.IsLower(r)) && (i == 0 || !nameJoiner[strings.ToLower(w)]) {
			return false
		}
	}
	return len(names) > 0
}

// stripSignoff ends the text at an end mark when nothing after it is prose:
// only short lines (initials, release ids, counters, links to translations)
// and lines known as boilerplate (links to other releases).
func stripSignoff(paras []string, boilerplate func(string) bool) []string {
	for i, p := range paras {
		if !endMark().MatchString(p) {
			continue
		}
		prose := false
		for _, q := range paras[i+1:] {
			prose = prose || (len(strings.Fields(q)) > signoffWords && !boilerplate(q))
		}
		if !prose {
			return paras[:i]
		}
	}
	return paras
}

// siblingBoilerplate returns the paragraphs of the site's other pages that
// repeat on at least siblingQuorum of them, numbers blurred so "Visitor
// Counter : 12873" matches "Visitor Counter : 2204".
func siblingBoilerplate(siblings [][]byte) map[string]bool {
	if len(siblings) < siblingQuorum {
		return nil
	}
	counts := map[string]int{}
	for _, b := range siblings[:min(len(siblings), maxSiblings)] {
		doc, err := parsePage(b) // bounded like any page
		if err != nil {
			continue
		}
		seen := map[string]bool{}
		for _, p := range paragraphs(doc) {
			k := blurDigits(p)
			if !seen[k] {
				seen[k] = true
				counts[k]++
			}
		}
	}
	out := map[string]bool{}
	for k, n := range counts {
		if n >= siblingQuorum {
			out[k] = true
		}
	}
	return out
}

func blurDigits(p string) string { return digits().ReplaceAllString(wordKey(p), "0") }

// dropBoilerplate leaves out paragraphs found in boilerplate.
func dropBoilerplate(paras []string, boilerplate map[string]bool) []string {
	if len(boilerplate) == 0 {
		return paras
	}
	out := paras[:0:0]
	for _, p := range paras {
		if !boilerplate[blurDigits(p)] {
			out = append(out, p)
		}
	}
	return out
}

// readAlso opens a line that sends the reader to another story ("Read
// also:", "Lee también:", "Читайте также:", "Baca juga:"), in the
// languages of the world's larger newsrooms.
var readAlso = lazyRegexp(`(?i)^\s*(?:read (?:also|more)|also read|see also|related|lee también|leer también|lea también|lire aussi|à lire aussi|lesen sie auch|auch interessant|leia também|leggi anche|lees ook|czytaj (?:też|także|również)|читайте также|читайте також|यह भी पढ़ें|ये भी पढ़ें|baca juga|đọc thêm|xem thêm|ayrıca (?:okuyun|bakınız)|ilginizi çekebilir|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|延伸阅读|相关阅读|相關閱讀|関連記事|관련 기사|함께 보면 좋은 기사)\s*[:：»›|-]`)

// dropCrossLinks leaves out "Read also: <a>another story</a>" lines: a
// cue and mostly link text, whatever the extractors say.
func dropCrossLinks(paras []string, blocks map[string]blockSigns) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if b := blocks[wordKey(p)]; readAlso().MatchString(p) && b.linked*2 > b.text {
			continue
		}
		out = append(out, p)
	}
	return out
}

// blockSigns is what a page's structure says about one of its paragraphs.
type blockSigns struct {
	text, linked  int  // letters in the paragraph, and of them inside links
	inBoilerplate bool // some of its text sits in a boilerplate container
}

func (b *blockSigns) add(text string, inLink, inBoilerplate bool) {
	n := len(strings.TrimSpace(text))
	b.text += n
	if inLink {
		b.linked += n
	}
	b.inBoilerplate = b.inBoilerplate || inBoilerplate
}

func (b blockSigns) or(c blockSigns) blockSigns {
	if c.boilerplate() {
		return c
	}
	return b
}

// boilerplate: the paragraph sits in a boilerplate container, or more than
// half of its text is links (a list of related stories, a tag line, a menu).
func (b blockSigns) boilerplate() bool {
	return b.inBoilerplate || b.linked*2 > b.text
}

// readBlocks reads a page's paragraphs with what its structure says about
// each, keyed by wordKey, and counts them.
func readBlocks(doc *html.Node) (map[string]blockSigns, int) {
	pb := paraBuilder{signs: map[string]blockSigns{}}
	pb.walk(doc)
	pb.flush()
	return pb.signs, len(pb.out)
}

// boilerplateTags hold page furniture by HTML's own definition.
var boilerplateTags = map[string]bool{"nav": true, "aside": true, "footer": true, "form": true}

// boilerplateWords are class and id words of page furniture: the "unlikely
// candidates" of Mozilla's Readability (banner, breadcrumbs, comment,
// community, disqus, footer, menu, related, sidebar, social, sponsor, ...)
// and the parts of common CMS themes they leave out (share bars,
// newsletter and subscription boxes, recommended and popular stories,
// widgets, cookie notices, paywall boxes).
var boilerplateWords = map[string]bool{
	// Readability's unlikely candidates.
	"ad": true, "ai2html": true, "banner": true, "breadcrumb": true, "breadcrumbs": true,
	"combx": true, "comment": true, "comments": true, "community": true, "disqus": true,
	"footer": true, "gdpr": true, "menu": true, "related": true, "remark": true, "replies": true,
	"rss": true, "shoutbox": true, "sidebar": true, "skyscraper": true, "social": true,
	"sponsor": true, "sponsored": true, "supplemental": true, "agegate": true, "pagination": true,
	"pager": true, "popup": true,
	// Theme furniture.
	"share": true, "sharing": true, "newsletter": true, "subscribe": true, "subscription": true,
	"signup": true, "promo": true, "widget": true, "nav": true, "navigation": true, "navbar": true,
	"recommended": true, "recommendations": true, "popular": true, "trending": true,
	"advert": true, "advertisement": true, "cookie": true, "consent": true, "outbrain": true,
	"taboola": true, "tags": true, "tagcloud": true, "modal": true, "paywall": true,
}

// boilerplateContainer reports an element that holds page furniture by its
// tag, ARIA role or class and id words ("related-posts", "share_bar").
func boilerplateContainer(n *html.Node) bool {
	if boilerplateTags[n.Data] {
		return true
	}
	switch attr(n, "role") {
	case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "search":
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	}) {
		if boilerplateWords[w] {
			return true
		}
	}
	return false
}
