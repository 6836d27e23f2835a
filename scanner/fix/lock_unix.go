//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package fix

import (
	"fmt"
	"os"
	"syscall"
)

// lockDir takes an exclusive advisory lock on the folder dir, so that
// envguard processes writing an env file there one at a time lose no
// update (keygen --write run in parallel). unlock releases it.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("cannot lock %s: %w", dir, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
