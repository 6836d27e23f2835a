package git

import (
	"bytes"
	"path"
	"path/filepath"
	"strings"
)

// Tracked is the set of files the index holds under a folder: git never
// ignores a tracked file, so a scan that honours .gitignore must still
// read them.
type Tracked struct {
	files map[string]bool // slash paths relative to the folder
	dirs  map[string]bool // their parent folders, relative to the folder
}

// TrackedUnder returns the files tracked under dir when dir lies in a git
// work tree, or nil when it does not (or git is not installed). Paths are
// relative to dir.
func TrackedUnder(dir string) (*Tracked, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real // git names the work tree by its real path
	}
	top := WorkTreeTop(abs)
	if top == "" {
		return nil, nil
	}
	repo, err := Open(top)
	if err != nil || repo.WorkTree == "" {
		return nil, nil // a .git that git does not take for a repository
	}
	rel, err := filepath.Rel(repo.WorkTree, abs)
	if err != nil {
		return nil, nil
	}
	prefix := ""
	if rel = filepath.ToSlash(rel); rel != "." {
		if strings.HasPrefix(rel, "../") || rel == ".." {
			return nil, nil
		}
		prefix = rel + "/"
	}
	pre := []byte(prefix)
	entries, err := repo.IndexEntries(func(p []byte) bool { return bytes.HasPrefix(p, pre) })
	if err != nil {
		return nil, err
	}
	t := &Tracked{files: map[string]bool{}, dirs: map[string]bool{}}
	for _, e := range entries {
		if e.Mode == 0o160000 {
			continue // a submodule is a commit, not a file
		}
		p := strings.TrimPrefix(e.Path, prefix)
		t.files[p] = true
		for d := path.Dir(p); d != "." && !t.dirs[d]; d = path.Dir(d) {
			t.dirs[d] = true
		}
	}
	return t, nil
}

// File reports whether rel (slash-separated, relative to the folder) is a
// tracked file. A nil *Tracked tracks nothing.
func (t *Tracked) File(rel string) bool { return t != nil && t.files[rel] }

// Dir reports whether the folder rel holds a tracked file, at any depth.
func (t *Tracked) Dir(rel string) bool { return t != nil && t.dirs[rel] }
