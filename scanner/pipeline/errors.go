package pipeline

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// FileError is a problem with one file or blob that did not stop the scan.
type FileError struct {
	Path   string
	Commit string
	Err    error
}

func (e *FileError) Error() string {
	where := e.Path
	if e.Commit != "" {
		where = ShortHash(e.Commit) + ":" + e.Path
	}
	return where + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// ErrorList collects per-file errors, like go/scanner.ErrorList.
type ErrorList []*FileError

// Add appends an error about path.
func (l *ErrorList) Add(path, commit string, err error) {
	*l = append(*l, &FileError{Path: path, Commit: commit, Err: err})
}

// Error joins the messages; it names how many more there are past ten.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i == 10 {
			fmt.Fprintf(&b, "\n(and %d more errors)", len(l)-10)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Sort orders the list by path then commit.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Path != l[j].Path {
			return l[i].Path < l[j].Path
		}
		return l[i].Commit < l[j].Commit
	})
}

// Err returns nil for an empty list and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// AsErrorList reports whether err is (or wraps) an ErrorList, which means
// the scan completed with some files unreadable.
func AsErrorList(err error) (ErrorList, bool) {
	var l ErrorList
	ok := errors.As(err, &l)
	return l, ok
}

// ShortHash abbreviates a commit or object id to 12 characters, as
// envguard prints them everywhere.
func ShortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
