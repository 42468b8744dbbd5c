package storage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestIsDatabaseFault(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	t.Run("not a database", func(t *testing.T) {
		path := filepath.Join(dir, "notes.db")
		if err := os.WriteFile(path, []byte("these are notes, not a database\n"+string(make([]byte, 4096))), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Open(ctx, path)
		if err == nil || !IsDatabaseFault(err) {
			t.Errorf("Open: %v, want a database fault", err)
		}
	})
	t.Run("read-only", func(t *testing.T) {
		// query_only stands in for a read-only file, whose mode binds no
		// root user: SQLite answers both with SQLITE_READONLY.
		s, _ := openTest(t)
		if _, err := s.db.Exec(`PRAGMA query_only = 1`); err != nil {
			t.Fatal(err)
		}
		s.db.SetMaxOpenConns(1) // the pragma holds for this one connection
		_, err := s.StartRun(ctx, []string{"x"})
		if err == nil || !IsDatabaseFault(err) {
			t.Errorf("write to a read-only database: %v, want a database fault", err)
		}
	})
	t.Run("full", func(t *testing.T) {
		s, _ := openTest(t)
		s.db.SetMaxOpenConns(1)
		var pages int
		if err := s.db.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.Exec(`PRAGMA max_page_count = ` + strconv.Itoa(pages)); err != nil {
			t.Fatal(err)
		}
		noise := make([]byte, 64<<10) // incompressible, so the archived body needs new pages
		rand.Read(noise)
		w := s.NewWriter(ctx, WriterOptions{})
		res := <-w.SavePage(page("https://full.example/a", hex.EncodeToString(noise), 200))
		w.Close()
		if res.Err == nil || !IsDatabaseFault(res.Err) {
			t.Errorf("write to a full database: %v, want a database fault", res.Err)
		}
	})
	t.Run("bad input is no fault", func(t *testing.T) {
		s, _ := openTest(t)
		w := s.NewWriter(ctx, WriterOptions{})
		res := <-w.SavePage(PageRecord{URL: "https://a.example/304", Key: "k304", Status: 304, NotModified: true})
		w.Close()
		if res.Err == nil || IsDatabaseFault(res.Err) {
			t.Errorf("304 for an unknown page: %v, want an error that is no database fault", res.Err)
		}
		if IsDatabaseFault(errors.New("plain")) || IsDatabaseFault(nil) {
			t.Error("a plain error is a database fault")
		}
	})
}
