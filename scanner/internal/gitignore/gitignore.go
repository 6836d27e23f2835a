// Package gitignore decides whether a path is ignored exactly as git does.
//
// # Semantics
//
// A [Tree] reads the .gitignore file of every directory (lazily, as paths
// are asked about), the repository's info/exclude and the user's
// core.excludesFile (by default $XDG_CONFIG_HOME/git/ignore, else
// ~/.config/git/ignore). As in git:
//
//   - a pattern without a slash matches the last path element at any
//     depth; a pattern with a slash (leading or inside) is anchored to the
//     directory of its file; a trailing slash matches directories only;
//   - "**" matches any number of directories, '*', '?' and [classes] never
//     match '/', '\' quotes, unescaped trailing spaces are dropped;
//   - within one file the last matching line wins; a deeper .gitignore wins
//     over a shallower one, any .gitignore over info/exclude, and
//     info/exclude over core.excludesFile; "!pattern" re-includes;
//   - once a directory is excluded nothing inside it can be re-included.
//
// Whether a path is tracked is not this package's business: git never
// ignores a tracked file, and callers ask git for the index.
//
// A differential test compares the answers with `git check-ignore
// --no-index` on generated patterns and paths.
package gitignore

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// Tree answers ignore questions for one directory tree. It is safe for
// concurrent use.
type Tree struct {
	root string
	// lower-priority sources, highest first: info/exclude, excludesFile.
	global [][]Pattern
	mu     sync.Mutex
	dirs   map[string][]Pattern // slash dir ("" for root) -> its .gitignore
	// excluded remembers, per directory, the pattern that excludes it or
	// a parent (nil: not excluded).
	excluded map[string]*Pattern
	extra    []Pattern // appended to the root .gitignore (see WithRootLines)
	// prefix is where the tree's paths start below root (Options.Prefix).
	prefix string
}

// Options say where the non-.gitignore sources are. Empty paths are not
// read.
type Options struct {
	// InfoExclude is the repository's info/exclude file.
	InfoExclude string
	// ExcludesFile is core.excludesFile.
	ExcludesFile string
	// Prefix is where the tree's paths start below root, slash-separated:
	// "" normally, "sub/dir" for a tree asked about a folder inside a work
	// tree (root is then the work tree's top). root and the folders down
	// to Prefix are never treated as excluded.
	Prefix string
}

// New returns a Tree rooted at root with the given extra sources.
func New(root string, opts Options) *Tree {
	t := &Tree{root: root, prefix: opts.Prefix, dirs: map[string][]Pattern{}, excluded: map[string]*Pattern{}}
	for _, f := range []string{opts.InfoExclude, opts.ExcludesFile} {
		if f == "" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			continue // a missing or unreadable exclude file counts as empty, as in git
		}
		t.global = append(t.global, ParsePatterns(data, f, ""))
	}
	return t
}

// WithRootLines returns a copy of t in which lines are appended to the
// root .gitignore: what t would answer after the user added them.
func (t *Tree) WithRootLines(lines ...string) *Tree {
	t.mu.Lock()
	defer t.mu.Unlock()
	c := &Tree{root: t.root, prefix: t.prefix, global: t.global, dirs: make(map[string][]Pattern, len(t.dirs)), excluded: map[string]*Pattern{}}
	for k, v := range t.dirs {
		c.dirs[k] = v
	}
	c.extra = append(append([]Pattern(nil), t.extra...), ParsePatterns([]byte(strings.Join(lines, "\n")), "(suggested)", "")...)
	return c
}

// Ignored reports whether git ignores rel, a slash-separated path
// relative to the root, that is a directory when isDir. A path inside an
// ignored directory is ignored. Tracked files are not considered.
func (t *Tree) Ignored(rel string, isDir bool) bool {
	return t.Why(rel, isDir) != nil
}

// Why returns the pattern that makes git ignore rel (possibly one that
// excludes a parent directory), or nil when rel is not ignored.
func (t *Tree) Why(rel string, isDir bool) *Pattern {
	rel = strings.Trim(path.Clean("/"+rel), "/")
	if rel == "" {
		return nil
	}
	if dir := path.Dir(rel); dir != "." {
		if p := t.dirExcluded(dir); p != nil {
			return p
		}
	}
	return t.decide(t.full(rel), isDir)
}

// full turns a path relative to the tree into one relative to root.
func (t *Tree) full(rel string) string {
	if t.prefix == "" {
		return rel
	}
	return t.prefix + "/" + rel
}

// dirExcluded returns the pattern that excludes directory dir or one of
// its parents, or nil. Answers are remembered, so a walk that asks about
// every file pays once per directory.
func (t *Tree) dirExcluded(dir string) *Pattern {
	t.mu.Lock()
	p, ok := t.excluded[dir]
	t.mu.Unlock()
	if ok {
		return p
	}
	if parent := path.Dir(dir); parent != "." {
		p = t.dirExcluded(parent)
	}
	if p == nil {
		p = t.decide(t.full(dir), true)
	}
	t.mu.Lock()
	t.excluded[dir] = p
	t.mu.Unlock()
	return p
}

// Decide returns the pattern that decides whether rel is ignored: the one
// that excludes a parent directory, else the last matching pattern for
// rel itself, which may be a "!" negation (then rel is not ignored). It
// returns nil when no pattern matches.
func (t *Tree) Decide(rel string, isDir bool) *Pattern {
	if p := t.Why(rel, isDir); p != nil {
		return p
	}
	return t.lastMatch(t.full(strings.Trim(path.Clean("/"+rel), "/")), isDir)
}

// decide returns the excluding pattern that decides rel by itself (not
// looking at parent directories), or nil when none does or the deciding
// pattern is a negation.
func (t *Tree) decide(rel string, isDir bool) *Pattern {
	p := t.lastMatch(rel, isDir)
	if p == nil || p.Negate {
		return nil
	}
	return p
}

func (t *Tree) lastMatch(rel string, isDir bool) *Pattern {
	dir := path.Dir(rel)
	if dir == "." {
		dir = ""
	}
	// .gitignore files from the deepest directory up to the root.
	for {
		ps := t.patterns(dir)
		if dir == "" {
			ps = append(ps[:len(ps):len(ps)], t.extra...)
		}
		if p := lastMatchIn(ps, rel, isDir); p != nil {
			return p
		}
		if dir == "" {
			break
		}
		if dir = path.Dir(dir); dir == "." {
			dir = ""
		}
	}
	for _, ps := range t.global {
		if p := lastMatchIn(ps, rel, isDir); p != nil {
			return p
		}
	}
	return nil
}

func lastMatchIn(ps []Pattern, rel string, isDir bool) *Pattern {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].match(rel, isDir) {
			return &ps[i]
		}
	}
	return nil
}

// patterns returns the patterns of dir's .gitignore, reading it once. A
// symlinked .gitignore is not followed (git does not follow one either).
func (t *Tree) patterns(dir string) []Pattern {
	t.mu.Lock()
	defer t.mu.Unlock()
	if ps, ok := t.dirs[dir]; ok {
		return ps
	}
	name := path.Join(dir, ".gitignore")
	full := filepath.Join(t.root, filepath.FromSlash(name))
	var ps []Pattern
	if fi, err := os.Lstat(full); err == nil && fi.Mode().IsRegular() {
		if data, err := os.ReadFile(full); err == nil {
			ps = ParsePatterns(data, name, dir)
		}
	}
	t.dirs[dir] = ps
	return ps
}
