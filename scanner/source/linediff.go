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
//
// Memory is the size of the changed middle's distinct old lines: the
// common head and tail are paired in place, line by line, without
// splitting the files (a 10 MB file of newlines with one changed line
// took 580 MB when both versions were split into slices).
func AddedLines(oldData, newData []byte) pipeline.LineSet {
	oldText, newText := decodeText(oldData), decodeText(newData)

	// Pair the common head positionally: o and n are the starts of the
	// first lines not paired; head counts the paired lines. The lines
	// inside the common bytes of both starts are paired at memory speed
	// first (a small change to a big file is mostly such lines).
	o := bytes.LastIndexByte(newText[:commonPrefix(oldText, newText)], '\n') + 1
	n, head := o, bytes.Count(newText[:o], newline)
	for o <= len(oldText) && n <= len(newText) {
		ol, oNext := lineAt(oldText, o)
		nl, nNext := lineAt(newText, n)
		if !bytes.Equal(ol, nl) {
			break
		}
		head++
		o, n = oNext, nNext
	}
	// Pair the common tail, from the ends back to the head: oe and ne are
	// the ends (exclusive, before a '\n') of the last lines not paired.
	oe, ne := len(oldText), len(newText)
	if o <= oe && n <= ne {
		// Likewise the lines inside the common bytes of both ends, each
		// with the line break before it: the lines after the first break
		// in the common end.
		common := commonSuffix(oldText[o:], newText[n:])
		if q := bytes.IndexByte(newText[ne-common:], '\n'); q >= 0 {
			ne -= common - q
			oe -= common - q
		}
	}
	for o <= oe && n <= ne {
		if o > len(oldText) || n > len(newText) {
			break
		}
		ol, oStart := lastLine(oldText, o, oe)
		nl, nStart := lastLine(newText, n, ne)
		if !bytes.Equal(ol, nl) {
			break
		}
		oe, ne = oStart-1, nStart-1 // before the '\n' that ends the line before
	}

	// Count the old copies of each text; each new line uses one up or is
	// added. The map holds indexes into remaining so that a lookup with
	// string(line) does not allocate.
	index := map[string]int{}
	var remaining []int
	eachLine(oldText, o, oe, func(l []byte) {
		if i, ok := index[string(l)]; ok {
			remaining[i]++
			return
		}
		index[string(l)] = len(remaining)
		remaining = append(remaining, 1)
	})
	added := pipeline.LineSet{}
	i := 0
	eachLine(newText, n, ne, func(l []byte) {
		i++
		if j, ok := index[string(l)]; ok && remaining[j] > 0 {
			remaining[j]--
			return
		}
		added = added.Add(head + i)
	})
	return added
}

// lineAt returns the line that starts at offset start of data (without its
// ending, a trailing '\r' included) and the start of the next line, which
// is len(data)+1 after the last line. start must be at most len(data).
func lineAt(data []byte, start int) (line []byte, next int) {
	if start > len(data) {
		return nil, start
	}
	i := bytes.IndexByte(data[start:], '\n')
	if i < 0 {
		return bytes.TrimSuffix(data[start:], []byte{'\r'}), len(data) + 1
	}
	return bytes.TrimSuffix(data[start:start+i], []byte{'\r'}), start + i + 1
}

// lastLine returns the last line of data[from:end] (end is just past its
// last byte, where a '\n' or the end of data follows) and where it starts.
func lastLine(data []byte, from, end int) (line []byte, start int) {
	start = bytes.LastIndexByte(data[from:end], '\n') + 1 + from
	return bytes.TrimSuffix(data[start:end], []byte{'\r'}), start
}

// eachLine calls fn with each line of data from offset from (a line start)
// to end (the end of a line), in order; nothing when end < from.
func eachLine(data []byte, from, end int, fn func(line []byte)) {
	if end < from || from > len(data) {
		return
	}
	for {
		i := bytes.IndexByte(data[from:end], '\n')
		if i < 0 {
			fn(bytes.TrimSuffix(data[from:end], []byte{'\r'}))
			return
		}
		fn(bytes.TrimSuffix(data[from:from+i], []byte{'\r'}))
		from += i + 1
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

var newline = []byte{'\n'}
