package git

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExcludesFileAgreesWithGit checks the config files read in process
// against `git config --path --get core.excludesFile`, for the places a
// user may set it and the cases that must go to git itself.
func TestExcludesFileAgreesWithGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	cases := []struct {
		name                      string
		global, xdg, local, extra string
		env                       []string
	}{
		{name: "unset"},
		{name: "global", global: "[core]\n\texcludesFile = ~/global-ignore\n"},
		{name: "xdg config", xdg: "[core]\n\texcludesfile = /abs/xdg-ignore\n"},
		{name: "local wins", global: "[core]\n\texcludesFile = ~/g\n", local: "[core]\n\tExcludesFile = ~/l\n"},
		{name: "last value wins", global: "[core]\n\texcludesFile = ~/a\n[core]\n\texcludesFile = ~/b\n"},
		{name: "quoted", global: "[core]\n\texcludesFile = \"~/with space\"\n"},
		{name: "include", global: "[include]\n\tpath = ~/extra.gitconfig\n", extra: "[core]\n\texcludesFile = ~/from-include\n"},
		{name: "global disabled", global: "[core]\n\texcludesFile = ~/g\n", env: []string{"GIT_CONFIG_GLOBAL="}},
		{name: "command line", env: []string{"GIT_CONFIG_COUNT=1", "GIT_CONFIG_KEY_0=core.excludesFile", "GIT_CONFIG_VALUE_0=/from/env"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			home := t.TempDir()
			repo := filepath.Join(home, "repo")
			run := func(args ...string) string {
				cmd := exec.Command("git", args...)
				cmd.Dir = repo
				out, _ := cmd.Output()
				return strings.TrimSpace(string(out))
			}
			t.Setenv("HOME", home)
			t.Setenv("XDG_CONFIG_HOME", "")
			t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			t.Setenv("GIT_CONFIG_GLOBAL", "")
			os.Unsetenv("GIT_CONFIG_GLOBAL") // t.Setenv restores it afterwards
			for _, kv := range c.env {
				k, v, _ := strings.Cut(kv, "=")
				t.Setenv(k, v)
			}
			if err := os.MkdirAll(repo, 0o755); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command("git", "init", "-q", repo).CombinedOutput(); err != nil {
				t.Fatalf("git init: %v %s", err, out)
			}
			write := func(p, s string) {
				if s == "" {
					return
				}
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			write(filepath.Join(home, ".gitconfig"), c.global)
			write(filepath.Join(home, ".config", "git", "config"), c.xdg)
			write(filepath.Join(home, "extra.gitconfig"), c.extra)
			if c.local != "" {
				cfg, _ := os.ReadFile(filepath.Join(repo, ".git", "config"))
				write(filepath.Join(repo, ".git", "config"), string(cfg)+c.local)
			}
			want := run("config", "--path", "--get", "core.excludesFile")
			if want == "" {
				want = filepath.Join(home, ".config", "git", "ignore")
			}
			r, err := Open(repo)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.ExcludesFile(context.Background()); got != want {
				t.Errorf("ExcludesFile = %q, git says %q", got, want)
			}
		})
	}
}
