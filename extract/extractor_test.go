package extract_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/trawl/trawl/extract"
)

const article = `<p>The Defence Acquisition Council cleared ten proposals worth about one lakh crore rupees on Thursday, officials said in New Delhi after the meeting ended.</p>
<p>The approvals cover armoured recovery vehicles, an electronic warfare system and surface-to-air missiles for the three services, all from domestic suppliers.</p>
<p>Officials said the decisions would make the forces more mobile and strengthen air defence across the northern and western borders over the coming years.</p>`

func TestExtract_HostilePagesReturnPromptly(t *testing.T) {
	huge := bytes.Repeat([]byte("<p>filler words that go on and on without end in this enormous page</p>\n"), 50<<20/72)
	nested := strings.Repeat("<div>", 100_000) + article + strings.Repeat("</div>", 100_000)
	unclosed := strings.Repeat("<span><b><i>", 40_000) + article
	binary := make([]byte, 1<<20)
	rand.New(rand.NewSource(1)).Read(binary)
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body>" + strings.ReplaceAll(article, "officials", "fonctionnaires d\xe9sign\xe9s") + "</body></html>")

	tests := []struct {
		name    string
		page    []byte
		wantErr error // nil: any outcome but a hang or a crash
		// wantErrGeneric is the generic extractor's error where it differs.
		wantErrGeneric error
		wantText       string
	}{
		{name: "50 MB page", page: append([]byte("<html><body>"+article), huge...), wantErr: extract.ErrTooLarge},
		// past the old 2 MiB cut: read in full, not cut
		{name: "article after 3 MB of script", page: []byte("<html><head><script>var x = '" + strings.Repeat("z", 3<<20) + "';</script></head><body>" + article), wantText: "electronic warfare system"},
		{name: "100,000 nested tags", page: []byte("<html><body>" + nested), wantText: "electronic warfare system"},
		{name: "120,000 unclosed inline tags", page: []byte("<html><body>" + unclosed)},
		{name: "binary served as HTML", page: binary, wantErr: extract.ErrNotHTML},
		{name: "PNG served as HTML", page: append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), binary[:4096]...), wantErr: extract.ErrNotHTML},
		{name: "no article", page: []byte(`<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>`), wantErr: extract.ErrNoArticle},
		{name: "empty", page: nil, wantErr: extract.ErrNoArticle},
		{name: "Latin-1 bytes", page: latin1, wantText: "désignés"},
	}
	for _, rules := range []bool{false, true} {
		for _, tc := range tests {
			t.Run(fmt.Sprintf("rules=%v/%s", rules, tc.name), func(t *testing.T) {
				in := extract.Input{URL: "http://127.0.0.1/hostile", HTML: tc.page, FetchedAt: time.Now()}
				if rules {
					in.Rules = siteRules(t)["forum"]
				}
				type result struct {
					a   extract.Article
					err error
				}
				done := make(chan result, 1)
				start := time.Now()
				go func() {
					a, err := extract.Extract(in)
					done <- result{a, err}
				}()
				select {
				case r := <-done:
					t.Logf("rules %v: %v in %v, %d bytes of text", rules, r.err, time.Since(start).Round(time.Millisecond), len(r.a.Text))
					want := tc.wantErr
					if !rules && tc.wantErrGeneric != nil {
						want = tc.wantErrGeneric
					}
					if want != nil && !errors.Is(r.err, want) {
						t.Errorf("error = %v, want %v", r.err, want)
					}
					if r.err != nil && !strings.Contains(r.err.Error(), in.URL) {
						t.Errorf("error %q does not name the page", r.err)
					}
					if tc.wantText != "" && !rules && !strings.Contains(r.a.Text, tc.wantText) {
						t.Errorf("text lacks %q: %q", tc.wantText, r.a.Text)
					}
				case <-time.After(20 * time.Second):
					t.Fatal("Extract still running after 20s")
				}
			})
		}
	}
}

// FuzzExtract: any bytes as a page, with or without a URL, never panic,
// and what comes back is valid UTF-8 with a publication date in
// Article.Published's form or none. Seeds are pages of several templates
// and charsets written for the tests.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(`<html><head><meta charset="shift_jis"><title>t</title></head><body><p>`+strings.Repeat("word ", 40)+`</p></body></html>`), "https://news.example/2025/03/04/a")
	f.Add([]byte(`<p>Before <script>x()</script> and after</p><time datetime="2025-03-04T23:45:00Z">5/3/2025 (GMT+7)</time>`), "")
	f.Add([]byte("<html>\x00<body><div>"+strings.Repeat("<div>", 300)+"deep</div></body>"), "http://127.0.0.1/x")
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-11-04T03:10:00+0000","articleBody":"x"}</script><p>Read also: <a href="/y">y</a></p>`), "https://news.example/y")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		a, err := extract.Extract(extract.Input{URL: pageURL, HTML: page, FetchedAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return
		}
		for name, s := range map[string]string{"text": a.Text, "title": a.Title, "byline": a.Byline} {
			if !utf8.ValidString(s) {
				t.Errorf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if a.Published != "" && extract.ParseDate(a.Published).IsZero() {
			t.Errorf("published %q is in no form ParseDate reads", a.Published)
		}
	})
}
