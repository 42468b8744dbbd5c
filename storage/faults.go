package storage

import (
	"errors"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// IsDatabaseFault reports whether err comes from the database itself rather
// than from what was written: a file that is not a database or cannot be
// opened, a read-only or full disk, I/O errors, corruption, a lock held past
// every retry. Callers use it to tell "the database failed" (trawl exits 4)
// from bad input.
func IsDatabaseFault(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff { // primary code of an extended one
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_READONLY,
		sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_CORRUPT,
		sqlite3.SQLITE_PERM, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_PROTOCOL, sqlite3.SQLITE_NOLFS:
		return true
	}
	return false
}

// isBusy reports a write that lost the lock to another connection for
// longer than the busy timeout.
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED)
}

// Defaults of WriterOptions.BusyRetries and BusyBackoff, also used by the
// run records' own writes.
const (
	defaultBusyRetries = 4
	defaultBusyBackoff = 500 * time.Millisecond
)

// busyRetry runs fn, and again after backoff (doubled each time) while it
// fails with SQLITE_BUSY, at most retries more times; SQLite has already
// waited out its busy timeout on each try. It returns the retries taken.
func busyRetry(retries int, backoff time.Duration, fn func() error) (int, error) {
	for attempt := 0; ; attempt++ {
		err := fn()
		if err == nil || !isBusy(err) || attempt == retries {
			return attempt, err
		}
		time.Sleep(backoff)
		backoff *= 2
	}
}
