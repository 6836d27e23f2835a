package scanner

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/fix"
	"github.com/envguard/envguard/scanner/internal/dotenv"
)

// ExampleResult is what check-example found in one example file.
type ExampleResult struct {
	Path       string                `json:"path"`
	Violations []ExampleViolation    `json:"violations"`
	Drift      *envguard.DriftReport `json:"drift,omitempty"`
	// EnvFile is the env file the example was compared with for drift
	// (.env, or .env.local for .env.local.example), when there is one.
	EnvFile string `json:"env_file,omitempty"`
	Error   string `json:"error,omitempty"`
	// Findings are the violations as findings (rule env/example-secret),
	// for the report formats.
	Findings []Finding `json:"-"`
}

// ExampleViolation is a secret-like value in an example file.
type ExampleViolation struct {
	Line   int    `json:"line"`
	Key    string `json:"key"`
	Reason string `json:"reason"`
	RuleID string `json:"rule,omitempty"`
	Secret Secret `json:"secret"`
}

// FindExamples lists the example files git tracks or would add, as paths
// relative to dir. Symbolic links are never followed (they may point out
// of the repository) and files gone from the work tree are left out.
func (p *Project) FindExamples(ctx context.Context, dir string) ([]string, error) {
	if p.Repo == nil {
		return nil, ErrNotRepository
	}
	m, err := envguard.NewMatcher(p.EnvConfig())
	if err != nil {
		return nil, err
	}
	list, err := envguard.ListFiles(ctx, p.Repo, m)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range list {
		if f.Kind != envguard.KindExample {
			continue
		}
		full := filepath.Join(p.Repo.WorkTree, filepath.FromSlash(f.Path))
		if fi, err := os.Lstat(full); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if rel, err := filepath.Rel(dir, full); err == nil {
			full = rel
		}
		out = append(out, full)
	}
	return out, nil
}

// CheckExample reads, parses and classifies one example file (name is
// relative to dir) and compares it with the .env beside it. The config's
// filters apply as in a staged scan ([allowlist] paths, disabled_rules);
// the baseline does not: it never records .env guard findings.
func (p *Project) CheckExample(dir, name string) ExampleResult {
	res := ExampleResult{Path: filepath.ToSlash(name), Violations: []ExampleViolation{}}
	f, data, err := readDotenv(dir, name)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	// The config's filters see the path from the repository root, as in
	// a scan.
	at := res.Path
	if p.Repo != nil {
		full := name
		if !filepath.IsAbs(full) {
			full = filepath.Join(dir, name)
		}
		if rel, err := filepath.Rel(p.Repo.WorkTree, full); err == nil && filepath.IsLocal(rel) {
			at = filepath.ToSlash(rel)
		}
	}
	for _, v := range envguard.CheckExample(res.Path, f, p.Set) {
		if v.Verdict.Class == envguard.ClassSecret {
			f := v.Finding()
			f.Path = at
			if _, ok := suppressedBy(p.Filters, &f); ok {
				continue
			}
			res.Violations = append(res.Violations, ExampleViolation{Line: v.Line, Key: v.Key, Reason: v.Verdict.Reason, RuleID: v.Verdict.RuleID, Secret: v.Secret()})
			res.Findings = append(res.Findings, v.Finding())
		}
	}
	sibling := filepath.FromSlash(fix.EnvFileFor(filepath.ToSlash(name))) // .env.local for .env.local.example
	if filepath.Base(name) == ".env" || !isRegular(dir, sibling) {
		return res
	}
	res.EnvFile = filepath.ToSlash(sibling)
	envFile, _, err := readDotenv(dir, sibling)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	if d := envguard.Drift(f, envFile, envguard.CommentedKeys(data)); !d.Empty() {
		res.Drift = &d
	}
	return res
}

func readDotenv(dir, name string) (*dotenv.File, []byte, error) {
	full := name
	if !filepath.IsAbs(full) {
		full = filepath.Join(dir, name)
	}
	data, err := os.ReadFile(full)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, fmt.Errorf("%s: no such file", filepath.ToSlash(name))
		}
		return nil, nil, fmt.Errorf("%s: %w", filepath.ToSlash(name), err)
	}
	f, err := envguard.ParseFile(filepath.ToSlash(name), data)
	return f, data, err
}

func isRegular(dir, name string) bool {
	if !filepath.IsAbs(name) {
		name = filepath.Join(dir, name)
	}
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}
