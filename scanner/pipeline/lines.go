package pipeline

import (
	"bytes"
	"sort"
)

// lineIndex maps byte offsets to 1-based lines and columns. It counts
// the line breaks of each block of the data (a vectorised count, about
// ten times faster than finding each line), and finds a line's start
// within its block when asked: a detector needs the lines of a few
// matches and spans, not of every line of every file.
type lineIndex struct {
	data []byte
	// before[b] is the number of line breaks before block b; the last
	// entry counts them all.
	before []int
}

// lineBlock is the size of the blocks whose line breaks are counted.
const lineBlock = 4096

var newlineByte = []byte{'\n'}

func newLineIndex(data []byte) *lineIndex {
	nb := (len(data) + lineBlock - 1) / lineBlock
	before := make([]int, nb+1)
	n := 0
	for b := 0; b < nb; b++ {
		before[b] = n
		n += bytes.Count(data[b*lineBlock:min((b+1)*lineBlock, len(data))], newlineByte)
	}
	before[nb] = n
	return &lineIndex{data: data, before: before}
}

// lines is the number of lines (one more than the line breaks).
func (x *lineIndex) lines() int { return x.before[len(x.before)-1] + 1 }

// start returns the offset where 1-based line n starts (n at most
// [lineIndex.lines]).
func (x *lineIndex) start(n int) int {
	var s lineSeeker
	s.x = x
	return s.start(n)
}

// lineSeeker finds line starts, each search beginning where the last one
// ended when the next line lies in the same block: the spans of a file's
// changed lines are found in one pass, however many there are.
type lineSeeker struct {
	x        *lineIndex
	line, at int // line (1-based, 0 before any search) starts at offset at
}

// start returns the offset where 1-based line n starts.
func (s *lineSeeker) start(n int) int {
	x, k := s.x, n-1 // the line starts after the k-th line break
	if k == 0 {
		return 0
	}
	// The block holding the k-th break: the last with fewer before it.
	b := sort.Search(len(x.before), func(b int) bool { return x.before[b] >= k }) - 1
	at, passed := b*lineBlock, x.before[b]
	if s.line > 0 && s.at >= at && s.line-1 <= k {
		at, passed = s.at, s.line-1
	}
	for passed < k {
		at += bytes.IndexByte(x.data[at:], '\n') + 1
		passed++
	}
	s.line, s.at = n, at
	return at
}

// position returns the 1-based line and byte column of offset.
func (x *lineIndex) position(offset int) (line, col int) {
	offset = min(max(offset, 0), len(x.data))
	b := offset / lineBlock
	line = bytes.Count(x.data[min(b*lineBlock, len(x.data)):offset], newlineByte) + 1
	if b < len(x.before) {
		line += x.before[b]
	}
	return line, offset - x.start(line) + 1
}

// line returns the text of 1-based line n without its line ending.
func (x *lineIndex) line(data []byte, n int) []byte {
	if n < 1 || n > x.lines() {
		return nil
	}
	end := len(data)
	if n < x.lines() {
		end = x.start(n+1) - 1
	}
	return bytes.TrimSuffix(data[x.start(n):end], []byte{'\r'})
}

// allowMarkers suppress a finding on their own line. The last two let
// teams switching from gitleaks or detect-secrets keep their comments.
var allowMarkers = [][]byte{
	[]byte("envguard:allow"),
	[]byte("gitleaks:allow"),
	[]byte("pragma: allowlist secret"),
}

// allowNextMarkers suppress a finding on the following line.
var allowNextMarkers = [][]byte{
	[]byte("envguard:allow-next-line"),
	[]byte("pragma: allowlist nextline secret"),
}

// inlineAllow checks the line of a finding and the line before it for an
// allow comment. counts are the lines of the fragment that count (the
// lines a diff adds; nil for all). An allow-next-line comment speaks for
// the line that was below it when it was written: when the finding's line
// is new and the comment above it is not, the line was inserted (or
// changed) under someone else's comment, and the comment does not cover it.
func inlineAllow(x *lineIndex, data []byte, line int, counts LineSet) (Reason, bool) {
	text := x.line(data, line)
	for _, m := range allowMarkers {
		// "envguard:allow" also starts "envguard:allow-next-line", which
		// speaks about the next line: look at every occurrence.
		for rest := text; ; {
			i := bytes.Index(rest, m)
			if i < 0 {
				break
			}
			if !bytes.HasPrefix(rest[i:], allowNextMarkers[0]) {
				return Reason{Kind: "inline-allow", Detail: string(m)}, true
			}
			rest = rest[i+len(m):]
		}
	}
	if counts != nil && counts.Contains(line) && !counts.Contains(line-1) {
		return Reason{}, false
	}
	prev := x.line(data, line-1)
	for _, m := range allowNextMarkers {
		if bytes.Contains(prev, m) {
			return Reason{Kind: "inline-allow", Detail: string(m)}, true
		}
	}
	return Reason{}, false
}
