package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/fatih/color"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
)

const checkEnvUsage = `Usage: envguard check-env [options]

Check that every env file (.env, .env.local, .env.production, ... in any
folder) is ignored by git and is neither tracked nor staged. "Ignored"
means what git means: every .gitignore, .git/info/exclude and
core.excludesFile; a tracked file is never ignored. Also warn when no rule
would ignore a .env created at the top of the repository.

Each violation names the file, why it is one, and the commands that fix
it ('envguard fix' can make the repairs).

No baseline is read: a violation is a file git would commit, not a secret
to accept, and 'envguard baseline' never records one. To accept an env
file that is meant to be in git, add its path under [allowlist] paths in
.envguard.toml (the pre-commit hook honours the same line), or turn a
check off with disabled_rules = ["env/not-ignored"].

Options:
  -f, --format F  text, json, sarif or junit (default text); the machine
                  formats list each violation as a finding with rule env/*
  -o, --output F  write the report to F instead of standard output
  --config FILE   read FILE instead of .envguard.toml at the repository root
  --no-color      no colour, even on a terminal (NO_COLOR works too)

Exit status: 0 all env files are safe, 1 violations, 2 error (such as not
a git repository).

Example:
  envguard check-env
`

func checkEnvCommand() *command {
	return &command{name: "check-env", summary: "check that .env files are ignored and never tracked or staged", usage: checkEnvUsage, run: runCheckEnv}
}

func runCheckEnv(e *env, args []string) error {
	c := checkEnvCommand()
	fs := newFlagSet(e, c)
	var configPath string
	var out outputFlags
	out.add(fs)
	fs.StringVar(&configPath, "config", "", "")
	fs.BoolVar(&e.noColor, "no-color", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef(c.name, "unexpected argument %q: check-env checks the whole repository", pos[0])
	}
	if err := out.check(c.name); err != nil {
		return err
	}
	p, err := scanner.Open(e.dir, "", configPath, scanner.RepoWorkTree)
	if err != nil {
		writeFailure(e, &out, "env files", err)
	}
	switch {
	case errors.Is(err, scanner.ErrNotRepository):
		return withHint(err, "check-env needs a git repository: run it inside one (or 'git init' first)")
	case errors.Is(err, scanner.ErrBare):
		return withHint(err, "check-env needs a work tree: run it in a checkout")
	case err != nil:
		return err
	}
	rep, err := p.CheckEnv(context.Background())
	if err != nil {
		writeFailure(e, &out, "env files", err)
		return err
	}
	relativeCommands(e, p.Repo, rep)
	if out.format != "text" || out.output != "" {
		if err := out.write(e, &scanner.Result{Findings: scanner.EnvFindings(rep), What: "env files"}); err != nil {
			return err
		}
	} else {
		printViolations(e, rep)
	}
	printEnvNotes(e, rep)
	if len(rep.Violations) > 0 {
		return errFindings
	}
	return nil
}

// relativeCommands rewrites the git rm commands for a user who runs
// check-env in a subdirectory: git takes paths relative to it.
func relativeCommands(e *env, repo *scanner.Repo, rep *scanner.EnvReport) {
	cwd := e.dir
	if real, err := filepath.EvalSymlinks(cwd); err == nil {
		cwd = real // git reports the work tree with symlinks resolved
	}
	for i := range rep.Violations {
		v := &rep.Violations[i]
		if v.Untrack == "" {
			continue
		}
		rel, err := filepath.Rel(cwd, filepath.Join(repo.WorkTree, filepath.FromSlash(v.Path)))
		if err == nil && filepath.ToSlash(rel) != v.Path {
			v.Untrack = scanner.UntrackCommand(filepath.ToSlash(rel))
		}
	}
}

// printViolations writes violations on stdout with the steps that fix
// each.
func printViolations(e *env, rep *scanner.EnvReport) {
	path := e.style(e.stdoutTTY, color.Bold)
	rule := e.style(e.stdoutTTY, color.FgRed)
	hint := e.style(e.stdoutTTY, color.FgCyan)
	for _, v := range rep.Violations {
		fmt.Fprintf(e.stdout, "%s %s %s\n", path(report.QuotePath(v.Path)+":"), rule(v.RuleID+":"), v.Why)
		for _, s := range v.Steps() {
			fmt.Fprintf(e.stdout, "    %s %s\n", hint("fix:"), s)
		}
		fmt.Fprintf(e.stdout, "    %s run 'envguard fix' to make these repairs\n", hint("or: "))
	}
}

// printEnvNotes writes the warnings about ignored examples and the root
// .env, and the summary, on stderr.
func printEnvNotes(e *env, rep *scanner.EnvReport) {
	for _, x := range rep.IgnoredExamples {
		e.warnf("%s is an example file, but git ignores it, so it can never be committed", report.QuotePath(x.Path))
		if x.Unignore != "" {
			e.hintf("add this line to .gitignore, after the line that ignores it: %s", x.Unignore)
		} else {
			e.hintf("a folder above it is ignored, and git cannot re-include a file inside an ignored folder: move it or stop ignoring the folder")
		}
	}
	if !rep.RootCovered {
		e.warnf("no ignore rule covers a .env at the top of the repository: a new .env there would not be ignored")
		e.hintf("add the line .env to .gitignore (and .env.* with !.env.example for the variants)")
	}
	n := len(rep.Checked)
	switch {
	case len(rep.Violations) > 0:
		e.infof("%s checked, %s", report.Plural(n, "env file"), report.Plural(len(rep.Violations), "violation"))
	case n == 0:
		e.infof("no env files found")
	default:
		list := rep.Checked
		if len(list) > 5 {
			list = append(list[:5:5], "...")
		}
		e.infof("%s checked: all ignored, none tracked or staged (%s)", report.Plural(n, "env file"), strings.Join(list, ", "))
	}
}
