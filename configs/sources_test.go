package configs

import (
	"strings"
	"testing"
	"time"
)

func TestLoadFile_ShippedSources(t *testing.T) {
	c, err := LoadFile("sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"pib", "forum"} {
		s, ok := c.Source(name)
		if !ok {
			t.Fatalf("shipped config lacks source %q", name)
		}
		if s.Delay < time.Second {
			t.Errorf("%s: delay %v, want at least 1s for a real host", name, s.Delay)
		}
		if s.Rules != name {
			t.Errorf("%s: rules %q", name, s.Rules)
		}
	}
	if !strings.Contains(c.UserAgentString(), "trawl") || !strings.Contains(c.UserAgentString(), "+http") {
		t.Errorf("user agent %q should name trawl and a contact URL", c.UserAgentString())
	}
}

func TestParse_Errors(t *testing.T) {
	cases := []struct {
		name, yaml string
		want       []string // substrings the error must hold
	}{
		{"malformed", "sources:\n  - name: a\n    kind: rss\n    start: [x\n  - name: b\n", []string{"bad.yaml", "line "}},
		{"wrong type", "sources:\n  - name: a\n    kind: rss\n    start: [https://a.example/]\n    max_pages: lots\n", []string{"bad.yaml", "line 5", "lots"}},
		{"unknown kind", "sources:\n  - name: a\n    kind: rss\n    start: [https://a.example/feed]\n  - name: weird\n    kind: gopher\n    start: [https://b.example/]\n", []string{"bad.yaml:5", `"weird"`, `unknown kind "gopher"`}},
		{"unknown key", "sources:\n  - name: a\n    kind: rss\n    strat: [https://a.example/]\n", []string{"bad.yaml", "line 4", "strat"}},
		{"relative start", "sources:\n  - name: a\n    kind: rss\n    start: [/feed]\n", []string{"bad.yaml:2", `"a"`, "absolute"}},
		{"listing without articles", "sources:\n  - name: l\n    kind: listing\n    start: [https://a.example/news]\n    follow: /page/\n", []string{"bad.yaml:2", `"l"`, "articles pattern"}},
		{"negative timeout", "sources:\n  - name: a\n    kind: rss\n    start: [https://a.example/]\n    timeout: -5s\n", []string{"bad.yaml:2", `"a"`, "timeout"}},
		{"bad regexp", "sources:\n  - name: l\n    kind: rss\n    start: [https://a.example/]\n    articles: '('\n", []string{`"l"`, "articles"}},
		{"duplicate name", "sources:\n  - name: a\n    kind: rss\n    start: [https://a.example/]\n  - name: a\n    kind: rss\n    start: [https://b.example/]\n", []string{"bad.yaml:5", "line 2"}},
		{"empty", "", []string{"bad.yaml"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("bad.yaml", []byte(tc.yaml))
			requireInvalid(t, err, tc.want...)
		})
	}
}

func TestParse_Defaults(t *testing.T) {
	c, err := Parse("s.yaml", []byte("sources:\n  - name: a\n    kind: rss\n    start: [https://News.Example:8443/feed]\n  - name: b\n    kind: rss\n    delay: 0s\n    start: [https://b.example/feed]\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, b := c.Sources[0], c.Sources[1]
	if a.Delay != DefaultDelay || a.MaxPages != DefaultMaxPages || a.Retries != DefaultRetries {
		t.Errorf("defaults not applied: %+v", a)
	}
	if len(a.AllowedDomains) != 1 || a.AllowedDomains[0] != "news.example" {
		t.Errorf("allowed domains from start URL: %v", a.AllowedDomains)
	}
	if b.Delay != 0 {
		t.Errorf("explicit delay 0s became %v", b.Delay)
	}
}
