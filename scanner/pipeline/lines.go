package pipeline

import (
	"bytes"
	"sort"
)

// lineIndex maps byte offsets to 1-based lines and columns.
type lineIndex struct {
	starts []int // byte offset where each line starts
}

func newLineIndex(data []byte) *lineIndex {
	starts := make([]int, 1, bytes.Count(data, []byte{'\n'})+1)
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	return &lineIndex{starts: starts}
}

// position returns the 1-based line and byte column of offset.
func (x *lineIndex) position(offset int) (line, col int) {
	i := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset }) - 1
	return i + 1, offset - x.starts[i] + 1
}

// line returns the text of 1-based line n without its line ending.
func (x *lineIndex) line(data []byte, n int) []byte {
	if n < 1 || n > len(x.starts) {
		return nil
	}
	end := len(data)
	if n < len(x.starts) {
		end = x.starts[n] - 1
	}
	return bytes.TrimSuffix(data[x.starts[n-1]:end], []byte{'\r'})
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
