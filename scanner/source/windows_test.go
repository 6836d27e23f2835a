package source

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// windowsOf runs yieldWindows over data with a small window.
func windowsOf(t *testing.T, data []byte, size int64) []pipeline.Fragment {
	t.Helper()
	var frags []pipeline.Fragment
	err := yieldWindows(context.Background(), "f", bytes.NewReader(data), Options{WindowSize: size}, func(f pipeline.Fragment) error {
		frags = append(frags, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return frags
}

// TestWindowsFindEveryTokenOnce places tokens at random in content of
// random lines (some longer than a window) and checks that scanning the
// windows as the detector does finds each token exactly once, on its
// line in the whole content.
func TestWindowsFindEveryTokenOnce(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for round := 0; round < 300; round++ {
		var b bytes.Buffer
		want := map[string]int{} // token -> line
		line := 1
		for b.Len() < 5000 {
			switch r := rng.Intn(10); {
			case r < 2:
				tok := fmt.Sprintf("TOKEN%04d%s", round, strings.Repeat("x", rng.Intn(20)))
				tok = fmt.Sprintf("%s#%d", tok, len(want))
				want[tok] = line
				b.WriteString(tok + " ")
			case r < 7:
				b.WriteString(strings.Repeat("a", rng.Intn(40)))
			case r < 8:
				b.WriteString(strings.Repeat("z", rng.Intn(1200))) // longer than a window
			default:
				b.WriteByte('\n')
				line++
			}
			if rng.Intn(3) == 0 {
				b.WriteByte(' ')
			}
		}
		data := b.Bytes()
		frags := windowsOf(t, data, 256)
		got := map[string][]int{}
		for _, f := range frags {
			lines := newLines(f.Data)
			for i := 0; i < len(f.Data); {
				j := bytes.Index(f.Data[i:], []byte("TOKEN"))
				if j < 0 {
					break
				}
				start := i + j
				end := start
				for end < len(f.Data) && f.Data[end] != ' ' && f.Data[end] != '\n' && f.Data[end] != 'a' && f.Data[end] != 'z' {
					end++
				}
				i = end
				if end == len(f.Data) && end-start < 10 {
					continue // cut by the window's end
				}
				ln := lines(start)
				if f.Lines.Contains(ln) {
					got[string(f.Data[start:end])] = append(got[string(f.Data[start:end])], ln)
				}
			}
		}
		for tok, ln := range want {
			g := got[tok]
			if len(g) == 0 {
				t.Fatalf("round %d: %s (line %d) not found in %d windows", round, tok, ln, len(frags))
			}
			for _, l := range g {
				if l != ln {
					t.Fatalf("round %d: %s found on line %d, want %d", round, tok, l, ln)
				}
			}
			if len(g) > 1 && !longLine(data, ln, 256) {
				t.Fatalf("round %d: %s found %d times", round, tok, len(g))
			}
		}
	}
}

// newLines returns a function from offset to 1-based line.
func newLines(data []byte) func(int) int {
	return func(off int) int { return bytes.Count(data[:off], []byte{'\n'}) + 1 }
}

// longLine reports whether line n of data is longer than a window.
func longLine(data []byte, n, size int) bool {
	l := bytes.Split(data, []byte{'\n'})[n-1]
	return len(l) >= size/2
}

func TestWindowsSmallContentIsOneFragment(t *testing.T) {
	for _, data := range []string{"", "a", "a\nb\n", strings.Repeat("x\n", 100)} {
		frags := windowsOf(t, []byte(data), 256)
		if len(frags) != 1 || string(frags[0].Data) != data || frags[0].Lines != nil {
			t.Errorf("%d bytes: %d fragments, want one, whole, every line counting", len(data), len(frags))
		}
	}
}

// Binary content gets no padding, so that each window starts with the
// bytes that make the detector run only its binary rules, and each token
// still counts once.
func TestWindowsBinary(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var b bytes.Buffer
	b.WriteByte(0)
	tokens := 0
	for b.Len() < 20000 {
		switch r := rng.Intn(20); {
		case r == 0:
			fmt.Fprintf(&b, " TOKEN%03d ", tokens)
			tokens++
		case r < 3:
			b.WriteByte('\n')
		default:
			b.WriteByte(byte(rng.Intn(256))&^0x80 | 0x01) // no NUL, no 'T' run
		}
	}
	frags := windowsOf(t, b.Bytes(), 512)
	seen := map[string]int{}
	for i, f := range frags {
		if len(f.Data) > 512 || i > 0 && f.Data[0] == '\n' && bytes.Count(f.Data[:8], []byte{'\n'}) == 8 {
			t.Fatalf("window %d: %d bytes, padded?", i, len(f.Data))
		}
		lines := newLines(f.Data)
		for off := 0; ; {
			j := bytes.Index(f.Data[off:], []byte("TOKEN"))
			if j < 0 || off+j+8 > len(f.Data) {
				break
			}
			start := off + j
			if f.Lines.Contains(lines(start)) {
				seen[string(f.Data[start:start+8])]++
			}
			off = start + 8
		}
	}
	for i := 0; i < tokens; i++ {
		if n := seen[fmt.Sprintf("TOKEN%03d", i)]; n != 1 {
			t.Errorf("TOKEN%03d counted %d times", i, n)
		}
	}
}
