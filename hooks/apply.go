package hooks

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// hookMode is the mode of every hook envguard writes.
const hookMode fs.FileMode = 0o755

// Apply makes the plan's changes in order. If a step fails, the steps
// before it are undone where that is possible, and the error says what
// was left as it is.
func (p *Plan) Apply() error {
	var undo []func() error
	for _, s := range p.Steps {
		u, err := s.apply()
		if err != nil {
			if rerr := rollback(undo); rerr != nil {
				return fmt.Errorf("%w; undoing the earlier steps also failed: %v", err, rerr)
			}
			return err
		}
		if u != nil {
			undo = append(undo, u)
		}
	}
	return nil
}

// rollback runs undo functions, last first.
func rollback(undo []func() error) error {
	var errs []error
	for i := len(undo) - 1; i >= 0; i-- {
		if err := undo[i](); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// apply makes one change and returns how to undo it (nil when it cannot
// or need not be undone).
func (s Step) apply() (func() error, error) {
	switch s.Action {
	case MakeDir:
		if err := os.MkdirAll(s.Path, 0o755); err != nil {
			return nil, fmt.Errorf("cannot create the hooks folder: %w", err)
		}
		return nil, nil
	case Keep:
		return keep(s.From, s.Path)
	case Write:
		return nil, writeAtomic(s.Path, s.data)
	case Restore:
		// One rename replaces envguard's hook with the kept one: the same
		// file, so its bytes and mode come back exactly.
		if err := os.Rename(s.From, s.Path); err != nil {
			return nil, fmt.Errorf("cannot put %s back: %w", s.From, err)
		}
		return nil, nil
	case Remove:
		if err := os.Remove(s.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("cannot remove %s: %w", s.Path, err)
		}
		return nil, nil
	}
	return nil, fmt.Errorf("unknown step %d", int(s.Action))
}

// keep gives the hook at from a second name, to: a hard link, so that the
// hook stays in place until envguard's replaces it in one rename and git
// never finds no hook. Where links are not allowed it renames instead.
func keep(from, to string) (func() error, error) {
	if err := os.Link(from, to); err == nil {
		return func() error { return os.Remove(to) }, nil
	}
	if err := os.Rename(from, to); err != nil {
		return nil, fmt.Errorf("cannot keep the existing hook as %s: %w", to, err)
	}
	return func() error { return os.Rename(to, from) }, nil
}

// writeAtomic replaces path with data, mode 0755: a temporary file in the
// same folder, synced, then renamed over path. It never writes through a
// symbolic link: the rename replaces the link itself.
func writeAtomic(path string, data []byte) (err error) {
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
	if err = tmp.Chmod(hookMode); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if _, err = tmp.Write(data); err != nil {
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
