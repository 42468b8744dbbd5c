package shareddata

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestPath_FindsWhatTRAWL_SHAREDNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(DirEnv, dir)
	if got := Path(t, "x.txt"); got != filepath.Join(dir, "x.txt") {
		t.Errorf("Path = %q, want %q", got, filepath.Join(dir, "x.txt"))
	}
}

// The skip and the failure end the test, so they are observed from a child
// test process, as go test reports them.
func TestPath_MissingSkipsOrFailsWhenRequired(t *testing.T) {
	if os.Getenv("SHAREDDATA_CHILD") == "1" {
		Path(t, "no-such-file")
		t.Fatal("Path returned for a missing file")
	}
	for _, tc := range []struct {
		require string
		want    string
		fails   bool
	}{
		{"", "--- SKIP", false},
		{"1", "--- FAIL", true},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPath_MissingSkipsOrFailsWhenRequired$", "-test.v")
		cmd.Env = append(os.Environ(), "SHAREDDATA_CHILD=1", DirEnv+"="+t.TempDir(), RequireEnv+"="+tc.require)
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.fails || !strings.Contains(string(out), tc.want) || !strings.Contains(string(out), DirEnv+"=/path/to/shared") {
			t.Errorf("%s=%q: err %v, output:\n%s\nwant %s with the how-to message", RequireEnv, tc.require, err, out, tc.want)
		}
	}
}
