package rules

import (
	"errors"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// Offline validators shared by the rules of several files. Each returns
// nil when the candidate may be real, or an error saying why it cannot be.
// A family's own validators sit beside it, in <family>_check.go.

// base62Digits is the digit order of GitHub's and npm's token checksums:
// digits, then upper case, then lower case. Go's big.Int.Text(62) orders
// lower case before upper case and so cannot be used.
const base62Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// base62Checksum encodes the CRC32 (IEEE) of s in base62, left-padded
// with '0' to 6 digits: the last 6 characters of a GitHub or npm token.
func base62Checksum(s string) string {
	v := crc32.ChecksumIEEE([]byte(s))
	var buf [6]byte
	for i := len(buf) - 1; i >= 0; i-- {
		buf[i] = base62Digits[v%62]
		v /= 62
	}
	return string(buf[:])
}

// checkBase62CRC validates a token of the form prefix + 30 characters of
// entropy + 6 characters of base62 CRC32 of the entropy.
func checkBase62CRC(token, prefix string) error {
	body, ok := strings.CutPrefix(token, prefix)
	if !ok {
		return fmt.Errorf("does not start with %q", prefix)
	}
	if len(body) != 36 {
		return fmt.Errorf("%d characters after %q, want 36", len(body), prefix)
	}
	entropy, sum := body[:30], body[30:]
	if want := base62Checksum(entropy); sum != want {
		return errors.New("CRC32 checksum does not match")
	}
	return nil
}

// checkMixedCase accepts random keys over a mixed-case alphabet, which
// hold upper case, lower case and digits: it rejects hex digests and
// words of one case.
func checkMixedCase(s string) error {
	const all = vocab.ClassUpper | vocab.ClassLower | vocab.ClassDigit
	if vocab.CharClasses(s)&all != all {
		return errors.New("lacks one of upper case, lower case or digits")
	}
	return nil
}

// checkRandomUUID rejects UUIDs (at the end of s) that are not random:
// the nil UUID, runs of one digit, "12345678-1234-...". A random UUID
// uses 13 or more of the 16 hex digits; fewer than 8 is very unlikely.
func checkRandomUUID(s string) error {
	if len(s) < 36 {
		return errors.New("too short for a UUID")
	}
	var seen [256]bool
	n := 0
	for _, c := range []byte(strings.ToLower(s[len(s)-36:])) {
		if c != '-' && !seen[c] {
			seen[c] = true
			n++
		}
	}
	if n < 8 {
		return fmt.Errorf("UUID uses only %d distinct digits", n)
	}
	return nil
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
