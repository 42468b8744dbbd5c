//go:build unix

package review

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system time so far: on a shared
// machine the wall-clock percentiles include waiting for a core, and
// cpu-ms/op says what a request itself costs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru) //nolint:errcheck // cannot fail for SELF
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
