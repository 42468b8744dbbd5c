package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestDropAgreedBoilerplate: a paragraph goes only when the page's structure
// marks it as boilerplate and both other extractors left it out.
func TestDropAgreedBoilerplate(t *testing.T) {
	const (
		prose   = "The regiment moved north before the rains and set up camp by the river crossing."
		teaser  = "More coverage: a look back at last year's exercises in the desert"
		menu    = "Home World Business Sport"
		unknown = "A closing line both other extractors happened to leave out of their articles."
	)
	blocks := map[string]blockSigns{
		wordKey(prose):   {text: 80},
		wordKey(teaser):  {text: 60, linked: 45},          // mostly link text
		wordKey(menu):    {text: 24, inBoilerplate: true}, // inside <nav>
		wordKey(unknown): {text: 70},
	}
	grams := func(paras ...string) gramSet {
		return newGramSet(words(strings.Repeat(strings.Join(paras, " ")+" ", 3)))
	}
	tests := []struct {
		name                   string
		readability, distiller gramSet
		want                   []string
	}{
		{"both left the teaser and menu out", grams(prose), grams(prose), []string{prose, unknown}},
		{"readability kept the teaser", grams(prose, teaser), grams(prose), []string{prose, teaser, unknown}},
		{"DOM Distiller kept the menu", grams(prose), grams(prose, menu), []string{prose, menu, unknown}},
		{"DOM Distiller found no article", grams(prose), nil, []string{prose, teaser, menu, unknown}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := &otherExtractors{readDone: true, distDone: true, readGrams: tc.readability, distGrams: tc.distiller}
			got := dropAgreedBoilerplate([]string{prose, teaser, menu, unknown}, blocks, o)
			if !slices.Equal(got, tc.want) {
				t.Errorf("kept %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestReadBlocks_Signs: containers, roles, class words and link text mark
// a paragraph as boilerplate; prose with a link in it is not.
func TestReadBlocks_Signs(t *testing.T) {
	doc, err := parsePage([]byte(`<html><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div role="complementary"><p>Sidebar words that sit beside the story.</p></div>
<div class="post-share_bar"><p>Send this to a friend by email today.</p></div>
<article><p>The talks ended with a joint statement and <a href="/s">a date</a> for the next round in spring.</p>
<p>More coverage: <a href="/x">a look back at last year's exercises in the desert</a></p></article>
</body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	blocks, n := readBlocks(doc)
	want := map[string]bool{
		"Home World": true,
		"Sidebar words that sit beside the story.":                                        true,
		"Send this to a friend by email today.":                                           true,
		"The talks ended with a joint statement and a date for the next round in spring.": false,
		"More coverage: a look back at last year's exercises in the desert":               true,
	}
	if n != len(want) {
		t.Errorf("%d paragraphs, want %d", n, len(want))
	}
	for p, boiler := range want {
		sign, ok := blocks[wordKey(p)]
		if !ok || sign.boilerplate() != boiler {
			t.Errorf("%q: found %v, boilerplate %v, want %v", p, ok, sign.boilerplate(), boiler)
		}
	}
}

// TestStripSignoff: the text ends at a newsroom end mark when only short
// lines or boilerplate follow; an end mark with prose after it is kept.
func TestStripSignoff(t *testing.T) {
	const prose = "The council approved the purchase of four transport aircraft and two maintenance hangars after a review lasting most of the year."
	related := "Minister opens a new training centre for naval aviators at the southern air station"
	isRelated := func(p string) bool { return p == related }
	tests := []struct {
		name string
		in   []string
		want int // paragraphs kept
	}{
		{"asterisks then initials", []string{prose, "***", "AB/CD", "(Release ID: 1234) Visitor Counter : 56"}, 1},
		{"hashes", []string{prose, "###"}, 1},
		{"-30-", []string{prose, "-30-", "Media contact: press office"}, 1},
		{"ENDS", []string{prose, "ENDS"}, 1},
		{"then a link to another release", []string{prose, "***", "AB/CD", related}, 1},
		{"a divider inside the article", []string{prose, "* * *", prose}, 3},
		{"no end mark", []string{prose, "AB/CD"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := stripSignoff(tc.in, isRelated); len(got) != tc.want {
				t.Errorf("kept %q, want the first %d", got, tc.want)
			}
		})
	}
}

// TestStripHeader: the short lines above an article go up to the last one
// that is recognisably header (title, date line, byline); a short lead
// sentence that mentions a date or starts with "By" is prose and stays.
func TestStripHeader(t *testing.T) {
	const title = "Port authority orders six harbour tugs"
	const body = "The port authority has ordered six harbour tugs from a local yard, the first of which is due next spring."
	tests := []struct {
		name string
		in   []string
		want int // paragraphs kept
	}{
		{"title, byline, date line", []string{title, "By Jane Doe and Ravi Kumar, Staff Writers", "Updated: March 3, 2025 10:15 a.m. ET", body}, 1},
		{"byline in capitals after a bar", []string{"By JOHN SMITH | Harbour Desk", body}, 1},
		{"date line with a cue and a source", []string{"Posted On: 25 SEP 2025 4:12PM by Port Office", body}, 1},
		{"reading time and date", []string{"3 min read · Mar 3, 2025", body}, 1},
		{"short lead sentence with a date", []string{"The tender closed on 12 May 2025.", body}, 2},
		{"short lead sentence that starts with By", []string{"By Friday the deal was done.", body}, 2},
		{"By and a common noun", []string{"By the end of the year, six tugs", body}, 2},
		{"a labelled byline", []string{"Author: Jane Doe", body}, 1},
		{"a labelled byline in Vietnamese", []string{"Tác giả: Thanh Hà", body}, 1},
		{"a labelled byline in Russian", []string{"Автор: Анна Ким", body}, 1},
		{"a labelled byline in Chinese", []string{"作者：王芳", body}, 1},
		{"a label and no name", []string{"Author: unknown, see notes", body}, 2},
		{"a date inside a longer line of prose", []string{"Officials said the yard would deliver the first tug in 2026-04-01 trials", body}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := stripHeader(tc.in, pageMeta{}, title)
			if len(got) != tc.want {
				t.Errorf("kept %q, want the last %d", got, tc.want)
			}
		})
	}
}
