package rules

import (
	"strings"
	"testing"
)

func builtinSet(t testing.TB) *Set {
	t.Helper()
	s, err := Compile(Builtin())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CompileAll(); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestBuiltinRulesAreWellFormed(t *testing.T) {
	s := builtinSet(t)
	for _, r := range s.Rules() {
		if r.Description == "" || r.Severity == 0 {
			t.Errorf("rule %q: needs a description and a severity", r.ID)
		}
		if r.Examples == nil || len(r.Examples().True) == 0 || len(r.Examples().False) == 0 {
			t.Errorf("rule %q: needs true and false examples", r.ID)
		}
		if r.ID != strings.ToLower(r.ID) || strings.ContainsAny(r.ID, " _") {
			t.Errorf("rule %q: ids are lower-case and dash-separated", r.ID)
		}
	}
}

// TestRuleExamples runs every rule's own examples: each true example must
// be reported by the rule alone, each false example must not be.
func TestRuleExamples(t *testing.T) {
	for _, r := range builtinSet(t).Rules() {
		checkExamples(t, r)
	}
}

// checkExamples runs one rule's examples on a set of that rule alone.
func checkExamples(t *testing.T, r Rule) {
	t.Helper()
	one := MustCompile([]Rule{r})
	for _, ex := range r.Examples().True {
		found := false
		one.Match([]byte(ex), func(m Match) { found = true })
		if !found {
			var why []string
			one.MatchAll([]byte(ex), func(m Match) { why = append(why, m.Rejected) })
			t.Errorf("rule %q: true example not reported (rejected: %q):\n%s", r.ID, why, ex)
		}
	}
	for _, ex := range r.Examples().False {
		one.Match([]byte(ex), func(m Match) {
			t.Errorf("rule %q: false example reported (secret %q):\n%s", r.ID, m.Secret, ex)
		})
	}
}

// TestPrefilterNeverMisses proves the prefilter contract for every rule:
// wherever a rule's regexp matches one of its true examples, the prefilter
// lets the rule run, in the original case and in upper and lower case.
func TestPrefilterNeverMisses(t *testing.T) {
	s := builtinSet(t)
	for i := range s.Rules() {
		checkPrefilter(t, s, i)
	}
}

// checkPrefilter checks the prefilter contract for rule i of s.
func checkPrefilter(t *testing.T, s *Set, i int) {
	t.Helper()
	r := s.Rules()[i]
	re, err := r.CompileRegex()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, ex := range r.Examples().True {
		for _, v := range []string{ex, strings.ToUpper(ex), strings.ToLower(ex)} {
			if !re.MatchString(v) {
				continue
			}
			checked++
			if !contains(s.Candidates([]byte(v)), i) {
				t.Errorf("rule %q: prefilter drops a text its regexp matches:\n%s", r.ID, v)
			}
		}
	}
	if checked == 0 {
		t.Errorf("rule %q: no true example its regexp matches, so the prefilter contract is untested for it", r.ID)
	}
}

// TestNewRuleIsOneRow shows that a rule is a one-place change: one row in
// a family's table gives a rule with a regexp, keywords for the
// prefilter and generated true and false examples, which the table tests
// above then hold to account in the full set.
func TestNewRuleIsOneRow(t *testing.T) {
	acme := row{id: "acme-api-key", desc: "Acme API key (made up for this test)", kw: []string{"acme_live_"},
		re: `acme_live_[A-Za-z0-9]{32}`, check: checkRandom(0.8), checkDesc: "random body",
		gen: func(seed string) string { return "acme_live_" + exampleChars(seed, exAlnum, 32) },
		bad: []string{"acme_live_" + strings.Repeat("a", 32)}}.rule()
	set := MustCompile(append(Builtin(), acme))
	if err := set.CompileAll(); err != nil {
		t.Fatal(err)
	}
	if ex := acme.Examples(); len(ex.True) < 2 || len(ex.False) < 2 {
		t.Fatalf("the row made %d true and %d false examples, want at least two of each", len(ex.True), len(ex.False))
	}
	checkExamples(t, acme)
	checkPrefilter(t, set, set.Len()-1)
	var ids []string
	set.Match([]byte(acme.Examples().True[0]), func(m Match) { ids = append(ids, m.Rule.ID) })
	if len(ids) != 1 || ids[0] != "acme-api-key" {
		t.Errorf("in the full set the new rule's example was reported by %v, want acme-api-key alone", ids)
	}
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
