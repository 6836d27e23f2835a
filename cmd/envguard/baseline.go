package main

import (
	"context"
	"path/filepath"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
)

const baselineUsage = `Usage: envguard baseline [source] [options]

Record the current findings as accepted, so that 'envguard scan --baseline
FILE' reports only new ones. The file holds fingerprints (hashes of the rule
id and the secret) with the rule and path for reviewers, never a secret. It
is sorted and has no timestamps, so it diffs and merges cleanly: commit it.

A finding stays accepted when its line moves or its commit is rebased; a
different secret on the same line is reported.

Sources (pick one; default --all):
  --all                 the whole history of all refs
  -s, --staged          the staged changes
  --range A..B          what the commits reachable from B but not from A added
  --dir PATH            files under PATH (no git needed)

Options:
  -o, --output FILE     where to write (default .envguard-baseline.json at the
                        repository root, or in the current folder outside one)
  --config FILE         read FILE instead of .envguard.toml at the repository root
  --max-file-size SIZE  skip larger files and blobs (default 10MiB)
  --no-gitignore        with --dir, also scan files .gitignore excludes
  --fetch-missing       in a partial clone, fetch the blobs it lacks (envguard
                        never uses the network otherwise)
  --no-color            no colour, even on a terminal
  -v, --verbose         say what was skipped, rejected or allowed, and why

Examples:
  envguard baseline                              # accept everything in history
  git add .envguard-baseline.json
  envguard scan --all --baseline .envguard-baseline.json
`

func baselineCommand() *command {
	return &command{name: "baseline", summary: "record current findings as accepted", usage: baselineUsage, run: runBaseline}
}

func runBaseline(e *env, args []string) error {
	c := baselineCommand()
	f := &scanFlags{maxFileSize: scanner.DefaultMaxFileSize, noEnvCheck: true}
	output := scanner.DefaultBaselineFile
	fs := newFlagSet(e, c)
	f.addSourceFlags(e, fs)
	fs.StringVar(&output, "output", output, "")
	fs.StringVar(&output, "o", output, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef(c.name, "unexpected argument %q", pos[0])
	}
	f.maxFileSizeSet = flagSet(fs, "max-file-size")
	outputSet := flagSet(fs, "output", "o")
	n := f.sources()
	if n > 1 {
		return usagef(c.name, "choose one source: --all, -s/--staged, --range or --dir")
	}
	if n == 0 {
		f.all = true
	}
	if output == "" {
		return usagef(c.name, "-o/--output needs a file name")
	}

	spec := f.spec(e, &noticePrinter{e: e, verbose: f.verbose})
	p, err := scanner.OpenFor(spec)
	if err != nil {
		return err
	}
	res, err := p.Scan(context.Background(), spec)
	if err != nil {
		return err
	}
	if !outputSet && p.Repo != nil && p.Repo.WorkTree != "" {
		// By default the baseline lives at the repository root, next to
		// .envguard.toml, wherever in the work tree envguard runs.
		output = relPath(e.dir, filepath.Join(p.Repo.WorkTree, scanner.DefaultBaselineFile))
	}
	n, err = scanner.WriteBaseline(output, res.Findings)
	if err != nil {
		return err
	}
	if scanErr := res.Err(); scanErr != nil {
		e.warnf("some files could not be scanned, so their findings are not in the baseline:\n%v", scanErr)
	}
	e.infof("recorded %s from %s in %s", report.Plural(n, "accepted finding"), res.What, output)
	e.hintf("commit it, and scan with 'envguard scan --baseline %s'", output)
	return nil
}

// relPath shows path relative to dir when that is shorter to read.
func relPath(dir, path string) string {
	if rel, err := filepath.Rel(dir, path); err == nil && len(rel) < len(path) {
		return rel
	}
	return path
}
