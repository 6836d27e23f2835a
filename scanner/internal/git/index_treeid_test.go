package git

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/internal/gittest"
)

// TestTreeIDsMatchWriteTree: the tree ids computed from the index are the
// ids git write-tree gives the same index, for the root and every folder
// (executable files, links, a submodule, names that sort around '/'),
// with SHA-1 and SHA-256 ids.
func TestTreeIDsMatchWriteTree(t *testing.T) {
	for _, g := range []*gittest.Repo{gittest.New(t), gittest.NewSHA256(t)} {
		g.Write("a.txt", "a\n")
		g.Write("a/b/c.txt", "c\n")
		g.Write("a-b", "x\n")
		g.Write("a.b/d", "d\n")
		g.Write("z/deep/er/e.sh", "#!/bin/sh\n")
		if err := os.Chmod(filepath.Join(g.Dir, "z/deep/er/e.sh"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("a.txt", filepath.Join(g.Dir, "link")); err != nil {
			t.Skip("no symlinks here")
		}
		g.Git("add", ".")
		sub := strings.Repeat("1", 40)
		if strings.Contains(g.Git("rev-parse", "--show-object-format"), "sha256") {
			sub = strings.Repeat("1", 64)
		}
		g.Git("update-index", "--add", "--cacheinfo", "160000,"+sub+",vendor/mod")
		r, err := Open(g.Dir)
		if err != nil {
			t.Fatal(err)
		}
		idx, err := readIndex(r.IndexFile, r.HashLen)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string][]byte{}
		idx.treeIDs("", idx.entries, ids)
		idx.close()
		root := strings.TrimSpace(g.Git("write-tree"))
		if got := hex.EncodeToString(ids[""]); got != root {
			t.Fatalf("root: %s, git write-tree %s", got, root)
		}
		for dir, id := range ids {
			if dir == "" {
				continue
			}
			want := strings.TrimSpace(g.Git("rev-parse", root+":"+strings.TrimSuffix(dir, "/")))
			if got := hex.EncodeToString(id); got != want {
				t.Errorf("%s: %s, git %s", dir, got, want)
			}
		}
		if len(ids) < 7 {
			t.Errorf("only %d folders", len(ids))
		}
	}
}
