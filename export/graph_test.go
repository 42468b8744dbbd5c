package export

import (
	"context"
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/trawl/trawl/storage"
)

type graphML struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
	} `xml:"key"`
	Graph struct {
		Nodes []struct {
			ID   string    `xml:"id,attr"`
			Data []xmlData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []xmlData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func dataMap(d []xmlData) map[string]string {
	m := map[string]string{}
	for _, x := range d {
		m[x.Key] = x.Value
	}
	return m
}

// entityID looks an entity up by canonical name.
func entityID(t *testing.T, st *storage.Store, canonical string) int64 {
	var id int64
	if err := st.DB().QueryRow(`SELECT id FROM entities WHERE canonical = ?`, canonical).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

func TestWrite_GraphMLRoundTrip(t *testing.T) {
	st := fixtureStore(t)
	var g graphML
	if err := xml.Unmarshal(export(t, st, Graph, GraphML, storage.ExportFilter{}), &g); err != nil {
		t.Fatal(err)
	}
	// Nodes are the entities export, row by row.
	entities := readBack[storage.EntityRow](t, CSV, export(t, st, Entities, CSV, storage.ExportFilter{}))
	if len(g.Graph.Nodes) != len(entities) {
		t.Fatalf("%d nodes, want %d entities", len(g.Graph.Nodes), len(entities))
	}
	for i, n := range g.Graph.Nodes {
		d, e := dataMap(n.Data), entities[i]
		if n.ID != "n"+strconv.FormatInt(e.ID, 10) || d["label"] != e.Canonical || d["kind"] != e.Label ||
			d["mentions"] != strconv.FormatInt(e.Mentions, 10) || d["first_seen"] != formatTime(e.FirstSeen) {
			t.Errorf("node %s %v does not match entity %+v", n.ID, d, e)
		}
	}
	edges := map[string]map[string]string{}
	for _, e := range g.Graph.Edges {
		d := dataMap(e.Data)
		edges[e.Source+"-"+e.Target+"/"+d["ekind"]] = d
	}
	node := func(canonical string) string { return "n" + strconv.FormatInt(entityID(t, st, canonical), 10) }
	pair := func(a, b, kind string) string {
		x, y := entityID(t, st, a), entityID(t, st, b)
		if x > y {
			x, y = y, x
		}
		return "n" + strconv.FormatInt(x, 10) + "-n" + strconv.FormatInt(y, 10) + "/" + kind
	}
	// India and Rafale share a sentence in the first article and an article
	// in both kept ones (the duplicate left out).
	if d := edges[pair("India", "Rafale", InArticle)]; d["weight"] != "2" || d["earticles"] != "2" ||
		d["first"] != "2025-03-10T09:00:00+05:30" || d["last"] != "2025-04-01T00:00:00Z" {
		t.Errorf("India–Rafale article edge %v", d)
	}
	if d := edges[pair("India", "Rafale", InSentence)]; d["weight"] != "1" || d["earticles"] != "1" {
		t.Errorf("India–Rafale sentence edge %v", d)
	}
	// Rao and HAL share an article but no sentence.
	if d := edges[pair("Vikram Rao", "Hindustan Aeronautics Limited", InSentence)]; d != nil {
		t.Errorf("Rao–HAL sentence edge %v, want none", d)
	}
	if d := edges[pair("Vikram Rao", "Hindustan Aeronautics Limited", InArticle)]; d["weight"] != "1" {
		t.Errorf("Rao–HAL article edge %v", d)
	}
	// HAL and India share a sentence in the second article only.
	if d := edges[pair("Hindustan Aeronautics Limited", "India", InSentence)]; d["weight"] != "1" || d["first"] != "2025-04-01T00:00:00Z" {
		t.Errorf("HAL–India sentence edge %v", d)
	}
	// A rejected entity is no node and no edge.
	spam := node("Spam Corp")
	for _, e := range g.Graph.Edges {
		if e.Source == spam || e.Target == spam {
			t.Errorf("edge %s-%s touches the rejected entity", e.Source, e.Target)
		}
	}
	// Article pairs: 10 in the first article, 1 in the last (the second's
	// three pairs are among the first's); sentence pairs: 3 + 1 + 1.
	if len(edges) != 16 {
		t.Errorf("%d edges, want 16", len(edges))
	}
}

func TestRun_Neo4jImportFiles(t *testing.T) {
	st := fixtureStore(t)
	dir := filepath.Join(t.TempDir(), "neo4j")
	if _, err := Run(context.Background(), st, Options{Request: Request{What: Graph, Format: Neo4j}, Out: dir}, nil); err != nil {
		t.Fatal(err)
	}
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	nodes, rels := read(Neo4jNodes), read(Neo4jRelationships)
	if !slices.Equal(nodes[0], neo4jNodeHeader) || !slices.Equal(rels[0], neo4jRelHeader) {
		t.Fatalf("headers %q / %q", nodes[0], rels[0])
	}
	ids := map[string]bool{}
	for _, n := range nodes[1:] {
		ids[n[0]] = true
		if !strings.HasPrefix(n[7], "Entity;") {
			t.Errorf("node labels %q", n[7])
		}
	}
	if len(ids) != 7 {
		t.Errorf("%d nodes, want 7", len(ids))
	}
	if len(rels)-1 != 16 {
		t.Errorf("%d relationships, want 16", len(rels)-1)
	}
	for _, r := range rels[1:] {
		if !ids[r[0]] || !ids[r[1]] || (r[2] != "CO_SENTENCE" && r[2] != "CO_ARTICLE") {
			t.Errorf("relationship %q: unknown node or type", r)
		}
	}
}
