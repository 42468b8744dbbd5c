package extract

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"

	"github.com/go-shiori/dom"
	readability "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// extractGeneric reads a page of a site without rules. go-trafilatura picks
// the body among its own extraction and those of readability and
// DOM Distiller; then each paragraph must be found by at least two of the
// three, which removes most of what one of them wrongly took in (related
// stories, newsletter boxes).
func extractGeneric(doc *html.Node, in Input, meta pageMeta) Article {
	var a Article
	pageURL, _ := url.Parse(in.URL)
	if pageURL != nil && pageURL.Host == "" {
		pageURL = nil
	}
	stripNonProse(doc)
	dropLinkItems(doc)
	cands := candidates(doc, pageURL)
	opts := trafilaturaOptions(in.URL, true)
	opts.HtmlDateMode = trafilatura.Disabled // dates are read later, bounded by the fetch time
	opts.FallbackCandidates = &trafilatura.FallbackCandidates{
		Readability: cloneOrNil(cands.readability),
		Distiller:   cloneOrNil(cands.distiller),
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		return a
	}
	a.Title = res.Metadata.Title
	a.Byline = res.Metadata.Author
	paras := stripSignoff(paragraphs(res.ContentNode))
	paras = dropBoilerplate(paras, siblingBoilerplate(in.Siblings))
	paras = agreed(paras, cands.grams())
	paras = stripHeader(paras, meta, a.Title)
	if len(words(strings.Join(paras, " "))) < minArticleWords {
		paras = nil // a menu or a line of links is no article
	}
	a.Text = joinParagraphs(paras)
	return a
}

// nonProse are elements whose content is never text of the page. go-trafilatura
// removes them together with the text that follows them (lxml's "tail"),
// which cuts "Before <script>…</script> and after" to "Before"; removing
// them first and joining the text around them keeps the paragraph whole.
var nonProse = map[string]bool{"script": true, "style": true, "noscript": true, "template": true}

// stripNonProse removes nonProse elements under n and merges the text
// nodes their removal leaves side by side.
func stripNonProse(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.ElementNode && nonProse[c.Data]:
			n.RemoveChild(c)
		case c.Type == html.TextNode:
			if p := c.PrevSibling; p != nil && p.Type == html.TextNode {
				p.Data += c.Data
				n.RemoveChild(c)
			}
		default:
			stripNonProse(c)
		}
		c = next
	}
}

// dropLinkItems removes list items that are nothing but a link: related
// stories, "more from" lists and language switches, which the candidate
// extractors often keep when they sit just below the body.
func dropLinkItems(n *html.Node) {
	if n == nil {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.Data == "li" && linkOnly(c) {
			n.RemoveChild(c)
		} else {
			dropLinkItems(c)
		}
		c = next
	}
}

// linkOnly reports whether all of n's text lies inside links, and there is
// some.
func linkOnly(n *html.Node) bool {
	linked, other := 0, 0
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			if k := len(strings.TrimSpace(n.Data)); inLink {
				linked += k
			} else {
				other += k
			}
		}
		inLink = inLink || (n.Type == html.ElementNode && n.Data == "a")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return linked > 0 && other == 0
}

// minArticleWords is the least text the generic extractor calls an article.
const minArticleWords = 10

// candidateSet holds the independent extractions of one page.
type candidateSet struct {
	own, readability, distiller *html.Node
}

func candidates(doc *html.Node, pageURL *url.URL) candidateSet {
	var c candidateSet
	opts := trafilatura.Options{ExcludeComments: true, OriginalURL: pageURL, HtmlDateMode: trafilatura.Disabled}
	if res, err := trafilatura.ExtractDocument(doc, opts); err == nil && res != nil {
		c.own = res.ContentNode
	}
	if art, err := readability.FromDocument(dom.Clone(doc, true), pageURL); err == nil {
		c.readability = art.Node
	}
	if res, err := distiller.Apply(dom.Clone(doc, true), &distiller.Options{OriginalURL: pageURL, SkipPagination: true}); err == nil && res != nil {
		c.distiller = res.Node
	}
	return c
}

// minCandidateWords is the least text a candidate needs to have a vote.
const minCandidateWords = 20

// gramSet holds the hashed 1- to 4-word sequences of a text, so containment
// of a paragraph is checked in time linear in the paragraph.
type gramSet map[uint64]struct{}

const gramN = 4

func newGramSet(words []string) gramSet {
	g := gramSet{}
	for i := range words {
		for n := 1; n <= gramN && i+n <= len(words); n++ {
			g[hashWords(words[i:i+n])] = struct{}{}
		}
	}
	return g
}

// contains reports whether the text holds the word sequence: all of a
// short one, nine in ten of the 4-word windows of a longer one (the
// extractors split and join inline text a little differently).
func (g gramSet) contains(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if len(words) <= gramN {
		_, ok := g[hashWords(words)]
		return ok
	}
	hit, total := 0, 0
	for i := 0; i+gramN <= len(words); i++ {
		total++
		if _, ok := g[hashWords(words[i:i+gramN])]; ok {
			hit++
		}
	}
	return hit*10 >= total*9
}

func hashWords(ws []string) uint64 {
	h := fnv.New64a()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// grams returns the word sets of the candidates that found an article.
func (c candidateSet) grams() []gramSet {
	var out []gramSet
	for _, n := range []*html.Node{c.own, c.readability, c.distiller} {
		if n == nil {
			continue
		}
		if ws := words(strings.Join(paragraphs(n), "\n")); len(ws) > minCandidateWords {
			out = append(out, newGramSet(ws))
		}
	}
	return out
}

// agreed keeps the paragraphs that at least two candidates contain. With
// fewer than three candidates there is no majority to ask, and the
// paragraphs are kept as they are.
func agreed(paras []string, cands []gramSet) []string {
	if len(cands) < 3 {
		return paras
	}
	out := paras[:0:0]
	for _, p := range paras {
		ws := words(p)
		votes := 0
		for _, c := range cands {
			if c.contains(ws) {
				votes++
			}
		}
		if votes >= 2 {
			out = append(out, p)
		}
	}
	return out
}

// words lower-cases text and splits it into the words the scorers count.
func words(s string) []string { return strings.FieldsFunc(strings.ToLower(s), notWordRune) }

// wordKey reduces text to its words between spaces, for comparing lines.
func wordKey(s string) string { return " " + strings.Join(words(s), " ") + " " }

func cloneOrNil(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	return dom.Clone(n, true)
}

// trafilaturaOptions are go-trafilatura's settings as the benchmark's
// comparison runs it: fallback extractors on, comments out.
func trafilaturaOptions(pageURL string, fallback bool) trafilatura.Options {
	opts := trafilatura.Options{EnableFallback: fallback, ExcludeComments: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	return opts
}

// TrafilaturaBaseline is unmodified go-trafilatura (fallback on, as the
// article-extraction benchmark runs it) returning its plain text: the
// baseline the generic extractor is measured against.
func TrafilaturaBaseline(pageURL string, page []byte) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilaturaOptions(pageURL, true))
	if err != nil {
		return "", fmt.Errorf("go-trafilatura: %s: %w", pageURL, err)
	}
	return res.ContentText, nil
}
