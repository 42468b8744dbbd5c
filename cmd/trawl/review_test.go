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

// reviewed are the three decisions both tests make on a crawled database:
// the most mentioned ORG rejected, the most mentioned PLATFORM (with no ORG
// of its name) relabelled ORG, the second PERSON merged into the first.
// Each entity comes with its name and its first mention (surface and
// sentence).
type reviewed struct {
	rejected, relabelled, keep, drop pickedEntity
	mergedMentions                   int // the kept entity's mentions after the merge
}

type pickedEntity struct {
	id                      int64
	name, surface, sentence string
}

func reviewThree(t *testing.T, db string) reviewed {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rd, err := storage.OpenReader(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer rd.Close()
	pick := func(q string) pickedEntity {
		t.Helper()
		var e pickedEntity
		if err := st.DB().QueryRow(q).Scan(&e.id, &e.name); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		ms, err := rd.Mentions(ctx, e.id, 0, 1)
		if err != nil || len(ms) == 0 {
			t.Fatalf("mentions of %d: %v", e.id, err)
		}
		e.surface, e.sentence = ms[0].Match, ms[0].Before+ms[0].Match+ms[0].After
		return e
	}
	r := reviewed{
		rejected: pick(`SELECT id, canonical FROM entities WHERE label = 'ORG' AND mentions >= 2 ORDER BY mentions DESC LIMIT 1`),
		relabelled: pick(`SELECT id, canonical FROM entities e WHERE label = 'PLATFORM' AND mentions >= 2
			AND NOT EXISTS (SELECT 1 FROM entities o WHERE o.label = 'ORG' AND o.canonical = e.canonical) ORDER BY mentions DESC LIMIT 1`),
		keep: pick(`SELECT id, canonical FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1`),
		drop: pick(`SELECT id, canonical FROM entities WHERE label = 'PERSON' ORDER BY mentions DESC LIMIT 1 OFFSET 1`),
	}
	for _, err := range []error{
		st.SetEntityStatus(ctx, r.rejected.id, storage.StatusRejected, "ana"),
		st.RelabelEntity(ctx, r.relabelled.id, "ORG", "ana"),
		st.MergeEntities(ctx, r.keep.id, r.drop.id, "ana"),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := st.DB().QueryRow(`SELECT mentions FROM entities WHERE id = ?`, r.keep.id).Scan(&r.mergedMentions); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestReview_DecisionsSurviveReprocess reviews entities of the crawled
// sample sites, forces every article to be extracted again (as an extractor
// upgrade would) and finds each decision still in force.
func TestReview_DecisionsSurviveReprocess(t *testing.T) {
	db := filepath.Join(t.TempDir(), "review.db")
	if r := runTrawl(t, "demo", "--db", db); r.code != 0 {
		t.Fatalf("demo exit %d: %s", r.code, r.stderr)
	}
	r := reviewThree(t, db)
	rejected, relabelled, keep, drop := r.rejected.id, r.relabelled.id, r.keep.id, r.drop.id
	rejectedName, relabelledName, dropName, mergedMentions := r.rejected.name, r.relabelled.name, r.drop.name, r.mergedMentions
	st, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
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

	r := reviewThree(t, db)
	relabelled, keep := r.relabelled.id, r.keep.id
	rejectedText, relabelledText, dropText := r.rejected.surface, r.relabelled.surface, r.drop.surface
	s1, s2, s3, s4 := r.rejected.sentence, r.relabelled.sentence, r.keep.sentence, r.drop.sentence

	// A new FORUM article made of the sentences the names were found in,
	// announced in the feed.
	forum := sites["forum"]
	page, err := forum.Site().File(forum.Site().GoldRoutes()[0])
	if err != nil {
		t.Fatal(err)
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
