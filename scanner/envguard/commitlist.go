package envguard

import (
	"bytes"
	"context"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/internal/gitignore"
)

// listForCommit is [ListFiles] for the pre-commit path, where every
// millisecond is paid at each commit.
//
// Tracked and staged env files come from the index itself (no process; it
// reads the index git points at, GIT_INDEX_FILE included; see
// [git.Repo.IndexEntries]). Untracked env files that git would add are
// looked for only where they matter: the work tree root and the folders
// that already hold an env or example file, plus the folders near the
// root (see untrackedMaxDepth). `git ls-files --others` would
// walk the whole work tree (measured: 45-50 ms of CPU on a 20,000-file
// repository, the largest cost of a pre-commit scan); `envguard
// check-env` still does that full walk. Nothing leaks through the
// narrower search: an env file anywhere that gets staged is reported as
// env/staged from the index.
//
// When the index cannot be decoded, it falls back to ListFiles.
func listForCommit(ctx context.Context, repo *git.Repo, m *Matcher) ([]File, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	entries, err := repo.IndexEntries(m.mayMatchBytes())
	if err != nil {
		return ListFiles(ctx, repo, m)
	}
	byPath := map[string]*File{}
	staged := map[string]string{} // tracked path -> staged blob id
	dirs := map[string]bool{".": true}
	for _, e := range entries {
		kind := m.Kind(e.Path)
		if kind == KindOther {
			continue
		}
		dirs[path.Dir(e.Path)] = true
		blob := e.Blob
		if _, seen := staged[e.Path]; seen {
			blob = "unmerged" // several stages: a conflict counts as staged
		}
		byPath[e.Path] = &File{Path: e.Path, Kind: kind, Tracked: true, Symlink: e.Mode == 0o120000}
		staged[e.Path] = blob
	}
	if err := addUntracked(ctx, repo, m, dirs, byPath); err != nil {
		return nil, err
	}
	return finishList(ctx, repo, byPath, staged)
}

// mayMatchBytes returns a cheap test that is true for every path the
// matcher may accept: with the built-in lists, a file name containing
// "env", in any case. Globs with a folder part or without a literal part
// accept all.
func (m *Matcher) mayMatchBytes() func([]byte) bool {
	var lits [][]byte
	for _, g := range append(append([]string(nil), m.env...), m.example...) {
		base := g
		if i := strings.LastIndexByte(g, '/'); i >= 0 {
			base = g[i+1:]
		}
		lit := longestLiteral(base)
		if lit == "" {
			return func([]byte) bool { return true }
		}
		lits = append(lits, []byte(strings.ToLower(lit)))
	}
	// A literal that contains another adds nothing: ".env." holds "env".
	sort.Slice(lits, func(i, j int) bool { return len(lits[i]) < len(lits[j]) })
	var minimal [][]byte
	for _, l := range lits {
		covered := false
		for _, k := range minimal {
			covered = covered || bytes.Contains(l, k)
		}
		if !covered {
			minimal = append(minimal, l)
		}
	}
	lits = minimal
	return func(p []byte) bool {
		base := p[bytes.LastIndexByte(p, '/')+1:]
		for _, l := range lits {
			if containsFold(base, l) {
				return true
			}
		}
		return false
	}
}

// containsFold reports whether s contains the lower-case sub, ignoring
// ASCII case, without allocating (it runs on every index entry).
func containsFold(s, sub []byte) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// longestLiteral returns the longest run of a glob without wildcards,
// classes, braces or escapes.
func longestLiteral(g string) string {
	best, cur := "", ""
	for i := 0; i < len(g); i++ {
		if strings.IndexByte("*?[]{}\\,!", g[i]) >= 0 {
			cur = ""
			continue
		}
		cur += g[i : i+1]
		if len(cur) > len(best) {
			best = cur
		}
	}
	return best
}

// Bounds of the pre-commit search for untracked env files: folders at most
// this deep below the root, and at most this many folders in all (nearest
// first). They keep the cost to a few milliseconds on any work tree.
const (
	untrackedMaxDepth = 2
	untrackedMaxDirs  = 64
)

// addUntracked lists the untracked, not ignored env files in the folders
// near the root (breadth first, skipping ignored folders, within the
// bounds above) and in dirs. It never follows symbolic links.
func addUntracked(ctx context.Context, repo *git.Repo, m *Matcher, dirs map[string]bool, byPath map[string]*File) error {
	var tree *gitignore.Tree // built on first need: it may ask git for core.excludesFile
	ignored := func(p string, isDir bool) bool {
		if tree == nil {
			tree = repo.IgnoreTree(ctx)
		}
		return tree.Ignored(p, isDir)
	}
	may := m.mayMatchBytes()
	var name []byte
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
			if d.IsDir() {
				if p := path.Join(it.dir, d.Name()); it.depth < untrackedMaxDepth && d.Name() != ".git" && !ignored(p, true) {
					queue = append(queue, item{p, it.depth + 1})
				}
				continue
			}
			// Most names are not env names: tested before a path is made
			// (a folder of a big tree holds hundreds of files).
			name = append(name[:0], d.Name()...)
			if !may(name) {
				continue
			}
			p := path.Join(it.dir, d.Name())
			if byPath[p] != nil || m.Kind(p) != KindEnv {
				continue
			}
			if !ignored(p, false) {
				byPath[p] = &File{Path: p, Kind: KindEnv, Untracked: true}
			}
		}
	}
	return nil
}
