package fix

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path"
	"sort"
	"strings"

	"github.com/envguard/envguard/scanner/gitrepo"
)

// Tracked reports whether rel (slash-separated, relative to the root) is
// in the index: tracked, or staged for the first commit.
func Tracked(ctx context.Context, repo *gitrepo.Repo, rel string) (bool, error) {
	out, err := repo.Output(ctx, "ls-files", "-z", "--cached", "--", ":(literal)"+rel)
	return len(out) > 0, err
}

// Ignored reports whether git ignores rel. A tracked file is never
// ignored, whatever .gitignore says.
func Ignored(ctx context.Context, repo *gitrepo.Repo, rel string) (bool, error) {
	return checkIgnore(ctx, repo, rel)
}

// CoveredByRules reports whether an ignore rule matches rel, tracked or
// not (git check-ignore --no-index).
func CoveredByRules(ctx context.Context, repo *gitrepo.Repo, rel string) (bool, error) {
	return checkIgnore(ctx, repo, rel, "--no-index")
}

func checkIgnore(ctx context.Context, repo *gitrepo.Repo, rel string, flags ...string) (bool, error) {
	args := append([]string{"check-ignore", "-q"}, flags...)
	cmd := repo.Command(ctx, append(args, "--", rel)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return true, nil
	case errors.As(err, &ee) && ee.ExitCode() == 1:
		return false, nil
	}
	return false, fmt.Errorf("git check-ignore %s: %s", rel, strings.TrimSpace(stderr.String()))
}

// InHead reports whether rel is in the commit HEAD points at.
func InHead(ctx context.Context, repo *gitrepo.Repo, rel string) (bool, error) {
	head, err := repo.Head(ctx)
	if err != nil || head == "" {
		return false, err
	}
	out, err := repo.Output(ctx, "ls-tree", "-z", "--name-only", head, "--", rel)
	return len(out) > 0, err
}

// untrack removes rel from the index only; the file stays on disk as it
// is. git refuses when the staged content matches neither HEAD nor the
// file, since removing it would lose that content; the error says so.
func untrack(ctx context.Context, repo *gitrepo.Repo, rel string) error {
	if _, err := repo.Output(ctx, "rm", "--cached", "-q", "--", ":(literal)"+rel); err != nil {
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
			prefix = "/" + escapeIgnore(d) + "/"
		}
		dotted := 0
		for _, p := range ps {
			if b := path.Base(p); b == ".env" || strings.HasPrefix(b, ".env.") {
				dotted++
			}
		}
		if dotted < 2 {
			for _, p := range ps {
				lines = append(lines, "/"+escapeIgnore(p))
			}
			continue
		}
		lines = append(lines, prefix+".env", prefix+".env.*")
		for _, p := range ps {
			if b := path.Base(p); b != ".env" && !strings.HasPrefix(b, ".env.") {
				lines = append(lines, "/"+escapeIgnore(p))
			}
		}
		for _, ex := range examplesIn(d) {
			if strings.HasPrefix(path.Base(ex), ".env.") {
				lines = append(lines, "!/"+escapeIgnore(ex))
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

// escapeIgnore quotes the bytes .gitignore gives a meaning to (glob
// characters, a backslash, trailing spaces) so that a line matches exactly
// one path.
func escapeIgnore(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if strings.IndexByte("*?[\\", c) >= 0 || c == ' ' && strings.TrimRight(p[i:], " ") == "" {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// headFiles returns the set of files in HEAD (empty before the first
// commit).
func headFiles(ctx context.Context, repo *gitrepo.Repo) (map[string]bool, error) {
	head, err := repo.Head(ctx)
	if err != nil || head == "" {
		return map[string]bool{}, err
	}
	out, err := repo.Output(ctx, "ls-tree", "-r", "-z", "--name-only", head)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, p := range bytes.Split(out, []byte{0}) {
		if len(p) > 0 {
			m[string(p)] = true
		}
	}
	return m, nil
}
