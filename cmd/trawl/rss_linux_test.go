package main

import (
	"os"
	"syscall"
)

// peakRSSMB is a finished process's peak resident memory (Linux reports
// ru_maxrss in KiB).
func peakRSSMB(ps *os.ProcessState) (float64, bool) {
	return float64(ps.SysUsage().(*syscall.Rusage).Maxrss) / 1024, true
}
