package envguard

import (
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
)

func TestGuessKind(t *testing.T) {
	const fernet = "ZmFrZS1mZXJuZXQta2V5LWZvci1lbnZndWFyZC10ZXM=" // 32 fake bytes
	for v, want := range map[string]rules.KeyKind{
		fernet:                        rules.KindFernet,
		strings.Repeat("ab12", 16):    rules.KindHex,
		"a-b_c1234567890123456789012": rules.KindURLSafe,
		"hello":                       rules.KindNone,
	} {
		if got := GuessKind("SECRET", v); got != want {
			t.Errorf("GuessKind(%q) = %q, want %q", v, got, want)
		}
	}
}

// A placeholder fix writes is one the guard accepts.
func TestPlaceholderIsPlaceholder(t *testing.T) {
	for _, k := range append(rules.Kinds(), rules.KindNone) {
		e := mustParse(t, "SECRET_KEY="+Placeholder(k)+"\n").Entries[0]
		if v := Classify(&e, rules.MustCompile(rules.Builtin())); v.Class != ClassPlaceholder {
			t.Errorf("Placeholder(%q) classified %v (%s)", k, v.Class, v.Reason)
		}
	}
}
