package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/envguard/envguard/rules"
)

// TestRulesFitTerminal: on a terminal, 'envguard rules' lines fit its
// width, table and --verbose alike; a pipe (width 0) gets whole lines, as
// before (issue 16: lines ran to 397 characters).
func TestRulesFitTerminal(t *testing.T) {
	var infos []ruleInfo
	for _, r := range rules.Builtin() {
		infos = append(infos, infoOf(&r))
	}
	for _, verbose := range []bool{false, true} {
		for _, width := range []int{40, 80, 120} {
			var b bytes.Buffer
			if err := writeRulesText(&b, infos, verbose, width); err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(b.String(), "\n") {
				if n := utf8.RuneCountInString(line); n > width {
					t.Fatalf("verbose=%v width %d: a line of %d columns: %q", verbose, width, n, line)
				}
			}
			if verbose && !strings.Contains(b.String(), "\n"+detailIndent) {
				t.Errorf("width %d: no long value wrapped", width)
			}
		}
		var whole bytes.Buffer
		if err := writeRulesText(&whole, infos, verbose, 0); err != nil {
			t.Fatal(err)
		}
		long := 0
		for _, line := range strings.Split(whole.String(), "\n") {
			long = max(long, len(line))
			if strings.HasSuffix(line, "…") {
				t.Fatalf("verbose=%v: a pipe got a cut line %q", verbose, line)
			}
		}
		if long <= 120 {
			t.Errorf("verbose=%v: the longest line for a pipe is %d; want the whole (long) lines", verbose, long)
		}
	}
	var one bytes.Buffer
	if err := writeRulesText(&one, infos[:1], false, 0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(one.String(), "\n1 rule,") {
		t.Errorf("one rule: %q", one.String())
	}
}
