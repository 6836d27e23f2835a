package hooks

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const testExe = "/opt/envguard/bin/envguard"

func opts(dir string, h Hook) Options {
	return Options{Dir: dir, Hook: h, Executable: testExe}
}

// mustApply returns a function that applies a plan, failing t on any
// error: mustApply(t)(Install(o)).
func mustApply(t *testing.T) func(*Plan, error) {
	return func(p *Plan, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Apply(); err != nil {
			t.Fatal(err)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestInstallFresh(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "hooks") // missing: Install creates it
	p, err := Install(opts(dir, PreCommit))
	if err != nil {
		t.Fatal(err)
	}
	if p.State != Absent || len(p.Steps) != 2 || p.Steps[0].Action != MakeDir || p.Steps[1].Action != Write {
		t.Fatalf("plan = %+v, want MakeDir then Write", p)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Fatal("Install changed the file system before Apply")
	}
	mustApply(t)(p, nil)
	fi, err := os.Stat(filepath.Join(dir, "pre-commit"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o755 {
		t.Errorf("mode = %v, want 0755", fi.Mode().Perm())
	}
	if !IsEnvguardHook(readFile(t, filepath.Join(dir, "pre-commit"))) {
		t.Error("the written hook is not recognised as envguard's")
	}
	// Idempotent: nothing left to do.
	p, err = Install(opts(dir, PreCommit))
	if err != nil {
		t.Fatal(err)
	}
	if p.State != Current || len(p.Steps) != 0 {
		t.Fatalf("second install: state %v, %d steps; want current, none", p.State, len(p.Steps))
	}
	// Another install path makes it outdated: one Write, no chaining.
	o := opts(dir, PreCommit)
	o.Executable = "/usr/local/bin/envguard"
	p, err = Install(o)
	if err != nil {
		t.Fatal(err)
	}
	if p.State != Outdated || len(p.Steps) != 1 || p.Steps[0].Action != Write {
		t.Fatalf("outdated install plan = %+v", p)
	}
}

func TestChainAndRestore(t *testing.T) {
	dir := t.TempDir()
	hook := filepath.Join(dir, "pre-commit")
	old := []byte("#!/bin/sh\n# someone's hook\nexit 0\n")
	if err := os.WriteFile(hook, old, 0o700); err != nil {
		t.Fatal(err)
	}
	p, err := Install(opts(dir, PreCommit))
	if err != nil {
		t.Fatal(err)
	}
	if p.State != Foreign || len(p.Steps) != 2 || p.Steps[0].Action != Keep {
		t.Fatalf("plan = %+v, want Keep then Write", p)
	}
	mustApply(t)(p, nil)
	if got := readFile(t, hook+ChainedSuffix); !bytes.Equal(got, old) {
		t.Fatalf("chained hook = %q, want %q", got, old)
	}
	if !IsEnvguardHook(readFile(t, hook)) {
		t.Fatal("envguard's hook is not in place")
	}
	// Reinstalling keeps the chain as it is.
	p, err = Install(opts(dir, PreCommit))
	if err != nil || len(p.Steps) != 0 || !p.HasChained {
		t.Fatalf("reinstall: %+v, %v", p, err)
	}

	p, err = Uninstall(opts(dir, PreCommit))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Steps) != 1 || p.Steps[0].Action != Restore {
		t.Fatalf("uninstall plan = %+v, want Restore", p)
	}
	mustApply(t)(p, nil)
	if got := readFile(t, hook); !bytes.Equal(got, old) {
		t.Fatalf("restored hook = %q, want %q", got, old)
	}
	if fi, _ := os.Stat(hook); fi.Mode().Perm() != 0o700 {
		t.Errorf("restored mode = %v, want 0700", fi.Mode().Perm())
	}
	if _, err := os.Lstat(hook + ChainedSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the chained file is still there: %v", err)
	}
	// Now the hook is someone else's: uninstall refuses to touch it.
	if _, err := Uninstall(opts(dir, PreCommit)); !errors.Is(err, ErrNotInstalled) {
		t.Fatalf("uninstall of a foreign hook: err = %v, want ErrNotInstalled", err)
	}
}

func TestChainSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "shared-hook.sh")
	if err := os.WriteFile(target, []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	hook := filepath.Join(dir, "pre-commit")
	if err := os.Symlink(target, hook); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	mustApply(t)(Install(opts(dir, PreCommit)))
	if fi, err := os.Lstat(hook + ChainedSuffix); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was not kept as a link: %v, %v", fi, err)
	}
	if got := readFile(t, target); string(got) != "#!/bin/sh\nexit 0\n" {
		t.Fatalf("the link's target was written through: %q", got)
	}
	mustApply(t)(Uninstall(opts(dir, PreCommit)))
	if l, err := os.Readlink(hook); err != nil || l != target {
		t.Fatalf("the link was not put back: %q, %v", l, err)
	}
}

func TestChainTaken(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"pre-push", "pre-push" + ChainedSuffix} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Install(opts(dir, PrePush))
	var ct *ChainTakenError
	if !errors.As(err, &ct) || !errors.Is(err, ErrChainTaken) {
		t.Fatalf("err = %v, want a ChainTakenError", err)
	}
}

func TestUninstallOrphanChained(t *testing.T) {
	// envguard's hook was deleted by hand: the kept hook is put back.
	dir := t.TempDir()
	old := []byte("#!/bin/sh\necho kept\n")
	if err := os.WriteFile(filepath.Join(dir, "pre-commit"+ChainedSuffix), old, 0o755); err != nil {
		t.Fatal(err)
	}
	mustApply(t)(Uninstall(opts(dir, PreCommit)))
	if got := readFile(t, filepath.Join(dir, "pre-commit")); !bytes.Equal(got, old) {
		t.Fatalf("got %q", got)
	}
}

func TestApplyRollsBackKeep(t *testing.T) {
	// The write fails after the old hook was kept: the kept name is
	// removed again and the old hook is untouched.
	dir := t.TempDir()
	hook := filepath.Join(dir, "pre-commit")
	old := []byte("#!/bin/sh\nexit 0\n")
	if err := os.WriteFile(hook, old, 0o755); err != nil {
		t.Fatal(err)
	}
	p, err := Install(opts(dir, PreCommit))
	if err != nil {
		t.Fatal(err)
	}
	p.Steps[len(p.Steps)-1].Path = filepath.Join(dir, "missing-folder", "pre-commit")
	if err := p.Apply(); err == nil {
		t.Fatal("Apply succeeded")
	}
	if got := readFile(t, hook); !bytes.Equal(got, old) {
		t.Fatalf("the old hook changed: %q", got)
	}
	if _, err := os.Lstat(hook + ChainedSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a chained file was left behind")
	}
}

func TestScripts(t *testing.T) {
	for _, h := range []Hook{PreCommit, PrePush} {
		s, err := Script(h, "/home/o'brien/go/bin/envguard")
		if err != nil {
			t.Fatal(err)
		}
		if !IsEnvguardHook(s) {
			t.Errorf("%s: not recognised as envguard's", h)
		}
		if !bytes.Contains(s, []byte(`envguard_installed='/home/o'\''brien/go/bin/envguard'`)) {
			t.Errorf("%s: the install path is not quoted for the shell:\n%s", h, s)
		}
		if bytes.Contains(s, []byte("{{")) {
			t.Errorf("%s: template text left in the script", h)
		}
		path := filepath.Join(t.TempDir(), string(h))
		if err := os.WriteFile(path, s, 0o755); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("sh", "-n", path).CombinedOutput(); err != nil {
			t.Errorf("%s: sh -n: %v\n%s", h, err, out)
		}
	}
	for _, bad := range []string{"envguard", "/a\nb"} {
		if _, err := Script(PreCommit, bad); err == nil {
			t.Errorf("Script(%q) succeeded", bad)
		}
	}
	if _, err := Script("post-merge", testExe); err == nil || !strings.Contains(err.Error(), "unknown hook") {
		t.Errorf("unknown hook: err = %v", err)
	}
}

// TestMissingBinary runs the rendered hook with envguard neither on PATH
// nor at its install path: it must fail and say how to install envguard.
func TestMissingBinary(t *testing.T) {
	dir := t.TempDir()
	o := Options{Dir: dir, Hook: PreCommit, Executable: filepath.Join(dir, "gone", "envguard")}
	mustApply(t)(Install(o))
	for _, d := range []string{"/usr/bin", "/bin"} {
		if _, err := os.Stat(filepath.Join(d, "envguard")); err == nil {
			t.Skipf("envguard is installed in %s, which the hook needs on PATH", d)
		}
	}
	cmd := exec.Command(filepath.Join(dir, "pre-commit"))
	cmd.Env = []string{"PATH=/usr/bin:/bin"}
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("the hook passed without envguard:\n%s", out)
	}
	for _, want := range []string{"envguard is not on PATH", "in a clone of https://github.com/envguard/envguard run go install ./cmd/envguard"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestChainedBothRun runs the rendered pre-push hook with a fake envguard
// and a chained hook: both get the same standard input, and either
// failing fails the hook.
func TestChainedBothRun(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	fake := "#!/bin/sh\necho \"envguard $*\" >> \"$LOG\"\nexit ${ENVGUARD_EXIT:-0}\n"
	if err := os.WriteFile(filepath.Join(bin, "envguard"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	old := "#!/bin/sh\ncat > \"$LOG.stdin\"\necho \"old $*\" >> \"$LOG\"\nexit ${OLD_EXIT:-0}\n"
	if err := os.WriteFile(filepath.Join(dir, "pre-push"), []byte(old), 0o755); err != nil {
		t.Fatal(err)
	}
	mustApply(t)(Install(opts(dir, PrePush)))
	// A deletion: nothing to scan, but the old hook sees the line.
	stdin := "(delete) 0000000000000000000000000000000000000000 refs/heads/gone 1111111111111111111111111111111111111111\n\n"
	for _, tc := range []struct {
		oldExit, envguardExit string
		wantFail              bool
	}{{"0", "0", false}, {"1", "0", true}} {
		log := filepath.Join(dir, "log")
		os.Remove(log)
		cmd := exec.Command(filepath.Join(dir, "pre-push"), "origin", "/srv/repo.git")
		cmd.Env = []string{"PATH=" + bin + ":/usr/bin:/bin", "LOG=" + log, "OLD_EXIT=" + tc.oldExit, "ENVGUARD_EXIT=" + tc.envguardExit}
		cmd.Stdin = strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		if (err != nil) != tc.wantFail {
			t.Errorf("old exit %s: err = %v, want failure %v\n%s", tc.oldExit, err, tc.wantFail, out)
		}
		if got := string(readFile(t, log+".stdin")); got != stdin {
			t.Errorf("the chained hook got %q on stdin, want %q", got, stdin)
		}
		if got := string(readFile(t, log)); got != "old origin /srv/repo.git\n" {
			t.Errorf("log = %q: want only the old hook to run (a deletion scans nothing)", got)
		}
	}
}
