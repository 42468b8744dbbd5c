package extract

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
	"time"

	"github.com/go-shiori/dom"
	readability "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// extractGeneric reads a page of a site without rules. go-trafilatura's
// extraction, with readability as its fallback, is the body; from it only
// what three independent signs call boilerplate is removed: the page's
// structure (the paragraph sits in navigation, a sidebar, a share or
// related-stories box, or is mostly link text) and the two extractors whose
// result was not taken (of readability, DOM Distiller and go-trafilatura's
// own), which both left it out. No sign alone removes a paragraph, so
// recall stays go-trafilatura's.
func extractGeneric(doc *html.Node, in Input, meta pageMeta) (Article, error) {
	var a Article
	stripNonProse(doc)
	blocks, n := readBlocks(doc)
	if n > MaxBlocks {
		return a, fmt.Errorf("%w: more than %d text blocks", ErrTooLarge, MaxBlocks)
	}
	pageURL, _ := url.Parse(in.URL)
	if pageURL != nil && pageURL.Host == "" {
		pageURL = nil
	}
	others := otherExtractors{doc: doc, pageURL: pageURL}
	opts := trafilaturaOptions(in.URL)
	opts.HtmlDateMode = trafilatura.Disabled // dates are read elsewhere, bounded by the fetch time
	// The readability candidate is ours to reuse; go-trafilatura runs
	// DOM Distiller itself only when readability found too little.
	given := cloneOrNil(others.readability())
	opts.FallbackCandidates = &trafilatura.FallbackCandidates{Readability: given}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		return a, nil
	}
	// When go-trafilatura took readability's extraction (it returns the
	// candidate's node itself), its own is the other opinion.
	others.chose = given != nil && res.ContentNode == given
	a.Title = res.Metadata.Title
	a.Byline = res.Metadata.Author
	repeated := siblingBoilerplate(in.Siblings)
	clean := func(paras []string) []string {
		paras = stripSignoff(paras, func(p string) bool {
			return repeated[blurDigits(p)] || blocks[wordKey(p)].boilerplate()
		})
		paras = dropBoilerplate(paras, repeated)
		paras = dropCrossLinks(paras, blocks)
		paras = dropAgreedBoilerplate(paras, blocks, &others)
		paras = stripHeader(paras, meta, a.Title)
		if len(words(strings.Join(paras, " "))) < minArticleWords {
			return nil // a menu or a line of links is no article
		}
		return paras
	}
	body := paragraphs(res.ContentNode)
	// Finding too little text by its own measure (a short article in a
	// script without spaces), go-trafilatura gives the page's whole text
	// as one block; when readability read the same text in paragraphs,
	// its extraction is the body.
	if len(body) == 1 && !others.chose && others.readNode != nil {
		if rp := others.readParas; len(rp) >= 2 && newGramSet(words(body[0])).holdsMost(words(strings.Join(rp, " "))) {
			others.chose, body = true, rp
		}
	}
	paras := clean(body)
	// go-trafilatura's pick was all boilerplate (a cookie banner and
	// teasers beside an article of bare <div>s): readability's is the body,
	// go-trafilatura's own and DOM Distiller's the other opinions.
	if paras == nil && !others.chose && others.readGrams != nil {
		others.chose = true
		paras = clean(others.readParas)
	}
	a.Text = joinParagraphs(paras)
	return a, nil
}

// dropAgreedBoilerplate leaves out the paragraphs whose place on the page
// marks them as boilerplate and that both other extractors left out. A
// paragraph the page's blocks do not show as such (the extractor joined or
// split it) is kept.
func dropAgreedBoilerplate(paras []string, blocks map[string]blockSigns, others *otherExtractors) []string {
	out := paras[:0:0]
	for _, p := range paras {
		if sign, ok := blocks[wordKey(p)]; ok && sign.boilerplate() && others.bothLeftOut(words(p)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// otherExtractors runs readability and DOM Distiller on a page when first
// asked, each on its own copy of the tree.
type otherExtractors struct {
	doc     *html.Node
	pageURL *url.URL
	chose   bool // go-trafilatura's result is readability's extraction

	readDone, distDone, ownDone    bool
	readNode                       *html.Node
	readParas                      []string // readNode's paragraphs
	readGrams, distGrams, ownGrams gramSet  // nil: that extractor found no article
}

func (o *otherExtractors) readability() *html.Node {
	if !o.readDone {
		o.readDone = true
		if art, err := readability.FromDocument(dom.Clone(o.doc, true), o.pageURL); err == nil {
			o.readNode = art.Node
			if art.Node != nil {
				o.readParas = paragraphs(art.Node)
				o.readGrams = parasGrams(o.readParas)
			}
		}
	}
	return o.readNode
}

func (o *otherExtractors) distiller() gramSet {
	if !o.distDone {
		o.distDone = true
		res, err := distiller.Apply(dom.Clone(o.doc, true), &distiller.Options{OriginalURL: o.pageURL, SkipPagination: true})
		if err == nil && res != nil {
			o.distGrams = candidateGrams(res.Node)
		}
	}
	return o.distGrams
}

// own is go-trafilatura's extraction without its fallback.
func (o *otherExtractors) own() gramSet {
	if !o.ownDone {
		o.ownDone = true
		opts := trafilatura.Options{ExcludeComments: true, OriginalURL: o.pageURL, HtmlDateMode: trafilatura.Disabled}
		if res, err := trafilatura.ExtractDocument(o.doc, opts); err == nil && res != nil {
			o.ownGrams = candidateGrams(res.ContentNode)
		}
	}
	return o.ownGrams
}

// bothLeftOut reports whether the two extractors whose result was not taken
// both found an article and neither holds the words. The costlier second
// opinion is asked only when the first left the words out.
func (o *otherExtractors) bothLeftOut(ws []string) bool {
	o.readability()
	if !o.chose {
		return leftOut(o.readGrams, ws) && leftOut(o.distiller(), ws)
	}
	return leftOut(o.distiller(), ws) && leftOut(o.own(), ws)
}

func leftOut(g gramSet, ws []string) bool { return g != nil && !g.contains(ws) }

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

// minArticleWords is the least text the generic extractor calls an article.
const minArticleWords = 10

// minCandidateWords is the least text a candidate needs to have a vote.
const minCandidateWords = 20

// candidateGrams returns the word set of an extraction, nil when it found
// too little to count as an article.
func candidateGrams(n *html.Node) gramSet {
	if n == nil {
		return nil
	}
	return parasGrams(paragraphs(n))
}

func parasGrams(paras []string) gramSet {
	ws := words(strings.Join(paras, "\n"))
	if len(ws) <= minCandidateWords {
		return nil
	}
	return newGramSet(ws)
}

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
// holdsMost reports whether at least four in five of the words are in the
// set, wherever they stand.
func (g gramSet) holdsMost(words []string) bool {
	hit := 0
	for i := range words {
		if _, ok := g[hashWords(words[i:i+1])]; ok {
			hit++
		}
	}
	return hit*5 >= len(words)*4
}

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
func trafilaturaOptions(pageURL string) trafilatura.Options {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	return opts
}

// TrafilaturaBaseline is unmodified go-trafilatura (fallback on, as the
// article-extraction benchmark runs it) returning its plain text and the
// publication day (YYYY-MM-DD, "" for none) that go-htmldate gives it: the
// baselines the generic extractor and its dates are measured against.
func TrafilaturaBaseline(pageURL string, page []byte) (text, day string, err error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilaturaOptions(pageURL))
	if err != nil {
		return "", "", fmt.Errorf("go-trafilatura: %s: %w", pageURL, err)
	}
	if !res.Metadata.Date.IsZero() {
		day = res.Metadata.Date.Format(time.DateOnly)
	}
	return res.ContentText, day, nil
}
