package hooks

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/envguard/envguard/scanner/atomicfile"
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
		return nil, atomicfile.Replace(s.Path, s.data, hookMode)
	case Restore:
		// One rename replaces envguard's hook with the kept one: the same
		// file, so its bytes and mode come back exactly.
		if err := os.Rename(s.From, s.Path); err != nil {
			return nil, fmt.Errorf("cannot put %s back: %w", s.From, err)
		}
		return nil, nil
	case Edit, Unedit:
		return nil, atomicfile.Replace(s.Path, s.data, s.mode)
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
