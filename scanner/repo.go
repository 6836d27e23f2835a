package scanner

import (
	"errors"

	"github.com/envguard/envguard/scanner/internal/git"
)

// Repo is a git repository with a work tree (or a bare one, for history).
type Repo = git.Repo

// GitError is a git command that failed; its Stderr holds git's message.
type GitError = git.GitError

// OpenRepo finds the repository that contains dir, exactly as git would,
// honouring the environment variables git sets for hooks.
var OpenRepo = git.Open

// The errors of [OpenRepo], [Repo.RequireWorkTree] and the index reader.
var (
	// ErrNotRepository means the directory is not inside a git repository.
	ErrNotRepository = git.ErrNotRepository
	// ErrBare means the repository has no work tree, so nothing can be
	// staged.
	ErrBare = git.ErrBare
	// ErrNoGit means the git binary was not found on PATH.
	ErrNoGit = git.ErrNoGit
	// ErrIndex means the index could not be read.
	ErrIndex = git.ErrIndex
)

// Hints returns what the user can do next about err, for errors of
// envguard's packages: an error type's own Hint method first, else the
// advice for the repository sentinels. It returns nil when it knows none.
func Hints(err error) []string {
	var h interface{ Hint() string }
	if errors.As(err, &h) && h.Hint() != "" {
		return []string{h.Hint()}
	}
	switch {
	case errors.Is(err, ErrNotRepository):
		return []string{"run envguard inside a git repository, or scan files with 'envguard scan --dir PATH'"}
	case errors.Is(err, ErrBare):
		return []string{"a bare repository has no staged changes: scan its history with 'envguard scan --all'"}
	case errors.Is(err, ErrNoGit):
		return []string{"install git (https://git-scm.com/downloads) or scan files with 'envguard scan --dir PATH'"}
	case errors.Is(err, ErrIndex):
		return []string{"run 'git status' to see what git says about the index",
			"a corrupt index can be rebuilt from HEAD: delete the index file named above, then run 'git reset' (this unstages your changes)"}
	}
	return nil
}
