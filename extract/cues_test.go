package extract

import (
	"strings"
	"testing"
)

// Every set in cues.txt is read by a rule, and every rule's set is there
// (loadCues panics otherwise).
func TestCues_EverySetUsed(t *testing.T) {
	sets, err := parseCues(cuesText)
	if err != nil {
		t.Fatal(err)
	}
	asked := map[string]bool{}
	for _, n := range cueSets {
		asked[n.name] = true
		if sets[n.name] == nil {
			t.Errorf("cues.txt has no [%s]", n.name)
		}
	}
	for name := range sets {
		if !asked[name] {
			t.Errorf("cues.txt: [%s] is read by no rule", name)
		}
	}
}

// TestParseCues_Words: the hand-split reading gives each set of cues.txt
// the words strings.Fields gives, as a set, "_" read as a space.
func TestParseCues_Words(t *testing.T) {
	want := map[string]map[string]bool{}
	var cur map[string]bool
	for _, line := range strings.Split(cuesText, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			cur = map[string]bool{}
			want[strings.Trim(line, "[]")] = cur
		default:
			for _, w := range strings.Fields(line) {
				cur[strings.ReplaceAll(w, "_", " ")] = true
			}
		}
	}
	sets, err := parseCues(cuesText)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != len(sets) {
		t.Fatalf("%d sets, want %d", len(sets), len(want))
	}
	for name, ws := range want {
		s := sets[name]
		if s == nil || s.len() != len(ws) {
			t.Fatalf("[%s]: %v, want %d words", name, s, len(ws))
		}
		for w := range ws {
			if !s.has(w) {
				t.Errorf("[%s] lacks %q", name, w)
			}
		}
	}
}

func TestParseCues_Errors(t *testing.T) {
	for text, want := range map[string]string{
		"orphan words\n[a]\nx":   "cues.txt:1: words before the first [set]",
		"[a]\nx\n# note\n[a]\ny": "cues.txt:4: set [a] appears twice",
	} {
		if _, err := parseCues(text); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseCues(%q) = %v, want %q", text, err, want)
		}
	}
	sets, err := parseCues("# c\n[a]\nx y\n  z\n[b]\n")
	if err != nil || sets["a"].len() != 3 || !sets["a"].has("z") || sets["b"].len() != 0 {
		t.Fatalf("parseCues: %v, %v", sets, err)
	}
}

// TestCueSet_Has: the bitmap and the table never turn a member away, and
// a word of another set is found only where it is a member; a set of all
// the words, its table grown many times, finds each and no other.
func TestCueSet_Has(t *testing.T) {
	words := map[string]bool{"": true, "x": true, "Kessel's": true}
	all, inAll := newCueSet(), map[string]bool{}
	members := map[string]map[string]bool{}
	for _, n := range cueSets {
		name, s := n.name, n.c
		members[name] = map[string]bool{}
		for w := range s.all() {
			words[w], inAll[w], members[name][w] = true, true, true
			all.put(w)
		}
		if len(members[name]) != s.len() {
			t.Fatalf("[%s]: %d words, len() says %d", name, len(members[name]), s.len())
		}
	}
	for _, n := range cueSets {
		name, s := n.name, n.c
		for w := range words {
			if got := s.has(w); got != members[name][w] {
				t.Fatalf("[%s].has(%q) = %v, want %v", name, w, got, members[name][w])
			}
		}
	}
	for w := range words {
		for _, v := range []string{w, w + "s", "a" + w} {
			if all.has(v) != inAll[v] {
				t.Fatalf("all.has(%q) = %v", v, !inAll[v])
			}
		}
	}
}
