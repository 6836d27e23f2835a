package gitignore

import (
	"bytes"
	"strings"
)

// Pattern is one line of an ignore file.
type Pattern struct {
	// Source is the file the pattern came from (for messages) and Line its
	// 1-based line number.
	Source string
	Line   int
	// Text is the line as written, trailing blanks removed.
	Text string
	// Negate is true for a "!pattern" that re-includes.
	Negate bool
	// DirOnly is true for a "pattern/" that matches directories only.
	DirOnly bool

	// glob is the wildmatch pattern: no '!', no trailing '/', no leading
	// '/'. basename patterns (no slash) match the last path element;
	// others match the path relative to base.
	glob     string
	basename bool
	// base is the slash-separated directory of the ignore file relative to
	// the tree root: "" for the root, else "dir/sub/" (with the slash).
	base string
}

// ParsePatterns reads the lines of an ignore file found in directory base
// (slash-separated, relative to the tree root, "" for the root) and
// returns its patterns. Comments and blank lines are dropped.
func ParsePatterns(data []byte, source, base string) []Pattern {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if base != "" && !strings.HasSuffix(base, "/") {
		base += "/"
	}
	var ps []Pattern
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if p, ok := parsePattern(line, base); ok {
			p.Source, p.Line = source, i+1
			ps = append(ps, p)
		}
	}
	return ps
}

// parsePattern parses one line, as git's parse_path_pattern does.
func parsePattern(line, base string) (Pattern, bool) {
	line = trimTrailingSpaces(line)
	if line == "" || line[0] == '#' {
		return Pattern{}, false
	}
	p := Pattern{Text: line, base: base}
	if line[0] == '!' {
		p.Negate = true
		line = line[1:]
	}
	if strings.HasSuffix(line, "/") {
		p.DirOnly = true
		line = line[:len(line)-1]
	}
	if line == "" {
		return Pattern{}, false
	}
	p.basename = !strings.Contains(line, "/")
	p.glob = strings.TrimPrefix(line, "/")
	return p, true
}

// trimTrailingSpaces drops unescaped trailing spaces (not tabs): "a\ "
// keeps its escaped space.
func trimTrailingSpaces(s string) string {
	lastSpace := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if lastSpace < 0 {
				lastSpace = i
			}
		case '\\':
			i++
			if i >= len(s) {
				return s
			}
			lastSpace = -1
		default:
			lastSpace = -1
		}
	}
	if lastSpace >= 0 {
		return s[:lastSpace]
	}
	return s
}

// match reports whether the pattern matches rel (slash-separated,
// relative to the tree root). It ignores Negate; DirOnly patterns match
// only when isDir.
func (p *Pattern) match(rel string, isDir bool) bool {
	if p.DirOnly && !isDir {
		return false
	}
	if !strings.HasPrefix(rel, p.base) {
		return false
	}
	rel = rel[len(p.base):]
	if p.basename {
		if i := strings.LastIndexByte(rel, '/'); i >= 0 {
			rel = rel[i+1:]
		}
	}
	return wildmatch(p.glob, rel) == matched
}
