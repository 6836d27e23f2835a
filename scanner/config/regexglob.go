package config

import (
	"regexp/syntax"
	"strings"
)

// RegexToGlob converts a path regular expression (as gitleaks and
// detect-secrets write them) into an envguard glob, when it is one of the
// shapes people write: literals, ".*" and "[^/]*", "\." , "(^|/)",
// anchors and alternatives of literals ("(js|ts)"). exact is false when
// the glob is close but not identical (see below); ok is false when the
// regex has no glob form.
//
// The glob errs on the narrow side, so that an import never hides more
// than the original did: an unanchored end is not widened ("\.py" does not
// become "*.py*"), and ".*" becomes "*" (one path segment).
func RegexToGlob(re string) (glob string, exact bool, ok bool) {
	r, err := syntax.Parse(re, syntax.Perl)
	if err != nil {
		return "", false, false
	}
	c := &globConv{exact: true}
	subs := []*syntax.Regexp{r}
	if r.Op == syntax.OpConcat {
		subs = r.Sub
	}
	for i, s := range subs {
		if !c.node(s, i == 0, i == len(subs)-1) {
			return "", false, false
		}
	}
	body := c.b.String()
	if body == "" || strings.Trim(body, "*/") == "" {
		return "", false, false
	}
	for _, at := range c.anyAt {
		switch {
		case at == len(body)-1 && strings.HasSuffix(body, "/*"):
			body += "*" // a trailing "/.*": everything under the folder
		case at == len(body)-1 && !c.endAnchored:
		default:
			c.exact = false
		}
	}
	switch {
	case c.anchored:
		glob = "/" + strings.TrimPrefix(body, "/")
	case c.segment:
		glob = strings.TrimPrefix(body, "/")
		if strings.Contains(strings.TrimRight(glob, "/"), "/") {
			glob = "**/" + glob
		}
	default:
		// Unanchored: the regex may match inside a name. A body that
		// starts like a suffix (".lock", "_test.go") keeps that meaning
		// with a leading "*"; a body with a slash may sit at any depth.
		if strings.HasPrefix(body, "/") {
			glob = strings.TrimPrefix(body, "/")
		} else if strings.IndexAny(body[:1], "._-") == 0 {
			glob = "*" + body
		} else {
			glob = body
			c.exact = false
		}
		if strings.Contains(strings.TrimRight(glob, "/"), "/") && !strings.HasPrefix(glob, "**/") {
			glob = "**/" + glob
		}
	}
	if !c.endAnchored && !strings.HasSuffix(glob, "/") && !strings.HasSuffix(glob, "*") {
		c.exact = false
	}
	glob = strings.TrimSuffix(glob, "/")
	return glob, c.exact, true
}

type globConv struct {
	b strings.Builder
	// anyAt holds where each ".*" was written as "*".
	anyAt                          []int
	anchored, segment, endAnchored bool
	exact                          bool
}

func (c *globConv) node(r *syntax.Regexp, first, last bool) bool {
	switch r.Op {
	case syntax.OpBeginText, syntax.OpBeginLine:
		if !first {
			return false
		}
		c.anchored = true
	case syntax.OpEndText, syntax.OpEndLine:
		if !last {
			return false
		}
		c.endAnchored = true
	case syntax.OpLiteral:
		if r.Flags&syntax.FoldCase != 0 {
			c.exact = false
		}
		for _, ch := range r.Rune {
			if strings.ContainsRune(`*?[]{}\`, ch) {
				c.b.WriteByte('\\')
			}
			c.b.WriteRune(ch)
		}
	case syntax.OpStar, syntax.OpPlus:
		sub := r.Sub[0]
		switch {
		case sub.Op == syntax.OpAnyChar || sub.Op == syntax.OpAnyCharNotNL:
			// ".*" crosses folders, "*" does not: exact only as a whole
			// trailing segment ("tests/.*" is "tests/**"), see below.
			c.anyAt = append(c.anyAt, c.b.Len())
		case sub.Op == syntax.OpCharClass && !classHas(sub, '/'):
			c.exact = false // "[a-z]+" becomes "*"
		default:
			return false
		}
		if !strings.HasSuffix(c.b.String(), "*") {
			c.b.WriteByte('*')
		}
	case syntax.OpCapture:
		if first && isSegmentStart(r.Sub[0]) {
			c.segment = true
			return true
		}
		return c.node(r.Sub[0], first, last)
	case syntax.OpAlternate:
		if first && isSegmentStart(r) {
			c.segment = true
			return true
		}
		var alts []string
		for _, s := range r.Sub {
			if s.Op != syntax.OpLiteral {
				return false
			}
			alts = append(alts, string(s.Rune))
		}
		c.b.WriteString("{" + strings.Join(alts, ",") + "}")
	case syntax.OpCharClass:
		c.b.WriteByte('[')
		for i := 0; i+1 < len(r.Rune); i += 2 {
			lo, hi := r.Rune[i], r.Rune[i+1]
			if lo == '/' || hi >= '/' && lo <= '/' || lo == ']' || lo == '\\' || hi > 0x7e {
				return false
			}
			c.b.WriteRune(lo)
			if hi != lo {
				c.b.WriteByte('-')
				c.b.WriteRune(hi)
			}
		}
		c.b.WriteByte(']')
	case syntax.OpConcat:
		for i, s := range r.Sub {
			if !c.node(s, first && i == 0, last && i == len(r.Sub)-1) {
				return false
			}
		}
	case syntax.OpEmptyMatch:
	default:
		return false
	}
	return true
}

// isSegmentStart matches "(^|/)": the start of the path or of a folder.
func isSegmentStart(r *syntax.Regexp) bool {
	if r.Op == syntax.OpCapture {
		r = r.Sub[0]
	}
	if r.Op != syntax.OpAlternate || len(r.Sub) != 2 {
		// syntax.Parse may fold "(^|/)" into a char class-free alternate
		// only; anything else is not a segment start.
		return false
	}
	begin, slash := false, false
	for _, s := range r.Sub {
		switch {
		case s.Op == syntax.OpBeginText || s.Op == syntax.OpBeginLine:
			begin = true
		case s.Op == syntax.OpLiteral && string(s.Rune) == "/":
			slash = true
		}
	}
	return begin && slash
}

func classHas(r *syntax.Regexp, ch rune) bool {
	for i := 0; i+1 < len(r.Rune); i += 2 {
		if r.Rune[i] <= ch && ch <= r.Rune[i+1] {
			return true
		}
	}
	return false
}
