package storage

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenReadOnly_RefusesMissingFileAndCreatesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	if _, err := OpenReadOnly(context.Background(), path); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("OpenReadOnly(missing) = %v, want ErrNoDatabase", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("OpenReadOnly created %s", path)
	}
	other := filepath.Join(t.TempDir(), "other.db")
	if err := os.WriteFile(other, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(context.Background(), other); !errors.Is(err, ErrNoDatabase) {
		t.Errorf("OpenReadOnly(empty file) = %v, want ErrNoDatabase", err)
	}
}

func TestOpenReadOnly_RefusesWrites(t *testing.T) {
	_, path := openTest(t)
	s, err := OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.DB().Exec(`INSERT INTO sources(name) VALUES ('x')`); err == nil {
		t.Error("insert through a read-only store succeeded")
	}
}

// roChildEnv names the database the child process opens read-only.
const roChildEnv = "TRAWL_RO_CHILD_DB"

// A file and folder the user cannot write still read. Root ignores file
// modes, so as root the check runs in a child process as user nobody.
func TestOpenReadOnly_ReadsAFileInAReadOnlyFolder(t *testing.T) {
	if path := os.Getenv(roChildEnv); path != "" {
		s, err := OpenReadOnly(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.Stats(context.Background()); err != nil {
			t.Fatal(err)
		}
		return
	}
	dir, err := os.MkdirTemp("", "trawl-ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755); os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "trawl.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	saveAll(t, s, goldRecords(t)[:1]...)
	s.Close()
	// The test binary is copied where nobody may run it.
	bin := filepath.Join(dir, "storage.test")
	copyFile(t, os.Args[0], bin)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	args := []string{bin, "-test.run=^TestOpenReadOnly_ReadsAFileInAReadOnlyFolder$"}
	if os.Getuid() == 0 {
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root without setpriv: cannot drop to a user the file modes bind")
		}
		args = append([]string{setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"}, args...)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), roChildEnv+"="+path)
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "PASS") {
		t.Fatalf("read-only open in a read-only folder: %v\n%s", err, out)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
