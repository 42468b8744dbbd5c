package crawlers

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// docKind is what a response holds, judged by content, not by URL.
type docKind int

const (
	otherDoc docKind = iota
	htmlDoc
	feedDoc      // RSS, Atom or RDF
	sitemapDoc   // <urlset>
	sitemapIndex // <sitemapindex>
)

func (k docKind) String() string {
	return [...]string{"other", "html", "feed", "sitemap", "sitemap index"}[k]
}

// sniffDoc tells feeds and sitemaps by their XML root element, so a start
// URL is recognised whatever its name, and HTML by type or content.
func sniffDoc(body []byte, contentType string) docKind {
	switch strings.ToLower(xmlRoot(body)) {
	case "rss", "feed", "rdf":
		return feedDoc
	case "urlset":
		return sitemapDoc
	case "sitemapindex":
		return sitemapIndex
	case "html":
		return htmlDoc
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt == "text/html" || mt == "application/xhtml+xml" ||
		strings.HasPrefix(http.DetectContentType(body), "text/html") {
		return htmlDoc
	}
	return otherDoc
}

// xmlRoot returns the local name of the first element, or "" when the body
// does not start like XML.
func xmlRoot(body []byte) string {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\uFEFF")), " \t\r\n")
	if !bytes.HasPrefix(trimmed, []byte("<")) {
		return ""
	}
	d := xml.NewDecoder(bytes.NewReader(trimmed))
	d.Strict = false
	d.CharsetReader = utf8Reader
	for range 64 { // prolog: declaration, comments, doctype, stylesheets
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local
		}
	}
	return ""
}

// utf8Reader is the xml.Decoder charset reader for bodies toUTF8 has
// already decoded.
func utf8Reader(_ string, r io.Reader) (io.Reader, error) { return r, nil }

// feedLinks returns the item links of an RSS, Atom or RDF feed.
func feedLinks(base *url.URL, body []byte) ([]string, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range f.Items {
		link := it.Link
		if link == "" && strings.HasPrefix(it.GUID, "http") {
			link = it.GUID // RSS guid with isPermaLink
		}
		if u := resolve(base, link); u != "" {
			out = append(out, u)
		}
	}
	return out, nil
}

type sitemapXML struct {
	URLs     []sitemapLoc `xml:"url"`
	Sitemaps []sitemapLoc `xml:"sitemap"`
}

type sitemapLoc struct {
	Loc string `xml:"loc"`
}

// sitemapLinks returns the <loc> entries of a urlset or sitemap index.
func sitemapLinks(base *url.URL, body []byte) ([]string, error) {
	var sm sitemapXML
	d := xml.NewDecoder(bytes.NewReader(body))
	d.CharsetReader = utf8Reader
	if err := d.Decode(&sm); err != nil {
		return nil, err
	}
	var out []string
	for _, l := range append(sm.URLs, sm.Sitemaps...) {
		if u := resolve(base, l.Loc); u != "" {
			out = append(out, u)
		}
	}
	return out, nil
}

// htmlLinks returns the absolute http(s) targets of a page's links and of
// its hreflang alternates (language twins), resolved against <base href>,
// and apart from them the feeds the page announces (<link rel="alternate"
// type="application/rss+xml">), for feed autodiscovery.
func htmlLinks(page *url.URL, body []byte) (links, feeds []string) {
	base := page
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return links, feeds
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		tag := atom.Lookup(name)
		if !hasAttr || (tag != atom.A && tag != atom.Area && tag != atom.Link && tag != atom.Base) {
			continue
		}
		var href, rel, hreflang, typ string
		found := false
		for more := true; more; {
			var k, v []byte
			k, v, more = z.TagAttr()
			switch string(k) {
			case "href":
				href, found = string(v), true
			case "rel":
				rel = string(v)
			case "hreflang":
				hreflang = string(v)
			case "type":
				typ = strings.ToLower(strings.TrimSpace(string(v)))
			}
		}
		if !found {
			continue
		}
		switch tag {
		case atom.Base:
			if b, err := page.Parse(strings.TrimSpace(href)); err == nil && base == page {
				base = b
			}
			continue
		case atom.Link:
			alternate := strings.Contains(" "+strings.ToLower(rel)+" ", " alternate ")
			if alternate && (typ == "application/rss+xml" || typ == "application/atom+xml") {
				if u := resolve(base, href); u != "" {
					feeds = append(feeds, u)
				}
				continue
			}
			if hreflang == "" || !alternate {
				continue
			}
		}
		if u := resolve(base, href); u != "" {
			links = append(links, u)
		}
	}
}

// resolve makes a link absolute and drops its fragment, which is never
// sent; it returns "" for anything but http(s).
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return ""
	}
	u, err := base.Parse(ref)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// docLinks returns the links of a fetched document of kind k, and the feeds
// an HTML page announces. A feed or sitemap that breaks off gives the links
// of its entries before the break along with an error wrapping ErrTruncated.
func docLinks(k docKind, page *url.URL, body []byte) (links, feeds []string, err error) {
	var parse func(*url.URL, []byte) ([]string, error)
	what := "feed"
	switch k {
	case feedDoc:
		parse = feedLinks
	case sitemapDoc, sitemapIndex:
		parse, what = sitemapLinks, "sitemap"
	case htmlDoc:
		links, feeds := htmlLinks(page, body)
		return links, feeds, nil
	default:
		return nil, nil, nil
	}
	links, err = parse(page, body)
	if err == nil {
		return links, nil, nil
	}
	err = fmt.Errorf("parse %s: %w", what, err)
	if head, ok := entriesBeforeBreak(body); ok {
		if links, perr := parse(page, head); perr == nil && len(links) > 0 {
			return links, nil, fmt.Errorf("%w (%d entries): %w", ErrTruncated, len(links), err)
		}
	}
	return nil, nil, err
}

// entryElements close one feed item or sitemap entry.
var entryElements = map[string]bool{"item": true, "entry": true, "url": true, "sitemap": true}

// entriesBeforeBreak cuts an XML document that breaks off after its last
// complete entry and closes the elements still open there, so the parser
// reads what came before the break. ok is false when no entry was complete.
func entriesBeforeBreak(body []byte) (head []byte, ok bool) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.CharsetReader = utf8Reader
	var open []string // raw names ("rdf:RDF"), outermost first
	var cut int64
	var openAtCut []string
	for {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			open = append(open, rawName(tok.Name))
		case xml.EndElement:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
			if entryElements[strings.ToLower(tok.Name.Local)] {
				cut, openAtCut = d.InputOffset(), slices.Clone(open)
			}
		}
	}
	if cut == 0 {
		return nil, false
	}
	head = slices.Clone(body[:cut])
	for i := len(openAtCut) - 1; i >= 0; i-- {
		head = append(head, "</"+openAtCut[i]+">"...)
	}
	return head, true
}

func rawName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}
