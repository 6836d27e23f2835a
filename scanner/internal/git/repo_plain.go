package git

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// plainRepo answers what `git rev-parse` would, without starting it, for
// the plain layout only: dir inside the work tree of a repository whose
// .git is a folder, on one file system, owned by this user, with a config
// that sets no work tree, bare flag, include or unknown extension, and no
// variable in the environment that changes how git finds or reads a
// repository (GIT_INDEX_FILE, which git sets for hooks, is honoured). ok
// is false for anything else: the caller asks git. Starting rev-parse
// cost the pre-commit hook about a sixth of its time.
func plainRepo(dir string) (r *Repo, ok bool) {
	if !plainEnv() {
		return nil, false
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, false
	}
	if abs, err = filepath.EvalSymlinks(abs); err != nil {
		return nil, false
	}
	top := WorkTreeTop(abs)
	if top == "" || !sameDevice(abs, top) {
		return nil, false
	}
	gitDir := filepath.Join(top, ".git")
	fi, err := os.Lstat(gitDir)
	if err != nil || !fi.IsDir() || !ownedByMe(fi) {
		return nil, false
	}
	if fi, err := os.Lstat(top); err != nil || !ownedByMe(fi) {
		return nil, false
	}
	if _, err := os.Lstat(filepath.Join(gitDir, "commondir")); !os.IsNotExist(err) {
		return nil, false
	}
	config := filepath.Join(gitDir, "config")
	if fi, err := os.Lstat(config); err != nil || !fi.Mode().IsRegular() {
		return nil, false // no config, or a link: git is asked
	}
	hashLen, ok := plainConfig(config)
	if !ok {
		return nil, false
	}
	r = &Repo{GitDir: gitDir, CommonDir: gitDir, WorkTree: top, IndexFile: filepath.Join(gitDir, "index"), HashLen: hashLen}
	if f := os.Getenv("GIT_INDEX_FILE"); f != "" {
		if !filepath.IsAbs(f) {
			f = filepath.Join(abs, f)
		}
		r.IndexFile = filepath.Clean(f)
	}
	_, err = os.Lstat(filepath.Join(gitDir, "shallow"))
	r.Shallow = err == nil
	return r, true
}

// plainEnv reports whether no GIT_ variable but those that leave the
// repository's discovery and format alone is set: what git sets for a
// hook (GIT_INDEX_FILE, honoured; GIT_EDITOR, GIT_PREFIX, ...), identity,
// transport, tracing and the user's and system's config files (what
// those may set that matters here, safe.directory for another user's
// repository, is declined below).
func plainEnv() bool {
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, "GIT_") || slices.Contains(plainVars, name) {
			continue
		}
		if !slices.ContainsFunc(plainVarPrefixes, func(p string) bool { return strings.HasPrefix(name, p) }) {
			return false
		}
	}
	return true
}

// The variables [plainEnv] allows, by name and by prefix.
var (
	plainVars = []string{"GIT_INDEX_FILE", "GIT_EDITOR", "GIT_SEQUENCE_EDITOR", "GIT_PREFIX", "GIT_REFLOG_ACTION",
		"GIT_PAGER", "GIT_ASKPASS", "GIT_EXEC_PATH", "GIT_MERGE_AUTOEDIT", "GIT_MERGE_VERBOSITY",
		"GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_OPTIONAL_LOCKS", "GIT_FLUSH"}
	plainVarPrefixes = []string{"GIT_AUTHOR_", "GIT_COMMITTER_", "GIT_TERMINAL_", "GIT_SSH", "GIT_SSL_",
		"GIT_HTTP_", "GIT_PROXY_", "GIT_CURL_", "GIT_TRACE", "GIT_LFS_", "GIT_PROTOCOL"}
)

// plainConfig reads the repository's config: the object format's id
// length, and ok false when it sets a work tree, the bare flag (to
// anything but false), an include, or an extension other than the object
// format, or does not parse.
func plainConfig(p string) (hashLen int, ok bool) {
	cfg, err := readConfigFile(p)
	if err != nil || cfg == nil {
		return 0, false
	}
	hashLen = 20
	for _, s := range cfg.Sections {
		switch {
		case strings.EqualFold(s.Name, "core"):
			if len(s.Subsections) > 0 {
				return 0, false
			}
			for _, o := range s.Options {
				switch {
				case strings.EqualFold(o.Key, "worktree"):
					return 0, false
				case strings.EqualFold(o.Key, "bare") && !strings.EqualFold(o.Value, "false"):
					return 0, false
				}
			}
		case strings.EqualFold(s.Name, "extensions"):
			for _, o := range s.Options {
				switch {
				case strings.EqualFold(o.Key, "objectFormat") && strings.EqualFold(o.Value, "sha256"):
					hashLen = 32
				case strings.EqualFold(o.Key, "objectFormat") && strings.EqualFold(o.Value, "sha1"):
				default:
					return 0, false
				}
			}
		}
	}
	return hashLen, true
}
