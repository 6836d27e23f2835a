package scanner

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/allow"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/pipeline"
	"github.com/envguard/envguard/scanner/source"
)

// SourceKind names where a scan reads content from.
type SourceKind int

// Sources of a scan.
const (
	// Staged: what is staged, only the lines added relative to HEAD.
	Staged SourceKind = iota
	// Range: what the commits of Spec.Range added.
	Range
	// History: the whole history of all refs.
	History
	// Dir: the files under Spec.Path.
	Dir
	// Stdin: Spec.Stdin, named Spec.StdinName.
	Stdin
)

// Spec says what to scan and how. It is the neutral form of a command
// line: the CLI fills it from flags, a library caller from code.
type Spec struct {
	// Dir is the directory the command runs in ("" means the current one).
	Dir string
	// Source is where to read; Range, Path, Stdin and StdinName go with it.
	Source    SourceKind
	Range     string
	Path      string
	Stdin     io.Reader
	StdinName string
	// ConfigPath replaces .envguard.toml at the root.
	ConfigPath string
	// Baseline, when set, is a baseline file whose findings are accepted.
	// When empty, .envguard-baseline.json at the repository root (or the
	// project root outside one) is read when it exists.
	Baseline string
	// NoBaseline ignores the baseline, the default one included.
	NoBaseline bool
	// MaxFileSize caps what is read (0: the config's value, else 10 MiB;
	// a staged, stdin or directory scan has no cap unless one is set).
	MaxFileSize int64
	// NoGitignore makes a directory scan read ignored files too.
	NoGitignore bool
	// FetchMissing lets a history scan of a partial clone fetch blobs.
	FetchMissing bool
	// NoEnvCheck turns off the .env guard of a staged scan.
	NoEnvCheck bool
	// Rejected asks for notices about candidates the rules rejected.
	Rejected bool
	// Notify receives notices (skipped, rejected, suppressed, info); nil
	// drops them. It is never called concurrently.
	Notify func(Notice)
	// Progress, when set, is called now and then during long scans.
	Progress func(Progress)
}

// Progress tells how far a long scan is.
type Progress = source.Progress

// DefaultMaxFileSize was the size cap of history and range scans. No scan
// applies a cap by default any more (large content is read in windows);
// it stays for callers that want the old cap.
const DefaultMaxFileSize = 10 << 20

// Result is what a scan found.
type Result struct {
	// Findings are the findings no filter suppressed, sorted by path,
	// line, column and rule.
	Findings []Finding
	// Errors lists the files that could not be scanned (the scan went on).
	Errors ErrorList
	// What names the source for reports: "staged changes", "history", ...
	What string
	// StaleBaseline lists baseline entries that matched nothing.
	StaleBaseline []string
}

// Run opens the project for spec and scans it, and reports each secret
// once ([OncePerSecret]). [Project.Scan] keeps every place, for the
// commands that act on each (fix, baseline).
func Run(ctx context.Context, spec Spec) (*Result, error) {
	p, err := OpenFor(spec)
	if err != nil {
		return nil, err
	}
	res, err := p.Scan(ctx, spec)
	if res != nil {
		res.Findings = OncePerSecret(res.Findings)
	}
	return res, err
}

// OpenFor opens the project a scan of spec needs: the repository for git
// sources, the directory's own config for a directory scan.
func OpenFor(spec Spec) (*Project, error) {
	dir := spec.Dir
	if dir == "" {
		dir = "."
	}
	switch spec.Source {
	case Dir:
		root := spec.Path
		if fi, err := os.Stat(root); err == nil && !fi.IsDir() {
			root = filepath.Dir(root) // a single file: the config beside it
		}
		return Open(dir, root, spec.ConfigPath, RepoNone)
	case Stdin:
		return Open(dir, "", spec.ConfigPath, RepoOptional)
	case Staged:
		return Open(dir, "", spec.ConfigPath, RepoStaged)
	}
	return Open(dir, "", spec.ConfigPath, RepoRequired)
}

// Scan runs spec's source through the detector, the project's filters,
// the baseline and (for a staged scan) the .env guard.
func (p *Project) Scan(ctx context.Context, spec Spec) (*Result, error) {
	notify := spec.Notify
	if notify == nil {
		notify = func(Notice) {}
	}
	maxSize := spec.MaxFileSize
	if maxSize == 0 {
		maxSize = p.Config.MaxFileSize
	}
	// Every source reads large content in overlapping windows: a cap is
	// only what the user sets (issue 14).
	// A directory's paths are reported relative to the repository root
	// (or the current directory); the filters still see them relative to
	// the directory, where its config is.
	var dir dirBase
	baselineRoot := ""
	if spec.Source == Dir {
		dir = newDirBase(spec.Dir, spec.Path)
		notify = dir.notify(notify)
		baselineRoot = dir.repoRoot
	}
	for _, w := range p.Warnings {
		notify(Notice{Kind: NoticeInfo, Reason: "warning: " + w})
	}
	filters := p.Filters
	base, err := p.baseline(spec, baselineRoot, notify)
	if err != nil {
		return nil, err
	}
	if base != nil {
		filters = append(filters[:len(filters):len(filters)], base)
	}
	res := &Result{}
	src, err := p.source(spec, maxSize, notify, res)
	if err != nil {
		return nil, err
	}
	// The .env guard mostly waits on git, so it runs while the staged
	// content is scanned.
	var envResult func() ([]Finding, error)
	if spec.Source == Staged && !spec.NoEnvCheck {
		envResult = envguard.StartScanStaged(ctx, p.Repo, p.EnvConfig(), p.ruleSetFunc())
	}
	if p.compiling != nil {
		// The rule set is still being built (a staged scan): the staged
		// content is read and diffed meanwhile.
		pre := pipeline.Prefetch(ctx, src, prefetchFragments)
		defer pre.Stop()
		src = pre
	}
	set, err := p.RuleSet()
	if err != nil {
		return nil, err
	}
	det, err := pipeline.NewDetector(set, pipeline.Options{MaxFileSize: maxSize, Filters: filters, Notify: notify, Rejected: spec.Rejected})
	if err != nil {
		return nil, err
	}
	scanErr := det.Scan(ctx, src, func(f Finding) error {
		res.Findings = append(res.Findings, f)
		return nil
	})
	if err := res.addErrors(scanErr); err != nil {
		return nil, err
	}
	if envResult != nil {
		envFindings, err := envResult()
		if err := res.addErrors(err); err != nil {
			return nil, err
		}
		for _, f := range envFindings {
			if r, ok := suppressedBy(filters, &f); ok {
				notify(Notice{Kind: NoticeSuppressed, Path: f.Path, Line: f.Line, RuleID: f.RuleID, Reason: r.String()})
				continue
			}
			res.Findings = append(res.Findings, f)
		}
	}
	if base != nil {
		res.StaleBaseline = base.Stale()
	}
	dir.apply(res)
	SortFindings(res.Findings)
	return res, nil
}

// addErrors keeps per-file errors and returns any other error.
func (r *Result) addErrors(err error) error {
	if err == nil {
		return nil
	}
	list, ok := pipeline.AsErrorList(err)
	if !ok {
		return err
	}
	r.Errors = append(r.Errors, list...)
	return nil
}

// Err returns the per-file errors as an error, or nil.
func (r *Result) Err() error {
	if len(r.Errors) == 0 {
		return nil
	}
	return r.Errors
}

// A sourceKind is one entry of [sources]: how a source of one
// [SourceKind] is named in reports and how it is opened. A new source is a
// file in scanner/source and one entry in [sources].
type sourceKind struct {
	what func(spec Spec) string
	open func(p *Project, spec Spec, opts source.Options) (Source, error)
}

// sources maps each SourceKind to its entry.
var sources = map[SourceKind]sourceKind{
	Staged: {
		func(Spec) string { return "staged changes" },
		func(p *Project, _ Spec, opts source.Options) (Source, error) { return source.Staged(p.Repo, opts), nil },
	},
	Range: {
		func(spec Spec) string { return "range " + spec.Range },
		func(p *Project, spec Spec, opts source.Options) (Source, error) {
			return source.Range(p.Repo, spec.Range, opts)
		},
	},
	History: {
		func(Spec) string { return "history" },
		func(p *Project, _ Spec, opts source.Options) (Source, error) { return source.History(p.Repo, opts) },
	},
	Dir: {
		func(spec Spec) string { return "directory " + spec.Path },
		func(_ *Project, spec Spec, opts source.Options) (Source, error) { return source.Dir(spec.Path, opts) },
	},
	Stdin: {
		func(Spec) string { return "standard input" },
		func(_ *Project, spec Spec, opts source.Options) (Source, error) {
			opts.Progress = nil
			return source.Reader(spec.StdinName, spec.Stdin, opts), nil
		},
	},
}

// What names what spec scans, as reports say it ("staged changes",
// "range A..B", "directory src"), also before a scan could start.
func (spec Spec) What() string {
	if k, ok := sources[spec.Source]; ok {
		return k.what(spec)
	}
	return fmt.Sprintf("source %d", spec.Source)
}

// source builds the source spec asks for and names it in res.What.
func (p *Project) source(spec Spec, maxSize int64, notify func(Notice), res *Result) (Source, error) {
	opts := source.Options{MaxFileSize: maxSize, Notify: notify, NoGitignore: spec.NoGitignore, FetchMissing: spec.FetchMissing, Progress: spec.Progress,
		MayGoUnscanned: p.Config.MayGoUnscanned, Allowlisted: pathAllowlist(p.Filters)}
	if p.compiling == nil {
		opts.MayHoldMultiline, opts.MayMatchBinary = p.Set.MultilineFilter(), p.Set.BinaryFilter()
	} else {
		// The set is still being built: these wait for it when first asked
		// (a staged binary file), and answer "may" if it failed.
		ruleSet := p.ruleSetFunc()
		filter := func(pick func(*rules.Set) func([]byte) bool) func([]byte) bool {
			f := sync.OnceValue(func() func([]byte) bool {
				if set, err := ruleSet(); err == nil {
					return pick(set)
				}
				return func([]byte) bool { return true }
			})
			return func(data []byte) bool { return f()(data) }
		}
		opts.MayHoldMultiline = filter((*rules.Set).MultilineFilter)
		opts.MayMatchBinary = filter((*rules.Set).BinaryFilter)
	}
	k, ok := sources[spec.Source]
	if !ok {
		return nil, fmt.Errorf("unknown source kind %d", spec.Source)
	}
	res.What = k.what(spec)
	return k.open(p, spec, opts)
}

// pathAllowlist reports the paths where the filters suppress every
// finding (the config's allowlist.paths), or is nil when there are none.
func pathAllowlist(filters []Filter) func(string) bool {
	var ps []*allow.Paths
	for _, f := range filters {
		if p, ok := f.(*allow.Paths); ok {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return func(path string) bool {
		for _, p := range ps {
			if _, ok := p.Check(&Finding{Path: path}); ok {
				return true
			}
		}
		return false
	}
}

func suppressedBy(filters []Filter, f *Finding) (Reason, bool) {
	for _, flt := range filters {
		if r, ok := flt.Check(f); ok {
			return r, true
		}
	}
	return Reason{}, false
}

// prefetchFragments is how many fragments a staged scan reads ahead of
// the detector while the rule set is built: a commit's few files, and at
// most 64 MiB of the 4 MiB windows of a large one.
const prefetchFragments = 16

// SortFindings orders findings by path, line, column and rule.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column), strings.Compare(a.RuleID, b.RuleID))
	})
}
