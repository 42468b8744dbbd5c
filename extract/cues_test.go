package extract

import (
	"strings"
	"testing"
)

// Every set in cues.txt is read by a rule, and every rule's set is there
// (cue panics at start-up otherwise).
func TestCues_EverySetUsed(t *testing.T) {
	if cueErr != nil {
		t.Fatal(cueErr)
	}
	for name := range cueSets {
		if !cuesUsed[name] {
			t.Errorf("cues.txt: [%s] is read by no rule", name)
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
	if err != nil || len(sets["a"].words) != 3 || !sets["a"].has("z") || len(sets["b"].words) != 0 {
		t.Fatalf("parseCues: %v, %v", sets, err)
	}
}

// TestCueSet_Has: the bitmap and the table never turn a member away, and
// a word of another set is found only where it is a member; a set of all
// the words, its table grown many times, finds each and no other.
func TestCueSet_Has(t *testing.T) {
	words := map[string]bool{"": true, "x": true, "Kessel's": true}
	all, inAll := newCueSet(), map[string]bool{}
	for _, s := range cueSets {
		for w := range s.words {
			words[w], inAll[w] = true, true
			all.put(w)
		}
	}
	for name, s := range cueSets {
		for w := range words {
			if got := s.has(w); got != s.words[w] {
				t.Fatalf("[%s].has(%q) = %v, want %v", name, w, got, s.words[w])
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
