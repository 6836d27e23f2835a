package git

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"hash"
	"strconv"
)

// treeIDs computes, as git write-tree would, the tree id of folder dir
// ("" or "a/b/") from its index entries (in index order, which is git's
// tree order), stores it and its subfolders' in ids, and returns it. An
// id computed this way equals HEAD's only if the folder's entries are
// HEAD's, byte for byte: a folder whose cache-tree node git invalidated
// (`git add -u` invalidates them all) but whose content did not change is
// then skipped without reading its tree. The index reader has already
// sent unmerged and intent-to-add entries, which a tree cannot hold, to
// the slow path.
func (x *indexFile) treeIDs(dir string, entries []indexEntry, ids map[string][]byte) []byte {
	var body []byte
	for i := 0; i < len(entries); {
		p := x.path(entries[i])
		rest := p[len(dir):]
		slash := bytes.IndexByte(rest, '/')
		if slash < 0 {
			e := entries[i]
			body = strconv.AppendUint(body, uint64(e.mode), 8)
			body = append(body, ' ')
			body = append(body, rest...)
			body = append(body, 0)
			body = append(body, x.oid(e)...)
			i++
			continue
		}
		prefix := p[:len(dir)+slash+1]
		k := i
		for k < len(entries) && bytes.HasPrefix(x.path(entries[k]), prefix) {
			k++
		}
		sub := x.treeIDs(string(prefix), entries[i:k], ids)
		body = append(body, "40000 "...)
		body = append(body, rest[:slash]...)
		body = append(body, 0)
		body = append(body, sub...)
		i = k
	}
	id := ObjectID(x.hashLen, "tree", body)
	ids[dir] = id
	return id
}

// ObjectID is the raw id git gives an object of type typ and content
// body: the SHA-1 (hashLen 20) or SHA-256 of "TYPE SIZE\0" and body.
func ObjectID(hashLen int, typ string, body []byte) []byte {
	var h hash.Hash
	if hashLen == sha256.Size {
		h = sha256.New()
	} else {
		h = sha1.New()
	}
	h.Write([]byte(typ + " " + strconv.Itoa(len(body)) + "\x00"))
	h.Write(body)
	return h.Sum(nil)
}
