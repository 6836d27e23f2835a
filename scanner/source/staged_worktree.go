package source

import (
	"encoding/hex"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/envguard/envguard/scanner/internal/git"
)

// The staged content of a file is read from the work tree when the file
// there hashes to the staged blob's id: git names content by its hash, so
// it is then the staged blob byte for byte, and reading it costs a file
// read and a hash (2 GB/s) instead of git inflating the blob (a few
// hundred MB/s) and piping it over. Anything else (a file changed since
// `git add`, a clean filter or line-ending conversion, a Git LFS file, a
// symlink, a missing file) falls back to reading the blob from git, so
// the scan is of the staged content whatever the work tree holds.

// workTreeCandidate reports whether c's new version may be read from the
// work tree, and the size of the file there: a regular file (mode
// 100644 or 100755 in the index and on disk) no larger than the content
// read whole.
func (s *staged) workTreeCandidate(c *git.Change) (int64, bool) {
	if s.repo.WorkTree == "" || (c.NewMode != "100644" && c.NewMode != "100755") || !s.realDir(path.Dir(c.Path)) {
		return 0, false
	}
	fi, err := os.Lstat(filepath.Join(s.repo.WorkTree, filepath.FromSlash(c.Path)))
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > s.wholeLimit() {
		return 0, false
	}
	return fi.Size(), true
}

// realDir reports whether the work-tree folder dir ("." or "a/b") is
// reached without a symbolic link, so that a file read through it is in
// the repository: a folder swapped for a link after `git add` is not
// followed out of it. Answers are remembered for the scan.
func (s *staged) realDir(dir string) bool {
	if dir == "." {
		return true
	}
	if ok, seen := s.realDirs[dir]; seen {
		return ok
	}
	fi, err := os.Lstat(filepath.Join(s.repo.WorkTree, filepath.FromSlash(dir)))
	ok := err == nil && fi.IsDir() && s.realDir(path.Dir(dir))
	if s.realDirs == nil {
		s.realDirs = map[string]bool{}
	}
	s.realDirs[dir] = ok
	return ok
}

// wholeLimit is the largest content read whole: the explicit size cap
// when it is lower than the windowing threshold.
func (s *staged) wholeLimit() int64 {
	limit := int64(windowedAbove * s.opts.windowSize())
	if m := s.opts.MaxFileSize; m > 0 && m < limit {
		limit = m
	}
	return limit
}

// fromWorkTree returns the work-tree file of c when it holds exactly the
// staged blob c.NewOID, read without following a symbolic link and
// without blocking on a special file; ok is false otherwise.
func (s *staged) fromWorkTree(c *git.Change) (data []byte, ok bool) {
	abs := filepath.Join(s.repo.WorkTree, filepath.FromSlash(c.Path))
	res := readDirFile(abs, c.Path, Options{MaxFileSize: s.wholeLimit()})
	if res.err != nil || res.big || res.frag.Skip != "" {
		return nil, false
	}
	data = res.frag.Data
	if data == nil {
		data = []byte{}
	}
	return data, blobID(s.repo.HashLen, data) == c.NewOID
}

// wtRead is the outcome of [staged.fromWorkTree] for one step.
type wtRead struct {
	data []byte
	ok   bool
}

// fromWorkTreeAll reads the work-tree files of the steps planned from
// the work tree, on every core (reading and hashing a batch of an initial
// commit is most of its cost); the result is indexed like plan.
func (s *staged) fromWorkTreeAll(plan []step) []wtRead {
	out := make([]wtRead, len(plan))
	var todo []int
	for i, st := range plan {
		if st.wt {
			todo = append(todo, i)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	if workers <= 1 {
		for _, i := range todo {
			out[i].data, out[i].ok = s.fromWorkTree(plan[i].c)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1)) - 1
				if k >= len(todo) {
					return
				}
				i := todo[k]
				out[i].data, out[i].ok = s.fromWorkTree(plan[i].c)
			}
		}()
	}
	wg.Wait()
	return out
}

// blobID is git's id of a blob holding data: the SHA-1 (hashLen 20) or
// SHA-256 (32) of "blob <size>\x00" and data, in hex.
func blobID(hashLen int, data []byte) string {
	return hex.EncodeToString(git.ObjectID(hashLen, "blob", data))
}
