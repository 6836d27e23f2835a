// Package dotenv parses and edits dotenv files (.env, .env.example).
//
// # Syntax
//
// [Parse] reads the dialect most tools share (Node's dotenv, python-dotenv,
// Docker Compose):
//
//   - blank lines and lines whose first non-blank byte is '#' are skipped;
//   - an entry is `KEY=value`, optionally prefixed by `export `; spaces
//     around '=' are allowed; a key is a letter or '_' followed by letters,
//     digits, '_', '.' or '-';
//   - an unquoted value runs to the end of the line; a '#' after a space or
//     tab starts a comment ("KEY=#fff" is the value "#fff", as in
//     python-dotenv, Docker Compose and the shell); trailing blanks are
//     dropped;
//   - 'single' and `backtick` quoted values are taken literally; "double"
//     quoted values resolve the escapes \n \r \t \\ \" \' \$ (any other
//     backslash is kept); all three may span lines; after the closing
//     quote only blanks and a '#' comment may follow;
//   - `${VAR}` and `$VAR` are kept as written (no interpolation); see
//     [Entry.IsReference];
//   - CRLF line endings and a UTF-8 byte order mark are accepted; a CRLF
//     inside a quoted value reads as "\n".
//
// # Offsets
//
// Every [Entry] records where it lies in the input, in bytes, so that an
// editor can replace a value in place without touching anything else:
// data[Start:End] is the whole entry and data[ValueStart:ValueEnd] is its
// raw value, quotes included. Offsets count from the first byte of the
// input, BOM included.
package dotenv

import "fmt"

// Quote is the quote character around a value.
type Quote byte

// The quotes a value may have.
const (
	QuoteNone     Quote = 0
	QuoteSingle   Quote = '\''
	QuoteDouble   Quote = '"'
	QuoteBacktick Quote = '`'
)

// String returns the quote character, or "" for [QuoteNone].
func (q Quote) String() string {
	if q == QuoteNone {
		return ""
	}
	return string(rune(q))
}

// Entry is one KEY=value assignment.
type Entry struct {
	// Key is the variable name.
	Key string
	// Value is the value with quotes removed and, for double quotes,
	// escapes resolved. References like ${VAR} are kept as written.
	Value string
	// Quote is the quote used around the value.
	Quote Quote
	// Export is true when the line starts with "export ".
	Export bool
	// Line and EndLine are the 1-based lines where the entry starts and
	// ends; they differ for a quoted value that spans lines.
	Line, EndLine int
	// Start and End are byte offsets of the whole entry: from the start of
	// its first line (leading blanks included) to the end of its last line
	// (an inline comment included, the line ending excluded).
	Start, End int
	// ValueStart and ValueEnd are byte offsets of the raw value, quotes
	// included and an inline comment and trailing blanks excluded. For an
	// empty unquoted value they are equal.
	ValueStart, ValueEnd int
	// Comment is the text of an inline comment after the value, without
	// the '#', or "".
	Comment string
}

// IsReference reports whether the value is nothing but a reference to
// another variable (${VAR}, ${VAR:-default}, $VAR), which makes it a
// placeholder rather than a value. Single-quoted values are literal and
// never references.
func (e *Entry) IsReference() bool {
	if e.Quote == QuoteSingle {
		return false
	}
	v := e.Value
	if len(v) < 2 || v[0] != '$' {
		return false
	}
	if v[1] == '{' {
		end := len(v) - 1
		if v[end] != '}' || end < 3 || !isKeyStart(v[2]) {
			return false
		}
		i := 3
		for i < end && isNameByte(v[i]) {
			i++
		}
		// ${VAR} or ${VAR:-default}, ${VAR-default}, ${VAR:?msg} ...
		if i == end {
			return true
		}
		for j := i; j < end; j++ {
			if v[j] == '{' || v[j] == '}' {
				return false
			}
		}
		return v[i] == ':' || v[i] == '-' || v[i] == '?' || v[i] == '+' || v[i] == '='
	}
	if !isKeyStart(v[1]) {
		return false
	}
	for i := 2; i < len(v); i++ {
		if !isNameByte(v[i]) {
			return false
		}
	}
	return true
}

// File is a parsed dotenv file.
type File struct {
	// Entries in file order. A key may occur more than once; see
	// [File.Lookup].
	Entries []Entry
	// CRLF is true when the file's first line ends with "\r\n"; an editor
	// should write new lines the same way (see [File.Newline]).
	CRLF bool
	// BOM is true when the file starts with a UTF-8 byte order mark.
	BOM bool
	// FinalNewline is true when the file is empty or ends with a line
	// ending.
	FinalNewline bool
}

// Newline returns the file's line ending: "\r\n" or "\n".
func (f *File) Newline() string {
	if f.CRLF {
		return "\r\n"
	}
	return "\n"
}

// Lookup returns the last entry for key (later assignments win, as in
// every dotenv loader), or nil.
func (f *File) Lookup(key string) *Entry {
	for i := len(f.Entries) - 1; i >= 0; i-- {
		if f.Entries[i].Key == key {
			return &f.Entries[i]
		}
	}
	return nil
}

// Keys returns each key once, in order of first appearance.
func (f *File) Keys() []string {
	seen := make(map[string]bool, len(f.Entries))
	keys := make([]string, 0, len(f.Entries))
	for _, e := range f.Entries {
		if !seen[e.Key] {
			seen[e.Key] = true
			keys = append(keys, e.Key)
		}
	}
	return keys
}

// ParseError is a syntax error; Line is 1-based.
type ParseError struct {
	Line int
	Msg  string
}

// Error formats the error as "line N: message".
func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func isKeyStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isNameByte(c byte) bool { return isKeyStart(c) || c >= '0' && c <= '9' }

func isKeyByte(c byte) bool { return isNameByte(c) || c == '.' || c == '-' }

func isBlank(c byte) bool { return c == ' ' || c == '\t' }
