package source

import (
	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/gitrepo"
)

// Range returns what the commits in spec ("A..B") introduced. An unknown
// ref is an error.
func Range(repo *gitrepo.Repo, spec string, opts Options) (scanner.Source, error) {
	return stub{}, nil
}

// History returns everything the history of all refs ever contained, each
// piece attributed to the first commit that introduced it.
func History(repo *gitrepo.Repo, opts Options) (scanner.Source, error) { return stub{}, nil }
