package dotenv

import (
	"bytes"
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
}

// EditError is a file the editor will not change because it cannot tell
// for sure where an entry starts or ends.
type EditError struct {
	Line int
	Msg  string
}

func (e *EditError) Error() string {
	return fmt.Sprintf("line %d: %s: fix the line by hand, then try again", e.Line, e.Msg)
}

// locate finds every entry of a dotenv file, with byte offsets. It follows
// the same syntax as the parser (comments, blank lines, "export", single,
// double and backtick quotes spanning lines, escapes in double quotes,
// inline comments after unquoted values, CRLF, a BOM) but only needs to
// know where values start and end, never what they mean.
func locate(data []byte) ([]span, error) {
	var out []span
	pos, line := 0, 1
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		pos = 3
	}
	for pos < len(data) {
		s, next, nextLine, err := locateLine(data, pos, line)
		if err != nil {
			return nil, err
		}
		if s != nil {
			out = append(out, *s)
		}
		pos, line = next, nextLine
	}
	return out, nil
}

// locateLine reads the line starting at pos (and, for a quoted value, the
// lines it spans). It returns the entry, if the line holds one, and where
// the next line starts.
func locateLine(data []byte, pos, line int) (*span, int, int, error) {
	end, eol := lineEnd(data, pos)
	i := skipBlank(data, pos, end)
	if i == end || data[i] == '#' {
		return nil, eolNext(data, end, eol), line + 1, nil
	}
	if bytes.HasPrefix(data[i:end], []byte("export ")) || bytes.HasPrefix(data[i:end], []byte("export\t")) {
		i = skipBlank(data, i+len("export"), end)
	}
	k := i
	for i < end && locKeyByte(data[i]) {
		i++
	}
	key := string(data[k:i])
	i = skipBlank(data, i, end)
	if key == "" || i == end || data[i] != '=' {
		return nil, eolNext(data, end, eol), line + 1, nil
	}
	i++
	for i < end && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	s := &span{key: key, line: line, valueStart: i}
	if i < end && (data[i] == '"' || data[i] == '\'' || data[i] == '`') {
		close, lines, err := closingQuote(data, i, line)
		if err != nil {
			return nil, 0, 0, err
		}
		s.valueEnd = close + 1
		line += lines
		end, eol = lineEnd(data, close+1)
	} else {
		j := i
		for j < end && !(data[j] == '#' && (data[j-1] == ' ' || data[j-1] == '\t')) {
			j++
		}
		for j > i && (data[j-1] == ' ' || data[j-1] == '\t' || data[j-1] == '\r') {
			j--
		}
		s.valueEnd = j
	}
	s.lineEnd = eolNext(data, end, eol)
	s.eol = eol
	return s, s.lineEnd, line + 1, nil
}

// closingQuote returns the offset of the quote that closes the one at
// open, and how many line breaks lie between them.
func closingQuote(data []byte, open, line int) (int, int, error) {
	q := data[open]
	lines := 0
	for j := open + 1; j < len(data); j++ {
		switch c := data[j]; {
		case c == '\\' && q == '"' && j+1 < len(data):
			if data[j+1] == '\n' {
				lines++
			}
			j++
		case c == '\n':
			lines++
		case c == q:
			return j, lines, nil
		}
	}
	return 0, 0, &EditError{Line: line, Msg: fmt.Sprintf("the value opened with %c is never closed", q)}
}

// lineEnd returns the offset of the '\n' ending the line at pos (or
// len(data)) and whether there is one.
func lineEnd(data []byte, pos int) (int, bool) {
	if j := bytes.IndexByte(data[pos:], '\n'); j >= 0 {
		return pos + j, true
	}
	return len(data), false
}

func eolNext(data []byte, end int, eol bool) int {
	if eol {
		return end + 1
	}
	return len(data)
}

func skipBlank(data []byte, i, end int) int {
	for i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r') {
		i++
	}
	return i
}

func locKeyByte(c byte) bool {
	return c == '_' || c == '.' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
