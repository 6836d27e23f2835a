package envcheck

import (
	"bytes"
	"context"
	"fmt"
	"sort"

	"github.com/envguard/envguard/scanner/gitrepo"
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
}

// ListFiles returns the env and example files that are tracked, staged,
// or untracked and not ignored, sorted by path. Ignored untracked files
// are not listed: they are where env files belong. It runs one `git
// ls-files` (which walks the work tree in git, skipping ignored
// directories) and, only when some such file is tracked, one `git
// diff-index`.
func ListFiles(ctx context.Context, repo *gitrepo.Repo, m *Matcher) ([]File, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	args := append([]string{"ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard", "--"}, m.pathspecs()...)
	out, err := repo.Output(ctx, args...)
	if err != nil {
		return nil, err
	}
	byPath := map[string]*File{}
	var tracked []string
	for _, rec := range bytes.Split(out, []byte{0}) {
		if len(rec) < 3 || rec[1] != ' ' {
			continue
		}
		p := string(rec[2:])
		kind := m.Kind(p)
		if kind == KindOther {
			continue
		}
		f := byPath[p]
		if f == nil {
			f = &File{Path: p, Kind: kind}
			byPath[p] = f
		}
		if rec[0] == '?' {
			f.Untracked = true
		} else if !f.Tracked {
			f.Tracked = true
			tracked = append(tracked, p)
		}
	}
	if len(tracked) > 0 {
		staged, err := stagedPaths(ctx, repo, tracked)
		if err != nil {
			return nil, err
		}
		for _, p := range staged {
			if f := byPath[p]; f != nil {
				f.Staged = true
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

// stagedPaths returns which of paths the index adds or changes relative
// to HEAD (all of them before the first commit).
func stagedPaths(ctx context.Context, repo *gitrepo.Repo, paths []string) ([]string, error) {
	head, err := repo.Head(ctx)
	if err != nil {
		return nil, err
	}
	if head == "" {
		return paths, nil
	}
	args := append([]string{"diff-index", "--cached", "-z", "--name-only", "--no-renames", "--diff-filter=AMT", head, "--"}, literal(paths)...)
	out, err := repo.Output(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("cannot compare the index with HEAD: %w", err)
	}
	var staged []string
	for _, p := range bytes.Split(out, []byte{0}) {
		if len(p) > 0 {
			staged = append(staged, string(p))
		}
	}
	return staged, nil
}

// literal turns paths into pathspecs that match exactly those paths.
func literal(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = ":(literal)" + p
	}
	return out
}

// StagedBlob returns the content of path as staged in the index.
func StagedBlob(ctx context.Context, repo *gitrepo.Repo, path string) ([]byte, error) {
	return repo.Output(ctx, "cat-file", "blob", ":"+path)
}
