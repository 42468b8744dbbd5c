package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Errors Extract returns; callers tell them apart with errors.Is.
var (
	// ErrNoArticle: the page parsed but holds no article text.
	ErrNoArticle = errors.New("extract: no article on page")
	// ErrNotHTML: the bytes are not a text document (binary served as HTML).
	ErrNotHTML = errors.New("extract: not an HTML document")
	// ErrTooLarge: the page is longer than MaxHTMLBytes, or has more text
	// blocks than the generic extractor reads (MaxBlocks; site rules still
	// read such pages).
	ErrTooLarge = errors.New("extract: page too large")
)

// HTMLVersion names the HTML extractor's behaviour, as ExtractorVersion
// names the annotator's; it is stored with every article, and `trawl
// reprocess` rewrites an article when either changed. Bump it whenever a
// change to Extract can change an article's title, byline, date, language or
// text.
const HTMLVersion = "html/4"

// Limits on hostile pages. Pages longer than MaxHTMLBytes (what the archive
// keeps, storage.MaxBodySize) are refused, never cut: a cut page would lose
// the end of its text without a word. Elements nested deeper than MaxDepth
// are flattened: the HTML parser's scope checks are quadratic in depth.
const (
	MaxHTMLBytes = 32 << 20
	MaxDepth     = 256
	// MaxBlocks bounds the text blocks the generic extractor takes on: its
	// candidate extractors are superlinear (DOM Distiller merges blocks
	// pairwise). The largest page of the article-extraction benchmark has
	// about 500.
	MaxBlocks = 5000
)

// Extract turns one page into an Article: the site's rules when in.Rules is
// set, else the generic extractor. Errors name the page's URL, if it has one.
func Extract(in Input) (Article, error) {
	doc, err := parsePage(in.HTML)
	if err != nil {
		return Article{}, namePage(err, in.URL)
	}
	meta := readMeta(doc)
	var a Article
	switch {
	case in.Rules != nil:
		a = extractWithRules(doc, in.Rules, in.FetchedAt)
		if a.Published == "" {
			a.Published = publishedDate(doc, meta, in.URL, in.FetchedAt)
		}
	default:
		// The date first: the generic extractor strips the page's scripts,
		// JSON-LD among them.
		published := publishedDate(doc, meta, in.URL, in.FetchedAt)
		if a, err = extractGeneric(doc, in, meta); err != nil {
			return Article{}, namePage(err, in.URL)
		}
		a.Published = published
	}
	a.URL = in.URL
	a.CanonicalURL = firstNonEmpty(meta.canonical, in.URL)
	a.Title = firstNonEmpty(a.Title, meta.headline, meta.ogTitle, meta.title)
	a.Byline = firstNonEmpty(a.Byline, meta.author)
	a.Lang = detectLang(meta, a.Title+"\n"+a.Text)
	if strings.TrimSpace(a.Text) == "" {
		return a, namePage(ErrNoArticle, in.URL)
	}
	return a, nil
}

// namePage appends the page's URL to err; a page without one (a file) adds
// nothing, so the message does not end in ": ".
func namePage(err error, pageURL string) error {
	if pageURL == "" {
		return err
	}
	return fmt.Errorf("%w: %s", err, pageURL)
}

// parsePage bounds, decodes and parses a page.
func parsePage(b []byte) (*html.Node, error) {
	if len(b) > MaxHTMLBytes {
		return nil, fmt.Errorf("%w: %d bytes of HTML, more than the %d MiB read", ErrTooLarge, len(b), MaxHTMLBytes>>20)
	}
	if looksBinary(b) {
		return nil, ErrNotHTML
	}
	if !utf8.Valid(b) {
		// Mislabelled pages: trust a <meta charset> or sniff, else keep
		// what decodes and replace the rest.
		if enc, name, _ := charset.DetermineEncoding(b, "text/html"); name != "utf-8" {
			if d, err := enc.NewDecoder().Bytes(b); err == nil {
				b = d
			}
		}
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	b = flattenDeep(b, MaxDepth)
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("extract: parse HTML: %w", err)
	}
	return doc, nil
}

// looksBinary reports a page that is an image, PDF, archive or other
// binary file served as text/html: a known file signature, or a head where
// more than one character in ten is a control character. A stray NUL from a
// bad CMS export does not make a page binary.
func looksBinary(b []byte) bool {
	switch ct := http.DetectContentType(b); {
	case strings.HasPrefix(ct, "image/"), strings.HasPrefix(ct, "audio/"), strings.HasPrefix(ct, "video/"),
		strings.HasPrefix(ct, "font/"), ct == "application/pdf", ct == "application/zip",
		ct == "application/x-gzip", ct == "application/x-rar-compressed", ct == "application/wasm",
		ct == "application/ogg", ct == "application/postscript", ct == "application/vnd.ms-fontobject":
		return true
	}
	head := b[:min(len(b), 8192)]
	bad, n := 0, 0
	for len(head) > 0 {
		r, size := utf8.DecodeRune(head)
		head = head[size:]
		n++
		if (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') || r == 0x7f {
			bad++
		}
	}
	return n > 0 && bad*10 > n
}

// optionalEnd are elements whose end tag may be left out; they do not count
// towards nesting depth, or every unclosed <p> would.
var optionalEnd = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "optgroup": true,
	"tr": true, "td": true, "th": true, "thead": true, "tbody": true, "tfoot": true,
	"rb": true, "rt": true, "rp": true, "colgroup": true, "caption": true,
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// flattenDeep drops start and end tags nested deeper than limit, keeping
// their text, so a page of 100,000 nested tags parses in linear time. Pages
// within the limit are returned unchanged.
func flattenDeep(b []byte, limit int) []byte {
	if maxDepth(b) <= limit {
		return b
	}
	var out bytes.Buffer
	out.Grow(len(b))
	z := html.NewTokenizer(bytes.NewReader(b))
	depth, over := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		name, _ := z.TagName()
		paired := !voidElements[string(name)] && !optionalEnd[string(name)]
		switch {
		case tt == html.StartTagToken && paired:
			if depth >= limit {
				over++
				continue
			}
			depth++
		case tt == html.EndTagToken && paired:
			if over > 0 {
				over--
				continue
			}
			depth = max(depth-1, 0)
		}
		out.Write(raw)
	}
}

func maxDepth(b []byte) int {
	z := html.NewTokenizer(bytes.NewReader(b))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] && !optionalEnd[string(name)] {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] && !optionalEnd[string(name)] {
				depth = max(depth-1, 0)
			}
		}
	}
}

// skipElements never hold article prose.
var skipElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"head": true, "title": true, "iframe": true, "object": true, "embed": true, "canvas": true,
	"button": true, "select": true, "option": true, "input": true, "textarea": true, "label": true,
	"video": true, "audio": true, "map": true,
}

// blockElements end the paragraph around them.
var blockElements = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
	"pre": true, "table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "td": true,
	"th": true, "caption": true, "section": true, "article": true, "header": true, "footer": true,
	"aside": true, "nav": true, "main": true, "figure": true, "figcaption": true, "hr": true,
	"address": true, "details": true, "summary": true, "form": true, "fieldset": true, "center": true,
	"body": true, "html": true,
}

// paragraphs reads the prose under n as paragraphs: block elements and
// double line breaks separate them, white space inside one is collapsed.
func paragraphs(n *html.Node) []string {
	var pb paraBuilder
	pb.walk(n)
	pb.flush()
	return pb.out
}

type paraBuilder struct {
	out []string
	cur strings.Builder
	brs int // consecutive <br> since the last text

	// With signs set, the builder also records where each paragraph's
	// text sat (readBlocks).
	signs          map[string]blockSigns
	inLink, inBoil int // depth inside <a> and inside boilerplate containers
	sign           blockSigns
}

func (pb *paraBuilder) flush() {
	if p := collapseSpace(pb.cur.String()); p != "" {
		pb.out = append(pb.out, p)
		if pb.signs != nil {
			k := wordKey(p)
			if old, seen := pb.signs[k]; seen {
				pb.sign = old.or(pb.sign) // a repeated line is boilerplate if any copy is
			}
			pb.signs[k] = pb.sign
		}
	}
	pb.cur.Reset()
	pb.brs = 0
	pb.sign = blockSigns{}
}

func (pb *paraBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			pb.brs = 0
			if pb.signs != nil {
				pb.sign.add(n.Data, pb.inLink > 0, pb.inBoil > 0)
			}
		}
		pb.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipElements[n.Data] || hiddenElement(n) {
			return
		}
		if n.Data == "br" {
			pb.brs++
			if pb.brs >= 2 {
				pb.flush()
			} else {
				pb.cur.WriteByte(' ')
			}
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockElements[n.Data]
	if block {
		pb.flush()
	}
	link, boil := false, false
	if pb.signs != nil && n.Type == html.ElementNode {
		link, boil = n.Data == "a", boilerplateContainer(n)
		pb.inLink += b2i(link)
		pb.inBoil += b2i(boil)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		pb.walk(c)
	}
	pb.inLink -= b2i(link)
	pb.inBoil -= b2i(boil)
	if block {
		pb.flush()
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200b'
	}), " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = collapseSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// notWordRune splits text into the words the scorers count.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
}
