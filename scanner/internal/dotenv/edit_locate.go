package dotenv

import (
	"bytes"
	"errors"
	"fmt"
)

// span is where one KEY=VALUE entry sits in a file, in bytes.
type span struct {
	key string
	// line is the 1-based line of the key.
	line int
	// valueStart and valueEnd delimit the value as written, quotes
	// included (valueStart == valueEnd for an empty value).
	valueStart, valueEnd int
	// lineEnd is the offset just past the line break that ends the
	// entry's last line (len(data) when the file ends without one).
	lineEnd int
	// eol is true when the entry's last line ends with a line break.
	eol bool
	// start is where the entry's first line starts; keyStart where its
	// key starts (after blanks and "export ").
	start, keyStart int
	// export is true when the line starts with "export ".
	export bool
}

// EditError is a file the editor will not change because it cannot tell
// for sure where an entry starts or ends.
type EditError struct {
	Line int
	Msg  string
}

// Error says which line and what to do.
func (e *EditError) Error() string {
	return fmt.Sprintf("line %d: %s: fix the line by hand, then try again", e.Line, e.Msg)
}

// locate finds every entry of a dotenv file with [Parse], with the byte
// offsets an editor needs.
func locate(data []byte) ([]span, error) {
	f, err := Parse(data)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return nil, &EditError{Line: pe.Line, Msg: pe.Msg}
		}
		return nil, err
	}
	out := make([]span, len(f.Entries))
	for i, e := range f.Entries {
		s := span{key: e.Key, line: e.Line, valueStart: e.ValueStart, valueEnd: e.ValueEnd, lineEnd: e.End,
			start: e.Start, keyStart: keyStart(data, e), export: e.Export}
		switch {
		case e.End < len(data) && data[e.End] == '\n':
			s.lineEnd, s.eol = e.End+1, true
		case e.End+1 < len(data) && data[e.End] == '\r' && data[e.End+1] == '\n':
			s.lineEnd, s.eol = e.End+2, true
		}
		out[i] = s
	}
	return out, nil
}

// keyStart returns the offset of e's key: after leading blanks and, for an
// exported entry, "export" and the blanks after it.
func keyStart(data []byte, e Entry) int {
	i := e.Start
	skip := func() {
		for i < e.ValueStart && (data[i] == ' ' || data[i] == '\t') {
			i++
		}
	}
	skip()
	if e.Export && bytes.HasPrefix(data[i:], []byte("export")) {
		i += len("export")
		skip()
	}
	return i
}
