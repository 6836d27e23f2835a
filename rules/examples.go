package rules

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strconv"
)

// Helpers that make the rules' examples: fakes in a provider's alphabet,
// derived from a label, that never were credentials. Only tests and
// `envguard rules` build examples (see [Rule].Examples).

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

// exampleBytes derives n deterministic bytes from label, for rule examples
// and the test corpus: fakes in the real formats that never protected
// anything.
func exampleBytes(label string, n int) []byte {
	var out []byte
	for i := 0; len(out) < n; i++ {
		h := sha256.Sum256([]byte(label + "/" + strconv.Itoa(i)))
		out = append(out, h[:]...)
	}
	return out[:n]
}

func exampleHex(label string, n int) string { return hex.EncodeToString(exampleBytes(label, n)) }

func exampleURLSafe(label string, n int) string {
	return base64.RawURLEncoding.EncodeToString(exampleBytes(label, n))
}

// exampleJWT builds an HS256-signed token for rule examples, signed with a
// throwaway key.
func exampleJWT(header, payload string) string {
	enc := base64.RawURLEncoding
	s := enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(payload))
	m := hmac.New(sha256.New, []byte("envguard-example-signing-key"))
	m.Write([]byte(s))
	return s + "." + enc.EncodeToString(m.Sum(nil))
}

// b64std is standard padded base64.
func b64std(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
