package scanner

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/envguard/envguard/scanner/allow"
	"github.com/envguard/envguard/scanner/atomicfile"
)

// DefaultBaselineFile is the baseline's name at the repository root.
const DefaultBaselineFile = allow.DefaultBaselineFile

// BaselinePath is where the project's own baseline lives: at the root of
// the work tree, else at the project root.
func (p *Project) BaselinePath() string {
	root := p.Root
	if p.Repo != nil && p.Repo.WorkTree != "" {
		root = p.Repo.WorkTree
	}
	return filepath.Join(root, DefaultBaselineFile)
}

// BaselinePathFor is where a scan of spec reads its default baseline, and
// where 'envguard baseline' writes it: the root of the work tree (for a
// directory scan, the work tree around the directory), else the project
// root (outside a repository, the scanned directory).
func (p *Project) BaselinePathFor(spec Spec) string {
	if spec.Source == Dir {
		if root := newDirBase(spec.Dir, spec.Path).repoRoot; root != "" {
			return filepath.Join(root, DefaultBaselineFile)
		}
	}
	return p.BaselinePath()
}

// baseline loads the baseline spec names, or the project's own when it
// exists and spec does not turn it off: at root when given (the work tree
// around a scanned directory), else at [Project.BaselinePath]. It returns
// nil when there is none.
func (p *Project) baseline(spec Spec, root string, notify func(Notice)) (*allow.Baseline, error) {
	if spec.NoBaseline {
		return nil, nil
	}
	path := spec.Baseline
	if path == "" {
		path = p.BaselinePath()
		if root != "" {
			path = filepath.Join(root, DefaultBaselineFile)
		}
		// Only a regular file is read by default, never a link (it could
		// point out of the repository, or at a device).
		if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() {
			return nil, nil
		}
	}
	b, err := allow.LoadBaseline(path)
	if err != nil {
		return nil, err
	}
	if b.Legacy() {
		notify(Notice{Kind: NoticeInfo, Reason: "warning: " + path + " is a version 1 baseline, whose bare fingerprints confirm a guessed secret in a microsecond: run 'envguard baseline' to rewrite it with salted, slow hashes"})
	}
	return b, nil
}

// BaselineMode says how [UpdateBaseline] treats an existing file.
type BaselineMode int

// Baseline update modes.
const (
	// BaselineAdd keeps every existing entry and adds the new findings.
	BaselineAdd BaselineMode = iota
	// BaselinePrune also drops the entries no current finding matches.
	BaselinePrune
	// BaselineReplace starts over: only the current findings, a new salt.
	BaselineReplace
)

// BaselineChange says what [UpdateBaseline] did.
type BaselineChange struct {
	allow.Change
	// Total is the number of entries written.
	Total int
	// Migrated is set when a version 1 file was rewritten as version 2.
	Migrated bool
	// Created is set when there was no file before.
	Created bool
}

// UpdateBaseline records findings as accepted in the baseline file at path
// (atomically; salted slow hashes of the fingerprints, never a secret),
// merging with the file already there as mode says.
func UpdateBaseline(path string, findings []Finding, mode BaselineMode) (BaselineChange, error) {
	var ch BaselineChange
	var old *allow.Baseline
	if mode != BaselineReplace {
		b, err := allow.LoadBaseline(path)
		var be *allow.BaselineError
		_, statErr := os.Stat(path)
		switch {
		case err == nil:
			old = b
		case errors.Is(statErr, fs.ErrNotExist) && errors.As(err, &be):
			ch.Created = true
		default:
			return ch, err
		}
	} else if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		ch.Created = true
	}
	h := (*allow.Hash)(nil)
	var oldEntries []allow.Entry
	if old != nil {
		h, oldEntries = old.Hash, old.Entries()
	}
	if h == nil {
		var err error
		if h, err = allow.NewHash(); err != nil {
			return ch, err
		}
		if old != nil {
			oldEntries = allow.Rehash(oldEntries, h)
			ch.Migrated = true
		}
	}
	entries, change := allow.Merge(oldEntries, allow.NewEntries(findings, h), mode == BaselinePrune)
	ch.Change, ch.Total = change, len(entries)
	err := atomicfile.WriteWith(path, 0o644, func(w io.Writer) error { return allow.WriteBaseline(w, h, entries) })
	return ch, err
}

// WriteNewBaseline writes findings as a new baseline (a fresh salt) to w,
// for 'envguard baseline -o -'.
func WriteNewBaseline(w io.Writer, findings []Finding) (int, error) {
	h, err := allow.NewHash()
	if err != nil {
		return 0, err
	}
	entries := allow.NewEntries(findings, h)
	return len(entries), allow.WriteBaseline(w, h, entries)
}
