//go:build unix

package source

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// dirFragments returns path -> fragment for a Dir scan, and its error.
func dirFragments(t *testing.T, root string, opts Options) (map[string]pipeline.Fragment, error) {
	t.Helper()
	src, err := Dir(root, opts)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]pipeline.Fragment{}
	err = src.Fragments(context.Background(), func(f pipeline.Fragment) error {
		out[f.Path] = f
		return nil
	})
	return out, err
}

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		abs := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func keys(m map[string]pipeline.Fragment) string {
	var ks []string
	for k, f := range m {
		if f.Skip != "" {
			k += " (skip: " + f.Skip + ")"
		}
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, "\n")
}

func TestDirSkipsGitIgnoredAndSymlinks(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"secret.txt": "T=" + histToken(9) + "\n"})
	writeFiles(t, root, map[string]string{
		".git/config":       "[core]\n",
		".git/objects/x":    "T=" + histToken(10) + "\n",
		".gitignore":        "*.log\nbuild/\n!keep.log\n",
		"app.py":            "A=1\n",
		"debug.log":         "T=" + histToken(11) + "\n",
		"keep.log":          "kept\n",
		"build/out.txt":     "T=" + histToken(12) + "\n",
		"sub/.gitignore":    "local.txt\n",
		"sub/local.txt":     "x\n",
		"sub/code.go":       "package sub\n",
		"vendor/.git":       "gitdir: ../.git/modules/vendor\n", // a submodule's .git file
		"vendor/lib/lib.js": "x\n",
		"big/large.bin":     strings.Repeat("x", 2000),
	})
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(root, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "linkdir")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(root, "pipe"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Issue 14: over an explicit cap, a file is an error unless allowed.
	if _, err := dirFragments(t, root, Options{MaxFileSize: 1000}); err == nil || !strings.Contains(err.Error(), "big/large.bin: not scanned") {
		t.Errorf("over the cap: %v, want an error naming big/large.bin", err)
	}
	got, err := dirFragments(t, root, Options{MaxFileSize: 1000, MayGoUnscanned: func(p string) bool { return p == "big/large.bin" }})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		".gitignore",
		"app.py",
		"big/large.bin (skip: larger than --max-file-size (1000 bytes))",
		"keep.log",
		"link.txt (skip: symlink: not followed)",
		"linkdir (skip: symlink: not followed)",
		"sub/.gitignore",
		"sub/code.go",
		"vendor/lib/lib.js",
	}, "\n")
	if k := keys(got); k != want {
		t.Errorf("dir yielded:\n%s\nwant:\n%s", k, want)
	}
	if f := got["link.txt"]; len(f.Data) != 0 {
		t.Error("a symlink's target was read")
	}

	all, err := dirFragments(t, root, Options{NoGitignore: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"debug.log", "build/out.txt", "sub/local.txt"} {
		if _, ok := all[p]; !ok {
			t.Errorf("with NoGitignore %s was not read", p)
		}
	}
	if _, ok := all[".git/objects/x"]; ok {
		t.Error(".git was read")
	}
	found, err := histScan(t, mustDir(t, root, Options{}), histSet(t))
	if err != nil || len(found) != 0 {
		t.Errorf("found %v (%v): ignored, .git and symlinked secrets must not be read", found, err)
	}
}

func mustDir(t *testing.T, root string, opts Options) pipeline.Source {
	t.Helper()
	src, err := Dir(root, opts)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// An unreadable file is an ErrorList entry and the scan goes on. As root,
// which reads every file, the test runs itself again as user nobody.
func TestDirUnreadableFileGoesOn(t *testing.T) {
	root := os.Getenv("ENVGUARD_TEST_UNREADABLE_ROOT")
	if root == "" {
		root = worldTempDir(t)
		writeFiles(t, root, map[string]string{"a.txt": "T=" + histToken(13) + "\n", "b.txt": "no\n", "c.txt": "T=" + histToken(14) + "\n"})
		if err := os.Chmod(filepath.Join(root, "b.txt"), 0); err != nil {
			t.Fatal(err)
		}
		if os.Geteuid() == 0 {
			rerunAsNobody(t, root)
			return
		}
	}
	found, err := histScan(t, mustDir(t, root, Options{}), histSet(t))
	list, ok := pipeline.AsErrorList(err)
	if !ok || len(list) != 1 || list[0].Path != "b.txt" || !errors.Is(list[0], os.ErrPermission) {
		t.Errorf("error %v, want one permission error for b.txt", err)
	}
	if len(found) != 2 {
		t.Errorf("found %v, want the secrets of a.txt and c.txt", found)
	}
}

// worldTempDir is a temp dir that other users can enter (t.TempDir's
// parent is private).
func worldTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "envguard-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// rerunAsNobody runs the calling test in a copy of the test binary as
// uid/gid 65534 and fails when it fails.
func rerunAsNobody(t *testing.T, root string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	dir := worldTempDir(t)
	bin := filepath.Join(dir, "test.bin")
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ENVGUARD_TEST_UNREADABLE_ROOT="+root, "HOME="+dir, "XDG_CONFIG_HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("as nobody the test did not run:\n%s", out)
	}
}

// Scanning a subdirectory of a work tree honours the .gitignore files
// above it, unless the subdirectory itself is ignored (asked for by name).
func TestDirSubdirOfWorkTree(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		".git/HEAD":         "ref: refs/heads/main\n",
		".gitignore":        "*.log\nbuild/\n",
		"src/app.py":        "x\n",
		"src/debug.log":     "x\n",
		"build/out/gen.txt": "x\n",
		"build/out/x.log":   "x\n",
	})
	got, err := dirFragments(t, filepath.Join(root, "src"), Options{})
	if err != nil || keys(got) != "app.py" {
		t.Errorf("--dir src yielded %q (%v), want app.py only", keys(got), err)
	}
	got, err = dirFragments(t, filepath.Join(root, "build", "out"), Options{})
	if err != nil || keys(got) != "gen.txt" {
		t.Errorf("--dir build/out yielded %q (%v), want gen.txt (the root's own *.log rule still counts)", keys(got), err)
	}
}

func TestDirMissingRoot(t *testing.T) {
	_, err := Dir(filepath.Join(t.TempDir(), "nope"), Options{})
	if err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("error %v, want one naming the directory", err)
	}
}

func TestDirSingleFileAndReader(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"one.env": "T=" + histToken(15) + "\n"})
	found, err := histScan(t, mustDir(t, filepath.Join(root, "one.env"), Options{}), histSet(t))
	if err != nil || fmt.Sprint(found) != "[test-token one.env:1@]" {
		t.Errorf("single file: %v %v", found, err)
	}
	src := Reader("settings.py", strings.NewReader("x\nKEY='"+histToken(16)+"'\n"), Options{})
	found, err = histScan(t, src, histSet(t))
	if err != nil || fmt.Sprint(found) != "[test-token settings.py:2@]" {
		t.Errorf("reader: %v %v", found, err)
	}
	var frags []pipeline.Fragment
	err = Reader("big", strings.NewReader(strings.Repeat("y", 100)), Options{MaxFileSize: 10}).Fragments(context.Background(),
		func(f pipeline.Fragment) error { frags = append(frags, f); return nil })
	if err != nil || len(frags) != 1 || frags[0].Skip == "" {
		t.Errorf("reader over the size limit: %+v %v", frags, err)
	}
}

// A yield error stops the walk at once and is returned; nothing hangs.
func TestDirStopsOnYieldError(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 500; i++ {
		files[fmt.Sprintf("d%d/f%03d.txt", i%7, i)] = "x\n"
	}
	writeFiles(t, root, files)
	stop := errors.New("stop")
	n := 0
	err := mustDir(t, root, Options{}).Fragments(context.Background(), func(pipeline.Fragment) error {
		if n++; n == 10 {
			return stop
		}
		return nil
	})
	if err != stop || n != 10 {
		t.Errorf("error %v after %d fragments, want stop after 10", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = mustDir(t, root, Options{}).Fragments(ctx, func(pipeline.Fragment) error {
		if n++; n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled walk returned %v", err)
	}
}
