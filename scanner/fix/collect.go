package fix

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// EnvFindings returns what the env guard (scanner/envguard) reports for
// the whole work tree, as `envguard fix` needs it: env files that are
// tracked (env/tracked), staged (env/staged) or not ignored
// (env/not-ignored), and secret-like values in the work tree copy of
// every example file git tracks or would add (env/example-secret, with
// Name set to the key and KeyKind to the kind of key that replaces it). m
// nil means the built-in globs. The findings are those the staged scan
// reports for the same violations ([envguard.Violation.Finding],
// [envguard.Value.Finding]).
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
		out = append(out, v.Finding())
	}
	for _, x := range rep.IgnoredExamples {
		if x.Unignore != "" {
			out = append(out, pipeline.Finding{RuleID: RuleExampleIgnored, Path: x.Path, Fingerprint: x.Unignore,
				Message: "git ignores this example file (a broad ignore line hides it): collaborators never get it"})
		}
	}
	files, err := envguard.ListFiles(ctx, repo, m)
	if err != nil {
		return nil, err
	}
	w := newWorktree(repo.WorkTree, nil)
	for _, rel := range rep.Checked {
		if fi, err := os.Lstat(w.abs(rel)); err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o077 != 0 {
			out = append(out, pipeline.Finding{RuleID: RuleReadable, Path: rel, Fingerprint: "mode",
				Message: fmt.Sprintf("others on this machine can read it (mode %04o)", fi.Mode().Perm())})
		}
	}
	for _, f := range files {
		if f.Kind != envguard.KindExample {
			continue
		}
		data, err := w.read(f.Path)
		if err != nil || data == nil {
			continue // deleted in the work tree, or a link: nothing to fix here
		}
		parsed, err := envguard.ParseFile(f.Path, data)
		if err != nil {
			return nil, fmt.Errorf("cannot fix %w: correct the line by hand first", err)
		}
		for _, v := range envguard.CheckExample(f.Path, parsed, set) {
			if v.Verdict.Class == envguard.ClassSecret {
				out = append(out, v.Finding())
			}
		}
	}
	return out, nil
}

// Collect merges the findings of the env guard's whole-tree pass
// ([EnvFindings]) with those of a staged scan that ran the env guard too,
// so that each env guard violation is reported once: a staged finding of
// an env guard rule is dropped when the whole-tree pass has the same one
// (same rule, path and fingerprint). The staged pass still adds what only
// it sees, such as a secret in the staged copy of an example file that
// the work tree copy no longer holds.
func Collect(env, staged []pipeline.Finding) []pipeline.Finding {
	type key struct{ rule, path, fingerprint string }
	have := map[key]bool{}
	out := append([]pipeline.Finding(nil), env...)
	for _, f := range env {
		have[key{f.RuleID, f.Path, f.Fingerprint}] = true
	}
	for _, f := range staged {
		if strings.HasPrefix(f.RuleID, envguard.RulePrefix) && have[key{f.RuleID, f.Path, f.Fingerprint}] {
			continue
		}
		out = append(out, f)
	}
	return out
}
