//go:build !linux

package main

// watchPeakRSS: peak resident memory is read from /proc, on Linux only,
// where the memory figures are measured.
func watchPeakRSS(int) func() (float64, bool) { return func() (float64, bool) { return 0, false } }
