package source

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/gitignore"
)

// Dir returns the files under root, read from disk: no git is needed.
// `.git` is skipped, .gitignore rules (with info/exclude and the user's
// core.excludesFile, as git reads them) are honoured unless
// opts.NoGitignore, symlinks are never followed (a symlink is reported as
// skipped), and neither are devices, sockets or pipes. A file larger than
// opts.MaxFileSize is yielded with Skip set. A file that cannot be read is
// an entry of the [scanner.ErrorList] returned at the end; the scan goes
// on. root itself may be a regular file.
func Dir(root string, opts Options) (scanner.Source, error) {
	fi, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("--dir %s: %w: give an existing directory", root, unwrapPath(err))
	}
	d := &dirSource{root: root, opts: opts, single: !fi.IsDir()}
	if !d.single && !opts.NoGitignore {
		if d.ignore, err = gitignore.ForTree(root); err != nil {
			return nil, fmt.Errorf("--dir %s: %w", root, err)
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
	opts   Options
	single bool
	ignore *gitignore.Tree
	errs   scanner.ErrorList
	files  int
	bytes  int64
}

// Fragments implements [scanner.Source].
func (d *dirSource) Fragments(ctx context.Context, yield func(scanner.Fragment) error) error {
	if d.single {
		fi, err := os.Lstat(d.root)
		if err != nil {
			return err
		}
		if err := d.file(d.root, filepath.Base(d.root), fi, yield); err != nil {
			return err
		}
	} else if err := d.walk(ctx, d.root, "", yield); err != nil {
		return err
	}
	d.progress()
	d.errs.Sort()
	return d.errs.Err()
}

// walk reads one directory (rel is its slash path, "" for the root) in
// name order, then its subdirectories depth first.
func (d *dirSource) walk(ctx context.Context, dir, rel string, yield func(scanner.Fragment) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		d.errs.Add(relOrDot(rel), "", unwrapPath(err))
		return nil
	}
	for _, e := range entries {
		name := e.Name()
		p := path.Join(rel, name)
		abs := filepath.Join(dir, name)
		if name == ".git" {
			continue
		}
		if d.ignore != nil && d.ignore.Ignored(p, e.IsDir()) {
			continue
		}
		switch t := e.Type(); {
		case t.IsDir():
			if err := d.walk(ctx, abs, p, yield); err != nil {
				return err
			}
		case t&fs.ModeSymlink != 0:
			if err := yield(scanner.Fragment{Path: p, Skip: "symlink: not followed"}); err != nil {
				return err
			}
		case t.IsRegular():
			fi, err := e.Info()
			if err != nil {
				d.errs.Add(p, "", unwrapPath(err))
				continue
			}
			if err := d.file(abs, p, fi, yield); err != nil {
				return err
			}
		}
		// Devices, sockets and named pipes are not content: reading a pipe
		// would block the scan.
	}
	return nil
}

// file yields one regular file.
func (d *dirSource) file(abs, rel string, fi fs.FileInfo, yield func(scanner.Fragment) error) error {
	if !fi.Mode().IsRegular() {
		return yield(scanner.Fragment{Path: rel, Skip: "not a regular file"})
	}
	if max := d.opts.MaxFileSize; max > 0 && fi.Size() > max {
		return yield(scanner.Fragment{Path: rel, Skip: fmt.Sprintf("larger than --max-file-size (%d bytes)", max)})
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		d.errs.Add(rel, "", unwrapPath(err))
		return nil
	}
	d.files++
	d.bytes += int64(len(data))
	if d.files%256 == 0 {
		d.progress()
	}
	return yield(scanner.Fragment{Path: rel, Data: data})
}

func (d *dirSource) progress() {
	if d.opts.Progress != nil {
		d.opts.Progress(Progress{Unit: "files", Done: d.files, Bytes: d.bytes})
	}
}

func relOrDot(rel string) string {
	if rel == "" {
		return "."
	}
	return rel
}
