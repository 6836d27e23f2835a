package git

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
)

// The ignore answers. Three questions look alike and differ: whether git
// ignores a file (a tracked file never is), whether an ignore rule
// matches it (tracked or not), and, for a whole listing, which untracked
// files git would add. The first two ask git check-ignore; the pure
// matcher (package gitignore, see [Repo.IgnoreTree]) answers what a new
// .gitignore line would change, which git cannot.

// Tracked reports whether rel (slash-separated, relative to the root) is
// in the index: tracked, or staged for the first commit.
func (r *Repo) Tracked(ctx context.Context, rel string) (bool, error) {
	out, err := r.Output(ctx, "ls-files", "-z", "--cached", "--", ":(literal)"+rel)
	return len(out) > 0, err
}

// Ignored reports whether git ignores rel. A tracked file is never
// ignored, whatever .gitignore says.
func (r *Repo) Ignored(ctx context.Context, rel string) (bool, error) {
	return r.checkIgnore(ctx, rel)
}

// CoveredByRules reports whether an ignore rule matches rel, tracked or
// not (git check-ignore --no-index).
func (r *Repo) CoveredByRules(ctx context.Context, rel string) (bool, error) {
	return r.checkIgnore(ctx, rel, "--no-index")
}

func (r *Repo) checkIgnore(ctx context.Context, rel string, flags ...string) (bool, error) {
	args := append([]string{"check-ignore", "-q"}, flags...)
	_, err := r.Output(ctx, append(args, "--", rel)...)
	var ge *GitError
	switch {
	case err == nil:
		return true, nil
	case errors.As(err, &ge) && ge.ExitCode() == 1:
		return false, nil
	case errors.As(err, &ge):
		return false, fmt.Errorf("git check-ignore %s: %s", rel, strings.TrimSpace(ge.Stderr))
	}
	return false, err
}

// InHead reports whether rel is in the commit HEAD points at.
func (r *Repo) InHead(ctx context.Context, rel string) (bool, error) {
	head, err := r.Head(ctx)
	if err != nil || head == "" {
		return false, err
	}
	out, err := r.Output(ctx, "ls-tree", "-z", "--name-only", head, "--", rel)
	return len(out) > 0, err
}

// HeadFiles returns the set of files in HEAD (empty before the first
// commit).
func (r *Repo) HeadFiles(ctx context.Context) (map[string]bool, error) {
	head, err := r.Head(ctx)
	if err != nil || head == "" {
		return map[string]bool{}, err
	}
	out, err := r.Output(ctx, "ls-tree", "-r", "-z", "--name-only", head)
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

// Untrack removes rel from the index only; the file stays on disk as it
// is. git refuses when the staged content matches neither HEAD nor the
// file, since removing it would lose that content.
func (r *Repo) Untrack(ctx context.Context, rel string) error {
	_, err := r.Output(ctx, "rm", "--cached", "-q", "--", ":(literal)"+rel)
	return err
}
