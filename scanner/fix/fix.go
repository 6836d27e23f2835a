// Package fix plans and applies the repairs of `envguard fix`: take an
// env file out of the index, add it to the root .gitignore, replace a real
// value in an example file with a placeholder (moving it to .env first),
// put a fresh key in .env for a leaked key envguard can mint, rewrite the
// code that held it (--rewrite), and advise what only the user can do.
//
// # Facts, plan, apply
//
// [NewPlan] works in three stages. [Gather] reads what git and the work
// tree say about the files the findings touch ([Facts]); [Build] turns
// findings and facts into a [Plan] without running a process or touching
// a file; [Plan.Apply] makes the changes. Each kind of repair is one
// entry of a table of fixers (fixers.go): which findings it repairs,
// which files it needs facts about, and the steps it plans. A new kind of
// repair is a new entry.
//
// # Safety
//
// A [Plan] changes nothing until it is applied. Apply runs its steps
// phase by phase (see [Phase]): .gitignore lines first, then index
// removals, then writes of secrets into env files, then placeholders in
// example files, so that a secret is never written to a file git does not
// ignore and a real value is never removed from an example file before it
// is safe in .env. Every file write is atomic (see [Options.WriteFile])
// and keeps the file's mode, its line breaks and every byte it does not
// change. Apply stops at the first failure and returns an *[ApplyError]
// that lists what was done and what was not; the steps done before it
// remain valid.
package fix

import (
	"context"
	"io/fs"
	"path/filepath"

	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/dotenv"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// Rule ids of the env guard findings that [NewPlan] repairs (those of
// scanner/envguard).
const (
	RuleStaged        = envguard.RuleStaged
	RuleTracked       = envguard.RuleTracked
	RuleNotIgnored    = envguard.RuleNotIgnored
	RuleExampleSecret = envguard.RuleExampleSecret
	// RuleExampleIgnored is an example file git ignores, as check-env
	// warns: fix adds the "!" line that re-includes it.
	RuleExampleIgnored = envguard.RulePrefix + "example-ignored"
	// RuleReadable is an env file in the work tree that group or others
	// may read: fix makes it private (chmod go-rwx).
	RuleReadable = envguard.RulePrefix + "readable"
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

// withDefaults fills in the defaults of the zero fields.
func (o Options) withDefaults() (Options, error) {
	if o.EnvFile == "" {
		o.EnvFile = ".env"
	}
	if o.Matcher == nil {
		m, err := envguard.NewMatcher(envguard.DefaultConfig())
		if err != nil {
			return o, err
		}
		o.Matcher = m
	}
	return o, nil
}

// NewPlan plans the repairs for findings: env guard findings (rule ids
// [RuleStaged], [RuleTracked], [RuleNotIgnored], [RuleExampleSecret]) and
// leaks found by a scan. It reads the repository and files ([Gather]) but
// changes nothing; the plan it returns applies to repo's work tree.
func NewPlan(ctx context.Context, repo *git.Repo, findings []pipeline.Finding, opts Options) (*Plan, error) {
	facts, err := Gather(ctx, repo, findings, opts)
	if err != nil {
		return nil, err
	}
	p, err := Build(facts, findings, opts)
	if err != nil {
		return nil, err
	}
	p.w = newWorktree(repo.WorkTree, opts.WriteFile)
	p.w.untrack = func(ctx context.Context, rel string) error { return untrack(ctx, repo, rel) }
	p.w.unstaged = func(ctx context.Context, rel string) (bool, error) { return unstaged(ctx, repo, rel) }
	p.w.stage = func(ctx context.Context, rels []string) error { return stage(ctx, repo, rels) }
	return p, nil
}

// KeyResult says what [WriteKey] did.
type KeyResult struct {
	dotenv.SetResult
	// Tightened is the mode the file had when group or others could read
	// it; WriteKey made it readable by its owner only. 0 otherwise.
	Tightened fs.FileMode
}

// WriteKey sets name to value in the env file at path (created 0600 when
// missing), keeping every other byte and, when name already had a value,
// that value under NAME_PREVIOUS. write nil means atomicfile.WriteFile.
// The file is never read or written through a symbolic link, nor replaced
// when it is read-only or has several hard links. Concurrent calls on
// one folder take turns (a lock), so none loses another's key; a file
// group or others could read is made private.
func WriteKey(path, name, value string, write WriteFileFunc) (KeyResult, error) {
	unlock, err := lockDir(filepath.Dir(path))
	if err != nil {
		return KeyResult{}, err
	}
	defer unlock()
	w := newWorktree(filepath.Dir(path), write)
	var res KeyResult
	err = w.update(filepath.Base(path), 0o600, func(d []byte) ([]byte, error) {
		out, r, err := dotenv.Set(d, name, value, dotenv.SetOptions{KeepPrevious: true})
		res.SetResult = r
		return out, err
	})
	if err != nil {
		return res, err
	}
	res.Tightened, err = w.tighten(filepath.Base(path))
	return res, err
}
