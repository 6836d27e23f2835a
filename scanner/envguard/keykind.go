package envguard

import (
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/envguard/envguard/rules"
)

// Placeholder returns the value an example file holds instead of a secret
// of the given kind: it says how to make one. [Classify] counts it as a
// placeholder.
func Placeholder(kind rules.KeyKind) string {
	if kind == rules.KindNone {
		return "<set the real value in .env>"
	}
	return "<run: envguard keygen --kind " + string(kind) + ">"
}

// GuessKind tells what kind of key the value v of key looks like, so that
// a placeholder can say how to make a new one; [rules.KindNone] when it
// cannot tell. It is for values no rule matched: when a rule matches, its
// KeyKind is the answer (see [Verdict.KeyKind]).
func GuessKind(key, v string) rules.KeyKind {
	if b, err := base64.URLEncoding.DecodeString(v); err == nil && len(b) == 32 && len(v) == 44 {
		return rules.KindFernet
	}
	if b, err := hex.DecodeString(v); err == nil && len(b) >= 16 {
		return rules.KindHex
	}
	if len(v) == 50 && strings.Trim(v, rules.DjangoAlphabet) == "" && strings.Contains(strings.ToUpper(key), "SECRET") {
		return rules.KindDjango
	}
	if b, err := base64.RawURLEncoding.DecodeString(v); err == nil && len(b) >= 16 {
		return rules.KindURLSafe
	}
	if b, err := base64.StdEncoding.DecodeString(v); err == nil && len(b) >= 16 {
		return rules.KindBase64
	}
	if u := strings.ToUpper(key); strings.Contains(u, "PASSWORD") || strings.Contains(u, "PASSWD") {
		return rules.KindPassword
	}
	return rules.KindNone
}
