package report

import (
	"strings"
	"unicode/utf8"
)

// QuotePath returns path as is, unless it holds a control character or
// bytes that are not UTF-8; then in double quotes with git's C escapes
// (\t, \n, \", \\, \033 ...), as git prints such a name. Unlike git, a
// path whose only oddity is a double quote or backslash stays bare, as
// envguard always printed it. A file name can then never move the cursor,
// recolour or rewrite the terminal it is printed on (issue 14).
func QuotePath(path string) string {
	if !needsQuote(path) {
		return path
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(path); {
		r, size := utf8.DecodeRuneInString(path[i:])
		c := path[i]
		switch {
		case r == utf8.RuneError && size <= 1:
			octal(&b, c)
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c == 0x7f:
			if e, ok := cEscapes[c]; ok {
				b.WriteString(e)
			} else {
				octal(&b, c)
			}
		case r >= 0x80 && r < 0xa0: // C1 controls (U+0080..U+009F)
			for j := 0; j < size; j++ {
				octal(&b, path[i+j])
			}
		default:
			b.WriteString(path[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

var cEscapes = map[byte]string{'\a': `\a`, '\b': `\b`, '\t': `\t`, '\n': `\n`, '\v': `\v`, '\f': `\f`, '\r': `\r`}

func octal(b *strings.Builder, c byte) {
	b.WriteByte('\\')
	b.WriteByte('0' + c>>6)
	b.WriteByte('0' + c>>3&7)
	b.WriteByte('0' + c&7)
}

func needsQuote(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		c := s[i]
		if r == utf8.RuneError && size <= 1 || c < 0x20 || c == 0x7f || r >= 0x80 && r < 0xa0 {
			return true
		}
		i += size
	}
	return false
}
