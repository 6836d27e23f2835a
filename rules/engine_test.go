package rules

import (
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

// TestLongLineAmongShortOnes: keyword positions are kept for long lines
// only; a long line between short lines holding the same keywords is
// still searched at each of its own occurrences.
func TestLongLineAmongShortOnes(t *testing.T) {
	fernet := exampleFernet("long-among-short")
	var b strings.Builder
	for i := 0; i < 50; i++ {
		b.WriteString("fernet_key = os.environ['FERNET_KEY']\n")
	}
	for b.Len() < 30000 {
		b.WriteString(`var a=function(e,t){return e.fernet_key||t};`)
	}
	b.WriteString(`var cfg={fernet_key:"` + fernet + `"};`)
	for b.Len() < 60000 {
		b.WriteString(`var k=function(e){return e.fernet_key};`)
	}
	for i := 0; i < 50; i++ {
		b.WriteString("\nfernet_key = os.environ['FERNET_KEY']")
	}
	var got []string
	MustCompile(Builtin()).Match([]byte(b.String()), func(m Match) {
		if m.Rule.ID == "fernet-key" {
			got = append(got, m.Secret)
		}
	})
	if len(got) != 1 || got[0] != fernet {
		t.Errorf("fernet key in a long line between short ones: got %v", got)
	}
}

// TestLongBase64LineTokens: in a line of megabytes of base64 (a data URI,
// a bundled asset), windows inside the run hold no byte a token rule needs
// before its match and are skipped; a token set apart by a blank or a
// quote is still found, at the run's ends and in its middle.
func TestLongBase64LineTokens(t *testing.T) {
	token := fakeCRCToken("ghp_", "long-base64")
	run := strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamts", 40000) // 2.4 MB
	line := `src="data:image/png;base64,` + run + `" t="` + token + `" x="` + run + `" u=` + token
	var got []string
	MustCompile(Builtin()).Match([]byte(line), func(m Match) {
		if m.Rule.ID == "github-pat" {
			got = append(got, m.Secret)
		}
	})
	if len(got) != 2 || got[0] != token || got[1] != token {
		t.Errorf("tokens beside and after a long base64 run: got %d (%v)", len(got), got)
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

// TestBuiltinRulesCompile compiles every built-in rule's regexp.
func TestBuiltinRulesCompile(t *testing.T) {
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
