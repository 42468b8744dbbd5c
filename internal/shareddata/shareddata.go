// Package shareddata finds, for tests, the project's shared folder of
// third-party data sets and reference tools, which is not part of the
// repository: TRAWL_SHARED names it, else ../shared beside the module root is
// used when it exists. A test whose data is missing skips with a message
// saying how to run it; with TRAWL_REQUIRE_SHARED=1 (as .ci/run sets) it
// fails instead, so CI cannot pass on skipped tests.
package shareddata

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Env variables read by Path.
const (
	DirEnv     = "TRAWL_SHARED"
	RequireEnv = "TRAWL_REQUIRE_SHARED"
)

// Path returns the shared folder joined with rel, skipping (or, when
// TRAWL_REQUIRE_SHARED=1, failing) the test when that path does not exist.
func Path(t testing.TB, rel ...string) string {
	t.Helper()
	root, err := root()
	if err == nil {
		p := filepath.Join(append([]string{root}, rel...)...)
		if _, err = os.Stat(p); err == nil {
			return p
		}
	}
	Missing(t, err)
	return ""
}

// Missing ends a test whose outside data or tool is absent: a skip that says
// how to run it, or a failure when TRAWL_REQUIRE_SHARED=1.
func Missing(t testing.TB, err error) {
	t.Helper()
	const how = "needs the trawl shared data (data sets, reference scorers): run with " +
		DirEnv + "=/path/to/shared, or with the folder at ../shared beside the repository"
	if os.Getenv(RequireEnv) == "1" {
		t.Fatalf("%s (%s=1): %v", how, RequireEnv, err)
	}
	t.Skipf("%s: %v", how, err)
}

// root is TRAWL_SHARED, else ../shared beside the module root.
func root() (string, error) {
	if d := os.Getenv(DirEnv); d != "" {
		return d, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the test's folder")
		}
		dir = parent
	}
}
