package git

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// v4Index builds a version 4 index whose entries have the given raw
// path-prefix varints and names.
func v4Index(varints [][]byte, names []string) []byte {
	var b bytes.Buffer
	b.WriteString("DIRC")
	binary.Write(&b, binary.BigEndian, uint32(4))
	binary.Write(&b, binary.BigEndian, uint32(len(names)))
	for i, name := range names {
		fixed := make([]byte, 40+20+2)
		binary.BigEndian.PutUint32(fixed[24:], 0o100644)
		fixed[40] = byte(i + 1) // an object id
		binary.BigEndian.PutUint16(fixed[60:], uint16(len(name)))
		b.Write(fixed)
		b.Write(varints[i])
		b.WriteString(name)
		b.WriteByte(0)
	}
	b.Write(make([]byte, 20)) // the trailing hash
	return b.Bytes()
}

// Issue 14: a version 4 path-prefix varint of 9 bytes overflowed into a
// negative length and panicked the reader ("slice bounds out of range").
func TestIndexV4LongVarint(t *testing.T) {
	for _, v := range [][]byte{
		{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F},
		{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00},
		{0x81, 0x00},
	} {
		data := v4Index([][]byte{{0}, v}, []string{"abc", "d"})
		x := &indexFile{data: data, paths: data, hashLen: 20}
		if err := x.parse(); err == nil {
			t.Errorf("varint % x: parsed, want errSlowPath", v)
		}
	}
	data := v4Index([][]byte{{0}, {2}}, []string{"abc", "d"})
	x := &indexFile{data: data, paths: data, hashLen: 20}
	if err := x.parse(); err != nil || string(x.path(x.entries[1])) != "ad" {
		t.Fatalf("a good version 4 index: %v", err)
	}
}

// indexSeeds returns real index files: versions 2, 3 and 4, extended
// flags, a cache tree, an untracked cache, a split index (both files) and
// a sparse index, for a SHA-1 repository and, when git supports it, a
// SHA-256 one.
func indexSeeds(t testing.TB) [][]byte {
	root := t.TempDir()
	var seeds [][]byte
	for _, format := range []string{"sha1", "sha256"} {
		dir := filepath.Join(root, format)
		run := func(args ...string) {
			cmd := exec.Command("git", args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+root, "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
				"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Logf("git %v: %v\n%s", args, err, out)
			}
		}
		grab := func() {
			matches, _ := filepath.Glob(filepath.Join(dir, ".git", "*index*"))
			for _, m := range matches {
				if b, err := os.ReadFile(m); err == nil {
					seeds = append(seeds, b)
				}
			}
		}
		for i := 0; i < 12; i++ {
			p := filepath.Join(dir, fmt.Sprintf("d%d", i%3), fmt.Sprintf("sub%d", i%2), fmt.Sprintf("f%d.txt", i))
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte(fmt.Sprintf("%d\n", i)), 0o644)
		}
		run("init", "-q", "--object-format="+format)
		run("add", ".")
		run("commit", "-qm", "one")
		run("update-index", "--skip-worktree", "d1/sub1/f1.txt")
		for _, v := range []string{"2", "3", "4"} {
			run("update-index", "--index-version", v)
			grab()
		}
		run("update-index", "--untracked-cache")
		run("status", "--porcelain")
		grab()
		run("update-index", "--split-index")
		grab()
		run("update-index", "--no-split-index")
		run("config", "index.sparse", "true")
		run("sparse-checkout", "set", "--cone", "d0")
		grab()
	}
	return seeds
}

// FuzzIndex checks that the index reader never panics and that every
// entry it returns lies inside the input, on real indexes and their
// mutations. go test runs the seeds; go test -fuzz=FuzzIndex explores.
func FuzzIndex(f *testing.F) {
	if _, err := exec.LookPath("git"); err != nil {
		f.Skip("no git")
	}
	for _, s := range indexSeeds(f) {
		f.Add(s)
	}
	f.Add(v4Index([][]byte{{0}, {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F}}, []string{"abc", "d"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, hashLen := range []int{20, 32} {
			x := &indexFile{data: data, paths: data, hashLen: hashLen}
			if x.parse() != nil {
				continue
			}
			if len(x.paths) > 2*len(data)+maxIndexPaths {
				t.Fatalf("%d bytes of paths from a %d-byte index", len(x.paths), len(data))
			}
			for _, e := range x.entries {
				_ = x.path(e)
				_ = x.oid(e)
			}
		}
	})
}
