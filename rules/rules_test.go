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
}

// TestPrefilterNeverMisses proves the prefilter contract for every rule:
// wherever a rule's regexp matches one of its true examples, the prefilter
// lets the rule run, in the original case and in upper and lower case.
func TestPrefilterNeverMisses(t *testing.T) {
	s := builtinSet(t)
	for i, r := range s.Rules() {
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
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func TestSetMatchShadowsGeneric(t *testing.T) {
	set := MustCompile([]Rule{
		{ID: "specific", Description: "d", Severity: SeverityHigh, Keywords: []string{"tok_"}, Regex: `(tok_[a-z0-9]{8})`},
		{ID: "generic", Description: "d", Severity: SeverityLow, Keywords: []string{"key"}, Regex: `key\s*=\s*"([^"]+)"`, Generic: true},
	})
	var got []string
	set.Match([]byte(`key = "tok_a1b2c3d4"`), func(m Match) { got = append(got, m.Rule.ID) })
	if len(got) != 1 || got[0] != "specific" {
		t.Fatalf("got %v, want only the specific rule", got)
	}
}

func TestSetMatchOnlyLinesWithKeywords(t *testing.T) {
	set := MustCompile([]Rule{{ID: "r", Description: "d", Severity: SeverityHigh, Keywords: []string{"abc"}, Regex: `(?i)abc([0-9]{4})`}})
	var got []string
	set.Match([]byte("x\nABC4821\nnothing 5678\nabc9305"), func(m Match) { got = append(got, m.Secret) })
	if strings.Join(got, ",") != "4821,9305" {
		t.Fatalf("got %v", got)
	}
}

func TestCompileRejectsBadRules(t *testing.T) {
	for _, r := range []Rule{
		{Regex: "x"},
		{ID: "a"},
		{ID: "a", Regex: "x", Keywords: []string{"AB"}},
		{ID: "a", Regex: "x", Keywords: []string{"ABC"}},
	} {
		if _, err := Compile([]Rule{r}); err == nil {
			t.Errorf("Compile(%+v) accepted a bad rule", r)
		}
	}
	if _, err := Compile([]Rule{{ID: "a", Regex: "x"}, {ID: "a", Regex: "y"}}); err == nil {
		t.Error("Compile accepted a duplicate id")
	}
	s := MustCompile([]Rule{{ID: "a", Regex: "(x"}})
	if err := s.CompileAll(); err == nil || !strings.Contains(err.Error(), `"a"`) {
		t.Errorf("CompileAll: got %v, want an error naming the rule", err)
	}
}
