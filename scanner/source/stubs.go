package source

import (
	"context"
	"io"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/gitrepo"
)

type stub struct{}

func (stub) Fragments(ctx context.Context, yield func(scanner.Fragment) error) error {
	return ErrNotImplemented
}

// Staged returns the content staged in repo's index: every added, modified
// or renamed regular file, with only the lines added relative to HEAD
// counting.
func Staged(repo *gitrepo.Repo, opts Options) scanner.Source { return stub{} }

// Range returns what the commits in spec ("A..B") introduced.
func Range(repo *gitrepo.Repo, spec string, opts Options) (scanner.Source, error) {
	return stub{}, nil
}

// History returns everything the history of all refs ever contained, each
// piece attributed to the first commit that introduced it.
func History(repo *gitrepo.Repo, opts Options) (scanner.Source, error) { return stub{}, nil }

// Dir returns the files under root.
func Dir(root string, opts Options) (scanner.Source, error) { return stub{}, nil }

// Reader returns the content of r under the name given.
func Reader(name string, r io.Reader, opts Options) scanner.Source { return stub{} }
