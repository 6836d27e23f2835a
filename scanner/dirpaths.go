package scanner

import (
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/envguard/envguard/scanner/internal/git"
)

// dirBase says where the paths of a directory scan are relative to. The
// source yields paths relative to the directory scanned; reports want them
// relative to the repository root when the directory is inside a work
// tree (code scanning resolves them there), else to the current directory
// when the directory is under it (issue 16).
type dirBase struct {
	// prefix goes before every path the source yields ("" for none).
	prefix string
	// repoRoot is the work tree that holds the directory, or "".
	repoRoot string
}

// newDirBase finds the base of a directory scan of target, run in cwd.
func newDirBase(cwd, target string) dirBase {
	if cwd == "" {
		cwd = "."
	}
	abs := target
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(cwd, abs)
	}
	dir := abs
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		dir = filepath.Dir(abs) // one file: its path is its name
	}
	dir = realPath(dir)
	var b dirBase
	if repo, err := git.Open(dir); err == nil && repo.WorkTree != "" {
		b.repoRoot = repo.WorkTree
		if rel, ok := under(realPath(repo.WorkTree), dir); ok {
			b.prefix = rel
			return b
		}
	}
	if rel, ok := under(realPath(cwd), dir); ok {
		b.prefix = rel
	}
	return b
}

// under returns dir relative to root, with slashes, when dir is root or
// inside it.
func under(root, dir string) (string, bool) {
	rel, err := filepath.Rel(root, dir)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	if rel == "." {
		rel = ""
	}
	return filepath.ToSlash(rel), true
}

func realPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// rebase puts the prefix before a path the source yielded.
func (b dirBase) rebase(p string) string {
	if b.prefix == "" || p == "" {
		return p
	}
	return path.Join(b.prefix, p)
}

// notify wraps a notice function so that notices name rebased paths.
func (b dirBase) notify(notify func(Notice)) func(Notice) {
	if b.prefix == "" {
		return notify
	}
	return func(n Notice) {
		n.Path = b.rebase(n.Path)
		notify(n)
	}
}

// apply rebases the paths of a finished scan's findings and errors.
func (b dirBase) apply(res *Result) {
	if b.prefix == "" {
		return
	}
	for i := range res.Findings {
		res.Findings[i].Path = b.rebase(res.Findings[i].Path)
	}
	for i := range res.Errors {
		res.Errors[i].Path = b.rebase(res.Errors[i].Path)
	}
}
