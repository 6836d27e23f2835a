// Package fix plans and applies the repairs of `envguard fix`: take an
// env file out of the index, add it to the root .gitignore, replace a real
// value in an example file with a placeholder (moving it to .env first),
// and put a fresh key in .env for a leaked key envguard can mint.
//
// # Safety
//
// A [Plan] is computed first and changes nothing; [Plan.Apply] runs its
// steps in order: .gitignore lines first, then index removals, then
// writes of secrets into env files, then placeholders in example files, so
// that a secret is never written to a file git does not ignore and a real
// value is never removed from an example file before it is safe in .env.
// Every file write is atomic (see [Options.WriteFile]) and keeps the
// file's mode, its line breaks and every byte it does not change. Apply
// stops at the first failure and returns an *[ApplyError] that lists what
// was done and what was not; the steps done before it remain valid.
package fix

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/envguard/envguard/scanner/atomicfile"
	"github.com/envguard/envguard/scanner/dotenv"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/git"
)

// Rule ids of the env guard findings that [NewPlan] repairs (those of
// scanner/envcheck).
const (
	RuleStaged        = envguard.RuleStaged
	RuleTracked       = envguard.RuleTracked
	RuleNotIgnored    = envguard.RuleNotIgnored
	RuleExampleSecret = envguard.RuleExampleSecret
)

// WriteFileFunc replaces the file at path with data, atomically, keeping
// the mode of an existing file and using perm for a new one.
type WriteFileFunc func(path string, data []byte, perm fs.FileMode) error

// Options tunes [NewPlan].
type Options struct {
	// EnvFile is where fresh keys for leaks found in code go, relative to
	// the repository root (default ".env").
	EnvFile string
	// Rewrite allows replacing a leaked literal in a source file that is
	// not a dotenv file with a read of the environment variable.
	Rewrite bool
	// Matcher says which files are env and example files; nil means the
	// built-in globs of scanner/envguard.
	Matcher *envguard.Matcher
	// WriteFile writes files; nil means atomicfile.WriteFile. Tests inject
	// failures here.
	WriteFile WriteFileFunc
}

// Action is what a [Step] does.
type Action int

// Actions, in the order [Plan.Apply] runs them.
const (
	ActIgnore      Action = iota + 1 // add lines to the root .gitignore
	ActUntrack                       // git rm --cached
	ActMoveValue                     // copy an example file's real value into .env
	ActNewKey                        // put a fresh key into an env file
	ActPlaceholder                   // replace an example file's value with a placeholder
	ActRewrite                       // replace a literal in source code (--rewrite)
	ActManual                        // something envguard cannot do: rotate at the provider, edit code
)

// Step is one fix.
type Step struct {
	Action Action
	// Path is the file the step changes, slash-separated and relative to
	// the repository root.
	Path string
	// Key is the variable the step sets, if any.
	Key string
	// Summary is one line for the plan, e.g. "add /.env to .gitignore".
	Summary string
	// Notes are extra lines shown under the summary (the code to change,
	// the provider's page).
	Notes []string

	run func(ctx context.Context) error
}

// Manual reports whether the step is advice for the user, not a change.
func (s *Step) Manual() bool { return s.run == nil }

// Plan is the list of repairs for one repository.
type Plan struct {
	Steps []Step
	// Committed lists files whose secrets are already in a commit: fixing
	// the work tree does not remove them from history.
	Committed []string
}

// Changes returns how many steps change something (are not manual).
func (p *Plan) Changes() int {
	n := 0
	for i := range p.Steps {
		if !p.Steps[i].Manual() {
			n++
		}
	}
	return n
}

// ApplyError is a step that failed: the steps in Done were applied and
// remain valid, Failed was not applied, and the steps in NotDone were not
// tried.
type ApplyError struct {
	Done    []Step
	Failed  Step
	NotDone []Step
	Err     error
}

// Error names the step that failed and why.
func (e *ApplyError) Error() string {
	return fmt.Sprintf("%s: %v", e.Failed.Summary, e.Err)
}

// Unwrap returns the cause.
func (e *ApplyError) Unwrap() error { return e.Err }

// Apply runs the plan's steps in order and calls done after each one that
// succeeded. It stops at the first failure with an *[ApplyError].
func (p *Plan) Apply(ctx context.Context, done func(Step)) error {
	var ok []Step
	for i, s := range p.Steps {
		if s.Manual() {
			continue
		}
		if err := s.run(ctx); err != nil {
			var rest []Step
			for _, r := range p.Steps[i+1:] {
				if !r.Manual() {
					rest = append(rest, r)
				}
			}
			return &ApplyError{Done: ok, Failed: s, NotDone: rest, Err: err}
		}
		ok = append(ok, s)
		if done != nil {
			done(s)
		}
	}
	return nil
}

// files reads and writes files under the work tree, never through a
// symbolic link.
type files struct {
	root  string
	write WriteFileFunc
}

func (f *files) abs(rel string) string { return filepath.Join(f.root, filepath.FromSlash(rel)) }

// read returns the file's content, or nil and no error when it does not
// exist. A symbolic link or a non-regular file is an error.
func (f *files) read(rel string) ([]byte, error) {
	p := f.abs(rel)
	fi, err := os.Lstat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file (a symbolic link?): change it by hand", rel)
	}
	return os.ReadFile(p)
}

func (f *files) exists(rel string) bool {
	_, err := os.Lstat(f.abs(rel))
	return err == nil
}

// update reads rel, passes its content to edit and writes the result
// atomically when it differs. perm is the mode of a new file.
func (f *files) update(rel string, perm fs.FileMode, edit func([]byte) ([]byte, error)) error {
	old, err := f.read(rel)
	if err != nil {
		return err
	}
	data, err := edit(old)
	if err != nil {
		return fmt.Errorf("%s: %w", rel, err)
	}
	if old != nil && string(old) == string(data) {
		return nil
	}
	return f.write(f.abs(rel), data, perm)
}

func newFiles(repo *git.Repo, w WriteFileFunc) *files {
	if w == nil {
		w = atomicfile.WriteFile
	}
	return &files{root: repo.WorkTree, write: w}
}

// WriteKey sets name to value in the env file at path (created 0600 when
// missing), keeping every other byte and, when name already had a value,
// that value under NAME_PREVIOUS. write nil means atomicfile.WriteFile.
// The file is never read or written through a symbolic link.
func WriteKey(path, name, value string, write WriteFileFunc) (dotenv.SetResult, error) {
	if write == nil {
		write = atomicfile.WriteFile
	}
	f := &files{root: filepath.Dir(path), write: write}
	base := filepath.Base(path)
	var res dotenv.SetResult
	err := f.update(base, 0o600, func(d []byte) ([]byte, error) {
		out, r, err := dotenv.Set(d, name, value, dotenv.SetOptions{KeepPrevious: true})
		res = r
		return out, err
	})
	return res, err
}
