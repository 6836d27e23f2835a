// Package envcheck is the .env guard: env files stay out of git, example
// files hold placeholders only.
package envcheck

import (
	"context"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/gitrepo"
)

// Config lists the env and example file globs (doublestar, matched against
// slash-separated paths relative to the repository root).
type Config struct {
	EnvFiles, ExampleFiles []string
}

// DefaultConfig returns the built-in globs.
func DefaultConfig() Config { return Config{} }

// ScanStaged returns env guard findings for a pre-commit scan: env files
// staged (env/staged), env files in the work tree that git does not ignore
// (env/not-ignored) and staged example files with secret-like values
// (env/example-secret).
func ScanStaged(ctx context.Context, repo *gitrepo.Repo, cfg Config, set *rules.Set) ([]scanner.Finding, error) {
	return nil, nil
}
