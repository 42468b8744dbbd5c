package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/trawl/trawl/pipeline"
)

// TestScheduledRuns_CrawlOnScheduleUnlessLocked is `trawl serve --schedule`:
// a crawl starts on the schedule in this process, and none starts while
// another process (a cron `trawl run`) holds the lock.
func TestScheduledRuns_CrawlOnScheduleUnlessLocked(t *testing.T) {
	g := &Globals{DB: filepath.Join(t.TempDir(), "trawl.db"), Config: sampleConfig(t, "0s")}
	hold, err := pipeline.Lock(g.DB)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done, err := scheduledRuns(ctx, g, "@every 1s")
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(2500 * time.Millisecond)
	h := openDB(t, g.DB)
	var runs int
	// The database may not exist yet: no run opened it.
	if err := h.QueryRow(`SELECT count(*) FROM runs`).Scan(&runs); err == nil && runs != 0 {
		t.Errorf("%d runs while the lock was held elsewhere", runs)
	}
	hold()
	waitRows(t, g.DB, "articles", 17, 60*time.Second)
	cancel()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("schedule did not stop")
	}
	checkComplete(t, g.DB)
	if n := scalar(t, openDB(t, g.DB), `SELECT count(*) FROM runs WHERE status = 'running'`); n != "0" {
		t.Errorf("%s runs left running after the schedule stopped", n)
	}

	if _, err := scheduledRuns(context.Background(), &Globals{DB: g.DB, Config: filepath.Join(t.TempDir(), "none.yaml")}, "@hourly"); err == nil {
		t.Error("a missing sources file was accepted")
	}
}
