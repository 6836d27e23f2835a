package hooks_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The pre-commit framework's stages (issue 14): the staged id runs before
// a commit only, the pre-push id scans the commits being pushed, and each
// id scans what the manifest says it scans.

// pushProject makes a project whose .pre-commit-config.yaml lists ids of
// the hook repository, with a bare remote named origin and the framework's
// pre-push hook installed.
func (fw *framework) pushProject(t *testing.T, ids ...string) string {
	t.Helper()
	cfg := "repos:\n  - repo: " + fw.hookRepo + "\n    rev: " + fw.hookRev + "\n    hooks:\n"
	for _, id := range ids {
		cfg += "      - id: " + id + "\n"
	}
	proj := fw.project(t, map[string]string{".pre-commit-config.yaml": cfg, "README.md": "# demo\n"})
	remote := proj + ".remote"
	fw.git(t, fw.tmp, "init", "-q", "--bare", remote)
	fw.git(t, proj, "remote", "add", "origin", remote)
	if out, code := fw.run(t, proj, "install", "--hook-type", "pre-commit", "--hook-type", "pre-push"); code != 0 {
		t.Fatalf("pre-commit install exited %d:\n%s", code, out)
	}
	fw.git(t, proj, "commit", "-q", "-m", "config")
	return proj
}

// commitFile writes and commits one file without running hooks.
func (fw *framework) commitFile(t *testing.T, dir, name, content string) {
	t.Helper()
	write(t, filepath.Join(dir, name), content)
	fw.git(t, dir, "add", name)
	fw.git(t, dir, "commit", "-q", "--no-verify", "-m", "add "+name)
}

func (fw *framework) testPrePush(t *testing.T) {
	proj := fw.pushProject(t, "envguard-pre-push")
	// A first push of the whole history: pre-commit passes no range.
	fw.commitFile(t, proj, "leak.py", "FERNET_KEY = \""+fakeFernetKey+"\"\n")
	out, code := fw.cmd(t, proj, "git", "push", "-q", "origin", "main")
	if code == 0 {
		t.Fatalf("a first push holding a key went through:\n%s", out)
	}
	if !strings.Contains(out, "leak.py") || strings.Contains(out, fakeFernetKey) {
		t.Errorf("the hook's output does not name leak.py, or shows the key:\n%s", out)
	}
	fw.git(t, proj, "reset", "-q", "--hard", "HEAD~1")
	if out, code := fw.cmd(t, proj, "git", "push", "-q", "origin", "main"); code != 0 {
		t.Fatalf("a clean first push was blocked:\n%s", out)
	}
	// An update: PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF.
	fw.commitFile(t, proj, "clean.py", "import os\nKEY = os.environ['KEY']\n")
	fw.commitFile(t, proj, "leak.py", "FERNET_KEY = \""+fakeFernetKey+"\"\n")
	if out, code := fw.cmd(t, proj, "git", "push", "-q", "origin", "main"); code == 0 || !strings.Contains(out, "leak.py") {
		t.Fatalf("a push adding a key went through (exit %d):\n%s", code, out)
	}
	fw.git(t, proj, "reset", "-q", "--hard", "HEAD~1")
	if out, code := fw.cmd(t, proj, "git", "push", "-q", "origin", "main"); code != 0 {
		t.Fatalf("a clean update was blocked:\n%s", out)
	}
	// A new branch on top of pushed commits: only its own commits.
	fw.git(t, proj, "checkout", "-q", "-b", "feature")
	fw.commitFile(t, proj, "leak2.py", "FERNET_KEY = \""+fakeFernetKey+"\"\n")
	if out, code := fw.cmd(t, proj, "git", "push", "-q", "origin", "feature"); code == 0 || !strings.Contains(out, "leak2.py") {
		t.Fatalf("a new branch adding a key went through (exit %d):\n%s", code, out)
	}
}

// The staged id is not run at the pre-push stage, where the index is empty
// and "Passed" would be a lie.
func (fw *framework) testStagedNotAtPush(t *testing.T) {
	proj := fw.pushProject(t, "envguard")
	fw.commitFile(t, proj, "leak.py", "FERNET_KEY = \""+fakeFernetKey+"\"\n")
	out, _ := fw.cmd(t, proj, "git", "push", "origin", "main")
	if strings.Contains(out, "Passed") {
		t.Fatalf("the staged id ran at the pre-push stage and passed:\n%s", out)
	}
	out, code := fw.run(t, proj, "run", "--hook-stage", "push", "--all-files")
	if code != 0 || strings.Contains(out, "envguard") && strings.Contains(out, "Passed") {
		t.Fatalf("pre-commit run --hook-stage push ran the staged id (exit %d):\n%s", code, out)
	}
}

// envguard scans what is staged even under --all-files; envguard-dir scans
// the work tree. Both are what .pre-commit-hooks.yaml documents.
func (fw *framework) testAllFiles(t *testing.T) {
	proj := fw.pushProject(t, "envguard", "envguard-dir")
	fw.commitFile(t, proj, "leak.py", "FERNET_KEY = \""+fakeFernetKey+"\"\n")
	if out, code := fw.run(t, proj, "run", "--all-files", "envguard"); code != 0 {
		t.Fatalf("the staged id found something with nothing staged (exit %d):\n%s", code, out)
	}
	out, code := fw.run(t, proj, "run", "--hook-stage", "manual", "--all-files", "envguard-dir")
	if code != 1 || !strings.Contains(out, "leak.py") {
		t.Fatalf("envguard-dir did not find the committed key (exit %d):\n%s", code, out)
	}
}

// envguard-system runs the envguard on PATH.
func (fw *framework) testSystem(t *testing.T) {
	bin := filepath.Join(fw.tmp, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "envguard"), "./cmd/envguard")
	build.Dir = fw.hookRepo
	build.Env = fw.env
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	saved := fw.env
	defer func() { fw.env = saved }()
	fw.env = append(append([]string(nil), saved...), "PATH="+bin+string(os.PathListSeparator)+pathWithout(os.Getenv("PATH"), "envguard"))
	proj := fw.pushProject(t, "envguard-system", "envguard-pre-push-system")
	write(t, filepath.Join(proj, "leak.py"), "FERNET_KEY = \""+fakeFernetKey+"\"\n")
	fw.git(t, proj, "add", "leak.py")
	out, code := fw.cmd(t, proj, "git", "commit", "-q", "-m", "leak")
	if code == 0 || !strings.Contains(out, "leak.py") {
		t.Fatalf("envguard-system let a key be committed (exit %d):\n%s", code, out)
	}
	fw.git(t, proj, "commit", "-q", "--no-verify", "-m", "leak")
	if out, code := fw.cmd(t, proj, "git", "push", "-q", "origin", "main"); code == 0 || !strings.Contains(out, "leak.py") {
		t.Fatalf("envguard-pre-push-system let a key be pushed (exit %d):\n%s", code, out)
	}
}
