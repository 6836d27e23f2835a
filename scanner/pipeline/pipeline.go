// Package pipeline holds the scan pipeline's types and its one stage of
// work: a [Source] yields [Fragment]s, the [Detector] runs a rules.Set over
// each, turns matches into [Finding]s, applies [Filter]s and hands each
// finding to the caller.
//
// # Contract
//
// pipeline imports only the rules engine and the standard library: it
// knows nothing of git, files, flags or terminals. Sources (scanner/source),
// filters (scanner/allow), reports (scanner/report) and the .env guard
// (scanner/envguard) build on it; package scanner puts them together and
// re-exports these types.
package pipeline

import (
	"context"
	"sort"
	"time"
)

// Fragment is one piece of content to scan.
type Fragment struct {
	// Path is slash-separated and relative to the repository or directory
	// root (or the name given to stdin).
	Path string
	// Commit is the commit that introduced the content; nil for staged,
	// directory and stdin scans.
	Commit *Commit
	// Data is the content.
	Data []byte
	// Lines lists the lines (1-based) that count, such as the lines a diff
	// adds. A nil LineSet means every line counts.
	Lines LineSet
	// Skip, when not empty, says why the source did not read this content
	// (too large, submodule); Data is then empty and the detector only
	// passes the notice on.
	Skip string
	// Release, when not nil, is called once [Detector.Scan] no longer
	// reads Data: the source may then reuse its buffer. It may be called
	// from any goroutine, and not at all when the scan stops early.
	Release func()
}

// Commit identifies where history content came from.
type Commit struct {
	Hash   string
	Author string
	Email  string
	Date   time.Time
}

// Source yields fragments. Fragments calls yield for each fragment and
// stops at the first error yield returns, returning it. Errors about one
// file that do not stop the scan are collected and returned as an
// [ErrorList] after all fragments were yielded; any other error means the
// scan could not be completed. yield is never called concurrently and a
// fragment's Data must not be changed after yield returns.
type Source interface {
	Fragments(ctx context.Context, yield func(Fragment) error) error
}

// LineRange is an inclusive range of 1-based line numbers.
type LineRange struct{ From, To int }

// LineSet is a sorted list of disjoint line ranges. A nil LineSet means
// all lines; an empty non-nil one means none.
type LineSet []LineRange

// Contains reports whether line is in s.
func (s LineSet) Contains(line int) bool {
	if s == nil {
		return true
	}
	i := sort.Search(len(s), func(i int) bool { return s[i].To >= line })
	return i < len(s) && s[i].From <= line
}

// Overlaps reports whether any line from..to (inclusive) is in s.
func (s LineSet) Overlaps(from, to int) bool {
	if s == nil {
		return true
	}
	i := sort.Search(len(s), func(i int) bool { return s[i].To >= from })
	return i < len(s) && s[i].From <= to
}

// Add appends line to s, which must be built in ascending order, merging
// adjacent lines into ranges.
func (s LineSet) Add(line int) LineSet {
	if s == nil {
		s = LineSet{}
	}
	if n := len(s); n > 0 && s[n-1].To+1 >= line {
		if line > s[n-1].To {
			s[n-1].To = line
		}
		return s
	}
	return append(s, LineRange{line, line})
}

// Count is the number of lines in s; -1 for a nil (all lines) set.
func (s LineSet) Count() int {
	if s == nil {
		return -1
	}
	n := 0
	for _, r := range s {
		n += r.To - r.From + 1
	}
	return n
}
