package source

import (
	"bytes"
	"math/rand"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// addedLinesRef is AddedLines as it was, splitting both versions into
// slices: the reference the in-place version must agree with.
func addedLinesRef(oldData, newData []byte) pipeline.LineSet {
	oldLines := splitLines(decodeText(oldData))
	newLines := splitLines(decodeText(newData))
	head := 0
	for head < len(oldLines) && head < len(newLines) && bytes.Equal(oldLines[head], newLines[head]) {
		head++
	}
	tail := 0
	for tail < len(oldLines)-head && tail < len(newLines)-head &&
		bytes.Equal(oldLines[len(oldLines)-1-tail], newLines[len(newLines)-1-tail]) {
		tail++
	}
	count := map[string]int{}
	for _, l := range oldLines[head : len(oldLines)-tail] {
		count[string(l)]++
	}
	added := pipeline.LineSet{}
	for i, l := range newLines[head : len(newLines)-tail] {
		if count[string(l)] > 0 {
			count[string(l)]--
			continue
		}
		added = added.Add(head + i + 1)
	}
	return added
}

func TestAddedLinesMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	pieces := []string{"a", "b", "", "\r", "c\r", "a"}
	gen := func() []byte {
		var b bytes.Buffer
		for i := rng.Intn(8); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(4) > 0 {
				b.WriteByte('\n')
			}
		}
		return b.Bytes()
	}
	for i := 0; i < 20000; i++ {
		o, n := gen(), gen()
		got, want := AddedLines(o, n), addedLinesRef(o, n)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("AddedLines(%q, %q) = %v, want %v", o, n, got, want)
		}
	}
}

// TestAddedLinesBigMatchesReference edits files of a few kilobytes in a
// few places, so that the common head and tail span many of the blocks
// compared at once, and ends of blocks fall inside and between lines.
func TestAddedLinesBigMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	lines := []string{"alpha", "", "beta gamma delta", "\r", "x\r", "KEY=1", strings.Repeat("y", 70)}
	for i := 0; i < 3000; i++ {
		var old []string
		for j := 50 + rng.Intn(200); j > 0; j-- {
			old = append(old, lines[rng.Intn(len(lines))])
		}
		edited := slices.Clone(old)
		for e := rng.Intn(4); e > 0; e-- {
			k := rng.Intn(len(edited) + 1)
			switch rng.Intn(3) {
			case 0:
				edited = slices.Insert(edited, k, lines[rng.Intn(len(lines))])
			case 1:
				if k < len(edited) {
					edited = slices.Delete(edited, k, k+1)
				}
			default:
				if k < len(edited) {
					edited[k] += "z"
				}
			}
		}
		o, n := []byte(strings.Join(old, "\n")), []byte(strings.Join(edited, "\n"))
		if rng.Intn(2) == 0 {
			o, n = append(o, '\n'), append(n, '\n')
		}
		if got, want := AddedLines(o, n), addedLinesRef(o, n); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: AddedLines = %v, want %v\nold %q\nnew %q", i, got, want, o, n)
		}
	}
}

// Issue 14: a staged 10 MB file of newlines with one changed line took
// 580 MB. Pairing the head and tail in place makes it a few bytes.
func TestAddedLinesMemory(t *testing.T) {
	old := bytes.Repeat([]byte{'\n'}, 10<<20)
	changed := bytes.Clone(old)
	changed[5<<20] = 'x'
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got := AddedLines(old, changed)
	runtime.ReadMemStats(&after)
	if want := (pipeline.LineSet{{From: 5<<20 + 1, To: 5<<20 + 1}}); !reflect.DeepEqual(got, want) {
		t.Fatalf("AddedLines = %v, want %v", got, want)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("AddedLines allocated %d bytes for a one-line change of a 10 MB file", n)
	}
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
