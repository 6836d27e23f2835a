package rules

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLongLineWindows hides secrets in the middle of a long minified line:
// the windows around keywords must still find them.
func TestLongLineWindows(t *testing.T) {
	fernet := exampleFernet("long-line")
	pw := "Qz8!mK2xLr#7pW4tVb"
	var b strings.Builder
	for b.Len() < 20000 {
		b.WriteString(`var a=function(e,t){return e.getToken(t)||"x"};`)
	}
	b.WriteString(`var cfg={apiSecret:"` + pw + `",fernet_key:"` + fernet + `"};`)
	for b.Len() < 40000 {
		b.WriteString(`var k=function(e){return e.keyName};`)
	}
	got := map[string]string{}
	MustCompile(Builtin()).Match([]byte(b.String()), func(m Match) { got[m.Rule.ID] = m.Secret })
	if got["fernet-key"] != fernet || got["generic-secret-assignment"] != pw {
		t.Errorf("secrets in a long line: got %v", got)
	}
}

// TestPinnedNameWins checks the tie-break between two providers' rules
// that report the same token: the one that matched its provider's variable
// name wins over a bare token shape, and order decides otherwise.
func TestPinnedNameWins(t *testing.T) {
	tokenRule := Rule{ID: "acme-token", Description: "d", Severity: SeverityHigh, Keywords: []string{"tok_"}, Regex: `(?P<secret>tok_[a-z0-9]{12})`}
	namedRule := row{id: "other-token", desc: "d", names: []string{"other_api_key"}, re: `tok_[a-z0-9]{12}`}.rule()
	set := MustCompile([]Rule{tokenRule, namedRule})
	var got []string
	set.Match([]byte(`OTHER_API_KEY=tok_a1b2c3d4e5f6`), func(m Match) { got = append(got, m.Rule.ID) })
	if len(got) != 1 || got[0] != "other-token" {
		t.Errorf("named provider rule: got %v, want other-token", got)
	}
	got = nil
	set.Match([]byte(`x = "tok_a1b2c3d4e5f6"`), func(m Match) { got = append(got, m.Rule.ID) })
	if len(got) != 1 || got[0] != "acme-token" {
		t.Errorf("bare token: got %v, want acme-token", got)
	}
}

// TestGenericNamesMustNameSecrets: a generic rule's candidate whose
// identifier does not name a secret is rejected, with the reason.
func TestGenericNamesMustNameSecrets(t *testing.T) {
	set := MustCompile([]Rule{genericAssignmentRule()})
	var reasons []string
	set.MatchAll([]byte(`  cache_key: "Xk9#mQ2$vL7pR4wzT8"`+"\n"+`  db_password: "Xk9#mQ2$vL7pR4wzT8"`), func(m Match) {
		reasons = append(reasons, m.Name+"="+m.Rejected)
	})
	if len(reasons) != 1 || reasons[0] != "db_password=" {
		t.Errorf("got %q, want only db_password accepted (cache_key never reaches the regexp: the gate drops it)", reasons)
	}
}

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
	if err := MustCompile(Builtin()).CompileAll(); err != nil {
		t.Errorf("built-in rules: %v", err)
	}
}

// TestCustomRuleWithBuiltinRegexHasNoGate is the regression of issue 10:
// a rule whose regexp is, character for character, a built-in rule's did
// inherit that rule's gate (the engine chose gates by regexp text), so a
// user's rule on the assignment shape missed session_id, which the gate of
// the generic rules drops. A gate is now a field the catalog sets.
func TestCustomRuleWithBuiltinRegexHasNoGate(t *testing.T) {
	custom := Rule{ID: "session-id", Description: "d", Severity: SeverityHigh,
		Keywords: []string{"session"}, Regex: assignmentRegex(genericValue)}
	for _, rs := range [][]Rule{{custom}, append(Builtin(), custom)} {
		var got []string
		MustCompile(rs).Match([]byte(`session_id = "Xk9mQ2vL7pR4wzT8"`), func(m Match) {
			got = append(got, m.Rule.ID+" "+m.Secret)
		})
		if want := []string{"session-id Xk9mQ2vL7pR4wzT8"}; !slices.Equal(got, want) {
			t.Errorf("with %d rules: got %q, want %q", len(rs), got, want)
		}
	}
}
