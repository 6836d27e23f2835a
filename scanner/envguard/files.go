package envguard

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
func ListFiles(ctx context.Context, repo *gitrepo.Repo, m *Matcher) ([]File, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	args := append([]string{"ls-files", "-z", "-t", "-s", "--cached", "--others", "--exclude-standard", "--"}, m.pathspecs()...)
	out, err := repo.Output(ctx, args...)
	if err != nil {
		return nil, err
	}
	byPath := map[string]*File{}
	index := map[string]string{} // tracked path -> staged blob id
	for _, rec := range bytes.Split(out, []byte{0}) {
		p, mode, blob, ok := parseLsFiles(rec)
		if !ok {
			continue
		}
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
func finishList(ctx context.Context, repo *gitrepo.Repo, byPath map[string]*File, index map[string]string) ([]File, error) {
	if len(index) > 0 {
		head, err := headBlobs(ctx, repo, index)
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

// parseLsFiles reads one record of `git ls-files -t -s`: "? path" for an
// untracked file (blob ""), "H mode blob stage\tpath" for a tracked one.
func parseLsFiles(rec []byte) (path, mode, blob string, ok bool) {
	if len(rec) < 3 || rec[1] != ' ' {
		return "", "", "", false
	}
	if rec[0] == '?' {
		return string(rec[2:]), "", "", true
	}
	tab := bytes.IndexByte(rec, '\t')
	if tab < 0 {
		return "", "", "", false
	}
	fields := bytes.Fields(rec[2:tab])
	if len(fields) != 3 {
		return "", "", "", false
	}
	return string(rec[tab+1:]), string(fields[0]), string(fields[1]), true
}

// headBlobs returns the blob ids HEAD holds for the given paths; paths
// HEAD lacks are absent. Before the first commit the map is empty.
func headBlobs(ctx context.Context, repo *gitrepo.Repo, paths map[string]string) (map[string]string, error) {
	list := make([]string, 0, len(paths))
	for p := range paths {
		list = append(list, p)
	}
	sort.Strings(list)
	args := append([]string{"ls-tree", "-z", "--full-tree", "HEAD", "--"}, literal(list)...)
	out, err := repo.Output(ctx, args...)
	if err != nil {
		if head, herr := repo.Head(ctx); herr == nil && head == "" {
			return map[string]string{}, nil // no commit yet: everything is staged
		}
		return nil, fmt.Errorf("cannot read HEAD to compare with the index: %w", err)
	}
	blobs := map[string]string{}
	for _, rec := range bytes.Split(out, []byte{0}) {
		tab := bytes.IndexByte(rec, '\t')
		if tab < 0 {
			continue
		}
		fields := bytes.Fields(rec[:tab])
		if len(fields) == 3 && string(fields[1]) == "blob" {
			blobs[string(rec[tab+1:])] = string(fields[2])
		}
	}
	return blobs, nil
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
