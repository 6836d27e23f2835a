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
	"github.com/envguard/envguard/scanner/internal/gittest"
	"github.com/envguard/envguard/scanner/pipeline"
)

func newTestRepo(t *testing.T) *gittest.Repo { return gittest.New(t) }

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
	r.Write("app.py", "import os\n")
	r.Git("add", ".")
	r.Commit("one")

	// Staged, then removed from the work tree: the staged blob counts.
	r.Write("app.py", "import os\nKEY = 'staged-only'\n")
	r.Git("add", "app.py")
	r.Write("app.py", "import os\n")
	// Only in the work tree: not staged, not scanned.
	r.Write("other.py", "x = 1\n")
	r.Git("add", "other.py")
	r.Write("other.py", "x = 1\nKEY = 'worktree-only'\n")

	got := mustScan(t, r.Dir, Options{})
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
	r.Write("a.txt", "one\ntwo\n")
	r.Write("dir/b.txt", "three\n")
	r.Git("add", ".")
	got := mustScan(t, r.Dir, Options{})
	if len(got) != 2 {
		t.Fatalf("got %d fragments, want 2: %v", len(got), got)
	}
	for _, p := range []string{"a.txt", "dir/b.txt"} {
		wantLines(t, got[p], nil)
	}
}

func TestStagedNothingStaged(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a.txt", "one\n")
	r.Git("add", ".")
	r.Commit("one")
	if got := mustScan(t, r.Dir, Options{}); len(got) != 0 {
		t.Errorf("got %v, want nothing", got)
	}
	r.Git("rm", "-q", "--cached", "a.txt")
	r.Commit("empty tree")
	if got := mustScan(t, r.Dir, Options{}); len(got) != 0 {
		t.Errorf("after emptying: got %v, want nothing", got)
	}
}

func TestStagedOnlyAddedLines(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a.txt", "keep\nSECRET=old\nkeep2\n")
	r.Git("add", ".")
	r.Commit("one")
	r.Write("a.txt", "new first\nkeep\nSECRET=old\nkeep2\nnew last\n")
	r.Git("add", ".")
	got := mustScan(t, r.Dir, Options{})
	wantLines(t, got["a.txt"], lineSet(1, 1, 5, 5))

	// Only deletions: nothing to scan.
	r.Commit("two")
	r.Write("a.txt", "keep\n")
	r.Git("add", ".")
	if got := mustScan(t, r.Dir, Options{}); len(got) != 0 {
		t.Errorf("deleting lines yielded %v", got)
	}
}

func TestStagedRenameAndDelete(t *testing.T) {
	r := newTestRepo(t)
	r.Write("old.env.py", "A = 1\nSECRET = 'in-head'\nB = 2\nC = 3\n")
	r.Write("pure.txt", "just moved\n")
	r.Write("gone.txt", "bye\n")
	r.Git("add", ".")
	r.Commit("one")
	r.Git("mv", "old.env.py", "new.py")
	r.Write("new.py", "A = 1\nSECRET = 'in-head'\nB = 2\nC = 3\nD = 4\n")
	if err := os.Mkdir(filepath.Join(r.Dir, "moved"), 0o755); err != nil {
		t.Fatal(err)
	}
	r.Git("mv", "pure.txt", "moved/pure.txt")
	r.Git("rm", "-q", "gone.txt")
	r.Git("add", ".")
	got := mustScan(t, r.Dir, Options{})
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
	r.Write("big.txt", strings.Repeat("0123456789\n", 100))
	r.Write("small.txt", "small\n")
	r.Git("add", ".")
	// Issue 14: a file over an explicit cap is an error of the scan...
	got, err := scanStaged(t, r.Dir, Options{MaxFileSize: 500})
	if list, ok := pipeline.AsErrorList(err); !ok || len(list) != 1 || list[0].Path != "big.txt" || !strings.Contains(err.Error(), "not scanned: larger than") {
		t.Errorf("over the cap: %v, want one error naming big.txt", err)
	}
	if _, ok := got["big.txt"]; ok {
		t.Errorf("big.txt yielded: %+v", got["big.txt"])
	}
	// ... unless the config lets that path go unscanned.
	got = mustScan(t, r.Dir, Options{MaxFileSize: 500, MayGoUnscanned: func(p string) bool { return p == "big.txt" }})
	if f := got["big.txt"]; !strings.Contains(f.Skip, "larger than") || f.Data != nil {
		t.Errorf("big.txt: %+v, want skipped as too large", f)
	}
	if f := got["small.txt"]; f.Skip != "" || string(f.Data) != "small\n" {
		t.Errorf("small.txt: %+v", f)
	}
}

func TestStagedSymlinkAndGitlink(t *testing.T) {
	r := newTestRepo(t)
	if err := os.Symlink("/etc/passwd", filepath.Join(r.Dir, "link")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	r.Git("add", "link")
	// A gitlink needs no object: it names a commit of another repository.
	r.Git("update-index", "--add", "--cacheinfo", "160000,1234567890123456789012345678901234567890,sub")
	got := mustScan(t, r.Dir, Options{})
	if f := got["link"]; string(f.Data) != "/etc/passwd" {
		t.Errorf("link: data %q, want the link's target as text", f.Data)
	}
	if f := got["sub"]; f.Skip != "submodule" {
		t.Errorf("sub: %+v, want skipped as a submodule", f)
	}
}

func TestStagedTemporaryIndex(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a.txt", "one\n")
	r.Git("add", ".")
	r.Commit("one")
	// The default index has nothing staged; another index has a change,
	// as when git runs a hook under `git commit -a`.
	alt := filepath.Join(r.Dir, ".git", "alt-index")
	r.Write("a.txt", "one\ntwo\n")
	cmd := exec.Command("git", "add", "a.txt")
	cmd.Dir = r.Dir
	cmd.Env = append(os.Environ(), "GIT_INDEX_FILE="+alt)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got := mustScan(t, r.Dir, Options{}); len(got) != 0 {
		t.Errorf("default index: got %v, want nothing", got)
	}
	t.Setenv("GIT_INDEX_FILE", alt)
	got := mustScan(t, r.Dir, Options{})
	wantLines(t, got["a.txt"], lineSet(2, 2))
}

func TestStagedWorktreeAndSubdir(t *testing.T) {
	r := newTestRepo(t)
	r.Write("pkg/a.txt", "one\n")
	r.Git("add", ".")
	r.Commit("one")
	wt := filepath.Join(t.TempDir(), "wt")
	r.Git("worktree", "add", "-q", "-b", "side", wt)
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
	if got := mustScan(t, r.Dir, Options{}); len(got) != 0 {
		t.Errorf("main worktree: got %v, want nothing", got)
	}
}

func TestStagedCorruptIndex(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a.txt", "one\n")
	r.Git("add", ".")
	r.Commit("one")
	if err := os.WriteFile(filepath.Join(r.Dir, ".git", "index"), []byte("DIRC garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := scanStaged(t, r.Dir, Options{})
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
		r.Write(n, n+"\n")
	}
	r.Git("add", ".")
	repo, err := git.Open(r.Dir)
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
		r.Write(n, "content of "+n+"\n")
	}
	r.Git("add", ".")
	got := mustScan(t, r.Dir, Options{})
	for _, n := range names {
		if f, ok := got[n]; !ok || string(f.Data) != "content of "+n+"\n" {
			t.Errorf("%q: got %+v", n, f)
		}
	}
}

func TestStagedSHA256(t *testing.T) {
	r := gittest.NewSHA256(t)
	r.Write("a.txt", "one\n")
	r.Git("add", ".")
	got := mustScan(t, r.Dir, Options{}) // first commit: against the empty tree
	wantLines(t, got["a.txt"], nil)
	r.Commit("one")
	r.Write("a.txt", "one\ntwo\n")
	r.Git("add", ".")
	got = mustScan(t, r.Dir, Options{})
	wantLines(t, got["a.txt"], lineSet(2, 2))
}

func TestStagedTypeChange(t *testing.T) {
	r := newTestRepo(t)
	r.Write("target.txt", "KEY=in-head\n")
	r.Write("cfg", "KEY=in-head\n")
	r.Git("add", ".")
	r.Commit("one")
	if err := os.Remove(filepath.Join(r.Dir, "cfg")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.txt", filepath.Join(r.Dir, "cfg")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	r.Git("add", "cfg")
	got := mustScan(t, r.Dir, Options{})
	if f := got["cfg"]; string(f.Data) != "target.txt" {
		t.Errorf("cfg: data %q, want the link's target, never the file it points to", f.Data)
	}
}

func TestStagedUnmerged(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a.txt", "base\n")
	r.Git("add", ".")
	r.Commit("base")
	r.Git("checkout", "-q", "-b", "other")
	r.Write("a.txt", "other\n")
	r.Git("commit", "-q", "-am", "other")
	r.Git("checkout", "-q", "main")
	r.Write("a.txt", "main\n")
	r.Git("commit", "-q", "-am", "main")
	cmd := exec.Command("git", "merge", "-q", "other")
	cmd.Dir = r.Dir
	if err := cmd.Run(); err == nil {
		t.Fatal("the merge did not conflict")
	}
	got := mustScan(t, r.Dir, Options{})
	if f := got["a.txt"]; !strings.HasPrefix(f.Skip, "unmerged") {
		t.Errorf("a.txt: %+v, want skipped as unmerged", f)
	}
}
