// Package storage keeps trawl's data in SQLite: the raw page archive, articles
// with full-text search, entities with their aliases and mentions, amounts,
// runs and the reviewers' audit log. It owns the schema, its migrations and
// every SQL statement; all writes of a run go through one Writer.
package storage

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNotFound is returned when a run or entity named by id does not exist.
var ErrNotFound = errors.New("not found")

// ErrNoDatabase is returned by OpenReadOnly for a file that does not exist
// or is not a trawl database.
var ErrNoDatabase = errors.New("no trawl database")

// Store is trawl's database.
type Store struct {
	db   *sql.DB
	path string
}

// pragmas apply to every pooled connection: WAL so readers never block the
// writer, a busy timeout so two processes wait instead of failing, foreign
// keys for the cascades, and IMMEDIATE transactions so a write transaction
// takes the lock up front rather than failing on upgrade.
const pragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_txlock=immediate"

// Open opens (creating when missing) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("storage: open %q: path must be non-empty and hold no '?'", path)
	}
	db, err := sql.Open("sqlite", path+"?"+pragmas)
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// OpenReadOnly opens an existing database for reading only (stats, serve,
// export): it never creates the file nor migrates it, and it works on a file
// or folder the user cannot write.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if path == "" || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("storage: open %q: path must be non-empty and hold no '?'", path)
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("storage: open %s: %w (the file does not exist)", path, ErrNoDatabase)
	} else if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	const ro = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	s, err := openChecked(ctx, path, "file:"+path+"?mode=ro&"+ro)
	if err != nil && !errors.Is(err, ErrNoDatabase) {
		// A WAL database needs its -shm file; where none exists and none can
		// be created (a read-only folder) no writer is at work either, and
		// SQLite reads the file as immutable.
		s, err = openChecked(ctx, path, "file:"+path+"?mode=ro&immutable=1&"+ro)
	}
	return s, err
}

// openChecked opens dsn and checks that it holds trawl's schema.
func openChecked(ctx context.Context, path, dsn string) (*Store, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	var n int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name IN ('goose_db_version', 'articles')`).Scan(&n)
	if err == nil && n != 2 {
		err = ErrNoDatabase
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// migrateAttempts bounds how often Open retries migrations that another
// process was applying at the same moment.
const migrateAttempts = 3

func (s *Store) migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("storage: migrations: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, s.db, sub, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return fmt.Errorf("storage: migrations of %s: %w", s.path, err)
	}
	// Another process opening the same new file may apply a migration first
	// (goose has no lock for SQLite): its transaction commits, ours rolls
	// back, and a second look finds that step done.
	for attempt := 0; attempt < migrateAttempts; attempt++ {
		if _, err = p.Up(ctx); err == nil {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("storage: migrate %s: %w", s.path, err)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("storage: close %s: %w", s.path, err)
	}
	return nil
}

// DB is the underlying handle, for read-only queries (stats, tests). Writes
// belong to the Store's methods and the Writer.
func (s *Store) DB() *sql.DB { return s.db }

// timeFormat is how times are stored: RFC 3339 in UTC, which sorts as text
// and which SQLite's date functions read.
const timeFormat = time.RFC3339

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeFormat)
}

func parseTime(s string) time.Time {
	t, err := time.Parse(timeFormat, s)
	if err != nil {
		return time.Time{}
	}
	return t
}
