package envguard

import (
	"context"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/internal/gitignore"
)

// Violation is an env file that git could commit or has committed.
type Violation struct {
	Path string
	// RuleID is RuleStaged, RuleTracked or RuleNotIgnored.
	RuleID string
	// Why says what is wrong, in a phrase: "staged", "tracked", "not
	// ignored".
	Why string
	// IgnoreLine, when not empty, is the line to add to the root
	// .gitignore so that git ignores the file; empty when ignore rules
	// already cover it or no line can (see Blocker).
	IgnoreLine string
	// Blocker is a "!" pattern (file:line) that re-includes the file
	// even with IgnoreLine added, when there is one.
	Blocker string
	// Untrack is the command that stops tracking the file, keeping it on
	// disk; empty for an untracked file.
	Untrack string
}

// Steps returns what to do, one command or edit per element.
func (v Violation) Steps() []string {
	var steps []string
	if v.Untrack != "" {
		steps = append(steps, "stop tracking it (the file stays on disk): "+v.Untrack)
	}
	switch {
	case v.IgnoreLine != "":
		steps = append(steps, "add this line to .gitignore: "+v.IgnoreLine)
	case v.Blocker != "":
		steps = append(steps, "remove the pattern that re-includes it: "+v.Blocker)
	}
	if v.RuleID == RuleTracked {
		steps = append(steps, "its values are in the git history: rotate them")
	}
	return steps
}

// Advice is [Violation.Steps] in one sentence, with 'envguard fix' as the
// alternative.
func (v Violation) Advice() string {
	s := strings.Join(v.Steps(), "; ")
	if s == "" {
		return "run 'envguard fix'"
	}
	return "To fix: " + s + " (or run 'envguard fix')"
}

// EnvReport is the result of [CheckEnv].
type EnvReport struct {
	// Checked lists every env file found: tracked, staged, or in the work
	// tree (ignored or not).
	Checked []string
	// Violations in path order.
	Violations []Violation
	// RootCovered is true when a .env created at the top of the work
	// tree would be ignored; RootRule is the pattern that ignores it.
	RootCovered bool
	RootRule    *gitignore.Pattern
	// IgnoredExamples are untracked example files git ignores (a broad
	// ".env*" line catches them): collaborators would never get them.
	IgnoredExamples []IgnoredExample
}

// IgnoredExample is an example file git ignores.
type IgnoredExample struct {
	Path string
	// Unignore is the line that, appended to the root .gitignore,
	// re-includes it; empty when a parent folder is excluded (git cannot
	// re-include a file inside an excluded folder).
	Unignore string
}

// TreeFor returns the ignore rules of repo's work tree: its .gitignore
// files, info/exclude of its common directory and core.excludesFile (see
// [git.Repo.IgnoreTree], which callers with a context should use).
func TreeFor(repo *git.Repo) *gitignore.Tree {
	return repo.IgnoreTree(context.Background())
}

// CheckEnv checks every env file of the work tree: it must be ignored by
// git and neither tracked nor staged. It also says whether a future root
// .env would be ignored.
func CheckEnv(ctx context.Context, repo *git.Repo, m *Matcher) (*EnvReport, error) {
	files, err := ListFiles(ctx, repo, m)
	if err != nil {
		return nil, err
	}
	ignored, ignoredExamples, err := ignoredFiles(ctx, repo, m)
	if err != nil {
		return nil, err
	}
	tree := repo.IgnoreTree(ctx)
	rep := &EnvReport{}
	for _, x := range ignoredExamples {
		line := "!/" + gitignore.Escape(x)
		if tree.WithRootLines(line).Ignored(x, false) {
			line = ""
		}
		rep.IgnoredExamples = append(rep.IgnoredExamples, IgnoredExample{Path: x, Unignore: line})
	}
	for _, f := range files {
		if f.Kind != KindEnv {
			continue
		}
		rep.Checked = append(rep.Checked, f.Path)
		if v, ok := violation(tree, f); ok {
			rep.Violations = append(rep.Violations, v)
		}
	}
	rep.Checked = append(rep.Checked, ignored...)
	sort.Strings(rep.Checked)
	rep.RootRule = tree.Why(".env", false)
	rep.RootCovered = rep.RootRule != nil
	return rep, nil
}

// ignoredFiles lists the untracked env and example files git ignores.
func ignoredFiles(ctx context.Context, repo *git.Repo, m *Matcher) (env, examples []string, err error) {
	list, err := repo.IgnoredFiles(ctx, m.pathspecs())
	if err != nil {
		return nil, nil, err
	}
	for _, p := range list {
		switch m.Kind(p) {
		case KindEnv:
			env = append(env, p)
		case KindExample:
			examples = append(examples, p)
		}
	}
	return env, examples, nil
}

// violation says what is wrong with an env file git lists, and the fix.
func violation(tree *gitignore.Tree, f File) (Violation, bool) {
	v := Violation{Path: f.Path}
	switch {
	case f.Staged:
		v.RuleID, v.Why = RuleStaged, "staged: the next commit would add it"
	case f.Tracked:
		v.RuleID, v.Why = RuleTracked, "tracked: it is committed, and git never ignores a tracked file whatever .gitignore says"
	case f.Untracked:
		v.RuleID, v.Why = RuleNotIgnored, "not ignored: 'git add .' would commit it"
	default:
		return v, false
	}
	if f.Tracked {
		v.Untrack = UntrackCommand(f.Path)
	}
	if !tree.Ignored(f.Path, false) {
		v.IgnoreLine, v.Blocker = IgnoreLine(tree, f.Path)
	}
	return v, true
}

// IgnoreLine returns a line that, added to the root .gitignore, makes git
// ignore rel: the anchored path ("/app/.env", the narrowest line, as
// 'envguard fix' writes it), else the file name. When neither works because a
// "!" pattern in a deeper .gitignore re-includes the file, it returns ""
// and that pattern as "file:line: pattern".
func IgnoreLine(tree *gitignore.Tree, rel string) (line, blocker string) {
	for _, cand := range []string{"/" + gitignore.Escape(rel), gitignore.Escape(path.Base(rel))} {
		if tree.WithRootLines(cand).Ignored(rel, false) {
			return cand, ""
		}
	}
	if p := tree.WithRootLines("/"+gitignore.Escape(rel)).Decide(rel, false); p != nil {
		return "", fmt.Sprintf("%s:%d: %s", p.Source, p.Line, p.Text)
	}
	return "", ""
}

// UntrackCommand returns the git command that stops tracking path (as
// seen from the current directory) and keeps the file on disk.
func UntrackCommand(path string) string { return "git rm --cached -- " + shellQuote(path) }

// shellQuote quotes s for a POSIX shell when it needs quoting.
func shellQuote(s string) string {
	safe := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '/' || c == '_' || c == '-') {
			safe = false
			break
		}
	}
	if safe && s != "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
