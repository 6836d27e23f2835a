package gitignore

// matchClass matches c against the bracket expression at the start of p
// ("[...]"). It returns the length of the expression, whether c is in the
// set, and valid=false for an unterminated or malformed expression (which
// makes the whole pattern match nothing, as in git). A ']' right after
// "[" or "[!" is a member; '!' or '^' first negates; "a-z" is a range;
// '\' quotes; "[:alpha:]" and the other POSIX classes are supported.
func matchClass(p string, c byte) (size int, ok, valid bool) {
	i := 1
	negated := false
	if i < len(p) && (p[i] == '!' || p[i] == '^') {
		negated = true
		i++
	}
	var prev byte // previous member, for ranges; 0 after a range or class
	hit := false
	for first := true; first || i < len(p) && p[i] != ']'; first = false {
		if i >= len(p) {
			return 0, false, false
		}
		pc := p[i]
		switch {
		case pc == '\\':
			i++
			if i >= len(p) {
				return 0, false, false
			}
			pc = p[i]
			hit = hit || c == pc
		case pc == '-' && prev != 0 && i+1 < len(p) && p[i+1] != ']':
			i++
			hi := p[i]
			if hi == '\\' {
				i++
				if i >= len(p) {
					return 0, false, false
				}
				hi = p[i]
			}
			hit = hit || c >= prev && c <= hi
			pc = 0
		case pc == '[' && i+1 < len(p) && p[i+1] == ':':
			end := i + 2
			for end < len(p) && p[end] != ']' {
				end++
			}
			if end >= len(p) {
				return 0, false, false
			}
			name := p[i+2 : end]
			if len(name) < 1 || name[len(name)-1] != ':' {
				// No ":]": the '[' is an ordinary member.
				hit = hit || c == '['
				break
			}
			in, known := posixClass(name[:len(name)-1], c)
			if !known {
				return 0, false, false
			}
			hit = hit || in
			i, pc = end, 0
		default:
			hit = hit || c == pc
		}
		prev = pc
		i++
	}
	if i >= len(p) {
		return 0, false, false
	}
	return i + 1, hit != negated, true
}

// posixClass reports whether c is in the named POSIX class; known is false
// for an unknown name.
func posixClass(name string, c byte) (in, known bool) {
	upper := c >= 'A' && c <= 'Z'
	lower := c >= 'a' && c <= 'z'
	digit := c >= '0' && c <= '9'
	alpha := upper || lower
	punct := c > ' ' && c < 0x7f && !alpha && !digit
	switch name {
	case "alnum":
		return alpha || digit, true
	case "alpha":
		return alpha, true
	case "blank":
		return c == ' ' || c == '\t', true
	case "cntrl":
		return c < ' ' || c == 0x7f, true
	case "digit":
		return digit, true
	case "graph":
		return c > ' ' && c < 0x7f, true
	case "lower":
		return lower, true
	case "print":
		return c >= ' ' && c < 0x7f, true
	case "punct":
		return punct, true
	case "space":
		return c == ' ' || c >= '\t' && c <= '\r', true
	case "upper":
		return upper, true
	case "xdigit":
		return digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F', true
	}
	return false, false
}
