package pipeline

import (
	"strconv"
	"strings"
	"testing"
)

// Issue 15: the detector runs line-by-line rules only on the lines that
// count, and none at all when no line counts, and still reports exactly
// what it reported when it searched the whole file: a multi-line block
// whose keyword is on a line that does not count, a token on a counted
// line, nothing on the others.
func TestDetectorSearchesOnlyCountedLines(t *testing.T) {
	var notices []Notice
	d := newTestDetector(t, Options{Workers: 1, Rejected: true, Notify: func(n Notice) { notices = append(notices, n) }})
	data := "a = " + testToken[:len(testToken)-1] + "x\n" + // line 1, not counted
		"BEGIN BLOCK\nsecret-part\nEND BLOCK\n" + // lines 2-4, the secret on 3
		"b = " + testToken + "\n" // line 5, counted
	cases := []struct {
		lines LineSet
		want  string
	}{
		{nil, "test-token:1 test-block:3 test-token:5"},
		{LineSet{{3, 5}}, "test-block:3 test-token:5"},
		{LineSet{{4, 5}}, "test-token:5"},
		{LineSet{{5, 5}}, "test-token:5"},
		{LineSet{{1, 1}}, "test-token:1"},
		{LineSet{}, ""},
	}
	for _, tc := range cases {
		notices = nil
		fs, ns := d.ScanFragment(Fragment{Path: "x.txt", Data: []byte(data), Lines: tc.lines})
		var got []string
		for _, f := range fs {
			got = append(got, f.RuleID+":"+strconv.Itoa(f.Line))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("lines %v: found %q, want %q", tc.lines, strings.Join(got, " "), tc.want)
		}
		if tc.lines != nil && len(tc.lines) == 0 && len(ns) != 0 {
			t.Errorf("no line counting: notices %v, want none", ns)
		}
	}
}
