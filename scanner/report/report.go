// Package report writes findings as text, JSON, SARIF or JUnit XML.
//
// # Contract
//
// Reporters own no scan state and never decide about colour: text output
// takes [Styles] built by the caller. Every format redacts secrets through
// [pipeline.Secret] unless [Options.ShowSecrets] is set, and every format
// lists the per-file errors of a scan that went on past them.
package report

import (
	"fmt"
	"github.com/envguard/envguard/scanner/atomicfile"
	"io"
	"strings"
	"time"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Styles colour parts of text output. A nil function leaves text plain.
type Styles struct {
	Path, Rule, Secret, Hint, Warning func(string) string
}

// Options configure a reporter.
type Options struct {
	// ShowSecrets prints secrets unredacted (--show-secrets).
	ShowSecrets bool
	// Styles for text output.
	Styles Styles
	// Tool version, for SARIF.
	Version string
	// Source describes what was scanned ("staged changes", "range A..B"),
	// for summaries.
	Source string
	// Accept is the command that accepts these findings into the baseline
	// ("envguard baseline --staged"), for text's next steps; "" uses
	// plain "envguard baseline".
	Accept string
	// NoFix says that 'envguard fix' cannot repair these findings (they
	// came from standard input), so text's next steps do not offer it.
	NoFix bool
}

// Reporter writes findings. errs, when not nil, lists per-file problems
// that did not stop the scan (a [pipeline.ErrorList]).
type Reporter interface {
	Report(w io.Writer, findings []pipeline.Finding, errs error) error
}

// A format is one entry of the table [New] reads: its name and how to make
// its reporter. A new output format is one file with its Reporter and one
// entry here.
type format struct {
	name string
	make func(Options) Reporter
}

// formats is every output format, in the order help texts list them.
var formats = []format{
	{"text", func(o Options) Reporter { return &Text{opts: o} }},
	{"json", func(o Options) Reporter { return &JSON{opts: o} }},
	{"sarif", func(o Options) Reporter { return &SARIF{opts: o} }},
	{"junit", func(o Options) Reporter { return &JUnit{opts: o} }},
}

// Formats lists the names [New] accepts.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// New returns the reporter for format, one of [Formats].
func New(format string, opts Options) (Reporter, error) {
	for _, f := range formats {
		if f.name == format {
			return f.make(opts), nil
		}
	}
	return nil, fmt.Errorf("unknown format %q: use %s", format, OrList(Formats()))
}

// OrList writes names as "a, b or c".
func OrList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// secretText is the secret as a report shows it: redacted unless the user
// asked to see secrets.
func secretText(f *pipeline.Finding, show bool) string {
	if f.Secret.Len() == 0 {
		return ""
	}
	if show {
		return f.Secret.Reveal()
	}
	return f.Secret.String()
}

// fileError is one per-file error in a format-neutral shape.
type fileError struct {
	Path, Commit, Msg string
}

// fileErrors flattens errs: the entries of a [pipeline.ErrorList], or one
// entry without a path for any other error.
func fileErrors(errs error) []fileError {
	if errs == nil {
		return nil
	}
	l, ok := pipeline.AsErrorList(errs)
	if !ok {
		return []fileError{{Msg: errs.Error()}}
	}
	out := make([]fileError, 0, len(l))
	for _, e := range l {
		msg := "unknown error"
		if e.Err != nil {
			msg = e.Err.Error()
		}
		out = append(out, fileError{Path: e.Path, Commit: e.Commit, Msg: msg})
	}
	return out
}

// date formats a commit date for reports: RFC 3339 in UTC.
func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// severity returns the lower-case severity, or "high" when a finding has
// none (a secret is a serious matter unless a rule says otherwise).
func severity(f *pipeline.Finding) string {
	if f.Severity == 0 {
		return "high"
	}
	return f.Severity.String()
}

// oneLine folds a message to one line for formats that want one.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Plural returns "1 secret" or "2 secrets": n and the word, with an s
// unless n is 1. Every count envguard prints goes through it.
func Plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// errWriter remembers the first write error so formatting code can write
// freely and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, a ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, a...)
	}
}

// WriteFile writes a report to path atomically (a temporary file renamed
// over it), so that a failed scan never leaves half a report behind.
func WriteFile(path string, write func(io.Writer) error) error {
	return atomicfile.WriteWith(path, 0o644, write)
}

// ShortHash abbreviates a commit id as reports print it.
func ShortHash(h string) string { return pipeline.ShortHash(h) }
