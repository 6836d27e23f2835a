package rules

import (
	"strings"
	"testing"
)

// FuzzSetMatch runs the whole built-in ruleset over arbitrary input: it
// must not panic, and every match must point inside the input at its
// secret.
func FuzzSetMatch(f *testing.F) {
	for _, r := range Builtin() {
		for _, e := range r.Examples().True {
			f.Add([]byte(e))
		}
	}
	f.Add([]byte("\x00\xff\xfe"))
	f.Add([]byte("SECRET_KEY=" + strings.Repeat("a1B2", 700) + "\n"))
	set := MustCompile(Builtin())
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, all := range []bool{false, true} {
			last := -1
			fn := func(m Match) {
				if m.Start < 0 || m.End > len(data) || m.Start >= m.End {
					t.Fatalf("%s: secret at %d..%d outside input of %d bytes", m.Rule.ID, m.Start, m.End, len(data))
				}
				if m.MatchStart > m.Start || m.MatchEnd < m.End || m.MatchStart < 0 || m.MatchEnd > len(data) {
					t.Fatalf("%s: match %d..%d does not hold secret %d..%d", m.Rule.ID, m.MatchStart, m.MatchEnd, m.Start, m.End)
				}
				if m.Secret != string(data[m.Start:m.End]) {
					t.Fatalf("%s: secret %q is not input[%d:%d]", m.Rule.ID, m.Secret, m.Start, m.End)
				}
				if m.Start < last {
					t.Fatalf("%s: match at %d after one at %d", m.Rule.ID, m.Start, last)
				}
				last = m.Start
				if !all && m.Rejected != "" {
					t.Fatalf("%s: Match delivered a rejected candidate: %s", m.Rule.ID, m.Rejected)
				}
			}
			if all {
				set.MatchAll(data, fn)
			} else {
				set.Match(data, fn)
			}
		}
	})
}
