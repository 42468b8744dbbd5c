package pipeline

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trawl/trawl/configs"
	"github.com/trawl/trawl/evaluation"
	"github.com/trawl/trawl/extract"
	"github.com/trawl/trawl/samplesites"
	"github.com/trawl/trawl/storage"
)

// sites serves both sample sites for one test.
type sites struct {
	all        samplesites.Servers
	forum, pib *samplesites.Server
}

func serveSites(t testing.TB) sites {
	t.Helper()
	all, err := samplesites.ServeAll(nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(all.Close)
	return sites{all: all, forum: all["forum"], pib: all["pib"]}
}

// config is the sources file a user would write for the two sample sites.
func (s sites) config(t testing.TB) *configs.Config {
	t.Helper()
	cfg, err := configs.Parse("test sources", []byte(s.all.SourcesYAML("", "0s")))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// env is an open store with everything a run needs.
type env struct {
	store *storage.Store
	opts  Options
}

var sharedAnnotator *extract.Annotator

func newEnv(t testing.TB, cfg *configs.Config) env {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "trawl.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rules, err := configs.LoadSiteRules()
	if err != nil {
		t.Fatal(err)
	}
	if sharedAnnotator == nil {
		if sharedAnnotator, err = extract.NewAnnotator(extract.AnnotatorOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	return env{store: st, opts: Options{Config: cfg, Store: st, Rules: rules, Annotator: sharedAnnotator}}
}

func (e env) run(t testing.TB) Summary {
	t.Helper()
	sum, err := Run(context.Background(), e.opts)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return sum
}

func count(t testing.TB, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func normalise(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestRun_StoresEverySampleArticle(t *testing.T) {
	s := serveSites(t)
	e := newEnv(t, s.config(t))
	sum := e.run(t)
	if sum.Failed() {
		t.Fatalf("a source failed: %+v", sum.Sources)
	}
	db := e.store.DB()
	if n := count(t, db, `SELECT count(*) FROM articles WHERE source = 'forum'`); n != 8 {
		t.Errorf("forum articles = %d, want 8", n)
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE source = 'pib'`); n != 9 {
		t.Errorf("pib articles = %d, want 9 (8 English + the Hindi release)", n)
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE lang = 'hi' AND url LIKE '%PRID=2171391'`); n != 1 {
		t.Errorf("the Hindi release is not stored with lang hi")
	}
	if n := count(t, db, `SELECT count(*) FROM mentions`); n < 300 {
		t.Errorf("only %d mentions stored", n)
	}

	gold, err := evaluation.ReadGold("../testdata/gold/forum.jsonl", "../testdata/gold/pib.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	exact := 0
	for _, g := range gold {
		site := s.forum
		base := "https://ipdefenseforum.com"
		if g.Site == "pib" {
			site, base = s.pib, "https://pib.gov.in"
		}
		u := site.URL + strings.TrimPrefix(g.URL, base)
		var title, published, text string
		err := db.QueryRow(`SELECT title, published, text FROM articles WHERE url = ?`, u).Scan(&title, &published, &text)
		if err != nil {
			t.Errorf("%s: %s not stored: %v", g.ID, u, err)
			continue
		}
		if title != g.Title {
			t.Errorf("%s: title %q, want %q", g.ID, title, g.Title)
		}
		if !strings.HasPrefix(published, g.Published) {
			t.Errorf("%s: published %q, want day %s", g.ID, published, g.Published)
		}
		if normalise(text) == normalise(g.Text) {
			exact++
		}
		if _, _, f := evaluation.WordF1(text, g.Text); f < 0.99 {
			t.Errorf("%s: body word F1 %.4f < 0.99", g.ID, f)
		}
	}
	if exact < 15 {
		t.Errorf("%d of %d bodies equal their gold text, want at least 15", exact, len(gold))
	}
}

func TestRun_ErrorsAndRedirects(t *testing.T) {
	s := serveSites(t)
	e := newEnv(t, s.config(t))
	sum := e.run(t)
	if sum.Failed() {
		t.Fatalf("page errors must not fail a source: %+v", sum.Sources)
	}
	db := e.store.DB()
	for _, path := range []string{s.forum.URL + "/2024/12/quad-partners-chart-risks-to-undersea-cables/", s.pib.URL + "/PressReleasePage.aspx?PRID=2171260"} {
		if n := count(t, db, `SELECT count(*) FROM run_errors WHERE run_id = ? AND url = ?`, sum.RunID, path); n != 1 {
			t.Errorf("error for %s recorded %d times, want 1", path, n)
		}
	}
	found := map[int]bool{}
	for _, pe := range sum.Errors {
		found[pe.Status] = true
	}
	if !found[404] || !found[500] {
		t.Errorf("summary errors %+v lack the 404 and the 500", sum.Errors)
	}
	if s.forum.Requested("/2025/04/tiger-triumph-2025-begins/") == 0 {
		t.Error("the 301 path was never requested")
	}
	target := s.forum.URL + "/2025/04/india-u-s-forces-rehearse-disaster-response-in-tiger-triumph-exercise/"
	if n := count(t, db, `SELECT count(*) FROM articles WHERE url = ? OR canonical_url = ?`, target, target); n != 1 {
		t.Errorf("redirect target stored %d times, want 1", n)
	}
}

// counts is every table a re-run must leave alone.
func counts(t testing.TB, db *sql.DB) map[string]int {
	out := map[string]int{}
	for _, table := range []string{"pages", "articles", "entities", "mentions", "amounts", "aliases"} {
		out[table] = count(t, db, "SELECT count(*) FROM "+table)
	}
	return out
}

func TestRun_SecondRunIsConditional(t *testing.T) {
	s := serveSites(t)
	s.forum.Validators, s.pib.Validators = true, true
	e := newEnv(t, s.config(t))
	e.run(t)
	before := counts(t, e.store.DB())
	n := len(s.forum.Requests())
	sum := e.run(t)
	after := counts(t, e.store.DB())
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s: %d rows before the second run, %d after", k, v, after[k])
		}
	}
	conditional, notModified := 0, 0
	for _, r := range s.forum.Requests()[n:] {
		if strings.HasPrefix(r.Path, "/2025/") || strings.HasPrefix(r.Path, "/2026/") {
			if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
				conditional++
			}
		}
	}
	for _, src := range sum.Sources {
		notModified += src.NotModified
		if src.NewArticles != 0 {
			t.Errorf("%s: %d new articles on a re-run", src.Name, src.NewArticles)
		}
	}
	if conditional < 7 {
		t.Errorf("only %d conditional article requests on the second run", conditional)
	}
	if notModified < 16 {
		t.Errorf("only %d pages answered 304 on the second run", notModified)
	}
}

func TestRun_PicksUpArticleAddedBetweenRuns(t *testing.T) {
	s := serveSites(t)
	e := newEnv(t, s.config(t))
	e.run(t)
	site := s.forum.Site()
	var feed, listing, article samplesites.Route
	for _, r := range site.Routes {
		switch {
		case r.Path == "/feed/":
			feed = r
		case r.Path == "/category/features/":
			listing = r
		case r.Gold == "forum-0002":
			article = r
		}
	}
	const newPath = "/2026/04/quad-coast-guards-share-maritime-picture/"
	body, err := site.File(article)
	if err != nil {
		t.Fatal(err)
	}
	body = []byte(strings.ReplaceAll(string(body), "india-u-s-launch-trust-initiative-and-autonomous-systems-alliance", strings.Trim(newPath[9:], "/")))
	body = []byte(strings.Replace(string(body), "TRUST", "Quad coast guards share a maritime picture: TRUST", 1))
	s.forum.Set(samplesites.Route{Path: newPath, ContentType: article.ContentType}, body)
	for _, r := range []samplesites.Route{feed, listing} {
		b, err := site.File(r)
		if err != nil {
			t.Fatal(err)
		}
		link := site.BaseURL + newPath
		b = []byte(strings.Replace(string(b), "<item>", "<item><title>Quad coast guards</title><link>"+link+"</link><guid>"+link+"</guid></item><item>", 1))
		b = []byte(strings.Replace(string(b), `<article`, `<article><h2 class="entry-title"><a href="`+link+`">Quad coast guards</a></h2></article><article`, 1))
		s.forum.Set(r, b)
	}
	e.run(t)
	if n := count(t, e.store.DB(), `SELECT count(*) FROM articles WHERE url = ?`, s.forum.URL+newPath); n != 1 {
		t.Fatalf("article added between runs stored %d times, want 1", n)
	}
}

func TestRun_RobotsDisallowedPathNeverRequested(t *testing.T) {
	s := serveSites(t)
	site := s.forum.Site()
	const blocked = "/2025/09/japan-widens-security-web-with-philippines-australia/"
	for _, r := range site.Routes {
		if r.Path == "/robots.txt" {
			s.forum.Set(r, []byte("User-agent: *\nDisallow: /2025/09/\n"))
		}
	}
	e := newEnv(t, s.config(t))
	e.opts.Only = []string{"forum"}
	sum := e.run(t)
	if sum.Sources[0].Disallowed == 0 {
		t.Errorf("summary counts no link disallowed by robots.txt: %+v", sum.Sources[0])
	}
	if n := s.forum.Requested(blocked); n != 0 {
		t.Errorf("%s is disallowed by robots.txt but was requested %d times", blocked, n)
	}
	if n := count(t, e.store.DB(), `SELECT count(*) FROM articles`); n != 7 {
		t.Errorf("%d articles stored, want the 7 allowed ones", n)
	}
}

func TestRun_FailedSourceDoesNotStopOthers(t *testing.T) {
	s := serveSites(t)
	cfg := s.config(t)
	cfg.Sources[1].Start = []string{s.pib.URL + "/no-such-feed.xml"}
	e := newEnv(t, cfg)
	sum := e.run(t)
	if !sum.Failed() || sum.Sources[1].Failed == "" {
		t.Fatalf("pib with no fetchable start URL should fail: %+v", sum.Sources)
	}
	if sum.Sources[0].Failed != "" || sum.Sources[0].NewArticles != 8 {
		t.Errorf("forum should succeed with 8 articles: %+v", sum.Sources[0])
	}
}

func TestReprocess_NeedsNoNetwork(t *testing.T) {
	s := serveSites(t)
	e := newEnv(t, s.config(t))
	e.run(t)
	before := counts(t, e.store.DB())
	s.forum.Close()
	s.pib.Close()
	sum, err := Reprocess(context.Background(), e.opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Pages != 17 || sum.Errors != 0 {
		t.Errorf("reprocess: %+v, want 17 pages and no errors", sum)
	}
	after := counts(t, e.store.DB())
	if before["articles"] != after["articles"] || before["mentions"] != after["mentions"] {
		t.Errorf("reprocess with the same extractor changed counts: %v → %v", before, after)
	}
}

// TestReprocess_NewHTMLExtractorRewritesArticles: an article stored by an
// older HTML extractor (here with a title a since-fixed bug left) is
// rewritten by reprocess even though its text and the annotator are the
// same; one stored by the current versions is left as it is.
func TestReprocess_NewHTMLExtractorRewritesArticles(t *testing.T) {
	s := serveSites(t)
	e := newEnv(t, s.config(t))
	e.run(t)
	db := e.store.DB()
	current := extract.HTMLVersion + "+" + extract.ExtractorVersion
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM articles WHERE extractor_version = ?`, current).Scan(&n); err != nil || n != 17 {
		t.Fatalf("%d articles stored with version %q (err %v), want 17", n, current, err)
	}
	// Three articles with a wrong title: one from an older HTML extractor,
	// one from before articles recorded it, one from the current versions.
	versions := []string{"html/1+" + extract.ExtractorVersion, extract.ExtractorVersion, current}
	var ids []int64
	var titles []string
	rows, err := db.Query(`SELECT id, title FROM articles ORDER BY id LIMIT 3`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			t.Fatal(err)
		}
		ids, titles = append(ids, id), append(titles, title)
	}
	rows.Close()
	for i, id := range ids {
		if _, err := db.Exec(`UPDATE articles SET title = 'stale title', extractor_version = ? WHERE id = ?`, versions[i], id); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := Reprocess(context.Background(), e.opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Updated != 2 || sum.Unchanged != 15 || sum.Errors != 0 {
		t.Errorf("reprocess: %+v, want 2 updated and 15 unchanged", sum)
	}
	for i, id := range ids {
		var title, version string
		if err := db.QueryRow(`SELECT title, extractor_version FROM articles WHERE id = ?`, id).Scan(&title, &version); err != nil {
			t.Fatal(err)
		}
		want := titles[i]
		if versions[i] == current {
			want = "stale title"
		}
		if title != want || version != current {
			t.Errorf("article %d stored as %q: title %q version %q, want %q and %q", id, versions[i], title, version, want, current)
		}
	}
}

func TestRun_UnknownHostGoesThroughGenericExtractor(t *testing.T) {
	s := serveSites(t)
	cfg, err := configs.Parse("generic sources", []byte(strings.NewReplacer("FORUM", s.forum.URL, "PIB", s.pib.URL).Replace(`
sources:
  - name: feed
    kind: rss
    start: [FORUM/feed/]
    delay: 0s
  - name: map
    kind: sitemap
    start: [FORUM/sitemap.xml]
    delay: 0s
  - name: list
    kind: listing
    start: [PIB/allRel.aspx]
    follow: 'allRel\.aspx\?.*page='
    articles: 'PressReleasePage\.aspx\?PRID=\d+$'
    delay: 0s
    retries: 0
`)))
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, cfg)
	sum := e.run(t)
	if sum.Failed() {
		t.Fatalf("%+v", sum.Sources)
	}
	gold, err := evaluation.ReadGold("../testdata/gold/forum.jsonl", "../testdata/gold/pib.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	// Reprocess too: by then every page has archived siblings to learn the
	// site's boilerplate from.
	if _, err := Reprocess(context.Background(), e.opts); err != nil {
		t.Fatal(err)
	}
	db := e.store.DB()
	for _, g := range gold {
		base, srv := "https://ipdefenseforum.com", s.forum
		if g.Site == "pib" {
			base, srv = "https://pib.gov.in", s.pib
		}
		rows, err := db.Query(`SELECT source, text FROM articles WHERE url = ?`, srv.URL+strings.TrimPrefix(g.URL, base))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var src, text string
			if err := rows.Scan(&src, &text); err != nil {
				t.Fatal(err)
			}
			n++
			if _, _, f := evaluation.WordF1(text, g.Text); f < 0.95 {
				t.Errorf("%s via %s: generic body word F1 %.3f < 0.95", g.ID, src, f)
			}
		}
		rows.Close()
		if n == 0 {
			t.Errorf("%s not stored by any generic source", g.ID)
		}
	}
}

func TestRun_CancelKeepsWhatWasFetched(t *testing.T) {
	s := serveSites(t)
	// With validators, a page archived before the cancel but not yet
	// extracted would answer 304 next time: the re-run must still store it.
	s.forum.Validators, s.pib.Validators = true, true
	cfg, err := configs.Parse("slow sources", []byte(s.all.SourcesYAML("", "100ms")))
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e.opts.Progress = func(done int) {
		if done == 14 {
			cancel()
		}
	}
	sum, err := Run(ctx, e.opts)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run error %v, want context.Canceled", err)
	}
	db := e.store.DB()
	stored := count(t, db, `SELECT count(*) FROM articles`)
	if stored == 0 || stored == 17 {
		t.Fatalf("%d articles after a cancel mid-run; want some, not all", stored)
	}
	var status string
	if err := db.QueryRow(`SELECT status FROM runs WHERE id = ?`, sum.RunID).Scan(&status); err != nil || status != "cancelled" {
		t.Errorf("run status %q (%v), want cancelled", status, err)
	}
	e.opts.Progress = nil
	e.run(t)
	if n := count(t, db, `SELECT count(*) FROM articles`); n != 17 {
		t.Errorf("%d articles after the re-run, want 17", n)
	}
}

func TestRun_ArchivedButUnextractedPageIsFetchedAgain(t *testing.T) {
	s := serveSites(t)
	s.forum.Validators, s.pib.Validators = true, true
	e := newEnv(t, s.config(t))
	e.run(t)
	// A crash between archiving a page and storing its article leaves
	// exactly this: the page with its validators, and no article.
	db := e.store.DB()
	if _, err := db.Exec(`DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 3)`); err != nil {
		t.Fatal(err)
	}
	e.run(t)
	if n := count(t, db, `SELECT count(*) FROM articles`); n != 17 {
		t.Errorf("%d articles after the re-run, want 17: a 304 must not hide a page never extracted", n)
	}
}
