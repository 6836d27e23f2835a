package git

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/internal/gittest"
)

// allObjects returns every object of the repository at dir as git reads
// it: id -> type and content.
func allObjects(t *testing.T, dir string) map[string][2]string {
	t.Helper()
	cmd := exec.Command("git", "cat-file", "--batch-all-objects", "--batch")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	objs := map[string][2]string{}
	r := bufio.NewReader(bytes.NewReader(out))
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			return objs
		}
		f := strings.Fields(line)
		if err != nil || len(f) != 3 {
			t.Fatalf("cat-file header %q: %v", line, err)
		}
		n, _ := strconv.Atoi(f[2])
		data := make([]byte, n+1)
		if _, err := io.ReadFull(r, data); err != nil {
			t.Fatal(err)
		}
		objs[f[0]] = [2]string{f[1], string(data[:n])}
	}
}

// historyRepo makes a repository with a history whose files change a
// little at each commit (so that packing makes delta chains), some
// objects packed, a few loose.
func historyRepo(t *testing.T, g *gittest.Repo) {
	t.Helper()
	var big strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&big, "line %d of a file that changes a little at each commit\n", i)
	}
	text := big.String()
	for c := 0; c < 30; c++ {
		text = strings.Replace(text, fmt.Sprintf("line %d ", c*37), fmt.Sprintf("LINE %d changed ", c*37), 1)
		g.Write("big.txt", text)
		g.Write(fmt.Sprintf("dir%d/f.txt", c%4), fmt.Sprintf("content %d\n", c))
		g.Write("dir1/sub/deep.txt", strings.Repeat(fmt.Sprint(c), 100))
		g.Git("add", ".")
		g.Commit(fmt.Sprintf("commit %d", c))
		if c == 20 {
			g.Git("gc", "-q", "--aggressive")
		}
	}
}

// TestObjectStoreAgreesWithGit reads every object of repositories with
// packs (with delta chains) and loose objects, SHA-1 and SHA-256, and
// compares each with what git reads.
func TestObjectStoreAgreesWithGit(t *testing.T) {
	for _, g := range []*gittest.Repo{gittest.New(t), gittest.NewSHA256(t)} {
		historyRepo(t, g)
		r, ok := plainRepo(g.Dir)
		if !ok || !localObjectsUsable(r.CommonDir) {
			t.Fatal("a plain repository is not read in process")
		}
		s := newObjectStore(r.GitDir, r.CommonDir, r.HashLen)
		if len(s.open()) == 0 {
			t.Fatal("no pack opened")
		}
		objs := allObjects(t, g.Dir)
		for id, want := range objs {
			raw, _ := hex.DecodeString(id)
			typ, data, err := s.read(raw, 0)
			if err != nil || typ != want[0] || string(data) != want[1] {
				t.Fatalf("object %s: %s %d bytes, %v; git: %s %d bytes", id, typ, len(data), err, want[0], len(want[1]))
			}
		}
		// Names the hook asks.
		for name, rev := range map[string]string{"HEAD^{tree}": "HEAD^{tree}", "HEAD:dir1/sub": "HEAD:dir1/sub"} {
			id, ok := s.resolve(name)
			if want := strings.TrimSpace(g.Git("rev-parse", rev)); !ok || hex.EncodeToString(id) != want {
				t.Errorf("%s: %x, %v; git says %s", name, id, ok, want)
			}
		}
		if _, ok := s.resolve("HEAD:big.txt"); ok {
			t.Error("a file's path resolved as a folder")
		}
		// Packed refs, then a detached HEAD (HEAD is resolved once per
		// store: a run sees one HEAD).
		g.Git("pack-refs", "--all")
		s = newObjectStore(r.GitDir, r.CommonDir, r.HashLen)
		if id, ok := s.resolve("HEAD^{tree}"); !ok || hex.EncodeToString(id) != strings.TrimSpace(g.Git("rev-parse", "HEAD^{tree}")) {
			t.Error("HEAD through packed-refs")
		}
		g.Git("checkout", "-q", "--detach", "HEAD~3")
		s = newObjectStore(r.GitDir, r.CommonDir, r.HashLen)
		if id, ok := s.resolve("HEAD^{tree}"); !ok || hex.EncodeToString(id) != strings.TrimSpace(g.Git("rev-parse", "HEAD^{tree}")) {
			t.Error("detached HEAD")
		}
	}
}

// TestObjectStoreDeclines: where git would read other objects than the
// repository's own (alternates, replace refs), nothing is read in process.
func TestObjectStoreDeclines(t *testing.T) {
	g := gittest.New(t)
	g.Write("a.txt", "a\n")
	g.Git("add", ".")
	g.Commit("one")
	r, _ := plainRepo(g.Dir)
	if !localObjectsUsable(r.CommonDir) {
		t.Fatal("plain repository declined")
	}
	first := strings.TrimSpace(g.Git("rev-parse", "HEAD"))
	g.Write("a.txt", "b\n")
	g.Git("add", ".")
	g.Commit("two")
	head := strings.TrimSpace(g.Git("rev-parse", "HEAD"))
	g.Git("replace", head, first)
	if localObjectsUsable(r.CommonDir) {
		t.Error("replace refs: objects read in process")
	}
	g.Git("replace", "-d", head)
	if err := os.WriteFile(r.CommonDir+"/objects/info/alternates", []byte("/elsewhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if localObjectsUsable(r.CommonDir) {
		t.Error("alternates: objects read in process")
	}
}

// TestApplyDeltaRejectsBadInput: a delta that does not fit its base, or
// is cut, is an error, never a panic.
func TestApplyDeltaRejectsBadInput(t *testing.T) {
	base := []byte("hello world")
	for _, d := range [][]byte{
		{}, {11}, {12, 5, 0x90, 5}, {11, 5, 0x91, 8, 10}, {11, 3, 4, 'a', 'b'}, {11, 2, 0},
	} {
		if _, err := applyDelta(base, d); err == nil {
			t.Errorf("delta %v applied", d)
		}
	}
	if out, err := applyDelta(base, []byte{11, 5, 0x90, 5}); err != nil || string(out) != "hello" {
		t.Errorf("copy of 5: %q, %v", out, err)
	}
}

// FuzzApplyDelta: any delta, against any base, is applied or refused,
// never a panic, and what is applied has the size the delta names.
func FuzzApplyDelta(f *testing.F) {
	f.Add([]byte("hello world"), []byte{11, 5, 0x90, 5})
	f.Add([]byte("abc"), []byte{3, 6, 0x90, 3, 3, 'x', 'y', 'z'})
	f.Add([]byte{}, []byte{0, 1, 1, 'a'})
	f.Fuzz(func(t *testing.T, base, delta []byte) {
		out, err := applyDelta(base, delta)
		if err == nil && uint64(len(out)) != deltaTargetSize(delta) {
			t.Fatalf("applied %d bytes, delta names %d", len(out), deltaTargetSize(delta))
		}
	})
}

// FuzzReadPacked: a pack of arbitrary bytes is read or refused, never a
// panic.
func FuzzReadPacked(f *testing.F) {
	f.Add([]byte("PACK\x00\x00\x00\x02\x00\x00\x00\x01\x30\x78\x9c\x03\x00\x00\x00\x00\x01"), 12)
	f.Add([]byte("PACK\x00\x00\x00\x02\x00\x00\x00\x01\x6c\x05\x78\x9c\x03\x00\x00\x00\x00\x01"), 12)
	f.Fuzz(func(t *testing.T, data []byte, off int) {
		s := &objectStore{hashLen: 20, bases: map[baseKey]cachedBase{}}
		s.open = func() []*pack { return nil }
		s.readPacked(&pack{data: data}, off, 1<<20, 0)
	})
}

// TestReadPackedHugeSize: an object header that names 3 GiB with a few
// bytes behind it is refused without allocating 3 GiB.
func TestReadPackedHugeSize(t *testing.T) {
	// type blob, size 3 GiB: 0xb0 | low 4 bits, then 7-bit groups.
	hdr := []byte{0xb0, 0x80, 0x80, 0x80, 0x60}
	data := append([]byte("PACK\x00\x00\x00\x02\x00\x00\x00\x01"), hdr...)
	data = append(data, 0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01)
	s := &objectStore{hashLen: 20, bases: map[baseKey]cachedBase{}}
	s.open = func() []*pack { return nil }
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, _, err := s.readPacked(&pack{data: data}, 12, 0, 0); err == nil {
		t.Fatal("a 3 GiB object from 8 bytes was read")
	}
	runtime.ReadMemStats(&after)
	if after.TotalAlloc-before.TotalAlloc > 8<<20 {
		t.Errorf("refusing it allocated %d bytes", after.TotalAlloc-before.TotalAlloc)
	}
}

// TestObjectStoreDamagedIndex: a pack index whose fan-out table names more
// objects than it holds, and ids of the wrong length, are answered "ask
// git", never a panic.
func TestObjectStoreDamagedIndex(t *testing.T) {
	idx := append([]byte("\xfftOc\x00\x00\x00\x02"), make([]byte, 256*4)...)
	for b := 0x10; b < 256; b++ {
		binary.BigEndian.PutUint32(idx[8+b*4:], 1000) // 1,000 objects from 0x10 on
	}
	binary.BigEndian.PutUint32(idx[8+255*4:], 1) // but the total says 1
	idx = append(idx, make([]byte, 20+8)...)
	s := &objectStore{hashLen: 20}
	s.open = func() []*pack { return []*pack{{idx: idx, data: []byte("PACK"), n: 1}} }
	for _, oid := range [][]byte{bytes.Repeat([]byte{0x42}, 20), {0x42}, nil} {
		if _, _, ok := s.find(oid); ok {
			t.Errorf("found %x in a damaged index", oid)
		}
	}
}

// TestObjectStoreFollowsNoLinks: an object file or a pack that is a link
// is not read in process (git, asked instead, decides).
func TestObjectStoreFollowsNoLinks(t *testing.T) {
	g := gittest.New(t)
	g.Write("a.txt", "a\n")
	g.Git("add", ".")
	oid := strings.TrimSpace(g.Git("rev-parse", ":a.txt"))
	r, _ := plainRepo(g.Dir)
	loose := filepath.Join(r.CommonDir, "objects", oid[:2], oid[2:])
	outside := filepath.Join(t.TempDir(), "object")
	if err := os.Rename(loose, outside); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, loose); err != nil {
		t.Skip("no symlinks here")
	}
	raw, _ := hex.DecodeString(oid)
	s := newObjectStore(r.GitDir, r.CommonDir, r.HashLen)
	if _, _, err := s.read(raw, 0); err == nil {
		t.Error("a loose object behind a link was read")
	}
	g.Git("gc", "-q")
	packs, _ := filepath.Glob(filepath.Join(r.CommonDir, "objects", "pack", "*.pack"))
	if len(packs) != 1 {
		t.Fatalf("packs %v", packs)
	}
	moved := filepath.Join(t.TempDir(), "p.pack")
	if err := os.Rename(packs[0], moved); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(moved, packs[0]); err != nil {
		t.Fatal(err)
	}
	if s := newObjectStore(r.GitDir, r.CommonDir, r.HashLen); len(s.open()) != 0 {
		t.Error("a pack behind a link was mapped")
	}
}
