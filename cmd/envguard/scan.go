package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/fatih/color"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/allow"
	"github.com/envguard/envguard/scanner/atomicfile"
	"github.com/envguard/envguard/scanner/config"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/report"
	"github.com/envguard/envguard/scanner/source"
)

const scanUsage = `Usage: envguard scan [source] [options]

Scan for secrets. Without a source flag it scans what is staged, as the
pre-commit hook does.

Sources (pick one):
  -s, --staged          the staged changes: only lines added relative to HEAD (default)
  --range A..B          what the commits reachable from B but not from A added
  --all                 the whole history of all refs, each secret reported once
  --dir PATH            files under PATH (no git needed; honours .gitignore)
  --stdin               standard input (name it with --stdin-name NAME)

Options:
  -f, --format FORMAT   text, json, sarif or junit (default text)
  -o, --output FILE     write the report to FILE instead of standard output
  --baseline FILE       report only findings not recorded in FILE
  --config FILE         read FILE instead of .envguard.toml at the repository root
  --show-secrets        print secrets unredacted (never in shared CI logs)
  --max-file-size SIZE  skip larger files and blobs (default 10MiB)
  --no-env-check        skip the .env guard checks in a staged scan
  --no-gitignore        with --dir, also scan files .gitignore excludes
  --fetch-missing       with --all/--range in a partial clone, fetch the blobs it
                        lacks (envguard never uses the network otherwise)
  --no-color            no colour, even on a terminal (NO_COLOR works too)
  -v, --verbose         say what was skipped, rejected or allowed, and why

Exit status: 0 nothing found, 1 findings, 2 error.

Examples:
  envguard scan                                  # pre-commit: what is staged
  envguard scan --range origin/main..HEAD -f sarif -o envguard.sarif
  envguard scan --all --baseline .envguard-baseline.json
  envguard scan --dir . --format json
  cat settings.py | envguard scan --stdin --stdin-name settings.py
`

func scanCommand() *command {
	return &command{name: "scan", summary: "scan staged changes, a commit range, history, a directory or stdin", usage: scanUsage, run: runScan}
}

// scanFlags holds the parsed command line of scan.
type scanFlags struct {
	staged, all, stdin        bool
	rangeSpec, dir, stdinName string
	format, output, baseline  string
	configPath                string
	showSecrets, verbose      bool
	noEnvCheck, noGitignore   bool
	fetchMissing              bool
	maxFileSize               byteSize
	maxFileSizeSet            bool
}

func parseScanFlags(e *env, c *command, args []string) (*scanFlags, error) {
	f := &scanFlags{maxFileSize: 10 << 20}
	fs := newFlagSet(e, c)
	f.addSourceFlags(e, fs)
	fs.BoolVar(&f.stdin, "stdin", false, "")
	fs.StringVar(&f.stdinName, "stdin-name", "stdin", "")
	fs.StringVar(&f.format, "format", "text", "")
	fs.StringVar(&f.format, "f", "text", "")
	fs.StringVar(&f.output, "output", "", "")
	fs.StringVar(&f.output, "o", "", "")
	fs.StringVar(&f.baseline, "baseline", "", "")
	fs.BoolVar(&f.showSecrets, "show-secrets", false, "")
	fs.BoolVar(&f.noEnvCheck, "no-env-check", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) > 0 {
		return nil, usagef(c.name, "unexpected argument %q", pos[0])
	}
	f.maxFileSizeSet = flagSet(fs, "max-file-size")
	if f.sources() > 1 {
		return nil, usagef(c.name, "choose one source: -s/--staged, --range, --all, --dir or --stdin")
	}
	if !validFormat(f.format) {
		return nil, usagef(c.name, "unknown format %q: use %s", f.format, strings.Join(report.Formats, ", "))
	}
	return f, nil
}

// addSourceFlags registers the flags scan and baseline share: the sources
// but --stdin, the config, the size limit and the output noise.
func (f *scanFlags) addSourceFlags(e *env, fs *flag.FlagSet) {
	fs.BoolVar(&f.staged, "staged", false, "")
	fs.BoolVar(&f.staged, "s", false, "")
	fs.StringVar(&f.rangeSpec, "range", "", "")
	fs.BoolVar(&f.all, "all", false, "")
	fs.StringVar(&f.dir, "dir", "", "")
	fs.StringVar(&f.configPath, "config", "", "")
	fs.Var(&f.maxFileSize, "max-file-size", "")
	fs.BoolVar(&f.noGitignore, "no-gitignore", false, "")
	fs.BoolVar(&f.fetchMissing, "fetch-missing", false, "")
	fs.BoolVar(&e.noColor, "no-color", false, "")
	fs.BoolVar(&f.verbose, "verbose", false, "")
	fs.BoolVar(&f.verbose, "v", false, "")
}

// sources counts the source flags given.
func (f *scanFlags) sources() int {
	n := 0
	for _, set := range []bool{f.staged, f.rangeSpec != "", f.all, f.dir != "", f.stdin} {
		if set {
			n++
		}
	}
	return n
}

// flagSet reports whether any of names was given on the command line.
func flagSet(fs *flag.FlagSet, names ...string) bool {
	set := false
	fs.Visit(func(fl *flag.Flag) {
		for _, n := range names {
			set = set || fl.Name == n
		}
	})
	return set
}

func validFormat(s string) bool {
	for _, f := range report.Formats {
		if f == s {
			return true
		}
	}
	return false
}

func runScan(e *env, args []string) error {
	c := scanCommand()
	f, err := parseScanFlags(e, c, args)
	if err != nil {
		return err
	}
	job, err := setupScan(e, f)
	if err != nil {
		return err
	}
	var base *allow.Baseline
	if f.baseline != "" {
		if base, err = allow.LoadBaseline(f.baseline); err != nil {
			var be *allow.BaselineError
			if errors.As(err, &be) {
				return withHint(err, be.Hint())
			}
			return err
		}
		job.filters = append(job.filters, base)
	}
	findings, scanErr, err := job.run(context.Background(), e, f)
	if err != nil {
		return err
	}
	if base != nil && f.verbose {
		for _, s := range base.Stale() {
			e.infof("baseline entry no longer matches anything: %s", s)
		}
	}

	tty := e.stdoutTTY && f.output == ""
	rep, err := report.New(f.format, report.Options{
		ShowSecrets: f.showSecrets,
		Version:     version(),
		Source:      job.what,
		Styles: report.Styles{
			Path:    e.style(tty, color.Bold),
			Rule:    e.style(tty, color.FgRed),
			Secret:  e.style(tty, color.FgYellow),
			Hint:    e.style(tty, color.FgCyan),
			Warning: e.style(tty, color.FgYellow),
		},
	})
	if err != nil {
		return err
	}
	if err := writeReport(e, f.output, func(w io.Writer) error { return rep.Report(w, findings, scanErr) }); err != nil {
		return err
	}
	// A text report on standard output already lists the files that could
	// not be scanned; other formats and files need a word on stderr.
	if scanErr != nil && (f.format != "text" || f.output != "") {
		e.warnf("some files could not be scanned:\n%v", scanErr)
	}
	switch {
	case len(findings) > 0:
		return errFindings
	case scanErr != nil:
		return withHint(errors.New("the scan was incomplete"), "fix or exclude the files named above and scan again")
	}
	return nil
}

// scanJob is a scan ready to run: the source, the rules and the filters.
// scan and baseline share it.
type scanJob struct {
	repo    *scanner.Repo
	cfg     *config.Config
	set     *rules.Set
	filters []scanner.Filter
	src     scanner.Source
	what    string
	notices *noticePrinter
	maxSize int64
}

// setupScan finds the repository (when the source needs one), reads the
// config and builds the rule set, the filters and the source.
func setupScan(e *env, f *scanFlags) (*scanJob, error) {
	var err error
	job := &scanJob{notices: &noticePrinter{e: e, verbose: f.verbose}}
	root := e.dir
	switch {
	case f.dir != "":
		root = f.dir
		if fi, err := os.Stat(f.dir); err == nil && !fi.IsDir() {
			root = filepath.Dir(f.dir) // --dir FILE: the config beside it
		}
	case f.stdin:
		if r, err := scanner.OpenRepo(e.dir); err == nil && r.WorkTree != "" {
			root = r.WorkTree
		}
	default:
		if job.repo, err = scanner.OpenRepo(e.dir); err != nil {
			return nil, err
		}
		if job.repo.WorkTree != "" {
			root = job.repo.WorkTree
		}
	}
	if job.cfg, err = loadConfig(root, f.configPath); err != nil {
		return nil, configHint(err)
	}
	if job.cfg.MaxFileSize > 0 && !f.maxFileSizeSet {
		f.maxFileSize = byteSize(job.cfg.MaxFileSize)
	}
	job.maxSize = int64(f.maxFileSize)
	ruleList, err := job.cfg.Rules(rules.Builtin())
	if err != nil {
		return nil, configHint(err)
	}
	if job.set, err = rules.Compile(ruleList); err != nil {
		return nil, err
	}
	if job.filters, err = job.cfg.Filters(); err != nil {
		return nil, configHint(err)
	}
	if err := job.source(e, f); err != nil {
		return nil, err
	}
	return job, nil
}

// source picks the source the flags ask for.
func (j *scanJob) source(e *env, f *scanFlags) error {
	var err error
	srcOpts := source.Options{MaxFileSize: j.maxSize, Notify: j.notices.notify, NoGitignore: f.noGitignore, FetchMissing: f.fetchMissing}
	if f.rangeSpec != "" || f.all {
		srcOpts.MayHoldMultiline = mayHoldMultiline(j.set)
	}
	if e.stderrTTY && !f.stdin {
		srcOpts.Progress = newProgress(e).update
	}
	j.what = "staged changes"
	switch {
	case f.rangeSpec != "":
		j.what = "range " + f.rangeSpec
		j.src, err = source.Range(j.repo, f.rangeSpec, srcOpts)
	case f.all:
		j.what = "history"
		j.src, err = source.History(j.repo, srcOpts)
	case f.dir != "":
		j.what = "directory " + f.dir
		j.src, err = source.Dir(f.dir, srcOpts)
	case f.stdin:
		j.what = "standard input"
		j.src = source.Reader(f.stdinName, e.stdin, srcOpts)
	default:
		if err = j.repo.RequireWorkTree(); err == nil {
			j.src = source.Staged(j.repo, srcOpts)
		}
	}
	return err
}

// run scans and returns the findings not suppressed, sorted; scanErr is
// the per-file errors of a scan that went on past them, err a scan that
// could not be completed.
func (j *scanJob) run(ctx context.Context, e *env, f *scanFlags) (findings []scanner.Finding, scanErr, err error) {
	det, err := scanner.NewDetector(j.set, scanner.Options{
		MaxFileSize: j.maxSize,
		Filters:     j.filters,
		Notify:      j.notices.notify,
		Rejected:    f.verbose,
	})
	if err != nil {
		return nil, nil, err
	}
	// The env guard mostly waits on git walking the work tree, so it runs
	// while the staged content is scanned.
	var envResult func() ([]scanner.Finding, error)
	if j.repo != nil && f.rangeSpec == "" && !f.all && !f.noEnvCheck {
		envResult = envguard.StartScanStaged(ctx, j.repo, envguard.Config{EnvFiles: j.cfg.EnvFiles, ExampleFiles: j.cfg.ExampleFiles}, j.set)
	}
	scanErr = det.Scan(ctx, j.src, func(fd scanner.Finding) error {
		findings = append(findings, fd)
		return nil
	})
	if _, partial := scanner.AsErrorList(scanErr); scanErr != nil && !partial {
		return nil, nil, scanErr
	}
	if envResult != nil {
		envFindings, err := envResult()
		if envErrs, partial := scanner.AsErrorList(err); partial {
			all, _ := scanner.AsErrorList(scanErr)
			all = append(all, envErrs...)
			scanErr = all
		} else if err != nil {
			return nil, nil, err
		}
		for _, fd := range envFindings {
			if r, ok := suppressed(j.filters, &fd); ok {
				j.notices.notify(scanner.Notice{Kind: scanner.NoticeSuppressed, Path: fd.Path, Line: fd.Line, RuleID: fd.RuleID, Reason: r.String()})
				continue
			}
			findings = append(findings, fd)
		}
	}
	sortFindings(findings)
	return findings, scanErr, nil
}

// configHint turns the fix of a config error into a hint line.
func configHint(err error) error {
	var ce *config.Error
	if errors.As(err, &ce) && ce.Fix != "" {
		return withHint(err, ce.Fix)
	}
	return err
}

func suppressed(filters []scanner.Filter, fd *scanner.Finding) (scanner.Reason, bool) {
	for _, f := range filters {
		if r, ok := f.Check(fd); ok {
			return r, true
		}
	}
	return scanner.Reason{}, false
}

// loadConfig reads --config, or .envguard.toml at root when it exists.
func loadConfig(root, path string) (*config.Config, error) {
	if path == "" {
		p := filepath.Join(root, config.FileName)
		if _, err := os.Stat(p); err != nil {
			return config.Default(), nil
		}
		path = p
	}
	return config.Load(path)
}

// sortFindings orders findings by path, line, column and rule.
func sortFindings(fs []scanner.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.RuleID < b.RuleID
	})
}

// writeReport writes to stdout, or atomically to path. A closed pipe on
// stdout (envguard scan | head) is not an error.
func writeReport(e *env, path string, write func(io.Writer) error) error {
	if path == "" {
		err := write(e.stdout)
		if errors.Is(err, syscall.EPIPE) {
			return nil
		}
		return err
	}
	return atomicfile.WriteWith(path, 0o644, write)
}

// noticePrinter prints notices on stderr: skipped files always (briefly),
// everything with --verbose.
type noticePrinter struct {
	e       *env
	verbose bool
	skipped int
}

func (p *noticePrinter) notify(n scanner.Notice) {
	where := n.Path
	if n.Commit != "" {
		where = shortCommit(n.Commit) + ":" + where
	}
	if n.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, n.Line)
	}
	switch n.Kind {
	case scanner.NoticeInfo:
		p.e.infof("%s", n.Reason)
	case scanner.NoticeSkipped:
		if p.verbose || strings.Contains(n.Reason, "larger than") {
			p.e.infof("skipped %s: %s", where, n.Reason)
		}
	case scanner.NoticeRejected:
		if p.verbose {
			p.e.infof("rejected %s: %s: %s", where, n.RuleID, n.Reason)
		}
	case scanner.NoticeSuppressed:
		if p.verbose {
			p.e.infof("allowed %s: %s: %s", where, n.RuleID, n.Reason)
		}
	}
}

func shortCommit(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// mayHoldMultiline is the history and range scans' prefilter for the
// rules whose matches may span lines (see source.Options).
func mayHoldMultiline(set *rules.Set) func([]byte) bool {
	var ml []rules.Rule
	for _, r := range set.Rules() {
		if r.Multiline {
			ml = append(ml, r)
		}
	}
	mset, err := rules.Compile(ml)
	if err != nil {
		return nil // every blob may: slower, never wrong
	}
	return func(data []byte) bool { return len(mset.Candidates(data)) > 0 }
}
