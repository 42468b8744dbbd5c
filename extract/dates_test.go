package extract

import (
	"testing"
	"time"
)

func TestParseDate_Forms(t *testing.T) {
	ist := time.FixedZone("+05:30", 5*3600+1800)
	tests := []struct {
		in   string
		loc  *time.Location
		want string
	}{
		{"2024-10-24T09:30:00+00:00", nil, "2024-10-24T09:30:00+00:00"},
		{"2025-02-20T14:05:00-05:00", nil, "2025-02-20T14:05:00-05:00"},
		{"2025-02-20T14:05:00Z", nil, "2025-02-20T14:05:00+00:00"},
		{"2025-02-20", nil, "2025-02-20"},
		{"2025-02-20T14:05:00", nil, "2025-02-20"}, // a time without a zone keeps only its day
		{"2025-02-20T14:05:00", ist, "2025-02-20T14:05:00+05:30"},
		{"Posted On: 25 SEP 2025 4:12PM by PIB Delhi", ist, "2025-09-25T16:12:00+05:30"},
		{"Posted On: 01 JUL 2025 9:05PM by PIB Delhi", ist, "2025-07-01T21:05:00+05:30"},
		{"Posted On: 01 JUL 2025 12:05AM by PIB Delhi", ist, "2025-07-01T00:05:00+05:30"},
		{"Posted On: 25 SEP 2025 4:12PM by PIB Delhi", nil, "2025-09-25"},
		{"प्रविष्टि तिथि: 25 SEP 2025 4:58PM by PIB Delhi", ist, "2025-09-25T16:58:00+05:30"},
		{"October 24, 2024", nil, "2024-10-24"},
		{"Published Sept. 3, 2025 at 10:15 am", nil, "2025-09-03"},
		{"1st September, 2025", nil, "2025-09-01"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, ok := parseDate(tc.in, tc.loc)
			if !ok || d.format() != tc.want {
				t.Errorf("parseDate(%q) = %q, %v; want %q", tc.in, d.format(), ok, tc.want)
			}
		})
	}
	for _, bad := range []string{"", "no date here", "31 February 2025", "Visitor Counter : 12873", "99 Foo 2025"} {
		if d, ok := parseDate(bad, nil); ok {
			t.Errorf("parseDate(%q) = %q, want no date", bad, d.format())
		}
	}
}

func TestExtract_NeverPublishesTheFuture(t *testing.T) {
	page := []byte(`<html lang="en"><head><meta property="article:published_time" content="2030-01-02T10:00:00+00:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-05-05"}</script></head>
<body><article><p class="posted-on"><time class="published" datetime="2029-01-01">January 1, 2029</time></p>
<p>The ministry said the contract for the new patrol vessels was signed after a long review of the bids from three shipyards.</p>
<p>Deliveries are expected to begin within four years, and the vessels will be based on both coasts to watch fishing fleets.</p></article></body></html>`)
	fetched := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	a, err := Extract(Input{URL: "http://127.0.0.1/future", HTML: page, FetchedAt: fetched})
	if err != nil {
		t.Fatal(err)
	}
	if tm := ParseDate(a.Published); !tm.IsZero() && tm.After(fetched.Add(24*time.Hour)) {
		t.Errorf("published = %q, after the fetch at %v", a.Published, fetched)
	}
}

func TestExtract_PublishedFromMetadataOrder(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"JSON-LD first", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"datePublished":"2025-03-12T08:00:00+05:30","headline":"H"}]}</script><meta property="article:published_time" content="2025-03-10T00:00:00Z">`, "2025-03-12T08:00:00+05:30"},
		{"meta tag", `<meta property="article:published_time" content="2025-03-12T06:00:00+00:00"><meta property="article:modified_time" content="2025-03-13T06:00:00+00:00">`, "2025-03-12T06:00:00+00:00"},
		{"visible date line", `<title>x</title>`, "2025-03-09"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body><div class="post-date">Posted March 9, 2025</div><article>
<p>The ministry said the contract for the new patrol vessels was signed after a long review of the bids from three shipyards.</p>
<p>Deliveries are expected to begin within four years, and the vessels will be based on both coasts to watch fishing fleets.</p></article></body></html>`
			a, err := Extract(Input{URL: "http://127.0.0.1/a", HTML: []byte(page), FetchedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tc.want {
				t.Errorf("published = %q, want %q", a.Published, tc.want)
			}
		})
	}
}

// TestExtract_PublishedDateSources: structured data first, else
// go-htmldate's search of the page (a visible date line, the URL), never a
// date after the fetch, and a modification date never stands for the
// publication; the day is the newsroom's, not UTC's.
func TestExtract_PublishedDateSources(t *testing.T) {
	const body = `<article><h1>Patrol vessels ordered</h1>
<p>The ministry said the contract for the new patrol vessels was signed after a long review of the bids from three shipyards.</p>
<p>Deliveries are expected to begin within four years, and the vessels will be based on both coasts to watch fishing fleets.</p></article>`
	fetched := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, url, head, body, want string
	}{
		{name: "JSON-LD datePublished with its zone",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-11-04T07:15:00-05:00","dateModified":"2025-12-01T00:00:00Z"}</script>`,
			want: "2025-11-04T07:15:00-05:00"},
		{name: "article:published_time meta",
			head: `<meta property="article:modified_time" content="2025-12-20T09:00:00+01:00"><meta property="article:published_time" content="2025-12-18T09:00:00+01:00">`,
			want: "2025-12-18T09:00:00+01:00"},
		{name: "visible date line only",
			body: `<p class="meta">Published on 14 October 2025</p>`,
			want: "2025-10-14"},
		{name: "date in the URL only", url: "https://news.example/2025/09/30/patrol-vessels-ordered/",
			want: "2025-09-30"},
		{name: "future structured date falls back to the page",
			head: `<meta property="article:published_time" content="2027-03-01T00:00:00Z">`,
			body: `<p class="meta">Published on 2 November 2025</p>`,
			want: "2025-11-02"},
		{name: "only a future date",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2030-01-01"}</script>`,
			want: ""},
		{name: "a UTC stamp on the next day gives way to the URL's day",
			url:  "https://news.example/2025/11/03/patrol-vessels-ordered/",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-04T03:10:00Z"}</script>`,
			want: "2025-11-03"},
		{name: "a UTC stamp gives way to the same instant with the newsroom's offset",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-04T03:10:00+0000"}</script><meta property="article:published_time" content="2025-11-03T22:10:00-05:00">`,
			want: "2025-11-03T22:10:00-05:00"},
		{name: "a UTC stamp gives way to the visible line's day",
			head: `<meta property="article:published_time" content="2025-11-04T01:19:00.5Z">`,
			body: `<p class="meta">Posted Nov 3, 2025, 8:19 PM</p>`,
			want: "2025-11-03"},
		{name: "a UTC stamp read in the zone the page writes its other stamps in",
			head: `<meta property="article:published_time" content="2025-11-03T23:45:00Z">`,
			body: `<aside><time datetime="2025-11-03T10:00:00+07:00">3/11/2025</time><time datetime="2025-11-02T18:30:00+07:00">2/11/2025</time></aside>`,
			want: "2025-11-04T06:45:00+07:00"},
		{name: "a UTC stamp read in the zone its visible line names",
			head: `<meta property="article:published_time" content="2025-11-03T23:45:00Z">`,
			body: `<p class="meta"><time datetime="2025-11-03T23:45:00Z">4.11.2025, 06:45 (GMT+7)</time></p>`,
			want: "2025-11-04T06:45:00+07:00"},
		{name: "a UTC stamp stays when the page writes two zones",
			head: `<meta property="article:published_time" content="2025-11-03T23:45:00Z">`,
			body: `<aside><time datetime="2025-11-03T10:00:00+07:00">3/11</time><time datetime="2025-11-02T18:30:00-05:00">2/11</time></aside>`,
			want: "2025-11-03T23:45:00+00:00"},
		{name: "a visible line without its year, read in the stamp's",
			head: `<meta property="article:published_time" content="2026-01-01T02:00:00Z">`,
			body: `<p class="meta"><time>Posted Dec 31, 9:00 PM</time></p>`,
			want: "2025-12-31"},
		{name: "a UTC stamp on the URL's day stays whole",
			url:  "https://news.example/2025/11/04/patrol-vessels-ordered/",
			head: `<meta property="article:published_time" content="2025-11-04T13:16+0000">`,
			want: "2025-11-04T13:16:00+00:00"},
		{name: "JavaScript's date string",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Tue Nov 04 2025 13:05:46 GMT+0000"}</script>`,
			want: "2025-11-04T13:05:46+00:00"},
		{name: "a stated date beats a later update stamp",
			body: `<div class="info"><span>Posted on: 3 November 2025</span></div><p class="foot">Page updated 12 Dec 2025 23:10:00 PM</p>`,
			want: "2025-11-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><head><title>Patrol vessels ordered</title>" + tc.head + "</head><body>" + tc.body + body + "</body></html>"
			u := tc.url
			if u == "" {
				u = "https://news.example/patrol-vessels-ordered"
			}
			a, err := Extract(Input{URL: u, HTML: []byte(page), FetchedAt: fetched})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tc.want {
				t.Errorf("published = %q, want %q", a.Published, tc.want)
			}
		})
	}
}
