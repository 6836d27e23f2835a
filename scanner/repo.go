package scanner

import (
	"errors"

	"github.com/envguard/envguard/scanner/gitrepo"
	"github.com/envguard/envguard/scanner/source"
)

// Repo is a git repository as envguard sees it: where its git directory,
// index and work tree are.
type Repo = gitrepo.Repo

// OpenRepo finds the repository that holds dir.
func OpenRepo(dir string) (*Repo, error) { return gitrepo.Open(dir) }

// Errors about the repository that callers may test with errors.Is.
var (
	ErrNotRepository = gitrepo.ErrNotRepository
	ErrBare          = gitrepo.ErrBare
	ErrNoGit         = gitrepo.ErrNoGit
	ErrIndex         = source.ErrIndex
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
