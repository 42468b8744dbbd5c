package crawlers_test

import (
	"testing"

	"github.com/trawl/trawl/crawlers"
)

func TestKey_Normalises(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"scheme and host case", "HTTPS://IPDefenseForum.COM/2025/04/Slug/", "https://ipdefenseforum.com/2025/04/Slug"},
		{"http folded into https", "http://pib.gov.in/allRel.aspx", "https://pib.gov.in/allRel.aspx"},
		{"default http port", "http://example.com:80/a", "https://example.com/a"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"other port kept", "http://127.0.0.1:8080/a/", "https://127.0.0.1:8080/a"},
		{"fragment dropped", "https://example.com/a/#comments", "https://example.com/a"},
		{"trailing slash", "https://example.com/a/b/", "https://example.com/a/b"},
		{"root keeps its slash", "https://example.com", "https://example.com/"},
		{"root with slash", "https://example.com/", "https://example.com/"},
		{"utm dropped", "https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"},
		{"click ids dropped", "https://example.com/a?fbclid=x&gclid=y&mc_cid=1&mc_eid=2", "https://example.com/a"},
		{"query sorted", "https://pib.gov.in/allRel.aspx?reg=3&lang=1&page=2", "https://pib.gov.in/allRel.aspx?lang=1&page=2&reg=3"},
		{"meaningful query kept", "https://pib.gov.in/PressReleasePage.aspx?PRID=2171204&utm_campaign=x", "https://pib.gov.in/PressReleasePage.aspx?PRID=2171204"},
		{"query names keep case", "https://example.com/a?B=1&a=2", "https://example.com/a?B=1&a=2"},
		{"repeated values keep order", "https://example.com/a?t=2&t=1", "https://example.com/a?t=2&t=1"},
		{"empty query", "https://example.com/a?", "https://example.com/a"},
		{"escapes normalised", "https://example.com/%7Euser/caf%c3%a9", "https://example.com/~user/caf%C3%A9"},
		{"escaped slash kept", "https://example.com/a%2Fb", "https://example.com/a%2Fb"},
		{"user info dropped", "https://user:pw@example.com/a", "https://example.com/a"},
		{"trailing dot in host", "https://example.com./a", "https://example.com/a"},
		{"space-padded", "  https://example.com/a  ", "https://example.com/a"},
		{"IPv6 default port", "http://[::1]:80/a", "https://[::1]/a"},
		{"not a URL", "not a url", "not a url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := crawlers.Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKey_SameForSpellingsOfOnePage(t *testing.T) {
	spellings := []string{
		"https://ipdefenseforum.com/2025/04/india-u-s-forces/",
		"http://ipdefenseforum.com/2025/04/india-u-s-forces",
		"https://IPDEFENSEFORUM.com:443/2025/04/india-u-s-forces/#primary",
		"https://ipdefenseforum.com/2025/04/india-u-s-forces/?utm_source=twitter&fbclid=abc",
	}
	for _, s := range spellings[1:] {
		if crawlers.Key(s) != crawlers.Key(spellings[0]) {
			t.Errorf("Key(%q) = %q, differs from Key(%q) = %q", s, crawlers.Key(s), spellings[0], crawlers.Key(spellings[0]))
		}
	}
	if crawlers.Key("https://pib.gov.in/PressReleasePage.aspx?PRID=1") == crawlers.Key("https://pib.gov.in/PressReleasePage.aspx?PRID=2") {
		t.Errorf("different releases share a key")
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"https://example.com/a/?b=1&utm_x=2#f", "http://[::1]:80/", "https://x/%2F/%zz", "://", "https://a.b./?&&="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := crawlers.Key(s)
		if again := crawlers.Key(k); again != k {
			t.Errorf("Key not idempotent: Key(%q) = %q, Key of that = %q", s, k, again)
		}
	})
}
