package source

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

func TestLineDifferAdded(t *testing.T) {
	d := newLineDiffer()
	for _, tc := range []struct {
		old, new string
		want     string
	}{
		{"a\nb\nc\n", "a\nb\nc\n", "[]"},
		{"a\nb\nc\n", "a\nX\nc\n", "[{2 2}]"},
		{"a\nb\nc\n", "a\nb\nc\nd\n", "[{4 4}]"},
		{"a\nb\nc", "a\nb\ncd", "[{3 3}]"},             // last line without "\n" extended
		{"a\nb", "a\nb\nc", "[{3 3}]"},                 // a line appended after one without "\n"
		{"", "a\nb\n", "[{1 2}]"},                      // everything new
		{"a\nb\nc\nd\n", "d\nb\nc\na\n", "[]"},         // lines moved inside the changed region are old
		{"x\nEND\ny\n", "x\nEND\ny\nEND\n", "[{4 4}]"}, // a duplicated line counts
		{"ab\nab\n", "ab\n", "[]"},
		{"k=1\r\nz\r\n", "k=2\r\nz\r\n", "[{1 1}]"},
		{"a\nb\n", "a\r\nb\r\n", "[]"}, // only line endings changed
	} {
		got := fmt.Sprint(d.added([]byte(tc.old), []byte(tc.new)))
		if got != tc.want {
			t.Errorf("added(%q, %q) = %s, want %s", tc.old, tc.new, got, tc.want)
		}
	}
}

func TestBlankOthersKeepsPositions(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 100; i++ {
		fmt.Fprintf(&b, "line %d with some text\n", i)
	}
	data := []byte(b.String())
	keep := pipeline.LineSet{{From: 50, To: 50}, {From: 90, To: 91}}
	out := blankOthers(nil, data, keep)
	got := strings.Split(string(out), "\n")
	if len(got) != 101 {
		t.Fatalf("blanked data has %d lines, want 101", len(got))
	}
	for i, l := range got[:100] {
		n := i + 1
		kept := n == 49 || n == 50 || n == 89 || n == 90 || n == 91
		if kept != (l != "") || kept && l != fmt.Sprintf("line %d with some text", n) {
			t.Errorf("line %d = %q (kept %v)", n, l, kept)
		}
	}
	if all := blankOthers(nil, data, pipeline.LineSet{{From: 1, To: 80}}); &all[0] != &data[0] {
		t.Error("blanking most of nothing should return the data itself")
	}
}

// naiveBlank is blankOthers line by line, to compare with.
func naiveBlank(data []byte, keep pipeline.LineSet) []byte {
	var out []byte
	line := 1
	for len(data) > 0 {
		j := bytes.IndexByte(data, '\n')
		end := j + 1
		if j < 0 {
			end = len(data)
		}
		if keep.Contains(line) || keep.Contains(line+1) {
			out = append(out, data[:end]...)
		} else if j >= 0 {
			out = append(out, '\n')
		}
		data = data[end:]
		line++
	}
	return out
}

func TestBlankOthersRandom(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		n := rnd.Intn(300)
		for l := 0; l < n; l++ {
			b.WriteString(strings.Repeat("x", rnd.Intn(3)*rnd.Intn(80)))
			if l < n-1 || rnd.Intn(2) == 0 {
				b.WriteByte('\n')
			}
		}
		data := []byte(b.String())
		keep := pipeline.LineSet{}
		for l := 1; l <= n+2; l++ {
			if rnd.Intn(12) == 0 {
				keep = keep.Add(l)
			}
		}
		got := blankOthers(nil, data, keep)
		want := naiveBlank(data, keep)
		if !bytes.Equal(got, data) && !bytes.Equal(got, want) {
			t.Fatalf("blankOthers(%q, %v) = %q, want %q", data, keep, got, want)
		}
		if strings.Count(string(got), "\n") != strings.Count(string(data), "\n") {
			t.Fatalf("blankOthers changed the line count of %q", data)
		}
	}
}

func TestIntersectLines(t *testing.T) {
	a := pipeline.LineSet{{From: 1, To: 5}, {From: 8, To: 10}}
	b := pipeline.LineSet{{From: 3, To: 9}}
	if got := fmt.Sprint(intersectLines(a, b)); got != "[{3 5} {8 9}]" {
		t.Errorf("intersect = %s", got)
	}
}
