// Package atomicfile writes files so that a reader sees either the old
// content or the new, never a mix, and nothing is lost if the write fails.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile replaces path with data atomically: it writes a temporary file
// in the same folder, syncs it, gives it the mode of the file it replaces
// (or perm for a new file) and renames it over path. On error path is left
// as it was and the temporary file is removed.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	return WriteWith(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteWith is like [WriteFile] but lets write produce the content.
func WriteWith(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	if fi, statErr := os.Lstat(path); statErr == nil {
		if fi.Mode()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%s is a symbolic link: refusing to replace it", path)
		}
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file", path)
		}
		perm = fi.Mode().Perm()
	} else if !errors.Is(statErr, fs.ErrNotExist) {
		return statErr
	}
	return replace(path, perm, write)
}

// Replace puts data at path with mode perm exactly, whatever was there:
// a symbolic link at path is replaced itself, never written through. Hook
// scripts use it (they must be executable, whatever the old file's mode).
func Replace(path string, data []byte, perm fs.FileMode) error {
	return replace(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// replace writes a temporary file in path's folder with mode perm, syncs
// it and renames it over path; on error path is left as it was and the
// temporary file is removed.
func replace(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".envguard-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = write(tmp); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = os.Rename(name, path); err != nil {
		return fmt.Errorf("cannot replace %s: %w", path, err)
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
