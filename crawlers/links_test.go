package crawlers

import (
	"net/url"
	"slices"
	"testing"

	"github.com/trawl/trawl/configs"
)

func TestSniffDoc_ByContent(t *testing.T) {
	tests := []struct {
		name, body, contentType string
		want                    docKind
	}{
		{"rss served as html", `<?xml version="1.0"?><rss version="2.0"><channel/></rss>`, "text/html", feedDoc},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"></feed>`, "application/octet-stream", feedDoc},
		{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>`, "", feedDoc},
		{"urlset after comment and stylesheet", `<!-- Yoast --><?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><urlset/>`, "text/xml", sitemapDoc},
		{"sitemap index", "\uFEFF\n <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>", "application/xml", sitemapIndex},
		{"html with doctype", "<!DOCTYPE html><html><body>x</body></html>", "text/plain", htmlDoc},
		{"html fragment by type", "<p>hello", "text/html; charset=utf-8", htmlDoc},
		{"json", `{"a":1}`, "application/json", otherDoc},
		{"binary", "\x00\x01\x02", "application/octet-stream", otherDoc},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniffDoc([]byte(tt.body), tt.contentType); got != tt.want {
				t.Errorf("sniffDoc = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestHTMLLinks_ResolvesAndFilters(t *testing.T) {
	page, _ := url.Parse("https://example.com/news/list/")
	body := `<html><head><base href="https://example.com/base/">
	<link rel="alternate" hreflang="hi" href="/hi/story">
	<link rel="stylesheet" href="/style.css">
	<link rel="alternate" type="application/rss+xml" href="/feed/">
	</head><body>
	<a href="story-1">rel</a> <a href="#top">frag</a> <a href="mailto:x@example.com">m</a>
	<a href="javascript:void(0)">js</a> <a href="https://other.org/x#c">abs</a>
	<a>no href</a> <area href="/map">
	</body></html>`
	got, feeds := htmlLinks(page, []byte(body))
	want := []string{"https://example.com/hi/story", "https://example.com/base/story-1", "https://other.org/x", "https://example.com/map"}
	if !slices.Equal(got, want) {
		t.Errorf("htmlLinks = %q, want %q", got, want)
	}
	if !slices.Equal(feeds, []string{"https://example.com/feed/"}) {
		t.Errorf("feeds = %q, want the announced RSS feed", feeds)
	}
}

func TestLinkRules_Defaults(t *testing.T) {
	tests := []struct {
		kind, link string
		article    bool
		listing    bool
	}{
		{"wordpress", "https://ipdefenseforum.com/2025/04/tiger-triumph-2025-begins/", true, false},
		{"wordpress", "https://blog.example.org/news/2024/01/02/a-post", true, false},
		{"wordpress", "https://ipdefenseforum.com/wp-content/uploads/2024/10/MQ-9B-1024x683.jpg", false, false},
		{"wordpress", "https://ipdefenseforum.com/2025/04/", false, false},
		{"wordpress", "https://ipdefenseforum.com/2025/04/slug/feed/", false, false},
		{"wordpress", "https://ipdefenseforum.com/tag/india/page/2/", false, true},
		{"wordpress", "https://ipdefenseforum.com/tag/india/", false, false},
		{"pib", "https://pib.gov.in/PressReleasePage.aspx?PRID=2171204", true, false},
		{"pib", "https://pib.gov.in/PressReleseDetail.aspx?PRID=2171204&reg=3", true, false},
		{"pib", "https://pib.gov.in/allRel.aspx?reg=3&lang=1&page=2", false, true},
		{"pib", "https://pib.gov.in/AdvanceSearch.aspx", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.kind+" "+tt.link, func(t *testing.T) {
			lr, err := newLinkRules(configs.Source{Kind: tt.kind})
			if err != nil {
				t.Fatal(err)
			}
			if got := lr.isArticle(htmlDoc, tt.link); got != tt.article {
				t.Errorf("isArticle = %v, want %v", got, tt.article)
			}
			if got := lr.isListing(tt.link); got != tt.listing {
				t.Errorf("isListing = %v, want %v", got, tt.listing)
			}
		})
	}
}
