package pipeline

import (
	"errors"
	"fmt"
	"os"

	"github.com/gofrs/flock"
)

// ErrLocked means another run holds the database's lock.
var ErrLocked = errors.New("another trawl run holds the lock")

// Lock takes an exclusive, non-blocking lock beside the database file
// (DB.lock). The operating system drops the lock when its process dies
// (flock on Unix, LockFileEx on Windows), so a killed run never leaves a
// stale lock behind.
func Lock(dbPath string) (release func(), err error) {
	path := dbPath + ".lock"
	l := flock.New(path, flock.SetPermissions(0o644))
	ok, err := l.TryLock()
	if err != nil {
		return nil, fmt.Errorf("pipeline: lock %s: %w", path, err)
	}
	if !ok {
		return nil, fmt.Errorf("pipeline: %s: %w", path, ErrLocked)
	}
	// The pid is for a person wondering who holds it; on Windows the locked
	// file cannot be written through another handle, so errors are ignored.
	os.WriteFile(path, fmt.Appendf(nil, "%d\n", os.Getpid()), 0o644) //nolint:errcheck
	return func() { l.Unlock() }, nil                                //nolint:errcheck // closing drops it anyway
}
