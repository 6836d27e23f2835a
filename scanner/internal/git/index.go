package git

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"strconv"
	"strings"
)

// errSlowPath means the fast path cannot answer; git diff-index will.
var errSlowPath = errors.New("the index needs git diff-index")

// indexEntry is one entry of the index file, as offsets into the file's
// bytes: 16 bytes an entry and no allocation (fresh memory is what costs
// most on a busy machine, in page faults).
type indexEntry struct {
	pathOff, pathLen, oidOff, mode uint32
}

// indexFile is a parsed index. It points into data, which is mapped:
// call close when done.
type indexFile struct {
	entries []indexEntry
	tree    *cacheTree
	data    []byte // the file: object ids
	paths   []byte // the file, or the paths a version 4 index compresses
	hashLen int
	close   func()
}

func (x *indexFile) path(e indexEntry) []byte {
	return x.paths[e.pathOff : e.pathOff+e.pathLen]
}

func (x *indexFile) oid(e indexEntry) []byte {
	return x.data[e.oidOff : int(e.oidOff)+x.hashLen]
}

// cacheTree is a node of the index's cache-tree extension.
type cacheTree struct {
	valid bool
	oid   []byte // raw
	sub   map[string]*cacheTree
}

// readIndex maps and parses the index file at path for a repository whose
// object ids are hashLen bytes long.
func readIndex(path string, hashLen int) (*indexFile, error) {
	data, unmap, err := mapFile(path)
	if err != nil {
		return nil, errSlowPath
	}
	x := &indexFile{data: data, paths: data, hashLen: hashLen, close: unmap}
	if err := x.parse(); err != nil {
		unmap()
		return nil, err
	}
	return x, nil
}

// parse parses the bytes of an index file.
func (x *indexFile) parse() error {
	data, hashLen := x.data, x.hashLen
	if len(data) < 12+hashLen || string(data[:4]) != "DIRC" {
		return errSlowPath
	}
	// Like git, which checks the trailing hash only in fsck, this trusts
	// an index that parses.
	body := data[:len(data)-hashLen]
	version := binary.BigEndian.Uint32(body[4:])
	if version < 2 || version > 4 || len(body) > 1<<31 {
		return errSlowPath
	}
	n := int(binary.BigEndian.Uint32(body[8:]))
	fixed := 40 + hashLen + 2
	if n > len(body)/fixed { // a corrupt count: do not trust it with memory
		return errSlowPath
	}
	x.entries = make([]indexEntry, 0, n)
	pathLimit := 0
	if version == 4 {
		x.paths = nil
		// Version 4 paths reuse the previous path's prefix, so a small
		// file can name long paths: bound what they may take.
		pathLimit = min(2*len(body)+maxIndexPaths, math.MaxUint32)
	}
	off := 12
	var prev []byte
	for i := 0; i < n; i++ {
		start := off
		if off+fixed > len(body) {
			return errSlowPath
		}
		e := indexEntry{mode: binary.BigEndian.Uint32(body[off+24:]), oidOff: uint32(off + 40)}
		flags := binary.BigEndian.Uint16(body[off+40+hashLen:])
		off += fixed
		if flags&0x3000 != 0 { // a conflict stage: unmerged
			return errSlowPath
		}
		if flags&0x4000 != 0 { // extended flags (version 3 and later)
			if version < 3 || off+2 > len(body) {
				return errSlowPath
			}
			if binary.BigEndian.Uint16(body[off:])&0x2000 != 0 { // intent to add
				return errSlowPath
			}
			off += 2
		}
		end := bytes.IndexByte(body[off:], 0)
		if version == 4 {
			strip, k := offsetVarint(body[off:])
			off += k
			end = bytes.IndexByte(body[off:], 0)
			if k == 0 || end < 0 || strip < 0 || strip > len(prev) {
				return errSlowPath
			}
			if len(x.paths)+len(prev)-strip+end > pathLimit {
				return errSlowPath // prefixes reused to blow up memory
			}
			e.pathOff = uint32(len(x.paths))
			x.paths = append(x.paths, prev[:len(prev)-strip]...)
			x.paths = append(x.paths, body[off:off+end]...)
			e.pathLen = uint32(len(x.paths)) - e.pathOff
			off += end + 1
		} else {
			if end < 0 {
				return errSlowPath
			}
			e.pathOff, e.pathLen = uint32(off), uint32(end)
			off = start + (off-start+end+8)&^7
		}
		if e.mode&0o170000 == 0o040000 { // a sparse-index directory
			return errSlowPath
		}
		prev = x.path(e)
		x.entries = append(x.entries, e)
	}
	tree, err := readExtensions(body, off, hashLen)
	x.tree = tree
	return err
}

// maxIndexPaths is the slack, beyond twice the file's size, that the
// paths of a version 4 index may take once expanded.
const maxIndexPaths = 1 << 20

// offsetVarint decodes git's offset varint; k is 0 on bad input,
// including a value past 1<<31 (a path is never that long; a 9-byte
// varint would overflow int).
func offsetVarint(b []byte) (v, k int) {
	if len(b) == 0 {
		return 0, 0
	}
	c := b[0]
	v, k = int(c&127), 1
	for c&128 != 0 {
		if k >= len(b) || v >= 1<<24 {
			return 0, 0
		}
		c = b[k]
		k++
		v = (v+1)<<7 | int(c&127)
	}
	return v, k
}

// readExtensions returns the cache tree, or nil when there is none. An
// extension git requires readers to understand (lower-case signature) that
// this code does not know, such as a split index ("link") or a sparse one
// ("sdir"), is errSlowPath.
func readExtensions(body []byte, off, hashLen int) (*cacheTree, error) {
	var tree *cacheTree
	for off+8 <= len(body) {
		sig := string(body[off : off+4])
		size := int(binary.BigEndian.Uint32(body[off+4:]))
		off += 8
		if size < 0 || off+size > len(body) {
			return nil, errSlowPath
		}
		ext := body[off : off+size]
		off += size
		switch {
		case sig == "TREE":
			t, rest, ok := parseCacheTree(ext, hashLen, 0)
			if !ok || len(rest) != 0 {
				return nil, errSlowPath
			}
			tree = t
		case sig[0] < 'A' || sig[0] > 'Z':
			return nil, errSlowPath
		}
	}
	if off != len(body) {
		return nil, errSlowPath
	}
	return tree, nil
}

// parseCacheTree parses one node and its subtrees: "NAME\0COUNT SUBTREES\n"
// then the tree id when COUNT is not -1.
func parseCacheTree(b []byte, hashLen, depth int) (*cacheTree, []byte, bool) {
	name := bytes.IndexByte(b, 0)
	if name < 0 || depth > 4096 {
		return nil, nil, false
	}
	b = b[name+1:]
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 {
		return nil, nil, false
	}
	f := strings.Fields(string(b[:nl]))
	b = b[nl+1:]
	if len(f) != 2 {
		return nil, nil, false
	}
	count, err1 := strconv.Atoi(f[0])
	subs, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil || subs < 0 {
		return nil, nil, false
	}
	t := &cacheTree{valid: count >= 0, sub: map[string]*cacheTree{}}
	if t.valid {
		if len(b) < hashLen {
			return nil, nil, false
		}
		t.oid, b = b[:hashLen], b[hashLen:]
	}
	for i := 0; i < subs; i++ {
		childName := ""
		if n := bytes.IndexByte(b, 0); n >= 0 {
			childName = string(b[:n])
		}
		child, rest, ok := parseCacheTree(b, hashLen, depth+1)
		if !ok {
			return nil, nil, false
		}
		t.sub[childName], b = child, rest
	}
	return t, b, true
}
