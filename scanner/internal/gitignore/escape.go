package gitignore

import "strings"

// Escape returns p written as a .gitignore pattern that matches the name
// p and nothing else: the glob characters and the backslash are quoted
// everywhere, trailing spaces (which git would drop) are quoted, and so
// are a leading "#" (a comment) and a leading "!" (a negation). Other
// spaces need no quoting. Prefix the result with "/" to anchor it to the
// directory of the .gitignore file.
//
// A test checks each answer against `git check-ignore`.
func Escape(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case strings.IndexByte("*?[\\", c) >= 0,
			i == 0 && (c == '#' || c == '!'),
			c == ' ' && strings.TrimRight(p[i:], " ") == "":
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}
