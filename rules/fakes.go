package rules

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
)

// Deterministic fakes for the examples of the built-in rules. Each is
// derived from a seed, so the examples are stable, never real credentials,
// and no token with a valid checksum is written out in the source. They
// follow the providers' published formats, checksums included.

// Character sets of fake tokens.
const (
	csHex      = "0123456789abcdef"
	csHexUpper = "0123456789ABCDEF"
	csDigits   = "0123456789"
	csLower    = "abcdefghijklmnopqrstuvwxyz"
	csLowerNum = "abcdefghijklmnopqrstuvwxyz0123456789"
	csUpperNum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	csAlpha    = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	csAlnum    = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	csURL      = csAlnum + "-_"
	csB64      = csAlnum + "+/"
	csBase32   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
)

// fakesMade counts the fakes made, so that a test can hold the catalog's
// start-up to making none (they belong to the examples, made on demand).
var fakesMade atomic.Int64

// fakeRand returns a deterministic generator seeded from seed. PCG is
// fast, so the examples of every rule cost well under a millisecond to
// make, which matters because [Builtin] runs at every pre-commit scan.
func fakeRand(seed string) *rand.Rand {
	fakesMade.Add(1)
	h := fnv.New64a()
	h.Write([]byte(seed))
	v := h.Sum64()
	return rand.New(rand.NewPCG(v, v^0x9e3779b97f4a7c15))
}

// fakeBytes returns n pseudo-random bytes derived from seed.
func fakeBytes(seed string, n int) []byte {
	r := fakeRand(seed)
	out := make([]byte, n+8)
	for i := 0; i < n; i += 8 {
		binary.LittleEndian.PutUint64(out[i:], r.Uint64())
	}
	return out[:n]
}

// fake returns n characters of charset derived from seed.
func fake(seed, charset string, n int) string {
	r := fakeRand("chars:" + seed)
	out := make([]byte, n)
	for i := range out {
		out[i] = charset[r.IntN(len(charset))]
	}
	return string(out)
}

// fakeUUID returns a version 4 UUID derived from seed, in lower case.
func fakeUUID(seed string) string {
	b := fakeBytes("uuid:"+seed, 16)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	const h = csHex
	out := make([]byte, 0, 36)
	for i, c := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, h[c>>4], h[c&15])
	}
	return string(out)
}

// fakeB64 returns the standard base64 (with padding) of n bytes.
func fakeB64(seed string, n int) string {
	return base64.StdEncoding.EncodeToString(fakeBytes("b64:"+seed, n))
}

// fakeB64URL returns the url-safe base64 (no padding) of n bytes.
func fakeB64URL(seed string, n int) string {
	return base64.RawURLEncoding.EncodeToString(fakeBytes("b64u:"+seed, n))
}

// fakeCRCToken returns prefix + 30 alphanumerics + their base62 CRC32, the
// format of GitHub's classic tokens and npm's access tokens.
func fakeCRCToken(prefix, seed string) string {
	e := fake(seed, csAlnum, 30)
	return prefix + e + base62Checksum(e)
}

// fakeGitLabRoutable returns a routable GitLab token: prefix, url-safe
// base64 of routing fields + 16 random bytes + their count, ".01.", the
// payload length in base36 and the CRC32 of all that in base36.
func fakeGitLabRoutable(prefix, seed string) string {
	payload := append([]byte("c:1\no:"+strconv.FormatUint(uint64(fakeBytes(seed, 1)[0])+100, 36)+"\nu:b3k9"), fakeBytes("rand:"+seed, 16)...)
	payload = append(payload, 16)
	b64 := base64.RawURLEncoding.EncodeToString(payload)
	l := strconv.FormatInt(int64(len(b64)), 36)
	if len(l) < 2 {
		l = "0" + l
	}
	body := prefix + b64 + ".01." + l
	crc := strconv.FormatUint(uint64(crc32.ChecksumIEEE([]byte(body))), 36)
	for len(crc) < 7 {
		crc = "0" + crc
	}
	return body + crc
}

// fakeAWSKeyID returns an AWS access key id with the given four-letter
// prefix that encodes the given 12-digit account id.
func fakeAWSKeyID(prefix, seed string, account uint64) string {
	raw := fakeBytes("aws:"+seed, 10)
	v := binary.BigEndian.Uint64(append([]byte{0, 0}, raw[:6]...))
	v = v&^0x7fffffffff80 | account<<7
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	copy(raw[:6], b[2:])
	return prefix + base32.StdEncoding.EncodeToString(raw)
}

// fakePyPIToken returns a PyPI API token: "pypi-" and a version 2 binary
// macaroon at pypi.org with one caveat and a 32-byte signature.
func fakePyPIToken(seed string, location string) string {
	var m []byte
	field := func(typ int, data []byte) {
		m = binary.AppendUvarint(m, uint64(typ))
		m = binary.AppendUvarint(m, uint64(len(data)))
		m = append(m, data...)
	}
	m = append(m, 2)
	field(macLocation, []byte(location))
	field(macID, []byte(`{"nonce": "`+fake("nonce:"+seed, csHex, 32)+`", "version": 1}`))
	m = append(m, macEOS)
	field(macID, []byte(`{"permissions": "user", "version": 1}`))
	m = append(m, macEOS)
	m = append(m, macEOS)
	field(macSignature, fakeBytes("sig:"+seed, 32))
	return "pypi-" + base64.RawURLEncoding.EncodeToString(m)
}

// fakeDiscordBotToken returns a Discord bot token: base64 of a numeric
// user id, a timestamp part and an HMAC part.
func fakeDiscordBotToken(seed string) string {
	id := "1" + fake("id:"+seed, csDigits, 17)
	return base64.RawStdEncoding.EncodeToString([]byte(id)) + "." + fake("ts:"+seed, csURL, 6) + "." + fake("mac:"+seed, csURL, 38)
}
