package pipeline

import (
	"fmt"
	"strings"
	"testing"
)

func TestLineSet(t *testing.T) {
	var s LineSet
	for _, l := range []int{1, 2, 3, 5, 7, 8, 8, 10} {
		s = s.Add(l)
	}
	if got := fmt.Sprint(s); got != "[{1 3} {5 5} {7 8} {10 10}]" {
		t.Fatalf("Add built %s", got)
	}
	if s.Count() != 7 {
		t.Errorf("Count = %d, want 7", s.Count())
	}
	for l := 0; l <= 12; l++ {
		want := l >= 1 && l <= 3 || l == 5 || l == 7 || l == 8 || l == 10
		if s.Contains(l) != want {
			t.Errorf("Contains(%d) = %v", l, !want)
		}
	}
	for _, tc := range []struct {
		from, to int
		want     bool
	}{
		{0, 0, false}, {0, 1, true}, {3, 4, true}, {4, 4, false}, {4, 6, true},
		{6, 6, false}, {9, 9, false}, {9, 20, true}, {11, 20, false}, {2, 2, true},
	} {
		if got := s.Overlaps(tc.from, tc.to); got != tc.want {
			t.Errorf("Overlaps(%d, %d) = %v", tc.from, tc.to, got)
		}
	}
	var all LineSet
	if !all.Contains(99) || !all.Overlaps(5, 6) || all.Count() != -1 {
		t.Error("a nil LineSet must mean every line")
	}
	none := LineSet{}
	if none.Contains(1) || none.Overlaps(1, 100) || none.Count() != 0 {
		t.Error("an empty LineSet must mean no line")
	}
	if one := LineSet(nil).Add(4); fmt.Sprint(one) != "[{4 4}]" || one.Contains(3) {
		t.Errorf("Add on nil gave %v", one)
	}
}

func TestLineIndex(t *testing.T) {
	data := []byte("ab\r\n\ncd\nlast")
	x := newLineIndex(data)
	for _, tc := range []struct{ off, line, col int }{
		{0, 1, 1}, {1, 1, 2}, {3, 1, 4}, {4, 2, 1}, {5, 3, 1}, {8, 4, 1}, {11, 4, 4}, {12, 4, 5},
	} {
		if l, c := x.position(tc.off); l != tc.line || c != tc.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tc.off, l, c, tc.line, tc.col)
		}
	}
	for n, want := range map[int]string{0: "", 1: "ab", 2: "", 3: "cd", 4: "last", 5: ""} {
		if got := string(x.line(data, n)); got != want {
			t.Errorf("line(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Error("empty list is an error")
	}
	for i := range 12 {
		l.Add(fmt.Sprintf("f%02d", 11-i), "0123456789abcdef0123", fmt.Errorf("e%d", i))
	}
	l.Sort()
	if l[0].Path != "f00" {
		t.Errorf("sorted first %s", l[0].Path)
	}
	if got := l[0].Error(); got != "0123456789ab:f00: e11" {
		t.Errorf("Error() = %q", got)
	}
	if s := l.Error(); !strings.Contains(s, "(and 2 more errors)") {
		t.Errorf("Error() = %q", s)
	}
	got, ok := AsErrorList(fmt.Errorf("scan: %w", l.Err()))
	if !ok || len(got) != 12 {
		t.Errorf("AsErrorList lost the list")
	}
}

// An allow-next-line comment covers a line added with it, or one neither
// added nor changed, but not a line added under a comment that was
// already there (issue 14).
func TestAllowNextLineBindsToItsLine(t *testing.T) {
	data := []byte("# envguard:allow-next-line\nsecret line\n")
	x := newLineIndex(data)
	for _, c := range []struct {
		name   string
		counts LineSet
		want   bool
	}{
		{"every line counts", nil, true},
		{"both lines added", LineSet{{1, 2}}, true},
		{"only the line below added", LineSet{{2, 2}}, false},
	} {
		if _, got := inlineAllow(x, data, 2, c.counts); got != c.want {
			t.Errorf("%s: allowed = %v, want %v", c.name, got, c.want)
		}
	}
}
