package pipeline

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrLocked means another run holds the database's lock.
var ErrLocked = errors.New("another trawl run holds the lock")

// Lock takes an exclusive, non-blocking lock beside the database file
// (DB.lock). The kernel drops a flock when its process dies, so a killed run
// never leaves a stale lock behind.
func Lock(dbPath string) (release func(), err error) {
	path := dbPath + ".lock"
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("pipeline: lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("pipeline: %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("pipeline: lock %s: %w", path, err)
	}
	// The pid is for a person wondering who holds it; errors here are harmless.
	f.Truncate(0)                       //nolint:errcheck
	fmt.Fprintf(f, "%d\n", os.Getpid()) //nolint:errcheck
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN) //nolint:errcheck // closing drops it anyway
		f.Close()
	}, nil
}
