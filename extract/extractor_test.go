package extract_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

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
