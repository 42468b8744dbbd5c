package configs

import (
	"errors"
	"strings"
	"testing"
)

// requireInvalid checks that err marks an unusable configuration and says
// each of want (the file, the line, the offending value).
func requireInvalid(t *testing.T, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("error %v does not wrap ErrInvalid", err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
}
