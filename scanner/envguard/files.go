package envguard

import (
	"context"
	"sort"

	"github.com/envguard/envguard/scanner/internal/git"
)

// File is an env or example file git knows about or would add.
type File struct {
	// Path is slash-separated, relative to the work tree.
	Path string
	Kind Kind
	// Tracked is true when the index holds the file.
	Tracked bool
	// Staged is true when the index differs from HEAD for the file (added
	// or changed); a staged file is also Tracked.
	Staged bool
	// Untracked is true for a file in the work tree that git neither
	// tracks nor ignores: `git add -A` would add it.
	Untracked bool
	// Symlink is true when the index holds a symbolic link (its blob is
	// the link target, not dotenv content).
	Symlink bool
}

// ListFiles returns the env and example files that are tracked, staged,
// or untracked and not ignored, sorted by path. Ignored untracked files
// are not listed: they are where env files belong.
//
// It runs one `git ls-files` (git walks the work tree, skipping ignored
// directories; envguard does not) and, only when some env or example file
// is tracked, one `git ls-tree HEAD` on those paths to tell which are
// staged.
func ListFiles(ctx context.Context, repo *git.Repo, m *Matcher) ([]File, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	list, err := repo.ListFiles(ctx, m.pathspecs())
	if err != nil {
		return nil, err
	}
	byPath := map[string]*File{}
	index := map[string]string{} // tracked path -> staged blob id
	for _, e := range list {
		p, mode, blob := e.Path, e.Mode, e.Blob
		kind := m.Kind(p)
		if kind == KindOther {
			continue
		}
		f := byPath[p]
		if f == nil {
			f = &File{Path: p, Kind: kind}
			byPath[p] = f
		}
		if blob == "" {
			f.Untracked = true
			continue
		}
		if _, seen := index[p]; seen {
			blob = "unmerged" // several stages: a conflict, which counts as staged
		}
		f.Tracked = true
		f.Symlink = mode == "120000"
		index[p] = blob
	}
	return finishList(ctx, repo, byPath, index)
}

// finishList marks the tracked files whose staged blob differs from
// HEAD's as staged (asking git for HEAD's blobs only when some env or
// example file is tracked) and returns the files sorted by path.
func finishList(ctx context.Context, repo *git.Repo, byPath map[string]*File, index map[string]string) ([]File, error) {
	if len(index) > 0 {
		paths := make([]string, 0, len(index))
		for p := range index {
			paths = append(paths, p)
		}
		head, err := repo.HeadBlobs(ctx, paths)
		if err != nil {
			return nil, err
		}
		for p, blob := range index {
			if head[p] != blob {
				byPath[p].Staged = true
			}
		}
	}
	files := make([]File, 0, len(byPath))
	for _, f := range byPath {
		files = append(files, *f)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}
