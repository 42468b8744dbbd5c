package extract_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/samplesites"
)

// corpusPage is one page of the bundled sample sites, with its gold when
// it has one.
type corpusPage struct {
	site  string
	route samplesites.Route
	url   string
	html  []byte
	gold  *evaluation.Gold
}

// fetchedAt is when the sample sites were captured, after every article.
var fetchedAt = time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)

// corpusPages returns every HTML article page of the sample sites: the gold
// pages, plus pages without gold (such as PIB's Hindi release) on request.
func corpusPages(t testing.TB, withoutGold bool) []corpusPage {
	t.Helper()
	golds, err := evaluation.ReadGold(filepath.Join("..", "testdata", "gold", "forum.jsonl"), filepath.Join("..", "testdata", "gold", "pib.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*evaluation.Gold{}
	for i := range golds {
		byID[golds[i].ID] = &golds[i]
	}
	var out []corpusPage
	for _, name := range samplesites.Names() {
		site, err := samplesites.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range site.Routes {
			isRelease := strings.HasPrefix(r.File, "releases/") || strings.HasPrefix(r.File, "articles/")
			if r.Gold == "" && !(withoutGold && isRelease) {
				continue
			}
			b, err := site.File(r)
			if err != nil {
				t.Fatal(err)
			}
			p := corpusPage{site: name, route: r, url: site.BaseURL + r.Path, html: b}
			if r.Gold != "" {
				if p.gold = byID[r.Gold]; p.gold == nil {
					t.Fatalf("%s: route %s names gold %s, which is not in testdata/gold", name, r.Path, r.Gold)
				}
			}
			out = append(out, p)
		}
	}
	if len(out) < 16 {
		t.Fatalf("found %d corpus pages, want at least 16", len(out))
	}
	return out
}

func siteRules(t testing.TB) map[string]*configs.SiteRules {
	t.Helper()
	all, err := configs.LoadSiteRules()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func TestExtract_CorpusWithSiteRules(t *testing.T) {
	all := siteRules(t)
	exact, minF1 := 0, 1.0
	pages := corpusPages(t, false)
	for _, p := range pages {
		t.Run(p.gold.ID, func(t *testing.T) {
			rules := configs.RulesFor(all, hostOf(p.url), "")
			if rules == nil || rules.Name != p.site {
				t.Fatalf("RulesFor(%s) = %v, want the %s rules", hostOf(p.url), rules, p.site)
			}
			a, err := extract.Extract(extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt, Rules: rules})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := collapseSpace(a.Text), collapseSpace(p.gold.Text); got == want {
				exact++
			}
			_, _, f := evaluation.WordF1(a.Text, p.gold.Text)
			minF1 = min(minF1, f)
			if f < 0.99 {
				t.Errorf("body word F1 = %.3f, want ≥ 0.99\n%s", f, paraDiff(a.Text, p.gold.Text))
			}
			if a.Title != p.gold.Title {
				t.Errorf("title = %q, want %q", a.Title, p.gold.Title)
			}
			if !sameDay(a.Published, p.gold.Published) {
				t.Errorf("published = %q, want the day %s", a.Published, p.gold.Published)
			}
			if a.Byline != p.gold.Byline {
				t.Errorf("byline = %q, want %q", a.Byline, p.gold.Byline)
			}
			if a.Lang != "en" {
				t.Errorf("lang = %q, want en", a.Lang)
			}
			if strings.Contains(a.Text, "\n\n\n") || strings.Contains(a.Text, "  ") {
				t.Errorf("text has runs of white space: %q", a.Text)
			}
		})
	}
	t.Logf("%d of %d bodies exact, lowest word F1 %.4f", exact, len(pages), minF1)
	if exact < len(pages)-1 {
		t.Errorf("%d of %d bodies equal their gold after white-space normalisation, want at least %d", exact, len(pages), len(pages)-1)
	}
}

func TestExtract_PIBTimesAreIndiaStandardTime(t *testing.T) {
	all := siteRules(t)
	for _, p := range corpusPages(t, true) {
		if p.site != "pib" {
			continue
		}
		a, err := extract.Extract(extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt, Rules: all["pib"]})
		if err != nil {
			t.Fatalf("%s: %v", p.url, err)
		}
		if !strings.HasSuffix(a.Published, "+05:30") || len(a.Published) != len("2025-09-25T16:12:00+05:30") {
			t.Errorf("%s: published = %q, want a time at +05:30", p.url, a.Published)
		}
	}
}

func TestExtract_HindiReleaseIsHindi(t *testing.T) {
	all := siteRules(t)
	for _, withRules := range []bool{true, false} {
		for _, p := range corpusPages(t, true) {
			if !strings.Contains(p.route.Path, "PRID=2171391") {
				continue
			}
			in := extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt}
			if withRules {
				in.Rules = all["pib"]
			}
			a, err := extract.Extract(in)
			if err != nil {
				t.Fatal(err)
			}
			if a.Lang != "hi" {
				t.Errorf("rules %v: lang = %q, want hi", withRules, a.Lang)
			}
			if !mostlyDevanagari(a.Text) || strings.Contains(a.Text, "***") {
				t.Errorf("rules %v: body is not the Hindi release alone: %q", withRules, a.Text)
			}
			if !strings.HasPrefix(a.Published, "2025-09-25") {
				t.Errorf("rules %v: published = %q, want 2025-09-25", withRules, a.Published)
			}
		}
	}
}

// TestExtract_CorpusGeneric reads the gold pages with rules off, alone (as
// `trawl extract --no-rules` does) and with the site's other pages to learn
// its boilerplate from (as a run does).
func TestExtract_CorpusGeneric(t *testing.T) {
	for _, withSiblings := range []bool{false, true} {
		t.Run(fmt.Sprintf("siblings=%v", withSiblings), func(t *testing.T) { testCorpusGeneric(t, withSiblings) })
	}
}

func testCorpusGeneric(t *testing.T, withSiblings bool) {
	minF1 := 1.0
	defer func() { t.Logf("lowest word F1 %.4f", minF1) }()
	for _, p := range corpusPages(t, false) {
		t.Run(p.gold.ID, func(t *testing.T) {
			in := extract.Input{URL: p.url, HTML: p.html, FetchedAt: fetchedAt}
			if withSiblings {
				in.Siblings = siblingsOf(p, corpusPages(t, true))
			}
			a, err := extract.Extract(in)
			if err != nil {
				t.Fatal(err)
			}
			_, _, f := evaluation.WordF1(a.Text, p.gold.Text)
			minF1 = min(minF1, f)
			if f < 0.95 {
				t.Errorf("body word F1 = %.3f, want ≥ 0.95\n%s", f, paraDiff(a.Text, p.gold.Text))
			}
			if !sameDay(a.Published, p.gold.Published) {
				t.Errorf("published = %q, want the day %s", a.Published, p.gold.Published)
			}
			if a.Lang != "en" {
				t.Errorf("lang = %q, want en", a.Lang)
			}
		})
	}
}

// siblingsOf returns the other article pages of p's site.
func siblingsOf(p corpusPage, all []corpusPage) [][]byte {
	var out [][]byte
	for _, o := range all {
		if o.site == p.site && o.url != p.url {
			out = append(out, o.html)
		}
	}
	return out
}

func sameDay(got, want string) bool {
	return len(got) >= 10 && len(want) >= 10 && got[:10] == want[:10]
}

func hostOf(u string) string {
	u = u[strings.Index(u, "//")+2:]
	host, _, _ := strings.Cut(u, "/")
	return host
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func mostlyDevanagari(s string) bool {
	dev, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			letters++
			if unicode.Is(unicode.Devanagari, r) {
				dev++
			}
		}
	}
	return letters > 0 && dev*10 > letters*9
}

// paraDiff lists the paragraphs only one side has, for failure messages.
func paraDiff(got, want string) string {
	in := func(text string) map[string]bool {
		m := map[string]bool{}
		for _, p := range strings.Split(text, "\n\n") {
			m[collapseSpace(p)] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var b strings.Builder
	for _, p := range strings.Split(want, "\n\n") {
		if !g[collapseSpace(p)] {
			b.WriteString("  missing: " + p + "\n")
		}
	}
	for _, p := range strings.Split(got, "\n\n") {
		if !w[collapseSpace(p)] {
			b.WriteString("  extra:   " + p + "\n")
		}
	}
	return b.String()
}
