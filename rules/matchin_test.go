package rules

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestMatchFileInAgreesWithMatchFile checks the pre-commit path's
// restricted run (issue 15: hand the detector only the added lines): on
// every rule's true examples, with other rules' examples on the lines
// around them, MatchFileIn limited to some lines delivers exactly the
// matches of MatchFile that touch those lines, multi-line rules included.
func TestMatchFileInAgreesWithMatchFile(t *testing.T) {
	rs := Builtin()
	set := MustCompile(rs)
	// Once with the multi-line rules' examples (the restricted run falls
	// back to the whole file), once without them (it stays restricted).
	for _, multi := range []bool{true, false} {
		var lines []string
		for _, r := range rs {
			if multi || !r.Multiline {
				lines = append(lines, r.Examples().True...)
			}
		}
		t.Run(fmt.Sprint("multiline=", multi), func(t *testing.T) { checkMatchFileIn(t, set, lines) })
	}
}

func checkMatchFileIn(t *testing.T, set *Set, lines []string) {
	var buf bytes.Buffer
	var starts []int
	for _, l := range lines {
		starts = append(starts, buf.Len())
		buf.WriteString(l)
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	ends := append(starts[1:len(starts):len(starts)], len(data))
	key := func(m Match) string { return fmt.Sprintf("%s@%d-%d/%s", m.Rule.ID, m.Start, m.End, m.Rejected) }
	var whole []Match
	set.MatchFile("x.env", data, true, func(m Match) { whole = append(whole, m) })
	for step := 1; step <= 7; step += 3 {
		// Every step-th example line counts, in runs of two.
		var spans [][2]int
		for i := 0; i < len(starts); i += step * 2 {
			j := min(i+1, len(starts)-1)
			spans = append(spans, [2]int{starts[i], ends[j]})
		}
		in := func(m Match) bool {
			for _, s := range spans {
				if m.MatchStart < s[1] && m.MatchEnd > s[0] || m.Start < s[1] && m.End > s[0] {
					return true
				}
			}
			return false
		}
		var want, got []string
		for _, m := range whole {
			if in(m) {
				want = append(want, key(m))
			}
		}
		set.MatchFileIn("x.env", data, true, spans, func(m Match) {
			if in(m) {
				got = append(got, key(m))
			}
		})
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("step %d: MatchFileIn found %d matches in the spans, MatchFile %d", step, len(got), len(want))
		}
		if len(want) == 0 {
			t.Fatalf("step %d: no match in the spans: the test proves nothing", step)
		}
	}
}

// TestMatchFileInMultilineBeginOutsideSpans: a key block whose BEGIN line
// is not among the counted lines but whose body is (a change inside a
// committed key) is still found: the multi-line rules' keywords are
// looked for in all of the file, the others only within the spans.
func TestMatchFileInMultilineBeginOutsideSpans(t *testing.T) {
	set := MustCompile(Builtin())
	for _, id := range []string{"private-key-rsa", "private-key-openssh"} {
		var pem string
		for _, r := range set.Rules() {
			if r.ID == id {
				pem = r.Examples().True[0]
			}
		}
		data := []byte("# config\n" + pem + "\n")
		first := bytes.IndexByte(data[9:], '\n') + 10 // after the BEGIN line
		spans := [][2]int{{first, first + 1 + bytes.IndexByte(data[first:], '\n')}}
		var got []string
		set.MatchFileIn("key.pem", data, false, spans, func(m Match) { got = append(got, m.Rule.ID) })
		if len(got) != 1 || got[0] != id {
			t.Errorf("%s: body line changed, BEGIN outside the spans: got %v, want [%s]", id, got, id)
		}
	}
}
