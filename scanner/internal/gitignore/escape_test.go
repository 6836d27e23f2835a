package gitignore

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEscapeAgreesWithGit writes each name as an escaped .gitignore line,
// anchored and not, and asks `git check-ignore --no-index` which of the
// names it matches: exactly its own.
func TestEscapeAgreesWithGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	names := []string{
		".env", "a b.env", "trail ", "two  ", " lead", "#hash", "!bang", "mid#dle", "mid!dle",
		"star*", "q?", "[ab]", "a]b", `back\slash`, "a\\ ", "**", "x*y", "#", "!", "\\#x", "sp ace ",
		"tab\t", "é.env", "a{b,c}",
	}
	dir := t.TempDir()
	git := func(stdin string, args ...string) (string, error) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(stdin)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir, "XDG_CONFIG_HOME="+dir)
		out, err := cmd.Output()
		return string(out), err
	}
	if _, err := git("", "init", "-q"); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(names, "\x00") + "\x00"
	for _, anchor := range []string{"", "/"} {
		for _, n := range names {
			line := anchor + Escape(n)
			if err := os.WriteFile(filepath.Join(dir, ".gitignore"), []byte(line+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := git(all, "check-ignore", "--no-index", "-z", "--stdin")
			if err != nil && out != "" {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(out, "\x00"); got != n {
				t.Errorf("line %q matches %q, want only %q", line, strings.Split(got, "\x00"), n)
			}
			// The matcher agrees with git.
			tree := New(dir, Options{})
			for _, o := range names {
				if got := tree.Ignored(o, false); got != (o == n) {
					t.Errorf("line %q: matcher says %q ignored = %v", line, o, got)
				}
			}
		}
	}
}
