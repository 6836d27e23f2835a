package git

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+t.TempDir(),
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func realpath(t *testing.T, p string) string {
	t.Helper()
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestOpen(t *testing.T) {
	root := realpath(t, t.TempDir())
	repo := filepath.Join(root, "repo")
	git(t, root, "init", "-q", "repo")
	os.MkdirAll(filepath.Join(repo, "sub", "dir"), 0o755)

	r, err := Open(filepath.Join(repo, "sub", "dir"))
	if err != nil {
		t.Fatal(err)
	}
	if r.WorkTree != repo || r.GitDir != filepath.Join(repo, ".git") || r.CommonDir != r.GitDir ||
		r.IndexFile != filepath.Join(repo, ".git", "index") || r.Bare || r.Shallow || r.HashLen != 20 {
		t.Errorf("Open from a subdirectory = %+v", r)
	}
	if head, err := r.Head(context.Background()); err != nil || head != "" {
		t.Errorf("Head before the first commit = %q, %v; want no commit and no error", head, err)
	}

	git(t, repo, "commit", "-q", "--allow-empty", "-m", "one")
	if head, err := r.Head(context.Background()); err != nil || len(head) < 40 {
		t.Errorf("Head = %q, %v", head, err)
	}

	// A linked worktree: its own git dir and index, the common dir of the main one.
	wt := filepath.Join(root, "wt")
	git(t, repo, "worktree", "add", "-q", wt)
	w, err := Open(wt)
	if err != nil {
		t.Fatal(err)
	}
	if w.WorkTree != wt || w.CommonDir != filepath.Join(repo, ".git") || w.GitDir == w.CommonDir ||
		filepath.Dir(w.IndexFile) != w.GitDir {
		t.Errorf("Open in a linked worktree = %+v", w)
	}

	// GIT_INDEX_FILE, as git sets it for a hook under `git commit -a`.
	t.Setenv("GIT_INDEX_FILE", filepath.Join(root, "tmp-index"))
	g, err := Open(repo)
	if err != nil {
		t.Fatal(err)
	}
	if g.IndexFile != filepath.Join(root, "tmp-index") {
		t.Errorf("IndexFile with GIT_INDEX_FILE = %q", g.IndexFile)
	}
}

func TestOpenBareAndNotARepository(t *testing.T) {
	root := realpath(t, t.TempDir())
	git(t, root, "init", "-q", "--bare", "b.git")
	b, err := Open(filepath.Join(root, "b.git"))
	if err != nil {
		t.Fatal(err)
	}
	if !b.Bare || b.WorkTree != "" || !errors.Is(b.RequireWorkTree(), ErrBare) {
		t.Errorf("Open bare = %+v", b)
	}
	plain := filepath.Join(root, "plain")
	os.Mkdir(plain, 0o755)
	t.Setenv("GIT_CEILING_DIRECTORIES", root)
	if _, err := Open(plain); !errors.Is(err, ErrNotRepository) {
		t.Errorf("Open outside a repository: %v, want ErrNotRepository", err)
	}
	if r, early, err := OpenStaged(plain, nil); !errors.Is(err, ErrNotRepository) || r != nil || early != nil {
		t.Errorf("OpenStaged outside a repository: %v, %v, %v; want ErrNotRepository and no process", r, early, err)
	}
}
