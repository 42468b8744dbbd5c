//go:build unix

package storage

import "golang.org/x/sys/unix"

// freeDisk is the space an unprivileged user may still use on dir's
// filesystem; 0 when it cannot be read.
func freeDisk(dir string) uint64 {
	var st unix.Statfs_t
	if unix.Statfs(dir, &st) != nil {
		return 0
	}
	return uint64(st.Bavail) * uint64(st.Bsize)
}
