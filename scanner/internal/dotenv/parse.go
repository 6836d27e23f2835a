package dotenv

import (
	"bytes"
	"fmt"
	"strings"
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// Parse reads a dotenv file. A syntax error is returned as a
// *[ParseError] naming the line and the kind of problem; nothing is
// returned with it. An error never quotes the file's content, not even a
// key: a line that is not KEY=value may be a bare secret.
func Parse(data []byte) (*File, error) {
	p := &parser{data: data, line: 1}
	f := &File{FinalNewline: len(data) == 0 || data[len(data)-1] == '\n'}
	if bytes.HasPrefix(data, bom) {
		f.BOM = true
		p.pos = len(bom)
	}
	if i := bytes.IndexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		f.CRLF = true
	}
	for p.pos < len(p.data) {
		e, ok, err := p.entry()
		if err != nil {
			return nil, err
		}
		if ok {
			f.Entries = append(f.Entries, e)
		}
	}
	return f, nil
}

// parser walks the input; pos is always at the start of a line between
// entries.
type parser struct {
	data []byte
	pos  int
	line int
}

// errorf builds a ParseError. Its arguments must never come from the
// input (see [Parse]): only quote characters and fixed words.
func (p *parser) errorf(line int, format string, a ...any) error {
	return &ParseError{Line: line, Msg: fmt.Sprintf(format, a...)}
}

func (p *parser) skipBlanks() {
	for p.pos < len(p.data) && isBlank(p.data[p.pos]) {
		p.pos++
	}
}

// atEOL reports whether pos is at the end of a line: "\n", "\r\n" or EOF.
func (p *parser) atEOL() bool {
	if p.pos >= len(p.data) {
		return true
	}
	c := p.data[p.pos]
	return c == '\n' || c == '\r' && p.pos+1 < len(p.data) && p.data[p.pos+1] == '\n'
}

// eatEOL consumes a line ending at pos, if any, and counts the line.
func (p *parser) eatEOL() {
	if p.pos < len(p.data) && p.data[p.pos] == '\r' {
		p.pos++
	}
	if p.pos < len(p.data) && p.data[p.pos] == '\n' {
		p.pos++
		p.line++
	}
}

// toEOL moves pos to the end of the current line (before its ending).
func (p *parser) toEOL() {
	for !p.atEOL() {
		p.pos++
	}
}

// entry parses one line (or several for a multi-line quoted value). ok
// is false for blank and comment lines.
func (p *parser) entry() (e Entry, ok bool, err error) {
	e.Start, e.Line = p.pos, p.line
	p.skipBlanks()
	if p.atEOL() || p.data[p.pos] == '#' {
		p.toEOL()
		p.eatEOL()
		return e, false, nil
	}
	if p.hasWord("export") {
		e.Export = true
		p.pos += len("export")
		p.skipBlanks()
	}
	if err := p.key(&e); err != nil {
		return e, false, err
	}
	p.skipBlanks()
	if p.pos >= len(p.data) || p.data[p.pos] != '=' {
		if p.atEOL() {
			return e, false, p.errorf(e.Line, "the line has no '=': write KEY=value (KEY= for an empty value), or start a comment with '#'")
		}
		return e, false, p.errorf(e.Line, "expected '=' after the key: write KEY=value, with a key of letters, digits, '_', '.' or '-'")
	}
	p.pos++
	p.skipBlanks()
	e.ValueStart, e.ValueEnd = p.pos, p.pos
	if p.pos < len(p.data) {
		switch q := Quote(p.data[p.pos]); q {
		case QuoteSingle, QuoteDouble, QuoteBacktick:
			err = p.quoted(&e, q)
		default:
			p.unquoted(&e)
		}
	}
	if err != nil {
		return e, false, err
	}
	p.toEOL()
	e.End, e.EndLine = p.pos, p.line
	p.eatEOL()
	return e, true, nil
}

// hasWord reports whether pos starts with word followed by a blank.
func (p *parser) hasWord(word string) bool {
	rest := p.data[p.pos:]
	return bytes.HasPrefix(rest, []byte(word)) && len(rest) > len(word) && isBlank(rest[len(word)])
}

func (p *parser) key(e *Entry) error {
	start := p.pos
	if p.pos < len(p.data) && isKeyStart(p.data[p.pos]) {
		for p.pos < len(p.data) && isKeyByte(p.data[p.pos]) {
			p.pos++
		}
	}
	if p.pos == start {
		return p.errorf(e.Line, "expected KEY=value: a key starts with a letter or '_'")
	}
	e.Key = string(p.data[start:p.pos])
	return nil
}

// unquoted reads a value up to the end of the line or an inline comment.
func (p *parser) unquoted(e *Entry) {
	start := p.pos
	end := start
	for !p.atEOL() {
		c := p.data[p.pos]
		if c == '#' && isBlank(p.data[p.pos-1]) {
			e.Comment = strings.TrimRight(string(p.data[p.pos+1:p.lineEnd()]), " \t")
			break
		}
		p.pos++
		if !isBlank(c) {
			end = p.pos
		}
	}
	e.ValueEnd = end
	e.Value = string(p.data[start:end])
}

// lineEnd returns the offset of the end of the current line.
func (p *parser) lineEnd() int {
	i := p.pos
	for i < len(p.data) && p.data[i] != '\n' {
		i++
	}
	if i > p.pos && i < len(p.data) && p.data[i-1] == '\r' {
		i--
	}
	return i
}

// quoted reads a quoted value at pos, then what may follow it on its
// last line: blanks and a comment.
func (p *parser) quoted(e *Entry, q Quote) error {
	e.Quote = q
	p.pos++ // opening quote
	var b strings.Builder
	closed := false
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == byte(q):
			p.pos++
			closed = true
		case c == '\\' && q == QuoteDouble && p.pos+1 < len(p.data):
			p.escape(&b)
			continue
		case c == '\r' && p.pos+1 < len(p.data) && p.data[p.pos+1] == '\n':
			p.pos++ // a CRLF inside a value reads as "\n"
			continue
		case c == '\n':
			p.line++
			b.WriteByte(c)
			p.pos++
			continue
		default:
			b.WriteByte(c)
			p.pos++
			continue
		}
		break
	}
	if !closed {
		return p.errorf(e.Line, "the value's opening %s quote is never closed: add the closing %s", q, q)
	}
	e.ValueEnd = p.pos
	e.Value = b.String()
	p.skipBlanks()
	if p.atEOL() {
		return nil
	}
	if p.data[p.pos] == '#' {
		e.Comment = strings.TrimRight(string(p.data[p.pos+1:p.lineEnd()]), " \t")
		return nil
	}
	return p.errorf(p.line, "unexpected text after the closing %s quote: put the whole value inside the quotes, or start a comment with ' #'", q)
}

// escape resolves the backslash escape at pos inside double quotes.
func (p *parser) escape(b *strings.Builder) {
	next := p.data[p.pos+1]
	switch next {
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case '\\', '"', '\'', '$', '`':
		b.WriteByte(next)
	default:
		// Unknown escapes keep their backslash; the next byte is read
		// normally (it may be a newline that must be counted).
		b.WriteByte('\\')
		p.pos++
		return
	}
	p.pos += 2
}
