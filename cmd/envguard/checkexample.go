package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/fatih/color"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/dotenv"
	"github.com/envguard/envguard/scanner/envguard"
)

const checkExampleUsage = `Usage: envguard check-example [FILE...] [options]

Check that example env files hold placeholders and plain configuration
only, never a real-looking secret. Each value is classified as empty, a
placeholder (changeme, <your-key>, ${VAR}, xxxx, documented example keys),
plain configuration (booleans, numbers, hosts, URLs without a password) or
secret-like (a rule matches, a secret-named key holds a random-looking
value, or a URL holds a real-looking password); secret-like values are
violations, shown redacted.

Without FILE it checks every example file in the repository that git
tracks or would add: .env.example, .env.sample, .env.template, .env.dist,
.env.defaults, env.example and .env.local.example-style templates, in any
folder. With FILE arguments no git
repository is needed.

When a .env sits beside an example, keys set in one but not the other are
reported as warnings ("drift").

Options:
  --strict          drift makes the check fail too
  -f, --format F    text or json (default text)
  --config FILE     read FILE instead of .envguard.toml
  --no-color        no colour, even on a terminal (NO_COLOR works too)

Exit status: 0 clean, 1 secret-like values (or drift with --strict),
2 error (such as a file that does not parse).

Examples:
  envguard check-example
  envguard check-example config/.env.example --strict
`

func checkExampleCommand() *command {
	return &command{name: "check-example", summary: "check that example env files hold placeholders only", usage: checkExampleUsage, run: runCheckExample}
}

// exampleResult is what check-example found in one file.
type exampleResult struct {
	Path       string                `json:"path"`
	Violations []exampleViolation    `json:"violations"`
	Drift      *envguard.DriftReport `json:"drift,omitempty"`
	Error      string                `json:"error,omitempty"`
}

type exampleViolation struct {
	Line   int            `json:"line"`
	Key    string         `json:"key"`
	Reason string         `json:"reason"`
	RuleID string         `json:"rule,omitempty"`
	Secret scanner.Secret `json:"secret"`
}

func runCheckExample(e *env, args []string) error {
	c := checkExampleCommand()
	fs := newFlagSet(e, c)
	var strict bool
	var format, configPath string
	fs.BoolVar(&strict, "strict", false, "")
	fs.StringVar(&format, "format", "text", "")
	fs.StringVar(&format, "f", "text", "")
	fs.StringVar(&configPath, "config", "", "")
	fs.BoolVar(&e.noColor, "no-color", false, "")
	files, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if format != "text" && format != "json" {
		return usagef(c.name, "unknown format %q: use text or json", format)
	}
	root := e.dir
	repo, repoErr := scanner.OpenRepo(e.dir)
	if repoErr == nil && repo.WorkTree != "" {
		root = repo.WorkTree
	}
	cfg, err := loadConfig(root, configPath)
	if err != nil {
		return configHint(err)
	}
	ruleList, err := cfg.Rules(rules.Builtin())
	if err != nil {
		return configHint(err)
	}
	set, err := rules.Compile(ruleList)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		if repoErr != nil {
			return withHint(repoErr, "name the files to check: envguard check-example FILE...")
		}
		if files, err = findExamples(repo, cfg.EnvFiles, cfg.ExampleFiles, e.dir); err != nil {
			return err
		}
		if len(files) == 0 {
			e.infof("no example env files found (.env.example, .env.sample, .env.template, .env.dist, .env.defaults, env.example)")
			return nil
		}
	}
	results := make([]exampleResult, 0, len(files))
	for _, name := range files {
		results = append(results, checkOneExample(e, name, set))
	}
	return reportExamples(e, results, format, strict)
}

// findExamples lists the example files git tracks or would add, as paths
// relative to dir.
func findExamples(repo *scanner.Repo, envGlobs, exampleGlobs []string, dir string) ([]string, error) {
	m, err := envguard.NewMatcher(envguard.Config{EnvFiles: envGlobs, ExampleFiles: exampleGlobs})
	if err != nil {
		return nil, err
	}
	list, err := envguard.ListFiles(context.Background(), repo, m)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range list {
		if f.Kind != envguard.KindExample {
			continue
		}
		full := filepath.Join(repo.WorkTree, filepath.FromSlash(f.Path))
		if fi, err := os.Lstat(full); err != nil || !fi.Mode().IsRegular() {
			// Gone from the work tree, or a symbolic link, which is never
			// followed (it may point out of the repository).
			continue
		}
		if rel, err := filepath.Rel(dir, full); err == nil {
			full = rel
		}
		out = append(out, full)
	}
	return out, nil
}

// checkOneExample reads, parses and classifies one example file and
// compares it with a sibling .env.
func checkOneExample(e *env, name string, set *rules.Set) exampleResult {
	res := exampleResult{Path: filepath.ToSlash(name), Violations: []exampleViolation{}}
	f, data, err := readDotenv(e, name)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	for _, v := range envguard.CheckExample(res.Path, f, set) {
		if v.Verdict.Class == envguard.ClassSecret {
			res.Violations = append(res.Violations, exampleViolation{Line: v.Line, Key: v.Key, Reason: v.Verdict.Reason, RuleID: v.Verdict.RuleID, Secret: v.Secret()})
		}
	}
	sibling := filepath.Join(filepath.Dir(name), ".env")
	if filepath.Base(name) == ".env" || !isRegular(e, sibling) {
		return res
	}
	envFile, _, err := readDotenv(e, sibling)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	if d := envguard.Drift(f, envFile, envguard.CommentedKeys(data)); !d.Empty() {
		res.Drift = &d
	}
	return res
}

func readDotenv(e *env, name string) (*dotenv.File, []byte, error) {
	full := name
	if !filepath.IsAbs(full) {
		full = filepath.Join(e.dir, name)
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

func isRegular(e *env, name string) bool {
	if !filepath.IsAbs(name) {
		name = filepath.Join(e.dir, name)
	}
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}

// reportExamples prints the results and decides the outcome: errors
// first (exit 2), then violations or strict drift (exit 1).
func reportExamples(e *env, results []exampleResult, format string, strict bool) error {
	violations, drift, errs := 0, 0, 0
	for _, r := range results {
		violations += len(r.Violations)
		if r.Drift != nil {
			drift++
		}
		if r.Error != "" {
			errs++
		}
	}
	if format == "json" {
		if err := writeExampleJSON(e, results); err != nil {
			return err
		}
	} else {
		printExampleText(e, results, strict)
	}
	switch {
	case errs > 0:
		return withHint(fmt.Errorf("%s could not be checked", nounCount(errs, "file")), "fix the syntax at the line named above and run the check again")
	case violations > 0 || strict && drift > 0:
		return errFindings
	}
	return nil
}

func writeExampleJSON(e *env, results []exampleResult) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Files []exampleResult `json:"files"`
	}{results})
}

func printExampleText(e *env, results []exampleResult, strict bool) {
	path := e.style(e.stdoutTTY, color.Bold)
	rule := e.style(e.stdoutTTY, color.FgRed)
	secret := e.style(e.stdoutTTY, color.FgYellow)
	violations := 0
	for _, r := range results {
		if r.Error != "" {
			e.errorf("%s", r.Error)
			continue
		}
		for _, v := range r.Violations {
			violations++
			fmt.Fprintf(e.stdout, "%s %s %s: %s\n", path(fmt.Sprintf("%s:%d:", r.Path, v.Line)), rule(v.Key+":"), v.Reason, secret(v.Secret.String()))
		}
		if d := r.Drift; d != nil {
			env := filepath.ToSlash(filepath.Join(filepath.Dir(r.Path), ".env"))
			warn := e.warnf
			if strict {
				warn = e.errorf
			}
			if len(d.MissingFromExample) > 0 {
				warn("%s: keys set in %s but missing from the example: %s", r.Path, env, strings.Join(d.MissingFromExample, ", "))
				e.hintf("add them to %s with placeholder values so collaborators know to set them", r.Path)
			}
			if len(d.MissingFromEnv) > 0 {
				warn("%s: keys listed in the example but not set in %s: %s", r.Path, env, strings.Join(d.MissingFromEnv, ", "))
			}
		}
	}
	if violations > 0 {
		e.hintf("example files are committed: replace each value above with a placeholder (KEY= or KEY=changeme) and keep the real one in .env")
		e.hintf("a value that was ever committed or pushed is leaked: rotate it ('envguard keygen' makes fresh keys)")
	}
}
