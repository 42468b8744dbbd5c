package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/samplesites"
)

// TestExtract_CommandOnCorpus runs `trawl extract` on every gold page, with
// site rules and with --no-rules (the generic path alone, no archive to
// learn from), and checks the JSON contract of DESIGN.md.
func TestExtract_CommandOnCorpus(t *testing.T) {
	gold, err := evaluation.ReadGold("../../testdata/gold/forum.jsonl", "../../testdata/gold/pib.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]evaluation.Gold{}
	for _, g := range gold {
		byID[g.ID] = g
	}
	for _, name := range samplesites.Names() {
		site, err := samplesites.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range site.Routes {
			g, ok := byID[r.Gold]
			if !ok {
				continue
			}
			file := filepath.Join("..", "..", "samplesites", "sites", name, r.File)
			for _, mode := range []struct {
				name  string
				args  []string
				minF1 float64
			}{
				{"rules", nil, 0.99},
				{"no-rules", []string{"--no-rules"}, 0.95},
			} {
				t.Run(g.ID+"/"+mode.name, func(t *testing.T) {
					args := append([]string{"extract", "--url", g.URL}, mode.args...)
					res := runTrawl(t, append(args, file)...)
					if res.code != 0 {
						t.Fatalf("exit %d: %s", res.code, res.stderr)
					}
					var out extractOutput
					if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
						t.Fatalf("output is not the JSON contract: %v\n%s", err, res.stdout)
					}
					if _, _, f := evaluation.WordF1(out.Text, g.Text); f < mode.minF1 {
						t.Errorf("body word F1 %.4f < %.2f", f, mode.minF1)
					}
					if len(out.Published) < 10 || out.Published[:10] != g.Published {
						t.Errorf("published %q, want the day %s", out.Published, g.Published)
					}
					if out.Title != g.Title {
						t.Errorf("title %q, want %q", out.Title, g.Title)
					}
					if len(out.Entities) == 0 {
						t.Fatal("no entities")
					}
					for _, e := range out.Entities {
						if e.Start < 0 || e.End > len(out.Text) || out.Text[e.Start:e.End] != e.Text {
							t.Fatalf("entity %+v: offsets do not give its text", e)
						}
					}
				})
			}
		}
	}
}

// `trawl extract URL` fetches the page as a crawl would: trawl's
// User-Agent, robots.txt obeyed, and an error that names the URL once.
func TestExtract_CommandFetchesURLPolitely(t *testing.T) {
	var agents []string
	var mu sync.Mutex
	page := `<html><head><title>Harbour trials</title></head><body><article><h1>Harbour trials</h1>` +
		strings.Repeat(`<p>The navy of Ruritania tested two unmanned surface vessels in the harbour on Tuesday, officials said.</p>`, 4) +
		`</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.URL.Path+" "+r.UserAgent())
		mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/news/trials", "/private/memo":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	res := runTrawl(t, "extract", srv.URL+"/news/trials?id=7")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	var out extractOutput
	if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, res.stdout)
	}
	if out.Title != "Harbour trials" || !strings.Contains(out.Text, "unmanned surface vessels") || out.URL != srv.URL+"/news/trials?id=7" {
		t.Errorf("got title %q, url %q, text %q", out.Title, out.URL, out.Text)
	}
	mu.Lock()
	seen := strings.Join(agents, "\n")
	mu.Unlock()
	if !strings.Contains(seen, "/robots.txt trawl/") || !strings.Contains(seen, "/news/trials trawl/") {
		t.Errorf("requests were not robots.txt then the page, with trawl's User-Agent:\n%s", seen)
	}

	for _, tc := range []struct{ path, want string }{
		{"/private/memo", "robots.txt"},
		{"/gone", "404"},
	} {
		u := srv.URL + tc.path
		res := runTrawl(t, "extract", u)
		if res.code == 0 || !strings.Contains(res.stderr, tc.want) || strings.Count(res.stderr, u) != 1 {
			t.Errorf("extract %s: exit %d, stderr %q; want an error naming the URL once and saying %q", u, res.code, res.stderr, tc.want)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Contains(strings.Join(agents, "\n"), "/private/memo") {
		t.Error("a page robots.txt disallows was requested")
	}
}

// The user's gazetteer and rates reach extraction without a rebuild; a bad
// file is a usage error naming file and line.
func TestExtract_UsersGazetteerAndRates(t *testing.T) {
	dir := t.TempDir()
	gaz := filepath.Join(dir, "gazetteer")
	if err := os.Mkdir(gaz, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, gaz, "ours.yaml", "# Our programmes.\nlabel: PROGRAM\nentries:\n  - {canonical: Project Lantern Fish, aliases: [Lantern Fish]}\n")
	fx := writeFile(t, dir, "fx.yaml", "rates:\n  INR: {2019: 100}\n")
	text := strings.Repeat("<p>The ministry said Lantern Fish would cost Rs 500 crore over five years, officials told reporters on Monday.</p>", 3)
	page := writeFile(t, dir, "page.html", `<html><head><meta property="article:published_time" content="2019-03-04"><title>Budget</title></head><body><article>`+text+`</article></body></html>`)

	res := runTrawl(t, "extract", "--gazetteer-dir", gaz, "--fx", fx, page)
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	var out extractOutput
	if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
		t.Fatal(err)
	}
	var program, money bool
	for _, e := range out.Entities {
		program = program || (e.Label == "PROGRAM" && e.Canonical == "Project Lantern Fish")
		if e.Label == "MONEY" && e.USD != nil {
			money = *e.USD == 5e9/100 && e.USDYear == 2019
		}
	}
	if !program || !money {
		t.Errorf("want the user's programme and Rs 500 crore at the user's 2019 rate (50,000,000 USD); got %+v", out.Entities)
	}

	writeFile(t, gaz, "bad.yaml", "# Ours.\nlabel: ORG\nentries:\n  - Quillon Works\n  - {canonical: India, aliases: [Bharat]}\n")
	res = runTrawl(t, "extract", "--gazetteer-dir", gaz, page)
	if res.code != exitUsage || !strings.Contains(res.stderr, "bad.yaml:5") {
		t.Errorf("bad gazetteer: exit %d, stderr %q; want 2 naming bad.yaml:5", res.code, res.stderr)
	}
}
