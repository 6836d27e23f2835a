package envguard

import (
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/rules/keys"
)

// A placeholder fix writes is one the guard accepts.
func TestPlaceholderIsPlaceholder(t *testing.T) {
	for _, k := range append(rules.Kinds(), rules.KindNone) {
		e := mustParse(t, "SECRET_KEY="+keys.Placeholder(k)+"\n").Entries[0]
		if v := Classify(&e, rules.MustCompile(rules.Builtin())); v.Class != ClassPlaceholder {
			t.Errorf("keys.Placeholder(%q) classified %v (%s)", k, v.Class, v.Reason)
		}
	}
}

// The key kind of a secret-like value is the matching rule's, even when
// the rule has none (a provider token envguard cannot mint); only a value
// no rule matched gets a guess.
func TestVerdictKeyKind(t *testing.T) {
	token := "tok_" + strings.Repeat("k3Jd9", 7)
	set := rules.MustCompile([]rules.Rule{{ID: "test-token", Description: "test token", Keywords: []string{"tok_"},
		Regex: `(tok_[A-Za-z0-9]{32,})`, Severity: rules.SeverityHigh}})
	if got := keys.Guess("API_TOKEN", token); got == rules.KindNone {
		t.Fatalf("keys.Guess(%q) = none: the test needs a value the guess would name", token)
	}
	if v := classifyLine(t, "API_TOKEN="+token, set); v.Class != ClassSecret || v.RuleID != "test-token" || v.KeyKind != rules.KindNone {
		t.Errorf("with the rule: %+v, want secret of rule test-token with no key kind", v)
	}
	hex := fakeHex(t, 32)
	if v := classifyLine(t, "SESSION_SECRET="+hex, nil); v.Class != ClassSecret || v.RuleID != "" || v.KeyKind != rules.KindHex {
		t.Errorf("without a rule: %+v, want secret with the guessed kind hex", v)
	}
}
