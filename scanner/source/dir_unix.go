//go:build unix

package source

import (
	"fmt"
	"io/fs"
	"syscall"

	"github.com/envguard/envguard/scanner/pipeline"
)

// readDirFile reads one file without following a symlink (O_NOFOLLOW: a
// file swapped for a link after the walk saw it is not followed either)
// and without blocking on a pipe (O_NONBLOCK), with one fstat for its type
// and size: open, fstat, read, close. Plain system calls, because os.Open
// also tries to register every file with the network poller (one failed
// epoll_ctl per file), which cost more than the read on a source tree.
func readDirFile(abs, rel string, opts Options) dirResult {
	max := opts.MaxFileSize
	var fd int
	var err error
	for {
		fd, err = syscall.Open(abs, syscall.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return dirResult{err: errnoErr(err)}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return dirResult{err: errnoErr(err)}
	}
	switch {
	case st.Mode&syscall.S_IFMT != syscall.S_IFREG:
		return dirResult{frag: pipeline.Fragment{Path: rel, Skip: "not a regular file"}}
	case max > 0 && st.Size > max:
		why := fmt.Sprintf("larger than --max-file-size (%d bytes)", max)
		if opts.MayGoUnscanned == nil || !opts.MayGoUnscanned(rel) {
			return dirResult{err: unscannedError(rel, why)}
		}
		return dirResult{frag: pipeline.Fragment{Path: rel, Skip: why}}
	case max <= 0 && opts.windowed(st.Size):
		return dirResult{frag: pipeline.Fragment{Path: rel}, big: true}
	}
	data := make([]byte, st.Size)
	n := 0
	for n < len(data) {
		m, err := syscall.Read(fd, data[n:])
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil {
			return dirResult{err: errnoErr(err)}
		}
		if m == 0 {
			break // the file shrank while we read it
		}
		n += m
	}
	return dirResult{frag: pipeline.Fragment{Path: rel, Data: data[:n]}}
}

// errnoErr maps the common errnos to the fs errors callers test for.
func errnoErr(err error) error {
	switch err {
	case syscall.EACCES, syscall.EPERM:
		return fs.ErrPermission
	case syscall.ENOENT:
		return fs.ErrNotExist
	case syscall.ELOOP:
		return fmt.Errorf("became a symlink while scanning: not followed")
	}
	return err
}
