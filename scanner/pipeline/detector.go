package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"

	"github.com/envguard/envguard/rules/engine"
)

// Filter decides whether a finding is suppressed. Check returns the reason
// and true to suppress it. Filters must be safe for concurrent use.
type Filter interface {
	Check(f *Finding) (Reason, bool)
}

// NoticeKind tells what a [Notice] is about.
type NoticeKind int

// Kinds of notice.
const (
	// NoticeSkipped: content was not scanned (too large, binary, submodule).
	NoticeSkipped NoticeKind = iota + 1
	// NoticeRejected: a candidate was not reported (placeholder, failed
	// validation, low entropy).
	NoticeRejected
	// NoticeSuppressed: a finding was suppressed by an allow comment, the
	// config or the baseline.
	NoticeSuppressed
	// NoticeInfo: a remark about the scan (history cut by a shallow clone,
	// commits scanned).
	NoticeInfo
)

// Notice is a remark for --verbose output. It never holds a raw secret.
type Notice struct {
	Kind   NoticeKind
	Path   string
	Commit string
	Line   int
	RuleID string
	Reason string
}

// Options configure a [Detector].
type Options struct {
	// MaxFileSize skips fragments larger than this many bytes (0: no limit).
	MaxFileSize int64
	// Filters run on every finding, in order.
	Filters []Filter
	// Notify receives notices; it may be nil. It is never called
	// concurrently.
	Notify func(Notice)
	// Rejected asks for rejected candidates as notices (costs a little).
	Rejected bool
	// Workers is the number of fragments scanned at once (0: GOMAXPROCS).
	Workers int
}

// Detector scans sources with a rule set. It does not change after it is
// built and is safe for concurrent use.
type Detector struct {
	set  *engine.Set
	opts Options
	// binary is the set of rules that run on binary content, built on
	// first use: most scans (every pre-commit run without a binary file)
	// never need its prefilter.
	binary     func() (*engine.Set, error)
	binaryRule bool
}

// NewDetector builds a detector for set.
func NewDetector(set *engine.Set, opts Options) (*Detector, error) {
	var bin []engine.Rule
	for _, r := range set.Rules() {
		if r.Binary {
			bin = append(bin, r)
		}
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	return &Detector{set: set, opts: opts, binaryRule: len(bin) > 0,
		binary: sync.OnceValues(func() (*engine.Set, error) { return engine.Compile(bin) })}, nil
}

// result is what scanning one fragment produced.
type result struct {
	findings []Finding
	notices  []Notice
}

// Scan reads every fragment of src and calls emit for each finding that is
// not suppressed, in the order the source yields fragments. emit is never
// called concurrently; an error from emit stops the scan and is returned.
// Per-file problems are returned as an [ErrorList] after the scan.
func (d *Detector) Scan(ctx context.Context, src Source, emit func(Finding) error) error {
	if d.opts.Workers == 1 {
		return d.scanSerial(ctx, src, emit)
	}
	type job struct {
		frag Fragment
		out  chan result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, d.opts.Workers*2)
	order := make(chan chan result, d.opts.Workers*4)
	var wg sync.WaitGroup
	for i := 0; i < d.opts.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := d.scanFragment(j.frag)
				if j.frag.Release != nil {
					j.frag.Release()
				}
				j.out <- r
			}
		}()
	}
	srcErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		srcErr <- src.Fragments(ctx, func(f Fragment) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			out := make(chan result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{f, out}:
			case <-ctx.Done():
				// out is already queued: the collector waits on it.
				out <- result{}
				return ctx.Err()
			}
			return nil
		})
	}()
	var emitErr error
	for out := range order {
		r := <-out
		if emitErr == nil {
			emitErr = d.deliver(r, emit)
			if emitErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	err := <-srcErr
	if emitErr != nil {
		return emitErr
	}
	return err
}

func (d *Detector) scanSerial(ctx context.Context, src Source, emit func(Finding) error) error {
	return src.Fragments(ctx, func(f Fragment) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := d.scanFragment(f)
		if f.Release != nil {
			f.Release()
		}
		return d.deliver(r, emit)
	})
}

func (d *Detector) deliver(r result, emit func(Finding) error) error {
	if d.opts.Notify != nil {
		for _, n := range r.notices {
			d.opts.Notify(n)
		}
	}
	for _, f := range r.findings {
		if f.Suppressed != nil {
			continue
		}
		if err := emit(f); err != nil {
			return err
		}
	}
	return nil
}

// ScanFragment scans one fragment and returns its findings, including the
// suppressed ones (with Suppressed set), and its notices.
func (d *Detector) ScanFragment(f Fragment) ([]Finding, []Notice) {
	r := d.scanFragment(f)
	return r.findings, r.notices
}

func (d *Detector) scanFragment(f Fragment) result {
	var res result
	commit := ""
	if f.Commit != nil {
		commit = f.Commit.Hash
	}
	notice := func(kind NoticeKind, line int, rule, reason string) {
		res.notices = append(res.notices, Notice{Kind: kind, Path: f.Path, Commit: commit, Line: line, RuleID: rule, Reason: reason})
	}
	if f.Skip != "" {
		notice(NoticeSkipped, 0, "", f.Skip)
		return res
	}
	if d.opts.MaxFileSize > 0 && int64(len(f.Data)) > d.opts.MaxFileSize {
		notice(NoticeSkipped, 0, "", fmt.Sprintf("larger than --max-file-size (%d bytes)", d.opts.MaxFileSize))
		return res
	}
	data := f.Data
	set := d.set
	if u, ok := DecodeText(data); ok {
		data = u
	} else if IsBinary(data) {
		if !d.binaryRule {
			notice(NoticeSkipped, 0, "", "binary")
			return res
		}
		bs, err := d.binary()
		if err != nil {
			// The rules compiled as part of the whole set: this cannot
			// happen; say so rather than scan nothing in silence.
			notice(NoticeSkipped, 0, "", "binary: "+err.Error())
			return res
		}
		set = bs
		notice(NoticeSkipped, 0, "", "binary: only private-key rules ran")
	}
	if f.Lines != nil && len(f.Lines) == 0 {
		return res // no line counts: nothing to report
	}
	// The line index is built when needed: a binary file without a match
	// needs none.
	var lines *lineIndex
	if f.Lines != nil {
		lines = newLineIndex(data)
	}
	all := d.opts.Rejected && d.opts.Notify != nil
	set.MatchFileIn(f.Path, data, all, lines.spans(f.Lines), func(m engine.Match) {
		if lines == nil {
			lines = newLineIndex(data)
		}
		line, col := lines.position(m.Start)
		endLine, _ := lines.position(max(m.End-1, m.Start))
		if !f.Lines.Overlaps(line, endLine) {
			return
		}
		if m.Rejected == "" && m.Rule.Generic && assigned(data, m) && bareInCode(f.Path, data, m.Start, m.End) {
			m.Rejected = "an unquoted value in source code is an identifier or expression, not a literal"
		}
		if m.Rejected != "" {
			notice(NoticeRejected, line, m.Rule.ID, m.Rejected)
			return
		}
		fd := Finding{
			RuleID:      m.Rule.ID,
			Description: m.Rule.Description,
			Severity:    m.Rule.Severity,
			Path:        f.Path,
			Line:        line,
			Column:      col,
			EndLine:     endLine,
			Commit:      f.Commit,
			Secret:      NewSecret(m.Secret),
			Name:        m.Name,
			KeyKind:     m.Rule.KeyKind,
			Rotate:      m.Rule.Rotate,
			Fingerprint: Fingerprint(m.Rule.ID, m.Secret),
		}
		if r, ok := inlineAllow(lines, data, line, f.Lines); ok {
			fd.Suppressed = &r
		}
		for _, flt := range d.opts.Filters {
			if fd.Suppressed != nil {
				break
			}
			if r, ok := flt.Check(&fd); ok {
				fd.Suppressed = &r
			}
		}
		if fd.Suppressed != nil {
			notice(NoticeSuppressed, line, fd.RuleID, fd.Suppressed.String())
		}
		res.findings = append(res.findings, fd)
	})
	return res
}

// spans returns the byte ranges of the lines of ls, for
// [engine.Set.MatchFileIn]; nil (all of data) for a nil set.
func (x *lineIndex) spans(ls LineSet) [][2]int {
	if ls == nil || x == nil {
		return nil
	}
	out := make([][2]int, 0, len(ls))
	n := x.lines()
	seek := lineSeeker{x: x} // ls is sorted: one pass over the lines
	for _, r := range ls {
		if r.From > n || r.To < 1 {
			continue
		}
		from, to := max(r.From, 1), min(r.To, n)
		start := seek.start(from)
		end := math.MaxInt
		if to < n {
			end = seek.start(to + 1)
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

// codeExts are the source files in which a value must be quoted to be a
// literal: there, "key: ec256Priv" or "token = cfg.Token" names a
// variable. Config and shell files (.env, YAML, INI, TOML, .sh) are not
// here: their bare values are strings.
var codeExts = map[string]bool{
	".go": true, ".py": true, ".pyi": true, ".js": true, ".mjs": true, ".cjs": true, ".ts": true,
	".tsx": true, ".jsx": true, ".java": true, ".kt": true, ".scala": true, ".rb": true,
	".rs": true, ".cs": true, ".swift": true, ".php": true, ".c": true, ".h": true,
	".cc": true, ".cpp": true, ".hpp": true, ".m": true, ".dart": true, ".lua": true,
}

// assigned reports whether m's secret is the value of an assignment: the
// match before it ends with an operator (=, :, a comma), and is not a URL's
// user info ("scheme://user:") or query ("?token="), nor a header's value
// ("Bearer "), where no quote comes right before the secret even when the
// text is a quoted literal.
func assigned(data []byte, m engine.Match) bool {
	head := data[m.MatchStart:m.Start]
	if bytes.Contains(head, []byte("://")) || len(head) > 0 && (head[0] == '?' || head[0] == '&') {
		return false
	}
	head = bytes.TrimRight(head, " \t\"'`")
	return len(head) > 0 && strings.IndexByte("=:,>", head[len(head)-1]) >= 0
}

// bareInCode reports whether the secret at data[start:end] of a source
// code file has no quote right before it, so that it is not a literal.
func bareInCode(path string, data []byte, start, end int) bool {
	dot := strings.LastIndexByte(path, '.')
	if dot < 0 || strings.LastIndexByte(path, '/') > dot || !codeExts[strings.ToLower(path[dot:])] {
		return false
	}
	return start == 0 || strings.IndexByte("\"'`", data[start-1]) < 0
}
