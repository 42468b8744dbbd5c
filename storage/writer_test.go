package storage

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestWriter_BatchesUnderLoad(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	const n, size = 48, 16 // n fits the queue (4 batches) so no send blocks
	// Hold the write lock so the writes pile up, as they do when SQLite is
	// slower than the producers.
	hold, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := s.NewWriter(ctx, WriterOptions{BatchSize: size})
	chans := make([]<-chan SaveResult, n)
	for i := range chans {
		chans[i] = w.SavePage(page(fmt.Sprintf("https://a.example/%d", i), fmt.Sprint(i), 200))
	}
	if err := hold.Rollback(); err != nil {
		t.Fatal(err)
	}
	ids := map[int64]bool{}
	for i, c := range chans {
		res := <-c
		if res.Err != nil || res.Outcome != OutcomeNew {
			t.Fatalf("page %d: %+v", i, res)
		}
		ids[res.ID] = true
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if len(ids) != n {
		t.Errorf("%d distinct ids, want %d", len(ids), n)
	}
	// The first write may have gone alone before the rest arrived.
	if w.batches < n/size || w.batches > n/size+1 {
		t.Errorf("%d transactions for %d queued writes in batches of %d", w.batches, n, size)
	}
	if got := count(t, s, `SELECT count(*) FROM pages`); got != n {
		t.Errorf("%d pages stored, want %d", got, n)
	}
}

func TestWriter_CloseFlushesLingeringWrites(t *testing.T) {
	s, _ := openTest(t)
	run, err := s.StartRun(context.Background(), []string{"forum"})
	if err != nil {
		t.Fatal(err)
	}
	// Errors have no result and may linger for company; Close must still
	// commit them at once.
	w := s.NewWriter(context.Background(), WriterOptions{FlushInterval: time.Hour})
	for i := range 3 {
		w.RecordError(RunError{RunID: run, Source: "forum", URL: fmt.Sprintf("https://a.example/%d", i), Status: 500, Message: "boom"})
	}
	start := time.Now()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Close took %s", d)
	}
	if n := count(t, s, `SELECT count(*) FROM run_errors WHERE run_id = ?`, run); n != 3 {
		t.Errorf("%d run errors stored, want 3", n)
	}
}

func TestWriter_FlushIntervalCommitsLingeringWrites(t *testing.T) {
	s, _ := openTest(t)
	run, err := s.StartRun(context.Background(), []string{"forum"})
	if err != nil {
		t.Fatal(err)
	}
	w := s.NewWriter(context.Background(), WriterOptions{FlushInterval: 50 * time.Millisecond})
	defer w.Close()
	w.RecordError(RunError{RunID: run, Source: "forum", URL: "https://a.example/x", Message: "timeout"})
	deadline := time.Now().Add(5 * time.Second)
	for count(t, s, `SELECT count(*) FROM run_errors`) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("a lingering write never committed before Close")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// One failing write in a batch fails alone; the rest of its batch commits
// and Close reports the failure nobody else heard of (RecordError).
func TestWriter_FailedWriteFailsAlone(t *testing.T) {
	s, _ := openTest(t)
	w := s.NewWriter(context.Background(), WriterOptions{BatchSize: 8, FlushInterval: time.Hour})
	good1 := w.SavePage(page("k1", "one", 200))
	bad := w.SavePage(PageRecord{URL: "https://a.example/304", Key: "k304", Status: 304, NotModified: true})
	w.RecordError(RunError{RunID: 424242, Source: "x", URL: "https://a.example/err", Message: "no such run"})
	good2 := w.SavePage(page("k2", "two", 200))
	for _, c := range []<-chan SaveResult{good1, good2} {
		if res := <-c; res.Err != nil {
			t.Errorf("good write failed: %v", res.Err)
		}
	}
	if res := <-bad; res.Err == nil {
		t.Error("304 of an unknown page succeeded")
	}
	err := w.Close()
	if err == nil {
		t.Error("Close reported no error")
	}
	if n := count(t, s, `SELECT count(*) FROM pages`); n != 2 {
		t.Errorf("%d pages, want 2", n)
	}
	if n := count(t, s, `SELECT count(*) FROM run_errors`); n != 0 {
		t.Errorf("%d run errors for a missing run", n)
	}
}

func TestWriter_AfterClose(t *testing.T) {
	s, _ := openTest(t)
	w := s.NewWriter(context.Background(), WriterOptions{})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if res := <-w.SaveArticle(mentionRecord("k", "ORG", "x", "x")); !errors.Is(res.Err, ErrWriterClosed) {
		t.Errorf("save after Close: %v", res.Err)
	}
	w.RecordError(RunError{Message: "late"}) // must not panic
}

// A cancelled run still stores what it queued.
func TestWriter_CancelledContextStillWrites(t *testing.T) {
	s, _ := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	w := s.NewWriter(ctx, WriterOptions{})
	cancel()
	if res := <-w.SavePage(page("k", "body", 200)); res.Err != nil {
		t.Errorf("save after cancel: %v", res.Err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// lockedStore opens a store whose single connection gives up on a lock
// after 20 ms, and a second connection that takes the write lock; release
// ends that transaction.
func lockedStore(t *testing.T) (s *Store, release func()) {
	t.Helper()
	s, path := openTest(t)
	s.db.SetMaxOpenConns(1)
	if _, err := s.db.Exec(`PRAGMA busy_timeout = 20`); err != nil {
		t.Fatal(err)
	}
	other, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	ctx := context.Background()
	conn, err := other.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release = func() {
		once.Do(func() {
			conn.ExecContext(ctx, `ROLLBACK`) //nolint:errcheck
			conn.Close()
		})
	}
	t.Cleanup(release)
	return s, release
}

func TestWriter_BusyIsRetried(t *testing.T) {
	s, release := lockedStore(t)
	w := s.NewWriter(context.Background(), WriterOptions{BusyRetries: 8, BusyBackoff: 20 * time.Millisecond})
	res := w.SavePage(page("https://busy.example/a", "a", 200))
	time.Sleep(150 * time.Millisecond)
	release()
	if r := <-res; r.Err != nil {
		t.Fatalf("save after the lock was released: %v", r.Err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if w.retries == 0 {
		t.Error("no retry counted while another connection held the lock")
	}
	if n := count(t, s, `SELECT count(*) FROM pages`); n != 1 {
		t.Errorf("%d pages, want 1", n)
	}
}

func TestWriter_BusyPastRetriesFailsTheSave(t *testing.T) {
	s, release := lockedStore(t)
	w := s.NewWriter(context.Background(), WriterOptions{BusyRetries: 2, BusyBackoff: 5 * time.Millisecond})
	r := <-w.SavePage(page("https://busy.example/a", "a", 200))
	if r.Err == nil || !isBusy(r.Err) || !IsDatabaseFault(r.Err) {
		t.Errorf("save under a lock held throughout: %v, want SQLITE_BUSY", r.Err)
	}
	if w.retries != 2 {
		t.Errorf("%d retries, want 2", w.retries)
	}
	if err := w.Close(); err != nil {
		t.Errorf("Close: %v; the failed save was told to its caller", err)
	}
	w = s.NewWriter(context.Background(), WriterOptions{BusyRetries: 1, BusyBackoff: time.Millisecond})
	w.RecordError(RunError{RunID: 1, Source: "x", URL: "https://busy.example/b", Message: "m"})
	if err := w.Close(); err == nil || !IsDatabaseFault(err) {
		t.Errorf("Close after a lost RecordError: %v, want SQLITE_BUSY", err)
	}
	release()
	if n := count(t, s, `SELECT count(*) FROM pages`); n != 0 {
		t.Errorf("%d pages stored by a failed save", n)
	}
}

func TestStore_RunRecordsRetryBusy(t *testing.T) {
	s, release := lockedStore(t)
	time.AfterFunc(150*time.Millisecond, release)
	start := time.Now()
	id, err := s.StartRun(context.Background(), []string{"forum"})
	if err != nil {
		t.Fatalf("StartRun while another process wrote for 150 ms: %v", err)
	}
	if time.Since(start) < 150*time.Millisecond {
		t.Errorf("StartRun returned before the lock was released")
	}
	if err := s.FinishRun(context.Background(), id, "ok", nil); err != nil {
		t.Fatal(err)
	}
}
