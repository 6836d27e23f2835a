package source

import (
	"bytes"

	"github.com/envguard/envguard/scanner/pipeline"
)

// AddedLines returns the lines of newData (1-based, numbered as the
// detector numbers them) that newData adds relative to oldData.
//
// # Which lines count as added
//
// A line counts as added when newData holds more copies of its text than
// oldData does (a multiset difference), wherever the copies are. This is
// not the line-by-line alignment `git diff` computes, and it is chosen on
// purpose for a leak scanner:
//
//   - it never misses new text: a line whose text is not in the old version
//     is always added, so a new secret is always scanned;
//   - a moved line is not added: moving a secret that HEAD already holds
//     leaks nothing new (the history scan reports it once), where a diff
//     would show it as deleted and added and report it again at each move;
//   - a duplicated line is added once per extra copy, as in a diff: a
//     second copy of a secret is a new place to clean up;
//   - it costs one pass and one hash per line, where a diff is quadratic
//     in the worst case. Lines equal at the start and at the end of both
//     versions are paired first without hashing, so a small change to a
//     big file costs little more than comparing the bytes.
//
// Line endings do not count: a trailing "\r" is ignored when comparing,
// so converting a file to CRLF does not report all of it again. Text in
// UTF-16 with a byte order mark is decoded first, as the detector does,
// so line numbers agree with it.
func AddedLines(oldData, newData []byte) pipeline.LineSet {
	oldLines := splitLines(decodeText(oldData))
	newLines := splitLines(decodeText(newData))

	// Pair the common head and tail positionally.
	head := 0
	for head < len(oldLines) && head < len(newLines) && bytes.Equal(oldLines[head], newLines[head]) {
		head++
	}
	tail := 0
	for tail < len(oldLines)-head && tail < len(newLines)-head &&
		bytes.Equal(oldLines[len(oldLines)-1-tail], newLines[len(newLines)-1-tail]) {
		tail++
	}
	oldMid := oldLines[head : len(oldLines)-tail]
	newMid := newLines[head : len(newLines)-tail]

	// Count the old copies of each text; each new line uses one up or is
	// added. The map holds indexes into remaining so that a lookup with
	// string(line) does not allocate.
	index := make(map[string]int, len(oldMid))
	var remaining []int
	for _, l := range oldMid {
		if i, ok := index[string(l)]; ok {
			remaining[i]++
			continue
		}
		index[string(l)] = len(remaining)
		remaining = append(remaining, 1)
	}
	added := pipeline.LineSet{}
	for i, l := range newMid {
		if j, ok := index[string(l)]; ok && remaining[j] > 0 {
			remaining[j]--
			continue
		}
		added = added.Add(head + i + 1)
	}
	return added
}

// splitLines splits data at '\n' as the detector numbers lines, without
// the line endings (a trailing '\r' included).
func splitLines(data []byte) [][]byte {
	lines := make([][]byte, 0, bytes.Count(data, []byte{'\n'})+1)
	for {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return append(lines, bytes.TrimSuffix(data, []byte{'\r'}))
		}
		lines = append(lines, bytes.TrimSuffix(data[:i], []byte{'\r'}))
		data = data[i+1:]
	}
}

// decodeText turns UTF-16 with a byte order mark into UTF-8 exactly as the
// detector does, and returns other data as is.
func decodeText(data []byte) []byte {
	if u, ok := pipeline.DecodeUTF16(data); ok {
		return u
	}
	return data
}
