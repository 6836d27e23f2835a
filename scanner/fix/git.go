package fix

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/internal/gitignore"
)

// untrack removes rel from the index only; the file stays on disk as it
// is. git refuses when the staged content matches neither HEAD nor the
// file, since removing it would lose that content; the error says so.
func untrack(ctx context.Context, repo *git.Repo, rel string) error {
	if err := repo.Untrack(ctx, rel); err != nil {
		return fmt.Errorf("%v: commit or unstage its staged changes by hand (git restore --staged %s), then run envguard fix again", err, rel)
	}
	return nil
}

// ignoreLines returns the narrowest root .gitignore lines that make git
// ignore the env files in paths. Files in one folder are covered one by
// one, except when a folder holds several .env* files: then "/dir/.env"
// and "/dir/.env.*" cover them and the ones to come, and each example
// file of that folder that ".env.*" would hide is kept visible with a
// "!" line.
func ignoreLines(paths []string, examplesIn func(dir string) []string) []string {
	byDir := map[string][]string{}
	var dirs []string
	for _, p := range paths {
		d := path.Dir(p)
		if _, ok := byDir[d]; !ok {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], p)
	}
	sort.Strings(dirs)
	var lines []string
	for _, d := range dirs {
		ps := byDir[d]
		sort.Strings(ps)
		prefix := "/"
		if d != "." {
			prefix = "/" + gitignore.Escape(d) + "/"
		}
		dotted := 0
		for _, p := range ps {
			if b := path.Base(p); b == ".env" || strings.HasPrefix(b, ".env.") {
				dotted++
			}
		}
		if dotted < 2 {
			for _, p := range ps {
				lines = append(lines, "/"+gitignore.Escape(p))
			}
			continue
		}
		lines = append(lines, prefix+".env", prefix+".env.*")
		for _, p := range ps {
			if b := path.Base(p); b != ".env" && !strings.HasPrefix(b, ".env.") {
				lines = append(lines, "/"+gitignore.Escape(p))
			}
		}
		for _, ex := range examplesIn(d) {
			if strings.HasPrefix(path.Base(ex), ".env.") {
				lines = append(lines, "!/"+gitignore.Escape(ex))
			}
		}
	}
	return lines
}

// appendIgnoreLines returns the .gitignore content with lines added at the
// end: every existing byte is kept, a line break is added first when the
// file lacks a final one, and a CRLF file gets CRLF lines. Lines already
// present are not added twice.
func appendIgnoreLines(data []byte, lines []string) []byte {
	nl := "\n"
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		nl = "\r\n"
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		have[strings.TrimSpace(l)] = true
	}
	out := bytes.Clone(data)
	added := false
	for _, l := range lines {
		if have[l] {
			continue
		}
		if !added {
			if len(out) > 0 && out[len(out)-1] != '\n' {
				out = append(out, nl...)
			}
			out = append(out, "# added by envguard fix: env files hold real values and stay out of git"+nl...)
			added = true
		}
		have[l] = true
		out = append(out, l+nl...)
	}
	return out
}

// unstaged reports whether the work tree copy of rel differs from the
// index (changes the user has not staged); false for an untracked file.
func unstaged(ctx context.Context, repo *git.Repo, rel string) (bool, error) {
	out, err := repo.Output(ctx, "diff", "--name-only", "--", ":(literal)"+rel)
	return len(bytes.TrimSpace(out)) > 0, err
}

// stage adds the work tree copies of rels to the index.
func stage(ctx context.Context, repo *git.Repo, rels []string) error {
	args := []string{"add", "--"}
	for _, r := range rels {
		args = append(args, ":(literal)"+r)
	}
	_, err := repo.Output(ctx, args...)
	return err
}

// inHistory reports whether any commit reachable from a ref holds secret
// in its copy of rel: git log --all lists every blob the path had, and
// each is read once.
func inHistory(ctx context.Context, repo *git.Repo, rel, secret string) (bool, error) {
	out, err := repo.Output(ctx, "log", "--all", "--format=", "--raw", "--no-abbrev", "--no-renames", "--", ":(literal)"+rel)
	if err != nil {
		return false, err
	}
	seen := map[string]bool{}
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) < 5 || !strings.HasPrefix(l, ":") {
			continue
		}
		blob := f[3]
		if seen[blob] || strings.Trim(blob, "0") == "" {
			continue
		}
		seen[blob] = true
		data, err := repo.Output(ctx, "cat-file", "blob", blob)
		if err != nil {
			return false, err
		}
		if bytes.Contains(data, []byte(secret)) {
			return true, nil
		}
	}
	return false, nil
}
