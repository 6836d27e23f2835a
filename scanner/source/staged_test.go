package source

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// testRepo is a real repository made with the git binary in a temp dir.
type testRepo struct {
	t   *testing.T
	dir string
}

func newTestRepo(t *testing.T) *testRepo {
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
	r := &testRepo{t: t, dir: filepath.Join(t.TempDir(), "repo")}
	r.git("init", "-q", "-b", "main", r.dir)
	r.git("config", "user.name", "test")
	r.git("config", "user.email", "test@example.com")
	return r
}

// git runs git in the repository and returns its output.
func (r *testRepo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	if args[0] != "init" {
		cmd.Dir = r.dir
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (r *testRepo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *testRepo) commit(msg string) {
	r.t.Helper()
	r.git("commit", "-q", "--allow-empty", "-m", msg)
}

// scan opens the repository from dir and collects the staged fragments
// by path.
func scanStaged(t *testing.T, dir string, opts Options) (map[string]pipeline.Fragment, error) {
	t.Helper()
	repo, err := git.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]pipeline.Fragment{}
	err = Staged(repo, opts).Fragments(context.Background(), func(f pipeline.Fragment) error {
		if _, dup := got[f.Path]; dup {
			t.Errorf("%s yielded twice", f.Path)
		}
		got[f.Path] = f
		return nil
	})
	return got, err
}

func mustScan(t *testing.T, dir string, opts Options) map[string]pipeline.Fragment {
	t.Helper()
	got, err := scanStaged(t, dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func wantLines(t *testing.T, f pipeline.Fragment, want pipeline.LineSet) {
	t.Helper()
	if want == nil && f.Lines != nil || want != nil && (f.Lines == nil || !equalLines(f.Lines, want)) {
		t.Errorf("%s: lines %v, want %v", f.Path, f.Lines, want)
	}
}

// lineSet builds a LineSet from pairs of from, to.
func lineSet(pairs ...int) pipeline.LineSet {
	s := pipeline.LineSet{}
	for i := 0; i+1 < len(pairs); i += 2 {
		s = append(s, pipeline.LineRange{From: pairs[i], To: pairs[i+1]})
	}
	return s
}

func equalLines(a, b pipeline.LineSet) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestStagedPartialStaging(t *testing.T) {
	r := newTestRepo(t)
	r.write("app.py", "import os\n")
	r.git("add", ".")
	r.commit("one")

	// Staged, then removed from the work tree: the staged blob counts.
	r.write("app.py", "import os\nKEY = 'staged-only'\n")
	r.git("add", "app.py")
	r.write("app.py", "import os\n")
	// Only in the work tree: not staged, not scanned.
	r.write("other.py", "x = 1\n")
	r.git("add", "other.py")
	r.write("other.py", "x = 1\nKEY = 'worktree-only'\n")

	got := mustScan(t, r.dir, Options{})
	f, ok := got["app.py"]
	if !ok {
		t.Fatalf("app.py not yielded: %v", got)
	}
	if !bytes.Contains(f.Data, []byte("staged-only")) {
		t.Errorf("app.py: data %q is not the staged blob", f.Data)
	}
	wantLines(t, f, lineSet(2, 2))
	if o := got["other.py"]; bytes.Contains(o.Data, []byte("worktree-only")) {
		t.Errorf("other.py: read the work tree: %q", o.Data)
	}
}

func TestStagedFirstCommit(t *testing.T) {
	r := newTestRepo(t)
	r.write("a.txt", "one\ntwo\n")
	r.write("dir/b.txt", "three\n")
	r.git("add", ".")
	got := mustScan(t, r.dir, Options{})
	if len(got) != 2 {
		t.Fatalf("got %d fragments, want 2: %v", len(got), got)
	}
	for _, p := range []string{"a.txt", "dir/b.txt"} {
		wantLines(t, got[p], nil)
	}
}

func TestStagedNothingStaged(t *testing.T) {
	r := newTestRepo(t)
	r.write("a.txt", "one\n")
	r.git("add", ".")
	r.commit("one")
	if got := mustScan(t, r.dir, Options{}); len(got) != 0 {
		t.Errorf("got %v, want nothing", got)
	}
	r.git("rm", "-q", "--cached", "a.txt")
	r.commit("empty tree")
	if got := mustScan(t, r.dir, Options{}); len(got) != 0 {
		t.Errorf("after emptying: got %v, want nothing", got)
	}
}

func TestStagedOnlyAddedLines(t *testing.T) {
	r := newTestRepo(t)
	r.write("a.txt", "keep\nSECRET=old\nkeep2\n")
	r.git("add", ".")
	r.commit("one")
	r.write("a.txt", "new first\nkeep\nSECRET=old\nkeep2\nnew last\n")
	r.git("add", ".")
	got := mustScan(t, r.dir, Options{})
	wantLines(t, got["a.txt"], lineSet(1, 1, 5, 5))

	// Only deletions: nothing to scan.
	r.commit("two")
	r.write("a.txt", "keep\n")
	r.git("add", ".")
	if got := mustScan(t, r.dir, Options{}); len(got) != 0 {
		t.Errorf("deleting lines yielded %v", got)
	}
}

func TestStagedRenameAndDelete(t *testing.T) {
	r := newTestRepo(t)
	r.write("old.env.py", "A = 1\nSECRET = 'in-head'\nB = 2\nC = 3\n")
	r.write("pure.txt", "just moved\n")
	r.write("gone.txt", "bye\n")
	r.git("add", ".")
	r.commit("one")
	r.git("mv", "old.env.py", "new.py")
	r.write("new.py", "A = 1\nSECRET = 'in-head'\nB = 2\nC = 3\nD = 4\n")
	if err := os.Mkdir(filepath.Join(r.dir, "moved"), 0o755); err != nil {
		t.Fatal(err)
	}
	r.git("mv", "pure.txt", "moved/pure.txt")
	r.git("rm", "-q", "gone.txt")
	r.git("add", ".")
	got := mustScan(t, r.dir, Options{})
	wantLines(t, got["new.py"], lineSet(5, 5))
	if f, ok := got["moved/pure.txt"]; ok {
		t.Errorf("a pure rename was yielded: %+v", f)
	}
	if f := got["gone.txt"]; f.Skip != "deleted" || f.Data != nil {
		t.Errorf("gone.txt: %+v, want skipped as deleted", f)
	}
}

func TestStagedMaxFileSize(t *testing.T) {
	r := newTestRepo(t)
	r.write("big.txt", strings.Repeat("0123456789\n", 100))
	r.write("small.txt", "small\n")
	r.git("add", ".")
	got := mustScan(t, r.dir, Options{MaxFileSize: 500})
	if f := got["big.txt"]; !strings.Contains(f.Skip, "larger than") || f.Data != nil {
		t.Errorf("big.txt: %+v, want skipped as too large", f)
	}
	if f := got["small.txt"]; f.Skip != "" || string(f.Data) != "small\n" {
		t.Errorf("small.txt: %+v", f)
	}
}

func TestStagedSymlinkAndGitlink(t *testing.T) {
	r := newTestRepo(t)
	if err := os.Symlink("/etc/passwd", filepath.Join(r.dir, "link")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	r.git("add", "link")
	// A gitlink needs no object: it names a commit of another repository.
	r.git("update-index", "--add", "--cacheinfo", "160000,1234567890123456789012345678901234567890,sub")
	got := mustScan(t, r.dir, Options{})
	if f := got["link"]; string(f.Data) != "/etc/passwd" {
		t.Errorf("link: data %q, want the link's target as text", f.Data)
	}
	if f := got["sub"]; f.Skip != "submodule" {
		t.Errorf("sub: %+v, want skipped as a submodule", f)
	}
}

func TestStagedTemporaryIndex(t *testing.T) {
	r := newTestRepo(t)
	r.write("a.txt", "one\n")
	r.git("add", ".")
	r.commit("one")
	// The default index has nothing staged; another index has a change,
	// as when git runs a hook under `git commit -a`.
	alt := filepath.Join(r.dir, ".git", "alt-index")
	r.write("a.txt", "one\ntwo\n")
	cmd := exec.Command("git", "add", "a.txt")
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_INDEX_FILE="+alt)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got := mustScan(t, r.dir, Options{}); len(got) != 0 {
		t.Errorf("default index: got %v, want nothing", got)
	}
	t.Setenv("GIT_INDEX_FILE", alt)
	got := mustScan(t, r.dir, Options{})
	wantLines(t, got["a.txt"], lineSet(2, 2))
}

func TestStagedWorktreeAndSubdir(t *testing.T) {
	r := newTestRepo(t)
	r.write("pkg/a.txt", "one\n")
	r.git("add", ".")
	r.commit("one")
	wt := filepath.Join(t.TempDir(), "wt")
	r.git("worktree", "add", "-q", "-b", "side", wt)
	if err := os.WriteFile(filepath.Join(wt, "pkg", "a.txt"), []byte("one\nside\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("git", "add", "pkg/a.txt")
	cmd.Dir = wt
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	got := mustScan(t, filepath.Join(wt, "pkg"), Options{})
	wantLines(t, got["pkg/a.txt"], lineSet(2, 2))
	if got := mustScan(t, r.dir, Options{}); len(got) != 0 {
		t.Errorf("main worktree: got %v, want nothing", got)
	}
}

func TestStagedCorruptIndex(t *testing.T) {
	r := newTestRepo(t)
	r.write("a.txt", "one\n")
	r.git("add", ".")
	r.commit("one")
	if err := os.WriteFile(filepath.Join(r.dir, ".git", "index"), []byte("DIRC garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := scanStaged(t, r.dir, Options{})
	if !errors.Is(err, ErrIndex) {
		t.Fatalf("err = %v, want ErrIndex", err)
	}
	if !strings.Contains(err.Error(), "index") {
		t.Errorf("message %q does not name the index", err)
	}
}

func TestStagedStopsOnYieldError(t *testing.T) {
	r := newTestRepo(t)
	for _, n := range []string{"a", "b", "c"} {
		r.write(n, n+"\n")
	}
	r.git("add", ".")
	repo, err := git.Open(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	n := 0
	err = Staged(repo, Options{}).Fragments(context.Background(), func(pipeline.Fragment) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err = %v after %d fragments, want stop after 1", err, n)
	}
}

func TestStagedOddNames(t *testing.T) {
	r := newTestRepo(t)
	names := []string{"with space.txt", "tab\there.txt", "new\nline.txt", "café/ünï.txt", `quote"d.txt`}
	for _, n := range names {
		r.write(n, "content of "+n+"\n")
	}
	r.git("add", ".")
	got := mustScan(t, r.dir, Options{})
	for _, n := range names {
		if f, ok := got[n]; !ok || string(f.Data) != "content of "+n+"\n" {
			t.Errorf("%q: got %+v", n, f)
		}
	}
}

func TestStagedSHA256(t *testing.T) {
	r := newTestRepo(t)
	r.dir = filepath.Join(t.TempDir(), "repo256")
	if _, err := exec.Command("git", "init", "-q", "--object-format=sha256", r.dir).CombinedOutput(); err != nil {
		t.Skip("git without sha256 support:", err)
	}
	r.write("a.txt", "one\n")
	r.git("add", ".")
	got := mustScan(t, r.dir, Options{}) // first commit: against the empty tree
	wantLines(t, got["a.txt"], nil)
	r.git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one")
	r.write("a.txt", "one\ntwo\n")
	r.git("add", ".")
	got = mustScan(t, r.dir, Options{})
	wantLines(t, got["a.txt"], lineSet(2, 2))
}

func TestStagedTypeChange(t *testing.T) {
	r := newTestRepo(t)
	r.write("target.txt", "KEY=in-head\n")
	r.write("cfg", "KEY=in-head\n")
	r.git("add", ".")
	r.commit("one")
	if err := os.Remove(filepath.Join(r.dir, "cfg")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.txt", filepath.Join(r.dir, "cfg")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	r.git("add", "cfg")
	got := mustScan(t, r.dir, Options{})
	if f := got["cfg"]; string(f.Data) != "target.txt" {
		t.Errorf("cfg: data %q, want the link's target, never the file it points to", f.Data)
	}
}

func TestStagedUnmerged(t *testing.T) {
	r := newTestRepo(t)
	r.write("a.txt", "base\n")
	r.git("add", ".")
	r.commit("base")
	r.git("checkout", "-q", "-b", "other")
	r.write("a.txt", "other\n")
	r.git("commit", "-q", "-am", "other")
	r.git("checkout", "-q", "main")
	r.write("a.txt", "main\n")
	r.git("commit", "-q", "-am", "main")
	cmd := exec.Command("git", "merge", "-q", "other")
	cmd.Dir = r.dir
	if err := cmd.Run(); err == nil {
		t.Fatal("the merge did not conflict")
	}
	got := mustScan(t, r.dir, Options{})
	if f := got["a.txt"]; !strings.HasPrefix(f.Skip, "unmerged") {
		t.Errorf("a.txt: %+v, want skipped as unmerged", f)
	}
}
