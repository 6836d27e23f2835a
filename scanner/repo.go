package scanner

import "github.com/envguard/envguard/scanner/internal/git"

// Repo is a git repository with a work tree (or a bare one, for history).
type Repo = git.Repo

// GitError is a git command that failed; its Stderr holds git's message.
type GitError = git.GitError

// OpenRepo finds the repository that contains dir, exactly as git would,
// honouring the environment variables git sets for hooks.
var OpenRepo = git.Open

// The errors of [OpenRepo] and [Repo.RequireWorkTree].
var (
	// ErrNotRepository means the directory is not inside a git repository.
	ErrNotRepository = git.ErrNotRepository
	// ErrBare means the repository has no work tree, so nothing can be
	// staged.
	ErrBare = git.ErrBare
	// ErrNoGit means the git binary was not found on PATH.
	ErrNoGit = git.ErrNoGit
)
