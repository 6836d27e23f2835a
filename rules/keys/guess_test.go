package keys

import (
	"strings"
	"testing"
)

func TestGuess(t *testing.T) {
	const fernet = "ZmFrZS1mZXJuZXQta2V5LWZvci1lbnZndWFyZC10ZXM=" // 32 fake bytes
	for v, want := range map[string]KeyKind{
		fernet:                        KindFernet,
		strings.Repeat("ab12", 16):    KindHex,
		"a-b_c1234567890123456789012": KindURLSafe,
		"hello":                       KindNone,
	} {
		if got := Guess("SECRET", v); got != want {
			t.Errorf("Guess(%q) = %q, want %q", v, got, want)
		}
	}
}
