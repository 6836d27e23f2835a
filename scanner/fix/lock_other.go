//go:build !unix

package fix

import "io/fs"

// lockDir does nothing where flock is missing.
func lockDir(dir string) (unlock func(), err error) { return func() {}, nil }

// links returns 1: the platform does not say.
func links(fi fs.FileInfo) uint64 { return 1 }
