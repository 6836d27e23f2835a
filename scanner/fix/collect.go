package fix

import (
	"context"
	"fmt"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// EnvFindings returns what the env guard (scanner/envcheck) reports for
// the whole work tree, as `envguard fix` needs it: env files that are
// tracked (env/tracked), staged (env/staged) or not ignored
// (env/not-ignored), and secret-like values in the work tree copy of
// every example file git tracks or would add (env/example-secret, with
// Name set to the key and KeyKind to the kind of key that replaces it). m
// nil means the built-in globs.
func EnvFindings(ctx context.Context, repo *git.Repo, m *envguard.Matcher, set *rules.Set) ([]pipeline.Finding, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	if m == nil {
		var err error
		if m, err = envguard.NewMatcher(envguard.DefaultConfig()); err != nil {
			return nil, err
		}
	}
	rep, err := envguard.CheckEnv(ctx, repo, m)
	if err != nil {
		return nil, err
	}
	var out []pipeline.Finding
	for _, v := range rep.Violations {
		out = append(out, pipeline.Finding{RuleID: v.RuleID, Path: v.Path, Line: 1, Severity: rules.SeverityHigh,
			Message: v.Why})
	}
	files, err := envguard.ListFiles(ctx, repo, m)
	if err != nil {
		return nil, err
	}
	fs := newFiles(repo, nil)
	for _, f := range files {
		if f.Kind != envguard.KindExample {
			continue
		}
		data, err := fs.read(f.Path)
		if err != nil || data == nil {
			continue // deleted in the work tree, or a link: nothing to fix here
		}
		parsed, err := envguard.ParseFile(f.Path, data)
		if err != nil {
			return nil, fmt.Errorf("cannot fix %w: correct the line by hand first", err)
		}
		for i, v := range envguard.CheckExample(f.Path, parsed, set) {
			if v.Verdict.Class != envguard.ClassSecret {
				continue
			}
			fd := envguard.ExampleFinding(v)
			fd.KeyKind = kindOf(set, v.Verdict.RuleID)
			if fd.KeyKind == rules.KindNone {
				fd.KeyKind = GuessKind(v.Key, parsed.Entries[i].Value)
			}
			out = append(out, fd)
		}
	}
	return out, nil
}

// kindOf returns the KeyKind of the rule id in set.
func kindOf(set *rules.Set, id string) rules.KeyKind {
	if set == nil || id == "" {
		return rules.KindNone
	}
	for _, r := range set.Rules() {
		if r.ID == id {
			return r.KeyKind
		}
	}
	return rules.KindNone
}
