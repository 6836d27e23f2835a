package pipeline

import (
	"bytes"
	"math/rand"
	"sort"
	"testing"
)

// TestLineIndexAgreesWithLineStarts compares the block-counted index with
// the plain list of line starts it replaced, at every offset of random
// texts whose lines cross block boundaries (empty, CRLF, longer than a
// block).
func TestLineIndexAgreesWithLineStarts(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for c := 0; c < 300; c++ {
		var b bytes.Buffer
		for l := rng.Intn(200); l > 0; l-- {
			switch rng.Intn(6) {
			case 0: // empty line
			case 1:
				b.Write(bytes.Repeat([]byte("x"), lineBlock+rng.Intn(3*lineBlock)))
			default:
				b.Write(bytes.Repeat([]byte("ab"), rng.Intn(80)))
			}
			if rng.Intn(5) == 0 {
				b.WriteByte('\r')
			}
			b.WriteByte('\n')
		}
		if rng.Intn(2) == 0 {
			b.WriteString("last line without a break")
		}
		data := b.Bytes()
		starts := []int{0}
		for i, ch := range data {
			if ch == '\n' {
				starts = append(starts, i+1)
			}
		}
		x := newLineIndex(data)
		if x.lines() != len(starts) {
			t.Fatalf("case %d: %d lines, want %d", c, x.lines(), len(starts))
		}
		for n := 1; n <= len(starts); n++ {
			if got := x.start(n); got != starts[n-1] {
				t.Fatalf("case %d: line %d starts at %d, want %d", c, n, got, starts[n-1])
			}
			end := len(data)
			if n < len(starts) {
				end = starts[n] - 1
			}
			if want := bytes.TrimSuffix(data[starts[n-1]:end], []byte{'\r'}); !bytes.Equal(x.line(data, n), want) {
				t.Fatalf("case %d: line %d text differs", c, n)
			}
		}
		// One seeker over ascending lines with gaps, and back again.
		seek := lineSeeker{x: x}
		for n := 1; n <= len(starts); n += 1 + rng.Intn(4) {
			if got := seek.start(n); got != starts[n-1] {
				t.Fatalf("case %d: seeker: line %d starts at %d, want %d", c, n, got, starts[n-1])
			}
		}
		if n := 1 + rng.Intn(len(starts)); seek.start(n) != starts[n-1] {
			t.Fatalf("case %d: seeker going back to line %d", c, n)
		}
		// Every line start and the byte before it, block edges, and
		// random offsets.
		offs := []int{0, len(data)}
		for _, st := range starts {
			offs = append(offs, st, max(st-1, 0))
		}
		for o := lineBlock - 1; o <= len(data); o += lineBlock {
			offs = append(offs, o, min(o+1, len(data)))
		}
		for i := 0; i < 500 && len(data) > 0; i++ {
			offs = append(offs, rng.Intn(len(data)+1))
		}
		for _, off := range offs {
			line := sort.Search(len(starts), func(i int) bool { return starts[i] > off })
			if l, col := x.position(off); l != line || col != off-starts[line-1]+1 {
				t.Fatalf("case %d: position(%d) = %d:%d, want %d:%d", c, off, l, col, line, off-starts[line-1]+1)
			}
		}
	}
}
