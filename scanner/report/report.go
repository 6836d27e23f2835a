// Package report writes findings as text, JSON, SARIF or JUnit XML.
// Reporters own no scan state and never decide about colour: text output
// takes [Styles] built by the caller.
package report

import (
	"fmt"
	"io"

	"github.com/envguard/envguard/scanner"
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
}

// Reporter writes findings. errs, when not nil, lists per-file problems
// that did not stop the scan (a [scanner.ErrorList]).
type Reporter interface {
	Report(w io.Writer, findings []scanner.Finding, errs error) error
}

// Formats lists the names [New] accepts.
var Formats = []string{"text", "json", "sarif", "junit"}

// New returns the reporter for format.
func New(format string, opts Options) (Reporter, error) {
	return nil, fmt.Errorf("unknown format %q: use text, json, sarif or junit", format)
}
