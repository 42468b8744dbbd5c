package main

import (
	"context"
	"fmt"
	"html/template"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/trawl/trawl/samplesites"
	"github.com/trawl/trawl/storage"
)

// TestReview_DecisionsSurviveReprocess reviews entities of the crawled
// sample sites, forces every article to be extracted again (as an extractor
// upgrade would) and finds each decision still in force.
func TestReview_DecisionsSurviveReprocess(t *testing.T) {
	db := filepath.Join(t.TempDir(), "review.db")
	if r := runTrawl(t, "demo", "--db", db); r.code != 0 {
		t.Fatalf("demo exit %d: %s", r.code, r.stderr)
	}
	ctx := context.Background()
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	one := func(q string, dest ...any) {
		t.Helper()
		if err := st.DB().QueryRow(q).Scan(dest...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	var rejected, relabelled, keep, drop int64
	var rejectedName, relabelledName, dropName string
	var keepMentions int
	one(`SELECT id, canonical FROM entities WHERE label = 'ORG' AND mentions >= 2 ORDER BY mentions DESC LIMIT 1`, &rejected, &rejectedName)
	one(`SELECT id, canonical FROM entities e WHERE label = 'PLATFORM' AND mentions >= 2
		AND NOT EXISTS (SELECT 1 FROM entities o WHERE o.label = 'ORG' AND o.canonical = e.canonical) ORDER BY mentions DESC LIMIT 1`, &relabelled, &relabelledName)
	one(`SELECT id, mentions FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1`, &keep, &keepMentions)
	one(`SELECT id, canonical FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1 OFFSET 1`, &drop, &dropName)
	for _, err := range []error{
		st.SetEntityStatus(ctx, rejected, storage.StatusRejected, "ana"),
		st.RelabelEntity(ctx, relabelled, "ORG", "ana"),
		st.MergeEntities(ctx, keep, drop, "ana"),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	var mergedMentions int
	one(`SELECT mentions FROM entities WHERE id = `+itoa(keep), &mergedMentions)
	if _, err := st.DB().Exec(`UPDATE articles SET extractor_version = 'before-review'`); err != nil {
		t.Fatal(err)
	}
	st.Close()

	if r := runTrawl(t, "reprocess", "--db", db, "--config", filepath.Join(t.TempDir(), "none.yaml"), "--no-progress"); r.code != 0 {
		t.Fatalf("reprocess exit %d: %s", r.code, r.stderr)
	}
	h := openDB(t, db)
	if n := scalar(t, h, `SELECT count(*) FROM articles WHERE extractor_version = 'before-review'`); n != "0" {
		t.Fatalf("%s articles not extracted again", n)
	}
	checks := []struct{ what, query, want string }{
		{"rejected entity keeps its status", `SELECT status FROM entities WHERE id = ` + itoa(rejected), "rejected"},
		{"rejected name no longer extracted as ORG", `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
			WHERE m.label = 'ORG' AND (e.id = ` + itoa(rejected) + ` OR e.canonical = '` + sqlQuote(rejectedName) + `')`, "0"},
		{"relabelled entity stays ORG", `SELECT label FROM entities WHERE id = ` + itoa(relabelled), "ORG"},
		{"relabelled name no longer a PLATFORM", `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
			WHERE e.label = 'PLATFORM' AND e.canonical = '` + sqlQuote(relabelledName) + `' AND e.mentions > 0`, "0"},
		{"relabelled entity has its mentions back", `SELECT mentions > 0 FROM entities WHERE id = ` + itoa(relabelled), "1"},
		{"merged entity stays gone", `SELECT count(*) FROM entities WHERE id = ` + itoa(drop), "0"},
		{"merged name's mentions stay on the kept entity", `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
			WHERE e.label = 'PERSON' AND e.canonical = '` + sqlQuote(dropName) + `'`, "0"},
		{"kept entity has the merged mentions", `SELECT mentions >= ` + itoa(mergedMentions) + ` FROM entities WHERE id = ` + itoa(keep), "1"},
		{"three decisions logged", `SELECT count(*) FROM reviews WHERE reviewer = 'ana'`, "3"},
	}
	for _, c := range checks {
		if got := scalar(t, h, c.query); got != c.want {
			t.Errorf("%s: got %s, want %s", c.what, got, c.want)
		}
	}
}

func itoa[T int | int64](n T) string { return fmt.Sprint(n) }

func sqlQuote(s string) string { return strings.ReplaceAll(s, "'", "''") }

// TestReview_DecisionsApplyToNewArticles crawls the sample sites, reviews
// entities, then publishes a new article naming them and crawls again: the
// rejected name is not extracted with its label, the relabelled name comes
// out under its new label, and the merged name lands on the kept entity.
func TestReview_DecisionsApplyToNewArticles(t *testing.T) {
	sites, err := samplesites.ServeAll(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sites.Close()
	dir := t.TempDir()
	cfg := writeFile(t, dir, "sources.yaml", sites.SourcesYAML("", "0s"))
	db := filepath.Join(dir, "new.db")
	if r := runTrawl(t, "run", "--config", cfg, "--db", db); r.code != 0 {
		t.Fatalf("first run exit %d: %s", r.code, r.stderr)
	}

	ctx := context.Background()
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	rd, err := storage.OpenReader(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	pick := func(q string) (id int64, surface, sentence string) {
		t.Helper()
		if err := st.DB().QueryRow(q).Scan(&id); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		ms, err := rd.Mentions(ctx, id, 0, 1)
		if err != nil || len(ms) == 0 {
			t.Fatalf("mentions of %d: %v", id, err)
		}
		return id, ms[0].Match, ms[0].Before + ms[0].Match + ms[0].After
	}
	rejected, rejectedText, s1 := pick(`SELECT id FROM entities WHERE label = 'ORG' AND mentions >= 2 ORDER BY mentions DESC LIMIT 1`)
	relabelled, relabelledText, s2 := pick(`SELECT id FROM entities e WHERE label = 'PLATFORM' AND mentions >= 2
		AND NOT EXISTS (SELECT 1 FROM entities o WHERE o.label = 'ORG' AND o.canonical = e.canonical) ORDER BY mentions DESC LIMIT 1`)
	keep, _, s3 := pick(`SELECT id FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1`)
	drop, dropText, s4 := pick(`SELECT id FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1 OFFSET 1`)
	for _, err := range []error{
		st.SetEntityStatus(ctx, rejected, storage.StatusRejected, "ana"),
		st.RelabelEntity(ctx, relabelled, "ORG", "ana"),
		st.MergeEntities(ctx, keep, drop, "ana"),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	st.Close()

	// A new FORUM article made of the sentences the names were found in,
	// announced in the feed.
	forum := sites["forum"]
	var page []byte
	for _, r := range forum.Site().GoldRoutes() {
		if page, err = forum.Site().File(r); err != nil {
			t.Fatal(err)
		}
		break
	}
	html := string(page)
	body := strings.Index(html, `<div class="entry-content">`)
	if body < 0 {
		t.Fatal("sample FORUM article has no entry-content")
	}
	paras := ""
	for _, s := range []string{s1, s2, s3, s4} {
		paras += "<p>" + template.HTMLEscapeString(s) + "</p>\n"
	}
	rest := regexp.MustCompile(`(?s)<p>.*?</p>`).ReplaceAllString(html[body:], "")
	html = html[:body] + strings.Replace(rest, `<div class="entry-content">`, `<div class="entry-content">`+paras, 1)
	const path = "/2026/04/reviewed-names-return/"
	forum.Set(samplesites.Route{Path: path, ContentType: "text/html; charset=UTF-8"}, []byte(html))
	feedRoute := samplesites.Route{Path: "/feed/", ContentType: "application/rss+xml; charset=UTF-8"}
	for _, r := range forum.Site().Routes {
		if r.Path == "/feed/" {
			feed, err := forum.Site().File(r)
			if err != nil {
				t.Fatal(err)
			}
			item := "<item><title>Reviewed names return</title><link>" + forum.Site().BaseURL + path + "</link><pubDate>Wed, 01 Apr 2026 09:00:00 +0000</pubDate></item>\n<item>"
			forum.Set(feedRoute, []byte(strings.Replace(string(feed), "<item>", item, 1)))
		}
	}
	if r := runTrawl(t, "run", "--config", cfg, "--db", db); r.code != 0 {
		t.Fatalf("second run exit %d: %s", r.code, r.stderr)
	}

	h := openDB(t, db)
	article := scalar(t, h, `SELECT id FROM articles WHERE url LIKE '%`+path+`'`)
	in := ` FROM mentions WHERE article_id = ` + article
	if n := scalar(t, h, `SELECT count(*)`+in); n == "0" {
		t.Fatal("the new article has no mentions")
	}
	checks := []struct{ what, query, want string }{
		{"rejected name not extracted as ORG", `SELECT count(*)` + in + ` AND label = 'ORG' AND text = '` + sqlQuote(rejectedText) + `' COLLATE NOCASE`, "0"},
		{"relabelled name extracted as ORG on its entity", `SELECT count(*)` + in + ` AND text = '` + sqlQuote(relabelledText) + `' AND label = 'ORG' AND entity_id = ` + itoa(relabelled), "1"},
		{"relabelled name not a PLATFORM", `SELECT count(*)` + in + ` AND text = '` + sqlQuote(relabelledText) + `' AND label = 'PLATFORM'`, "0"},
		{"merged name on the kept entity", `SELECT count(*)` + in + ` AND text = '` + sqlQuote(dropText) + `' AND entity_id = ` + itoa(keep), "1"},
	}
	for _, c := range checks {
		if got := scalar(t, h, c.query); got != c.want {
			t.Errorf("%s: got %s, want %s", c.what, got, c.want)
		}
	}
}
