package rules

import (
	"encoding/base64"
	"errors"
	"strings"

	"github.com/envguard/envguard/rules/keys"
	"github.com/envguard/envguard/rules/vocab"
)

// The offline validators (Check) of the rules of generated.go.

// checkFernetKey accepts exactly 32 bytes of URL-safe base64 with canonical
// padding bits, as cryptography's Fernet.generate_key() makes.
func checkFernetKey(s string) error {
	b, err := base64.URLEncoding.Strict().DecodeString(s)
	if err != nil {
		return errors.New("not canonical URL-safe base64")
	}
	if len(b) != 32 {
		return errors.New("does not decode to 32 bytes")
	}
	if vocab.Randomness(s) < 0.75 {
		return errors.New("not random enough to be a generated key")
	}
	return nil
}

// maxHexSecret is the longest hex secret: hex-encoded private keys run to
// a few thousand digits.
const maxHexSecret = 8192

// checkHexSecret accepts the shape of secrets.token_hex(n) for n >= 16:
// an even number of hex digits, all one case, random-looking.
func checkHexSecret(s string) error {
	if len(s) < 32 || len(s)%2 != 0 || len(s) > maxHexSecret {
		return errors.New("not an even hex length between 32 and 8192")
	}
	up, lo := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'f':
			lo = true
		case c >= 'A' && c <= 'F':
			up = true
		case !vocab.IsDigit(c):
			return errors.New("not hex")
		}
	}
	if up && lo {
		return errors.New("mixed-case hex")
	}
	if !up && !lo {
		return errors.New("digits only: a number")
	}
	if isSequential(s) {
		return errors.New("a hand-typed sequential placeholder")
	}
	if vocab.Randomness(s) < 0.8 {
		return errors.New("not random enough for hex")
	}
	return nil
}

// checkURLSafeSecret accepts the shape of secrets.token_urlsafe(n) for
// n >= 16: URL-safe base64 without padding, random-looking, not words.
func checkURLSafeSecret(s string) error {
	if len(s) < 20 || len(s) > 256 {
		return errors.New("length outside 20..256")
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !vocab.IsAlnum(c) && c != '-' && c != '_' {
			return errors.New("not URL-safe base64")
		}
	}
	if vocab.CountClasses(s) < 3 {
		return errors.New("too few character classes for a generated token")
	}
	return checkGenericSecret(s)
}

// djangoKeyChars is the alphabet of django.core.management.utils.
// get_random_secret_key.
const djangoKeyChars = keys.DjangoAlphabet

// checkDjangoKey accepts 50 characters of Django's key alphabet that are
// not a stand-in. Template markers are legitimate key characters here, so
// only placeholder words and patterns are rejected.
func checkDjangoKey(s string) error {
	k := strings.TrimPrefix(s, "django-insecure-")
	if len(k) != 50 {
		return errors.New("not 50 characters")
	}
	if vocab.HasPlaceholderWord(k) {
		return errors.New("placeholder")
	}
	if vocab.IsRepetitive(k) || vocab.Randomness(k) < 0.8 {
		return errors.New("not random enough")
	}
	return nil
}

// bech32Charset is BIP 173's data alphabet.
const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// checkAgeKey verifies the bech32 checksum (BIP 173) of an age X25519
// identity and that it holds 32 bytes.
func checkAgeKey(s string) error {
	s = strings.ToLower(s)
	sep := strings.LastIndexByte(s, '1')
	if sep < 1 || len(s)-sep < 7 {
		return errors.New("no bech32 separator")
	}
	hrp, data := s[:sep], s[sep+1:]
	vals := make([]int, len(data))
	for i := 0; i < len(data); i++ {
		v := strings.IndexByte(bech32Charset, data[i])
		if v < 0 {
			return errors.New("not bech32")
		}
		vals[i] = v
	}
	if bech32Polymod(append(hrpExpand(hrp), vals...)) != 1 {
		return errors.New("bech32 checksum mismatch")
	}
	if bits := (len(vals) - 6) * 5; bits < 256 || bits >= 256+5 {
		return errors.New("does not hold 32 bytes")
	}
	return nil
}

func hrpExpand(hrp string) []int {
	out := make([]int, 0, 2*len(hrp)+1)
	for i := 0; i < len(hrp); i++ {
		out = append(out, int(hrp[i]>>5))
	}
	out = append(out, 0)
	for i := 0; i < len(hrp); i++ {
		out = append(out, int(hrp[i]&31))
	}
	return out
}

func bech32Polymod(vals []int) int {
	gen := [5]int{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := 1
	for _, v := range vals {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ v
		for i := 0; i < 5; i++ {
			if (top>>i)&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk
}

// bech32Encode encodes 8-bit data under hrp, upper-cased as age does.
func bech32Encode(hrp string, data []byte) string {
	var vals []int
	acc, bits := 0, 0
	for _, b := range data {
		acc = acc<<8 | int(b)
		bits += 8
		for bits >= 5 {
			bits -= 5
			vals = append(vals, (acc>>bits)&31)
		}
	}
	if bits > 0 {
		vals = append(vals, (acc<<(5-bits))&31)
	}
	pm := bech32Polymod(append(append(hrpExpand(hrp), vals...), 0, 0, 0, 0, 0, 0)) ^ 1
	for i := 0; i < 6; i++ {
		vals = append(vals, (pm>>(5*(5-i)))&31)
	}
	var sb strings.Builder
	sb.WriteString(hrp + "1")
	for _, v := range vals {
		sb.WriteByte(bech32Charset[v])
	}
	return strings.ToUpper(sb.String())
}
