package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 16: every command of the README's Usage block runs as written, in
// a fresh repository: exit 0 or 1, never a usage or runtime error.
func TestREADMEUsageCommands(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, usage, ok := strings.Cut(string(data), "<!-- section:usage -->")
	_, block, ok2 := strings.Cut(usage, "```\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README has no usage block")
	}
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	for _, args := range [][]string{{"init", "-q", "-b", "main"}, {"config", "user.email", "t@example.com"}, {"config", "user.name", "t"},
		{"commit", "-q", "--allow-empty", "-m", "start"}, {"update-ref", "refs/remotes/origin/main", "HEAD"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	os.WriteFile(filepath.Join(dir, ".gitleaks.toml"), []byte("title = \"x\"\n[allowlist]\nstopwords = [\"example\"]\n"), 0o644)
	t.Chdir(dir)
	n := 0
	for _, line := range strings.Split(block, "\n") {
		line, _, _ = strings.Cut(line, "#")
		f := strings.Fields(line)
		if len(f) == 0 || f[0] != "envguard" {
			continue
		}
		n++
		var stdout, stderr bytes.Buffer
		if code := run(f[1:], strings.NewReader(""), &stdout, &stderr); code == exitError {
			t.Errorf("%s: exit %d\n%s", strings.Join(f, " "), code, stderr.String())
		}
	}
	if n < 10 {
		t.Errorf("only %d commands found in the README's usage block", n)
	}
}
