package keys

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
)

// Placeholder returns the value an example file holds instead of a secret
// of the given kind: it says how to make one. The .env guard counts it as a
// placeholder.
func Placeholder(kind KeyKind) string {
	if kind == KindNone {
		return "<set the real value in .env>"
	}
	return "<run: envguard keygen --kind " + string(kind) + ">"
}

// PlaceholderHint returns the comment an example file holds above the
// empty value that replaces a secret of the given kind: how to make one
// ("" for [KindNone]). An empty value with a comment is valid dotenv and
// valid shell, so `set -a; . ./.env.example` works.
func PlaceholderHint(kind KeyKind) string {
	if kind == KindNone {
		return ""
	}
	return "make one with: envguard keygen --kind " + string(kind)
}

// Guess tells what kind of key the value v of key looks like, so that
// a placeholder can say how to make a new one; [KindNone] when it
// cannot tell. It is for values no rule matched: when a rule matches, its
// KeyKind is the answer (the .env guard's classifier does that).
func Guess(key, v string) KeyKind {
	if b, err := base64.URLEncoding.DecodeString(v); err == nil && len(b) == 32 && len(v) == 44 {
		return KindFernet
	}
	if b, err := hex.DecodeString(v); err == nil && len(b) >= 16 {
		return KindHex
	}
	if len(v) == 50 && strings.Trim(v, DjangoAlphabet) == "" && strings.Contains(strings.ToUpper(key), "SECRET") {
		return KindDjango
	}
	if b, err := base64.RawURLEncoding.DecodeString(v); err == nil && len(b) >= 16 {
		return KindURLSafe
	}
	if b, err := base64.StdEncoding.DecodeString(v); err == nil && len(b) >= 16 {
		return KindBase64
	}
	if u := strings.ToUpper(key); strings.Contains(u, "PASSWORD") || strings.Contains(u, "PASSWD") {
		return KindPassword
	}
	return KindNone
}
