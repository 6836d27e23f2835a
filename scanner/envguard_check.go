package scanner

import (
	"context"

	"github.com/envguard/envguard/scanner/envguard"
)

// EnvReport is what check-env found: the violations, the env files
// checked, example files git ignores, and whether a root .env would be
// ignored.
type EnvReport = envguard.EnvReport

// CheckEnv runs the .env guard over the whole work tree: every env file
// must be ignored by git and neither tracked nor staged.
func (p *Project) CheckEnv(ctx context.Context) (*EnvReport, error) {
	m, err := p.EnvMatcher()
	if err != nil {
		return nil, err
	}
	return envguard.CheckEnv(ctx, p.Repo, m)
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
