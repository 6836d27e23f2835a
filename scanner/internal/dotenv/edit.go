package dotenv

import (
	"bytes"
	"errors"
	"sort"
	"strconv"
	"strings"
)

// SetOptions tunes [Set].
type SetOptions struct {
	// KeepPrevious keeps a non-empty value that is being replaced under
	// NAME_PREVIOUS, on the line after NAME (with "export " when NAME has
	// it). Older values already kept move down one: NAME_PREVIOUS becomes
	// NAME_PREVIOUS_2, _2 becomes _3..., so NAME_PREVIOUS is always the
	// newest old value.
	KeepPrevious bool
	// Comment, when not empty, is a comment line ("# " + Comment) kept
	// right above the entry: added unless that line is already there.
	Comment string
	// Raw writes value exactly as given: it is already in dotenv syntax
	// (quoted if needed). Without Raw, Set quotes it with [QuoteValue].
	Raw bool
}

// SetResult says what [Set] did.
type SetResult struct {
	// Replaced is true when the key already had an entry whose value was
	// replaced; false when a new entry was appended.
	Replaced bool
	// Unchanged is true when the entry already held exactly this value.
	Unchanged bool
	// Previous is the name the old value was kept under, if any.
	Previous string
	// Line is the 1-based line of the key's entry in the new content.
	Line int
}

// Set returns data with key set to value, changing nothing else: every
// other byte (comments, blank lines, other entries, quoted multi-line
// values, CRLF line breaks, a BOM, the presence or absence of a final line
// break) is kept. When the key occurs more than once, its last entry (the
// one dotenv loaders use) is replaced. A new key is appended at the end,
// with the file's own line break. Set refuses, with an [*EditError], a
// file whose entries it cannot delimit for sure (an unclosed quote).
func Set(data []byte, key, value string, opts SetOptions) ([]byte, SetResult, error) {
	if !ValidKey(key) {
		return nil, SetResult{}, errors.New("the name is not a valid variable name: use letters, digits and _ and do not start with a digit")
	}
	spans, err := locate(data)
	if err != nil {
		return nil, SetResult{}, err
	}
	if !opts.Raw {
		value = QuoteValue(value)
	}
	if strings.ContainsAny(value, "\r\n") && !quoted(value) {
		return nil, SetResult{}, errors.New("the value holds a line break outside quotes: quote it")
	}
	nl := Newline(data)
	cur := last(spans, key)
	comment := ""
	if opts.Comment != "" {
		comment = "# " + opts.Comment
	}
	if cur == nil {
		line := key + "=" + value
		if comment != "" {
			line = comment + nl + line
		}
		out, n := appendLine(data, line, nl)
		return out, SetResult{Line: n}, nil
	}
	old := string(data[cur.valueStart:cur.valueEnd])
	res := SetResult{Replaced: true, Line: cur.line}
	var edits []edit
	if comment != "" && lineBefore(data, cur.start) != comment {
		edits = append(edits, edit{cur.start, cur.start, comment + nl})
		res.Line++
	}
	if old == value && len(edits) == 0 {
		res.Unchanged = true
		return bytes.Clone(data), res, nil
	}
	repl := value
	if cur.valueStart == cur.valueEnd && cur.valueEnd < len(data) && data[cur.valueEnd] == '#' {
		repl += " " // "A= # why" becomes "A= new # why"
	}
	edits = append(edits, edit{cur.valueStart, cur.valueEnd, repl})
	if opts.KeepPrevious && !isEmptyValue(old) && old != value {
		res.Previous = key + "_PREVIOUS"
		edits = append(edits, shiftPrevious(spans, key)...)
		line := res.Previous + "=" + old
		if cur.export {
			line = "export " + line
		}
		if cur.eol {
			line += nl
		} else {
			line = nl + line
		}
		edits = append(edits, edit{cur.lineEnd, cur.lineEnd, line})
	}
	return applyEdits(data, edits), res, nil
}

// edit replaces data[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// applyEdits applies edits that do not overlap, whatever their order.
func applyEdits(data []byte, edits []edit) []byte {
	sort.SliceStable(edits, func(i, j int) bool {
		a, b := edits[i], edits[j]
		return a.start < b.start || a.start == b.start && a.end < b.end // an insertion before a replacement at the same place
	})
	var out bytes.Buffer
	at := 0
	for _, e := range edits {
		out.Write(data[at:e.start])
		out.WriteString(e.text)
		at = e.end
	}
	out.Write(data[at:])
	return out.Bytes()
}

// shiftPrevious renames the chain of kept values of key one step down:
// NAME_PREVIOUS_(n) to NAME_PREVIOUS_(n+1), ..., NAME_PREVIOUS to
// NAME_PREVIOUS_2, so that NAME_PREVIOUS is free for the newest.
func shiftPrevious(spans []span, key string) []edit {
	name := func(n int) string {
		if n == 1 {
			return key + "_PREVIOUS"
		}
		return key + "_PREVIOUS_" + strconv.Itoa(n)
	}
	var edits []edit
	for n := 1; last(spans, name(n)) != nil; n++ {
		for _, s := range spans {
			if s.key == name(n) {
				edits = append(edits, edit{s.keyStart, s.keyStart + len(s.key), name(n + 1)})
			}
		}
	}
	return edits
}

// lineBefore returns the text of the line that ends just before offset
// start (a line start), without its line break; "" at the top.
func lineBefore(data []byte, start int) string {
	if start == 0 {
		return ""
	}
	end := start - 1 // the '\n'
	if end > 0 && data[end-1] == '\r' {
		end--
	}
	i := bytes.LastIndexByte(data[:end], '\n') + 1
	return strings.TrimSpace(string(data[i:end]))
}

// Lookup returns the value of key's last entry as written in the file
// (quotes included, escapes not decoded) and its 1-based line.
func Lookup(data []byte, key string) (raw string, line int, ok bool, err error) {
	spans, err := locate(data)
	if err != nil {
		return "", 0, false, err
	}
	s := last(spans, key)
	if s == nil {
		return "", 0, false, nil
	}
	return string(data[s.valueStart:s.valueEnd]), s.line, true, nil
}

// KeyAt returns the key of the entry that starts on or spans the 1-based
// line.
func KeyAt(data []byte, line int) (string, bool, error) {
	spans, err := locate(data)
	if err != nil {
		return "", false, err
	}
	for _, s := range spans {
		last := s.line + strings.Count(string(data[s.valueStart:s.valueEnd]), "\n")
		if s.line <= line && line <= last {
			return s.key, true, nil
		}
	}
	return "", false, nil
}

// FreeName returns key+"_PREVIOUS", or the first of key+"_PREVIOUS_2",
// "_3"... that data does not use yet.
func FreeName(data []byte, key string) (string, error) {
	spans, err := locate(data)
	if err != nil {
		return "", err
	}
	return previousName(spans, key), nil
}

// Has reports whether data has an entry for key with a non-empty value.
func Has(data []byte, key string) (bool, error) {
	raw, _, ok, err := Lookup(data, key)
	return ok && !isEmptyValue(raw), err
}

// ValidKey reports whether key is a portable variable name: letters,
// digits and underscores, not starting with a digit.
func ValidKey(key string) bool {
	if key == "" || '0' <= key[0] && key[0] <= '9' {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// QuoteValue writes v in dotenv syntax that every common loader
// (python-dotenv, Node's dotenv, Docker Compose, a POSIX shell) reads back
// as v. Values made only of safe characters stay bare; others are put in
// single quotes, or in double quotes with escapes when v holds a single
// quote or a line break (a "$" there may then be expanded by loaders that
// interpolate; keys envguard generates never hold a quote or a break).
func QuoteValue(v string) string {
	if v == "" || isBare(v) {
		return v
	}
	if !strings.ContainsAny(v, "'\r\n") {
		return "'" + v + "'"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range []byte(v) {
		switch c {
		case '\\', '"':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func isBare(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("_-.:/+=@,%^*!~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// Newline returns the line break data uses: "\r\n" when its first line
// ends with one, else "\n".
func Newline(data []byte) string {
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// appendLine adds line at the end of data. A file that ends with a line
// break gets one after the new line too; one that does not keeps ending
// without one.
func appendLine(data []byte, line, nl string) ([]byte, int) {
	out := bytes.Clone(data)
	n := bytes.Count(data, []byte("\n")) + 1
	switch {
	case len(data) == 0 || bytes.Equal(data, []byte("\xef\xbb\xbf")):
		out = append(out, line+nl...)
		return out, 1
	case data[len(data)-1] == '\n':
		out = append(out, line+nl...)
		return out, n
	}
	out = append(out, nl+line...)
	return out, n + 1
}

func last(spans []span, key string) *span {
	for i := len(spans) - 1; i >= 0; i-- {
		if spans[i].key == key {
			return &spans[i]
		}
	}
	return nil
}

// previousName returns NAME_PREVIOUS, or the first free NAME_PREVIOUS_N.
func previousName(spans []span, key string) string {
	name := key + "_PREVIOUS"
	for n := 2; last(spans, name) != nil; n++ {
		name = key + "_PREVIOUS_" + strconv.Itoa(n)
	}
	return name
}

func isEmptyValue(raw string) bool {
	switch raw {
	case "", `""`, "''", "``":
		return true
	}
	return false
}

func quoted(v string) bool {
	return len(v) >= 2 && (v[0] == '"' || v[0] == '\'' || v[0] == '`') && v[len(v)-1] == v[0]
}
