package gitignore

// result is the outcome of matching a pattern against a text. Besides
// matched and noMatch, two early exits prune the search the way git's
// wildmatch does: abortAll means no shorter suffix of the text can match
// either; abortToStarStar means only an enclosing "**" may still match by
// consuming more.
type result int

const (
	matched result = iota
	noMatch
	abortAll
	abortToStarStar
)

// wildmatch matches text against a gitignore glob with pathname
// semantics: '*', '?' and classes never match '/'; "**" between slashes
// (or at either end) matches any number of directories; '\' quotes the
// next character.
func wildmatch(p, t string) result { return wildmatchFrom(p, t, true) }

// wildmatchFrom is wildmatch where segStart tells whether p starts a path
// segment (the start of the pattern, or right after a '/'), which decides
// whether a "**" there is special.
func wildmatchFrom(p, t string, segStart bool) result {
	for len(p) > 0 {
		pc := p[0]
		if len(t) == 0 && pc != '*' {
			return abortAll
		}
		n := 1
		switch pc {
		case '*':
			return starAt(p, t, segStart)
		case '\\':
			if len(p) < 2 {
				return noMatch // a trailing backslash matches nothing
			}
			if t[0] != p[1] {
				return noMatch
			}
			pc, n = p[1], 2
		case '?':
			if t[0] == '/' {
				return noMatch
			}
		case '[':
			size, ok, valid := matchClass(p, t[0])
			if !valid {
				return abortAll
			}
			if !ok || t[0] == '/' {
				return noMatch
			}
			n = size
		default:
			if t[0] != pc {
				return noMatch
			}
		}
		segStart = pc == '/'
		p, t = p[n:], t[1:]
	}
	if len(t) > 0 {
		return noMatch
	}
	return matched
}

// starAt matches p, which starts with a run of stars, against t.
func starAt(p, t string, segStart bool) result {
	n := 0
	for n < len(p) && p[n] == '*' {
		n++
	}
	rest := p[n:]
	matchSlash := false
	if n >= 2 && segStart && (rest == "" || rest[0] == '/' || len(rest) > 1 && rest[0] == '\\' && rest[1] == '/') {
		// "**/" may match no directory at all: "a/**/b" matches "a/b".
		if rest != "" && rest[0] == '/' && wildmatchFrom(rest[1:], t, true) == matched {
			return matched
		}
		matchSlash = true
	}
	if rest == "" {
		if !matchSlash && indexSlash(t) >= 0 {
			return abortToStarStar
		}
		return matched
	}
	if !matchSlash && rest[0] == '/' {
		// One star then a slash: the star takes the rest of this segment.
		i := indexSlash(t)
		if i < 0 {
			return noMatch
		}
		return wildmatchFrom(rest, t[i:], false)
	}
	for len(t) > 0 {
		r := wildmatchFrom(rest, t, false)
		if r != noMatch {
			if !matchSlash || r != abortToStarStar {
				return r
			}
		} else if !matchSlash && t[0] == '/' {
			return abortToStarStar
		}
		t = t[1:]
	}
	return abortAll
}

func indexSlash(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}
