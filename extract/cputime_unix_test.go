//go:build unix

package extract_test

import (
	"syscall"
	"testing"
	"time"
)

// processCPU is the CPU time the process has used, in user and system
// mode, all threads.
func processCPU(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
