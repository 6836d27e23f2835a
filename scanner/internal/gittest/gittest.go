// Package gittest makes real git repositories for tests (no mock of git).
package gittest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Repo is a real repository made with the git binary in a temp dir.
type Repo struct {
	T *testing.T
	// Dir is the work tree.
	Dir string
}

// New makes an empty repository on branch main, with git's variables
// for hooks unset and a fresh HOME; it skips the test without git.
func New(t *testing.T) *Repo {
	t.Helper()
	return initRepo(t)
}

// NewSHA256 is [New] with SHA-256 object ids; it skips the test when git
// cannot make such a repository.
func NewSHA256(t *testing.T) *Repo {
	t.Helper()
	return initRepo(t, "--object-format=sha256")
}

// initRepo makes the repository of [New], git init given flags.
func initRepo(t *testing.T, flags ...string) *Repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	for _, v := range []string{"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR"} {
		t.Setenv(v, "")
		os.Unsetenv(v)
	}
	r := &Repo{T: t, Dir: filepath.Join(t.TempDir(), "repo")}
	args := append([]string{"init", "-q", "-b", "main"}, flags...)
	if out, err := exec.Command("git", append(args, r.Dir)...).CombinedOutput(); err != nil {
		if len(flags) > 0 {
			t.Skipf("git cannot make this repository (%v): %v %s", flags, err, out)
		}
		t.Fatalf("git init: %v %s", err, out)
	}
	r.Git("config", "user.name", "test")
	r.Git("config", "user.email", "test@example.com")
	return r
}

// Git runs git in the repository and returns its output.
func (r *Repo) Git(args ...string) string {
	r.T.Helper()
	cmd := exec.Command("git", args...)
	if args[0] != "init" {
		cmd.Dir = r.Dir
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.T.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// Write writes a file of the work tree, making its folders.
func (r *Repo) Write(name, content string) {
	r.T.Helper()
	p := filepath.Join(r.Dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.T.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.T.Fatal(err)
	}
}

// Commit commits what is staged (or nothing).
func (r *Repo) Commit(msg string) {
	r.T.Helper()
	r.Git("commit", "-q", "--allow-empty", "-m", msg)
}
