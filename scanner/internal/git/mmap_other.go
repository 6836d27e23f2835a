//go:build !unix

package git

import "os"

// mapFile reads a file where mapping it is not available.
func mapFile(path string) (data []byte, unmap func(), err error) {
	data, err = os.ReadFile(path)
	return data, func() {}, err
}
