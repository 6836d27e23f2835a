package scanner

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// TestOpenWrongGuess: Open loads the config beside `git rev-parse` from the
// nearest directory holding .git; when git names another work tree (here
// an empty .git directory, which git passes over), the config is the work
// tree's, and the guessed root's broken config is no error (issue 15).
func TestOpenWrongGuess(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("git", "init", "-q", root).CombinedOutput(); err != nil {
		t.Fatalf("git init: %v\n%s", err, out)
	}
	sub := filepath.Join(root, "sub")
	for _, d := range []string{filepath.Join(sub, ".git"), filepath.Join(sub, "x")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path, s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, ConfigFileName), "disabled_rules = [\"django-secret-key\"]\n")
	write(filepath.Join(sub, ConfigFileName), "this is not toml = = =\n")
	for _, dir := range []string{filepath.Join(sub, "x"), root} {
		p, err := Open(dir, "", "", RepoWorkTree)
		if err != nil {
			t.Fatalf("Open(%s): %v", dir, err)
		}
		if p.Root != root || p.Repo.WorkTree != root {
			t.Errorf("Open(%s): root %q, work tree %q, want %q", dir, p.Root, p.Repo.WorkTree, root)
		}
		if !slices.Contains(p.Config.DisabledRules, "django-secret-key") {
			t.Errorf("Open(%s): config %+v is not the work tree's", dir, p.Config.DisabledRules)
		}
	}
}
