// Package scanner is envguard's library entry point: it puts the pipeline
// together (repository, config, rule set, source, filters, the .env guard)
// and re-exports the pipeline's types, so that a caller needs this package
// and, for output, scanner/report.
package scanner

import "github.com/envguard/envguard/scanner/pipeline"

// The pipeline's types, under the names callers use.
type (
	// Finding is one leaked secret or .env guard violation at one place.
	Finding = pipeline.Finding
	// Fragment is one piece of content to scan.
	Fragment = pipeline.Fragment
	// Commit identifies where history content came from.
	Commit = pipeline.Commit
	// Source yields fragments.
	Source = pipeline.Source
	// Secret holds a secret value that redacts itself when printed.
	Secret = pipeline.Secret
	// Reason records why a finding was not reported.
	Reason = pipeline.Reason
	// Filter suppresses findings.
	Filter = pipeline.Filter
	// Notice tells the caller about skipped, rejected or allowed content.
	Notice = pipeline.Notice
	// NoticeKind says what a Notice is about.
	NoticeKind = pipeline.NoticeKind
	// Options configures a Detector.
	Options = pipeline.Options
	// Detector runs a rule set over fragments.
	Detector = pipeline.Detector
	// ErrorList collects per-file errors that did not stop a scan.
	ErrorList = pipeline.ErrorList
	// FileError is one file that could not be scanned.
	FileError = pipeline.FileError
	// LineSet lists the lines of a fragment that count.
	LineSet = pipeline.LineSet
)

// Kinds of notice.
const (
	NoticeSkipped    = pipeline.NoticeSkipped
	NoticeRejected   = pipeline.NoticeRejected
	NoticeSuppressed = pipeline.NoticeSuppressed
	NoticeInfo       = pipeline.NoticeInfo
)

// NewDetector builds a Detector; see [pipeline.NewDetector].
var NewDetector = pipeline.NewDetector

// AsErrorList reports whether err is a list of per-file errors.
var AsErrorList = pipeline.AsErrorList

// NewSecret wraps a secret value.
var NewSecret = pipeline.NewSecret
