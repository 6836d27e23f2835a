package envcheck

import (
	"bufio"
	"context"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/format/index"

	"github.com/envguard/envguard/scanner/gitrepo"
)

// listForCommit is [ListFiles] for the pre-commit path, where every
// millisecond is paid at each commit.
//
// Tracked and staged env files come from the index itself, decoded with
// go-git's index decoder (no process, and it reads the index git points
// at, GIT_INDEX_FILE included). Untracked env files that git would add are
// looked for only where they matter: the work tree root and the folders
// that already hold an env or example file, plus the folders near the
// root (see untrackedMaxDepth). `git ls-files --others` would
// walk the whole work tree (measured: 45-50 ms of CPU on a 20,000-file
// repository, the largest cost of a pre-commit scan); `envguard
// check-env` still does that full walk. Nothing leaks through the
// narrower search: an env file anywhere that gets staged is reported as
// env/staged from the index.
//
// When the index cannot be decoded (a format go-git does not know), it
// falls back to ListFiles.
func listForCommit(ctx context.Context, repo *gitrepo.Repo, m *Matcher) ([]File, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	idx, err := readIndex(repo.IndexFile)
	if err != nil {
		return ListFiles(ctx, repo, m)
	}
	byPath := map[string]*File{}
	staged := map[string]string{} // tracked path -> staged blob id
	dirs := map[string]bool{".": true}
	for _, e := range idx.Entries {
		kind := m.Kind(e.Name)
		if kind == KindOther {
			continue
		}
		dirs[path.Dir(e.Name)] = true
		blob := e.Hash.String()
		// Normal entries are stage 0. (go-git's index.Merged constant is 1,
		// so comparing with it would take every entry for a conflict.)
		if _, seen := staged[e.Name]; seen || e.Stage != 0 {
			blob = "unmerged" // a conflict counts as staged
		}
		if e.IntentToAdd {
			blob = "intent-to-add"
		}
		byPath[e.Name] = &File{Path: e.Name, Kind: kind, Tracked: true, Symlink: e.Mode == filemode.Symlink}
		staged[e.Name] = blob
	}
	if err := addUntracked(repo, m, dirs, byPath); err != nil {
		return nil, err
	}
	if len(staged) > 0 {
		head, err := headBlobs(ctx, repo, staged)
		if err != nil {
			return nil, err
		}
		for p, blob := range staged {
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

// readIndex decodes the index file at p. A missing index (nothing staged
// yet in a new repository) is an empty index.
func readIndex(p string) (*index.Index, error) {
	f, err := os.Open(p)
	if os.IsNotExist(err) {
		return &index.Index{Version: 2}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	idx := &index.Index{}
	if err := index.NewDecoder(bufio.NewReader(f)).Decode(idx); err != nil {
		return nil, err
	}
	return idx, nil
}

// Bounds of the pre-commit search for untracked env files: folders at most
// this deep below the root, and at most this many folders in all (nearest
// first). They keep the cost to a few milliseconds on any work tree.
const (
	untrackedMaxDepth = 3
	untrackedMaxDirs  = 300
)

// addUntracked lists the untracked, not ignored env files in the folders
// near the root (breadth first, skipping ignored folders, within the
// bounds above) and in dirs. It never follows symbolic links.
func addUntracked(repo *gitrepo.Repo, m *Matcher, dirs map[string]bool, byPath map[string]*File) error {
	tree := TreeFor(repo)
	seen := map[string]bool{}
	type item struct {
		dir   string
		depth int
	}
	queue := []item{{".", 0}}
	for d := range dirs {
		queue = append(queue, item{d, untrackedMaxDepth})
	}
	for visited := 0; len(queue) > 0; {
		it := queue[0]
		queue = queue[1:]
		if seen[it.dir] || (visited >= untrackedMaxDirs && !dirs[it.dir]) {
			continue
		}
		seen[it.dir] = true
		visited++
		ents, err := os.ReadDir(filepath.Join(repo.WorkTree, filepath.FromSlash(it.dir)))
		if err != nil {
			continue // a folder of the index that is gone from the work tree
		}
		for _, d := range ents {
			p := path.Join(it.dir, d.Name())
			if d.IsDir() {
				if it.depth < untrackedMaxDepth && d.Name() != ".git" && !tree.Ignored(p, true) {
					queue = append(queue, item{p, it.depth + 1})
				}
				continue
			}
			if byPath[p] != nil || m.Kind(p) != KindEnv {
				continue
			}
			if !tree.Ignored(p, false) {
				byPath[p] = &File{Path: p, Kind: KindEnv, Untracked: true}
			}
		}
	}
	return nil
}
