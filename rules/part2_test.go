package rules

import (
	"slices"
	"testing"
)

// part2Families are the rule families of keys.go, generated.go,
// generic.go, database.go, credfiles.go, observability.go, auth.go and
// secretstores.go.
func part2Families() [][]Rule {
	return [][]Rule{
		privateKeyRules(), generatedKeyRules(), genericRules(), databaseRules(),
		credentialFileRules(), observabilityRules(), authRules(), secretStoreRules(),
	}
}

// TestExamplesWinInFullSet runs each true example of these families
// through the whole built-in set: the rule itself must be what reports it,
// not shadowed by another rule, and nothing else may fire on it.
func TestExamplesWinInFullSet(t *testing.T) {
	set := MustCompile(Builtin())
	for _, fam := range part2Families() {
		for _, r := range fam {
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
}
