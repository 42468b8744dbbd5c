package extract

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

	"golang.org/x/net/html"
)

// pageMeta is what a page says about itself outside its body: <head> tags,
// JSON-LD and the <html> element.
type pageMeta struct {
	title, ogTitle, headline string
	author, description      string
	canonical                string
	htmlLang, ogLocale       string
	ldLang                   string
	articleBody              string // JSON-LD articleBody
	dates                    []string
	// offsets are the non-zero UTC offsets (seconds) of the stamps the page
	// writes in <time> elements and date meta tags, and of "GMT+7" marks
	// in the text of its <time> elements: the newsroom's zone, when one.
	offsets map[int]bool
}

// siteOffset is the one non-zero UTC offset the page writes its stamps
// in; none when it writes none or several.
func (m pageMeta) siteOffset() (int, bool) {
	if len(m.offsets) != 1 {
		return 0, false
	}
	for off := range m.offsets {
		return off, true
	}
	return 0, false
}

// zoneMark: "GMT+7", "(UTC+05:30)", "GMT-0500" in a visible date.
var zoneMark = lazyRegexp(`\b(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?\b`)

// noteOffset records the offset of a stamp or a zone mark in text.
func (m *pageMeta) noteOffset(stamp, text string) {
	if m.offsets == nil {
		m.offsets = map[int]bool{}
	}
	if d, ok := parseDate(stamp, nil); ok && d.hasZone {
		if _, off := d.t.Zone(); off != 0 {
			m.offsets[off] = true
		}
	}
	if z := zoneMark().FindStringSubmatch(text); z != nil {
		h, _ := strconv.Atoi(z[2])
		mi, _ := strconv.Atoi(z[3])
		if off := h*3600 + mi*60; off != 0 && h <= 14 && mi < 60 {
			if z[1] == "-" {
				off = -off
			}
			m.offsets[off] = true
		}
	}
}

// maxJSONLD bounds one JSON-LD block; real ones are a few kilobytes.
const maxJSONLD = 1 << 20

// dateMetaKeys are the meta tags in which a publisher states the
// publication date, most specific first; modification dates never count.
// Other date tags ("date", "dc.date") are left to go-htmldate's search.
var dateMetaKeys = []string{
	"article:published_time", "og:published_time", "datepublished", "dcterms.issued", "dc.date.issued",
	"parsely-pub-date", "article.published",
}

func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ldDates []string
	metaDates := map[string]string{}
	var timeDates []string
	walkElements(doc, func(n *html.Node) bool {
		switch n.Data {
		case "html":
			m.htmlLang = attr(n, "lang")
			if m.htmlLang == "" {
				m.htmlLang = attr(n, "xml:lang")
			}
		case "title":
			if m.title == "" {
				m.title = nodeText(n)
			}
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case "meta":
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			val := strings.TrimSpace(attr(n, "content"))
			if val == "" {
				val = strings.TrimSpace(attr(n, "datetime"))
			}
			switch key {
			case "og:title":
				m.ogTitle = firstNonEmpty(m.ogTitle, val)
			case "og:description", "description", "twitter:description":
				m.description = firstNonEmpty(m.description, val)
			case "og:locale":
				m.ogLocale = firstNonEmpty(m.ogLocale, val)
			case "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author":
				if !strings.HasPrefix(val, "http") {
					m.author = firstNonEmpty(m.author, strings.TrimPrefix(strings.TrimPrefix(val, "By "), "by "))
				}
			default:
				if _, seen := metaDates[key]; !seen && val != "" {
					metaDates[key] = val
				}
				if strings.Contains(key, "time") || strings.Contains(key, "date") {
					m.noteOffset(val, "")
				}
			}
		case "time":
			dt := attr(n, "datetime")
			if attr(n, "itemprop") == "datePublished" && dt != "" {
				timeDates = append(timeDates, dt)
			}
			text, _ := shortText(n, 200)
			m.noteOffset(dt, text)
		case "script":
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				ldDates = append(ldDates, readJSONLD(nodeText(n), &m)...)
			}
			return false
		}
		return true
	})
	m.dates = append(m.dates, ldDates...)
	for _, k := range dateMetaKeys {
		if v, ok := metaDates[k]; ok {
			m.dates = append(m.dates, v)
		}
	}
	m.dates = append(m.dates, timeDates...)
	return m
}

// readJSONLD reads the first article object of a JSON-LD block into m and
// returns its publication dates.
func readJSONLD(src string, m *pageMeta) []string {
	if len(src) > maxJSONLD {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return nil
	}
	var dates []string
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				m.headline = firstNonEmpty(m.headline, str(x["headline"]))
				m.author = firstNonEmpty(m.author, names(x["author"]))
				m.ldLang = firstNonEmpty(m.ldLang, str(x["inLanguage"]))
				if body := str(x["articleBody"]); len(body) > len(m.articleBody) {
					m.articleBody = body
				}
				if d := str(x["datePublished"]); d != "" {
					dates = append(dates, d)
				}
			}
			visit(x["@graph"], depth+1)
			visit(x["mainEntity"], depth+1)
		}
	}
	visit(v, 0)
	return dates
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// str reads a JSON-LD text value, which may also be an object with a name
// or a list of values.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case map[string]any:
		return firstNonEmpty(str(x["name"]), str(x["alternateName"]), str(x["@value"]))
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

// names reads an author value: a name, a Person, or a list of them.
func names(v any) string {
	if list, ok := v.([]any); ok {
		var out []string
		for _, e := range list {
			if n := str(e); n != "" && !strings.HasPrefix(n, "http") {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	if n := str(v); !strings.HasPrefix(n, "http") {
		return n
	}
	return ""
}

// walkElements calls fn on every element in document order; fn returning
// false skips the element's children.
func walkElements(n *html.Node, fn func(*html.Node) bool) {
	if n.Type == html.ElementNode && !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkElements(c, fn)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// shortText is the text under n, unrendered, or false when it is longer
// than limit bytes; it stops reading there, so asking every element of a
// page costs no more than the page.
func shortText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	var f func(*html.Node) bool
	f = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return b.Len() <= limit
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !f(c) {
				return false
			}
		}
		return true
	}
	if !f(n) {
		return "", false
	}
	return b.String(), true
}

// nodeText is all text under n, unrendered.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// detectLang picks the page's language: <html lang>, og:locale, JSON-LD
// inLanguage; where none is declared, or a template's "en" sits on text in
// another script, the text's script decides (Devanagari → hi), and Latin
// text without a declaration goes to a trigram detector.
func detectLang(m pageMeta, text string) string {
	text = langSample(text)
	declared := ""
	for _, l := range []string{m.htmlLang, m.ogLocale, m.ldLang} {
		if declared = normLang(l); declared != "" {
			break
		}
	}
	script := scriptLang(text)
	switch {
	case script != "" && script != "latin" && (declared == "" || declared == "en"):
		return script
	case declared != "":
		return declared
	case script == "latin":
		if info := whatlanggo.Detect(text); info.IsReliable() {
			return info.Lang.Iso6391()
		}
	}
	return ""
}

// langSampleBytes is as much text as the language is read from: a few
// paragraphs tell the script and the trigrams as well as a whole article.
const langSampleBytes = 4096

func langSample(s string) string {
	if len(s) <= langSampleBytes {
		return s
	}
	s = s[:langSampleBytes]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1] // a rune cut in two
	}
	return s
}

// normLang turns "en-US", "en_US" or "EN" into "en".
func normLang(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	l, _, _ = strings.Cut(strings.ReplaceAll(l, "_", "-"), "-")
	if len(l) < 2 || len(l) > 3 {
		return ""
	}
	for _, r := range l {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return l
}

// scriptLangs maps a writing system to the language it most likely means.
var scriptLangs = []struct {
	table *unicode.RangeTable
	lang  string
}{
	{unicode.Latin, "latin"}, {unicode.Devanagari, "hi"}, {unicode.Bengali, "bn"}, {unicode.Tamil, "ta"},
	{unicode.Telugu, "te"}, {unicode.Gujarati, "gu"}, {unicode.Gurmukhi, "pa"}, {unicode.Kannada, "kn"},
	{unicode.Malayalam, "ml"}, {unicode.Oriya, "or"}, {unicode.Arabic, "ar"}, {unicode.Hangul, "ko"},
	{unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"}, {unicode.Han, "zh"}, {unicode.Cyrillic, "ru"},
	{unicode.Thai, "th"}, {unicode.Greek, "el"}, {unicode.Hebrew, "he"},
}

// scriptLang names the language of the dominant script of text ("latin"
// for Latin script, whose language it cannot tell), "" for no letters.
func scriptLang(text string) string {
	counts := map[string]int{}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			continue
		}
		for _, s := range scriptLangs {
			if unicode.Is(s.table, r) {
				counts[s.lang]++
				break
			}
		}
	}
	best := ""
	for _, s := range scriptLangs {
		if counts[s.lang] > counts[best] {
			best = s.lang
		}
	}
	// Japanese is mostly Han with kana between.
	if best == "zh" && counts["ja"]*10 > counts["zh"] {
		return "ja"
	}
	return best
}
