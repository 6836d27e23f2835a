package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
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

No baseline is read: an example file is published with the repository,
so a real-looking value there is fixed with a placeholder, not accepted,
and 'envguard baseline' never records it. An example that holds a
documented fake on purpose is accepted by its path under [allowlist]
paths in .envguard.toml (the pre-commit hook honours the same line).

Options:
  --strict          drift makes the check fail too
  -f, --format F    text, json, sarif or junit (default text); json lists
                    each file with its violations and drift, sarif and
                    junit each violation as an env/example-secret finding
  -o, --output F    write the report to F instead of standard output
  --show-secrets    print the values unredacted (text, sarif, junit)
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

func runCheckExample(e *env, args []string) error {
	c := checkExampleCommand()
	fs := newFlagSet(e, c)
	var strict bool
	var configPath string
	var out outputFlags
	out.add(fs)
	fs.BoolVar(&strict, "strict", false, "")
	fs.StringVar(&configPath, "config", "", "")
	fs.BoolVar(&e.noColor, "no-color", false, "")
	files, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if err := out.check(c.name); err != nil {
		return err
	}
	p, err := scanner.Open(e.dir, "", configPath, scanner.RepoOptional)
	if err != nil {
		writeFailure(e, &out, "example files", err)
		return err
	}
	if len(files) == 0 {
		if p.Repo == nil {
			return withHint(scanner.ErrNotRepository, "name the files to check: envguard check-example FILE...")
		}
		if files, err = p.FindExamples(context.Background(), e.dir); err != nil {
			return err
		}
		if len(files) == 0 {
			e.infof("no example env files found (.env.example, .env.sample, .env.template, .env.dist, .env.defaults, env.example)")
			return nil
		}
	}
	results := make([]scanner.ExampleResult, 0, len(files))
	for _, name := range files {
		results = append(results, p.CheckExample(e.dir, name))
	}
	return reportExamples(e, results, &out, strict)
}

// reportExamples prints the results and decides the outcome: errors
// first (exit 2), then violations or strict drift (exit 1).
func reportExamples(e *env, results []scanner.ExampleResult, out *outputFlags, strict bool) error {
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
	var err error
	switch out.format {
	case "json":
		err = writeReport(e, out.output, func(w io.Writer) error { return writeExampleJSON(w, results) })
	case "text":
		if out.output == "" {
			printExampleText(e, results, strict, out.showSecrets)
			break
		}
		fallthrough
	default:
		res := &scanner.Result{What: "example files"}
		for _, r := range results {
			res.Findings = append(res.Findings, r.Findings...)
		}
		err = out.write(e, res)
	}
	if err != nil {
		return err
	}
	switch {
	case errs > 0:
		return withHint(fmt.Errorf("%s could not be checked", report.Plural(errs, "file")), "fix the syntax at the line named above and run the check again")
	case violations > 0 || strict && drift > 0:
		return errFindings
	}
	return nil
}

func writeExampleJSON(w io.Writer, results []scanner.ExampleResult) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Files []scanner.ExampleResult `json:"files"`
	}{results})
}

func printExampleText(e *env, results []scanner.ExampleResult, strict, showSecrets bool) {
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
			shown := v.Secret.String()
			if showSecrets {
				shown = v.Secret.Reveal()
			}
			fmt.Fprintf(e.stdout, "%s %s %s: %s\n", path(fmt.Sprintf("%s:%d:", report.QuotePath(r.Path), v.Line)), rule(report.QuotePath(v.Key)+":"), v.Reason, secret(shown))
		}
		if d := r.Drift; d != nil {
			env := r.EnvFile
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
