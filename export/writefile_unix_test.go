//go:build unix

package export

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestWriteFile_NamedPipeStaysAPipe: an export to something that is not a
// regular file (a pipe, /dev/stdout) writes into it and never renames a
// file over it, which as root would replace a device node.
func TestWriteFile_NamedPipeStaysAPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "out.csv")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	if err := writeFile(fifo, func(w io.Writer) error {
		_, err := io.WriteString(w, "id,label\n1,ORG\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "id,label\n1,ORG\n" {
			t.Errorf("the pipe's reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Error("nothing was written into the pipe")
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after the export %s is %v (%v), want the named pipe", fifo, fi.Mode(), err)
	}
}
