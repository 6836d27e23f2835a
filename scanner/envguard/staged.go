package envguard

import (
	"context"
	"fmt"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/internal/gitignore"
	"github.com/envguard/envguard/scanner/pipeline"
)

// ScanStaged returns env guard findings for a pre-commit scan: env files
// staged (env/staged) or tracked (env/tracked), env files in the work
// tree that git does not ignore (env/not-ignored) and staged example files
// with secret-like values in their staged content (env/example-secret).
//
// It spawns no process when no env or example file is tracked; see
// listForCommit. A staged example file that does not parse does not
// stop the guard: it is returned in a [pipeline.ErrorList] (naming the file
// and line) next to the findings of the other files.
func ScanStaged(ctx context.Context, repo *git.Repo, cfg Config, set *rules.Set) ([]pipeline.Finding, error) {
	return scanStaged(ctx, repo, cfg, func() (*rules.Set, error) { return set, nil })
}

// scanStaged is ScanStaged with a rule set that may still be compiling:
// only a staged example file waits for it.
func scanStaged(ctx context.Context, repo *git.Repo, cfg Config, ruleSet func() (*rules.Set, error)) ([]pipeline.Finding, error) {
	m, err := NewMatcher(cfg)
	if err != nil {
		return nil, err
	}
	files, err := listForCommit(ctx, repo, m)
	if err != nil {
		return nil, err
	}
	var out []pipeline.Finding
	var errs pipeline.ErrorList
	var tree treeOnce
	for _, f := range files {
		switch f.Kind {
		case KindEnv:
			if f.Staged || f.Tracked || f.Untracked {
				v, _ := violation(tree.get(repo), f)
				out = append(out, v.Finding())
			}
		case KindExample:
			if !f.Staged || f.Symlink {
				continue // a staged link's blob is its target, not dotenv
			}
			data, err := repo.StagedBlob(ctx, f.Path)
			if err != nil {
				return nil, err
			}
			file, err := ParseFile(f.Path, data)
			if err != nil {
				where := f.Path
				if fe, ok := err.(*FileError); ok && fe.Line > 0 {
					where, err = fmt.Sprintf("%s:%d", f.Path, fe.Line), fe.Err
				}
				errs.Add(where, "", err)
				continue
			}
			set, err := ruleSet()
			if err != nil {
				return nil, err
			}
			for _, v := range CheckExample(f.Path, file, set) {
				if v.Verdict.Class == ClassSecret {
					out = append(out, v.Finding())
				}
			}
		}
	}
	return out, errs.Err()
}

// treeOnce builds the ignore tree only when a violation needs advice.
type treeOnce struct{ t *gitignore.Tree }

func (o *treeOnce) get(repo *git.Repo) *gitignore.Tree {
	if o.t == nil {
		o.t = TreeFor(repo)
	}
	return o.t
}

// Finding is the env guard's finding for an env file git could commit or
// has committed (rules [RuleStaged], [RuleTracked], [RuleNotIgnored]). Every
// pass that reports violations (the staged scan, fix) converts them here,
// so a violation reads the same wherever it is shown.
func (v Violation) Finding() pipeline.Finding {
	r := violationRules[v.RuleID]
	return pipeline.Finding{
		RuleID:      v.RuleID,
		Description: r.description,
		Severity:    r.severity,
		Path:        v.Path,
		Line:        1,
		Column:      1,
		EndLine:     1,
		Fingerprint: pipeline.Fingerprint(v.RuleID, v.Path),
		Message:     v.Why + ". " + v.Advice(),
	}
}

// violationRules describes the rules of env file violations.
var violationRules = map[string]struct {
	description string
	severity    rules.Severity
}{
	RuleStaged:     {"Env file staged for commit", rules.SeverityCritical},
	RuleTracked:    {"Env file tracked by git", rules.SeverityHigh},
	RuleNotIgnored: {"Env file not ignored by git", rules.SeverityHigh},
}

// StartScanStaged runs [ScanStaged] in the background and returns a
// function that waits for its result. Most of the guard's cost is
// walking the work tree, so a caller that starts it before scanning the
// staged content overlaps the two; ruleSet is called only for a staged
// example file, so the guard may start while the rule set compiles.
func StartScanStaged(ctx context.Context, repo *git.Repo, cfg Config, ruleSet func() (*rules.Set, error)) func() ([]pipeline.Finding, error) {
	type result struct {
		fs  []pipeline.Finding
		err error
	}
	ch := make(chan result, 1)
	go func() {
		fs, err := scanStaged(ctx, repo, cfg, ruleSet)
		ch <- result{fs, err}
	}()
	return func() ([]pipeline.Finding, error) {
		r := <-ch
		return r.fs, r.err
	}
}
