package storage

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"
)

// crashChildEnv names the database a child process fills until it is killed.
const crashChildEnv = "TRAWL_STORAGE_CRASH_DB"

const crashArticles = 800

// TestWriter_SurvivesKill kills a process mid-run with SIGKILL and checks
// that the database it leaves is consistent and that a re-run completes the
// set without duplicates.
func TestWriter_SurvivesKill(t *testing.T) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(t, path)
		return
	}
	ctx := context.Background()
	s, path := openTest(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriter_SurvivesKill$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for count(t, s, `SELECT count(*) FROM articles`) < 40 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the child stored too little in 60 s")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait() //nolint:errcheck // killed on purpose
	s.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	stored := count(t, s, `SELECT count(*) FROM articles`)
	if stored >= crashArticles {
		t.Fatalf("the child finished (%d articles) before it was killed", stored)
	}
	var check string
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %s %v", check, err)
	}
	if n := count(t, s, `SELECT count(*) FROM pragma_foreign_key_check`); n != 0 {
		t.Errorf("%d foreign key violations", n)
	}
	if _, err := s.DB().Exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("full-text index out of step: %v", err)
	}
	recs := benchArticles(t, crashArticles, "https://crash.example")
	want := map[string]int{}
	for _, r := range recs {
		want[r.PageKey] = len(r.Entities)
	}
	rows, err := s.DB().Query(`SELECT a.key, count(m.id) FROM articles a LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var key string
		var n int
		rows.Scan(&key, &n)
		if n != want[key] {
			t.Errorf("%s: %d mentions survived, want %d (a torn article)", key, n, want[key])
		}
	}
	rows.Close()

	outcomes := map[Outcome]int{}
	for _, r := range saveAll(t, s, recs...) {
		outcomes[r.Outcome]++
	}
	if outcomes[OutcomeUnchanged] != stored || outcomes[OutcomeNew] != crashArticles-stored {
		t.Errorf("re-run outcomes %v, want %d unchanged and %d new", outcomes, stored, crashArticles-stored)
	}
	if n := count(t, s, `SELECT count(*) FROM articles`); n != crashArticles {
		t.Errorf("%d articles after the re-run, want %d", n, crashArticles)
	}
}

// crashChild saves the crash set slowly enough to be killed part way.
func crashChild(t *testing.T, path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	w := s.NewWriter(ctx, WriterOptions{BatchSize: 8})
	for _, r := range benchArticles(t, crashArticles, "https://crash.example") {
		w.SaveArticle(r)
	}
	w.Close()
	s.Close()
}
