package source

import (
	"context"
	"fmt"
	"sort"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

const (
	// recentBlobs is how many recently read blobs the plan counts on the
	// cache to hold; a parent version older than that is asked for again.
	recentBlobs = 16
	// cacheBytes bounds the cache; past it the oldest blobs go, and a parent
	// that went is fetched on its own.
	cacheBytes = 64 << 20
)

// histReader is step 2 and 3 of [histSource]: it reads the blobs the log
// listed and yields their new lines.
type histReader struct {
	src       *histSource
	log       *histLog
	multiline func(data []byte) bool
	diff      *lineDiffer
	cf        *git.CatFile
	// lacking lists blobs a partial clone does not have; they are never
	// asked of git, which would fetch them from the network.
	lacking map[string]bool
	cache   blobCache
	errs    pipeline.ErrorList
	bytes   int64
	// big lists the changes (indexes into log.changes) too large to read
	// whole: they are streamed in windows after the other blobs.
	big []int
}

// request is one object to read: a change to scan (change >= 0) or only a
// parent version needed by the next change (change < 0).
type request struct {
	oid    string
	change int
}

// plan orders the changes by path then commit, and puts before each
// change the parent versions that the cache will not hold by then.
func (r *histReader) plan() []request {
	order := make([]int, len(r.log.changes))
	for i := range order {
		order[i] = i
	}
	cs := r.log.changes
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &cs[order[i]], &cs[order[j]]
		if a.path != b.path {
			return a.path < b.path
		}
		return a.commit < b.commit
	})
	var reqs []request
	var ring [recentBlobs]string
	n := 0
	inRing := func(oid string) bool {
		for i := 0; i < min(n, recentBlobs); i++ {
			if ring[i] == oid {
				return true
			}
		}
		return false
	}
	push := func(q request) {
		reqs = append(reqs, q)
		ring[n%recentBlobs] = q.oid
		n++
	}
	for _, ci := range order {
		for _, p := range cs[ci].parents {
			if !inRing(p) {
				push(request{oid: p, change: -1})
			}
		}
		push(request{oid: cs[ci].oid, change: ci})
	}
	return reqs
}

// run streams the planned blobs and yields a fragment per change.
func (r *histReader) run(ctx context.Context, yield func(pipeline.Fragment) error) error {
	if r.cache.pool == nil {
		r.cache.pool = &bufPool{}
	}
	reqs := r.plan()
	if len(reqs) == 0 {
		return nil
	}
	oids := make([]string, len(reqs))
	for i, q := range reqs {
		oids[i] = q.oid
	}
	// Before the first fragment, so its notice never overlaps the
	// detector's.
	lacking := missingBlobs(ctx, r.src.repo, oids, r.src.opts.FetchMissing, r.src.opts.Notify)
	r.lacking = lacking
	if len(lacking) > 0 {
		present := oids[:0:0]
		for _, o := range oids {
			if !lacking[o] {
				present = append(present, o)
			}
		}
		oids = present
	}
	stream, err := r.cf.Stream(oids)
	if err != nil {
		return err
	}
	defer stream.Close()
	max := r.src.opts.MaxFileSize
	keep := func(size int64) bool {
		if max > 0 {
			return size <= max // a cap the user set
		}
		return !r.src.opts.windowed(size) // larger blobs go in windows
	}
	alloc := r.cache.alloc
	done := 0
	for _, q := range reqs {
		a := blobAnswer{OID: q.oid, Missing: true}
		if !lacking[q.oid] {
			in, data, err := stream.Next(keep, alloc)
			if err != nil {
				return err
			}
			a = blobAnswer{OID: in.OID, Size: in.Size, Missing: in.Missing, Data: data}
		}
		r.bytes += a.Size
		r.cache.put(a.OID, a.Data, a.Data == nil && !a.Missing, recentBlobs)
		if q.change < 0 {
			continue
		}
		if a.Data == nil && !a.Missing && max <= 0 {
			r.big = append(r.big, q.change)
			continue
		}
		if err := r.scanChange(&r.log.changes[q.change], a, yield); err != nil {
			return err
		}
		done++
		if r.src.opts.Progress != nil && (done%128 == 0 || done == len(r.log.changes)) {
			r.src.opts.Progress(Progress{Unit: "blobs", Done: done, Total: len(r.log.changes), Bytes: r.bytes})
		}
	}
	if err := stream.Close(); err != nil {
		return err
	}
	for _, ci := range r.big {
		if err := r.window(ctx, &r.log.changes[ci], yield); err != nil {
			return err
		}
		done++
		if r.src.opts.Progress != nil {
			r.src.opts.Progress(Progress{Unit: "blobs", Done: done, Total: len(r.log.changes), Bytes: r.bytes})
		}
	}
	r.errs.Sort()
	return r.errs.Err()
}

// scanChange yields the fragment of one changed blob.
func (r *histReader) scanChange(ch *histChange, a blobAnswer, yield func(pipeline.Fragment) error) error {
	commit := r.log.commits[ch.commit]
	switch {
	case a.Missing:
		r.errs.Add(ch.path, commit.Hash, fmt.Errorf("blob %s is not in the repository (a partial clone?) and was not scanned: scan again with --fetch-missing, or in a full clone", shortOID(ch.oid)))
		return nil
	case a.Data == nil:
		why := fmt.Sprintf("larger than --max-file-size (%d bytes > %d)", a.Size, r.src.opts.MaxFileSize)
		if r.src.opts.MayGoUnscanned != nil && r.src.opts.MayGoUnscanned(ch.path) {
			return yield(pipeline.Fragment{Path: ch.path, Commit: commit, Skip: why})
		}
		r.errs.Add(ch.path, commit.Hash, unscannedError(ch.path, why))
		return nil
	}
	lines, parentsML, err := r.newLines(ch, a.Data)
	if err != nil {
		return err
	}
	self := r.cache.entry(a.OID)
	if lines == nil {
		return yield(pipeline.Fragment{Path: ch.path, Commit: commit, Data: a.Data, Release: self.hold()})
	}
	data := a.Data
	var blanked []byte // a buffer of the pool, when data is a blanked copy
	if !pipeline.IsBinary(data) {
		blanked = r.cache.pool.get(len(data))[:0]
		data = blankOthers(blanked, data, lines)
	}
	// Whether a multi-line rule's keyword occurs in the blob: in its old
	// lines exactly when it did in a parent version (asked of the parents,
	// each checked once), else in the new lines, which the blanked data
	// holds. Only then must the detector see the whole blob.
	ml := parentsML || r.hasMultiline(data)
	self.ml = boolFlag(ml)
	whole := ml || len(data) > 0 && len(a.Data) > 0 && &data[0] == &a.Data[0]
	if len(lines) == 0 || whole {
		r.cache.pool.put(blanked)
	}
	if len(lines) == 0 {
		return nil // nothing new: every line was scanned in a parent version
	}
	if whole {
		return yield(pipeline.Fragment{Path: ch.path, Commit: commit, Data: a.Data, Lines: lines, Release: self.hold()})
	}
	release := func() {}
	if blanked != nil {
		release = newPooled(r.cache.pool, data).release
	}
	return yield(pipeline.Fragment{Path: ch.path, Commit: commit, Data: data, Lines: lines, Release: release})
}

// window streams a blob too large to read whole in overlapping windows
// ([yieldWindows]): every line of it counts, as for a staged file that
// large, and memory stays one window whatever its size.
func (r *histReader) window(ctx context.Context, ch *histChange, yield func(pipeline.Fragment) error) error {
	commit := r.log.commits[ch.commit]
	return windowBlob(ctx, r.src.repo, ch.oid, ch.path, r.src.opts, func(f pipeline.Fragment) error {
		f.Commit = commit
		return yield(f)
	})
}

// newLines returns the lines of data that none of ch's parent versions
// has (nil: all lines, for an added file or a text whose lines we cannot
// trust, such as UTF-16), and whether a parent holds a multi-line rule's
// keyword.
func (r *histReader) newLines(ch *histChange, data []byte) (pipeline.LineSet, bool, error) {
	if len(ch.parents) == 0 || hasUTF16BOM(data) {
		return nil, false, nil
	}
	var out pipeline.LineSet
	ml := false
	for i, p := range ch.parents {
		e := r.cache.entry(p)
		if e == nil {
			var pdata []byte
			if !r.lacking[p] {
				var err error
				if pdata, err = r.cf.Get(p); err != nil {
					return nil, false, err
				}
			}
			e = &cacheEntry{oid: p, data: pdata, tooBig: pdata == nil}
		}
		if e.tooBig {
			return nil, false, nil
		}
		if e.ml == 0 {
			e.ml = boolFlag(r.hasMultiline(e.data))
		}
		ml = ml || e.ml > 0
		added := r.diff.added(e.data, data)
		if i == 0 {
			out = added
		} else {
			out = intersectLines(out, added)
		}
	}
	return out, ml, nil
}

// hasMultiline reports whether a multi-line rule may match in data (see
// [Options.MayHoldMultiline]); without that predicate every blob may.
func (r *histReader) hasMultiline(data []byte) bool {
	return r.multiline == nil || r.multiline(data)
}

// blobAnswer is one blob read for the history scan.
type blobAnswer struct {
	OID     string
	Size    int64
	Missing bool
	// Data is nil when the object was missing or too large to read.
	Data []byte
}

// boolFlag is a cacheEntry.ml value: 1 yes, -1 no (0 is not known yet).
func boolFlag(b bool) int8 {
	if b {
		return 1
	}
	return -1
}

func hasUTF16BOM(data []byte) bool {
	return len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
}

// blobCache holds the most recently read blobs, at most a count and a
// byte budget; the oldest go first. Their buffers come from a pool and go
// back to it once the detector is done with them too (see [bufPool]):
// fewer fresh pages to fault in and zero, less garbage.
type blobCache struct {
	entries []cacheEntry
	size    int
	pool    *bufPool
}

// alloc returns a buffer of n bytes, reused when one fits.
func (c *blobCache) alloc(n int) []byte {
	return c.pool.get(n)
}

type cacheEntry struct {
	oid    string
	data   []byte
	tooBig bool
	ml     int8    // a multi-line rule's keyword occurs: 1 yes, -1 no, 0 not checked
	buf    *pooled // data's buffer, nil when not from the pool
}

// hold marks e's data as handed to the detector and returns the
// fragment's Release.
func (e *cacheEntry) hold() func() {
	if e.buf == nil {
		return nil
	}
	return e.buf.hold()
}

func (c *blobCache) put(oid string, data []byte, tooBig bool, limit int) {
	e := cacheEntry{oid: oid, data: data, tooBig: tooBig}
	if data != nil && c.pool != nil {
		e.buf = newPooled(c.pool, data[:cap(data)])
	}
	c.entries = append(c.entries, e)
	c.size += len(data)
	drop := 0
	for len(c.entries)-drop > limit || (c.size > cacheBytes && len(c.entries)-drop > 1) {
		e := &c.entries[drop]
		c.size -= len(e.data)
		if e.buf != nil {
			e.buf.release()
		}
		drop++
	}
	if drop > 0 {
		n := copy(c.entries, c.entries[drop:])
		clear(c.entries[n:])
		c.entries = c.entries[:n]
	}
}

// entry returns the cached blob oid, or nil. The pointer is valid until
// the next put.
func (c *blobCache) entry(oid string) *cacheEntry {
	for i := len(c.entries) - 1; i >= 0; i-- {
		if e := &c.entries[i]; e.oid == oid {
			return e
		}
	}
	return nil
}
