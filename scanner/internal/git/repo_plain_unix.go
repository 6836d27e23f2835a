//go:build unix

package git

import (
	"os"
	"path/filepath"
	"syscall"
)

// ownedByMe reports whether fi (the .git folder) belongs to this
// process's user: git refuses other users' repositories unless
// safe.directory says otherwise, which only git itself decides.
func ownedByMe(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Geteuid()
}

// sameDevice reports whether every folder from dir up to top is on one
// file system: git stops looking for a repository at a mount point.
func sameDevice(dir, top string) bool {
	dev := func(p string) (uint64, bool) {
		fi, err := os.Stat(p)
		if err != nil {
			return 0, false
		}
		st, ok := fi.Sys().(*syscall.Stat_t)
		return uint64(st.Dev), ok
	}
	want, ok := dev(top)
	if !ok {
		return false
	}
	for d := dir; d != top; d = filepath.Dir(d) {
		if got, ok := dev(d); !ok || got != want || filepath.Dir(d) == d {
			return false
		}
	}
	return true
}
