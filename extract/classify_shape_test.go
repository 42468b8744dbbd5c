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
