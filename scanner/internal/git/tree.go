package git

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/envguard/envguard/scanner/internal/gitignore"
)

// IgnoreTree returns the ignore rules of r's work tree: its .gitignore
// files, info/exclude of its common directory and core.excludesFile.
func (r *Repo) IgnoreTree(ctx context.Context) *gitignore.Tree {
	return gitignore.New(r.WorkTree, gitignore.Options{
		InfoExclude:  filepath.Join(r.CommonDir, "info", "exclude"),
		ExcludesFile: r.ExcludesFile(ctx),
	})
}

// IgnoreTreeAt returns the ignore rules for the directory root, whose
// paths are relative to root, for a scan that needs no git binary (a
// directory scan). When root is inside a git work tree (root or a parent
// holds .git), the .gitignore files of root's parents inside that work
// tree and its info/exclude apply too, as git would apply them; root
// itself and its parents are never treated as excluded (a scan of an
// ignored folder that was asked for by name still looks inside). The
// user's core.excludesFile is always read.
//
// The work tree is found by looking for .git on the file system, not by
// [Open]: git may not be installed, and a directory scan must not depend
// on the variables git sets for hooks.
func IgnoreTreeAt(ctx context.Context, root string) (*gitignore.Tree, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, err
	}
	top, prefix := abs, ""
	common := ""
	if t := WorkTreeTop(abs); t != "" {
		common = commonDirOf(t)
		if rel, err := filepath.Rel(t, abs); err == nil && rel != "." {
			top, prefix = t, filepath.ToSlash(rel)
		}
	}
	opts := gitignore.Options{Prefix: prefix}
	repoConfig := ""
	if common != "" {
		opts.InfoExclude = filepath.Join(common, "info", "exclude")
		repoConfig = filepath.Join(common, "config")
	}
	opts.ExcludesFile = excludesFile(repoConfig, func() ([]byte, error) {
		return run(ctx, abs, "config", "--path", "--get", "core.excludesFile")
	})
	return gitignore.New(top, opts), nil
}

// WorkTreeTop returns the nearest folder at or above dir that holds .git,
// or "".
func WorkTreeTop(dir string) string {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// commonDirOf returns the common git directory of the work tree at root:
// root/.git, or for a linked worktree (.git is a file) the directory its
// gitdir's commondir names.
func commonDirOf(root string) string {
	gitdir := gitDirOf(root)
	if gitdir == "" || gitdir == filepath.Join(root, ".git") {
		return gitdir
	}
	common := gitdir
	if c, err := os.ReadFile(filepath.Join(gitdir, "commondir")); err == nil {
		common = strings.TrimSpace(string(c))
		if !filepath.IsAbs(common) {
			common = filepath.Join(gitdir, common)
		}
	}
	return common
}

// gitDirOf returns the git directory of the work tree at root: root/.git
// when that is a folder, else the folder its gitdir file names (a linked
// worktree, a submodule); "" when there is none.
func gitDirOf(root string) string {
	dotgit := filepath.Join(root, ".git")
	fi, err := os.Lstat(dotgit)
	if err != nil {
		return ""
	}
	if fi.IsDir() {
		return dotgit
	}
	data, err := os.ReadFile(dotgit)
	if err != nil || !strings.HasPrefix(string(data), "gitdir:") {
		return ""
	}
	gitdir := strings.TrimSpace(strings.TrimPrefix(string(data), "gitdir:"))
	if !filepath.IsAbs(gitdir) {
		gitdir = filepath.Join(root, gitdir)
	}
	return filepath.Clean(gitdir)
}
