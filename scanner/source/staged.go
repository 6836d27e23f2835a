package source

import (
	"context"
	"fmt"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// ErrIndex means git could not read the index (the staging area): it is
// corrupt, truncated or not readable by this user.
var ErrIndex = git.ErrIndex

// Staged returns the content staged in repo's index: every added, modified
// or renamed regular file and symbolic link (its target, as text): the
// staged blob, read from the work tree only where the file there hashes
// to the blob's id (then it is the blob), else from git, with only the lines
// added relative to HEAD's version counting (see [AddedLines]); a renamed
// file is compared with its old path's version. With no commit yet
// everything staged is new. Deletions, submodules and unmerged paths are
// yielded as skipped; a submodule is also named in an info notice, since
// its content is not scanned here.
//
// Nothing staged goes unscanned in silence: a blob larger than an explicit
// opts.MaxFileSize, or a Git LFS pointer whose content is not in the work
// tree, is an error of the scan (the hook fails and names it) unless
// opts.MayGoUnscanned allows the path. A Git LFS pointer is scanned
// through its work-tree file, which is what the commit publishes, once its
// SHA-256 and size match the pointer. Blobs larger than a few windows are
// streamed and scanned in overlapping windows (every line counts: HEAD's
// version is not compared), in bounded memory.
//
// The index is repo.IndexFile, which is the temporary index git sets in
// GIT_INDEX_FILE for a hook under `git commit -a` or `git commit PATH`.
//
// # How, and why not go-git
//
// Staged runs at every commit, so it is built for the time a developer
// waits, measured as whole processes on a repository of 20,000 files and
// 120,000 objects with 3 files staged (CPU time, medians; `git diff
// --cached` takes 24-33 ms there):
//
//   - go-git (open the repository, read the index, walk HEAD's tree once,
//     read 3 blobs): about 400 ms, spent loading the whole pack index and
//     decoding every tree, and growing with the repository; looking each
//     index entry up with Tree.FindEntry instead: 1.7 s. Not used.
//   - `git diff-index --cached --raw -M HEAD` plus one `git cat-file` for
//     the blobs: 54 ms. Kept as the reference path (see
//     [git.Repo.StagedChanges]).
//     One `git diff-index -p` with whole-file context instead of the pair
//     measured 35 ms against 39 ms, within the noise, and parsing patches
//     is the more fragile way to get blobs.
//   - The fast path (git.Repo.StagedChanges): the index is mapped and parsed
//     here, its cache tree skips every directory git has not seen change,
//     and the one `git cat-file` process reads HEAD's trees for the
//     changed directories only, then the blobs: 34 ms, one git process.
//     Whatever it does not handle goes to the reference path.
func Staged(repo *git.Repo, opts Options) pipeline.Source {
	return &staged{repo: repo, opts: opts}
}

type staged struct {
	repo *git.Repo
	opts Options
	// realDirs remembers which work-tree folders are real folders (no
	// symbolic link on the way), for [staged.workTreeCandidate].
	realDirs map[string]bool
}

// Fragments yields one fragment per staged file with added lines.
func (s *staged) Fragments(ctx context.Context, yield func(pipeline.Fragment) error) error {
	cf, changes, err := s.repo.StagedReader(ctx)
	defer cf.Close()
	if err != nil {
		return err
	}
	var todo []*git.Change
	for i := range changes {
		c := &changes[i]
		skip := ""
		switch {
		case c.Status == 'D':
			skip = "deleted"
		case c.Status == 'U':
			skip = "unmerged: resolve the conflict and stage the result"
		case c.NewMode == git.ModeGitlink:
			skip = "submodule"
			if s.opts.Notify != nil {
				s.opts.Notify(pipeline.Notice{Kind: pipeline.NoticeInfo, Path: c.Path,
					Reason: "submodule " + c.Path + " not scanned: its files belong to its own repository; scan them there"})
			}
		case c.HasOld() && c.OldOID == c.NewOID:
			continue // renamed or mode changed only: no line added
		default:
			todo = append(todo, c)
			continue
		}
		if err := yield(pipeline.Fragment{Path: c.Path, Skip: skip}); err != nil {
			return err
		}
	}
	if len(todo) == 0 {
		return nil
	}
	return s.read(ctx, cf, todo, yield)
}

// step is one staged file to read: its new version, and whether its old
// version can be read to compare with.
type step struct {
	c   *git.Change
	old bool
	// size is the new version's size in bytes.
	size int64
	// wt: the new version is first looked for in the work tree (see
	// staged_worktree.go); size is then the work-tree file's.
	wt bool
}

// plan asks git for the size of the blobs of todo it must read and
// returns what to read. Big blobs are yielded as skipped here, so that they are never
// read; missing ones are per-file errors.
//
// With wt, a new version that may be read from the work tree is planned
// by the file's size there and not asked of git: each object is read
// once, and only what git must read is asked of it.
func (s *staged) plan(cf *git.CatFile, todo []*git.Change, wt bool, yield func(pipeline.Fragment) error) ([]step, []*git.Change, pipeline.ErrorList, error) {
	var oids []string
	wtSize := map[*git.Change]int64{}
	for _, c := range todo {
		if size, ok := s.workTreeCandidate(c); wt && ok {
			wtSize[c] = size
		} else {
			oids = append(oids, c.NewOID)
		}
		if c.HasOld() {
			oids = append(oids, c.OldOID)
		}
	}
	infos, err := cf.Info(oids)
	if err != nil {
		return nil, nil, nil, err
	}
	size := make(map[string]git.ObjectInfo, len(infos))
	for _, in := range infos {
		size[in.OID] = in
	}
	var plan []step
	var big []*git.Change
	var errs pipeline.ErrorList
	for _, c := range todo {
		in, fromWT := size[c.NewOID], false
		if n, ok := wtSize[c]; ok {
			in, fromWT = git.ObjectInfo{OID: c.NewOID, Type: "blob", Size: n}, true
		}
		switch {
		case in.Missing:
			errs.Add(c.Path, "", fmt.Errorf("staged blob %s is missing from the object store: run 'git fsck'", c.NewOID))
			continue
		case s.opts.MaxFileSize > 0 && in.Size > s.opts.MaxFileSize:
			why := fmt.Sprintf("larger than --max-file-size (%d bytes > %d)", in.Size, s.opts.MaxFileSize)
			if err := s.unscanned(c.Path, why, &errs, yield); err != nil {
				return nil, nil, nil, err
			}
			continue
		case s.opts.windowed(in.Size):
			big = append(big, c)
			continue
		}
		// An old version too large to read, or missing, leaves every line
		// counting: that may report again, it never misses.
		old := size[c.OldOID]
		plan = append(plan, step{c: c, size: in.Size, wt: fromWT,
			old: c.HasOld() && !old.Missing && (s.opts.MaxFileSize <= 0 || old.Size <= s.opts.MaxFileSize)})
	}
	return plan, big, errs, nil
}

// unscanned reports a staged file whose content could not be scanned:
// skipped when opts.MayGoUnscanned allows its path, else an error.
func (s *staged) unscanned(path, why string, errs *pipeline.ErrorList, yield func(pipeline.Fragment) error) error {
	if s.opts.MayGoUnscanned != nil && s.opts.MayGoUnscanned(path) {
		return yield(pipeline.Fragment{Path: path, Skip: why})
	}
	errs.Add(path, "", unscannedError(path, why))
	return nil
}

// unscannedError is the error for content that could not be scanned and
// that the config does not let through.
func unscannedError(path, why string) error {
	return fmt.Errorf("not scanned: %s: scan it another way, or let it through with unscanned = [%q] under [allowlist] in .envguard.toml", why, path)
}

// Limits of one batch of new versions held while their old versions are
// read: the new versions come first, so that binary files and Git LFS
// pointers are decided before any old version is read or compared.
const (
	batchFiles = 256
	batchBytes = 32 << 20
)

// read yields the fragments of todo: sizes first, so that big blobs are
// never read, then in batches the new versions, and the old versions of
// those that need a line diff.
func (s *staged) read(ctx context.Context, cf *git.CatFile, todo []*git.Change, yield func(pipeline.Fragment) error) error {
	plan, big, errs, err := s.plan(cf, todo, true, yield)
	if err != nil {
		return err
	}
	r := stagedRead{s: s, cf: cf, total: len(plan), errs: &errs, yield: yield}
	if err := r.batches(ctx, plan); err != nil {
		return err
	}
	if len(r.retry) > 0 {
		// Work-tree files that do not hold the staged content: from git.
		plan, more, moreErrs, err := s.plan(cf, r.retry, false, yield)
		if err != nil {
			return err
		}
		big, r.retry = append(big, more...), nil
		errs = append(errs, moreErrs...)
		r.total += len(plan)
		if err := r.batches(ctx, plan); err != nil {
			return err
		}
	}
	for _, c := range big {
		if err := windowBlob(ctx, s.repo, c.NewOID, c.Path, s.opts, yield); err != nil {
			return err
		}
	}
	errs.Sort()
	return errs.Err()
}

// stagedRead is the state of [staged.read] across batches.
type stagedRead struct {
	s           *staged
	cf          *git.CatFile
	done, total int
	bytesRead   int64
	errs        *pipeline.ErrorList
	yield       func(pipeline.Fragment) error
	// retry lists the changes planned from the work tree whose file there
	// did not hold the staged blob.
	retry []*git.Change
}

// batches reads plan in batches of bounded count and size.
func (r *stagedRead) batches(ctx context.Context, plan []step) error {
	for len(plan) > 0 {
		n, bytes := 0, int64(0)
		for n < len(plan) && n < batchFiles && (n == 0 || bytes+plan[n].size <= batchBytes) {
			bytes += plan[n].size
			n++
		}
		if err := r.batch(ctx, plan[:n]); err != nil {
			return err
		}
		plan = plan[n:]
	}
	return nil
}

// batch reads the new versions of plan, then the old versions of the
// text files among them, and yields their fragments in order: those
// before the first file that needs its old version as they arrive.
func (r *stagedRead) batch(ctx context.Context, plan []step) error {
	s := r.s
	frags := make([]pipeline.Fragment, len(plan))
	lfs := make([]bool, len(plan))
	bin := make([]bool, len(plan))
	done := make([]bool, len(plan)) // yielded, or left to the retry
	var olds []string
	var oldOf []int
	// take handles the new version of plan[i]; while no old version is
	// wanted, fragments are yielded as they come.
	take := func(i int, data []byte) error {
		st := plan[i]
		frags[i] = pipeline.Fragment{Path: st.c.Path, Data: data}
		r.bytesRead += int64(len(data))
		// A pointer read from the work tree is what the work tree holds.
		if _, _, ok := lfsPointer(data); ok && !st.wt && !s.worktreeHolds(st.c.Path, data) {
			lfs[i] = true
		} else if st.old && s.binaryWithoutMatch(data) {
			// No rule can report anything in it, on any line: no line
			// needs comparing, and the detector need not search it.
			frags[i].Lines, bin[i] = pipeline.LineSet{}, true
		} else if st.old {
			olds = append(olds, st.c.OldOID)
			oldOf = append(oldOf, i)
		}
		if len(olds) == 0 {
			done[i] = true
			return r.emit(ctx, frags[i], lfs[i], bin[i])
		}
		return nil
	}
	var news []string
	var newOf []int
	wt := s.fromWorkTreeAll(plan)
	for i, st := range plan {
		if !st.wt {
			news, newOf = append(news, st.c.NewOID), append(newOf, i)
			continue
		}
		data, ok := wt[i].data, wt[i].ok
		if !ok {
			r.retry = append(r.retry, st.c)
			r.total--
			done[i] = true
			continue
		}
		if err := take(i, data); err != nil {
			return err
		}
	}
	k := 0
	err := r.cf.Contents(news, func(_ git.ObjectInfo, data []byte) error {
		k++
		return take(newOf[k-1], data)
	})
	if err != nil {
		return err
	}
	j := 0
	err = r.cf.Contents(olds, func(_ git.ObjectInfo, data []byte) error {
		r.bytesRead += int64(len(data))
		f := &frags[oldOf[j]]
		f.Lines = AddedLines(data, f.Data)
		j++
		return nil
	})
	if err != nil {
		return err
	}
	for k := range frags {
		if done[k] {
			continue
		}
		if err := r.emit(ctx, frags[k], lfs[k], bin[k]); err != nil {
			return err
		}
	}
	return nil
}

// emit yields the fragment of one staged file, or reads the work-tree
// file of a Git LFS pointer; a text file with no added line is left out.
// A binary file without a possible match (bin) is yielded with no line
// counting, so that the detector names it in a notice.
func (r *stagedRead) emit(ctx context.Context, f pipeline.Fragment, lfs, bin bool) error {
	s := r.s
	if err := ctx.Err(); err != nil {
		return err
	}
	r.done++
	if s.opts.Progress != nil && (r.done%256 == 0 || r.done == r.total) {
		s.opts.Progress(Progress{Unit: "files", Done: r.done, Total: r.total, Bytes: r.bytesRead})
	}
	if lfs {
		oid, size, _ := lfsPointer(f.Data)
		return s.lfs(ctx, f.Path, oid, size, r.errs, r.yield)
	}
	if f.Lines != nil && len(f.Lines) == 0 && !bin {
		return nil // nothing added: nothing to scan
	}
	return r.yield(f)
}

// binaryWithoutMatch reports whether data is binary content (as the
// detector decides) in which no rule for binary content can find anything:
// its lines then need no diff.
func (s *staged) binaryWithoutMatch(data []byte) bool {
	if s.opts.MayMatchBinary == nil || !pipeline.IsBinary(data) {
		return false
	}
	if _, ok := pipeline.DecodeText(data); ok {
		return false
	}
	return !s.opts.MayMatchBinary(data)
}
