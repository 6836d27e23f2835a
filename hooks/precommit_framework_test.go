package hooks_test

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeFernetKey is a Fernet key made for this test from random bytes: 32
// bytes in urlsafe base64, the shape of Fernet.generate_key(). It guards
// nothing.
const fakeFernetKey = "s4vZvK1IvAu5aH3sMnEYDJklqzaNamZMNcK_PMUNr98="

// TestPreCommitFramework runs envguard's hooks through the real pre-commit
// framework, as a project that lists this repository in its
// .pre-commit-config.yaml would: pre-commit builds envguard from
// .pre-commit-hooks.yaml with the Go toolchain and runs it.
//
// The hook repository is a snapshot of this module's working tree (the
// files git tracks plus the new ones it does not ignore), committed in a
// temporary repository. try-repo pointed at a work tree with uncommitted
// changes clones it and commits only the staged files and the changes to
// tracked ones, so new files that are not yet added would be missing; a
// fresh CI clone has everything committed. The snapshot makes both cases
// test exactly the code in the working tree.
func TestPreCommitFramework(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed: .ci/run installs it (apt-get install pre-commit)")
		}
		t.Skip("pre-commit is not installed: install it (apt-get install pre-commit, or pipx install pre-commit) to run this test")
	}
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("builds envguard through pre-commit: skipped with -short")
	}
	fw := newFramework(t)

	t.Run("try-repo blocks a staged secret", func(t *testing.T) {
		proj := fw.project(t, map[string]string{
			"settings.py": "from cryptography.fernet import Fernet\n\nkey = b'" + fakeFernetKey + "'\nf = Fernet(key)\n",
		})
		out, code := fw.run(t, proj, "try-repo", fw.hookRepo, "envguard", "--all-files")
		if code != 1 || !strings.Contains(out, "exit code: 1") {
			t.Fatalf("pre-commit try-repo exited %d, want 1 with the hook exiting 1 (findings):\n%s", code, out)
		}
		if !strings.Contains(out, "settings.py") {
			t.Errorf("the hook's output does not name settings.py:\n%s", out)
		}
		if strings.Contains(out, fakeFernetKey) {
			t.Errorf("the hook printed the secret unredacted:\n%s", out)
		}
	})

	t.Run("passes a clean change", func(t *testing.T) {
		proj := fw.project(t, map[string]string{
			"README.md":   "# demo\n\nNothing secret here.\n",
			"settings.py": "import os\n\nkey = os.environ['FERNET_KEY']\nDEBUG = True\n",
		})
		out, code := fw.runHook(t, proj, "envguard")
		if code != 0 {
			t.Fatalf("pre-commit run exited %d, want 0 (nothing to find):\n%s", code, out)
		}
		if !strings.Contains(out, "Passed") {
			t.Errorf("pre-commit did not report the hook as passed:\n%s", out)
		}
	})

	t.Run("check-example fails on a real-looking key", func(t *testing.T) {
		proj := fw.project(t, map[string]string{
			"app/.env.example": "DEBUG=true\nPORT=8000\nFERNET_KEY=" + fakeFernetKey + "\n",
		})
		out, code := fw.runHook(t, proj, "envguard-check-example")
		if code != 1 || !strings.Contains(out, "exit code: 1") {
			t.Fatalf("pre-commit run exited %d, want 1 with the hook exiting 1 (the example holds a key):\n%s", code, out)
		}
		if !strings.Contains(out, ".env.example") {
			t.Errorf("the hook's output does not name the example file:\n%s", out)
		}
		if strings.Contains(out, fakeFernetKey) {
			t.Errorf("the hook printed the secret unredacted:\n%s", out)
		}
	})

	t.Run("check-example passes placeholders", func(t *testing.T) {
		proj := fw.project(t, map[string]string{
			".env.example": "DEBUG=true\nPORT=8000\nFERNET_KEY=<run: envguard keygen --kind fernet>\nDATABASE_URL=postgres://localhost:5432/app\n",
			".env.sample":  "SECRET_KEY=changeme\n",
		})
		out, code := fw.runHook(t, proj, "envguard-check-example")
		if code != 0 {
			t.Fatalf("pre-commit run exited %d, want 0 (placeholders only):\n%s", code, out)
		}
		if !strings.Contains(out, "Passed") {
			t.Errorf("pre-commit did not run the hook on the example files:\n%s", out)
		}
	})

	t.Run("pre-push scans the pushed commits", fw.testPrePush)
	t.Run("the staged id does not run at pre-push", fw.testStagedNotAtPush)
	t.Run("--all-files: envguard scans the index, envguard-dir the files", fw.testAllFiles)
	t.Run("system ids run the envguard on PATH", fw.testSystem)

	t.Run("config from the README blocks a commit", func(t *testing.T) {
		proj := fw.project(t, map[string]string{
			".pre-commit-config.yaml": "repos:\n  - repo: " + fw.hookRepo + "\n    rev: " + fw.hookRev + "\n    hooks:\n      - id: envguard\n      - id: envguard-check-example\n",
		})
		if out, code := fw.run(t, proj, "install"); code != 0 {
			t.Fatalf("pre-commit install exited %d:\n%s", code, out)
		}
		fw.git(t, proj, "commit", "-q", "-m", "pre-commit config")
		write(t, filepath.Join(proj, "crypto.py"), "FERNET_KEY = \""+fakeFernetKey+"\"\n")
		fw.git(t, proj, "add", "crypto.py")
		out, code := fw.cmd(t, proj, "git", "commit", "-m", "leak")
		if code == 0 {
			t.Fatalf("git commit of a secret succeeded through the pre-commit framework's hook:\n%s", out)
		}
		if strings.Contains(out, fakeFernetKey) {
			t.Errorf("the hook printed the secret unredacted:\n%s", out)
		}
		write(t, filepath.Join(proj, "crypto.py"), "import os\nFERNET_KEY = os.environ[\"FERNET_KEY\"]\n")
		fw.git(t, proj, "add", "crypto.py")
		if out, code := fw.cmd(t, proj, "git", "commit", "-m", "clean"); code != 0 {
			t.Fatalf("git commit of a clean change failed through the pre-commit framework's hook:\n%s", out)
		}
	})
}

// framework is what the pre-commit tests share: the hook repository and
// the environment pre-commit runs in.
type framework struct {
	hookRepo, hookRev string
	env               []string
	tmp               string
}

func newFramework(t *testing.T) *framework {
	t.Helper()
	fw := &framework{tmp: t.TempDir()}
	fw.env = frameworkEnv(t, fw.tmp)
	fw.hookRepo = filepath.Join(fw.tmp, "hook-repo")
	copyModule(t, "..", fw.hookRepo)
	fw.git(t, fw.hookRepo, "init", "-q")
	fw.git(t, fw.hookRepo, "add", "-A")
	fw.git(t, fw.hookRepo, "commit", "-q", "-m", "snapshot of the working tree")
	out, code := fw.cmd(t, fw.hookRepo, "git", "rev-parse", "HEAD")
	if code != 0 {
		t.Fatalf("git rev-parse HEAD: %s", out)
	}
	fw.hookRev = strings.TrimSpace(out)
	return fw
}

// frameworkEnv is the environment for git and pre-commit: a private HOME
// with a git identity, a private PRE_COMMIT_HOME for the whole test, no
// git variables of an enclosing hook, and the Go caches of the user, so
// that pre-commit's `go install` reuses downloaded modules and compiled
// packages instead of fetching and building everything again.
func frameworkEnv(t *testing.T, tmp string) []string {
	t.Helper()
	goenv := map[string]string{}
	out, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE", "GOPROXY", "GOSUMDB", "GOFLAGS").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	for i, v := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		goenv[[]string{"GOCACHE", "GOMODCACHE", "GOPROXY", "GOSUMDB", "GOFLAGS"}[i]] = v
	}
	home := filepath.Join(tmp, "home")
	write(t, filepath.Join(home, ".gitconfig"), "[user]\n\tname = envguard test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n")
	var env []string
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(k, "GIT_"), strings.HasPrefix(k, "PRE_COMMIT"), goenv[k] != "",
			k == "HOME", k == "XDG_CONFIG_HOME", k == "XDG_CACHE_HOME", k == "GOTOOLCHAIN", k == "GOBIN":
			continue
		case k == "PATH":
			// Drop the folder where the test harness puts its own envguard,
			// so that only the one pre-commit builds can run.
			kv = "PATH=" + pathWithout(v, "envguard")
		}
		env = append(env, kv)
	}
	for k, v := range goenv {
		if v != "" {
			env = append(env, k+"="+v)
		}
	}
	return append(env,
		"HOME="+home,
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		"GIT_CONFIG_NOSYSTEM=1",
		"GOTOOLCHAIN=local",
		"NO_COLOR=1",
	)
}

// pathWithout returns the PATH list without the folders that hold name.
func pathWithout(path, name string) string {
	var keep []string
	for _, dir := range filepath.SplitList(path) {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			continue
		}
		keep = append(keep, dir)
	}
	return strings.Join(keep, string(filepath.ListSeparator))
}

// project makes a git repository with files staged in it.
func (fw *framework) project(t *testing.T, files map[string]string) string {
	t.Helper()
	dir, err := os.MkdirTemp(fw.tmp, "project-")
	if err != nil {
		t.Fatal(err)
	}
	fw.git(t, dir, "init", "-q")
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
		fw.git(t, dir, "add", name)
	}
	return dir
}

// runHook runs one hook of the hook repository on every file of the
// project, through a config that names the repository. Unlike try-repo,
// which builds the hooks afresh on every run, pre-commit builds them once
// into PRE_COMMIT_HOME and reuses them for the rest of the test.
func (fw *framework) runHook(t *testing.T, dir, hook string) (string, int) {
	t.Helper()
	cfg := filepath.Join(fw.tmp, "pre-commit-config.yaml")
	if _, err := os.Stat(cfg); err != nil {
		write(t, cfg, "repos:\n  - repo: "+fw.hookRepo+"\n    rev: "+fw.hookRev+"\n    hooks:\n      - id: envguard\n      - id: envguard-check-example\n")
	}
	return fw.run(t, dir, "run", "--config", cfg, "--all-files", hook)
}

// run runs pre-commit in dir and returns its combined output and exit code.
func (fw *framework) run(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	return fw.cmd(t, dir, "pre-commit", args...)
}

func (fw *framework) git(t *testing.T, dir string, args ...string) {
	t.Helper()
	if out, code := fw.cmd(t, dir, "git", args...); code != 0 {
		t.Fatalf("git %s exited %d:\n%s", strings.Join(args, " "), code, out)
	}
}

func (fw *framework) cmd(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = fw.env
	cmd.Stdin = strings.NewReader("")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &ee):
		return out.String(), ee.ExitCode()
	}
	t.Fatalf("%s: %v", name, err)
	return "", -1
}

// copyModule copies what building envguard needs from the module at src
// to dst: the files git tracks or would track (not ignored), without
// tests and test data. Without git (a source archive) it copies the tree.
func copyModule(t *testing.T, src, dst string) {
	t.Helper()
	var files []string
	out, err := exec.Command("git", "-C", src, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err == nil {
		files = strings.Split(strings.TrimRight(string(out), "\x00"), "\x00")
	} else {
		filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == ".git" {
				return filepath.SkipDir
			}
			if d.Type().IsRegular() {
				rel, _ := filepath.Rel(src, p)
				files = append(files, filepath.ToSlash(rel))
			}
			return nil
		})
	}
	n := 0
	for _, f := range files {
		if f == "" || strings.HasSuffix(f, "_test.go") || strings.HasPrefix(f, "testdata/") || strings.Contains(f, "/testdata/") {
			continue
		}
		from := filepath.Join(src, filepath.FromSlash(f))
		fi, err := os.Lstat(from)
		if err != nil || !fi.Mode().IsRegular() {
			continue // deleted in the work tree but not yet in the index, or a link
		}
		copyFile(t, from, filepath.Join(dst, filepath.FromSlash(f)), fi.Mode().Perm())
		n++
	}
	for _, need := range []string{"go.mod", ".pre-commit-hooks.yaml"} {
		if _, err := os.Stat(filepath.Join(dst, need)); err != nil {
			t.Fatalf("the module copy lacks %s (%d files copied)", need, n)
		}
	}
}

func copyFile(t *testing.T, from, to string, perm fs.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
