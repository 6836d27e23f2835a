package git

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
)

// ErrIndex means git could not read the index (the staging area): it is
// corrupt, truncated or not readable by this user.
var ErrIndex = errors.New("cannot read the git index")

// Change is one staged change: a line of `git diff-index --raw -z`
// output.
type Change struct {
	// Status is A, M, R, T, D or U (C is never asked for).
	Status byte
	// OldMode and NewMode are octal git modes ("100644"; ModeNone when
	// the side has no file).
	OldMode, NewMode string
	// OldOID and NewOID are hex object ids (all zeros on the side with no
	// file).
	OldOID, NewOID string
	// OldPath is the renamed path (R only); Path the path in the index.
	OldPath, Path string
}

// Modes of a [Change] side.
const (
	ModeGitlink = "160000" // a submodule
	ModeNone    = "000000" // no file on that side
)

// HasOld reports whether the change has an old blob to compare with.
func (c *Change) HasOld() bool {
	return c.OldMode != ModeNone && c.OldMode != ModeGitlink && c.Status != 'A'
}

// StagedChanges returns what the index changes relative to HEAD (or to
// the empty tree before the first commit): every added, modified,
// renamed, type-changed, deleted or unmerged path, sorted by path. It
// reads HEAD's trees through cf.
//
// The fast path reads the index file itself and compares it with HEAD's
// tree through cf, the process the staged scan needs anyway, so a commit costs one git process instead of two (about
// 25 ms of CPU on the benchmark repository, where `git diff-index`
// re-reads and re-checks what this does).
//
// The index's cache-tree extension names the tree of every directory that
// has not changed since it was last written: a directory whose cached tree
// equals HEAD's is skipped whole, so only the changed directories' trees
// are read. Anything unusual goes to `git diff-index`,
// which stays the reference: a deletion (it may be half of a rename that
// needs git's similarity detection), an unmerged or intent-to-add entry,
// a split or sparse index, an unknown required extension, no commit yet,
// or an index that does not parse or whose checksum does not match. A
// test compares both paths on many changes.
func (r *Repo) StagedChanges(ctx context.Context, cf *CatFile) ([]Change, error) {
	changes, fast, err := r.indexChanges(cf)
	if err != nil || fast {
		return changes, err
	}
	return r.diffIndex(ctx)
}

// treeEntry is one entry of a tree object; oid is raw.
type treeEntry struct {
	mode uint32
	oid  []byte
}

// parseTree parses a tree object: "MODE NAME\0" and a raw id per entry.
func parseTree(data []byte, hashLen int) (map[string]treeEntry, bool) {
	m := map[string]treeEntry{}
	for len(data) > 0 {
		sp := bytes.IndexByte(data, ' ')
		nul := bytes.IndexByte(data, 0)
		if sp < 0 || nul < sp || nul+1+hashLen > len(data) {
			return nil, false
		}
		mode, err := strconv.ParseUint(string(data[:sp]), 8, 32)
		if err != nil {
			return nil, false
		}
		m[string(data[sp+1:nul])] = treeEntry{uint32(mode), data[nul+1 : nul+1+hashLen]}
		data = data[nul+1+hashLen:]
	}
	return m, true
}

// dirJob is a directory whose index entries differ from HEAD's tree, or
// may: its tree is read and compared entry by entry.
type dirJob struct {
	dir     string // "" or "a/b/"
	entries []indexEntry
	tree    []byte // raw id of the directory's tree in HEAD
	cache   *cacheTree
}

// indexChanges compares the index with HEAD's tree without git
// diff-index. ok is false when the slow path must answer.
//
// HEAD's trees are read in one round trip for the directories the
// index's cache tree marks as changed (asked by path, "HEAD:lib/app"),
// and level by level only for what that left out (no cache tree, or one
// that disagrees with HEAD), so that a change deep in the tree costs one
// exchange with git rather than one per level.
func (r *Repo) indexChanges(cf *CatFile) (changes []Change, ok bool, err error) {
	hashLen := r.HashLen
	idx, err := readIndex(r.IndexFile, hashLen)
	if err != nil {
		return nil, false, nil
	}
	defer idx.close()
	// The changed directories are asked by path with HEAD's root tree, in
	// one exchange, when they are few (a `git add FILE` leaves a file's
	// folders changed). When most are (`git add -u`, `git commit -a`
	// mark every folder changed), they are read level by level by id
	// below: git walks each path from the root again, and 100 paths cost
	// it 2.5 ms where 100 ids cost 0.5 ms and a level one exchange.
	names := []string{"HEAD^{tree}"}
	// ids holds, when most folders are marked changed, the tree id of
	// each folder's index entries: a folder whose id is HEAD's is equal
	// and is not read (what the cache tree would have said).
	var ids map[string][]byte
	if dirs := changedDirs(idx.tree, "", nil); len(dirs) <= maxDirsByPath {
		names = append(names, dirs...)
	} else {
		ids = map[string][]byte{}
		idx.treeIDs("", idx.entries, ids)
	}
	known := make(map[string][]byte, len(names)) // hex oid -> tree content
	var root []byte
	n := 0
	err = cf.Contents(names, func(in ObjectInfo, data []byte) error {
		n++
		if in.Missing || in.Type != "tree" {
			return nil
		}
		if n == 1 {
			root, _ = hex.DecodeString(in.OID)
		}
		known[in.OID] = data
		return nil
	})
	if err != nil || len(root) != hashLen {
		return nil, false, err
	}
	jobs := []dirJob{{entries: idx.entries, tree: root, cache: idx.tree}}
	for len(jobs) > 0 {
		var todo []dirJob
		var oids []string
		var next []dirJob
		// compare handles job j against its tree's content.
		compare := func(j dirJob, in ObjectInfo, data []byte) bool {
			tree, ok := parseTree(data, hashLen)
			if !ok || in.Type != "tree" {
				return false
			}
			var sub []dirJob
			if changes, sub, ok = idx.compareDir(j, tree, changes); !ok {
				return false
			}
			next = append(next, sub...)
			return true
		}
		for _, j := range jobs {
			if j.cache != nil && j.cache.valid && bytes.Equal(j.cache.oid, j.tree) {
				continue // unchanged since git last wrote this tree
			}
			if id, ok := ids[j.dir]; ok && bytes.Equal(id, j.tree) {
				continue // the index holds HEAD's tree here
			}
			id := hex.EncodeToString(j.tree)
			if data, ok := known[id]; ok {
				if !compare(j, ObjectInfo{OID: id, Type: "tree"}, data) {
					return nil, false, nil
				}
				continue
			}
			todo, oids = append(todo, j), append(oids, id)
		}
		i, slow := 0, false
		err := cf.Contents(oids, func(in ObjectInfo, data []byte) error {
			j := todo[i]
			i++
			if !slow && !compare(j, in, data) {
				slow = true // read the rest: git cat-file stays usable
			}
			return nil
		})
		if err != nil || slow {
			return nil, false, err
		}
		jobs = next
	}
	sort.Slice(changes, func(i, j int) bool { return changes[i].Path < changes[j].Path })
	return changes, true, nil
}

// maxDirsByPath is the most changed directories asked by path at once
// (a variable for tests).
var maxDirsByPath = 16

// changedDirs lists, as "HEAD:<dir>" names for git cat-file, the
// directories below dir (a "" or "a/b/" prefix) whose cache-tree node is
// invalid: those git saw change since it last wrote their tree. A name
// holding a line break cannot be asked on one line and is left to the
// level-by-level walk.
func changedDirs(t *cacheTree, dir string, out []string) []string {
	if t == nil || t.valid {
		return out
	}
	for name, sub := range t.sub {
		p := dir + name
		if sub.valid || strings.ContainsAny(p, "\n\r") {
			continue
		}
		out = append(out, "HEAD:"+p)
		out = changedDirs(sub, p+"/", out)
	}
	return out
}

// compareDir compares the index entries of one directory with its tree in
// HEAD, appends the changes of its files and returns its subdirectories
// to compare next. ok is false on a deletion or a file turned directory.
func (x *indexFile) compareDir(j dirJob, tree map[string]treeEntry, changes []Change) ([]Change, []dirJob, bool) {
	var sub []dirJob
	seen := 0
	for i := 0; i < len(j.entries); {
		rest := x.path(j.entries[i])[len(j.dir):]
		slash := bytes.IndexByte(rest, '/')
		if slash < 0 { // a file of this directory
			e := j.entries[i]
			i++
			te, inHead := tree[string(rest)]
			switch {
			case !inHead:
				changes = append(changes, x.added(e))
				continue
			case te.mode == 0o040000:
				return nil, nil, false
			case !bytes.Equal(te.oid, x.oid(e)):
				status := byte('M')
				if te.mode&0o170000 != e.mode&0o170000 {
					status = 'T'
				}
				changes = append(changes, Change{Status: status, OldMode: octal(te.mode), NewMode: octal(e.mode),
					OldOID: hex.EncodeToString(te.oid), NewOID: hex.EncodeToString(x.oid(e)), Path: string(x.path(e))})
			}
			seen++
			continue
		}
		name := rest[:slash]
		prefix := x.path(j.entries[i])[:len(j.dir)+slash+1]
		k := i
		for k < len(j.entries) && bytes.HasPrefix(x.path(j.entries[k]), prefix) {
			k++
		}
		te, inHead := tree[string(name)]
		switch {
		case !inHead:
			for _, e := range j.entries[i:k] {
				changes = append(changes, x.added(e))
			}
		case te.mode != 0o040000:
			return nil, nil, false
		default:
			var c *cacheTree
			if j.cache != nil {
				c = j.cache.sub[string(name)]
			}
			sub = append(sub, dirJob{dir: string(prefix), entries: j.entries[i:k], tree: te.oid, cache: c})
			seen++
		}
		i = k
	}
	if seen != len(tree) { // something in HEAD is not in the index
		return nil, nil, false
	}
	return changes, sub, true
}

// added is the change of an entry HEAD does not have.
func (x *indexFile) added(e indexEntry) Change {
	return Change{Status: 'A', OldMode: ModeNone, NewMode: octal(e.mode),
		OldOID: strings.Repeat("0", 2*x.hashLen), NewOID: hex.EncodeToString(x.oid(e)), Path: string(x.path(e))}
}

func octal(mode uint32) string { return strconv.FormatUint(uint64(mode), 8) }

// changes runs `git diff-index --cached` against HEAD, or against the
// empty tree before the first commit.
//
// Rename detection (-M) is on whatever the user's config says, so that a
// renamed file is compared with its old path's version.
func (r *Repo) diffIndex(ctx context.Context) ([]Change, error) {
	args := []string{"diff-index", "--cached", "-z", "--raw", "-M", "--no-abbrev", "--no-ext-diff"}
	out, err := r.Output(ctx, append(args, "HEAD", "--")...)
	if err != nil {
		// Most often there is no commit yet; ask before blaming the index.
		head, herr := r.Head(ctx)
		if herr != nil || head != "" {
			return nil, indexError(r, err)
		}
		empty, eerr := r.Output(ctx, "hash-object", "-t", "tree", "--stdin")
		if eerr != nil {
			return nil, eerr
		}
		out, err = r.Output(ctx, append(args, strings.TrimSpace(string(empty)), "--")...)
		if err != nil {
			return nil, indexError(r, err)
		}
	}
	return parseRaw(out)
}

// indexError wraps err in ErrIndex when git's message is about the index.
func indexError(repo *Repo, err error) error {
	var ge *GitError
	if errors.As(err, &ge) && strings.Contains(ge.Stderr, "index") {
		msg := strings.TrimSpace(ge.Stderr)
		msg = msg[strings.LastIndexByte(msg, '\n')+1:]
		msg = strings.TrimPrefix(msg, "fatal: ")
		if strings.Contains(msg, repo.IndexFile) {
			return fmt.Errorf("%w: %s", ErrIndex, msg)
		}
		return fmt.Errorf("%w %s: %s", ErrIndex, repo.IndexFile, msg)
	}
	return err
}

// parseRaw parses `--raw -z` output: ":OLDMODE NEWMODE OLD NEW STATUS\0PATH\0",
// with a second path after the old one for renames.
func parseRaw(out []byte) ([]Change, error) {
	fields := strings.Split(string(out), "\x00")
	var cs []Change
	for i := 0; i < len(fields); i++ {
		head := fields[i]
		if head == "" {
			continue
		}
		f := strings.Fields(strings.TrimPrefix(head, ":"))
		if !strings.HasPrefix(head, ":") || len(f) != 5 || i+1 >= len(fields) {
			return nil, fmt.Errorf("git diff-index: unexpected output %q", head)
		}
		c := Change{Status: f[4][0], OldMode: f[0], NewMode: f[1], OldOID: f[2], NewOID: f[3]}
		i++
		c.Path = fields[i]
		if c.Status == 'R' || c.Status == 'C' {
			if i+1 >= len(fields) {
				return nil, fmt.Errorf("git diff-index: rename without a new path in %q", head)
			}
			i++
			c.OldPath, c.Path = c.Path, fields[i]
		}
		cs = append(cs, c)
	}
	return cs, nil
}

// warmStaged is the staged scan's git work that [Repo.WarmStaged] started.
type warmStaged struct {
	cf      *CatFile
	cancel  context.CancelFunc
	done    chan struct{}
	changes []Change
	fast    bool
	err     error
}

// WarmStaged starts the work of [Repo.StagedReader] now: the `git
// cat-file` process, the index read, HEAD's changed trees and the old
// versions of a few modified files ([readOldAhead]), so that they run
// beside other work (the config and the rule set). Call it once,
// before the Repo is shared; if StagedReader is never called, the process
// ends when the Repo is collected, or with envguard.
//
// early, when not nil, is the process [StartEarly] started for this
// repository; it is used instead of starting another.
func (r *Repo) WarmStaged(early *Early) {
	var w *warmStaged
	var guess *guessedIndex
	if early != nil && early.guess != nil {
		guess = early.guess
		w = &warmStaged{cf: guess.cf, cancel: early.cancel, done: make(chan struct{})}
	} else if early != nil {
		w = &warmStaged{cf: &CatFile{ctx: early.ctx, repo: r, cmd: early.p}, cancel: early.cancel, done: make(chan struct{})}
	} else {
		ctx, cancel := context.WithCancel(context.Background())
		w = &warmStaged{cf: NewCatFile(ctx, r), cancel: cancel, done: make(chan struct{})}
	}
	runtime.AddCleanup(r, func(cancel context.CancelFunc) { cancel() }, w.cancel)
	if guess == nil {
		w.cf.Start() // the guessed work already uses its process
	}
	go func() {
		defer close(w.done)
		w.changes, w.fast, w.err = r.warmChanges(w.cf, guess)
		if w.err == nil && w.fast {
			readOldAhead(w.cf, w.changes)
		}
	}()
	r.warm = new(atomic.Pointer[warmStaged])
	r.warm.Store(w)
}

// warmChanges is the work of [Repo.WarmStaged]: the staged changes, from
// the work begun on a guessed index when the guess named r's index, else
// read now.
func (r *Repo) warmChanges(cf *CatFile, guess *guessedIndex) ([]Change, bool, error) {
	if guess != nil {
		<-guess.done
		cf.repo = r
		if guess.fits(r) {
			return guess.changes, guess.fast, guess.err
		}
	}
	return r.indexChanges(cf)
}

// StagedReader returns the staged changes ([Repo.StagedChanges]) and the
// [CatFile] that read them, for reading their blobs; it takes over what
// [Repo.WarmStaged] started, if anything. Close the CatFile when done,
// also after an error.
func (r *Repo) StagedReader(ctx context.Context) (*CatFile, []Change, error) {
	var w *warmStaged
	if r.warm != nil {
		w = r.warm.Swap(nil)
	}
	if w == nil {
		cf := NewCatFile(ctx, r)
		// git starts while the index is read here.
		cf.Start()
		changes, err := r.StagedChanges(ctx, cf)
		return cf, changes, err
	}
	// The warm work runs without ctx: it ends when ctx does.
	stop := context.AfterFunc(ctx, w.cancel)
	w.cf.stop = func() { stop(); w.cancel() }
	<-w.done
	if w.err != nil || w.fast {
		return w.cf, w.changes, w.err
	}
	changes, err := r.diffIndex(ctx)
	return w.cf, changes, err
}
