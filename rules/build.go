package rules

import (
	"errors"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// Helpers of the hand-written examples and validators of the provider
// tables (observability.go, auth.go, secretstores.go, credfiles.go).

// Character sets of example tokens.
const (
	exHex     = "0123456789abcdef"
	exHexUp   = "0123456789ABCDEF"
	exLowNum  = "abcdefghijklmnopqrstuvwxyz0123456789"
	exUpNum   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	exAlnum   = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	exURLSafe = exAlnum + "-_"
	exAlpha   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)

// exampleChars returns n characters of charset derived from label: a fake
// in a provider's alphabet that never was a credential.
func exampleChars(label, charset string, n int) string {
	raw := exampleBytes("chars/"+label, 2*n+32)
	out := make([]byte, 0, n)
	limit := 256 - 256%len(charset)
	for _, b := range raw {
		if int(b) < limit {
			out = append(out, charset[int(b)%len(charset)])
			if len(out) == n {
				return string(out)
			}
		}
	}
	for len(out) < n {
		out = append(out, charset[len(out)%len(charset)])
	}
	return string(out)
}

// exampleUUID returns a version 4 UUID derived from label.
func exampleUUID(label string) string {
	h := exampleHex("uuid/"+label, 16)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:32]
}

// errNotRandom rejects values that read like words or repeat themselves.
var errNotRandom = errors.New("not random enough for its charset")

// errNotBase64 and errPlaceholder are the reasons of the credential file
// validators.
var (
	errNotBase64   = errors.New("not base64 of a credential")
	errPlaceholder = errors.New("a placeholder or reference")
)

// checkRandom returns a validator that rejects values that read like words
// or are less random than min for their charset.
func checkRandom(min float64) func(string) error {
	return func(s string) error {
		if vocab.LooksLikeWords(s) {
			return errNotRandom
		}
		if vocab.Randomness(s) < min {
			return errNotRandom
		}
		return nil
	}
}

// checkUUIDRandom accepts UUIDs that are not placeholders (all zero,
// sequential), for providers whose keys are UUIDs.
func checkUUIDRandom(s string) error {
	if vocab.Randomness(strings.ReplaceAll(s, "-", "")) < 0.75 {
		return errNotRandom
	}
	return nil
}
