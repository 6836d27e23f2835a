// Package hooks installs and removes envguard's native git hooks.
//
// # Chaining
//
// A hook that is already in place is never overwritten. [Install] keeps it
// beside envguard's hook as NAME.envguard-chained (the same file, so its
// bytes and mode are kept exactly) and envguard's hook runs it first, with
// the same arguments and standard input; either one failing makes the hook
// fail. [Uninstall] puts it back under its own name. A kept hook written
// for sh or bash runs with $0 naming the hook git ran, not the name it is
// kept under, because runners such as husky's find their work by it.
//
// # Hook managers
//
// Where a hook manager runs the hooks (husky, lefthook, the pre-commit
// framework, overcommit, simple-git-hooks: [DetectManager]), envguard
// belongs in the manager's configuration, which the manager reads on every
// run, rather than in a git hook it rewrites: [InstallManaged] adds it
// between '# envguard-hook:' comments, or says what to add by hand.
//
// # Plans
//
// Install and Uninstall only look: they return a [Plan] that says what
// would change, and [Plan.Apply] changes it. Every file is written to a
// temporary file in the same folder and renamed into place, so git never
// sees a half-written hook, and hooks are written with mode 0755.
//
// The package knows nothing of git itself: the caller finds the hooks
// folder (core.hooksPath, or the hooks folder of the common git directory
// that linked worktrees share) and passes it in [Options].
package hooks

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Hook names a git hook envguard can install.
type Hook string

// The hooks envguard installs.
const (
	// PreCommit scans what is staged on every commit.
	PreCommit Hook = "pre-commit"
	// PrePush scans the commits being pushed.
	PrePush Hook = "pre-push"
)

// ChainedSuffix is appended to the name of a hook that was in place before
// envguard's, to keep it beside envguard's hook.
const ChainedSuffix = ".envguard-chained"

// marker is the line that tells envguard's hooks from others.
const marker = "# envguard-hook: "

// Options says where to install which hook.
type Options struct {
	// Dir is the absolute hooks folder: core.hooksPath when set, else the
	// hooks folder of the repository's common git directory.
	Dir string
	// Hook is the hook to install or remove.
	Hook Hook
	// Executable is the absolute path of the envguard program the hook runs
	// when envguard is not on PATH (os.Executable at install time).
	Executable string
}

// State is what a hook file holds before a plan runs.
type State int

// The states of a hook file.
const (
	// Absent: there is no hook file.
	Absent State = iota
	// Current: envguard's hook, exactly as Install would write it.
	Current
	// Outdated: envguard's hook from another version or install path.
	Outdated
	// Foreign: a hook that is not envguard's.
	Foreign
)

func (s State) String() string {
	switch s {
	case Absent:
		return "absent"
	case Current:
		return "envguard's current hook"
	case Outdated:
		return "envguard's hook, outdated"
	case Foreign:
		return "another hook"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// ErrChainTaken means a hook that is not envguard's is in place and the
// name envguard would keep it under is taken too, so installing would lose
// one of them.
var ErrChainTaken = errors.New("a hook is in place and its chained name is taken")

// ErrNotInstalled means the hook in place is not envguard's, so there is
// nothing to remove.
var ErrNotInstalled = errors.New("envguard's hook is not installed")

// ChainTakenError is returned by Install when Path holds another hook and
// Chained is taken as well. It matches [ErrChainTaken].
type ChainTakenError struct {
	Path, Chained string
}

func (e *ChainTakenError) Error() string {
	return fmt.Sprintf("%s is not envguard's hook, and %s already exists: installing would lose one of them", e.Path, e.Chained)
}

// Is makes errors.Is(err, ErrChainTaken) true.
func (e *ChainTakenError) Is(target error) bool { return target == ErrChainTaken }

// Plan is what [Install] or [Uninstall] would change; [Plan.Apply] does it.
type Plan struct {
	// Hook is the hook the plan is about.
	Hook Hook
	// Path is the hook file.
	Path string
	// Chained is where the earlier hook is kept.
	Chained string
	// State is what Path held when the plan was made.
	State State
	// HasChained tells whether Chained existed when the plan was made.
	HasChained bool
	// Steps are the changes, in order; none when there is nothing to do.
	Steps []Step
}

// Action is one kind of change a plan makes.
type Action int

// The actions of a plan.
const (
	// MakeDir creates the hooks folder.
	MakeDir Action = iota
	// Keep keeps the hook in place under its chained name.
	Keep
	// Write writes envguard's hook.
	Write
	// Restore puts the kept hook back under its own name, replacing
	// envguard's.
	Restore
	// Remove deletes envguard's hook.
	Remove
	// Edit adds envguard to a hook manager's configuration.
	Edit
	// Unedit removes what Edit added.
	Unedit
)

// Step is one change of a plan.
type Step struct {
	Action Action
	// Path is the file or folder changed; From is the source of a rename.
	Path, From string
	data       []byte
	mode       fs.FileMode
}

// String says what the step does, for the plan shown to the user.
func (s Step) String() string {
	switch s.Action {
	case MakeDir:
		return "create the hooks folder " + s.Path
	case Keep:
		return fmt.Sprintf("keep the existing hook as %s (it runs first; either failing blocks)", filepath.Base(s.Path))
	case Write:
		return fmt.Sprintf("write envguard's hook to %s (mode 0755)", s.Path)
	case Restore:
		return fmt.Sprintf("put the earlier hook back: %s -> %s", filepath.Base(s.From), filepath.Base(s.Path))
	case Remove:
		return "remove envguard's hook " + s.Path
	case Edit:
		return "add envguard to " + s.Path + " (between '# envguard-hook:' comments)"
	case Unedit:
		return "remove envguard's lines from " + s.Path
	}
	return fmt.Sprintf("Step(%d)", int(s.Action))
}

// Install plans to install opts.Hook in opts.Dir. It changes nothing: call
// [Plan.Apply]. The plan has no steps when envguard's current hook is
// already there. It fails with a [*ChainTakenError] when another hook is in
// place and its chained name is taken.
func Install(opts Options) (*Plan, error) {
	p, err := inspect(opts)
	if err != nil {
		return nil, err
	}
	script, err := Script(opts.Hook, opts.Executable)
	if err != nil {
		return nil, err
	}
	if p.State == Foreign && p.HasChained {
		return nil, &ChainTakenError{Path: p.Path, Chained: p.Chained}
	}
	if p.State == Outdated {
		same, err := sameExecutable(p.Path, script)
		if err != nil {
			return nil, err
		}
		if same {
			p.State = Current
			return p, nil
		}
	}
	if _, err := os.Stat(opts.Dir); errors.Is(err, fs.ErrNotExist) {
		p.Steps = append(p.Steps, Step{Action: MakeDir, Path: opts.Dir})
	} else if err != nil {
		return nil, err
	}
	if p.State == Foreign {
		p.Steps = append(p.Steps, Step{Action: Keep, Path: p.Chained, From: p.Path})
	}
	p.Steps = append(p.Steps, Step{Action: Write, Path: p.Path, data: script})
	return p, nil
}

// Uninstall plans to remove envguard's opts.Hook from opts.Dir and to put
// back the hook it kept, if any. A kept hook whose envguard hook was
// deleted by hand is put back too. It fails with [ErrNotInstalled] when
// the hook in place is not envguard's.
func Uninstall(opts Options) (*Plan, error) {
	p, err := inspect(opts)
	if err != nil {
		return nil, err
	}
	switch {
	case p.State == Foreign:
		return p, fmt.Errorf("%s: %w", p.Path, ErrNotInstalled)
	case p.HasChained:
		p.Steps = append(p.Steps, Step{Action: Restore, Path: p.Path, From: p.Chained})
	case p.State != Absent:
		p.Steps = append(p.Steps, Step{Action: Remove, Path: p.Path})
	}
	return p, nil
}

// inspect finds what the hook file and its chained name hold.
func inspect(opts Options) (*Plan, error) {
	switch opts.Hook {
	case PreCommit, PrePush:
	default:
		return nil, fmt.Errorf("unknown hook %q: use %s or %s", opts.Hook, PreCommit, PrePush)
	}
	if !filepath.IsAbs(opts.Dir) {
		return nil, fmt.Errorf("hooks folder %q is not an absolute path", opts.Dir)
	}
	p := &Plan{
		Hook:    opts.Hook,
		Path:    filepath.Join(opts.Dir, string(opts.Hook)),
		Chained: filepath.Join(opts.Dir, string(opts.Hook)+ChainedSuffix),
	}
	var err error
	if p.State, err = stateOf(p.Path); err != nil {
		return nil, err
	}
	if _, err := os.Lstat(p.Chained); err == nil {
		p.HasChained = true
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return p, nil
}

// stateOf tells whether path is absent, envguard's hook or another. A
// symbolic link or anything but a regular file is another hook: it is
// kept, never read through.
func stateOf(path string) (State, error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Absent, nil
	}
	if err != nil {
		return Absent, err
	}
	if !fi.Mode().IsRegular() {
		return Foreign, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return Absent, fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := f.Read(head)
	if IsEnvguardHook(head[:n]) {
		return Outdated, nil
	}
	return Foreign, nil
}

// sameExecutable reports whether path holds exactly data and is
// executable.
func sameExecutable(path string, data []byte) (bool, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	got, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Errorf("cannot read %s: %w", path, err)
	}
	return bytes.Equal(got, data) && fi.Mode().Perm() == hookMode, nil
}

// IsEnvguardHook reports whether the start of a hook file marks it as
// envguard's.
func IsEnvguardHook(head []byte) bool {
	return bytes.HasPrefix(head, []byte("#!")) && bytes.Contains(head, []byte("\n"+marker))
}
