// Package systemd holds trawl's systemd units; this test checks them.
package systemd

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var units = []string{"trawl.service", "trawl.timer", "trawl-serve.service"}

// TestUnits_Verify runs systemd-analyze verify on the units, with ExecStart
// pointed at a freshly built trawl (verify checks the binary exists). Any
// message, a warning about an unknown key included, fails the test.
func TestUnits_Verify(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not installed (apt-get install systemd); .ci/run installs it")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "trawl")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/trawl").CombinedOutput(); err != nil {
		t.Fatalf("building trawl: %v\n%s", err, out)
	}
	var paths []string
	for _, u := range units {
		b, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, u)
		if err := os.WriteFile(p, []byte(strings.ReplaceAll(string(b), "/usr/local/bin/trawl", bin)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	out, err := exec.Command(analyze, append([]string{"verify", "--man=no"}, paths...)...).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}

// TestUnits_Sandboxed checks the services run sandboxed, with the database
// in a state directory.
func TestUnits_Sandboxed(t *testing.T) {
	for _, u := range []string{"trawl.service", "trawl-serve.service"} {
		b, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		lines := map[string]bool{}
		for _, l := range strings.Split(string(b), "\n") {
			lines[strings.TrimSpace(l)] = true
		}
		for _, want := range []string{"DynamicUser=yes", "ProtectSystem=strict", "ProtectHome=yes", "StateDirectory=trawl",
			"NoNewPrivileges=yes", "PrivateTmp=yes", "CapabilityBoundingSet=",
			"Environment=TRAWL_DB=/var/lib/trawl/trawl.db TRAWL_CONFIG=/etc/trawl/sources.yaml"} {
			if !lines[want] {
				t.Errorf("%s lacks %q", u, want)
			}
		}
	}
}
