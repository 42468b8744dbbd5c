package export

import (
	"cmp"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/storage"
)

// Edge kinds: two entities named in one sentence, or in one article.
const (
	InSentence = "sentence"
	InArticle  = "article"
)

// Edge is a weighted co-occurrence of two entities (From < To). Weight
// counts sentences for InSentence and articles for InArticle; Articles
// counts the articles either way.
type Edge struct {
	From, To    int64
	Kind        string
	Weight      int64
	Articles    int64
	First, Last *time.Time

	lastArticle int64
}

type edgeKey struct {
	from, to int64
	kind     string
}

// graph is the co-occurrence graph of the exported entities. Its memory
// grows with the number of distinct edges, not with mentions.
type graph struct {
	nodes []storage.EntityRow
	edges []*Edge
}

func (g *graph) size() int64 { return int64(len(g.nodes) + len(g.edges)) }

func buildGraph(ctx context.Context, st *storage.Store, f storage.ExportFilter) (*graph, error) {
	g := &graph{}
	if err := st.EachEntity(ctx, f, func(e *storage.EntityRow) error {
		g.nodes = append(g.nodes, *e)
		return nil
	}); err != nil {
		return nil, err
	}
	edges := map[edgeKey]*Edge{}
	link := func(kind string, ids []int64, article int64, published *time.Time) {
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				k := edgeKey{a, b, kind}
				e := edges[k]
				if e == nil {
					e = &Edge{From: a, To: b, Kind: kind}
					edges[k] = e
				}
				e.Weight++
				if e.lastArticle != article {
					e.lastArticle = article
					e.Articles++
				}
				if published != nil {
					if e.First == nil || published.Before(*e.First) {
						e.First = published
					}
					if e.Last == nil || published.After(*e.Last) {
						e.Last = published
					}
				}
			}
		}
	}
	err := st.EachArticleMentions(ctx, f, false, func(am *storage.ArticleMentions) error {
		spans := extract.SentenceSpans(am.Text)
		bySentence := map[int][]int64{}
		var inArticle []int64
		for _, m := range am.Mentions {
			inArticle = append(inArticle, m.EntityID)
			if s := sentenceOf(spans, int(m.Start)); s >= 0 {
				bySentence[s] = append(bySentence[s], m.EntityID)
			}
		}
		link(InArticle, distinct(inArticle), am.ArticleID, am.Published)
		for _, ids := range bySentence {
			link(InSentence, distinct(ids), am.ArticleID, am.Published)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, e := range edges {
		g.edges = append(g.edges, e)
	}
	slices.SortFunc(g.edges, func(a, b *Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind))
	})
	return g, nil
}

func distinct(ids []int64) []int64 {
	slices.Sort(ids)
	return slices.Compact(ids)
}

func formatTime(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}

// graphMLKeys declare the GraphML attributes. "label" holds the canonical
// name, which Gephi and yEd show on the node; "weight" is what Gephi
// weighs edges by.
var graphMLKeys = []struct{ id, on, name, typ string }{
	{"label", "node", "label", "string"},
	{"kind", "node", "kind", "string"},
	{"status", "node", "status", "string"},
	{"mentions", "node", "mentions", "long"},
	{"articles", "node", "articles", "long"},
	{"first_seen", "node", "first_seen", "string"},
	{"last_seen", "node", "last_seen", "string"},
	{"ekind", "edge", "kind", "string"},
	{"weight", "edge", "weight", "double"},
	{"earticles", "edge", "articles", "long"},
	{"first", "edge", "first_seen", "string"},
	{"last", "edge", "last_seen", "string"},
}

func (g *graph) writeGraphML(out io.Writer) error {
	w := &xmlWriter{w: out}
	w.raw(xml.Header + `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` + "\n")
	for _, k := range graphMLKeys {
		w.raw(`  <key id="` + k.id + `" for="` + k.on + `" attr.name="` + k.name + `" attr.type="` + k.typ + `"/>` + "\n")
	}
	w.raw(`  <graph id="trawl" edgedefault="undirected">` + "\n")
	for _, n := range g.nodes {
		w.raw(`    <node id="n` + strconv.FormatInt(n.ID, 10) + `">`)
		w.data("label", n.Canonical)
		w.data("kind", n.Label)
		w.data("status", n.Status)
		w.data("mentions", strconv.FormatInt(n.Mentions, 10))
		w.data("articles", strconv.FormatInt(n.Articles, 10))
		w.data("first_seen", formatTime(n.FirstSeen))
		w.data("last_seen", formatTime(n.LastSeen))
		w.raw("</node>\n")
	}
	for i, e := range g.edges {
		w.raw(fmt.Sprintf(`    <edge id="e%d" source="n%d" target="n%d">`, i, e.From, e.To))
		w.data("ekind", e.Kind)
		w.data("weight", strconv.FormatInt(e.Weight, 10))
		w.data("earticles", strconv.FormatInt(e.Articles, 10))
		w.data("first", formatTime(e.First))
		w.data("last", formatTime(e.Last))
		w.raw("</edge>\n")
	}
	w.raw("  </graph>\n</graphml>\n")
	return w.err
}

// xmlWriter keeps the first error, so the writing reads straight.
type xmlWriter struct {
	w   io.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = io.WriteString(x.w, s)
	}
}

func (x *xmlWriter) data(key, value string) {
	if value == "" {
		return
	}
	x.raw(`<data key="` + key + `">`)
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(value))
	}
	x.raw(`</data>`)
}

// Neo4j import files, with neo4j-admin's typed headers. Nodes carry the
// label Entity and their entity label (PERSON, ORG, ...); relationships are
// CO_SENTENCE and CO_ARTICLE.
const (
	Neo4jNodes         = "nodes.csv"
	Neo4jRelationships = "relationships.csv"
)

var (
	neo4jNodeHeader = []string{"entityId:ID", "canonical", "status", "mentions:long", "articles:long",
		"first_seen:datetime", "last_seen:datetime", ":LABEL"}
	neo4jRelHeader = []string{":START_ID", ":END_ID", ":TYPE", "weight:long", "articles:long",
		"first_seen:datetime", "last_seen:datetime"}
	neo4jTypes = map[string]string{InSentence: "CO_SENTENCE", InArticle: "CO_ARTICLE"}
)

func writeNeo4jDir(ctx context.Context, st *storage.Store, f storage.ExportFilter, dir string) (int64, error) {
	g, err := buildGraph(ctx, st, f)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	err = writeFile(filepath.Join(dir, Neo4jNodes), func(w io.Writer) error {
		return writeCSV(w, neo4jNodeHeader, len(g.nodes), func(i int) []string {
			n := g.nodes[i]
			return []string{strconv.FormatInt(n.ID, 10), n.Canonical, n.Status, strconv.FormatInt(n.Mentions, 10),
				strconv.FormatInt(n.Articles, 10), formatTime(n.FirstSeen), formatTime(n.LastSeen), "Entity;" + n.Label}
		})
	})
	if err != nil {
		return 0, err
	}
	err = writeFile(filepath.Join(dir, Neo4jRelationships), func(w io.Writer) error {
		return writeCSV(w, neo4jRelHeader, len(g.edges), func(i int) []string {
			e := g.edges[i]
			return []string{strconv.FormatInt(e.From, 10), strconv.FormatInt(e.To, 10), neo4jTypes[e.Kind],
				strconv.FormatInt(e.Weight, 10), strconv.FormatInt(e.Articles, 10), formatTime(e.First), formatTime(e.Last)}
		})
	})
	return g.size(), err
}

func writeCSV(w io.Writer, header []string, n int, record func(int) []string) error {
	cw := csv.NewWriter(w)
	cw.Write(header) //nolint:errcheck // csv.Writer keeps the error for Flush
	for i := 0; i < n; i++ {
		cw.Write(record(i)) //nolint:errcheck // as above
	}
	cw.Flush()
	return cw.Error()
}
