package ruleshape

import (
	"os"
	"path/filepath"
	"testing"
)

// shapes are the shapes whose facts match.
func shapes(match func(Facts) bool) Shape {
	var out Shape
	for i, f := range Shapes {
		if match(f) {
			out |= 1 << i
		}
	}
	return out
}

// TestRefusals reads rules written for the test: the guards it may trust
// and the ones it must not.
func TestRefusals(t *testing.T) {
	rules := map[string]string{
		// len(ps) through a variable
		"twoOrMore": "n := len(ps)\nif n < 2 {\nreturn false\n}\nreturn true",
		// one piece that is no listed name
		"loneWordOnly": "if len(ps) != 1 || ps[0].unit != nil {\nreturn false\n}\nreturn true",
		"noUnits":      "if hasUnit(ps) || hasConn(ps) {\nreturn false\n}\nreturn true",
		"someUnit":     "if !hasUnit(ps) {\nreturn false\n}\nreturn true",
		// the last piece must be listed: no piece is when the chunk has none
		"listedLast": "last := ps[len(ps)-1]\nif last.unit == nil {\nreturn false\n}\nreturn true",
		// a listed name's word is "", in no cue set
		"cueFirst": "if !starts.has(d.word(ps[0])) {\nreturn false\n}\nreturn true",
		"theLast":  "if d.word(ps[len(ps)-1]) != \"The\" {\nreturn false\n}\nreturn true",
		// a second guard, after a pure first one
		"secondGuard": "if starts.has(d.toks[0].text) {\nreturn false\n}\nif len(ps) > 1 {\nreturn false\n}\nreturn true",
		// a pure test before the deciding one
		"pureBefore": "s := ps[0].s\nif s == 0 || len(ps) < 3 {\nreturn false\n}\nreturn true",
		// a lone listed name's label: one of Labels, not one, or another
		// label (which the last shape may have)
		"gpeOnly":   "if len(ps) != 1 || ps[0].unit == nil || ps[0].unit.label != \"GPE\" {\nreturn false\n}\nreturn true",
		"notORG":    "if ps[0].unit != nil && ps[0].unit.label != \"ORG\" {\nreturn false\n}\nreturn true",
		"isORG":     "if len(ps) == 1 && ps[0].unit != nil && ps[0].unit.label == \"ORG\" {\nreturn false\n}\nreturn true",
		"otherNORP": "if ps[0].unit != nil && ps[0].unit.label == \"NORP\" {\nreturn false\n}\nreturn true",
		"notNORP":   "if len(ps) == 1 && ps[0].unit != nil && ps[0].unit.label != \"NORP\" {\nreturn false\n}\nreturn true",
		// a lone piece's length in tokens, directly or through its bounds;
		// a first piece's among others is not known
		"shortOnly":  "if len(ps) != 1 || ps[0].e-ps[0].s != 1 {\nreturn false\n}\nreturn true",
		"spanVar":    "s, e := ps[0].s, ps[len(ps)-1].e\nif len(ps) != 1 || e-s > 1 {\nreturn false\n}\nreturn true",
		"firstShort": "if ps[0].e-ps[0].s != 1 {\nreturn false\n}\nreturn true",
		// loneWord's ok, and what a call with effects after it does
		"loneWordOK":     "s, ok := d.loneWord(ps)\nif !ok || s == 0 {\nreturn false\n}\nreturn true",
		"loneWordEffect": "s, ok := d.loneWord(ps)\nd.claim(s, s+1)\nif !ok {\nreturn false\n}\nreturn true",
		"loneWordTrue":   "_, ok := d.loneWord(ps)\nif ok {\nreturn false\n}\nreturn true",
		// nameWords is 0 for a lone listed name that is no programme's or
		// place's; allUnits
		"nameWordsZero": "words := d.nameWords(ps)\nif words == 0 {\nreturn false\n}\nreturn true",
		"nameWordsTwo":  "if d.nameWords(ps) < 2 {\nreturn false\n}\nreturn true",
		"allUnitsNot":   "if allUnits(ps) {\nreturn false\n}\nreturn true",
		"someWord":      "if !allUnits(ps) {\nreturn false\n}\nreturn true",
		// what ends the reading: a call with effects, a changed ps, a guard
		// that returns true, a guard that needs more than the shape, an
		// effect before the deciding test
		"callFirst":    "d.claim(0, 1)\nif len(ps) < 2 {\nreturn false\n}\nreturn true",
		"shortened":    "ps = ps[1:]\nif len(ps) < 2 {\nreturn false\n}\nreturn true",
		"returnsTrue":  "if len(ps) < 2 {\nreturn true\n}\nreturn false",
		"needsContext": "if len(ps) < 2 && d.word(ps[0]) == \"Kessel\" {\nreturn false\n}\nreturn true",
		"effectFirst":  "if d.add(0, 1) || len(ps) < 2 {\nreturn false\n}\nreturn true",
		"impureGuard":  "if d.add(0, 1) {\nreturn false\n}\nif len(ps) < 2 {\nreturn false\n}\nreturn true",
		"withElse":     "if len(ps) < 2 {\nreturn false\n} else {\nd.claim(0, 1)\n}\nreturn true",
	}
	loneUnit := func(f Facts) bool { return f.lone() && f.Unit == yes }
	loneWord := func(f Facts) bool { return f.lone() && f.Unit == no }
	want := map[string]Shape{
		"twoOrMore":    shapes(Facts.lone),
		"loneWordOnly": shapes(func(f Facts) bool { return !loneWord(f) }),
		"noUnits":      shapes(func(f Facts) bool { return f.HasUnit == yes || f.HasConn == yes }),
		"someUnit":     shapes(func(f Facts) bool { return f.HasUnit == no }),
		"listedLast":   shapes(func(f Facts) bool { return f.HasUnit == no }),
		"cueFirst":     shapes(loneUnit),
		"theLast":      shapes(loneUnit),
		"secondGuard":  shapes(func(f Facts) bool { return !f.lone() }),
		"pureBefore":   shapes(func(f Facts) bool { return f.MaxLen < 3 }),
		"gpeOnly":      shapes(func(f Facts) bool { return !loneUnit(f) || f.Label != "GPE" }),
		"notORG":       shapes(func(f Facts) bool { return loneUnit(f) && f.Label != "ORG" }),
		"isORG":        shapes(func(f Facts) bool { return loneUnit(f) && f.Label == "ORG" }),
		"notNORP":      shapes(func(f Facts) bool { return loneUnit(f) && f.Label != "" }),
		"shortOnly":    shapes(func(f Facts) bool { return !f.lone() || f.Short == no }),
		"spanVar":      shapes(func(f Facts) bool { return !f.lone() || f.Short == no }),
		"firstShort":   shapes(func(f Facts) bool { return f.lone() && f.Short == no }),
		"loneWordOK":   shapes(func(f Facts) bool { return !loneWord(f) || f.Short == no }),
		"loneWordTrue": 0,
		"nameWordsZero": shapes(func(f Facts) bool {
			return loneUnit(f) && f.Label != "GPE" && f.Label != "LOC" && f.Label != "PROGRAM"
		}),
		"nameWordsTwo": shapes(Facts.lone),
		"allUnitsNot":  shapes(loneUnit),
		"someWord":     shapes(func(f Facts) bool { return loneWord(f) || !f.lone() && f.HasUnit == no }),
	}
	src := "package extract\n\n"
	for name, body := range rules {
		src += "func (d *doc) " + name + "(ps []piece) bool {\n" + body + "\n}\n\n"
	}
	// not a rule: another signature
	src += "func (d *doc) notRule(ps []piece, i int) bool {\nif len(ps) < 2 {\nreturn false\n}\nreturn true\n}\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rules.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Refusals(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name := range rules {
		if got[name] != want[name] {
			t.Errorf("%s: refuses %022b, want %022b", name, got[name], want[name])
		}
	}
	if _, ok := got["notRule"]; ok {
		t.Error("notRule is no chunk rule")
	}
}

func TestRender(t *testing.T) {
	b, err := Render("extract", map[string]Shape{"b": 4, "a": 1})
	if err != nil {
		t.Fatal(err)
	}
	want := "// Code generated by internal/ruleshape/gen; DO NOT EDIT.\n\npackage extract\n\n" +
		"// refusedShapes: the chunk shapes each rule's opening guards turn away\n// (internal/ruleshape); `go generate ./extract` writes it.\n" +
		"var refusedShapes = map[string]chunkShape{\n\t\"a\": 1,\n\t\"b\": 4,\n}\n"
	if string(b) != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
}
