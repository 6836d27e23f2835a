package rules

import (
	"slices"
	"testing"
)

// TestExamplesWinInFullSet runs each true example of every built-in rule
// through the whole built-in set: the rule itself must be among what
// reports it, not shadowed by another rule; and a generic rule's false
// examples draw no generic finding.
func TestExamplesWinInFullSet(t *testing.T) {
	set := MustCompile(Builtin())
	for _, r := range set.Rules() {
		for _, ex := range r.Examples().True {
			var got []string
			set.Match([]byte(ex), func(m Match) { got = append(got, m.Rule.ID) })
			if len(got) == 0 || !slices.Contains(got, r.ID) {
				t.Errorf("rule %q: full set reports %v on its true example:\n%s", r.ID, got, ex)
			}
		}
		for _, ex := range r.Examples().False {
			if !r.Generic {
				continue // a specific rule's near miss may still be a generic secret
			}
			set.Match([]byte(ex), func(m Match) {
				if m.Rule.Generic {
					t.Errorf("rule %q: false example reported by %q (secret %q):\n%s", r.ID, m.Rule.ID, m.Secret, ex)
				}
			})
		}
	}
}
