package engine

import (
	"bytes"
	mathbits "math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/envguard/envguard/rules/vocab"
)

// runRule appends the candidates of rule i: its regexp runs on each line
// where one of its keywords occurs, from the first such line to the end
// for a Multiline rule, or over all of data for a rule without keywords.
// With spans (see [Set.MatchFileIn]) a line-by-line rule skips the lines
// that start outside them.
func (s *Set) runRule(found []Match, i int, data []byte, spans [][2]int, h *hits) []Match {
	r := &s.rules[i]
	var lines []int
	if len(r.Keywords) > 0 {
		pf, hh := s.filter(), h
		if spans != nil && r.Multiline {
			pf, hh = s.wholeFilter(), h.whole
		}
		if lines = pf.ruleLines(i, hh); len(lines) == 0 {
			return found
		}
		if spans != nil && !r.Multiline && !anyInSpans(spans, lines) {
			return found // compile nothing for lines the caller left out
		}
	}
	re, err := s.regexp(i)
	if err != nil {
		// Built-in rules are proven by tests and custom rules by the
		// config loader; a rule that slips through matches nothing.
		return found
	}
	switch {
	case len(r.Keywords) == 0:
		return appendMatches(found, r, re, data, 0, len(data))
	case r.Multiline:
		return appendMatches(found, r, re, data, lines[0], len(data))
	}
	g := r.Gate
	for _, ls := range lines {
		if spans != nil && !inSpans(spans, ls) {
			continue
		}
		le := len(data)
		if j := bytes.IndexByte(data[ls:], '\n'); j >= 0 {
			le = ls + j
		}
		if le-ls > longLine {
			found = s.runWindows(found, i, re, data, ls, le, h)
			continue
		}
		if g != nil && !g(data[ls:le]) {
			continue
		}
		found = appendMatches(found, r, re, data, ls, le)
	}
	return found
}

// inSpans reports whether offset lies in one of spans, sorted disjoint
// byte ranges [start, end).
func inSpans(spans [][2]int, offset int) bool {
	j := sort.Search(len(spans), func(j int) bool { return spans[j][1] > offset })
	return j < len(spans) && spans[j][0] <= offset
}

// anyInSpans reports whether one of the ascending offsets lies in spans.
func anyInSpans(spans [][2]int, offsets []int) bool {
	for _, o := range offsets {
		if inSpans(spans, o) {
			return true
		}
	}
	return false
}

// longLine is the length above which a line (minified code, data URIs) is
// searched in windows around the keywords rather than whole: Go's regexp
// falls back to a much slower engine on long inputs.
const longLine = 2048

// runWindows runs rule i's regexp over windows of the long line
// data[ls:le] around each occurrence of its keywords. Windows reach 256
// bytes before a keyword and 1 KiB after it, widened to the nearest byte
// that cannot be part of a token, so that no name or token is cut.
func (s *Set) runWindows(found []Match, i int, re *regexp.Regexp, data []byte, ls, le int, h *hits) []Match {
	r := &s.rules[i]
	line := data[ls:le]
	// Where the rule's keywords start on the line, as the prefilter
	// found them: the line is neither copied nor searched again.
	var pos []int
	for _, ki := range s.filter().kwOf[i] {
		ps := h.pos[ki]
		for j := sort.SearchInts(ps, ls); j < len(ps) && ps[j] < le; j++ {
			pos = append(pos, ps[j]-ls)
		}
	}
	slices.Sort(pos)
	first := len(found)
	ws, we := -1, -1
	flush := func() {
		if ws < 0 || (r.Gate != nil && !r.Gate(line[ws:we])) {
			return
		}
		cut := we < len(line) && isTokenByte(line[we-1]) && isTokenByte(line[we])
		for _, m := range appendMatches(nil, r, re, data, ls+ws, ls+we) {
			if cut && m.End == ls+we {
				continue // the window cut this token: not the whole value
			}
			if !containsSpan(found[first:], m) {
				found = append(found, m)
			}
		}
	}
	l := &s.res[i]
	l.beforeOnce.Do(func() { l.before = boundaryBefore(r.Regex) })
	before := l.before
	edges := h.tokenEdges(line, ls)
	for _, p := range pos {
		a, b := edges.back(p-256), edges.forward(p+1024)
		if before != nil && a > 0 && !anyOf(line[a-1:b], before) {
			// Inside one long token (a run of base64): no byte this rule
			// needs before its match occurs, so no match starts here.
			continue
		}
		if ws >= 0 && a <= we && b-ws <= 4*longLine {
			we = max(we, b)
			continue
		}
		flush()
		ws, we = a, b
	}
	flush()
	return found
}

// tokenEdge moves p (clamped to line) in direction dir to a byte that
// cannot be part of a token, and returns the window edge there. It moves
// at most 512 bytes back (a name) and 8 KiB on (a long value such as a
// hex-encoded key); a match that ends at an edge that cuts a token is not
// reported.
func tokenEdge(line []byte, p, dir int) int {
	p = max(0, min(p, len(line)))
	limit := 512
	if dir > 0 {
		limit = 8 << 10
	}
	for n := 0; n < limit && p > 0 && p < len(line); n++ {
		c := line[p]
		if dir < 0 {
			c = line[p-1]
		}
		if !isTokenByte(c) {
			break
		}
		p += dir
	}
	return p
}

// lineEdges answers [tokenEdge] for one long line from a bitmap of its
// bytes that cannot be part of a token, made once for all the rules that
// search the line in windows (each of them scanned up to 8 KiB around
// every keyword otherwise: most of the time on a line of base64).
type lineEdges struct {
	at    int      // the line's offset in the data; -1 when unset
	n     int      // the line's length
	edges []uint64 // bit i: byte i is not a token byte
}

// tokenEdges returns the edges of line, which starts at offset at.
func (h *hits) tokenEdges(line []byte, at int) *lineEdges {
	e := &h.edges
	if e.at == at && e.n == len(line) && e.edges != nil {
		return e
	}
	e.at, e.n = at, len(line)
	e.edges = slices.Grow(e.edges[:0], (len(line)+63)/64)[:(len(line)+63)/64]
	clear(e.edges)
	for i, c := range line {
		if !tokenBytes[c] {
			e.edges[i/64] |= 1 << (i % 64)
		}
	}
	return e
}

// back is tokenEdge(line, p, -1).
func (e *lineEdges) back(p int) int {
	p = max(0, min(p, e.n))
	if p >= e.n {
		return p
	}
	low := max(p-512, 0)
	// The last edge byte before p, at low-1 or after.
	for i := p - 1; i >= low; {
		w := e.edges[i/64] & (^uint64(0) >> (63 - i%64)) // bits 0..i%64
		if w != 0 {
			if q := i/64*64 + 63 - mathbits.LeadingZeros64(w); q >= low-1 {
				return q + 1
			}
			return low
		}
		i = i/64*64 - 1
	}
	return low
}

// forward is tokenEdge(line, p, 1).
func (e *lineEdges) forward(p int) int {
	p = max(0, min(p, e.n))
	if p == 0 || p >= e.n {
		return p
	}
	high := min(p+8<<10, e.n)
	for i := p; i < high; {
		w := e.edges[i/64] >> (i % 64)
		if w != 0 {
			return min(i+mathbits.TrailingZeros64(w), high)
		}
		i = i/64*64 + 64
	}
	return high
}

// tokenBytes marks the bytes [isTokenByte] accepts.
var tokenBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isTokenByte(byte(c))
	}
	return t
}()

// isTokenByte reports the bytes a token or a name may hold.
func isTokenByte(c byte) bool { return vocab.IsAlnum(c) || strings.IndexByte("_-+/=.", c) >= 0 }

// containsSpan reports whether ms holds a candidate of m's rule and span.
func containsSpan(ms []Match, m Match) bool {
	for _, x := range ms {
		if x.Start == m.Start && x.End == m.End {
			return true
		}
	}
	return false
}

// appendMatches runs r's pattern over data[from:to] and appends candidates.
func appendMatches(dst []Match, r *Rule, re *regexp.Regexp, data []byte, from, to int) []Match {
	gi := r.secretIndex(re)
	ni := re.SubexpIndex("name")
	for _, loc := range re.FindAllSubmatchIndex(data[from:to], -1) {
		if loc[2*gi] < 0 {
			continue
		}
		m := Match{
			Rule:       r,
			Start:      from + loc[2*gi],
			End:        from + loc[2*gi+1],
			MatchStart: from + loc[0],
			MatchEnd:   from + loc[1],
		}
		if m.Start == m.End {
			continue
		}
		m.Secret = string(data[m.Start:m.End])
		if ni > 0 && loc[2*ni] >= 0 {
			m.Name = string(data[from+loc[2*ni] : from+loc[2*ni+1]])
		}
		dst = append(dst, m)
	}
	return dst
}

// anyOf reports whether data holds a byte of set.
func anyOf(data []byte, set *[256]bool) bool {
	for _, c := range data {
		if set[c] {
			return true
		}
	}
	return false
}

// boundaryBefore returns, for a regexp that begins with "start of input,
// or one byte of a class" (the catalog's token and name starts, such as
// (?:^|[^0-9A-Za-z_\-+/])), the bytes of that class; nil for any other
// regexp. Every match that does not start its input follows one of them.
func boundaryBefore(expr string) *[256]bool {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	for re.Op == syntax.OpConcat || re.Op == syntax.OpCapture {
		if len(re.Sub) == 0 {
			return nil
		}
		re = re.Sub[0]
	}
	if re.Op != syntax.OpAlternate || len(re.Sub) != 2 {
		return nil
	}
	begin, class := re.Sub[0], re.Sub[1]
	if begin.Op == syntax.OpCharClass {
		begin, class = class, begin
	}
	if (begin.Op != syntax.OpBeginText && begin.Op != syntax.OpBeginLine) || class.Op != syntax.OpCharClass {
		return nil
	}
	var set [256]bool
	for k := 0; k+1 < len(class.Rune); k += 2 {
		lo, hi := class.Rune[k], class.Rune[k+1]
		if hi >= utf8.RuneSelf {
			// A rune beyond ASCII: any byte of a multi-byte character.
			for c := 0x80; c < 256; c++ {
				set[c] = true
			}
			hi = utf8.RuneSelf - 1
		}
		for c := lo; c <= hi; c++ {
			set[c] = true
		}
	}
	return &set
}
