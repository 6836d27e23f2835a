package envguard

import (
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// PublicName reports whether a key says its value is public (PUBLIC_KEY,
// STRIPE_PUBLISHABLE_KEY, NEXT_PUBLIC_...): only a rule match makes such
// a value secret-like. It is [vocab.IsPublicEnvKey].
func PublicName(key string) bool { return vocab.IsPublicEnvKey(key) }

// SecretName reports whether an environment variable name says it holds
// a secret; it is [vocab.IsSecretEnvKey].
func SecretName(key string) bool { return vocab.IsSecretEnvKey(key) }

// looksLikeKey reports a value shaped like a generated key: long enough,
// no blanks, letters and digits mixed, and about as random as a uniformly
// random string over its alphabet.
func looksLikeKey(v string) bool {
	return looksRandom(v, 16, 0.8)
}

// looksRandom reports a value of at least minLen bytes without blanks,
// mixing letters and digits, whose [vocab.Randomness] is at least min.
func looksRandom(v string, minLen int, min float64) bool {
	if len(v) < minLen || strings.ContainsAny(v, " \t\r\n") {
		return false
	}
	c := vocab.CharClasses(v)
	if c&vocab.ClassDigit == 0 || c&(vocab.ClassLower|vocab.ClassUpper) == 0 {
		return false
	}
	return vocab.Randomness(v) >= min
}

// looksLikePassword reports a value that could be a real password or key:
// key-shaped, or at least 8 bytes using three of lower case, upper case,
// digits and symbols.
func looksLikePassword(v string) bool {
	if looksLikeKey(v) {
		return true
	}
	if len(v) < 8 || strings.ContainsAny(v, " \t\r\n") || isPlaceholder(v) {
		return false
	}
	c := vocab.CharClasses(v)
	n := 0
	for _, b := range []int{vocab.ClassLower, vocab.ClassUpper, vocab.ClassDigit, vocab.ClassSymbol} {
		if c&b != 0 {
			n++
		}
	}
	if n >= 3 {
		return true
	}
	// Letters and digits, long and random enough: "a8f3k29dj2kq".
	return len(v) >= 12 && c&vocab.ClassDigit != 0 && c&(vocab.ClassLower|vocab.ClassUpper) != 0 && vocab.Randomness(v) >= 0.7
}
