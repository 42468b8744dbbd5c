package configs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadSiteRules_Shipped(t *testing.T) {
	all, err := LoadSiteRules()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"pib", "forum"} {
		r := all[name]
		if r == nil {
			t.Fatalf("no %s rules", name)
		}
		if r.Body == "" || r.Title == "" || r.Published == "" || len(r.Hosts) == 0 {
			t.Errorf("%s rules incomplete: %+v", name, r)
		}
	}
	if all["pib"].Location() == nil || all["pib"].StopRE() == nil {
		t.Error("pib rules lack their time zone or sign-off")
	}
}

func TestRulesFor_Lookup(t *testing.T) {
	all, err := LoadSiteRules()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		host, name, want string
	}{
		{"pib.gov.in", "", "pib"},
		{"www.pib.gov.in", "", "pib"},
		{"static.pib.gov.in", "", "pib"},
		{"PIB.GOV.IN:443", "", "pib"},
		{"ipdefenseforum.com", "", "forum"},
		{"www.ipdefenseforum.com", "", "forum"},
		{"127.0.0.1:8080", "forum", "forum"}, // a mirror named by its source
		{"pib.gov.in", "forum", "forum"},     // the name wins over the host
		{"example.com", "", ""},
		{"notpib.gov.in", "", ""},
		{"[::1]:8080", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.host+"/"+tc.name, func(t *testing.T) {
			got := ""
			if r := RulesFor(all, tc.host, tc.name); r != nil {
				got = r.Name
			}
			if got != tc.want {
				t.Errorf("RulesFor(%q, %q) = %q, want %q", tc.host, tc.name, got, tc.want)
			}
		})
	}
}

func TestLoadSiteRulesDir_Errors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // in the error text
	}{
		{"bad selector", map[string]string{"a.yaml": "name: a\nbody: 'div[[['\n"}, "a.yaml"},
		{"no body", map[string]string{"a.yaml": "name: a\ntitle: h1\n"}, "no body selector"},
		{"unknown key", map[string]string{"a.yaml": "name: a\nbody: p\nboddy: x\n"}, "line 3"},
		{"bad regexp", map[string]string{"a.yaml": "name: a\nbody: p\nstop_at: '(('\n"}, "stop_at"},
		{"bad zone", map[string]string{"a.yaml": "name: a\nbody: p\ntimezone: Mars/Olympus\n"}, "timezone"},
		{"host twice", map[string]string{"a.yaml": "name: a\nbody: p\nhosts: [x.org]\n", "b.yaml": "name: b\nbody: p\nhosts: [X.org]\n"}, "x.org"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for n, body := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, n), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := LoadSiteRulesDir(dir)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want ErrInvalid naming %q", err, tc.want)
			}
		})
	}
}

func TestLoadSiteRulesDir_UserFolder(t *testing.T) {
	dir := t.TempDir()
	yaml := "name: mirror\nhosts: [news.example.org]\nbody: article\ntimezone: '+05:30'\n"
	if err := os.WriteFile(filepath.Join(dir, "mirror.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	all, err := LoadSiteRulesDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := RulesFor(all, "www.news.example.org", "")
	if r == nil || r.Name != "mirror" || r.File != filepath.Join(dir, "mirror.yaml") {
		t.Fatalf("RulesFor = %+v, want mirror from %s", r, dir)
	}
	if _, off := time.Date(2025, 1, 1, 0, 0, 0, 0, r.Location()).Zone(); off != 5*3600+1800 {
		t.Errorf("zone offset = %d, want +05:30", off)
	}
}
