package rules

import (
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
)

// Offline validators of provider token formats. Each returns nil when the
// candidate may be real, or an error saying why it cannot be.

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

// checkGitHubToken validates the checksum of a ghp_, gho_, ghu_, ghs_ or
// ghr_ token.
func checkGitHubToken(token string) error {
	if len(token) < 4 || token[3] != '_' {
		return errors.New("not a GitHub token prefix")
	}
	return checkBase62CRC(token, token[:4])
}

// checkNPMToken validates the checksum of an npm_ access token.
func checkNPMToken(token string) error { return checkBase62CRC(token, "npm_") }

// gitlabRoutableSuffix is the length of the ".<2 length digits><7 CRC
// digits>" tail of a GitLab routable token.
const gitlabRoutableSuffix = 1 + 2 + 7

// checkGitLabToken validates a GitLab token. Legacy tokens (20 characters
// after the prefix) carry no checksum. Routable tokens end with
// ".<base36 payload length, 2 digits><base36 CRC32, 7 digits>", the CRC32
// covering everything before it, prefix included; the payload they carry
// is url-safe base64 of the routing fields, the random bytes and the
// count of random bytes.
func checkGitLabToken(token string) error {
	dot := strings.IndexByte(token, '.')
	if dot < 0 {
		return nil // legacy format: nothing to check offline
	}
	if len(token) < dot+gitlabRoutableSuffix {
		return errors.New("routable token too short")
	}
	body, crc := token[:len(token)-7], token[len(token)-7:]
	want, err := strconv.ParseUint(crc, 36, 64)
	if err != nil || want > 0xffffffff {
		return errors.New("CRC32 is not 7 base36 digits")
	}
	if uint64(crc32.ChecksumIEEE([]byte(body))) != want {
		return errors.New("CRC32 checksum does not match")
	}
	plen, err := strconv.ParseUint(body[len(body)-2:], 36, 16)
	if err != nil {
		return errors.New("payload length is not 2 base36 digits")
	}
	start := dot - int(plen)
	if start < 0 {
		return errors.New("payload length longer than the token")
	}
	raw, err := base64.RawURLEncoding.DecodeString(token[start:dot])
	if err != nil {
		return errors.New("payload is not url-safe base64")
	}
	if len(raw) == 0 {
		return errors.New("payload is empty")
	}
	if n := int(raw[len(raw)-1]); n < 16 || n+1 > len(raw) {
		return errors.New("payload does not end with its random bytes")
	}
	return nil
}

// checkAWSKeyID validates an AWS access key id: a four-letter prefix,
// then 16 characters of the base32 alphabet (A-Z, 2-7) that decode to an
// account id of at most 12 decimal digits.
func checkAWSKeyID(id string) error {
	if len(id) != 20 {
		return fmt.Errorf("%d characters, want 20", len(id))
	}
	for i := 4; i < len(id); i++ {
		if c := id[i]; !(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7') {
			return fmt.Errorf("character %q is outside the base32 alphabet", c)
		}
	}
	if acct := awsAccountID(id); acct > 999_999_999_999 {
		return fmt.Errorf("encodes account id %d, longer than 12 digits", acct)
	}
	return nil
}

// awsAccountID decodes the account id carried by characters 5 to 14 of an
// AWS key id (base32): bits 1 to 40 of the first six decoded bytes.
func awsAccountID(id string) uint64 {
	raw, err := base32.StdEncoding.DecodeString(id[4:20])
	if err != nil || len(raw) < 6 {
		return 1 << 62
	}
	var b [8]byte
	copy(b[2:], raw[:6])
	return (binary.BigEndian.Uint64(b[:]) & 0x7fffffffff80) >> 7
}

// Field types of the macaroon v2 binary format.
const (
	macEOS       = 0
	macLocation  = 1
	macID        = 2 // identifier of the macaroon and of each caveat
	macVID       = 4 // verification id of a third-party caveat
	macSignature = 6
)

// checkPyPIToken validates a PyPI API token: "pypi-" and the url-safe
// base64 of a version 2 binary macaroon located at pypi.org or
// test.pypi.org, with an identifier, well-formed caveats and a 32-byte
// signature.
func checkPyPIToken(token string) error {
	b64, ok := strings.CutPrefix(token, "pypi-")
	if !ok {
		return errors.New(`does not start with "pypi-"`)
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(b64, "="))
	if err != nil {
		return errors.New("not url-safe base64")
	}
	return parseMacaroonV2(raw)
}

// parseMacaroonV2 checks the layout of a binary v2 macaroon.
func parseMacaroonV2(raw []byte) error {
	if len(raw) == 0 || raw[0] != 2 {
		return errors.New("not a version 2 macaroon")
	}
	p := macReader{b: raw[1:]}
	typ, loc := p.field()
	if typ != macLocation || !(bytes.Equal(loc, []byte("pypi.org")) || bytes.Equal(loc, []byte("test.pypi.org"))) {
		return errors.New("macaroon is not located at pypi.org")
	}
	if typ, id := p.field(); typ != macID || len(id) == 0 {
		return errors.New("macaroon has no identifier")
	}
	if typ, _ := p.field(); typ != macEOS {
		return errors.New("macaroon header is not terminated")
	}
	for caveats := 0; ; caveats++ {
		typ, _ := p.field()
		if typ == macEOS {
			break
		}
		if typ == macLocation {
			typ, _ = p.field()
		}
		if typ != macID || caveats > 1000 {
			return errors.New("malformed macaroon caveat")
		}
		typ, _ = p.field()
		if typ == macVID {
			typ, _ = p.field()
		}
		if typ != macEOS {
			return errors.New("macaroon caveat is not terminated")
		}
	}
	if typ, sig := p.field(); typ != macSignature || len(sig) != 32 {
		return errors.New("macaroon has no 32-byte signature")
	}
	if p.err || len(p.b) != 0 {
		return errors.New("macaroon is truncated or has trailing bytes")
	}
	return nil
}

// macReader reads the fields of a binary macaroon: a varint type, then,
// unless the type is EOS, a varint length and that many bytes.
type macReader struct {
	b   []byte
	err bool
}

func (r *macReader) field() (int, []byte) {
	if r.err {
		return -1, nil
	}
	typ, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = true
		return -1, nil
	}
	r.b = r.b[n:]
	if typ == macEOS {
		return macEOS, nil
	}
	l, n := binary.Uvarint(r.b)
	if n <= 0 || l > uint64(len(r.b)-n) {
		r.err = true
		return -1, nil
	}
	data := r.b[n : n+int(l)]
	r.b = r.b[n+int(l):]
	return int(typ), data
}

// checkDiscordBotToken checks that the first part of a Discord bot token
// is the base64 of a numeric user id (a snowflake).
func checkDiscordBotToken(token string) error {
	first, _, _ := strings.Cut(token, ".")
	raw, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(first, "="))
	if err != nil {
		return errors.New("first part is not base64")
	}
	if len(raw) < 17 || len(raw) > 20 {
		return errors.New("first part does not decode to a user id")
	}
	for _, c := range raw {
		if c < '0' || c > '9' {
			return errors.New("first part does not decode to a numeric user id")
		}
	}
	return nil
}

// checkBase64Len returns a validator that accepts standard base64 text
// decoding to exactly n bytes.
func checkBase64Len(n int) func(string) error {
	return func(s string) error {
		raw, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return errors.New("not base64")
		}
		if len(raw) != n {
			return fmt.Errorf("decodes to %d bytes, want %d", len(raw), n)
		}
		return nil
	}
}

// checkMixedCase accepts random keys over a mixed-case alphabet, which
// hold upper case, lower case and digits: it rejects hex digests and
// words of one case.
func checkMixedCase(s string) error {
	var upper, lower, digit bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	if !upper || !lower || !digit {
		return errors.New("lacks one of upper case, lower case or digits")
	}
	return nil
}

// azuriteKey is the account key of Azure's local storage emulator
// (Azurite), published in Microsoft's documentation.
const azuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

// checkAzureStorageKey accepts the base64 of a 64-byte key other than the
// storage emulator's well-known one.
func checkAzureStorageKey(s string) error {
	if s == azuriteKey {
		return errors.New("the storage emulator's published key")
	}
	return checkBase64Len(64)(s)
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
