package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/trawl/trawl/extract/internal/ruleshape"
)

// TestChunkShapes_Current: chunk_shapes.go is what the rules' source
// gives, so a changed guard cannot ship without `go generate ./extract`.
func TestChunkShapes_Current(t *testing.T) {
	m, err := ruleshape.Refusals(".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := ruleshape.Render("extract", m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("chunk_shapes.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("chunk_shapes.go differs from what the rules' guards give: run `go generate ./extract`")
	}
}

// TestChunkShapes_SameOutput: asking each chunk only the rules that do not
// refuse its shape annotates every written set and the gold as asking all
// of them does, and it does skip rules for every shape.
func TestChunkShapes_SameOutput(t *testing.T) {
	rulesSorted.Do(sortRules)
	for i, rs := range rulesFor {
		if len(rs) >= len(chunkRules) {
			t.Errorf("shape %d: %d of %d rules asked; refusedShapes names no rule (are the rules still methods?)", i, len(rs), len(chunkRules))
		}
	}
	paths, _ := filepath.Glob("../testdata/*/*.jsonl")
	var texts []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var a struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			texts = append(texts, a.Text)
		}
		f.Close()
	}
	if len(texts) < 100 {
		t.Fatalf("%d texts in ../testdata/*/*.jsonl, want the written sets and the gold", len(texts))
	}
	a := newTestAnnotator(t)
	annotateAll := func() [][]Entity {
		var out [][]Entity
		for _, s := range texts {
			out = append(out, a.Annotate(s, time.Time{}))
		}
		return out
	}
	fast := annotateAll()
	saved := rulesFor
	defer func() { rulesFor = saved }()
	for i := range rulesFor {
		rulesFor[i] = chunkRules
	}
	slow := annotateAll()
	for i := range texts {
		if !reflect.DeepEqual(fast[i], slow[i]) {
			t.Errorf("text %d: skipping refused rules gives %d entities, asking all %d:\n%s", i, len(fast[i]), len(slow[i]),
				strings.Join(render(fast[i], true), "; "))
		}
	}
}

// TestShapeOf: shapeOf numbers every kind of chunk as ruleshape's Shapes
// describe it, and each shape has chunks.
func TestShapeOf(t *testing.T) {
	if len(ruleshape.Shapes) != numShapes {
		t.Fatalf("ruleshape has %d shapes, classify %d", len(ruleshape.Shapes), numShapes)
	}
	listed := func(s, e int, label string) piece {
		return piece{s: s, e: e, unit: &unit{gazHit: gazHit{label: label}}}
	}
	word := func(s, e int) piece { return piece{s: s, e: e} }
	conn := func(s int) piece { return piece{s: s, e: s + 1, conn: true} }
	var chunks [][]piece
	for _, l := range append(shapeLabels[:], "NORP") {
		chunks = append(chunks, []piece{listed(0, 1, l)}, []piece{listed(0, 2, l)})
	}
	chunks = append(chunks, []piece{word(0, 1)}, []piece{word(0, 2)},
		[]piece{word(0, 1), word(1, 2)}, []piece{word(0, 1), listed(1, 3, "ORG")},
		[]piece{word(0, 1), word(1, 2), word(2, 3)}, []piece{listed(0, 1, "GPE"), word(1, 2), word(2, 3)},
		[]piece{word(0, 1), conn(1), word(2, 3)}, []piece{word(0, 1), conn(1), listed(2, 3, "LOC")})
	seen := make([]bool, numShapes)
	for _, ps := range chunks {
		i := shapeOf(ps)
		seen[i] = true
		label := ""
		if ps[0].unit != nil {
			label = ps[0].unit.label
		}
		if !ruleshape.Shapes[i].Fits(len(ps), ps[0].unit != nil, label, ps[0].e-ps[0].s == 1, hasUnit(ps), hasConn(ps)) {
			t.Errorf("%+v: shape %d is %+v", ps, i, ruleshape.Shapes[i])
		}
	}
	for i, ok := range seen {
		if !ok {
			t.Errorf("shape %d: no chunk", i)
		}
	}
}
