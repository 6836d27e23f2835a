package source

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/internal/gitignore"
	"github.com/envguard/envguard/scanner/pipeline"
)

// Dir returns the files under root, read from disk: no git is needed.
// `.git` is skipped, .gitignore rules (with info/exclude and the user's
// core.excludesFile, as git reads them) are honoured unless
// opts.NoGitignore, except that in a git work tree a tracked file is
// always read (git never ignores a tracked file). Symlinks are never
// followed (a symlink is reported as skipped), and neither are devices,
// sockets or pipes. A file larger than opts.MaxFileSize is an error of the
// scan, or yielded with Skip set when opts.MayGoUnscanned allows it; with
// no MaxFileSize, a file larger than a few windows is
// streamed in overlapping windows. A file that cannot be read is an entry
// of the [pipeline.ErrorList] returned at the end; the scan goes on. root
// itself may be a regular file.
func Dir(root string, opts Options) (pipeline.Source, error) {
	fi, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("--dir %s: %w: give an existing directory", root, unwrapPath(err))
	}
	d := &dirSource{root: root, name: root, opts: opts, single: !fi.IsDir()}
	if d.single {
		// The user named this file: follow a link there, and only there.
		if d.root, err = filepath.EvalSymlinks(root); err != nil {
			return nil, fmt.Errorf("--dir %s: %w", root, err)
		}
	}
	if !d.single && !opts.NoGitignore {
		// Inside a work tree the parents' .gitignore files count too, but
		// root itself is never excluded: the user asked for it by name.
		if d.ignore, err = git.IgnoreTreeAt(context.Background(), root); err != nil {
			return nil, fmt.Errorf("--dir %s: %w", root, err)
		}
		if d.tracked, err = git.TrackedUnder(root); err != nil {
			return nil, fmt.Errorf("--dir %s: reading the git index: %w", root, err)
		}
	}
	return d, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

type dirSource struct {
	root   string
	name   string // the root as given
	opts   Options
	single bool
	ignore *gitignore.Tree
	// tracked are the files git tracks under root (nil outside a work
	// tree): read even when .gitignore matches them.
	tracked *git.Tracked
}

// dirReaders is how many files are read at once. Reading is mostly system
// calls (open, fstat, read, close); a few readers keep both cores busy
// while the walk goes on, and the fragments are still yielded in walk
// order.
const dirReaders = 4

// dirItem is one entry of the walk: a fragment ready to yield, or a file
// to read (abs set) whose result arrives on out.
type dirItem struct {
	frag pipeline.Fragment
	abs  string
	out  chan dirResult
}

type dirResult struct {
	frag pipeline.Fragment
	err  error
	// big is a file too large to read whole (with no --max-file-size):
	// it is streamed in windows by the yielding loop, not read here.
	big bool
}

// Fragments implements [pipeline.Source].
func (d *dirSource) Fragments(ctx context.Context, yield func(pipeline.Fragment) error) error {
	root := d.root
	if d.single {
		root = d.name
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan dirItem, 64)
	jobs := make(chan dirItem, 64)
	var walkErrs pipeline.ErrorList
	walkDone := make(chan error, 1)
	go func() {
		defer close(items)
		defer close(jobs)
		w := &dirWalk{d: d, ctx: ctx, items: items, jobs: jobs, errs: &walkErrs}
		if d.single {
			walkDone <- w.file(d.root, filepath.Base(root))
			return
		}
		walkDone <- w.dir(d.root, "", false)
	}()
	var wg sync.WaitGroup
	for i := 0; i < dirReaders; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- readDirFile(j.abs, j.frag.Path, d.opts)
			}
		}()
	}
	defer wg.Wait()
	var errs pipeline.ErrorList
	var files int
	var size int64
	var yieldErr error
	for it := range items {
		if yieldErr != nil || ctx.Err() != nil {
			continue // drain: a cancelled walk may queue an item without its job
		}
		f := it.frag
		if it.out != nil {
			var r dirResult
			select {
			case r = <-it.out:
			case <-ctx.Done():
				continue
			}
			if r.err != nil {
				errs.Add(f.Path, "", r.err)
				continue
			}
			f = r.frag
			files++
			if r.big {
				if yieldErr = d.window(ctx, it.abs, f.Path, &errs, yield); yieldErr != nil {
					cancel()
				}
				continue
			}
			size += int64(len(f.Data))
			if files%256 == 0 && d.opts.Progress != nil {
				d.opts.Progress(Progress{Unit: "files", Done: files, Bytes: size})
			}
		}
		if yieldErr == nil {
			if yieldErr = yield(f); yieldErr != nil {
				cancel()
			}
		}
	}
	walkErr := <-walkDone
	switch {
	case yieldErr != nil:
		return yieldErr
	case ctx.Err() != nil:
		return ctx.Err()
	case walkErr != nil:
		return walkErr
	}
	if d.opts.Progress != nil {
		d.opts.Progress(Progress{Unit: "files", Done: files, Bytes: size})
	}
	errs = append(errs, walkErrs...)
	errs.Sort()
	return errs.Err()
}

// window streams one large file through [yieldWindows], never through a
// symbolic link. A file that cannot be opened is a per-file error.
func (d *dirSource) window(ctx context.Context, abs, rel string, errs *pipeline.ErrorList, yield func(pipeline.Fragment) error) error {
	f, err := openRegular(abs)
	if err != nil {
		errs.Add(rel, "", unwrapPath(err))
		return nil
	}
	defer f.Close()
	return yieldWindows(ctx, rel, f, d.opts, yield)
}

// dirWalk lists the tree in name order, depth first.
type dirWalk struct {
	d     *dirSource
	ctx   context.Context
	items chan<- dirItem
	jobs  chan<- dirItem
	errs  *pipeline.ErrorList // only the walk goroutine adds to it
}

func (w *dirWalk) send(it dirItem) error {
	select {
	case w.items <- it:
	case <-w.ctx.Done():
		return w.ctx.Err()
	}
	if it.out == nil {
		return nil
	}
	select {
	case w.jobs <- it:
		return nil
	case <-w.ctx.Done():
		return w.ctx.Err()
	}
}

// file queues a regular file to be read.
func (w *dirWalk) file(abs, rel string) error {
	return w.send(dirItem{frag: pipeline.Fragment{Path: rel}, abs: abs, out: make(chan dirResult, 1)})
}

// dir walks one directory (rel is its slash path, "" for the root).
// Inside an ignored folder (ignored is true) only tracked files are read.
func (w *dirWalk) dir(dir, rel string, ignored bool) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.errs.Add(relOrDot(rel), "", unwrapPath(err))
		return nil
	}
	for _, e := range entries {
		name := e.Name()
		p := path.Join(rel, name)
		if name == ".git" {
			continue
		}
		skip := ignored
		if ig := w.d.ignore; ig != nil && !skip {
			skip = ig.Ignored(p, e.IsDir())
		}
		if skip && !(e.IsDir() && w.d.tracked.Dir(p) || w.d.tracked.File(p)) {
			continue
		}
		var err error
		switch t := e.Type(); {
		case t.IsDir():
			err = w.dir(filepath.Join(dir, name), p, skip)
		case t&fs.ModeSymlink != 0:
			err = w.send(dirItem{frag: pipeline.Fragment{Path: p, Skip: "symlink: not followed"}})
		case t.IsRegular():
			err = w.file(filepath.Join(dir, name), p)
		}
		// Devices, sockets and named pipes are not content: reading a pipe
		// would block the scan.
		if err != nil {
			return err
		}
	}
	return nil
}

func relOrDot(rel string) string {
	if rel == "" {
		return "."
	}
	return rel
}
