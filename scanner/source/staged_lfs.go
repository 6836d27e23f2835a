package source

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/envguard/envguard/scanner/pipeline"
)

// lfsPointer parses a Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md):
// a small text file of "key value" lines, "version" first, with the
// content's "oid sha256:HEX" and "size N". ok is false for anything else.
func lfsPointer(data []byte) (oid string, size int64, ok bool) {
	if len(data) > 1024 || !(bytes.HasPrefix(data, []byte("version https://git-lfs.github.com/spec/")) ||
		bytes.HasPrefix(data, []byte("version https://hawser.github.com/spec/"))) {
		return "", 0, false
	}
	size = -1
	for _, line := range bytes.Split(bytes.TrimSuffix(data, []byte{'\n'}), []byte{'\n'}) {
		k, v, found := bytes.Cut(line, []byte{' '})
		if !found {
			return "", 0, false
		}
		switch string(k) {
		case "oid":
			h, ok := bytes.CutPrefix(v, []byte("sha256:"))
			if !ok || len(h) != 64 {
				return "", 0, false
			}
			if _, err := hex.DecodeString(string(h)); err != nil {
				return "", 0, false
			}
			oid = string(h)
		case "size":
			n, err := strconv.ParseInt(string(v), 10, 64)
			if err != nil || n < 0 {
				return "", 0, false
			}
			size = n
		}
	}
	return oid, size, oid != "" && size >= 0
}

// lfs scans the work-tree file of a staged Git LFS pointer: the commit
// publishes that content (to the LFS store), and the object store holds
// only the pointer. The file must be regular and match the pointer's
// SHA-256 and size; otherwise the content being committed cannot be read,
// which is reported through [staged.unscanned].
func (s *staged) lfs(ctx context.Context, path, oid string, size int64, errs *pipeline.ErrorList, yield func(pipeline.Fragment) error) error {
	abs := filepath.Join(s.repo.WorkTree, filepath.FromSlash(path))
	why := "a Git LFS pointer whose content is not in the work tree (the staged content differs from the file, or the file is gone)"
	if s.opts.MaxFileSize > 0 && size > s.opts.MaxFileSize {
		why = fmt.Sprintf("a Git LFS file larger than --max-file-size (%d bytes > %d)", size, s.opts.MaxFileSize)
		return s.unscanned(path, why, errs, yield)
	}
	f, err := openRegular(abs)
	if err != nil {
		return s.unscanned(path, why, errs, yield)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil || n != size || hex.EncodeToString(h.Sum(nil)) != oid {
		return s.unscanned(path, why, errs, yield)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return s.unscanned(path, why, errs, yield)
	}
	return yieldWindows(ctx, path, io.LimitReader(f, size), s.opts, yield)
}

// worktreeHolds reports whether the work-tree file at path holds exactly
// data: a pointer committed as a file of its own (a test fixture), with
// no LFS filter, is scanned as what it is.
func (s *staged) worktreeHolds(path string, data []byte) bool {
	f, err := openRegular(filepath.Join(s.repo.WorkTree, filepath.FromSlash(path)))
	if err != nil {
		return false
	}
	defer f.Close()
	got, err := io.ReadAll(io.LimitReader(f, int64(len(data))+1))
	return err == nil && bytes.Equal(got, data)
}

// openRegular opens a regular file, never through a symbolic link.
func openRegular(abs string) (*os.File, error) {
	fi, err := os.Lstat(abs)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	f, err := os.Open(abs)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || !os.SameFile(fi, st) {
		f.Close()
		return nil, fmt.Errorf("changed while opened")
	}
	return f, nil
}
