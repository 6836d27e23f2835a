package hooks_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestActionRange runs hooks/action/range.sh, the GitHub Action's choice
// of what to scan, in a clone like actions/checkout's with fetch-depth 0,
// for each kind of event (issue 16): an update scans before..sha, a new
// branch or a force push whose before is not in the clone scans from the
// merge base with the default branch, a push to the default branch whose
// before is gone scans its whole history, a pull request scans from the
// merge base. Each range is then scanned by envguard.
func TestActionRange(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	tmp := t.TempDir()
	script, err := filepath.Abs(filepath.Join("action", "range.sh"))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(tmp, "envguard")
	build := exec.Command("go", "build", "-o", bin, "./cmd/envguard")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// origin: main with two commits, feature with a leak on top of the first.
	up := filepath.Join(tmp, "up")
	os.MkdirAll(up, 0o755)
	gitIn(t, up, "init", "-q", "-b", "main")
	commit := func(dir, name, content string) string {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		gitIn(t, dir, "add", name)
		gitIn(t, dir, "commit", "-q", "-m", "add "+name)
		return gitIn(t, dir, "rev-parse", "HEAD")
	}
	c1 := commit(up, "a.py", "import os\n")
	c2 := commit(up, "b.py", "import sys\n")
	gitIn(t, up, "checkout", "-q", "-b", "feature", c1)
	f1 := commit(up, "leak.py", "FERNET_KEY = \""+fakeFernetKey+"\"\n")
	f2 := commit(up, "c.py", "import re\n")
	gitIn(t, up, "checkout", "-q", "main")
	clone := filepath.Join(tmp, "clone")
	gitIn(t, tmp, "clone", "-q", "--no-local", up, clone)
	gitIn(t, clone, "checkout", "-q", "feature")

	zero := strings.Repeat("0", 40)
	gone := strings.Repeat("ab", 20) // a force-pushed-over commit nobody fetched
	for _, tc := range []struct {
		name string
		env  []string
		want string
		code int // envguard's exit code on the range
	}{
		{"push update", []string{"EVENT=push", "BEFORE=" + f1, "SHA=" + f2}, f1 + ".." + f2, 0},
		{"push new branch", []string{"EVENT=push", "BEFORE=" + zero, "SHA=" + f2, "DEFAULT_BRANCH=main"}, c1 + ".." + f2, 1},
		{"force push", []string{"EVENT=push", "BEFORE=" + gone, "SHA=" + f2, "DEFAULT_BRANCH=main"}, c1 + ".." + f2, 1},
		{"force push, default branch", []string{"EVENT=push", "BEFORE=" + gone, "SHA=" + c2, "DEFAULT_BRANCH=main"}, zero + ".." + c2, 0},
		{"new branch, no default branch", []string{"EVENT=push", "BEFORE=" + zero, "SHA=" + f2}, zero + ".." + f2, 1},
		{"pull request", []string{"EVENT=pull_request", "BASE_SHA=" + c2, "HEAD_SHA=" + f2}, c1 + ".." + f2, 1},
		{"range input", []string{"EVENT=push", "INPUT_RANGE=" + c1 + ".." + c2}, c1 + ".." + c2, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command("sh", script)
			cmd.Dir = clone
			cmd.Env = append(os.Environ(), tc.env...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("range.sh: %v\n%s", err, stderr.String())
			}
			if got := strings.TrimSpace(string(out)); got != tc.want {
				t.Fatalf("range = %s, want %s\n%s", got, tc.want, stderr.String())
			}
			scan := exec.Command(bin, "scan", "--range", tc.want)
			scan.Dir = clone
			b, err := scan.CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tc.code {
				t.Fatalf("envguard scan --range %s exited %d, want %d:\n%s", tc.want, code, tc.code, b)
			}
		})
	}
}

// TestActionVersions checks that the action uses the current major
// versions of the actions it runs (upload-sarif v3 is deprecated).
func TestActionVersions(t *testing.T) {
	a := string(readTestFile(t, filepath.Join("action", "action.yml")))
	for _, want := range []string{"actions/setup-go@v6", "github/codeql-action/upload-sarif@v4", "using: composite", "range.sh"} {
		if !strings.Contains(a, want) {
			t.Errorf("action.yml does not hold %q", want)
		}
	}
}
