package source

import (
	"bytes"
	"hash/maphash"

	"github.com/envguard/envguard/scanner/pipeline"
)

// lineDiffer finds the lines of a new version of a file that its parent
// version does not have. It keeps its scratch table between calls, so one
// differ must not be used concurrently.
//
// The common prefix and suffix are skipped with memory compares (most
// edits touch a few lines in the middle of a file); the middle is compared
// as a multiset of line hashes: a line of the new middle is old when the
// parent's middle still has an unused copy of it. This marks no more lines
// as new than a real diff would (a line moved inside the changed region
// counts as old: it was scanned in the parent), and duplicated lines are
// counted, so a second "-----END ...-----" line added to a file counts as
// new.
type lineDiffer struct {
	seed maphash.Seed
	// keys and counts are an open-addressing table of line hashes (0 is a
	// free slot) reused between calls: a map cost a third of the diff, and
	// clearing a map that once grew large costs its whole size.
	keys   []uint64
	counts []int32
}

func newLineDiffer() *lineDiffer {
	return &lineDiffer{seed: maphash.MakeSeed()}
}

// added returns the 1-based lines of b that are not in a. Lines are
// compared without their "\n" or "\r\n": a commit that only changes line
// endings adds no content.
func (d *lineDiffer) added(a, b []byte) pipeline.LineSet {
	p := commonPrefix(a, b)
	p = bytes.LastIndexByte(b[:p], '\n') + 1 // back to a line start
	qa, qb := commonSuffixStart(a, b, p)
	first := bytes.Count(b[:p], []byte{'\n'}) + 1

	mask := d.reset(bytes.Count(a[p:qa], []byte{'\n'}) + 1)
	forLines(a[p:qa], func(_ int, line []byte) {
		d.counts[d.slot(d.hash(line), mask)]++
	})
	out := pipeline.LineSet{}
	forLines(b[p:qb], func(i int, line []byte) {
		if k, ok := d.find(d.hash(line), mask); ok && d.counts[k] > 0 {
			d.counts[k]--
			return
		}
		out = out.Add(first + i)
	})
	return out
}

// hash is a line's hash without its "\r", never 0 (a free slot).
func (d *lineDiffer) hash(line []byte) uint64 {
	return maphash.Bytes(d.seed, trimCR(line)) | 1
}

// reset empties the table for n lines and returns its mask: at least
// twice as many slots, a power of two.
func (d *lineDiffer) reset(n int) uint64 {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if len(d.keys) < size {
		d.keys, d.counts = make([]uint64, size), make([]int32, size)
	} else {
		clear(d.keys[:size])
		clear(d.counts[:size])
	}
	return uint64(size - 1)
}

// find returns where h is, if it is in the table.
func (d *lineDiffer) find(h, mask uint64) (uint64, bool) {
	for k := h & mask; ; k = (k + 1) & mask {
		switch d.keys[k] {
		case h:
			return k, true
		case 0:
			return 0, false
		}
	}
}

// slot returns where h is, or the free slot where it goes (probing
// linearly; the table is at most half full: only a's lines go in).
func (d *lineDiffer) slot(h, mask uint64) uint64 {
	for k := h & mask; ; k = (k + 1) & mask {
		switch d.keys[k] {
		case h:
			return k
		case 0:
			d.keys[k] = h
			return k
		}
	}
}

// commonPrefix returns how many leading bytes a and b share, comparing in
// blocks first.
func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	i := 0
	for i+64 <= n && bytes.Equal(a[i:i+64], b[i:i+64]) {
		i += 64
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// commonSuffix returns how many trailing bytes a and b share, comparing
// in blocks first.
func commonSuffix(a, b []byte) int {
	la, lb := len(a), len(b)
	n := min(la, lb)
	s := 0
	for s+64 <= n && bytes.Equal(a[la-s-64:la-s], b[lb-s-64:lb-s]) {
		s += 64
	}
	for s < n && a[la-s-1] == b[lb-s-1] {
		s++
	}
	return s
}

// commonSuffixStart returns where the common trailing lines of a and b
// start in each, never before p (the end of the common prefix, a line
// start in both). Both positions are line starts.
func commonSuffixStart(a, b []byte, p int) (int, int) {
	la, lb := len(a), len(b)
	s := commonSuffix(a[p:], b[p:])
	qa, qb := la-s, lb-s
	for qb < lb && !(lineStart(b, qb, p) && lineStart(a, qa, p)) {
		i := bytes.IndexByte(b[qb:], '\n')
		if i < 0 {
			return la, lb
		}
		qa += i + 1
		qb += i + 1
	}
	return qa, qb
}

func lineStart(data []byte, q, floor int) bool { return q == floor || data[q-1] == '\n' }

func trimCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// forLines calls fn with the 0-based index and content (without "\n") of
// each line of data. A final line without "\n" counts; an empty data has
// no lines.
func forLines(data []byte, fn func(i int, line []byte)) {
	for i := 0; len(data) > 0; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			fn(i, data)
			return
		}
		fn(i, data[:j])
		data = data[j+1:]
	}
}

// intersectLines returns the lines in both a and b.
func intersectLines(a, b pipeline.LineSet) pipeline.LineSet {
	out := pipeline.LineSet{}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		from, to := max(a[i].From, b[j].From), min(a[i].To, b[j].To)
		if from <= to {
			out = append(out, pipeline.LineRange{From: from, To: to})
		}
		if a[i].To < b[j].To {
			i++
		} else {
			j++
		}
	}
	return out
}

// blankOthers returns data, in dst (when it has the room, else in a new
// buffer), with every line emptied (only its "\n" kept)
// except the lines in keep and the line before each of them (it may hold
// an envguard:allow-next-line comment). Line and column numbers stay
// those of data, while the detector reads only what can matter: rules that
// are not Multiline match within one line. Runs of blanked lines are
// skipped with bytes.Count, not line by line. It returns data itself when
// blanking would save little.
func blankOthers(dst, data []byte, keep pipeline.LineSet) []byte {
	if keep.Count() < 0 {
		return data
	}
	out := dst[:0]
	pos, line, kept := 0, 1, 0
	for _, r := range keep {
		if from := max(r.From-1, line); from > line {
			next, n := skipLines(data, pos, from-line)
			out = appendNewlines(out, bytes.Count(data[pos:next], []byte{'\n'}))
			pos, line = next, line+n
			if line < from {
				break // data ends before the range
			}
		}
		end, n := skipLines(data, pos, r.To-line+1)
		out = append(out, data[pos:end]...)
		kept += end - pos
		pos, line = end, line+n
	}
	out = appendNewlines(out, bytes.Count(data[pos:], []byte{'\n'}))
	if kept > len(data)/2 {
		return data
	}
	return out
}

// skipLines returns the offset k lines after pos (the start of a line) and
// how many lines it passed: fewer than k at the end of data.
func skipLines(data []byte, pos, k int) (int, int) {
	done := 0
	for done < k && pos < len(data) {
		chunk := data[pos:min(pos+4096, len(data))]
		if c := bytes.Count(chunk, []byte{'\n'}); c < k-done {
			done += c
			pos += len(chunk)
			if pos == len(data) && len(chunk) > 0 && chunk[len(chunk)-1] != '\n' {
				done++ // a last line without "\n"
			}
			continue
		}
		for done < k {
			j := bytes.IndexByte(data[pos:], '\n')
			done++
			if j < 0 {
				return len(data), done
			}
			pos += j + 1
		}
	}
	return pos, done
}

const newlines = "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"

func appendNewlines(out []byte, n int) []byte {
	for n > 0 {
		k := min(n, len(newlines))
		out = append(out, newlines[:k]...)
		n -= k
	}
	return out
}
