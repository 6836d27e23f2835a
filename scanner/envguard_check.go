package scanner

import (
	"context"
	"slices"

	"github.com/envguard/envguard/scanner/envguard"
)

// EnvReport is what check-env found: the violations, the env files
// checked, example files git ignores, and whether a root .env would be
// ignored.
type EnvReport = envguard.EnvReport

// CheckEnv runs the .env guard over the whole work tree: every env file
// must be ignored by git and neither tracked nor staged. The config's
// filters apply as in a staged scan ([allowlist] paths, disabled_rules);
// the baseline does not: it never records .env guard findings.
func (p *Project) CheckEnv(ctx context.Context) (*EnvReport, error) {
	m, err := p.EnvMatcher()
	if err != nil {
		return nil, err
	}
	rep, err := envguard.CheckEnv(ctx, p.Repo, m)
	if err != nil {
		return nil, err
	}
	kept, allowed := rep.Violations[:0], map[string]bool{}
	for _, v := range rep.Violations {
		f := v.Finding()
		if _, ok := suppressedBy(p.Filters, &f); ok {
			allowed[v.Path] = true
			continue
		}
		kept = append(kept, v)
	}
	rep.Violations = kept
	if len(allowed) > 0 {
		// An allowed file was not judged: it is not "checked".
		rep.Checked = slices.DeleteFunc(rep.Checked, func(p string) bool { return allowed[p] })
	}
	return rep, nil
}

// UntrackCommand is the git command that takes path out of the index and
// leaves the file on disk.
func UntrackCommand(path string) string { return envguard.UntrackCommand(path) }

// EnvMatcher tells env files and example files apart by the config's globs.
func (p *Project) EnvMatcher() (*envguard.Matcher, error) {
	return envguard.NewMatcher(p.EnvConfig())
}

// EnvFindings turns check-env's violations into findings (rules env/*),
// for the report formats.
func EnvFindings(rep *EnvReport) []Finding {
	out := make([]Finding, 0, len(rep.Violations))
	for _, v := range rep.Violations {
		out = append(out, v.Finding())
	}
	return out
}
