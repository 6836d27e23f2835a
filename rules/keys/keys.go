// Package keys names the kinds of fresh key that replace a leaked secret
// and makes them: one home for `envguard keygen`, `envguard fix` and the
// rules that say which kind replaces their secret.
//
// # Kinds
//
// [Kinds] lists what [Generate] makes, [KindDescription] says what each
// is. The empty [KeyKind] ([KindNone]) means no key can be minted: the
// secret must be rotated at its provider.
//
// # Randomness
//
// Keys come from crypto/rand unless [GenOptions] supplies a reader (tests
// only); characters are drawn without modulo bias.
package keys

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

// KeyKind names the kind of fresh key that can replace a leaked secret, for
// [Generate] and `envguard fix`. The empty KeyKind means envguard cannot mint
// a replacement (a provider token that must be rotated at the provider).
type KeyKind string

// Kinds of key that [Generate] makes.
const (
	KindNone     KeyKind = ""
	KindFernet   KeyKind = "fernet"
	KindHex      KeyKind = "hex"
	KindURLSafe  KeyKind = "urlsafe"
	KindBase64   KeyKind = "base64"
	KindDjango   KeyKind = "django"
	KindPassword KeyKind = "password"
	KindUUID     KeyKind = "uuid"
)

// GenOptions tunes [Generate]. The zero value gives each kind its default.
type GenOptions struct {
	// Bytes is the number of random bytes for hex, urlsafe and base64 keys
	// (default 32, between 16 and 1024). Fernet keys are always 32 bytes;
	// Bytes must then be 0 or 32.
	Bytes int
	// Length is the number of characters of a password (default 24,
	// between 8 and 1024).
	Length int
	// Charset names the characters of a password: one of [Charsets]
	// (default "alnum").
	Charset string
	// Rand is the source of randomness; nil means crypto/rand. Tests may
	// set it; production code never does.
	Rand io.Reader
}

// ErrUnknownKind means [Generate] was asked for a kind it does not make.
var ErrUnknownKind = errors.New("unknown key kind")

// ErrBadSize means a size in [GenOptions] is out of range.
var ErrBadSize = errors.New("bad key size")

// Size limits for [Generate].
const (
	MinBytes  = 16
	MaxBytes  = 1024
	MinLength = 8
	MaxLength = 1024
)

// DjangoAlphabet is the alphabet of Django's get_random_secret_key.
const DjangoAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

const (
	alphaLower   = "abcdefghijklmnopqrstuvwxyz"
	alphaUpper   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	alphaDigits  = "0123456789"
	alphaSymbols = "!#%*+,-./:;<=>?@[]^_{}~"
)

// charsets are the named password alphabets. "symbols" leaves out quotes,
// backslash, backtick, dollar, ampersand and space, which need escaping in
// shells and dotenv files.
func charsets() []struct{ name, chars string } {
	return []struct{ name, chars string }{
		{"alnum", alphaLower + alphaUpper + alphaDigits},
		{"symbols", alphaLower + alphaUpper + alphaDigits + alphaSymbols},
		{"lower", alphaLower + alphaDigits},
		{"hex", "0123456789abcdef"},
		{"digits", alphaDigits},
	}
}

// Charsets returns the names of the password alphabets, default first.
func Charsets() []string {
	cs := charsets()
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.name
	}
	return names
}

// Kinds returns the kinds of key [Generate] makes, the default first.
func Kinds() []KeyKind {
	return []KeyKind{KindFernet, KindHex, KindURLSafe, KindBase64, KindDjango, KindPassword, KindUUID}
}

// KindDescription says in a few words what a kind of key is.
func KindDescription(k KeyKind) string {
	switch k {
	case KindFernet:
		return "32 random bytes, urlsafe base64 (Python cryptography.fernet.Fernet)"
	case KindHex:
		return "random bytes in hex, like Python secrets.token_hex (--bytes, default 32)"
	case KindURLSafe:
		return "random bytes in unpadded urlsafe base64, like secrets.token_urlsafe (--bytes, default 32)"
	case KindBase64:
		return "random bytes in standard base64 (--bytes, default 32)"
	case KindDjango:
		return "50 characters from Django's secret key alphabet"
	case KindPassword:
		return "random characters (--length, default 24; --charset " + strings.Join(Charsets(), ", ") + ")"
	case KindUUID:
		return "a random UUID, version 4"
	}
	return ""
}

// Generate returns a fresh key of the given kind, made from crypto/rand
// (or opts.Rand). Characters are drawn uniformly, without modulo bias.
// An unknown kind wraps [ErrUnknownKind]; a size out of range wraps
// [ErrBadSize].
func Generate(kind KeyKind, opts GenOptions) (string, error) {
	r := opts.Rand
	if r == nil {
		r = rand.Reader
	}
	switch kind {
	case KindFernet:
		if opts.Bytes != 0 && opts.Bytes != 32 {
			return "", fmt.Errorf("%w: a Fernet key is always 32 bytes, not %d", ErrBadSize, opts.Bytes)
		}
		b, err := randomBytes(r, 32)
		return base64.URLEncoding.EncodeToString(b), err
	case KindHex, KindURLSafe, KindBase64:
		n, err := size(opts.Bytes, 32, MinBytes, MaxBytes, "bytes")
		if err != nil {
			return "", err
		}
		b, err := randomBytes(r, n)
		if err != nil {
			return "", err
		}
		switch kind {
		case KindHex:
			return hex.EncodeToString(b), nil
		case KindURLSafe:
			return base64.RawURLEncoding.EncodeToString(b), nil
		}
		return base64.StdEncoding.EncodeToString(b), nil
	case KindDjango:
		return randomString(r, DjangoAlphabet, 50)
	case KindPassword:
		n, err := size(opts.Length, 24, MinLength, MaxLength, "characters")
		if err != nil {
			return "", err
		}
		chars, err := charset(opts.Charset)
		if err != nil {
			return "", err
		}
		return randomString(r, chars, n)
	case KindUUID:
		b, err := randomBytes(r, 16)
		if err != nil {
			return "", err
		}
		b[6] = b[6]&0x0f | 0x40 // version 4
		b[8] = b[8]&0x3f | 0x80 // RFC 9562 variant
		h := hex.EncodeToString(b)
		return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:], nil
	}
	names := make([]string, 0, len(Kinds()))
	for _, k := range Kinds() {
		names = append(names, string(k))
	}
	return "", fmt.Errorf("%w %q: use one of %s", ErrUnknownKind, kind, strings.Join(names, ", "))
}

func size(n, def, lo, hi int, unit string) (int, error) {
	if n == 0 {
		return def, nil
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("%w: %d %s: use between %d and %d", ErrBadSize, n, unit, lo, hi)
	}
	return n, nil
}

func charset(name string) (string, error) {
	if name == "" {
		name = "alnum"
	}
	for _, c := range charsets() {
		if c.name == name {
			return c.chars, nil
		}
	}
	return "", fmt.Errorf("%w: unknown charset %q: use one of %s", ErrBadSize, name, strings.Join(Charsets(), ", "))
}

func randomBytes(r io.Reader, n int) ([]byte, error) {
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("cannot read random bytes: %w", err)
	}
	return b, nil
}

// randomString draws n characters uniformly from chars (at most 256 of
// them) by rejection sampling: a random byte is used only when it falls
// below the largest multiple of len(chars), so no character is favoured.
func randomString(r io.Reader, chars string, n int) (string, error) {
	k := len(chars)
	if k == 0 || k > 256 {
		return "", fmt.Errorf("%w: an alphabet needs 1 to 256 characters", ErrBadSize)
	}
	limit := 256 - 256%k // bytes at or above limit are rejected
	out := make([]byte, 0, n)
	buf := make([]byte, n+n/2+8)
	for len(out) < n {
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", fmt.Errorf("cannot read random bytes: %w", err)
		}
		for _, b := range buf {
			if int(b) < limit {
				out = append(out, chars[int(b)%k])
				if len(out) == n {
					break
				}
			}
		}
	}
	return string(out), nil
}
