package git

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// compareWithGit runs the fast path and git diff-index (without rename
// detection, which the fast path never needs) and checks they agree.
// It returns whether the fast path answered.
func compareWithGit(t *testing.T, dir string) bool {
	t.Helper()
	repo, cf := openWithCatFile(t, dir)
	fast, ok, err := repo.indexChanges(cf)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return false
	}
	out, err := repo.Output(context.Background(), "diff-index", "--cached", "-z", "--raw", "--no-abbrev", "HEAD", "--")
	if err != nil {
		t.Fatal(err)
	}
	want, err := parseRaw(out)
	if err != nil {
		t.Fatal(err)
	}
	// Changes of mode only are not content: the fast path leaves them out.
	var kept []Change
	for _, c := range want {
		if c.OldOID != c.NewOID {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Path < kept[j].Path })
	if len(fast) == 0 && len(kept) == 0 {
		return true
	}
	if !reflect.DeepEqual(fast, kept) {
		t.Errorf("fast path:\n%s\ngit diff-index:\n%s", dumpChanges(fast), dumpChanges(kept))
	}
	return true
}

func dumpChanges(cs []Change) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "  %c %s %s %s %s %s\n", c.Status, c.OldMode, c.NewMode, c.OldOID[:8], c.NewOID[:8], c.Path)
	}
	return b.String()
}

func TestIndexChangesMatchDiffIndex(t *testing.T) {
	r := newTestRepo(t)
	for d := 0; d < 12; d++ {
		for f := 0; f < 12; f++ {
			r.Write(fmt.Sprintf("d%02d/sub%d/f%02d.txt", d, d%3, f), fmt.Sprintf("file %d %d\n", d, f))
		}
	}
	r.Write("a-b", "x\n")
	r.Write("a.txt", "x\n")
	r.Write("a/z.txt", "x\n")
	r.Write("top.txt", "top\n")
	r.Git("add", ".")
	r.Commit("base")
	// Each state is compared with the changed folders asked by path,
	// level by level by id, and as they come (few by path).
	check := func(name string) {
		t.Helper()
		defer func(n int) { maxDirsByPath = n }(maxDirsByPath)
		for _, n := range []int{1 << 20, 0, 16} {
			maxDirsByPath = n
			if !compareWithGit(t, r.Dir) {
				t.Errorf("%s (folders by path up to %d): the fast path did not answer", name, n)
			}
		}
	}
	check("nothing staged")

	r.Write("d03/sub0/f01.txt", "changed\n")
	r.Write("d07/sub1/new.txt", "new\n")
	r.Write("newdir/deep/er/x.txt", "new\n")
	r.Write("a/z.txt", "y\n")
	r.Write("a-c", "new\n")
	r.Write("top.txt", "top\ntwo\n")
	r.Git("add", ".")
	check("modified and added")

	if err := os.Chmod(filepath.Join(r.Dir, "d05/sub2/f03.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("top.txt", filepath.Join(r.Dir, "link")); err == nil {
		r.Git("add", "link")
	}
	r.Git("add", ".")
	r.Git("update-index", "--add", "--cacheinfo", "160000,1234567890123456789012345678901234567890,vendor/mod")
	check("mode change, symlink, gitlink")

	for _, v := range []string{"4", "3", "2"} {
		r.Git("update-index", "--index-version", v)
		check("index version " + v)
	}
	r.Git("update-index", "--skip-worktree", "d01/sub1/f01.txt") // extended flags
	check("extended flags")

	// Optional extensions: untracked cache, end of index, offset table.
	r.Git("config", "core.untrackedCache", "true")
	r.Git("config", "index.recordEndOfIndexEntries", "true")
	r.Git("config", "index.recordOffsetTable", "true")
	r.Git("update-index", "--untracked-cache")
	r.Git("status", "--porcelain")
	r.Write("d02/sub2/f02.txt", "changed again\n")
	r.Git("add", "d02")
	check("optional extensions")

	r.Commit("second")
	check("all committed")
	r.Write("d09/sub0/f09.txt", "after commit\n")
	r.Git("add", "d09") // not ".": that would stage the gitlink's removal
	check("one change after a commit")

	// A valid cache tree that differs from HEAD: git write-tree (as some
	// pre-commit tools run) and a soft reset both leave one.
	r.Git("write-tree")
	check("after write-tree")
	r.Commit("third")
	r.Git("reset", "-q", "--soft", "HEAD~2")
	check("after a soft reset")
}

func TestIndexChangesFallBack(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a/b.txt", "b\n")
	r.Write("c.txt", "c\n")
	r.Git("add", ".")
	repo, err := Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	fast := func() bool {
		t.Helper()
		cf := NewCatFile(context.Background(), repo)
		defer cf.Close()
		_, ok, err := repo.indexChanges(cf)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if fast() {
		t.Error("no commit yet: the fast path answered")
	}
	r.Commit("one")
	for _, tc := range []struct {
		name     string
		do, undo []string
	}{
		{"deletion", []string{"rm", "-q", "--cached", "c.txt"}, []string{"add", "c.txt"}},
		{"directory deleted", []string{"rm", "-q", "-r", "--cached", "a"}, []string{"add", "a"}},
		{"intent to add", []string{"add", "-N", "new.txt"}, []string{"rm", "-q", "--cached", "new.txt"}},
		{"split index", []string{"update-index", "--split-index"}, []string{"update-index", "--no-split-index"}},
	} {
		if tc.name == "intent to add" {
			r.Write("new.txt", "n\n")
		}
		r.Git(tc.do...)
		if fast() {
			t.Errorf("%s: the fast path answered", tc.name)
		}
		r.Git(tc.undo...)
		if !fast() {
			t.Errorf("after undoing %s: the fast path did not answer", tc.name)
		}
	}
	// A corrupt index is left to git, which names the problem.
	if err := os.WriteFile(repo.IndexFile, []byte("DIRC\x00\x00\x00\x02garbage and more garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fast() {
		t.Error("corrupt index: the fast path answered")
	}
}

// TestParseIndexNeverPanics feeds the parser every truncation and many
// corruptions of real index files (versions 2, 3 and 4).
func TestParseIndexNeverPanics(t *testing.T) {
	r := newTestRepo(t)
	for i := 0; i < 20; i++ {
		r.Write(fmt.Sprintf("d%d/f%d.txt", i%4, i), fmt.Sprintf("%d\n", i))
	}
	r.Git("add", ".")
	r.Commit("one")
	r.Git("update-index", "--skip-worktree", "d1/f1.txt")
	for _, v := range []string{"2", "3", "4"} {
		r.Git("update-index", "--index-version", v)
		good, err := os.ReadFile(filepath.Join(r.Dir, ".git", "index"))
		if err != nil {
			t.Fatal(err)
		}
		x := &indexFile{data: good, paths: good, hashLen: 20}
		if err := x.parse(); err != nil || len(x.entries) != 20 || x.tree == nil {
			t.Fatalf("version %s: %v, %d entries, tree %v", v, err, len(x.entries), x.tree)
		}
		if p := string(x.path(x.entries[19])); p != "d3/f7.txt" {
			t.Errorf("version %s: last path %q", v, p)
		}
		for n := 0; n < len(good); n++ {
			b := append([]byte(nil), good[:n]...)
			(&indexFile{data: b, paths: b, hashLen: 20}).parse()
			c := append([]byte(nil), good...)
			c[n] ^= 0xA5
			(&indexFile{data: c, paths: c, hashLen: 20}).parse()
		}
	}
}
