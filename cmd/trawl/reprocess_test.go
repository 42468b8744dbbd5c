package main

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/trawl/trawl/samplesites"
	"github.com/trawl/trawl/storage"
)

// archivePages fills a database's archive with n article pages, the corpus
// pages looped under distinct URLs, as if n pages had been crawled.
func archivePages(t testing.TB, db string, n int) {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pages, err := samplesites.GoldPages()
	if err != nil {
		t.Fatal(err)
	}
	w := st.NewWriter(ctx, storage.WriterOptions{BatchSize: 500})
	for i := range n {
		p := pages[i%len(pages)]
		u := fmt.Sprintf("%s#copy-%d", p.URL, i)
		w.SavePage(storage.PageRecord{
			Source: "archive", URL: u, FinalURL: p.URL, Key: u, Status: 200,
			ContentType: p.ContentType, FetchedAt: time.Now(), Body: p.Body, Article: true,
		})
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestReprocess_MemoryBoundedOver10000Pages is the README's memory figure:
// peak resident memory of `trawl reprocess` over 10,000 archived pages.
func TestReprocess_MemoryBoundedOver10000Pages(t *testing.T) {
	const pages = 10000
	db := filepath.Join(t.TempDir(), "archive.db")
	archivePages(t, db, pages)
	start := time.Now()
	cmd := startTrawl(t, "reprocess", "--db", db, "--config", filepath.Join(t.TempDir(), "none.yaml"))
	peak := watchPeakRSS(cmd.Process.Pid)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("reprocess: %v", err)
	}
	took := time.Since(start)
	peakMB, ok := peak()
	if !ok {
		t.Skip("peak resident memory is measured on Linux only")
	}
	t.Logf("reprocess of %d pages: %v (%.0f pages/s), peak RSS %.0f MB", pages, took.Round(time.Second), pages/took.Seconds(), peakMB)
	if peakMB >= 500 {
		t.Errorf("peak resident memory %.0f MB, want under 500 MB", peakMB)
	}
	h := openDB(t, db)
	if n := scalar(t, h, `SELECT count(*) FROM articles`); n != fmt.Sprint(pages) {
		t.Errorf("%s articles after reprocess, want %d", n, pages)
	}
}
