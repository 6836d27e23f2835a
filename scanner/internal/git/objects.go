package git

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// objectStore reads a repository's objects in process: loose objects and
// packs with a version 2 index, deltas resolved. It serves the pre-commit
// hook, which needs HEAD's changed trees and the old versions of a few
// files: reading them here costs no `git cat-file` start (about 1 ms of
// the hook's critical path, and a core's worth of CPU while it starts),
// and the few blobs are inflated on both cores at once.
//
// It answers only what it can answer for certain; anything else (an
// object it does not find, a name it does not resolve, a format it does
// not know) goes to git, so a wrong answer is never given: it is never
// used where git would read other objects (alternates, replace refs; see
// [localObjectsUsable]).
//
// Why not go-git's packfile reader: its index decoder reads the whole
// pack index into memory before its first lookup (57 ms for 256,000
// objects), and its scanner hashes everything it reads; here the index is
// memory-mapped and binary-searched, as git does, and only the objects
// asked for are read.
type objectStore struct {
	gitDir, objects string
	hashLen         int
	open            func() []*pack
	head            func() ([]byte, bool) // HEAD's tree, resolved once
	mu              sync.Mutex
	trees           map[string]map[string]treeEntry // parsed trees of path walks, by raw id
	// bases keeps inflated objects that deltas were applied to, by pack
	// and offset (a tree's delta chain shares its bases with its
	// siblings'), up to baseCacheBytes.
	bases     map[baseKey]cachedBase
	baseBytes int
}

// baseKey names an object of a pack by its offset.
type baseKey struct {
	p   *pack
	off int
}

// cachedBase is an inflated delta base.
type cachedBase struct {
	typ  int
	data []byte
}

// baseCacheBytes bounds the delta base cache.
const baseCacheBytes = 16 << 20

// pack is one mapped pack and its index.
type pack struct {
	idx, data []byte
	n         int // objects
}

// newObjectStore returns a store over the objects of the repository whose
// git directory (HEAD) and common directory (objects, refs) are given.
func newObjectStore(gitDir, commonDir string, hashLen int) *objectStore {
	s := &objectStore{gitDir: gitDir, objects: filepath.Join(commonDir, "objects"), hashLen: hashLen}
	s.open = sync.OnceValue(s.openPacks)
	s.head = sync.OnceValues(s.headTree)
	s.trees = map[string]map[string]treeEntry{}
	s.bases = map[baseKey]cachedBase{}
	return s
}

// localObjectsUsable reports whether reading commonDir's objects in
// process gives what git gives: no alternates (objects git would also
// read elsewhere) and no replace refs (which git applies when reading).
func localObjectsUsable(commonDir string) bool {
	if _, err := os.Lstat(filepath.Join(commonDir, "objects", "info", "alternates")); !os.IsNotExist(err) {
		return false
	}
	if ents, err := os.ReadDir(filepath.Join(commonDir, "refs", "replace")); err == nil && len(ents) > 0 {
		return false
	}
	if data, err := os.ReadFile(filepath.Join(commonDir, "packed-refs")); err == nil && bytes.Contains(data, []byte(" refs/replace/")) {
		return false
	}
	return true
}

// openPacks maps every pack with a version 2 index; a pack it cannot map
// is left out (its objects then go to git).
func (s *objectStore) openPacks() []*pack {
	idxs, _ := filepath.Glob(filepath.Join(s.objects, "pack", "*.idx"))
	var packs []*pack
	for _, ip := range idxs {
		packPath := strings.TrimSuffix(ip, ".idx") + ".pack"
		if !regularFile(ip) || !regularFile(packPath) {
			continue // a link: git reads it, if it will
		}
		idx, _, err := mapFile(ip)
		if err != nil || len(idx) < 8+256*4 || !bytes.Equal(idx[:8], []byte("\xfftOc\x00\x00\x00\x02")) {
			continue
		}
		data, _, err := mapFile(packPath)
		if err != nil || len(data) < 12 || string(data[:4]) != "PACK" {
			continue
		}
		n := int(binary.BigEndian.Uint32(idx[8+255*4:]))
		if len(idx) < 8+256*4+n*(s.hashLen+8) {
			continue
		}
		packs = append(packs, &pack{idx: idx, data: data, n: n})
	}
	// The maps stay for the process: the hook reads a few objects once.
	return packs
}

// errNotLocal means the store cannot answer: git is asked.
var errNotLocal = errors.New("object not read in process")

// find returns the pack holding the raw id oid and the object's offset.
func (s *objectStore) find(oid []byte) (*pack, int, bool) {
	if len(oid) != s.hashLen {
		return nil, 0, false
	}
	for _, p := range s.open() {
		fan := p.idx[8:]
		lo := 0
		if oid[0] > 0 {
			lo = int(binary.BigEndian.Uint32(fan[(int(oid[0])-1)*4:]))
		}
		hi := int(binary.BigEndian.Uint32(fan[int(oid[0])*4:]))
		if lo > hi || hi > p.n {
			continue // a damaged index: git is asked
		}
		names := p.idx[8+256*4:]
		i := lo + sort.Search(hi-lo, func(k int) bool {
			return bytes.Compare(names[(lo+k)*s.hashLen:(lo+k+1)*s.hashLen], oid) >= 0
		})
		if i >= hi || !bytes.Equal(names[i*s.hashLen:(i+1)*s.hashLen], oid) {
			continue
		}
		offs := names[p.n*s.hashLen+p.n*4:] // after the names and the CRCs
		off := binary.BigEndian.Uint32(offs[i*4:])
		if off&0x80000000 == 0 {
			return p, int(off), true
		}
		large := offs[p.n*4:]
		k := int(off & 0x7fffffff)
		if (k+1)*8 > len(large) {
			return nil, 0, false
		}
		return p, int(binary.BigEndian.Uint64(large[k*8:])), true
	}
	return nil, 0, false
}

// Object types of a pack.
const (
	objCommit   = 1
	objTree     = 2
	objBlob     = 3
	objTag      = 4
	objOfsDelta = 6
	objRefDelta = 7
)

var typeNames = [...]string{objCommit: "commit", objTree: "tree", objBlob: "blob", objTag: "tag"}

// read returns the type and content of the object with raw id oid; limit,
// when above 0, is the largest content read (a larger one is errTooLarge).
func (s *objectStore) read(oid []byte, limit int64) (typ string, data []byte, err error) {
	if p, off, ok := s.find(oid); ok {
		t, data, err := s.readPacked(p, off, limit, 0)
		if err != nil {
			return "", nil, err
		}
		return typeNames[t], data, nil
	}
	return s.readLoose(oid, limit)
}

// errTooLarge means an object is larger than the limit asked.
var errTooLarge = errors.New("object larger than the limit")

// readPacked reads the object at off of p, resolving deltas.
func (s *objectStore) readPacked(p *pack, off int, limit int64, depth int) (int, []byte, error) {
	if depth > 64 || off < 12 || off >= len(p.data) {
		return 0, nil, errNotLocal
	}
	d := p.data[off:]
	typ, size, i, ok := objectHeader(d)
	if !ok {
		return 0, nil, errNotLocal
	}
	switch typ {
	case objCommit, objTree, objBlob, objTag:
		if limit > 0 && size > uint64(limit) {
			return 0, nil, errTooLarge
		}
		data, err := inflate(d[i:], size)
		return typ, data, err
	case objOfsDelta:
		back, k, ok := ofsDeltaBack(d[i:])
		if !ok || back > uint64(off) {
			return 0, nil, errNotLocal
		}
		i += k
		delta, err := inflate(d[i:], size)
		if err != nil {
			return 0, nil, err
		}
		if limit > 0 && deltaTargetSize(delta) > uint64(limit) {
			return 0, nil, errTooLarge
		}
		t, base, err := s.base(p, off-int(back), depth+1)
		if err != nil {
			return 0, nil, err
		}
		data, err := applyDelta(base, delta)
		return t, data, err
	case objRefDelta:
		if i+s.hashLen > len(d) {
			return 0, nil, errNotLocal
		}
		baseID := d[i : i+s.hashLen]
		delta, err := inflate(d[i+s.hashLen:], size)
		if err != nil {
			return 0, nil, err
		}
		if limit > 0 && deltaTargetSize(delta) > uint64(limit) {
			return 0, nil, errTooLarge
		}
		bp, boff, ok := s.find(baseID)
		if !ok {
			return 0, nil, errNotLocal
		}
		t, base, err := s.base(bp, boff, depth+1)
		if err != nil {
			return 0, nil, err
		}
		data, err := applyDelta(base, delta)
		return t, data, err
	}
	return 0, nil, errNotLocal
}

// base reads a delta's base through the cache of bases.
func (s *objectStore) base(p *pack, off, depth int) (int, []byte, error) {
	k := baseKey{p, off}
	s.mu.Lock()
	b, ok := s.bases[k]
	s.mu.Unlock()
	if ok {
		return b.typ, b.data, nil
	}
	t, data, err := s.readPacked(p, off, 0, depth)
	if err != nil {
		return 0, nil, err
	}
	s.mu.Lock()
	if s.baseBytes+len(data) <= baseCacheBytes {
		s.bases[k] = cachedBase{t, data}
		s.baseBytes += len(data)
	}
	s.mu.Unlock()
	return t, data, nil
}

// readLoose reads a loose object: zlib of "TYPE SIZE\0CONTENT".
func (s *objectStore) readLoose(oid []byte, limit int64) (string, []byte, error) {
	typ, size, z, closeFn, err := s.looseHeader(oid)
	if err != nil {
		return "", nil, err
	}
	defer closeFn()
	if limit > 0 && size > limit {
		return "", nil, errTooLarge
	}
	data, err := readSized(z, uint64(size))
	if err != nil {
		return "", nil, err
	}
	return typ, data, nil
}

// looseHeader opens a loose object and reads its header; the reader is
// left at the content.
func (s *objectStore) looseHeader(oid []byte) (typ string, size int64, z io.Reader, closeFn func(), err error) {
	h := hex.EncodeToString(oid)
	p := filepath.Join(s.objects, h[:2], h[2:])
	if !regularFile(p) {
		return "", 0, nil, nil, errNotLocal
	}
	f, err := os.Open(p)
	if err != nil {
		return "", 0, nil, nil, errNotLocal
	}
	zr, err := zlib.NewReader(f)
	if err != nil {
		f.Close()
		return "", 0, nil, nil, errNotLocal
	}
	closeFn = func() { zr.Close(); f.Close() }
	var head []byte
	var one [1]byte
	for len(head) < 32 {
		if _, err := io.ReadFull(zr, one[:]); err != nil {
			closeFn()
			return "", 0, nil, nil, errNotLocal
		}
		if one[0] == 0 {
			break
		}
		head = append(head, one[0])
	}
	typ, sz, ok := strings.Cut(string(head), " ")
	size, err = parseSize(sz)
	if !ok || err != nil || (typ != "blob" && typ != "tree" && typ != "commit" && typ != "tag") {
		closeFn()
		return "", 0, nil, nil, errNotLocal
	}
	return typ, size, zr, closeFn, nil
}

// resolve returns the raw id a name of the hook's requests names: a hex
// id, "HEAD^{tree}" or "HEAD:<dir>"; ok is false when git must say.
func (s *objectStore) resolve(name string) (oid []byte, ok bool) {
	if len(name) == 2*s.hashLen {
		id, err := hex.DecodeString(name)
		return id, err == nil
	}
	root, ok := s.head()
	if !ok {
		return nil, false
	}
	if name == "HEAD^{tree}" {
		return root, true
	}
	path, isPath := strings.CutPrefix(name, "HEAD:")
	if !isPath || path == "" {
		return nil, false
	}
	id := root
	for part := range strings.SplitSeq(path, "/") {
		tree, ok := s.tree(id)
		e, found := tree[part]
		if !ok || !found || e.mode != 0o040000 {
			return nil, false
		}
		id = e.oid
	}
	return id, true
}

// tree returns the parsed tree with raw id oid, kept for the next path
// walk (the folders asked by path share their parents).
func (s *objectStore) tree(oid []byte) (map[string]treeEntry, bool) {
	s.mu.Lock()
	t, ok := s.trees[string(oid)]
	s.mu.Unlock()
	if ok {
		return t, true
	}
	typ, data, err := s.read(oid, 0)
	if err != nil || typ != "tree" {
		return nil, false
	}
	if t, ok = parseTree(data, s.hashLen); !ok {
		return nil, false
	}
	s.mu.Lock()
	s.trees[string(oid)] = t
	s.mu.Unlock()
	return t, true
}

// headTree returns the raw id of HEAD's tree.
func (s *objectStore) headTree() ([]byte, bool) {
	commit, ok := s.resolveRef("HEAD", 0)
	if !ok {
		return nil, false
	}
	typ, data, err := s.read(commit, 0)
	if err != nil || typ != "commit" || !bytes.HasPrefix(data, []byte("tree ")) || len(data) < 5+2*s.hashLen {
		return nil, false
	}
	id, err := hex.DecodeString(string(data[5 : 5+2*s.hashLen]))
	return id, err == nil
}

// resolveRef reads a ref (HEAD, or refs/...) from its file or from
// packed-refs, following symbolic refs.
func (s *objectStore) resolveRef(name string, depth int) ([]byte, bool) {
	if depth > 5 {
		return nil, false
	}
	dir := filepath.Dir(s.objects) // the common directory
	if name == "HEAD" {
		dir = s.gitDir
	}
	if data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name))); err == nil {
		line := strings.TrimSpace(string(data))
		if target, ok := strings.CutPrefix(line, "ref: "); ok {
			return s.resolveRef(target, depth+1)
		}
		id, err := hex.DecodeString(line)
		return id, err == nil && len(id) == s.hashLen
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(s.objects), "packed-refs"))
	if err != nil {
		return nil, false
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if id, ref, ok := strings.Cut(line, " "); ok && ref == name {
			raw, err := hex.DecodeString(id)
			return raw, err == nil && len(raw) == s.hashLen
		}
	}
	return nil, false
}

// regularFile reports a regular file, not a link to one: the store never
// follows a link out of the repository (git is asked instead).
func regularFile(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode().IsRegular()
}
