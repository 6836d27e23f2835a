// Package git is envguard's one home for git: the only package that
// starts processes. It finds the repository a command runs in, exactly as
// git would ([Open]), runs git in it (callers get output, or a reader whose
// Close waits for git; no exec.Cmd leaves the package), reads objects
// through one `git cat-file` client ([CatFile]; for the pre-commit scan in
// the plain layout, in process first: [objectStore]), reads the index
// ([Repo.IndexEntries], [Repo.StagedChanges]) and answers the ignore questions
// (tracked? ignored? covered by rules? in HEAD?) and the excludes lookup.
//
// Discovery asks `git rev-parse` rather than go-git: it is the one answer
// that honours every variable git sets when it runs a hook (GIT_DIR,
// GIT_WORK_TREE, GIT_INDEX_FILE, GIT_COMMON_DIR), linked worktrees, gitdir
// files and safe.directory, and one process costs about 2 ms. The
// pre-commit scan alone skips it in the plain layout, where the answer is
// certain without git ([plainRepo]: a .git folder owned by the user, a
// config without work tree, bare flag, include or unknown extension, no
// variable that moves the repository), and asks git otherwise. envguard uses
// go-git's plumbing packages (the index decoder) where they read a file
// faster than a process could; it does not link go-git's repository layer,
// whose package start-up alone cost 5-8 ms of every pre-commit run here.
package git

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// ErrNotRepository means the directory is not inside a git repository.
var ErrNotRepository = errors.New("not a git repository")

// ErrBare means the repository has no work tree, so nothing can be staged.
var ErrBare = errors.New("bare repository: there is no work tree or index to scan")

// ErrNoGit means the git binary was not found on PATH.
var ErrNoGit = errors.New("git is not installed or not on PATH")

// Repo is a git repository with a work tree (or a bare one, for history).
type Repo struct {
	// GitDir is the absolute git directory (.git, or .git/worktrees/NAME
	// for a linked worktree).
	GitDir string
	// CommonDir holds objects, refs, config and hooks; it differs from
	// GitDir in linked worktrees.
	CommonDir string
	// WorkTree is the absolute top-level directory; empty when Bare.
	WorkTree string
	// IndexFile is the index git points at: GIT_INDEX_FILE when git set it
	// for a hook (`git commit -a`, `git commit PATH`), else GitDir/index.
	IndexFile string
	// Bare is true for a repository without a work tree.
	Bare bool
	// Shallow is true for a shallow clone.
	Shallow bool
	// HashLen is the length in bytes of the repository's object ids: 20
	// for SHA-1, 32 for SHA-256.
	HashLen int

	// warm is what [Repo.WarmStaged] started, until StagedReader takes it.
	warm *atomic.Pointer[warmStaged]
	// local, when set, reads objects in process for the CatFiles of this
	// Repo ([OpenStaged] in the plain layout).
	local *objectStore
}

// Open finds the repository that contains dir, honouring the environment
// variables git sets for hooks.
func Open(dir string) (*Repo, error) { return open(dir, nil) }

// OpenStaged is [Open] for a scan of the staged changes. `git cat-file`
// (an [Early], for [Repo.WarmStaged]) starts first, in dir, and the
// index where git most likely finds it is read and HEAD's changed trees
// asked at once; in the plain layout ([plainRepo]) envguard then knows
// what rev-parse would say, else `git rev-parse` starts next and says
// where the repository is while cat-file starts up (the guessed work is
// used only if it names that index). started, when not nil, is called once
// both processes have started (or failed to). The Early is nil when Open
// fails.
func OpenStaged(dir string, started func()) (*Repo, *Early, error) {
	once := sync.OnceFunc(func() {
		if started != nil {
			started()
		}
	})
	defer once()
	if _, err := exec.LookPath("git"); err != nil {
		return nil, nil, ErrNoGit
	}
	plain, isPlain := plainRepo(dir)
	if isPlain && localObjectsUsable(plain.CommonDir) {
		// git's answers are known and its objects read in process: no
		// process starts unless one is needed.
		plain.local = newObjectStore(plain.GitDir, plain.CommonDir, plain.HashLen)
		return plain, nil, nil
	}
	early := StartEarly(dir)
	if isPlain {
		return plain, early, nil // the index is known: nothing to guess
	}
	early.guessIndex(dir)
	r, err := open(dir, once)
	if err != nil {
		early.Close()
		return nil, nil, err
	}
	return r, early, nil
}

// open is Open; started, when not nil, runs once rev-parse has started.
func open(dir string, started func()) (*Repo, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, ErrNoGit
	}
	// One process in the common case: --show-toplevel comes last, and only
	// in a bare repository (where it fails) is git asked a second time.
	args := []string{"rev-parse", "--path-format=absolute", "--is-bare-repository", "--is-shallow-repository",
		"--absolute-git-dir", "--git-common-dir", "--git-path", "index", "--show-object-format"}
	out, err := runStarted(context.Background(), dir, started, append(args, "--show-toplevel")...)
	if err != nil && strings.Contains(err.Error(), "must be run in a work tree") {
		out, err = run(context.Background(), dir, args...)
	}
	if err != nil {
		if strings.Contains(err.Error(), "not a git repository") {
			return nil, fmt.Errorf("%s: %w", dir, ErrNotRepository)
		}
		return nil, err
	}
	f := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(f) < 6 {
		return nil, fmt.Errorf("unexpected output from git rev-parse: %q", out)
	}
	r := &Repo{
		Bare:      f[0] == "true",
		Shallow:   f[1] == "true",
		GitDir:    f[2],
		CommonDir: f[3],
		IndexFile: f[4],
		HashLen:   20,
	}
	if f[5] == "sha256" {
		r.HashLen = 32
	}
	if !r.Bare && len(f) > 6 {
		r.WorkTree = f[6]
	}
	return r, nil
}

// RequireWorkTree returns ErrBare for a bare repository.
func (r *Repo) RequireWorkTree() error {
	if r.Bare || r.WorkTree == "" {
		return ErrBare
	}
	return nil
}

// Head returns the commit HEAD points at, or "" when there is no commit
// yet (an unborn branch).
func (r *Repo) Head(ctx context.Context) (string, error) {
	out, err := r.Output(ctx, "rev-parse", "-q", "--verify", "HEAD^{commit}")
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) || strings.Contains(err.Error(), "exit status 1") {
			return "", nil
		}
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// Rel returns the slash-separated path of abs relative to the work tree.
func (r *Repo) Rel(abs string) (string, error) {
	rel, err := filepath.Rel(r.WorkTree, abs)
	if err != nil {
		return "", err
	}
	return filepath.ToSlash(rel), nil
}
