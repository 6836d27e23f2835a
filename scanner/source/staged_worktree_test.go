package source

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/internal/gittest"
)

// TestStagedReadsMatchingWorkTreeFile: a work-tree file that hashes to
// the staged blob is read from the work tree and the blob is never asked
// of git (issue 15: each object read once, no inflating): with the loose
// blob deleted from the object store, the scan still yields it. Before,
// git reported the blob missing.
func TestStagedReadsMatchingWorkTreeFile(t *testing.T) {
	for _, sha256 := range []bool{false, true} {
		r := newTestRepo(t)
		if sha256 {
			r = gittest.NewSHA256(t)
		}
		r.Write("app.py", "import os\n")
		r.Git("add", ".")
		r.Commit("one")
		r.Write("app.py", "import os\nKEY = 'staged'\n")
		r.Git("add", "app.py")
		oid := strings.TrimSpace(r.Git("rev-parse", ":app.py"))
		loose := filepath.Join(r.Dir, ".git", "objects", oid[:2], oid[2:])
		if err := os.Remove(loose); err != nil {
			t.Fatal(err)
		}
		f := mustScan(t, r.Dir, Options{})["app.py"]
		if !bytes.Contains(f.Data, []byte("KEY = 'staged'")) {
			t.Errorf("sha256=%v: data %q, want the staged content", sha256, f.Data)
		}
		wantLines(t, f, lineSet(2, 2))
	}
}

// TestStagedWorkTreeOtherContentFromGit: when the work-tree file is not
// the staged blob (a clean filter rewrote it on `git add`; the file
// changed after staging; a Git LFS-like pointer), the blob is read from
// git: the scan is of the staged content, whatever the work tree holds.
func TestStagedWorkTreeOtherContentFromGit(t *testing.T) {
	r := newTestRepo(t)
	r.Git("config", "filter.fill.clean", "sed s/PLACEHOLDER/filled-by-filter/")
	r.Git("config", "filter.fill.smudge", "cat")
	r.Write(".gitattributes", "*.cfg filter=fill\n")
	r.Write("a.cfg", "x = 1\n")
	r.Write("b.py", "y = 1\n")
	r.Git("add", ".")
	r.Commit("one")
	r.Write("a.cfg", "x = 1\nvalue = PLACEHOLDER\n")
	r.Write("b.py", "y = 1\nstaged = True\n")
	r.Git("add", ".")
	r.Write("b.py", "y = 1\nchanged after add, longer than the staged line\n")
	got := mustScan(t, r.Dir, Options{})
	if a := got["a.cfg"]; !bytes.Contains(a.Data, []byte("filled-by-filter")) {
		t.Errorf("a.cfg: data %q, want the filtered staged blob", a.Data)
	}
	if b := got["b.py"]; !bytes.Contains(b.Data, []byte("staged = True")) {
		t.Errorf("b.py: data %q, want the staged blob", b.Data)
	}
}

// TestStagedWorkTreeNoLinkedFolder: a folder swapped for a symbolic link
// after `git add` is not followed out of the repository, even to a file
// that holds the staged blob: with the blob gone from the object store,
// the scan reports it missing rather than reading through the link.
func TestStagedWorkTreeNoLinkedFolder(t *testing.T) {
	r := newTestRepo(t)
	r.Write("keep.txt", "x\n")
	r.Git("add", ".")
	r.Commit("one")
	r.Write("conf/app.cfg", "value = 1\n")
	r.Git("add", ".")
	oid := strings.TrimSpace(r.Git("rev-parse", ":conf/app.cfg"))
	if err := os.Remove(filepath.Join(r.Dir, ".git", "objects", oid[:2], oid[2:])); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "conf")
	if err := os.Rename(filepath.Join(r.Dir, "conf"), outside); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(r.Dir, "conf")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	got, err := scanStaged(t, r.Dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("read through a linked folder: fragments %v, error %v", got, err)
	}
}
