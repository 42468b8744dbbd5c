package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// watchPeakRSS follows a process's VmHWM (peak resident set) in
// /proc/PID/status until it exits; the returned func waits for that and
// gives the peak in MB. rusage's Maxrss will not do: Go starts children with
// vfork, and Linux counts the parent's pages in the child's Maxrss at exec
// (a test process of 350 MB made `trawl --help` read 351 MB).
func watchPeakRSS(pid int) (peakMB func() (float64, bool)) {
	var peak float64
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
			if err != nil {
				return
			}
			_, rest, ok := strings.Cut(string(b), "VmHWM:")
			if !ok {
				return // a zombie: it has exited
			}
			var kb float64
			fmt.Sscan(rest, &kb) //nolint:errcheck // a bad line leaves kb 0
			peak = max(peak, kb/1024)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	return func() (float64, bool) { <-done; return peak, true }
}
