package engine

import (
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// engineRules are small rules with known behaviour for the engine tests.
func engineRules() []Rule {
	return []Rule{
		{ID: "abc-key", Keywords: []string{"abc_"}, Regex: `(?i)\b(abc_[0-9]{4}[a-z0-9]{8})\b`, KeepPlaceholders: true},
		{ID: "no-keyword", Regex: `\b(zz[0-9]{6})\b`, KeepPlaceholders: true},
		{ID: "tok-token", Keywords: []string{"tok_"}, Regex: `\b(tok_[a-z0-9]{16,})\b`, MinEntropy: 3.7,
			Check: func(s string) error {
				if strings.HasSuffix(s, "0000") {
					return errors.New("bad checksum")
				}
				return nil
			}},
		{ID: "generic-secret", Generic: true, Keywords: []string{"token", "secret"},
			Regex: `(?i)(?P<name>[a-z_]*(?:token|secret))[ \t]*=[ \t]*(?P<secret>[A-Za-z0-9_]{16,})`, MinEntropy: 2.5},
	}
}

func matchIDs(t *testing.T, set *Set, text string, all bool) []string {
	t.Helper()
	var out []string
	fn := func(m Match) {
		s := fmt.Sprintf("%s@%d=%s", m.Rule.ID, m.Start, m.Secret)
		if m.Rejected != "" {
			s += " (" + m.Rejected + ")"
		}
		out = append(out, s)
	}
	if all {
		set.MatchAll([]byte(text), fn)
	} else {
		set.Match([]byte(text), fn)
	}
	return out
}

func TestEngineMatches(t *testing.T) {
	set := MustCompile(engineRules())
	for _, tc := range []struct{ name, text, want string }{
		{"keyword at the very start and match at the very end", "abc_1234q7w2e9r4", "[abc-key@0=abc_1234q7w2e9r4]"},
		{"keyword in upper case", "x\nABC_1234Q7W2E9R4", "[abc-key@2=ABC_1234Q7W2E9R4]"},
		{"keyword split by a line break", "ab\nc_1234q7w2e9r4", "[]"},
		{"no keyword rule always runs", "v zz123456", "[no-keyword@2=zz123456]"},
		{"specific beats generic", "api_token = tok_q7w2e9r4t1y8u3i6", "[tok-token@12=tok_q7w2e9r4t1y8u3i6]"},
		{"failed validation shadows generic", "api_token = tok_q7w2e9r4t1y80000", "[]"},
		{"low entropy specific gives way to generic", "api_token = tok_q7w2e9r4q7w2e9r4", "[generic-secret@12=tok_q7w2e9r4q7w2e9r4]"},
		{"generic alone", "my_secret = Q7w2E9r4T1y8U3i6", "[generic-secret@12=Q7w2E9r4T1y8U3i6]"},
		{"two findings in source order", "zz999999 abc_1234q7w2e9r4\nzz111111", "[no-keyword@0=zz999999 abc-key@9=abc_1234q7w2e9r4 no-keyword@26=zz111111]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprint(matchIDs(t, set, tc.text, false)); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestEngineMatchAllReasons(t *testing.T) {
	set := MustCompile(engineRules())
	got := matchIDs(t, set, "a = tok_q7w2e9r4q7w2e9r4\nb = tok_q7w2e9r4t1y80000\n", true)
	want := []string{
		"tok-token@4=tok_q7w2e9r4q7w2e9r4 (entropy 3.52 below 3.70 bits per character)",
		"tok-token@29=tok_q7w2e9r4t1y80000 (validation failed: bad checksum)",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("MatchAll gave\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := matchIDs(t, set, "a = tok_q7w2e9r4q7w2e9r4\n", false); len(got) != 0 {
		t.Errorf("Match delivered rejected candidates: %v", got)
	}
	ph := MustCompile([]Rule{{ID: "p", Keywords: []string{"key"}, Regex: `key=(\S+)`}})
	if got := fmt.Sprint(matchIDs(t, ph, "key=changeme", true)); got != "[p@4=changeme (placeholder)]" {
		t.Errorf("placeholder: %s", got)
	}
}

func TestEngineCandidates(t *testing.T) {
	set := MustCompile(engineRules())
	for text, want := range map[string]string{
		"":                 "[1]",
		"nothing here":     "[1]",
		"ABC_":             "[0 1]",
		"xTOK_":            "[1 2]",
		"SeCrEt":           "[1 3]",
		"tok_ token abc_x": "[0 1 2 3]",
	} {
		if got := fmt.Sprint(set.Candidates([]byte(text))); got != want {
			t.Errorf("Candidates(%q) = %s, want %s", text, got, want)
		}
	}
}

func TestCompileErrorsNameTheRule(t *testing.T) {
	for _, tc := range []struct {
		rules []Rule
		want  string
	}{
		{[]Rule{{ID: "a", Regex: "x"}, {ID: "a", Regex: "y"}}, `rule "a" is defined twice`},
		{[]Rule{{ID: "up", Regex: "x", Keywords: []string{"ABC"}}}, `rule "up": keyword "ABC" is not lower-case`},
		{[]Rule{{ID: "short", Regex: "x", Keywords: []string{"ab"}}}, `rule "short": keyword "ab" is shorter`},
		{[]Rule{{ID: "empty"}}, `rule "empty": no regex`},
		{[]Rule{{Regex: "x"}}, "without an id"},
		{[]Rule{{ID: "rnd", Regex: "x", MinRandomness: 2}}, `rule "rnd": randomness 2 is outside`},
	} {
		if _, err := Compile(tc.rules); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Compile: %v, want %q", err, tc.want)
		}
	}
	// Compile leaves regexps to first use; CompileAll checks them.
	for _, tc := range []struct {
		rule Rule
		want string
	}{
		{Rule{ID: "bad-re", Regex: "(x"}, `rule "bad-re": bad regex`},
		{Rule{ID: "bad-group", Regex: "(x)", SecretGroup: 2}, `rule "bad-group": secret group 2`},
	} {
		set, err := Compile([]Rule{{ID: "fine", Regex: "y"}, tc.rule})
		if err != nil {
			t.Fatal(err)
		}
		if err := set.CompileAll(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("CompileAll: %v, want %q", err, tc.want)
		}
		set.Match([]byte("x y"), func(Match) {}) // a broken rule matches nothing
	}
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

// TestGateIsTheRulesOwn: a gate travels with its rule. Two rules with the
// same regexp share one run of it only when they have the same gate, so a
// rule without a gate never inherits another's (issue 10).
func TestGateIsTheRulesOwn(t *testing.T) {
	never := func([]byte) bool { return false }
	re := `(?P<name>[a-z_]+)[ \t]*=[ \t]*"(?P<secret>[A-Za-z0-9]{16})"`
	line := []byte(`session_id = "Xk9mQ2vL7pR4wzT8"`)
	for _, order := range [][2]int{{0, 1}, {1, 0}} {
		rs := []Rule{
			{ID: "gated", Keywords: []string{"session"}, Regex: re, Gate: never},
			{ID: "plain", Keywords: []string{"session"}, Regex: re},
		}
		set := MustCompile([]Rule{rs[order[0]], rs[order[1]]})
		var got []string
		set.MatchAll(line, func(m Match) { got = append(got, m.Rule.ID) })
		if fmt.Sprint(got) != "[plain]" {
			t.Errorf("order %v: got %v, want only the rule without a gate", order, got)
		}
	}
}

// Compile copies its rules; CompileKeep keeps them (the shared built-in
// list is compiled without a second copy).
func TestCompileKeepShares(t *testing.T) {
	rs := []Rule{{ID: "a-key", Regex: `a_([0-9]{8})`, Keywords: []string{"a_1"}}}
	copied, err := Compile(rs)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := CompileKeep(rs)
	if err != nil {
		t.Fatal(err)
	}
	if &copied.Rules()[0] == &rs[0] || &kept.Rules()[0] != &rs[0] {
		t.Error("Compile must copy the rules and CompileKeep keep them")
	}
}

// TestBoundaryBefore reads the class a match must follow from the start
// of a regexp ("start of input, or one of these bytes"), and nothing from
// other starts.
func TestBoundaryBefore(t *testing.T) {
	set := boundaryBefore(`(?:^|[^0-9A-Za-z_\-+/])(?P<secret>ghp_[A-Za-z0-9]{36})`)
	if set == nil || set['a'] || set['_'] || set['/'] || !set[' '] || !set['"'] || !set[0xC3] {
		t.Errorf("token start: %v", set != nil)
	}
	if set := boundaryBefore(`(?:^|[^A-Za-z0-9])(?P<name>(?i:acme))`); set == nil || set['a'] || !set['_'] {
		t.Error("name start: want [^A-Za-z0-9]")
	}
	for _, expr := range []string{`ghp_[a-z]+`, `\bkey=(\w+)`, `(?:^|x)y|z`, `(?:[^a-z]|^)?tok`} {
		if boundaryBefore(expr) != nil {
			t.Errorf("%s: no boundary class expected", expr)
		}
	}
}

// TestLineEdgesAgreeWithTokenEdge: the bitmap answers what scanning the
// line byte by byte answers, at every position of random lines of token
// runs and edges longer and shorter than both scan limits.
func TestLineEdgesAgreeWithTokenEdge(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	var h hits
	for c := 0; c < 200; c++ {
		line := make([]byte, rng.Intn(20000))
		for i := range line {
			line[i] = 'a'
			if rng.Intn(300+rng.Intn(3)*5000) == 0 {
				line[i] = " \"'\n:"[rng.Intn(5)]
			}
		}
		e := h.tokenEdges(line, c)
		for p := -300; p <= len(line)+300; p += 1 + rng.Intn(37) {
			if got, want := e.back(p), tokenEdge(line, p, -1); got != want {
				t.Fatalf("case %d: back(%d) = %d, want %d", c, p, got, want)
			}
			if got, want := e.forward(p), tokenEdge(line, p, 1); got != want {
				t.Fatalf("case %d: forward(%d) = %d, want %d", c, p, got, want)
			}
		}
	}
}
