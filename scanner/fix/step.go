package fix

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/envguard/envguard/scanner/atomicfile"
)

// Phase says when a step runs: [Plan.Apply] runs the steps phase by
// phase, in planning order within a phase.
type Phase int

// The phases, in the order they run. The order is the safety argument of
// the package: a secret is written only to a file git already ignores and
// no longer tracks, and a real value leaves an example file only after it
// is safe in .env.
const (
	PhaseIgnore  Phase = iota + 1 // lines added to the root .gitignore
	PhaseIndex                    // files removed from the index
	PhaseEnv                      // values written into env files
	PhaseExample                  // placeholders written into example files
	PhaseCode                     // source code rewritten (--rewrite)
	PhaseAdvice                   // advice: nothing is changed
)

// Action is what a [Step] does. Its phase orders it among the others.
type Action struct {
	Name  string
	Phase Phase
}

// The actions of the built-in fixers.
var (
	ActIgnore      = Action{"ignore", PhaseIgnore}       // add lines to the root .gitignore
	ActUntrack     = Action{"untrack", PhaseIndex}       // git rm --cached
	ActMoveValue   = Action{"move-value", PhaseEnv}      // copy an example file's real value into .env
	ActNewKey      = Action{"new-key", PhaseEnv}         // put a fresh key into an env file
	ActTighten     = Action{"tighten", PhaseEnv}         // chmod go-rwx an env file others can read
	ActPlaceholder = Action{"placeholder", PhaseExample} // replace an example file's value with a placeholder
	ActRewrite     = Action{"rewrite", PhaseCode}        // replace a literal in source code (--rewrite)
	ActManual      = Action{"manual", PhaseAdvice}       // rotate at the provider, edit code, ...
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

	run func(ctx context.Context, w *worktree) error
}

// Manual reports whether the step is advice for the user, not a change.
func (s *Step) Manual() bool { return s.run == nil }

// Plan is the list of repairs for one repository.
type Plan struct {
	Steps []Step
	// Committed lists files whose secrets are already in a commit: fixing
	// the work tree does not remove them from history.
	Committed []string
	// Staged lists the files Apply changed and staged (.gitignore, the
	// fixed example files, rewritten code): the next commit needs them.
	// Unstaged lists those it changed but left unstaged, because they
	// held changes the user had not staged: stage them by hand.
	Staged, Unstaged []string

	w *worktree // where Apply makes the changes
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

// order sorts the steps by phase, keeping the planning order within one.
func (p *Plan) order() {
	sort.SliceStable(p.Steps, func(i, j int) bool { return p.Steps[i].Action.Phase < p.Steps[j].Action.Phase })
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
	if p.w == nil && p.Changes() > 0 {
		return errors.New("fix: the plan has no work tree to apply to (made by Build, not NewPlan)")
	}
	if p.w != nil && p.Changes() > 0 {
		unlock, err := lockDir(p.w.root) // take turns with keygen --write on the root .env
		if err != nil {
			return err
		}
		defer unlock()
	}
	toStage, err := p.stageable(ctx)
	if err != nil {
		return err
	}
	var ok []Step
	for i, s := range p.Steps {
		if s.Manual() {
			continue
		}
		if err := s.run(ctx, p.w); err != nil {
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
	if len(toStage) > 0 {
		if err := p.w.stage(ctx, toStage); err != nil {
			p.Unstaged = append(p.Unstaged, toStage...)
			return nil
		}
		p.Staged = toStage
	}
	return nil
}

// staged are the actions whose files the next commit needs.
var staged = map[string]bool{ActIgnore.Name: true, ActPlaceholder.Name: true, ActRewrite.Name: true}

// stageable returns the files of the plan's steps that Apply stages
// afterwards: those git would commit, whose work tree copy holds no
// change the user has not staged (it would be staged too). The others go
// to Unstaged.
func (p *Plan) stageable(ctx context.Context) ([]string, error) {
	if p.w == nil || p.w.unstaged == nil {
		return nil, nil
	}
	var out []string
	seen := map[string]bool{}
	for _, s := range p.Steps {
		if s.Manual() || !staged[s.Action.Name] || seen[s.Path] {
			continue
		}
		seen[s.Path] = true
		dirty, err := p.w.unstaged(ctx, s.Path)
		if err != nil {
			return nil, err
		}
		if dirty {
			p.Unstaged = append(p.Unstaged, s.Path)
		} else {
			out = append(out, s.Path)
		}
	}
	return out, nil
}

// worktree is what steps change: files under the work tree, never
// through a symbolic link, and the index.
type worktree struct {
	root     string
	write    WriteFileFunc
	untrack  func(ctx context.Context, rel string) error
	unstaged func(ctx context.Context, rel string) (bool, error)
	stage    func(ctx context.Context, rels []string) error
}

func newWorktree(root string, w WriteFileFunc) *worktree {
	if w == nil {
		w = atomicfile.WriteFile
	}
	return &worktree{root: root, write: w}
}

func (w *worktree) abs(rel string) string { return filepath.Join(w.root, filepath.FromSlash(rel)) }

// read returns the file's content, or nil and no error when it does not
// exist. A symbolic link or a non-regular file is an error.
func (w *worktree) read(rel string) ([]byte, error) {
	p := w.abs(rel)
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

func (w *worktree) exists(rel string) bool {
	_, err := os.Lstat(w.abs(rel))
	return err == nil
}

// update reads rel, passes its content to edit and writes the result
// atomically when it differs. perm is the mode of a new file.
func (w *worktree) update(rel string, perm fs.FileMode, edit func([]byte) ([]byte, error)) error {
	old, err := w.read(rel)
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
	if err := replaceable(w.abs(rel), rel); err != nil {
		return err
	}
	return w.write(w.abs(rel), data, perm)
}

// replaceable returns an error when the atomic write would do what the
// user did not ask for: replace a file they made read-only, or split a
// file with several hard links (the other names would keep the old
// content).
func replaceable(abs, rel string) error {
	fi, err := os.Lstat(abs)
	if err != nil {
		return nil // a new file
	}
	if fi.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s is read-only (mode %04o): make it writable (chmod u+w %s) if it may change, then run the command again", rel, fi.Mode().Perm(), rel)
	}
	if n := links(fi); n > 1 {
		return fmt.Errorf("%s has %d hard links, which replacing it would split: edit it by hand, or make it a single file (cp %s tmp && mv tmp %s)", rel, n, rel, rel)
	}
	return nil
}

// tighten makes the env file rel readable by its owner only, when group
// or others may read it; it returns the old mode, 0 when it was already
// private.
func (w *worktree) tighten(rel string) (fs.FileMode, error) {
	fi, err := os.Lstat(w.abs(rel))
	if err != nil || !fi.Mode().IsRegular() {
		return 0, err
	}
	perm := fi.Mode().Perm()
	if perm&0o077 == 0 {
		return 0, nil
	}
	return perm, os.Chmod(w.abs(rel), perm&^0o077)
}
