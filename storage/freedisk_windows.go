package storage

import "golang.org/x/sys/windows"

// freeDisk is the space the user may still use on dir's volume; 0 when it
// cannot be read.
func freeDisk(dir string) uint64 {
	p, err := windows.UTF16PtrFromString(dir)
	if err != nil {
		return 0
	}
	var avail, total, free uint64
	if windows.GetDiskFreeSpaceEx(p, &avail, &total, &free) != nil {
		return 0
	}
	return avail
}
