// Package source holds the places envguard reads content from: the staged
// index, a commit range, the whole history, a directory and a reader. Each
// returns a [pipeline.Source].
package source

import (
	"github.com/envguard/envguard/scanner/pipeline"
)

// Options configure every source.
type Options struct {
	// MaxFileSize: larger blobs and files are not read but yielded as a
	// Fragment with Skip set (0: no limit). The staged and reader sources
	// read content larger than a few windows (see WindowSize) in
	// overlapping windows, so they need no limit.
	MaxFileSize int64
	// WindowSize is the size of the windows the staged and reader sources
	// read large content in (0: [DefaultWindowSize]).
	WindowSize int64
	// MayGoUnscanned says whether a staged file or a file of a directory
	// whose content cannot be scanned (larger than MaxFileSize, a Git LFS
	// pointer whose content is not in the work tree) may go unscanned:
	// then it is yielded as skipped; otherwise it is an error of the
	// scan's [pipeline.ErrorList], so that the hook or CI job fails and
	// says why. nil allows none.
	MayGoUnscanned func(path string) bool
	// Notify receives informational notices (history cut by a shallow
	// clone, how many commits were scanned). It may be nil and is never
	// called concurrently.
	Notify func(pipeline.Notice)
	// Progress, when not nil, is called now and then during long scans.
	Progress func(Progress)
	// NoGitignore makes Dir read files that .gitignore excludes.
	NoGitignore bool
	// FetchMissing lets a history or range scan of a partial clone fetch
	// the blobs it lacks from the promisor remote. Without it envguard
	// never touches the network and reports those blobs as not scanned.
	FetchMissing bool
	// MayHoldMultiline tells the history and range scans whether a rule
	// whose matches may span lines (a PEM block) may match in a blob: a
	// prefilter, which may say yes wrongly but never no wrongly. A changed
	// blob for which it says no is blanked around its new lines; one for
	// which it says yes is handed whole to the detector. nil means yes for
	// every blob, which is correct and slower. Sources know no rule: the
	// caller builds it from its rule set.
	MayHoldMultiline func(data []byte) bool
	// Allowlisted, when not nil, reports paths where every finding is
	// suppressed (the config's path allowlist). History and range scans
	// read each blob once, at its first path, unless that path is
	// allowlisted: then they read it again at its first other path, so
	// that dedup never costs a finding.
	Allowlisted func(path string) bool
	// MayMatchBinary tells the staged scan whether a rule that runs on
	// binary content may find something in a binary blob: a prefilter,
	// like MayHoldMultiline. A changed binary file for which it says no
	// has no finding whatever its lines, so its old version is neither
	// read nor compared. nil means yes for every blob.
	MayMatchBinary func(data []byte) bool
}

// Progress tells how far a long scan is.
type Progress struct {
	// Unit is what Done and Total count: "commits", "blobs" or "files".
	Unit        string
	Done, Total int
	// Bytes read so far.
	Bytes int64
}
