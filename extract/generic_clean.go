package extract

import (
	"regexp"
	"strings"
)

// Bounds of the generic clean-up.
const (
	headerWords   = 30 // a header line (ministry, deck, date line) is shorter
	dateLineWords = 12 // "Posted On: 01 SEP 2025 6:10PM by PIB Delhi"; prose is longer
	signoffWords  = 12 // lines after a sign-off ("VK/Savvy", release ids) are shorter
	maxSiblings   = 8  // siblings read for boilerplate; more add little
	siblingQuorum = 2  // a paragraph on this many siblings is boilerplate
)

// signoff is a row of asterisks, dashes or similar that closes a release.
var signoff = regexp.MustCompile(`^[\s*#~=_\-–—•·.]{2,}$`)

var digits = regexp.MustCompile(`\p{Nd}+`)

// stripHeader removes the block of short lines an extractor takes in above
// the article (headline, deck, ministry or section name, byline and date
// line), up to the last one that is recognisably header: the title, the
// page's description, a date line or a byline.
func stripHeader(paras []string, m pageMeta, title string) []string {
	titles := map[string]bool{}
	for _, t := range []string{title, m.headline, m.ogTitle, m.title, m.description} {
		if k := wordKey(t); strings.TrimSpace(k) != "" {
			titles[k] = true
		}
	}
	last := -1
	for i, p := range paras {
		if len(strings.Fields(p)) > headerWords {
			break
		}
		k := wordKey(p)
		isDate := false
		if len(strings.Fields(p)) <= dateLineWords {
			_, isDate = parseDate(p, nil)
		}
		if titles[k] || isDate || isByline(p) || titleContains(m.title, k) {
			last = i
		}
	}
	return paras[last+1:]
}

// titleContains reports a paragraph that is the <title> less its site name.
func titleContains(pageTitle, key string) bool {
	t := wordKey(pageTitle)
	return len(strings.Fields(key)) >= 4 && strings.HasPrefix(t, key)
}

var bylineRE = regexp.MustCompile(`(?i)^(by|von|por|par|di|de|oleh)\s+\p{Lu}`)

func isByline(p string) bool { return len(strings.Fields(p)) <= 8 && bylineRE.MatchString(p) }

// stripSignoff ends the text at a sign-off row ("***") when only short
// lines (initials, release ids, counters) follow it.
func stripSignoff(paras []string) []string {
	for i, p := range paras {
		if !signoff.MatchString(p) {
			continue
		}
		short := true
		for _, q := range paras[i+1:] {
			short = short && len(strings.Fields(q)) <= signoffWords
		}
		if short {
			return paras[:i]
		}
	}
	return paras
}

// siblingBoilerplate returns the paragraphs of the site's other pages that
// repeat on at least siblingQuorum of them, numbers blurred so "Visitor
// Counter : 12873" matches "Visitor Counter : 2204".
func siblingBoilerplate(siblings [][]byte) map[string]bool {
	if len(siblings) < siblingQuorum {
		return nil
	}
	counts := map[string]int{}
	for _, b := range siblings[:min(len(siblings), maxSiblings)] {
		doc, err := parsePage(b) // bounded like any page
		if err != nil {
			continue
		}
		seen := map[string]bool{}
		for _, p := range paragraphs(doc) {
			k := blurDigits(p)
			if !seen[k] {
				seen[k] = true
				counts[k]++
			}
		}
	}
	out := map[string]bool{}
	for k, n := range counts {
		if n >= siblingQuorum {
			out[k] = true
		}
	}
	return out
}

func blurDigits(p string) string { return digits.ReplaceAllString(wordKey(p), "0") }

// dropBoilerplate leaves out paragraphs found in boilerplate.
func dropBoilerplate(paras []string, boilerplate map[string]bool) []string {
	if len(boilerplate) == 0 {
		return paras
	}
	out := paras[:0:0]
	for _, p := range paras {
		if !boilerplate[blurDigits(p)] {
			out = append(out, p)
		}
	}
	return out
}
