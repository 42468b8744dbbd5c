package configs

import (
	"os"
	"path/filepath"
	"testing"
)

func writeData(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadData_MergesUsersDataOverShipped(t *testing.T) {
	dir := writeData(t, map[string]string{
		// Takes over one shipped host and adds a site of its own.
		"sites/mirror.yaml":   "name: mirror\nhosts: [www.ipdefenseforum.com, news.example.org]\nbody: main\n",
		"gazetteer/ours.yaml": "# Our own programmes.\nlabel: PROGRAM\nentries:\n  - {canonical: Project Lantern Fish, aliases: [Lantern Fish]}\n",
		"fx.yaml":             "rates:\n  INR: {2024: 50, 2031: 100}\n",
	})
	d, err := LoadData(DataPaths{RulesDir: filepath.Join(dir, "sites"), GazetteerDir: filepath.Join(dir, "gazetteer"), FX: filepath.Join(dir, "fx.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	if r := RulesFor(d.Rules, "news.example.org", ""); r == nil || r.Name != "mirror" {
		t.Errorf("news.example.org: rules %v, want mirror", r)
	}
	if r := RulesFor(d.Rules, "www.ipdefenseforum.com", ""); r == nil || r.Name != "mirror" {
		t.Errorf("www.ipdefenseforum.com: rules %v, want the user's mirror", r)
	}
	if r := RulesFor(d.Rules, "ipdefenseforum.com", ""); r == nil || r.Name != "mirror" {
		t.Errorf("ipdefenseforum.com: rules %v, want the user's mirror (www. or not)", r)
	}
	if f := d.Rules["forum"]; f == nil || len(f.Hosts) != 0 {
		t.Errorf("shipped forum rules %v: want them kept by name, without the hosts the user took", f)
	}
	if d.Rules["pib"] == nil {
		t.Error("shipped pib rules lost")
	}
	shipped, err := LoadSiteRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(shipped["forum"].Hosts) != 2 {
		t.Errorf("merging changed the shipped rules: %v", shipped["forum"].Hosts)
	}

	found := false
	for _, e := range d.Gazetteer.Entries {
		found = found || (e.Canonical == "Project Lantern Fish" && e.Label == "PROGRAM")
	}
	base, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	if !found || len(d.Gazetteer.Entries) != len(base.Entries)+1 {
		t.Errorf("gazetteer: %d entries (added found %v), want the shipped %d plus one", len(d.Gazetteer.Entries), found, len(base.Entries))
	}

	for _, tc := range []struct {
		currency       string
		year, rateYear int
		usd            float64
	}{
		{"INR", 2024, 2024, 2}, // the user's rate replaces the shipped one
		{"INR", 2032, 2031, 1}, // a year only the user lists
		{"INR", 2016, 2016, 0}, // shipped years stay
		{"EUR", 2024, 2024, 0}, // other currencies stay
	} {
		usd, year, ok := d.FX.Convert(100, tc.currency, tc.year)
		want, wantYear, _ := shippedFX(t).Convert(100, tc.currency, tc.year)
		if tc.usd != 0 {
			want, wantYear = tc.usd, tc.rateYear
		}
		if !ok || year != wantYear || usd != want {
			t.Errorf("100 %s in %d = %v at %d's rate, want %v at %d's", tc.currency, tc.year, usd, year, want, wantYear)
		}
	}
}

func shippedFX(t *testing.T) *FX {
	fx, err := LoadFX()
	if err != nil {
		t.Fatal(err)
	}
	return fx
}

func TestLoadData_ErrorsNameFileAndLine(t *testing.T) {
	dir := writeData(t, map[string]string{
		"badsites/x.yaml":  "name: x\nbody: 'main['\n",
		"emptysites/a.txt": "not yaml",
		"badgaz/g.yaml":    "# Ours.\nlabel: ORG\nentries:\n  - Quillon Works\n  - {canonical: India, aliases: [Bharat]}\n",
		"fx.yaml":          "rates:\n  INR: {2024: 50}\n  inr: {2024: 50}\n",
	})
	cases := []struct {
		name  string
		paths DataPaths
		want  []string
	}{
		{"bad selector", DataPaths{RulesDir: filepath.Join(dir, "badsites")}, []string{"x.yaml", "body"}},
		{"no rules files", DataPaths{RulesDir: filepath.Join(dir, "emptysites")}, []string{"emptysites", "no *.yaml"}},
		{"missing folder", DataPaths{RulesDir: filepath.Join(dir, "nope")}, []string{"nope"}},
		{"name the shipped lists give another label", DataPaths{GazetteerDir: filepath.Join(dir, "badgaz")}, []string{"g.yaml:5", "India"}},
		{"bad rates", DataPaths{FX: filepath.Join(dir, "fx.yaml")}, []string{"fx.yaml:3", "inr"}},
		{"missing rates file", DataPaths{FX: filepath.Join(dir, "none.yaml")}, []string{"none.yaml"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadData(tc.paths)
			requireInvalid(t, err, tc.want...)
		})
	}
}

func TestConfig_DataPathsAndRulesCheck(t *testing.T) {
	c, err := Parse(filepath.Join("srv", "trawl", "sources.yaml"), []byte("rules_dir: sites\nfx: /etc/fx.yaml\nsources:\n  - name: a\n    kind: rss\n    start: [https://a.example/feed]\n  - name: b\n    kind: rss\n    start: [https://b.example/feed]\n    rules: nosuch\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join("srv", "trawl", "sites"); c.Data.RulesDir != want || c.Data.FX != "/etc/fx.yaml" {
		t.Errorf("data paths %+v, want rules_dir %s relative to the file and fx as given", c.Data, want)
	}
	rules, err := LoadSiteRules()
	if err != nil {
		t.Fatal(err)
	}
	requireInvalid(t, c.CheckRules(rules), "sources.yaml:7", `"b"`, `"nosuch"`)
	c.Sources[1].Rules = "pib"
	if err := c.CheckRules(rules); err != nil {
		t.Errorf("rules: pib refused: %v", err)
	}
}

func TestLoadData_NothingOfTheUsersMeansShipped(t *testing.T) {
	d, err := LoadData(DataPaths{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Rules["pib"] == nil || d.Rules["forum"] == nil || d.Gazetteer != nil || d.FX != nil {
		t.Errorf("LoadData({}) = %+v; want the shipped rules, and nil gazetteer and rates (the annotator's defaults)", d)
	}
}
