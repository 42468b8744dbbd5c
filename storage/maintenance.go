package storage

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Backup writes a consistent copy of the database to path while runs may
// go on writing (VACUUM INTO reads one snapshot), through a temporary file
// renamed into place once synced. An existing path is refused.
func (s *Store) Backup(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("storage: backup to %s: %w", path, fs.ErrExist)
	}
	tmp := path + ".tmp"
	os.Remove(tmp) //nolint:errcheck // a leftover of an interrupted backup
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp) //nolint:errcheck // partial copy
		return fmt.Errorf("storage: backup to %s: %w", path, err)
	}
	err := syncFile(tmp)
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err == nil {
		err = syncFile(filepath.Dir(path))
	}
	if err != nil {
		os.Remove(tmp) //nolint:errcheck // partial copy
		return fmt.Errorf("storage: backup to %s: %w", path, err)
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// PruneResult says what Prune dropped.
type PruneResult struct {
	Pages int64 // raw bodies dropped
	Bytes int64 // their uncompressed size
}

// Prune drops the raw bodies of pages fetched before cutoff. Everything
// extracted from them stays, and so do their validators (ETag,
// Last-Modified), so a later run still fetches them conditionally. With
// vacuum, the file is rewritten to give the space back.
func (s *Store) Prune(ctx context.Context, cutoff time.Time, vacuum bool) (PruneResult, error) {
	var r PruneResult
	err := s.inTx(ctx, func(t *txn) error {
		const old = `FROM pages WHERE body IS NOT NULL AND fetched_at < ?`
		if err := t.scan(`SELECT count(*), COALESCE(sum(body_size), 0) `+old, []any{formatTime(cutoff)}, &r.Pages, &r.Bytes); err != nil {
			return err
		}
		_, err := t.exec(`UPDATE pages SET body = NULL WHERE body IS NOT NULL AND fetched_at < ?`, formatTime(cutoff))
		return err
	})
	if err != nil {
		return r, fmt.Errorf("storage: prune pages fetched before %s: %w", formatTime(cutoff), err)
	}
	if vacuum {
		if _, err := s.db.ExecContext(ctx, `VACUUM`); err != nil {
			return r, fmt.Errorf("storage: vacuum after prune: %w", err)
		}
	}
	return r, nil
}

// Health is what `trawl doctor` reports about the database.
type Health struct {
	Integrity     string // "ok", or the first problems quick_check found
	Version       int64  // the migration applied last
	LatestVersion int64  // the newest this build ships
	Size          int64  // bytes: the file and its WAL
	FreeDisk      uint64 // bytes free for an unprivileged user on its filesystem
}

// Inspect checks the database at path without changing it (it is opened
// read-only and not migrated): its integrity (PRAGMA quick_check: every page
// and index, without the slow cross-checks), migration level, size and the
// free space beside it.
func Inspect(ctx context.Context, path string) (Health, error) {
	var h Health
	if _, err := os.Stat(path); err != nil {
		return h, fmt.Errorf("storage: inspect %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return h, fmt.Errorf("storage: inspect %s: %w", path, err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `PRAGMA quick_check(5)`)
	if err != nil {
		return h, fmt.Errorf("storage: integrity of %s: %w", path, err)
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return h, fmt.Errorf("storage: integrity of %s: %w", path, err)
		}
		problems = append(problems, line)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return h, fmt.Errorf("storage: integrity of %s: %w", path, err)
	}
	h.Integrity = strings.Join(problems, "; ")
	// A database no trawl has opened yet has no goose table: level 0.
	err = db.QueryRowContext(ctx, `SELECT COALESCE(max(version_id), 0) FROM goose_db_version WHERE is_applied`).Scan(&h.Version)
	if err != nil && !strings.Contains(err.Error(), "no such table") {
		return h, fmt.Errorf("storage: migration level of %s: %w", path, err)
	}
	if h.LatestVersion, err = latestMigration(); err != nil {
		return h, err
	}
	for _, f := range []string{path, path + "-wal"} {
		if st, err := os.Stat(f); err == nil {
			h.Size += st.Size()
		}
	}
	h.FreeDisk = freeDisk(filepath.Dir(path))
	return h, nil
}

// latestMigration is the version of the newest migration this build ships
// (files are named NNNNN_what.sql).
func latestMigration() (int64, error) {
	entries, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return 0, fmt.Errorf("storage: migrations: %w", err)
	}
	var latest int64
	for _, e := range entries {
		num, _, _ := strings.Cut(e.Name(), "_")
		if v, err := strconv.ParseInt(num, 10, 64); err == nil && v > latest {
			latest = v
		}
	}
	return latest, nil
}
