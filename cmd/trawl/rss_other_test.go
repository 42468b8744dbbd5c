//go:build !linux

package main

import "os"

// peakRSSMB: ru_maxrss has other units or is absent off Linux, where the
// memory figure is measured.
func peakRSSMB(*os.ProcessState) (float64, bool) { return 0, false }
