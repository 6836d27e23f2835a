package git

import (
	"os"
	"path/filepath"
)

// guessedIndex is the staged work ([Repo.indexChanges]) begun on the
// index where git would most likely find it, before `git rev-parse` has
// said where that is: the hook's critical path then waits for one git
// process, not two in a row. Its result is used only when rev-parse
// names the same index file and object format (see [guessedIndex.fits]);
// otherwise the work is done again on the index git named.
type guessedIndex struct {
	index   string
	hashLen int
	cf      *CatFile
	done    chan struct{}
	changes []Change
	fast    bool
	err     error
}

// guessIndex begins the staged work on the index that dir's repository
// most likely uses, reading HEAD's trees through e's process (which
// serves the repository git finds from dir). It begins nothing when the
// guess is not plain: no work tree with a .git above dir, or git's
// variables pointing elsewhere in ways only git resolves.
func (e *Early) guessIndex(dir string) {
	if e == nil || e.p == nil {
		return
	}
	index := likelyIndex(dir)
	if index == "" {
		return
	}
	g := &guessedIndex{index: index, hashLen: 20, done: make(chan struct{})}
	provisional := &Repo{IndexFile: index, HashLen: g.hashLen}
	g.cf = &CatFile{ctx: e.ctx, repo: provisional, cmd: e.p}
	e.guess = g
	go func() {
		defer close(g.done)
		g.changes, g.fast, g.err = provisional.indexChanges(g.cf)
	}()
}

// fits reports whether the guess read the index r names, in r's object
// format. Call it after the guessed work is done.
func (g *guessedIndex) fits(r *Repo) bool {
	if g.hashLen != r.HashLen {
		return false
	}
	if g.index == r.IndexFile {
		return true
	}
	a, errA := os.Stat(g.index)
	b, errB := os.Stat(r.IndexFile)
	return errA == nil && errB == nil && os.SameFile(a, b)
}

// likelyIndex returns the index file git most likely uses for dir:
// GIT_INDEX_FILE, else the index of the git directory that GIT_DIR, or
// the .git directory or gitdir file found walking up from dir, names.
// "" when it cannot say without git (GIT_COMMON_DIR or GIT_WORK_TREE
// set, a .git file it cannot read).
func likelyIndex(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	rel := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(abs, p)
	}
	if f := os.Getenv("GIT_INDEX_FILE"); f != "" {
		return rel(f)
	}
	if os.Getenv("GIT_COMMON_DIR") != "" || os.Getenv("GIT_WORK_TREE") != "" {
		return ""
	}
	if d := os.Getenv("GIT_DIR"); d != "" {
		return filepath.Join(rel(d), "index")
	}
	top := WorkTreeTop(abs)
	if top == "" {
		return ""
	}
	gitdir := gitDirOf(top)
	if gitdir == "" {
		return ""
	}
	return filepath.Join(gitdir, "index")
}
