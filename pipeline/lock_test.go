package pipeline

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestLock_SecondHolderIsRefusedUntilRelease(t *testing.T) {
	db := filepath.Join(t.TempDir(), "trawl.db")
	release, err := Lock(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(db); !errors.Is(err, ErrLocked) {
		t.Fatalf("second lock: %v, want ErrLocked", err)
	}
	release()
	again, err := Lock(db)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again()
}
