package extract_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/trawl/trawl/extract"
)

// TestExtract_InlineScriptKeepsParagraph: script, style and similar
// elements inside a paragraph are left out, and the words after them stay
// in the same paragraph, with site rules and without.
func TestExtract_InlineScriptKeepsParagraph(t *testing.T) {
	const want = "Before the tender closed, the navy asked for trials and after that the board met again."
	inline := map[string]string{
		"script":               `<script>var slot = "</p>"; track(1);</script>`,
		"script with markup":   `<script>document.write('<div class="ad">x</div>');</script>`,
		"style":                `<style>p { color: red }</style>`,
		"noscript":             `<noscript><img src="pixel.gif"></noscript>`,
		"template":             `<template><p>hidden</p></template>`,
		"json-ld in the body":  `<script type="application/ld+json">{"@type":"Thing"}</script>`,
		"two scripts and text": `<script>a()</script><script>b()</script>`,
	}
	// The page template puts the paragraph where the FORUM and PIB rules
	// and the generic extractor all read it, among ordinary prose.
	page := func(inlined string) []byte {
		p := strings.Replace(want, " and after", " "+inlined+" and after", 1)
		return []byte(`<html><head><title>Trials</title></head><body><article><h1 class="entry-title">Trials</h1>
<div class="entry-content innner-page-main-about-us-content-right-part"><p>` + p + `</p>` + article + `</div></article></body></html>`)
	}
	for _, rules := range []string{"", "forum", "pib"} {
		for name, inlined := range inline {
			t.Run(fmt.Sprintf("rules=%q/%s", rules, name), func(t *testing.T) {
				in := extract.Input{URL: "http://127.0.0.1/trials", HTML: page(inlined), FetchedAt: fetchedAt}
				if rules != "" {
					in.Rules = siteRules(t)[rules]
				}
				a, err := extract.Extract(in)
				if err != nil {
					t.Fatal(err)
				}
				first, _, _ := strings.Cut(a.Text, "\n\n")
				if first != want {
					t.Errorf("first paragraph = %q\nwant %q", first, want)
				}
			})
		}
	}
}

// TestExtract_StrayNULIsStillHTML: one NUL byte (a bad CMS export) does not
// make a page binary; binary files served as HTML still are.
func TestExtract_StrayNULIsStillHTML(t *testing.T) {
	for name, page := range map[string]string{
		"NUL at the start": "\x00<html><body>" + article + "</body></html>",
		"NUL in the text":  "<html><body>" + strings.Replace(article, "Thursday", "Thurs\x00day", 1) + "</body></html>",
		"NULs in a script": "<html><head><script>var a='\x00\x00\x00';</script></head><body>" + article + "</body></html>",
	} {
		t.Run(name, func(t *testing.T) {
			a, err := extract.Extract(extract.Input{URL: "http://127.0.0.1/nul", HTML: []byte(page), FetchedAt: fetchedAt})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "electronic warfare system") {
				t.Errorf("text lacks the article: %q", a.Text)
			}
		})
	}
	for name, page := range map[string]string{
		"GIF":         "GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,<p>x</p>",
		"PDF":         "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
		"gzip":        "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03<html>",
		"mostly NULs": "<html>" + strings.Repeat("\x00\x01", 200),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := extract.Extract(extract.Input{URL: "http://127.0.0.1/bin", HTML: []byte(page), FetchedAt: fetchedAt})
			if !errors.Is(err, extract.ErrNotHTML) {
				t.Errorf("error = %v, want ErrNotHTML", err)
			}
		})
	}
}
